"""Viterbi decoding for linear-chain CRF taggers, vectorised over a batch of sentences.

One numpy step per character position serves the whole batch, instead of one Python loop per
sentence; padded positions carry the best score forward unchanged so shorter sentences in the
batch decode exactly as they would alone.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray


def viterbi(
    emissions: NDArray[np.floating],
    lengths: NDArray[np.integer],
    transitions: NDArray[np.floating],
) -> NDArray[np.int64]:
    """Best tag path for each sentence.

    ``emissions`` is (batch, time, tags), padded past each sentence's length; ``transitions``
    is (tags, tags), from row tag to column tag. Returns (batch, time) tag ids; entries past a
    sentence's length repeat its last tag and should be ignored.
    """
    batch, time, n_tags = emissions.shape
    if time == 0:
        return np.zeros((batch, 0), dtype=np.int64)
    rows = np.arange(batch)
    stay = np.broadcast_to(np.arange(n_tags), (batch, n_tags))
    backpointers = np.empty((batch, time, n_tags), dtype=np.int64)
    backpointers[:, 0] = stay
    score = emissions[:, 0].astype(np.float64)
    for t in range(1, time):
        candidates = score[:, :, None] + transitions[None]
        best = candidates.argmax(axis=1)
        stepped = np.take_along_axis(candidates, best[:, None, :], axis=1)[:, 0] + emissions[:, t]
        active = (t < lengths)[:, None]
        score = np.where(active, stepped, score)
        backpointers[:, t] = np.where(active, best, stay)
    paths = np.empty((batch, time), dtype=np.int64)
    paths[:, -1] = score.argmax(axis=1)
    for t in range(time - 1, 0, -1):
        paths[:, t - 1] = backpointers[rows, t, paths[:, t]]
    return paths
