"""cnnews_nlp: people, organizations, places, dates and figures from Chinese news text,
and whole newspaper pages read article by article."""

from .document import DateMention, Document, Entity, Figure
from .news import Article, Page, read_page
from .pipeline import Extractor, extract, load

__version__ = "0.1.0"

__all__ = [
    "Article",
    "DateMention",
    "Document",
    "Entity",
    "Extractor",
    "Figure",
    "Page",
    "__version__",
    "extract",
    "load",
    "read_page",
]
