"""Accuracy of ``cnnews_nlp.dates.find_dates`` end to end, on other projects' test suites.

The suites are the Duckling ZH time corpus (its holidays apart) and Microsoft Recognizers-Text's
Chinese DateTime specs (DateTimeModel, the Date and DatePeriod extractors, the Date, DatePeriod
and Time parsers), read where they lie (``../shared/datasets/specs``; never copied into this
repository). A case passes when the date mentions we return pair with its expected results:
same span (END EXCLUSIVE) and, outside the extractor suites, the same inclusive ``first`` and
``last``, compared at the resolution upstream gives: a day or coarser compares dates alone (our
"THH:MM" is dropped), an hour compares up to the hour, a minute or a second up to the minute (we
have no seconds). Every upstream convention that differs from ours (exclusive ends, time-only
values, past and future readings of one text...) is converted in its suite's adapter, where a
comment says what and why. Cases whose answer depends on the reference's time of day (两分钟前,
现在) are skipped and counted: our reference is a date. Cases listed in
``benchmarks/dates_exceptions.json``, where our convention differs on purpose, are reported apart
and left out of the accuracy.

    python benchmarks/dates.py [--specs PATH] [--show-failures N] [--suite NAME]

``--suite`` keeps the suites whose name contains NAME (any case): "RT", "Duckling",
"RT DateParser"...
"""

from __future__ import annotations

import calendar
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import harness
from harness import Loaded, read_json

from cnnews_nlp import DateMention

SPECS = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "specs"
EXCEPTIONS = Path(__file__).resolve().parent / "dates_exceptions.json"

DAY = timedelta(days=1)
MINUTE = timedelta(minutes=1)
CLOCK_GRAINS = frozenset({"hour", "minute", "second"})
# How much of an ISO string ("2013-02-12T15:30") a resolution keeps. We have no seconds, so a
# second is compared up to the minute; a part of the day (上午, 晚上) up to the hour.
CUT = {"day": 10, "hour": 13, "part_of_day": 13, "minute": 16, "second": 16}

TIME_OF_DAY = "needs the reference time of day"
# "Now" words and offsets in hours, minutes or seconds from now (上两秒, 三分钟后, 兩個鐘前,
# 之前3小时, 还剩5 分钟, 上个小时): their answer moves with the reference's time of day.
NOW = re.compile(
    r"现在|現在|此时|此時|此刻|当前|當前|目前|宜家|而家|依家|马上|馬上|立刻|立即|now", re.I
)
NUMERAL = r"[\d零〇一二两兩三四五六七八九十百半几幾]"
CLOCK_UNIT = r"(?:秒钟|秒鐘|秒|分钟|分鐘|小时|小時|钟头|鐘頭|钟|鐘)"
CLOCK_OFFSET = re.compile(
    rf"(?:[前后後上下]|之[前后後]|过去|過去|未来|未來|还剩|還剩|还有|還有)\s*{NUMERAL}*\s*[个個]?\s*"
    rf"{CLOCK_UNIT}|{NUMERAL}+\s*[个個]?\s*{CLOCK_UNIT}\s*[之以]?[前后後]"
)
NOW_TIMEX = frozenset({"PRESENT_REF", "FUTURE_REF", "PAST_REF"})


@dataclass(frozen=True)
class Reading:
    """One right answer: inclusive first and last cut at the resolution compared ("2013-02-12",
    "2013-02-12T15", "2013-02-12T15:30"); None is an open bound, both None an unresolved date."""

    first: str | None
    last: str | None


@dataclass(frozen=True)
class Want:
    """One expected date in our offsets (END EXCLUSIVE)."""

    start: int
    end: int
    readings: frozenset[Reading] | None  # any one will do; None: the span alone is compared
    # (an extractor spec, or a value that is not ours to judge: a lunar date, a season)
    bare_start: int | None = None  # also right: the start without RT's leading 从/自/在


Judge = Callable[[Sequence[DateMention]], bool]
Find = Callable[[str, date | None], list[DateMention]]


@dataclass(frozen=True)
class Case:
    suite: str
    text: str
    reference: date | None
    judge: Judge
    expected: str  # what we should have returned, for the failure listing


# ---------------------------------------------------------------------------------------------
# Comparing


def agrees(expected: str | None, ours: str | None) -> bool:
    """Our bound cut to the expected one's length, i.e. its resolution: a day drops our "THH:MM",
    an hour keeps "THH"; a date alone never equals an expected time of day."""
    if expected is None or ours is None:
        return expected is None and ours is None
    return ours[: len(expected)] == expected


