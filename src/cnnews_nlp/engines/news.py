"""The "news" engine: our entity model, fine-tuned from LAC on public news NER sets and shipped
inside the package (``cnnews_nlp/models/news``; ``python -m cnnews_nlp.train`` makes one).

The network is LAC's, plus character bigrams and a lexicon of known entities as inputs (see
``features``); its ONNX graph takes each sentence's length, so sentences of any length share a
call. A BIES CRF decodes with hard constraints, and each entity gets the CRF's marginal
probability of its span as ``score``. The model learned the annotation style of each corpus it
was trained on; ``style`` picks the one to tag in ("news", MSRA's and People's Daily's, unless
told otherwise; also "resume", "weibo" and "cluener").
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any, Final

import numpy as np
from numpy.typing import NDArray
from spacy.language import Language

from ..sentences import DEFAULT_MAX_LENGTH
from .base import Found, PieceEngine
from .crf import decode, span_probabilities
from .features import LABELS, LEXICON_WIDTH, Features, entity_spans, lexicon_columns
from .runtime import Session

#: The shipped model's folder inside the package.
DEFAULT_MODEL: Final = Path(str(files("cnnews_nlp"))) / "models" / "news"
MODEL_FILE: Final = "news.onnx"
META_FILE: Final = "news.json"
LEXICON_FILE: Final = "lexicon.tsv"
#: The version of the model files' layout this engine reads (``format`` in ``news.json``).
FORMAT: Final = 2
#: Decimals kept of each score: plenty for a confidence, and the last bits of floating point,
#: which move with how sentences share a batch, never show.
SCORE_DIGITS: Final = 4
#: The annotation style the engine tags in unless told otherwise: MSRA's and People's Daily's.
DEFAULT_STYLE: Final = "news"
#: Entities scored below this are dropped: the model holds them more likely wrong than right.
#: On our dev split it took run 32's F1 from 0.919 to 0.922 (a cut at 0.3: 0.919; 0.7: 0.914).
DEFAULT_MIN_SCORE: Final = 0.5


class ModelFilesMissing(FileNotFoundError):
    """The news model's folder lacks one of its files."""


def read_lexicon(path: Path) -> dict[str, list[str]]:
    """``word<TAB>LABEL[,LABEL]`` lines."""
    lexicon = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, labels = line.partition("\t")
        if word and labels:
            lexicon[word] = labels.split(",")
    return lexicon


