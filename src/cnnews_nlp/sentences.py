"""Cut text into sentences and clauses short enough for a sequence tagger.

Engines see one piece at a time, so a 1 MB article or a 10,000-character paragraph without
punctuation costs memory bounded by ``max_length``, not by the text. Pieces are ``(start, end)``
offsets into the caller's string, trimmed of whitespace, never overlapping, in text order.
Where a piece had to be cut with no mark to cut at (a list of names run together), a *seam
window* around the cut is tagged as well, and its entities replace the pieces' near the cut, so
no name is cut in two.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final, cast

import numpy as np
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from .spans import token_index
from .text import TERMINALS
from .tokenizer import doc_text

#: Closing quotes and brackets that belong to the sentence they follow ("……。”").
CLOSERS: Final = "”’」』）)】》\"'"
#: Marks where an over-long sentence may be cut, best first.
CLAUSE_MARKS: Final = ("，,、：:", " \t\u3000")
#: Marks a piece may end on without having been cut off in the middle of a run of text.
BREAKS: Final = TERMINALS + CLOSERS + "".join(CLAUSE_MARKS)
#: Longest piece handed to an engine; LAC and similar taggers are trained on sentences.
DEFAULT_MAX_LENGTH: Final = 200

_SENTENCE = re.compile(
    rf"[^\n{re.escape(TERMINALS)}]*"
    rf"(?:[{re.escape(TERMINALS)}]+[{re.escape(CLOSERS)}]*|\n+|$)"
)


def split_sentences(text: str, max_length: int = DEFAULT_MAX_LENGTH) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each non-blank sentence, no piece longer than ``max_length``.

    A sentence ends at terminal punctuation (with any closing quotes) or a line break. A longer
    one is cut after its last clause mark (comma, 、, colon) that fits, else after whitespace,
    else at ``max_length`` exactly.
    """
    if max_length < 1:
        raise ValueError(f"max_length must be positive, got {max_length}")
    pieces: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(text):
        start, end = _trim(text, match.start(), match.end())
        while end - start > max_length:
            cut = _cut_point(text, start, start + max_length)
            piece = _trim(text, start, cut)
            if piece[0] < piece[1]:
                pieces.append(piece)
            start, end = _trim(text, cut, end)
        if start < end:
            pieces.append((start, end))
    return pieces


def sentence_pieces(doc: Doc, max_length: int = DEFAULT_MAX_LENGTH) -> list[tuple[int, int]]:
    """Character spans an engine should tag in ``doc``.

    Sentence boundaries already on the doc (from ``cnnews_sentences`` or a parser) are kept,
    and each sentence is still cut to ``max_length``; without them the whole text is split.
    """
    if not doc.has_annotation("SENT_START"):
        return split_sentences(doc_text(doc), max_length)
    pieces: list[tuple[int, int]] = []
    for sent in doc.sents:
        base = sent.start_char
        pieces.extend((base + s, base + e) for s, e in split_sentences(sent.text, max_length))
    return pieces


def seam_windows(
    text: str, pieces: list[tuple[int, int]], max_length: int = DEFAULT_MAX_LENGTH
) -> list[tuple[int, int, int, int]]:
    """``(start, end, zone_start, zone_end)`` of a window around each cut made with no mark to
    cut at: a piece that ends where the next begins, on no break (``BREAKS``).

    The window spans up to ``max_length // 2`` characters on each side of the cut, within the
    two pieces; its zone, the half of it nearest the cut, is where the window's entities are
    to be trusted over the pieces'. The cuts ``split_sentences`` forces lie ``max_length`` or
    more apart, so their zones never overlap. A ``max_length`` under 4 leaves no room for one.
    """
    reach = max_length // 2
    zone = reach // 2
    windows = []
    for (start, cut), (next_start, end) in pairwise(pieces):
        if zone and cut == next_start and text[cut - 1] not in BREAKS:
            low, high = max(start, cut - reach), min(end, cut + reach)
            windows.append((low, high, max(low, cut - zone), min(high, cut + zone)))
    return windows


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_point(text: str, start: int, limit: int) -> int:
    """Offset just after the best break in ``text[start:limit]``; ``limit`` if none."""
    for marks in CLAUSE_MARKS:
        for i in range(limit - 1, start, -1):
            if text[i] in marks:
                return i + 1
    return limit


@Language.factory("cnnews_sentences", default_config={"max_length": DEFAULT_MAX_LENGTH})
def make_sentences(nlp: Language, name: str, max_length: int) -> SentenceSplitter:
    return SentenceSplitter(max_length)


class SentenceSplitter:
    """spaCy component: marks sentence starts so ``doc.sents`` yields the engine's pieces."""

    def __init__(self, max_length: int) -> None:
        self.max_length = max_length

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        starts = np.full(len(doc), -1, dtype=np.int64)
        starts[0] = 1
        pieces = split_sentences(doc_text(doc), self.max_length)
        if pieces:
            starts[token_index(doc, [s for s, _ in pieces])] = 1
        doc.from_array([SENT_START], cast(Ints2d, starts.astype(np.uint64)[:, None]))
        return doc
