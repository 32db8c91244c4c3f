"""Figures: numbers in news text with values, units and hedges (8万多名 is 80,000..90,000 名).

``find_figures(text)`` reads a string; the ``cnnews_figures`` spaCy component stores the same
list on ``doc._.figures`` for the Document, less the bare numbers, counts and ordinals inside
the engine's entities: a name owns them (the 十五 of 中共十五大, the 九十 of 北京九十中学). An
amount (5亿元, 70%, 30℃) is no part of a name, so an entity an engine stretches over one does
not take it away.
"""

from __future__ import annotations

from typing import Final

from spacy.language import Language
from spacy.tokens import Doc

from ..cover import Cover
from ..tokenizer import doc_text
from .grammar import find_figures

__all__ = ["FigureFinder", "find_figures"]

#: The kinds of figure a name may hold as its own: 十五大, 九十中学, 第九届, 八一队.
NAME_KINDS: Final = frozenset({"number", "ordinal", "count"})

if not Doc.has_extension("figures"):
    Doc.set_extension("figures", default=None)


@Language.factory("cnnews_figures")
def make_figures(nlp: Language, name: str) -> FigureFinder:
    return FigureFinder()


class FigureFinder:
    """spaCy component: sets ``doc._.figures`` to the figures of the doc's text, less the
    numbers a name holds."""

    def __call__(self, doc: Doc) -> Doc:
        names = Cover((e.start_char, e.end_char) for e in doc.ents)
        doc._.figures = [
            f
            for f in find_figures(doc_text(doc))
            if f.kind not in NAME_KINDS or not names.holds(f.start, f.end)
        ]
        return doc
