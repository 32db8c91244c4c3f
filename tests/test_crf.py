"""The batched Viterbi decoder against brute force and against itself unbatched."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from cnnews_nlp.engines.crf import viterbi


def brute_force(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    time, n_tags = emissions.shape

    def score(path: tuple[int, ...]) -> float:
        total = sum(emissions[t, tag] for t, tag in enumerate(path))
        return float(total + sum(transitions[a, b] for a, b in itertools.pairwise(path)))

    return list(max(itertools.product(range(n_tags), repeat=time), key=score))


@pytest.mark.parametrize("seed", range(20))
def test_matches_brute_force(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n_tags = 3
    transitions = rng.normal(size=(n_tags, n_tags))
    lengths = rng.integers(1, 6, size=4)
    emissions = rng.normal(size=(4, int(lengths.max()), n_tags)).astype(np.float32)
    for row in range(4):  # padding must not influence the result
        emissions[row, lengths[row] :] = rng.normal(size=(1, n_tags)) * 100
    paths = viterbi(emissions, lengths, transitions)
    for row, length in enumerate(lengths):
        expected = brute_force(emissions[row, :length].astype(np.float64), transitions)
        assert paths[row, :length].tolist() == expected


def test_batched_equals_one_by_one() -> None:
    rng = np.random.default_rng(7)
    transitions = rng.normal(size=(59, 59))
    lengths = np.array([1, 17, 40, 3])
    emissions = rng.normal(size=(4, 40, 59)).astype(np.float32)
    batched = viterbi(emissions, lengths, transitions)
    for row, length in enumerate(lengths):
        alone = viterbi(emissions[row : row + 1, :length], lengths[row : row + 1], transitions)
        assert batched[row, :length].tolist() == alone[0].tolist()


def test_empty_batch() -> None:
    assert viterbi(np.zeros((2, 0, 5)), np.array([0, 0]), np.zeros((5, 5))).shape == (2, 0)
