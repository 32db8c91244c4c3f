"""cnnews_nlp: people, organizations, places, dates and figures from Chinese news text."""

from .document import DateMention, Document, Entity, Figure
from .pipeline import Extractor, extract, load

__version__ = "0.1.0"

__all__ = [
    "DateMention",
    "Document",
    "Entity",
    "Extractor",
    "Figure",
    "__version__",
    "extract",
    "load",
]
