"""Calendar arithmetic for date resolution: month ends, month shifts, weeks, nearest dates."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from typing import Final

#: Reference dates must fall in these years, so that 去年, 明年 and the nearest 春节 stay
#: inside what ``datetime`` and the lunar calendar can represent.
REFERENCE_YEARS: Final = range(1000, 3000)


def check_reference(reference: dt.date) -> dt.date:
    """The reference date itself, or ``ValueError`` if it lies outside ``REFERENCE_YEARS``."""
    if reference.year not in REFERENCE_YEARS:
        raise ValueError(
            f"reference date {reference.isoformat()} is out of range: dates are resolved against "
            f"years {REFERENCE_YEARS.start} to {REFERENCE_YEARS.stop - 1}"
        )
    return reference


def month_end(year: int, month: int) -> int:
    """Last day of a month."""
    return calendar.monthrange(year, month)[1]


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) moved by ``months``; month may be given past 12 (14 is February next year)."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def day_in(year: int, month: int, day: int) -> dt.date:
    """The date, with the day clamped to the month's end (31 in a table means "the last day")."""
    year, month = shift_month(year, month, 0)
    return dt.date(year, month, min(day, month_end(year, month)))


def monday(day: dt.date, weeks: int = 0) -> dt.date:
    """Monday of the week of ``day``, moved by ``weeks``."""
    return day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=weeks)


Span = tuple[dt.date, dt.date]


def month_span(year: int, month: int, months: int = 1) -> Span:
    """The first and the last day of ``months`` months from (year, month): one month, or a
    half-year with 6."""
    return dt.date(year, month, 1), day_in(year, month + months - 1, 31)


def closest(spans: Iterable[Span], reference: dt.date | None) -> Span | None:
    """The span nearest the reference (0 days when it holds it; the earlier on a tie), or the
    first span without a reference; None if there are none."""
    if reference is None:
        return next(iter(spans), None)

    def distance(span: Span) -> int:
        first, last = span
        if first <= reference <= last:
            return 0
        return min(abs((first - reference).days), abs((last - reference).days))

    return min(spans, key=distance, default=None)


def nearest_year(month: int, day: int | None, reference: dt.date) -> int | None:
    """The year that puts month (and day) closest to the reference: 12月 read on 2025-01-03 is
    December 2024. None if the day exists in none of the years around it (2月30日)."""
    spans = [
        (dt.date(year, month, day or 1), dt.date(year, month, day or month_end(year, month)))
        for year in (reference.year - 1, reference.year, reference.year + 1)
        if day is None or day <= month_end(year, month)
    ]
    best = closest(spans, reference)
    return None if best is None else best[0].year


def nearest_month(day: int, reference: dt.date) -> tuple[int, int] | None:
    """(year, month) of the day-of-month closest to the reference: 29日 read on 2025-02-10 is
    January 29; read on 2024-02-10 it is February 29."""
    best: tuple[int, int, int] | None = None
    for offset in (0, -1, 1):  # ties go to the reference's own month
        year, month = shift_month(reference.year, reference.month, offset)
        if day > month_end(year, month):
            continue
        distance = abs((dt.date(year, month, day) - reference).days)
        if best is None or distance < best[0]:
            best = (distance, year, month)
    return None if best is None else (best[1], best[2])


def nth_weekday(year: int, month: int, n: int, weekday: int) -> dt.date:
    """The ``n``th ``weekday`` (1 Monday .. 7 Sunday) of a month: 母亲节 is (5, 2, 7)."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
