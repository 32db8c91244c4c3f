"""Figures: numbers in news text with values, units and hedges (8万多名 is 80,000..90,000 名).

``find_figures(text)`` reads a string; the ``cnnews_figures`` spaCy component stores the same
list on ``doc._.figures`` for the Document, less the numbers inside the engine's entities: a
name owns them (the 十五 of 中共十五大, the 九十 of 北京九十中学).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..cover import Cover
from ..tokenizer import doc_text
from .grammar import find_figures

__all__ = ["FigureFinder", "find_figures"]

if not Doc.has_extension("figures"):
    Doc.set_extension("figures", default=None)


@Language.factory("cnnews_figures")
def make_figures(nlp: Language, name: str) -> FigureFinder:
    return FigureFinder()


class FigureFinder:
    """spaCy component: sets ``doc._.figures`` to the figures of the doc's text that lie
    outside its entities."""

    def __call__(self, doc: Doc) -> Doc:
        names = Cover((e.start_char, e.end_char) for e in doc.ents)
        figures = find_figures(doc_text(doc))
        doc._.figures = [f for f in figures if not names.holds(f.start, f.end)]
        return doc
