"""Dates: time expressions resolved to inclusive calendar bounds (2022年底: 2022-10..12).

``find_dates(text, reference)`` reads a string; the ``cnnews_dates`` spaCy component stores the
same list on ``doc._.dates``, resolved against ``doc._.reference_date``.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from ..tokenizer import doc_text
from .grammar import find_dates

__all__ = ["DateFinder", "find_dates"]

if not Doc.has_extension("dates"):
    Doc.set_extension("dates", default=None)


@Language.factory("cnnews_dates")
def make_dates(nlp: Language, name: str) -> DateFinder:
    return DateFinder()


class DateFinder:
    """spaCy component: sets ``doc._.dates`` from the doc's text and reference date."""

    def __call__(self, doc: Doc) -> Doc:
        iso = doc._.reference_date
        reference = dt.date.fromisoformat(iso) if iso else None
        doc._.dates = find_dates(doc_text(doc), reference)
        return doc
