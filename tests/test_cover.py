"""``Cover``: what lies inside, or across, spans that do not overlap."""

from __future__ import annotations

import pytest

from cnnews_nlp.cover import Cover

COVER = [(2, 5), (8, 10)]
COVER_CASES = [
    # (span, lies inside one, shares a character with one)
    ((2, 5), True, True),
    ((3, 4), True, True),
    ((0, 2), False, False),
    ((0, 3), False, True),
    ((4, 9), False, True),
    ((5, 8), False, False),
    ((9, 12), False, True),
    ((10, 12), False, False),
]


@pytest.mark.parametrize(("span", "inside", "overlapping"), COVER_CASES)
def test_cover(span: tuple[int, int], inside: bool, overlapping: bool) -> None:
    cover = Cover(COVER)
    assert cover.holds(*span) is inside
    assert cover.overlaps(*span) is overlapping