def fits(want: Want, mention: DateMention) -> bool:
    if mention.end != want.end or mention.start not in (want.start, want.bare_start):
        return False
    if want.readings is None:
        return True
    return any(
        agrees(r.first, mention.first) and agrees(r.last, mention.last) for r in want.readings
    )


def judge_all(wants: tuple[Want, ...], mentions: Sequence[DateMention]) -> bool:
    return harness.one_for_one(wants, mentions, fits)


def judge_each(wants: tuple[Want, ...], mentions: Sequence[DateMention]) -> bool:
    """A parser spec lists the one expression its parser was handed, not every date in the input
    (TimeParser gives 早8点 of 我6月15号一早8点的飞机): each expected date must be the one mention
    of ours that overlaps its span, and our mentions elsewhere in the input are not judged."""
    if not wants:
        return not mentions

    def alone(want: Want) -> bool:
        overlapping = [m for m in mentions if m.start < want.end and want.start < m.end]
        return len(overlapping) == 1 and fits(want, overlapping[0])

    return all(alone(want) for want in wants)


# ---------------------------------------------------------------------------------------------
# Calendar


def add_months(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def period_end(first: date, grain: str) -> date:
    """The last day of the period of this grain that begins on ``first``."""
    if grain == "day":
        return first
    if grain == "week":
        return first + 6 * DAY
    months = {"month": 1, "quarter": 3, "year": 12}[grain]
    return add_months(first, months) - DAY


def at(moment: datetime, resolution: str) -> str:
    return moment.isoformat(timespec="minutes")[: CUT[resolution]]


def day_of(day: date) -> str:
    return day.isoformat()


def needs_time_of_day(text: str) -> bool:
    return NOW.search(text) is not None or CLOCK_OFFSET.search(text) is not None


# ---------------------------------------------------------------------------------------------
# Duckling ZH time: each input parses whole to one value


# Duckling's reference is 2013-02-12T04:30 (UTC-2); ours is a date, so its date alone.
DUCKLING_REFERENCE = date(2013, 2, 12)
TIME_ZONE = re.compile(r"\b(?:UTC|GMT|CES?T|EST|EDT|PST|PDT|BST|JST|HKT)\b")
DAY_PART = re.compile(r"[上下中]午|早|晚|凌晨|夜|晏[晝昼]|朝|\d\s*[ap]", re.I)
CLOCK_HOUR = re.compile(r"(\d{1,2}|[零〇一二两兩三四五六七八九十]{1,3})\s*[:：点點时時]")
DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5}
DIGITS.update({"六": 6, "七": 7, "八": 8, "九": 9})


def small_number(text: str) -> int | None:
    """0..99 written in digits or in Chinese (三, 十二, 二十三)."""
    if text.isdigit():
        return int(text)
    tens, ten, units = text.partition("十")
    if not ten:
        return DIGITS.get(text)
    high = DIGITS.get(tens, -1) if tens else 1
    low = DIGITS.get(units, -1) if units else 0
    return None if high < 0 or low < 0 else 10 * high + low


def twelve_hour_twin(text: str, moment: datetime) -> datetime | None:
    """The other half-day reading of a clock time written with no part of the day (三点).

    Duckling reads a bare 三点 as the next 3 o'clock after its reference time (04:30), so 15:00;
    that choice hangs on the time of day we do not have, so 03:00 is right as well (as
    Recognizers-Text lists for 9点: 09:00 and 21:00)."""
    written = CLOCK_HOUR.search(text)
    if DAY_PART.search(text) or written is None:
        return None
    hour = small_number(written.group(1))
    if hour is None or not 1 <= hour <= 12:
        return None
    half_day = timedelta(hours=12)
    return moment - half_day if moment.hour >= 12 else moment + half_day


