"""Map character offsets onto spaCy tokens, whatever the tokenizer.

Engines find entities as character spans of the original text; spaCy stores them as token
spans. These helpers convert in bulk (one binary search per offset), so a document with a
million tokens and thousands of entities costs milliseconds rather than a scan per entity.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

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


def set_entities(doc: Doc, found: Iterable[tuple[int, int, str]]) -> Doc:
    """Set ``doc.ents`` from ``(start_char, end_char, label)`` triples.

    Spans are trimmed of surrounding whitespace and widened to whole tokens; where two overlap,
    the longer wins (spaCy's ``filter_spans``). Entities already on the doc are kept unless an
    overlapping new one is longer.
    """
    text = doc_text(doc)
    trimmed = []
    for start, end, label in found:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            trimmed.append((start, end, label))
    if not trimmed:
        return doc
    first = token_index(doc, [s for s, _, _ in trimmed])
    last = token_index(doc, [e - 1 for _, e, _ in trimmed])
    spans = [
        Span(doc, int(a), int(b) + 1, label=label)
        for a, b, (_, _, label) in zip(first, last, trimmed, strict=True)
    ]
    doc.ents = filter_spans([*doc.ents, *spans])
    return doc
