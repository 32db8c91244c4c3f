"""The Islamic calendar (hijridate, Umm al-Qura): 开斋节, 古尔邦节 and 斋月 as Gregorian days.

Umm al-Qura is Saudi Arabia's published calendar, the one the dates of the Islamic holidays in
the news follow; it covers the years 1343-1500 AH (1924-2077), and a holiday outside them has no
day here.
"""

from __future__ import annotations

import datetime as dt

from hijridate import Hijri

from .calendar import Span

#: Hijri years run about 3 % shorter than Gregorian ones, counted from 622.
_RATIO = 33 / 32


def years(gregorian: int) -> range:
    """Hijri years with days in the Gregorian year (two or three of them)."""
    first = int((gregorian - 622) * _RATIO)
    return range(first - 1, first + 3)


def span(year: int, month: int, day: int | None, days: int) -> Span | None:
    """First and last Gregorian day of ``days`` days from ``day`` of a Hijri month, or of the
    whole month when ``day`` is None; None outside the calendar's years."""
    try:
        start = Hijri(year, month, day or 1)
        length = start.month_length() if day is None else days
        gregorian = start.to_gregorian()
    except (ValueError, OverflowError):  # no such day, or outside 1343-1500 AH
        return None
    first = dt.date(gregorian.year, gregorian.month, gregorian.day)  # a plain date, not a subclass
    return first, first + dt.timedelta(days=length - 1)