def duckling_readings(text: str, expected: dict[str, Any]) -> frozenset[Reading]:
    grain = expected["grain"]
    resolution = grain if grain in CLOCK_GRAINS else "day"
    if expected["kind"] == "value":
        moment = datetime.fromisoformat(expected["value"])
        if resolution != "day":
            # An hour or a minute is its own inclusive end at its resolution (15:00 hour: ours
            # 15:00..15:59 cut to the hour).
            moments = [moment]
            twin = twelve_hour_twin(text, moment)
            if twin is not None:
                moments.append(twin)
            return frozenset(Reading(at(m, resolution), at(m, resolution)) for m in moments)
        # A value names the start of its grain; ours gives the whole period: 2013-03-01 "month"
        # -> 2013-03-01..2013-03-31, 2013-02-11 "week" -> Monday..Sunday.
        end = period_end(moment.date(), grain)
        return frozenset({Reading(at(moment, "day"), day_of(end))})
    # An interval's "to_exclusive" is exclusive; our last is inclusive: a day before it at day
    # grain or coarser, a minute before it at hour or minute grain (晚上 18:00..00:00 -> 23:59).
    # A missing end is an open bound.
    step = DAY if resolution == "day" else MINUTE
    start, stop = expected.get("from"), expected.get("to_exclusive")
    first = None if start is None else at(datetime.fromisoformat(start), resolution)
    last = None if stop is None else at(datetime.fromisoformat(stop) - step, resolution)
    return frozenset({Reading(first, last)})


def load_duckling(specs: Path) -> Loaded:
    loaded = Loaded()
    examples = read_json(specs / "duckling_zh" / "duckling_zh_examples.json")["examples"]
    seen: dict[tuple[str, str], Any] = {}
    for example in examples:
        if example["dim"] != "Time":
            continue  # the other dimensions are figures: benchmarks/figures.py
        text, expected = example["input"], example["expected"]
        suite = "Duckling holidays" if "holiday" in expected else "Duckling time"
        if (suite, text) in seen:
            if seen[suite, text] == expected:
                loaded.skipped[suite, "duplicate of a case already loaded"] += 1
            else:  # ZH_TW reads 国庆 as Taiwan's 10-10; the first reading (ZH_CN, 10-01) stays
                why = f"same input read otherwise in another locale ({example['locale']})"
                loaded.skipped[suite, why] += 1
            continue
        seen[suite, text] = expected
        if TIME_ZONE.search(text):  # 4pm CET -> 13:00 at UTC-2: we keep times as written
            loaded.skipped[suite, "a time zone: we convert none"] += 1
            continue
        if expected["grain"] in CLOCK_GRAINS and needs_time_of_day(text):
            loaded.skipped[suite, TIME_OF_DAY] += 1
            continue
        # Each input must be read whole as one date: surrounding spaces aside.
        start, end = len(text) - len(text.lstrip()), len(text.rstrip())
        want = Want(start, end, duckling_readings(text, expected))
        judge = partial(judge_all, (want,))
        loaded.cases.append(Case(suite, text, DUCKLING_REFERENCE, judge, describe(text, (want,))))
    return loaded


# ---------------------------------------------------------------------------------------------
# Recognizers-Text: Chinese DateTime


RT_DIR = Path("recognizers_text") / "DateTime" / "Chinese"
# File stem -> how its cases are scored: "model" (every date of the input, span and value),
# "parser" (the one expression listed, span and value), "extractor" (every span, no value),
# "holiday extractor" (the holidays' spans alone: the other dates of the input are not listed).
RT_SUITES = {
    "DateTimeModel": "model",
    "DateExtractor": "extractor",
    "DatePeriodExtractor": "extractor",
    "DateParser": "parser",
    "DatePeriodParser": "parser",
    "TimeParser": "parser",
    "HolidayExtractor": "holiday extractor",
    "HolidayParser": "parser",
}
# Durations (3天, 两年) are figures for us and sets (每周, 每年) no dates at all: such results are
# dropped from what we must return, so a case made only of them passes when we return no date.
NOT_DATES = frozenset({"duration", "set"})
CLOCK_TYPES = frozenset({"time", "timerange", "datetime", "datetimerange"})
# RT's marks for a value it could not give ("0001-01-01" in the parser specs).
RT_UNRESOLVED = frozenset({"not resolved", "0001-01-01"})
# RT writes lunar dates as if they were Gregorian (农历2015年十月初一 -> "2015-10-01", 正月三十 ->
# "2017-01-30", 中秋节 -> "2017-08-15"); ours are Gregorian, so for these only the span is
# compared. The parser specs carry no isLunar flag, hence the words.
LUNAR = re.compile(
    r"农历|農曆|阴历|陰曆|正月|腊月|臘月|大年|除夕|初[一二三四五六七八九十]"
    r"|春节|春節|元宵|端午|七夕|中秋|重阳|重陽|腊八|臘八"
)
RANGE_WORD = re.compile(r"[到至~～\-－–—]")
BETWEEN = re.compile(r"[和与與及跟].*间|之间|之間")
# RT's span sometimes takes in the word that introduces a date (从一月十日到十二日, 自2018年以来,
# 在2007年与2009年之间), sometimes not (从2015年起 -> 2015年起). The word is no part of the date,
# and our contract does not say either way: our span may start with it or after it.
RT_LEAD = re.compile(r"(?:从|從|自从|自從|自|在)(?=\S)")
TIMEX_RANGE = re.compile(r"\((.*?),(.*?),(P[^)]*)\)")
TIMEX_CLOCK = re.compile(r"(?:^|[\dX])T([\dA-Z:]+)$")
GRAINS = {"Y": "year", "M": "month", "W": "week", "D": "day"}
PARSER_KEYS = {
    "date": "value",
    "time": "value",
    "dateTime": "value",
    "startDate": "start",
    "startTime": "start",
    "startDateTime": "start",
    "endDate": "end",
    "endTime": "end",
    "endDateTime": "end",
}


