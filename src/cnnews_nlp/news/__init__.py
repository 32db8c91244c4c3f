"""News pages: articles, headlines, datelines, bylines and captions of a whole newspaper page."""

from .model import Article, Byline, Caption, Dateline, Page, Span
from .page import read_page

__all__ = ["Article", "Byline", "Caption", "Dateline", "Page", "Span", "read_page"]
