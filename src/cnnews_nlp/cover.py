"""``Cover``: the spans a span may lie inside or cross (dates, entities, words that are no
figures)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class Cover:
    """Character spans that do not overlap (dates, entities), asked whether another span lies
    inside one of them or overlaps any: one binary search per question."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]

    def holds(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside one of the spans."""
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and end <= self.spans[i][1]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with one of the spans."""
        i = bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.spans[i][1] > start