def rt_dotnet_unsupported(raw: dict[str, Any]) -> bool:
    notes = (raw.get("NotSupported") or "", raw.get("NotSupportedByDesign") or "")
    return any("dotnet" in note.lower() for note in notes)


def rt_reference(raw: dict[str, Any]) -> date | None:
    # RT's reference is a date and time; ours a date: its date part. Cases whose answer hangs on
    # the time of day are skipped (see needs_time_of_day).
    stamp = (raw.get("Context") or {}).get("ReferenceDateTime")
    return None if stamp is None else date.fromisoformat(stamp[:10])


def timex_resolution(part: str) -> str:
    """What a TIMEX point fixes: "2016-11-08T17:00" minute, "T18" hour, "TEV" part of the
    day, "XXXX-WXX-1" or "2009" a day or coarser."""
    clock = TIMEX_CLOCK.search(part)
    if clock is None:
        return "day"
    if not re.fullmatch(r"\d\d(?::\d\d){0,2}", clock.group(1)):
        return "part_of_day"  # TMO, TAF, TEV, TNI...
    return ("hour", "minute", "second")[clock.group(1).count(":")]


def timex_parts(timex: str) -> tuple[str, str, str | None]:
    """A range's TIMEX "(start,end,duration)" as its parts; a single TIMEX is both ends."""
    match = TIMEX_RANGE.fullmatch(timex)
    if match is None:
        return timex, timex, None
    return match.group(1), match.group(2), match.group(3)


def rt_moment(text: str | None, reference: date | None) -> datetime | None:
    if text is None:
        return None
    if re.fullmatch(r"\d\d:\d\d(?::\d\d)?", text):
        # RT leaves a clock time alone ("17:00:00"); for us a clock time ("下午3点") falls on the
        # reference date: it goes there.
        if reference is None:
            raise ValueError(f"a clock time and no reference date: {text}")
        return datetime.combine(reference, time.fromisoformat(text))
    return datetime.fromisoformat(text)  # "2016-11-08 17:00:00", "2017-12-29"


def impossible_day(timex: str) -> bool:
    """A TIMEX that names a day no calendar has (XXXX-02-30, 2019-02-29)."""
    for year, month, day in re.findall(r"(\d{4}|XXXX)-(\d\d)-(\d\d)", timex):
        try:
            date(2000 if year == "XXXX" else int(year), int(month), int(day))  # 2000: a leap year
        except ValueError:
            return True
    return False


def rt_unresolved(value: dict[str, Any]) -> bool:
    bounds = [value.get(key) for key in ("value", "start", "end")]
    return all(b is None for b in bounds) or any(b in RT_UNRESOLVED for b in bounds)


def rt_point(value: dict[str, Any], reference: date | None) -> set[Reading]:
    moment = rt_moment(value["value"], reference)
    assert moment is not None
    point = at(moment, timex_resolution(str(value.get("timex", ""))))
    return {Reading(point, point)}


def written_end_grain(duration: str | None, text: str) -> str | None:
    """The grain of a range's written end point (1995-1997年 -> year), where it has one.

    RT ends a range written between two points (到, 至, -, 之间) at the START of the second point
    and calls that end exclusive: 从一月十日到十二日 -> 01-10..01-12 "P2D", 1995-1997年 ->
    1995-01-01..1997-01-01. Chinese takes the second point in (1995-1997年 includes 1997), and so
    do we, so our last is the end of the period the second point names, at the grain of RT's
    duration (P2Y: a year, P2M: a month, P29D: a day).
    """
    if duration is None or not (RANGE_WORD.search(text) or BETWEEN.search(text)):
        return None
    match = re.fullmatch(r"P\d+(?:\.\d+)?([YMWD])", duration)
    return None if match is None else GRAINS[match.group(1)]