class NewsTagger:
    """The news model: texts in, entity spans with CRF scores out. With scores, an entity
    the model holds less likely than ``min_score`` to be exactly right is dropped: the best
    path's entities below 0.5 are wrong more often than not."""

    def __init__(
        self,
        model_dir: str | os.PathLike[str] | None = None,
        threads: int = 0,
        batch_size: int = 32,
        scores: bool = True,
        style: str = DEFAULT_STYLE,
        min_score: float = DEFAULT_MIN_SCORE,
    ) -> None:
        if not 0.0 <= min_score <= 1.0:
            raise ValueError(f"min_score must lie between 0 and 1, got {min_score!r}")
        self.min_score = min_score
        self.model_dir = Path(model_dir) if model_dir else DEFAULT_MODEL
        missing = [
            name
            for name in (MODEL_FILE, META_FILE, LEXICON_FILE)
            if not (self.model_dir / name).is_file()
        ]
        if missing:
            raise ModelFilesMissing(
                f"no news model in {self.model_dir}: missing {', '.join(missing)}"
            )
        meta = json.loads((self.model_dir / META_FILE).read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(
                f"{self.model_dir} holds model files of format {meta.get('format')!r}; this "
                f"version of cnnews_nlp reads format {FORMAT}"
            )
        if list(meta["labels"]) != list(LABELS):
            raise ValueError(f"{self.model_dir} was trained for labels {meta['labels']}")
        styles: list[str] = meta["styles"]
        if style not in styles:
            raise ValueError(f"unknown style {style!r}; this model knows {styles}")
        self.style = styles.index(style)
        self.features = Features(
            meta["chars"],
            meta["unknown_char"],
            meta["bigrams"],
            read_lexicon(self.model_dir / LEXICON_FILE),
        )
        self.transitions = np.array(meta["transitions"], dtype=np.float32)
        self.start = np.array(meta["start"], dtype=np.float32)
        self.end = np.array(meta["end"], dtype=np.float32)
        self.batch_size = batch_size
        self.scores = scores
        self.session = Session(self.model_dir / MODEL_FILE, threads)

    def inputs(self, texts: Sequence[str]) -> dict[str, NDArray[Any]]:
        """The padded ONNX inputs for a batch of non-empty texts."""
        width = max(map(len, texts))
        chars = np.zeros((len(texts), width), dtype=np.int64)
        bigrams = np.zeros((len(texts), width), dtype=np.int64)
        lexicon = np.zeros((len(texts), width, LEXICON_WIDTH), dtype=np.float32)
        for row, text in enumerate(texts):
            size = len(text)
            chars[row, :size] = self.features.char_ids(text)
            bigrams[row, :size] = self.features.bigram_ids(text)
            lexicon[row, :size] = lexicon_columns(size, self.features.matches(text))
        lengths = np.array([len(text) for text in texts], dtype=np.int32)
        style = np.full(len(texts), self.style, dtype=np.int64)
        return {
            "chars": chars,
            "bigrams": bigrams,
            "lexicon": lexicon,
            "style": style,
            "lengths": lengths,
        }

    def entities(self, texts: Sequence[str]) -> list[list[Found]]:
        """``(start, end, label, score)`` of each entity in each text, in order."""
        found: list[list[Found]] = [[] for _ in texts]
        order = sorted((i for i, text in enumerate(texts) if text), key=lambda i: len(texts[i]))
        for first in range(0, len(order), self.batch_size):
            group = order[first : first + self.batch_size]
            batch = [texts[i] for i in group]
            feeds = self.inputs(batch)
            (emissions,) = self.session.run(feeds)
            lengths = feeds["lengths"]
            paths = decode(emissions, lengths, self.transitions, self.start, self.end)
            spans = [entity_spans(paths[row, : lengths[row]].tolist()) for row in range(len(group))]
            probabilities: list[list[float | None]] = [[None] * len(s) for s in spans]
            if self.scores:
                pieces = [[(s, e) for s, e, _ in row] for row in spans]
                probabilities = [
                    [round(p, SCORE_DIGITS) for p in row]
                    for row in span_probabilities(
                        emissions, lengths, self.transitions, self.start, self.end, pieces, paths
                    )
                ]
            for row, i in enumerate(group):
                found[i] = [
                    (s, e, LABELS[label], score)
                    for (s, e, label), score in zip(spans[row], probabilities[row], strict=True)
                    if score is None or score >= self.min_score
                ]
        return found


@Language.factory(
    "cnnews_news",
    default_config={
        "model_dir": None,
        "threads": 0,
        "batch_size": 32,
        "scores": True,
        "style": DEFAULT_STYLE,
        "max_length": DEFAULT_MAX_LENGTH,
        "min_score": DEFAULT_MIN_SCORE,
    },
)
def make_news(
    nlp: Language,
    name: str,
    model_dir: str | None,
    threads: int,
    batch_size: int,
    scores: bool,
    style: str,
    max_length: int,
    min_score: float,
) -> NewsEngine:
    tagger = NewsTagger(model_dir, threads, batch_size, scores, style, min_score)
    return NewsEngine(tagger, max_length)


class NewsEngine(PieceEngine):
    """spaCy component: sets ``doc.ents`` (with scores) from the news model, piece by piece."""

    def __init__(self, tagger: NewsTagger, max_length: int = DEFAULT_MAX_LENGTH) -> None:
        self.tagger = tagger
        self.max_length = max_length

    def tag(self, texts: Sequence[str]) -> Iterable[Iterable[Found]]:
        return self.tagger.entities(texts)
