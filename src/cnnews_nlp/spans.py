"""Map character offsets onto spaCy tokens, whatever the tokenizer.

Engines find entities as character spans of the original text; spaCy stores them as token
spans. These helpers convert in bulk (one binary search per offset), so a document with a
million tokens and thousands of entities costs milliseconds rather than a scan per entity.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Final

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import IDX
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .tokenizer import doc_text


def token_index(doc: Doc, chars: Sequence[int]) -> NDArray[np.int64]:
    """Index of the token that contains each character offset."""
    starts = doc.to_array(IDX).astype(np.int64)
    return np.searchsorted(starts, np.asarray(chars, dtype=np.int64), side="right") - 1


if not Doc.has_extension("entity_scores"):
    Doc.set_extension("entity_scores", default=None)

Scored = tuple[int, int, str, float | None]


def entity_scores(doc: Doc) -> dict[tuple[int, int, str], float]:
    """The engine's confidence in the entities of ``doc.ents`` that it scored, by
    (start_char, end_char, label). The Doc keeps them as [start, end, label, score] rows, which
    survive the serialisation of ``nlp.pipe(n_process=...)`` (tuple keys would not)."""
    return {(start, end, label): score for start, end, label, score in doc._.entity_scores or ()}


#: Opening brackets and quotes with their closing partners.
_OPENERS: Final = dict(zip("（(《「『【[“‘〈", "）)》」』】]”’〉", strict=True))
_PARTNERS: Final = {**_OPENERS, **{close: open_ for open_, close in _OPENERS.items()}}
#: Brackets that open an alias inside a name: 中心(文化中心)党组.
_ALIAS_BRACKETS: Final = "（("


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without what no name begins or ends with: whitespace, a pair of brackets or
    quotes around the whole of it (“长沙晚报”, 《人民日报》), and other punctuation, except a
    bracket or quote whose partner is inside (湖南师大附中” loses its quote, 长沙（湖南） keeps its
    brackets)."""

    def stray(index: int) -> bool:
        char = text[index]
        if char.isspace():
            return True
        if not unicodedata.category(char).startswith("P"):
            return False
        partner = _PARTNERS.get(char)
        return partner is None or partner not in text[start:end]

    while True:
        if end - start >= 2 and _OPENERS.get(text[start]) == text[end - 1]:
            start, end = start + 1, end - 1
        elif start < end and stray(start):
            start += 1
        elif start < end and stray(end - 1):
            end -= 1
        else:
            return start, end


def _balance(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened over the partner of a bracket or quote that it leaves unpaired, where
    that partner stands right outside it: a name takes in both or neither (经济参考报》社 in
    《经济参考报》社 becomes the whole name). Farther partners are left alone."""
    openers: list[int] = []
    first_closer = None
    for index in range(start, end):
        char = text[index]
        if char in _OPENERS:
            openers.append(index)
        elif char in _PARTNERS:
            if openers and _OPENERS[text[openers[-1]]] == char:
                openers.pop()
            elif first_closer is None and not openers:
                first_closer = index
    if first_closer is not None and start > 0 and text[start - 1] == _PARTNERS[text[first_closer]]:
        start -= 1
    if len(openers) == 1 and end < len(text) and text[end] == _OPENERS[text[openers[0]]]:
        end += 1
    return start, end


def _join_aliases(text: str, spans: list[Scored]) -> list[Scored]:
    """A name and the bracketed alias that goes on it, found as two entities of one label that
    meet at the bracket, are one: 中心 + (文化中心)党组 is 中心(文化中心)党组. The score is
    the lower of the two."""
    joined: list[Scored] = []
    for span in sorted(spans, key=lambda s: (s[0], s[1])):
        if joined:
            start, end, label, score = joined[-1]
            if end == span[0] and label == span[2] and text[span[0]] in _ALIAS_BRACKETS:
                scores = [s for s in (score, span[3]) if s is not None]
                joined[-1] = (start, span[1], label, min(scores) if scores else None)
                continue
        joined.append(span)
    return joined


def set_entities(doc: Doc, found: Iterable[Scored]) -> Doc:
    """Set ``doc.ents`` from ``(start_char, end_char, label, score)``; score may be None.

    Spans are trimmed of surrounding whitespace and of punctuation that no name begins or ends
    with (an engine's span that takes in a closing quote or a comma), widened over the partner
    of a bracket they leave unpaired where it stands right outside, joined to a name whose
    bracketed alias they begin with, then widened to whole tokens; where two overlap, the
    longer wins (spaCy's ``filter_spans``). Entities already on the doc are kept unless an
    overlapping new one is longer. Scores go to ``doc._.entity_scores``, for the final span's
    (start_char, end_char, label); ``entity_scores`` reads them.
    """
    text = doc_text(doc)
    trimmed: list[Scored] = []
    for start, end, label, score in found:
        start, end = _balance(text, *_trim(text, start, end))
        if start < end:
            trimmed.append((start, end, label, score))
    trimmed = _join_aliases(text, trimmed)
    if not trimmed:
        return doc
    first = token_index(doc, [s for s, _, _, _ in trimmed])
    last = token_index(doc, [e - 1 for _, e, _, _ in trimmed])
    spans = [
        Span(doc, int(a), int(b) + 1, label=label)
        for a, b, (_, _, label, _) in zip(first, last, trimmed, strict=True)
    ]
    scores = entity_scores(doc)
    for span, (_, _, _, score) in zip(spans, trimmed, strict=True):
        if score is not None:
            scores[(span.start_char, span.end_char, span.label_)] = score
    doc.ents = filter_spans([*doc.ents, *spans])
    if scores:
        doc._.entity_scores = [[*key, score] for key, score in scores.items()]
    return doc
