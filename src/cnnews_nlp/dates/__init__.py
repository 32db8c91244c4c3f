"""Dates: time expressions resolved to inclusive calendar bounds (2022年底: 2022-10..12).

``find_dates(text, reference)`` reads a string; the ``cnnews_dates`` spaCy component stores the
same list on ``doc._.dates``, resolved against ``doc._.reference_date``, and a date owns its
characters: the figures found inside or across one (the 两个月 of 今年前两个月, the 三年多 of
过去三年多) leave ``doc._.figures``, and the engine's entities inside one (周三 read as a
name) leave ``doc.ents``, except those in the event a date counts from (the 香港 of
香港回归以来). A longer name owns the date inside it (the 1号 of 鑫诺1号卫星, the
二十一世纪 of 二十一世纪演艺中心), and a number with 号 right before a person's name is the
player's shirt, not a day (8号杨璞). The user's terms come after, so a term the user forces
stays.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from ..cover import Cover
from ..tokenizer import doc_text
from .grammar import event_names, find_dates

__all__ = ["DateFinder", "find_dates"]

#: 8号, 23号: a number with 号 and nothing else, a day or a player's shirt.
_NUMBER_HAO = re.compile(r"[0-9０-９]{1,3}号")

if not Doc.has_extension("dates"):
    Doc.set_extension("dates", default=None)


@Language.factory("cnnews_dates")
def make_dates(nlp: Language, name: str) -> DateFinder:
    return DateFinder()


class DateFinder:
    """spaCy component: sets ``doc._.dates`` from the doc's text and reference date, less
    the dates inside a longer entity, and drops the figures and entities that lie inside a
    date."""

    def __call__(self, doc: Doc) -> Doc:
        iso = doc._.reference_date
        text = doc_text(doc)
        reference = dt.date.fromisoformat(iso) if iso else None
        ents = doc.ents
        spans = {(e.start_char, e.end_char) for e in ents}
        names = Cover(spans)
        people = {e.start_char for e in ents if e.label_ == "PERSON"}
        dates = doc._.dates = [  # a date inside a longer name is the name's (鑫诺1号)
            d
            for d in find_dates(text, reference)
            if ((d.start, d.end) in spans or not names.holds(d.start, d.end))
            and not (d.end in people and _NUMBER_HAO.fullmatch(d.text))  # 8号杨璞: a shirt
        ]
        if dates:
            cover = Cover((d.start, d.end) for d in dates)
            if doc._.figures:
                doc._.figures = [f for f in doc._.figures if not cover.overlaps(f.start, f.end)]
            inside = [e for e in ents if cover.holds(e.start_char, e.end_char)]
            if inside:  # 香港 in 香港回归以来 stays a place; setting doc.ents is costly
                events = Cover(
                    (d.start + start, d.start + end)
                    for d in dates
                    for start, end in event_names(d.text)
                )
                dropped = {e for e in inside if not events.holds(e.start_char, e.end_char)}
                if dropped:
                    doc.ents = [e for e in ents if e not in dropped]
        return doc
