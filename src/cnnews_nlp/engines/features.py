"""What the news model reads for each character: its id, the id of the bigram it starts, and
which known entities of the lexicon cover it (and where: first, middle, last or sole character).

Training and inference share this module, so the model never sees features computed two ways.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

import numpy as np
from numpy.typing import NDArray

#: The entity labels, in the order of the model's lexicon features and tags.
LABELS: Final = ("PERSON", "ORG", "PLACE")
#: Positions of a character inside a lexicon word: Begin, Middle, End, Single.
POSITIONS: Final = ("B", "M", "E", "S")
#: Lexicon feature columns: one per (label, position).
LEXICON_WIDTH: Final = len(LABELS) * len(POSITIONS)
#: The tags the news model predicts: O, then B/I/E/S of each label.
TAGS: Final = ("O", *(f"{part}-{label}" for label in LABELS for part in "BIES"))

Match = tuple[int, int, int]  # start, end, label index


class Features:
    """Character, bigram and lexicon features of texts, from the vocabularies a model ships."""

    def __init__(
        self,
        chars: Mapping[str, int],
        unknown_char: int,
        bigrams: Iterable[str],
        lexicon: Mapping[str, Iterable[str]],
    ) -> None:
        self.chars = dict(chars)
        self.unknown_char = unknown_char
        #: Bigram id 0 is "not in the vocabulary".
        self.bigrams = {bigram: i for i, bigram in enumerate(bigrams, start=1)}
        self.lexicon = {
            word: tuple(LABELS.index(label) for label in labels)
            for word, labels in lexicon.items()
            if len(word) >= 2
        }
        self.prefixes = {word[:n] for word in self.lexicon for n in range(2, len(word) + 1)}
        self.longest = max(map(len, self.lexicon), default=0)

    def char_ids(self, text: str) -> list[int]:
        get, unknown = self.chars.get, self.unknown_char
        return [get(char, unknown) for char in text]

    def bigram_ids(self, text: str) -> list[int]:
        get = self.bigrams.get
        return [get(text[i : i + 2], 0) for i in range(len(text))]

    def matches(self, text: str) -> list[Match]:
        """Every lexicon word found in ``text`` (overlapping ones included), with its labels."""
        found: list[Match] = []
        prefixes, lexicon, size = self.prefixes, self.lexicon, len(text)
        for start in range(size - 1):
            if text[start : start + 2] not in prefixes:
                continue
            for end in range(start + 2, min(size, start + self.longest) + 1):
                word = text[start:end]
                if word not in prefixes:
                    break
                for label in lexicon.get(word, ()):
                    found.append((start, end, label))
        return found


def lexicon_columns(length: int, matches: Iterable[Match]) -> NDArray[np.float32]:
    """The (length, LEXICON_WIDTH) 0/1 matrix of which matches cover each character, and how."""
    columns = np.zeros((length, LEXICON_WIDTH), dtype=np.float32)
    for start, end, label in matches:
        base = label * len(POSITIONS)
        if end - start == 1:
            columns[start, base + 3] = 1
            continue
        columns[start, base] = 1
        columns[start + 1 : end - 1, base + 1] = 1
        columns[end - 1, base + 2] = 1
    return columns


def entity_spans(tags: Iterable[int]) -> list[Match]:
    """``(start, end, label index)`` of each entity in a BIES tag-id sequence.

    A span is an S, or a B followed by Is and an E of the same label; anything malformed (which
    constrained decoding never produces) is dropped rather than guessed.
    """
    found: list[Match] = []
    open_at, open_label = -1, -1
    for index, tag in enumerate(tags):
        if tag == 0:
            open_at = -1
            continue
        label, part = divmod(tag - 1, 4)
        if part == 3:
            found.append((index, index + 1, label))
            open_at = -1
        elif part == 0:
            open_at, open_label = index, label
        elif open_at < 0 or label != open_label:
            open_at = -1
        elif part == 2:
            found.append((open_at, index + 1, label))
            open_at = -1
    return found