def rt_range(value: dict[str, Any], text: str, reference: date | None) -> set[Reading]:
    first_part, last_part, duration = timex_parts(str(value.get("timex", "")))
    first_res, last_res = timex_resolution(first_part), timex_resolution(last_part)
    start = rt_moment(value.get("start"), reference)
    end = rt_moment(value.get("end"), reference)
    if value["type"] == "timerange" and start is not None and end is not None and end <= start:
        end += DAY  # 下午5:00到凌晨3:00: a time range that passes midnight ends the next day
    mod = value.get("Mod")  # before, until, after, since: a range open on one side
    point = value.get("sourceEntity") == "datetimepoint"  # 2014年9月14日之前, not 2015年前

    if "part_of_day" in (first_res, last_res):
        # RT's parts of the day (上午 TMO 08-12, 下午 TAF 12-16, 晚上 TEV 16-20) end exclusive,
        # like Duckling's: our inclusive end is a minute earlier, both compared to the hour.
        first = None if start is None else at(start, "hour")
        last = None if end is None else at(end - MINUTE, "hour")
        return {Reading(first, last)}

    firsts: set[str | None] = {None} if start is None else {at(start, first_res)}
    if start is not None and mod == "after" and point:
        # "After a day or a time": RT starts at the point itself; 以后/之后 is read both with and
        # without it in Chinese, so the next day (or minute) is right as well.
        firsts.add(at(start + (DAY if first_res == "day" else MINUTE), first_res))

    lasts: set[str | None]
    if end is None:
        lasts = {None}  # open end (2018年之后, 自2016年9月1日起)
    elif last_res != "day":
        # A range between clock times ends at the time written (下午5:00到6:00 -> 18:00, 到明天
        # 四点 -> 04 at the hour): compared as written, at its own resolution, not as an
        # exclusive end.
        lasts = {at(end, last_res)}
        if mod == "before" and point:  # 下午三点之前: up to 15:00, or strictly before it
            lasts.add(at(end - MINUTE, last_res))
    elif mod == "until" and point:
        lasts = {at(end, "day")}  # 2012年1月7日或之前: the day itself is in
    elif mod == "before" and point:
        # 2014年9月14日之前: RT gives the day itself; 之前 is read both with and without it.
        lasts = {at(end - DAY, "day"), at(end, "day")}
    else:
        grain = written_end_grain(duration, text)
        if grain is None:
            # RT's daterange end is EXCLUSIVE (2009年 -> 2009-01-01..2010-01-01, 前1周 ends on
            # the reference date); ours is inclusive: the day before.
            lasts = {at(end - DAY, "day")}
        else:
            lasts = {day_of(period_end(end.date(), grain))}
            if BETWEEN.search(text):
                # 三月和九月之间 may leave the second month out: RT's exclusive end is right too.
                lasts.add(at(end - DAY, "day"))
    return {Reading(first, last) for first in firsts for last in lasts}


def rt_readings(
    values: Sequence[dict[str, Any]], text: str, reference: date | None
) -> frozenset[Reading] | None:
    """Every reading RT lists for one result: an ambiguous date (29日, 九十年代, 9点) gives a past
    and a future value, or a morning and an evening one, and either is right for us."""
    readings: set[Reading] = set()
    for value in values:
        timex = str(value.get("timex", ""))
        if value.get("isLunar") == "True" or LUNAR.search(text):
            return None
        if rt_unresolved(value):
            # A day no calendar has (2月30日, 2019年2月29日) must stay unresolved for us too; for
            # anything else RT could not place (今年夏天), its value is not ours to judge.
            if not impossible_day(timex):
                return None
            readings.add(Reading(None, None))
        elif value["type"] in ("date", "datetime", "time"):
            readings |= rt_point(value, reference)
        else:
            readings |= rt_range(value, text, reference)
    return frozenset(readings)


def rt_parser_values(result: dict[str, Any]) -> list[dict[str, Any]]:
    """A parser spec's Value in the DateTimeModel's shape: one value per resolution (future and
    past, as the model lists both readings), keys "value" or "start" and "end"."""
    parsed = result["Value"]
    values = []
    for side in ("FutureResolution", "PastResolution"):
        value: dict[str, Any] = {"timex": parsed.get("Timex", ""), "type": result["Type"]}
        for key, text in (parsed.get(side) or {}).items():
            if key in PARSER_KEYS:
                value[PARSER_KEYS[key]] = text
        values.append(value)
    return values


