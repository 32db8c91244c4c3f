"""Dates: time expressions resolved to inclusive calendar bounds (2022年底: 2022-10..12).

``find_dates(text, reference)`` reads a string; the ``cnnews_dates`` spaCy component stores the
same list on ``doc._.dates``, resolved against ``doc._.reference_date``, and a date owns its
characters: the figures found inside one (the 两个月 of 今年前两个月) leave ``doc._.figures``.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from ..document import DateMention, Figure
from ..tokenizer import doc_text
from .grammar import find_dates

__all__ = ["DateFinder", "find_dates"]

if not Doc.has_extension("dates"):
    Doc.set_extension("dates", default=None)


@Language.factory("cnnews_dates")
def make_dates(nlp: Language, name: str) -> DateFinder:
    return DateFinder()


class DateFinder:
    """spaCy component: sets ``doc._.dates`` from the doc's text and reference date, and
    drops the figures that lie inside a date."""

    def __call__(self, doc: Doc) -> Doc:
        iso = doc._.reference_date
        reference = dt.date.fromisoformat(iso) if iso else None
        doc._.dates = find_dates(doc_text(doc), reference)
        if doc._.figures:
            doc._.figures = outside_dates(doc._.figures, doc._.dates)
        return doc


def outside_dates(figures: Sequence[Figure], dates: Sequence[DateMention]) -> list[Figure]:
    """The figures not inside a date mention (未来三天 is a date, not also the duration 三天)."""
    starts = [d.start for d in dates]
    kept = []
    for figure in figures:
        i = bisect_right(starts, figure.start) - 1
        if i < 0 or dates[i].end < figure.end:
            kept.append(figure)
    return kept
