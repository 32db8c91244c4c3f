"""The Chinese lunar calendar (lunar-python): 农历十月初一, 春节 and 除夕 as Gregorian days."""

from __future__ import annotations

import datetime as dt

from lunar_python import Lunar


def solar(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a lunar date; day 31 means the month's last day; None if none."""
    for candidate in (30, 29) if day == 31 else (day,):
        try:
            found = Lunar.fromYmd(year, month, candidate).getSolar()
        except Exception:  # lunar-python raises plain Exception for a day a month lacks
            continue
        return dt.date(found.getYear(), found.getMonth(), found.getDay())
    return None


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    """First and last Gregorian day of a lunar month."""
    first, last = solar(year, month, 1), solar(year, month, 31)
    return None if first is None or last is None else (first, last)


def solar_term(year: int, name: str) -> dt.date | None:
    """The Gregorian day, in ``year``, of the solar term ``name`` (清明, 冬至), China's time."""
    for lunar_year in (year, year + 1):  # a lunar year's table runs from the 冬至 before it
        found = Lunar.fromYmd(lunar_year, 6, 1).getJieQiTable().get(name)
        if found is not None and found.getYear() == year:
            return dt.date(year, found.getMonth(), found.getDay())
    return None
