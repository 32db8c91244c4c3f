"""The Hebrew calendar (pyluach): 逾越节, 赎罪日 and 光明节 as Gregorian days.

A Hebrew day begins at the sunset before it; a holiday here is the Gregorian day of its
daytime (赎罪日 5774 is 2013-09-14, begun on the evening of the 13th).
"""

from __future__ import annotations

import datetime as dt

from pyluach.dates import HebrewDate
from pyluach.hebrewcal import Month, Year

from .calendar import Span

#: Hebrew years start in Tishrei (September or October), 3761 years ahead of the Gregorian.
_OFFSET = 3760
#: Months are counted from Nisan; Adar is 12, and in a leap year its holidays fall in Adar II.
_ADAR, _ADAR_II = 12, 13


def years(gregorian: int) -> range:
    """Hebrew years with days in the Gregorian year (the one begun in its autumn, and before)."""
    return range(gregorian + _OFFSET, gregorian + _OFFSET + 2)


def span(year: int, month: int, day: int | None, days: int) -> Span | None:
    """First and last Gregorian day of ``days`` days from ``day`` of a Hebrew month, or of the
    whole month when ``day`` is None; None if there is no such day."""
    if month == _ADAR and Year(year).leap:
        month = _ADAR_II  # Purim of a leap year is kept in Adar II
    try:
        length = len(Month(year, month)) if day is None else days
        first = HebrewDate(year, month, day or 1).to_pydate()
    except ValueError:
        return None
    return first, first + dt.timedelta(days=length - 1)
