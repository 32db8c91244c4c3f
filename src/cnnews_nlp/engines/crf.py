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


def decode(
    emissions: NDArray[np.floating],
    lengths: NDArray[np.integer],
    transitions: NDArray[np.floating],
    start: NDArray[np.floating],
    end: NDArray[np.floating],
) -> NDArray[np.int64]:
    """``viterbi`` for a CRF that also scores the first and the last tag of each sentence."""
    scored = np.array(emissions, dtype=np.float32)
    if scored.shape[1]:
        scored[:, 0] += start
        scored[np.arange(len(lengths)), np.maximum(np.asarray(lengths) - 1, 0)] += end
    return viterbi(scored, lengths, transitions)


def _log_matmul_exp(
    scores: NDArray[np.float64], weights: NDArray[np.float64]
) -> NDArray[np.float64]:
    """``log(exp(scores) @ weights)`` for (batch, tags) log scores and positive ``weights``
    (exponentiated transitions): a log-sum-exp over the previous tag done as one matrix
    product, shifted by each row's maximum so nothing overflows. An unreachable tag gets -inf."""
    peak = scores.max(axis=1, keepdims=True)
    with np.errstate(divide="ignore"):
        summed: NDArray[np.float64] = np.log(np.exp(scores - peak) @ weights) + peak
    return summed


def forward_backward(
    emissions: NDArray[np.floating],
    lengths: NDArray[np.integer],
    transitions: NDArray[np.floating],
    start: NDArray[np.floating],
    end: NDArray[np.floating],
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    """Log forward and backward scores (batch, time, tags) and each sentence's log partition,
    one numpy step per position for the whole batch; positions past a sentence's length hold
    nothing meaningful."""
    batch, time, _ = emissions.shape
    scores = np.asarray(emissions, dtype=np.float64)
    forward = np.exp(np.asarray(transitions, dtype=np.float64))  # forbidden ones become 0
    backward = forward.T.copy()
    last = np.maximum(np.asarray(lengths) - 1, 0)
    rows = np.arange(batch)
    alpha = np.empty_like(scores)
    beta = np.empty_like(scores)
    alpha[:, 0] = start + scores[:, 0]
    for t in range(1, time):
        alpha[:, t] = _log_matmul_exp(alpha[:, t - 1], forward) + scores[:, t]
    ends = alpha[rows, last] + end
    peak = ends.max(axis=1)
    log_z = np.log(np.exp(ends - peak[:, None]).sum(axis=1)) + peak
    beta[:, time - 1] = end
    for t in range(time - 2, -1, -1):
        onward = _log_matmul_exp(scores[:, t + 1] + beta[:, t + 1], backward)
        beta[:, t] = np.where((t == last)[:, None], end, onward)
    return alpha, beta, log_z


def marginals(
    emissions: NDArray[np.floating],
    lengths: NDArray[np.integer],
    transitions: NDArray[np.floating],
    start: NDArray[np.floating],
    end: NDArray[np.floating],
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """The CRF's posterior: each position's tag probabilities (batch, time, tags; zero past a
    sentence's length) and, for each sentence, the expected number of times each transition
    is taken (batch, tags, tags)."""
    batch, time, n_tags = emissions.shape
    if time == 0:
        return np.zeros((batch, 0, n_tags)), np.zeros((batch, n_tags, n_tags))
    alpha, beta, log_z = forward_backward(emissions, lengths, transitions, start, end)
    inside = np.arange(time)[None, :] < np.asarray(lengths)[:, None]
    # Log probabilities are at most 0; clipping keeps padded positions from overflowing.
    unary = np.where(
        inside[:, :, None], np.exp(np.minimum(alpha + beta - log_z[:, None, None], 0)), 0.0
    )
    moves = np.asarray(transitions, dtype=np.float64)
    scores = np.asarray(emissions, dtype=np.float64)
    pairs = np.zeros((batch, n_tags, n_tags))
    for t in range(1, time):
        step = (
            alpha[:, t - 1, :, None]
            + moves[None]
            + (scores[:, t] + beta[:, t])[:, None, :]
            - log_z[:, None, None]
        )
        pairs += np.where(inside[:, t, None, None], np.exp(np.minimum(step, 0)), 0.0)
    return unary, pairs


def span_probabilities(
    emissions: NDArray[np.floating],
    lengths: NDArray[np.integer],
    transitions: NDArray[np.floating],
    start: NDArray[np.floating],
    end: NDArray[np.floating],
    spans: list[list[tuple[int, int]]],
    paths: NDArray[np.int64],
) -> list[list[float]]:
    """The CRF's marginal probability of each span carrying exactly its tags in ``paths``.

    ``spans[row]`` lists (start, end) pieces of sentence ``row``; the probability sums every
    tagging of the whole sentence that agrees with the path inside the span (``forward_backward``).
    """
    if emissions.shape[1] == 0:
        return [[] for _ in spans]
    alpha, beta, log_z = forward_backward(emissions, lengths, transitions, start, end)
    scores = np.asarray(emissions, dtype=np.float64)
    moves = np.asarray(transitions, dtype=np.float64)
    found: list[list[float]] = []
    for row, pieces in enumerate(spans):
        probabilities = []
        for first, stop in pieces:
            tags = paths[row, first:stop]
            inside = (
                moves[tags[:-1], tags[1:]].sum()
                + scores[row, first + 1 + np.arange(len(tags) - 1), tags[1:]].sum()
            )
            log_p = alpha[row, first, tags[0]] + inside + beta[row, stop - 1, tags[-1]] - log_z[row]
            probabilities.append(float(np.exp(min(log_p, 0.0))))
        found.append(probabilities)
    return found
