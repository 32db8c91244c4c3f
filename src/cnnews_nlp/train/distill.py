"""Soft targets for distillation: what an ensemble of trained news models believes about each
training sentence, for a new network of the same size to learn along with the gold tags.

The teachers are exported models (``news.onnx`` and ``news.json``) trained on the same corpora,
so they read the inputs the new network reads (the bigram ids translated where their
vocabulary was drawn in another order). Their CRF scores are averaged into one CRF, whose
posterior (each position's tag probabilities and the expected count of each transition) is
the target: matching it is the same as minimising the cross-entropy between the two CRFs'
distributions over whole taggings. Restyled copies give the teachers text whose target was
never fitted to gold tags.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..engines.crf import marginals
from ..engines.features import Features
from ..engines.news import META_FILE, NewsTagger
from .export import bigram_rows

if TYPE_CHECKING:
    from .run import Example


def check_inputs(tagger: NewsTagger, features: Features, styles: Sequence[str]) -> None:
    """Refuse a model whose characters, lexicon or styles differ from the network being
    trained: it would read the same ids or lexicon columns as other things."""
    meta = json.loads((tagger.model_dir / META_FILE).read_text(encoding="utf-8"))
    theirs = tagger.features
    for what, same in (
        ("characters", theirs.chars == features.chars),
        ("lexicon", theirs.lexicon == features.lexicon),
        ("styles", list(meta["styles"]) == list(styles)),
    ):
        if not same:
            raise ValueError(
                f"{tagger.model_dir} was trained with other {what}: train it on the same "
                "corpora with the same split"
            )


def _distinct(data: Sequence[Example]) -> list[Example]:
    """Each example once: a corpus seen several times an epoch repeats the same objects."""
    return list({id(example): example for example in data}.values())


def restyled(data: Sequence[Example], count: int, n_styles: int, seed: int) -> list[Example]:
    """``count`` copies of examples drawn from ``data``, each in one of the other styles, drawn
    uniformly. What the teachers believe about a corpus's text in another corpus's style was
    never fitted to gold tags, so it carries what they learnt about the style itself, as
    unlabeled text would; CLUENER's news snippets in the news style, say."""
    rng = random.Random(f"{seed}:restyled")
    unique = _distinct(data)
    copies = []
    for example in rng.sample(unique, min(count, len(unique))):
        style = rng.choice([s for s in range(n_styles) if s != example.style])
        copies.append(replace(example, style=style, gold=False))
    return copies


def add_teacher_targets(
    data: Sequence[Example],
    teachers: Sequence[Path],
    features: Features,
    styles: Sequence[str],
    threads: int = 0,
    batch_size: int = 64,
) -> None:
    """Set ``soft`` (length, tags) and ``soft_pairs`` (tags, tags) on each example: the
    posterior of the teachers' averaged CRF, given every lexicon match the example holds (no
    lexicon dropout)."""
    taggers = [NewsTagger(path, threads=threads) for path in teachers]
    ours = list(features.bigrams)
    rows = []
    for tagger in taggers:
        check_inputs(tagger, features, styles)
        rows.append(bigram_rows(ours, list(tagger.features.bigrams)))
    transitions = np.mean([t.transitions for t in taggers], axis=0)
    start = np.mean([t.start for t in taggers], axis=0)
    end = np.mean([t.end for t in taggers], axis=0)
    unique = sorted(_distinct(data), key=lambda example: len(example.chars))
    for first in range(0, len(unique), batch_size):
        batch = unique[first : first + batch_size]
        lengths = np.array([len(e.chars) for e in batch], dtype=np.int32)
        width = int(lengths.max())
        chars = np.zeros((len(batch), width), dtype=np.int64)
        bigrams = np.zeros((len(batch), width), dtype=np.int64)
        lexicon = np.zeros((len(batch), width, batch[0].lexicon.shape[1]), dtype=np.float32)
        for row, example in enumerate(batch):
            size = lengths[row]
            chars[row, :size] = example.chars
            bigrams[row, :size] = example.bigrams
            lexicon[row, :size] = example.lexicon
        feeds = {
            "chars": chars,
            "bigrams": bigrams,
            "lexicon": lexicon,
            "style": np.array([e.style for e in batch], dtype=np.int64),
            "lengths": lengths,
        }
        emissions = np.mean(
            [
                tagger.session.run({**feeds, "bigrams": rows_of[bigrams]})[0]
                for tagger, rows_of in zip(taggers, rows, strict=True)
            ],
            axis=0,
        )
        unary, pairs = marginals(emissions, lengths, transitions, start, end)
        for row, example in enumerate(batch):
            example.soft = unary[row, : lengths[row]].astype(np.float32)
            example.soft_pairs = pairs[row].astype(np.float32)