def rt_want(text: str, start: int, end: int, readings: frozenset[Reading] | None) -> Want:
    lead = RT_LEAD.match(text, start, end)
    return Want(start, end, readings, None if lead is None else lead.end())


def rt_wants(raw: dict[str, Any], role: str, reference: date | None) -> tuple[Want, ...] | str:
    """The dates a case expects, or why it is skipped."""
    wants = []
    for result in raw["Results"]:
        if role.endswith("extractor"):
            # Extractor specs give spans alone (Start, Length) and no reference.
            start, end = result["Start"], result["Start"] + result["Length"]
            wants.append(rt_want(raw["Input"], start, end, None))
            continue
        if role == "model":
            start, end = result["Start"], result["End"] + 1  # RT's End is INCLUSIVE; ours is not
            values = result["Resolution"]["values"]
        else:
            start, end = result["Start"], result["Start"] + result["Length"]
            values = rt_parser_values(result)
        kind = values[0]["type"]
        if kind in NOT_DATES:
            continue  # a mixed case (2分钟前价格创30分钟高) keeps its dates alone: see NOT_DATES
        text = raw["Input"][start:end]  # RT's Text is normalised (，-> ,): its offsets are not
        if kind in CLOCK_TYPES and (
            needs_time_of_day(text) or any(v.get("timex") in NOW_TIMEX for v in values)
        ):
            return TIME_OF_DAY
        try:
            readings = rt_readings(values, text, reference)
        except ValueError:
            return "a clock time and no reference date"
        wants.append(rt_want(raw["Input"], start, end, readings))
    return tuple(wants)


def load_recognizers(specs: Path) -> Loaded:
    loaded = Loaded()
    for stem, role in RT_SUITES.items():
        suite = f"RT {stem}"
        for raw in read_json(specs / RT_DIR / f"{stem}.json"):
            if rt_dotnet_unsupported(raw):
                loaded.skipped[suite, "NotSupported by RT's dotnet version"] += 1
                continue
            text = raw["Input"]
            reference = None if role.endswith("extractor") else rt_reference(raw)
            wants = rt_wants(raw, role, reference)
            if isinstance(wants, str):
                loaded.skipped[suite, wants] += 1
                continue
            # Models and extractors list every date of the input, parsers one expression.
            each = role in ("parser", "holiday extractor")
            judge = partial(judge_each if each else judge_all, wants)
            loaded.cases.append(Case(suite, text, reference, judge, describe(text, wants)))
    return loaded


# ---------------------------------------------------------------------------------------------
# Running and reporting


def show_reading(reading: Reading) -> str:
    if reading.first is None and reading.last is None:
        return "unresolved"
    return f"{reading.first or '(open)'}..{reading.last or '(open)'}"


def describe(text: str, wants: Sequence[Want]) -> str:
    if not wants:
        return "no date"
    parts = []
    for w in wants:
        if w.readings is None:
            value = "(span only)"
        else:
            value = " | ".join(sorted(show_reading(r) for r in w.readings))
        bare = "" if w.bare_start is None else f" (or from {w.bare_start})"
        parts.append(f"{w.start}-{w.end}{bare} {text[w.start : w.end]!r} {value}")
    return "; ".join(parts)


def show(mention: DateMention) -> str:
    value = show_reading(Reading(mention.first, mention.last))
    return f"{mention.start}-{mention.end} {mention.text!r} {mention.granularity} {value}"


def judge_case(case: Case, find: Find) -> tuple[bool, str]:
    return harness.judged(lambda: find(case.text, case.reference), case.judge, show, "no date")


def load_all(specs: Path) -> Loaded:
    loaded = Loaded()
    for loader in (load_duckling, load_recognizers):
        loaded.add(loader(specs))
    return loaded


def describe_case(case: Case) -> str:
    reference = "" if case.reference is None else f" (reference {case.reference})"
    return f"{case.text!r}{reference}"


def main() -> None:
    try:  # imported late: the loaders and scorers work without it
        from cnnews_nlp.dates import find_dates
    except ImportError as error:
        sys.exit(f"cannot import cnnews_nlp.dates.find_dates: {error}")
    judge = partial(judge_case, find=find_dates)
    harness.cli(__doc__.splitlines()[0], SPECS, EXCEPTIONS, load_all, judge, describe_case)


if __name__ == "__main__":
    main()
