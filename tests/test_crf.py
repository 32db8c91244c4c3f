"""The batched Viterbi decoder against brute force and against itself unbatched."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
import pytest

from cnnews_nlp.engines.crf import decode, marginals, span_probabilities, viterbi


def brute_force(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    time, n_tags = emissions.shape

    def score(path: Sequence[int]) -> float:
        total = sum(emissions[t, tag] for t, tag in enumerate(path))
        return float(total + sum(transitions[a, b] for a, b in itertools.pairwise(path)))

    paths: list[tuple[int, ...]] = list(itertools.product(range(n_tags), repeat=time))
    best = max(paths, key=score)
    return list(best)


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


def brute_span_probability(
    emissions: np.ndarray,
    transitions: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    first: int,
    stop: int,
    tags: list[int],
) -> float:
    time, n_tags = emissions.shape

    def score(path: Sequence[int]) -> float:
        total = (
            start[path[0]] + end[path[-1]] + sum(emissions[t, tag] for t, tag in enumerate(path))
        )
        return float(total + sum(transitions[a, b] for a, b in itertools.pairwise(path)))

    paths = list(itertools.product(range(n_tags), repeat=time))
    weights = np.exp([score(p) for p in paths])
    agree = [list(p[first:stop]) == tags for p in paths]
    return float(weights[agree].sum() / weights.sum())


@pytest.mark.parametrize("seed", range(10))
def test_span_probabilities_match_brute_force(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n_tags = 3
    transitions, start, end = (
        rng.normal(size=(n_tags, n_tags)),
        rng.normal(size=n_tags),
        rng.normal(size=n_tags),
    )
    lengths = rng.integers(1, 6, size=3)
    emissions = rng.normal(size=(3, int(lengths.max()), n_tags))
    paths = decode(emissions, lengths, transitions, start, end)
    spans = []
    for length in lengths:
        first = int(rng.integers(0, length))
        spans.append([(first, int(rng.integers(first + 1, length + 1)))])
    got = span_probabilities(emissions, lengths, transitions, start, end, spans, paths)
    for row, length in enumerate(lengths):
        ((first, stop),) = spans[row]
        expected = brute_span_probability(
            emissions[row, :length],
            transitions,
            start,
            end,
            first,
            stop,
            paths[row, first:stop].tolist(),
        )
        assert got[row][0] == pytest.approx(expected, rel=1e-6)


@pytest.mark.parametrize("seed", range(10))
def test_decode_matches_brute_force_with_start_and_end(seed: int) -> None:
    rng = np.random.default_rng(100 + seed)
    n_tags, length = 3, int(rng.integers(1, 6))
    transitions, start, end = (
        rng.normal(size=(n_tags, n_tags)),
        rng.normal(size=n_tags),
        rng.normal(size=n_tags),
    )
    emissions = rng.normal(size=(1, length, n_tags))
    path = decode(emissions, np.array([length]), transitions, start, end)[0].tolist()
    shifted = emissions[0].copy()
    shifted[0] += start
    shifted[-1] += end
    assert path == brute_force(shifted, transitions)


@pytest.mark.parametrize("seed", range(10))
def test_marginals_match_brute_force(seed: int) -> None:
    rng = np.random.default_rng(200 + seed)
    n_tags = 3
    transitions, start, end = (
        rng.normal(size=(n_tags, n_tags)),
        rng.normal(size=n_tags),
        rng.normal(size=n_tags),
    )
    transitions[0, 2] = -10000.0  # a forbidden move is never taken
    lengths = rng.integers(1, 6, size=3)
    emissions = rng.normal(size=(3, int(lengths.max()), n_tags)) * 3
    unary, pairs = marginals(emissions, lengths, transitions, start, end)
    for row, length in enumerate(lengths):
        paths = list(itertools.product(range(n_tags), repeat=int(length)))
        scores = [
            start[p[0]]
            + end[p[-1]]
            + sum(emissions[row, t, tag] for t, tag in enumerate(p))
            + sum(transitions[a, b] for a, b in itertools.pairwise(p))
            for p in paths
        ]
        weights = np.exp(np.array(scores) - max(scores))
        weights /= weights.sum()
        expected_unary = np.zeros((int(length), n_tags))
        expected_pairs = np.zeros((n_tags, n_tags))
        for path, weight in zip(paths, weights, strict=True):
            expected_unary[np.arange(int(length)), path] += weight
            for a, b in itertools.pairwise(path):
                expected_pairs[a, b] += weight
        assert unary[row, :length] == pytest.approx(expected_unary, abs=1e-9)
        assert not unary[row, length:].any()
        assert pairs[row] == pytest.approx(expected_pairs, abs=1e-9)
        assert pairs[row, 0, 2] == 0
