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


if not Doc.has_extension("entity_scores"):
    Doc.set_extension("entity_scores", default=None)

Scored = tuple[int, int, str, float | None]


def entity_scores(doc: Doc) -> dict[tuple[int, int, str], float]:
    """The engine's confidence in the entities of ``doc.ents`` that it scored, by
    (start_char, end_char, label). The Doc keeps them as [start, end, label, score] rows, which
    survive the serialisation of ``nlp.pipe(n_process=...)`` (tuple keys would not)."""
    return {(start, end, label): score for start, end, label, score in doc._.entity_scores or ()}


def set_entities(doc: Doc, found: Iterable[Scored]) -> Doc:
    """Set ``doc.ents`` from ``(start_char, end_char, label, score)``; score may be None.

    Spans are trimmed of surrounding whitespace and widened to whole tokens; where two overlap,
    the longer wins (spaCy's ``filter_spans``). Entities already on the doc are kept unless an
    overlapping new one is longer. Scores go to ``doc._.entity_scores``, for the final span's
    (start_char, end_char, label); ``entity_scores`` reads them.
    """
    text = doc_text(doc)
    trimmed = []
    for start, end, label, score in found:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            trimmed.append((start, end, label, score))
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
