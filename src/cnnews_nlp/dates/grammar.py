"""Find time expressions in news text and resolve them against a reference date.

A mention is read as a chain, coarse to fine: a year (2025年, 今年, 同年), then a period of it
(年底, 第一季度, 春, 前10个月, 第一周) or a month (4月, 本月) with a part of it (上旬, 月底,
最后一个星期一) or a day (12日, 当天, 国庆节), then a part of the day (晚, 下午) and a clock
time (3时, 15:30). Holidays of other calendars are days or periods of their own year: lunar
(春节), Easter's (复活节, 大斋期), Islamic (开斋节, 斋月) and Hebrew (逾越节). Decades and
centuries (上世纪80年代), weeks (上周三), numeric dates (2025-04-12) and vague words (近日) are
read on their own. Mentions joined by 至/到/- become one range (4月30日-5月5日, 1993—1995年); a
later part of a list or range takes what it lacks from the earlier one (4月11日、12日). 当天 and
次日 follow the last day mentioned, right after it as one mention (复活节翌日). Words come from
the data table; the text is folded first, traditional forms to simplified.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Final, NamedTuple

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from ..document import DateMention
from ..figures.numerals import parse_numeral
from ..text import TERMINALS, alternation, by_length, fold, titles
from . import hebrew, islamic, lunar
from .calendar import (
    Span,
    check_reference,
    closest,
    day_in,
    monday,
    month_end,
    month_span,
    nearest_month,
    nearest_year,
    nth_weekday,
    shift_month,
)
from .tables import TABLES

T: Final = TABLES
_DIGITS: Final = "〇零一二两三四五六七八九十廿卅"
#: Characters of a number written in Chinese.
_NUMERALS: Final = frozenset("百千万" + _DIGITS)


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_ISO = _re(
    r"(?<![0-9.])([12][0-9]{3})([-/.])(1[0-2]|0?[1-9])\2(3[01]|[12][0-9]|0?[1-9])(?![0-9])"
    r"(?:日|号)?"
)
#: 1968.12, 2002.7: a month as résumés and tables write it (not a decimal before a unit:
#: 2000.06点).
_DOTTED_MONTH = _re(
    r"(?<![0-9.])((?:19|20)[0-9]{2})\.(1[0-2]|0?[1-9])(?![0-9.%‰]|\s?[点元万亿倍米吨克])"
)
#: 2025年, 二〇二二年, 2008 年; two digits only with a leading zero (08年, 零八年), or from 60
#: before 至今, 起, 底, 初 or 末 (98年至今, 97年起); two or three digits otherwise only before a
#: month (18年10月, 789年3月, 三六七年一月): 800年 alone is as often a duration.
_YEAR = _re(
    r"(?<![0-9])([0-9]{4}(?= ?年)|[〇零一二三四五六七八九]{4}"
    r"|0[0-9]|[〇零][〇零一二三四五六七八九]|(?<!了)[6-9][0-9](?=年(?:至今|起|底|初|末))"
    r"|(?:[1-9][0-9]{1,2}|[一二三四五六七八九][〇零一二三四五六七八九]{2})"
    r"(?=年(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月))"
    r" ?年(?!代)"
)
#: 公元前221年, 公元前3世纪: a year or century before the common era, which ISO dates here do
#: not reach, so it is read with no bounds.
_BC_YEAR = r"(?:[0-9]{1,4}|[〇零一二三四五六七八九十百千]{1,6})"
_BC = _re(
    rf"(?:{alternation(T['common_era'])})前 ?"
    rf"(?:({_BC_YEAR}) ?年?(?:[至到~～—–-]{_BC_YEAR} ?年)?(?![代级])(?<=年)"
    rf"|([0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})世纪)"
)
#: 公元789年, 公元六一八年: any year after 公元 (not 公元前, before the common era).
_AD_YEAR = _re(
    rf"(?:{alternation(T['common_era'])}) ?"
    r"([0-9]{1,4}|[〇零一二三四五六七八九]{1,4}) ?年(?![代级])"
)
#: 两千零四年: a year written with place values, read only before a month (not 两千年, 2000 years).
_POSITIONAL_YEAR = _re(r"([一两二]千[零〇]?[一二三四五六七八九十]{0,3})年")


def _straddling(ending: Sequence[str], beginning: Sequence[str]) -> str:
    """A regex for two characters that end one word and begin the next (the 今年 of 当今年轻人,
    the 明日 of 表明日本): each is read as part of its word, not as a date."""
    firsts = sorted({word[-1] for word in ending})
    tails = "|".join(f"{re.escape(w[0])}(?={re.escape(w[1:])})" for w in by_length(beginning))
    return "|".join(
        "(?:"
        + "|".join(f"(?<={re.escape(w[:-1])})" for w in ending if w[-1] == first)
        + f"){re.escape(first)}(?:{tails})"
        for first in firsts
    )


#: Not a word of ``not_after`` where a character before it ends another word (建成后年产值),
#: nor two characters that straddle two words (当今年轻人).
_NOT_AFTER = "|".join(
    [
        *(f"(?<=[{group['after']}]){word}" for group in T["not_after"] for word in group["words"]),
        _straddling(T["straddled"]["ending"], T["straddled"]["beginning"]),
    ]
)
#: 今年, 同年, but not 不同年代, 同年龄 or 上年纪; 去年纪念 and 今年代表 are years.
_REL_YEAR = _re(
    rf"(?<![不共相])(?!{_NOT_AFTER})"
    rf"(?:(?:{alternation(T['relative_years'])})(?![龄级])"
    rf"|(?:{alternation(T['context_years'])})(?![代龄级纪]))"
)


def _guarded(
    words: Sequence[str],
    blocked: Mapping[str, str],
    *,
    before: bool = False,
    only_after: Mapping[str, str] | None = None,
) -> str:
    """A regex for ``words``, longest first, each not followed (or, with ``before``, not
    preceded) by a character ``blocked`` gives it, which makes it part of another word: the 节
    of 今春节, the 往 of 前往, the 跑 of 跑上一天. A word in ``only_after`` follows no Chinese
    character but those it gives (后 only after 今 or 在: not 手术后三天)."""

    def guard(word: str) -> str:
        if before and only_after and word in only_after:
            return rf"(?:(?<![\u4e00-\u9fff])|(?<=[{only_after[word]}]))"
        if not blocked.get(word):
            return ""
        return f"(?<![{blocked[word]}])" if before else f"(?![{blocked[word]}])"

    return "|".join(
        guard(w) + re.escape(w) if before else re.escape(w) + guard(w) for w in by_length(words)
    )


def _period_words(
    words: Sequence[str], followers: Mapping[str, str], blocked: Mapping[str, str]
) -> str:
    """A regex for periods that end where a period can: 年中 only before one of its
    ``followers``, a word that can follow a time (年中，年中将召开; not 2024年中国, 年中央), the
    others not before a character ``blocked`` gives them, which makes them another word (春运,
    冬奥会)."""
    return "|".join(
        rf"{re.escape(w)}(?=[{followers[w]}]|[^\u4e00-\u9fff]|$)"
        if w in followers
        else _guarded([w], blocked)
        for w in by_length(words)
    )


def _year_period_words(words: Sequence[str]) -> str:
    not_before = T["not_year_periods_before"]
    return _period_words(words, T["year_periods_only_before"], dict.fromkeys(words, not_before))


_YEAR_PERIOD = _re(_year_period_words(list(T["year_periods"])))
#: 今冬, 明春: a season of the year before, this one or the next, in two characters, each
#: not before the characters that make its season another word (今春节, 去冬天).
_REL_SEASON = _re(_guarded(list(T["relative_seasons"]), T["not_relative_seasons_before"]))
#: 4月, 十二月, 正月; not a count of months (三月有余: more than three months) nor a term
#: (三月期央票: three-month bills; but 5月期间 is May).
_MONTH = _re(
    rf"(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|{alternation(T['lunar_month_names'])})月份?"
    r"(?!有余(?!额)|期(?![间满]))"
)
_LUNAR_PREFIX = _re(alternation(T["lunar_prefixes"]))
_LUNAR_HOLIDAY = _re(alternation(T["lunar_holidays"]))
#: 党的十八大以来, 改革开放以来: the day an event the whole country dates by began, before 以来.
_EVENT_SINCE = _re(
    rf"(?:{alternation(T['event_prefixes'])})?({alternation(T['events_since'])})"
    rf"(?=(?:{alternation(T['events_since_bounds'])}))"
)
#: 春运: days counted around a lunar day, as [month, day, first offset, last offset].
_LUNAR_PERIOD = _re(alternation(T["lunar_periods"]))
#: 初一, 十五, 廿三, 三十: a day of a lunar month.
_LUNAR_DAY = _re(
    r"初[一二三四五六七八九十]|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]|廿[一二三四五六七八九]"
)
#: 康熙三年, 民國114年: an era and its year.
_ERA_YEAR = _re(
    rf"({alternation(T['eras'])})(元|[0-9]{{1,3}}|[一二三四五六七八九十百零〇]{{1,6}})年"
)
_REL_MONTH = _re(
    rf"(?!{_NOT_AFTER})(?:{alternation([*T['relative_months'], *T['context_months']])})"
)
_MONTH_PERIOD_WORDS = _period_words(
    list(T["month_periods"]), T["month_periods_only_before"], T["month_periods_not_before"]
)
_MONTH_PERIOD = _re(_MONTH_PERIOD_WORDS)
#: Periods that stand alone, meaning the current year or month: 年底, 上半年, 一季度; 月底, 月内
#: (not the 月内 of 一个月内, a count of months).
#: Not seasons, nor the periods read only after a year (第三季).
_LONE_YEAR_PERIOD = _re(
    rf"(?<![{T['lone_year_periods_not_after']}])(?:"
    + _year_period_words(
        [
            word
            for word, (_, _, granularity) in T["year_periods"].items()
            if granularity != "season" and word not in T["year_periods_with_year"]
        ]
    )
    + ")"
)
_LONE_MONTH_PERIOD = _re(
    rf"(?<![{T['lone_month_periods_not_after']}])月({_MONTH_PERIOD_WORDS})"
    rf"|({alternation(T['half_months'])})"
)
_DAY = _re(
    r"(?<![0-9])(3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?"
    r"|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])(?:日|号(?!人))"
    r"(?![元线楼院文令码]|本(?![报刊台市省县区次届周院网轮场])|用品)"
)
#: 时隔一日, 历时三日: a day with no month after a word that makes a count a span is a length
#: of time (of spans_before, the words of two characters: 了 also ends 到了, 推迟到了5日).
_SPAN_WORDS = tuple(word for word in T["spans_before"] if len(word) > 1)
#: 3日内, 10日之内: with no month, a count of days (5日内蒙古 is the 5th, then 内蒙古).
_WITHIN = _re(rf"(?:{alternation(T['within_words'])})(?!蒙古)")
#: 1号出口, 3号馆, 10号地: with no month before it, a number with 号 before one of these words
#: numbers an exit, a hall or a plot.
_NUMBERED = _re(alternation(T["numbered_after_hao"]))
#: 七日游, 5日游, 一日游行程: after a day with no month, the length of a trip (not 12日游行,
#: 3日游客).
_TRIP = _re(
    rf"(?:{alternation(T['trips'])})"
    rf"(?:(?![{T['trips_not_before']}])|(?={alternation(T['trips_despite'])}))"
)
#: 五号, 十二号: a number in Chinese with 号 and no month before it is a name's (神舟十二号,
#: 嫦娥五号), not a day: news writes days with 日, or with 号 after Arabic digits.
_NAME_NUMBER = _re(rf"[{_DIGITS}]+号")
#: 一月二十三, 八月十五: a Chinese day after a month, without 日 (not 三月三十人).
#: What may follow a day written without 日 (五月十二的, 6月11晚上).
_AFTER_BARE_DAY = "的早晚上下午凌晨中"
_BARE_DAY = _re(
    r"(三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
    rf"(?![{_DIGITS}]|[\u4e00-\u9fff](?<![{_AFTER_BARE_DAY}]))"
)
#: 2011年6月11，: Arabic digits after a month are its day without 日 only before a clause's end
#: or a part of the day (not 6月11人, 8月3.5%).
_BARE_DIGIT_DAY = _re(rf"(3[01]|[12][0-9]|0?[1-9])(?=[，,。；;！!？?）)\s]|$|[{_AFTER_BARE_DAY}])")
#: 美好的明天, 走向明天: the future, not a day (but 北京时间的明天 is one).
_FIGURATIVE = "|".join(
    f"(?<={re.escape(before)})"
    + "".join(f"(?<!{re.escape(d)})" for d in T["figurative_days_despite"] if d.endswith(before))
    + re.escape(word)
    for word, befores in T["figurative_days"].items()
    for before in befores
)
_REL_DAY = _re(
    rf"(?!{_NOT_AFTER}|{_FIGURATIVE})(?:"
    + _guarded([*T["relative_days"], *T["context_days"]], T["relative_days_not_before"])
    + ")"
)
#: 昨(11)日, 今(12)日: a newspaper's day, the relative word followed by the day of the month.
_BRACKETED_DAY = _re(rf"(?:{alternation(T['bracketed_days'])})\(([0-9]{{1,2}})\)日")
_CONTEXT_DAY = _re(alternation(T["context_days"]))
_RELATIVE_PAIR = _re(alternation(T["relative_pairs"]))
_FIVE_YEAR_PLAN = _re(alternation(T["five_year_plans"]))
_HOLIDAY = _re(alternation(T["holidays"]))
#: 五一 and 十一 name holidays only before a word of holidays, quoted or not (五一期间,
#: “十一”黄金周), not in 五一路.
_CUED_HOLIDAY = _re(
    rf"(?<![第0-9{_DIGITS}])({alternation(T['cued_holidays'])})"
    rf"(?=[”\"’]?(?:{alternation(T['holiday_cues'])}))"
)
HOLIDAYS: Final[dict[str, list[int]]] = {**T["holidays"], **T["cued_holidays"]}
#: 五一假期, 国庆黄金周: a public holiday's word that ends a mention, and a word for its days off
#: right after it.
_OFFICIAL_HOLIDAY_END = _re(rf"(?:{alternation(T['official_holidays'])})$")
_BREAK_CUE = _re(alternation(T["break_cues"]))
#: 五一假期, 春运: a named run of days that a day of it may follow (首日, 第三天, 最后一天).
_NAMED_DAYS_END = _re(rf"(?:{alternation([*T['break_cues'], *T['lunar_periods']])})$")
#: The days off around China's public holidays, as (first, last).
_BREAKS: Final = [
    (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    for first, last in T["official_breaks"]
]
#: 母亲节, 清明节: holidays whose Gregorian day moves from year to year, by a weekday rule
#: (month, n, weekday) or with a solar term (its name).
MOVING_HOLIDAYS: Final[dict[str, tuple[int, int, int] | str]] = {
    **{name: (rule[0], rule[1], rule[2]) for name, rule in T["weekday_holidays"].items()},
    **T["solar_terms"],
}
_MOVING_HOLIDAY = _re(rf"(?!{_NOT_AFTER})(?:{alternation(MOVING_HOLIDAYS)})")
#: Days from Easter Sunday, as (first, last): 复活节 (0, 0), 耶稣受难日 (-2, -2), 大斋期 (-46, -1).
EASTER_DAYS: Final = {
    name: (days, days) if isinstance(days, int) else (days[0], days[1])
    for name, days in {**T["easter_holidays"], **T["orthodox_holidays"]}.items()
}
#: 复活节, 耶稣受难日, 东正教复活节, 大斋期: days a fixed distance from Easter Sunday.
_EASTER_HOLIDAY = _re(rf"({alternation(T['orthodox_prefixes'])})?({alternation(EASTER_DAYS)})")


class _Holiday(NamedTuple):
    """A holiday of the Islamic or Hebrew calendar: ``days`` days from ``day`` of ``month`` in
    that calendar, or the whole month when ``day`` is None (斋月); ``moves`` shift it by days
    when it would fall on some weekdays (1 Monday .. 7 Sunday), as 以色列独立日 does."""

    calendar: str
    month: int
    day: int | None
    days: int
    moves: tuple[tuple[int, int], ...] = ()


def _calendar_holidays(calendar: str, table: dict[str, list[int]]) -> dict[str, _Holiday]:
    """A table's [month, day] or [month, day, days] by name, as holidays of ``calendar``."""
    return {
        name: _Holiday(
            calendar,
            date[0],
            date[1],
            date[2] if len(date) > 2 else 1,
            tuple(
                (int(weekday), days) for weekday, days in T["weekday_moves"].get(name, {}).items()
            ),
        )
        for name, date in table.items()
    }


#: 开斋节, 斋月, 逾越节 by name.
CALENDAR_HOLIDAYS: Final = {
    **_calendar_holidays("islamic", T["islamic_holidays"]),
    **{name: _Holiday("islamic", month, None, 0) for name, month in T["islamic_months"].items()},
    **_calendar_holidays("hebrew", T["hebrew_holidays"]),
}
_CALENDAR_HOLIDAY = _re(alternation(CALENDAR_HOLIDAYS))
#: Each calendar's years that have days in a Gregorian year, and a holiday's Gregorian days.
_CALENDARS: Final = {
    "islamic": (islamic.years, islamic.span),
    "hebrew": (hebrew.years, hebrew.span),
}
_PART = _re(alternation(T["parts_of_day"]))
_PART_AT_END = _re(rf"(?:{alternation(T['parts_of_day'])})$")
_CLOCK = _re(
    r"(?<![0-9][/:∶比])"  # 1/2时间, 1∶0时: a fraction, a score
    rf"([01]?[0-9]|2[0-4]|[{_DIGITS}]{{1,3}})(时(?![代候尚装髦段间期光节机效事局空])|点)"
    rf"(?:([0-5]?[0-9]|[{_DIGITS}]{{1,3}})分(?:[0-5]?[0-9]秒)?许?"
    rf"|({alternation(T['hour_fractions'])})|(整|许|钟))?"
)
_BARE_MINUTE = _re(
    rf"(零[一二三四五六七八九]|[一二三四五]?十[一二三四五六七八九]?|[0-5][0-9])(?![0-9{_DIGITS}分个])"
)
_HHMM = _re(r"(?<![0-9])([01]?[0-9]|2[0-3])[:：]([0-5][0-9])(?:[:：][0-5][0-9])?(?![0-9])")
#: 一直, 一度: a weekday's digit that begins another word (上周一直下滑), but not 周一直到周五.
_NOT_WEEKDAY = rf"(?!(?!{alternation(T['not_weekdays_despite'])}){alternation(T['not_weekdays'])})"
#: 上周, 下周三, 周一, 星期天: a relative week, a weekday, or both (a digit that begins a
#: number, a score, a count or another word is none: 上周3比0, 本周3年期央票, 上周一直).
_WEEK = _re(
    rf"(?!{_NOT_AFTER})(?:({alternation(T['relative_weeks'])})"
    rf"|(?:{alternation(T['weekday_words'])})(?=[^年岁末]))"
    rf"({_NOT_WEEKDAY}(?:{alternation(T['weekdays'])})"
    rf"(?!小时|个|次(?![日年月晨])|趟|遍|(?<=[0-9])[0-9.:比年月日号周次场名人期届-]))?"
)
#: 一周六天, 每周五天: a week counted, so the digit after it counts days, not a weekday.
_COUNTED_WEEK = frozenset(T["week_counts"] + _DIGITS + "0123456789")
#: 上半周, 下半周: a half of the reference week (not 下半周期).
_HALF_WEEK = _re(rf"(?:{alternation(T['half_weeks'])})(?!期)")
_CENTURY = _re(
    rf"(?:(?!{_NOT_AFTER})({alternation(T['centuries_relative'])})"
    rf"|([0-9]{{1,2}}|[一二]十[一二]?|十[一-九]?)世纪)"
)
_DECADE = _re(r"([0-9]0|[一二三四五六七八九]十|[一二三四五六七八九]{2}十)年代(初|中期|末)?")
#: The century's digits of a decade written in full (the 19 of 1970年代).
_CENTURY_DIGITS = _re(r"(?<![0-9])([12][0-9])(?=[0-9]0年代)")
_CENTURY_PART = _re(alternation(T["century_parts"]))
#: 今年剩余时间, 本月余下的日子: what is left of the period before it.
_REMAINDER = _re(
    rf"的?(?:{alternation(T['remainders'])})的?(?:{alternation(T['remainder_words'])})"
)
#: 2024财年第三季度, 第一财季, 2025年第二财季, FY2024 Q3, 本财年: a fiscal year or its parts, with
#: the year, a relative word or neither (a quarter alone must name 财季).
_FISCAL_QUARTER = rf"第?[一二三四1-4](?:{alternation(T['fiscal_quarters'])})|[Qq][1-4]"
_FISCAL_QUARTER_WORD = _re(_FISCAL_QUARTER)
_FISCAL_PART = rf" ?的?(?:{_FISCAL_QUARTER}|{alternation(T['fiscal_periods'])})"
_FISCAL_RELATIVE = _guarded(T["fiscal_relative"], T["fiscal_relative_not_after"], before=True)
_FISCAL = _re(
    rf"(?:((?<![0-9])[0-9]{{4}}|[〇零一二三四五六七八九]{{4}}) ?|({_FISCAL_RELATIVE}))"
    rf"(?:{alternation(T['fiscal_years'])})({_FISCAL_PART})?"
    rf"|(?<![A-Za-z])FY ?((?:19|20)?[0-9]{{2}})(?![0-9])({_FISCAL_PART})?"
    rf"|(?:((?<![0-9])[0-9]{{4}}|[〇零一二三四五六七八九]{{4}}) ?年度?的?)?第?[一二三四1-4]财季"
)
_VAGUE = _re(rf"(?!{_NOT_AFTER})(?:{_guarded(list(T['vague']), T['vague_not_before'])})")
_COUNT = rf"([0-9]{{1,3}}|[{_DIGITS}几]{{1,3}})"
_UNIT_WORDS = alternation(T["counted_units"])
#: 前两天, 下三个月: the N units before or after the reference's; not the 后 of 最后, nor the
#: 前 of 公元前 (公元前221年 is a year before the common era), nor the 上 of 跑上一天, nor a
#: duration (已过去一月有余, 运行了近三年).
_COUNTED_WORDS = _guarded(
    list(T["counted_before"]),
    T["counted_not_after"],
    before=True,
    only_after=T["counted_only_after"],
)
_NOT_AFTER_SPAN = "".join(f"(?<!{word})" for word in T["spans_before"])
#: 今后五年 counts from the reference even after a word that makes other counts spans
#: (提出了今后五年的任务).
_DESPITE_SPANS = alternation(T["counted_despite_spans"])
_COUNTED_SPAN = _re(
    rf"(?<!最){''.join(f'(?<!{word})' for word in T['common_era'])}"
    rf"({_DESPITE_SPANS}|{_NOT_AFTER_SPAN}(?:{_COUNTED_WORDS})){_COUNT}({_UNIT_WORDS})"
    r"(?![级纪代龄度元]|有余(?!额))"
)
#: 三天前, 两个月后: the unit N before or after the reference's (not 第三天前往, nor after a
#: word that makes the count a span between events: 时隔12年之后, 运营了4年之后).
_COUNTED_POINT = _re(
    rf"(?<![第0-9]){_NOT_AFTER_SPAN}"
    rf"{_COUNT}({_UNIT_WORDS})({_guarded(list(T['counted_after']), T['bounds_not_before'])})"
)
#: 去年今日, 明年的今天: the reference's day in another year.
_SAME_DAY = _re(rf"({alternation(T['relative_years'])})的?(?:{alternation(T['same_days'])})")
#: 上个半年, 下个半年: the half of the year before or after the reference's.
_RELATIVE_HALF_YEAR = _re(rf"(?!{_NOT_AFTER})(?:{alternation(T['relative_half_years'])})")
_HALVES = alternation(T["halves"])
#: 近半年, 未来半个月: the span before or after the reference; 半年前, 半个月后: the unit so far
#: from it (not 三个半月后, three and a half months, nor 时隔半年后, which counts from an event).
_HALF_SPAN = _re(rf"{_NOT_AFTER_SPAN}({alternation(T['halves_counted_before'])})({_HALVES})")
_HALF_POINT = _re(
    rf"(?<![个0-9{_DIGITS}上下前后]){_NOT_AFTER_SPAN}"
    rf"({_HALVES})({_guarded(list(T['counted_after']), T['bounds_not_before'])})"
)
_PORTION_COUNT = r"([0-9]{1,3}|[一二三四五六七八九十两]{1,3})"
#: 前3天, 后两天, 前一周 right after a day: the days or weeks before or after that day (not
#: 前一周末 or 前一周五).
_DAYS_AROUND = _re(
    rf"({alternation(T['days_around'])}){_PORTION_COUNT}个?({alternation(T['days_around_units'])})"
    rf"(?!(?<=[周期拜])(?:末|{alternation(T['weekdays'])}))"
)
#: 首日, 第三天, 最后一天: one day of a named run of days (国庆假期首日).
_DAY_OF_DAYS = _re(rf"(?:({alternation(T['days_of_period'])})|第{_PORTION_COUNT}[天日])")
_FIRST_LAST_NTH = alternation([*T["first_of_period"], *T["last_of_period"], *T["ordinal_marks"]])
#: 今年前10个月, 2021年的第一周, 去年最后两个月, 3月前10天: the first, last or Nth units of a
#: year or a month.
_PORTION = _re(rf"的?({_FIRST_LAST_NTH}) ?{_PORTION_COUNT} ?({_UNIT_WORDS})(?![级纪代龄度])")
#: 8月的最后一个星期一, 今年第二个周三: the last or the Nth weekday of a year or a month.
_NTH_WEEKDAY = _re(
    rf"的?({_FIRST_LAST_NTH}) ?{_PORTION_COUNT}? ?个的?"
    rf"(?:{alternation(T['weekday_words'])})({alternation(T['weekdays'])})(?!小时|个|天)"
)
_MERIDIEM = _re(rf"\s?({alternation(T['meridiem'])})(?![A-Za-z])")
_RANGE = _re(alternation(T["range_marks"]))
_LIST = _re(alternation(T["list_marks"]))
#: What ends the sentence a mention lends its year to: a terminal mark or a line break.
_ENDS = _re(rf"[{re.escape(TERMINALS)}\n]")
_BOUND_AFTER = _re(rf"\s?({alternation(T['bounds_after'])})")
_BOUND_BEFORE = alternation(T["bounds_before"])
#: 午夜: a part of the day that ends it, so that 前 after it is a deadline (24日午夜前).
_DEADLINE_PARTS = tuple(T["deadline_parts"])
_BETWEEN = _re(alternation(T["between_after"]))
_NOT_DATES = _re(alternation(T["not_dates"]))
#: 上年, 上月, which count from the last date only in its sentence or after a comparison (比上年).
_DEICTIC = _re(alternation(T["deictic_context_words"]))
_COMPARED = _re(rf"(?:{alternation(T['comparison_cues'])})$")
_COMPARED_LENGTH = max(len(w) for w in T["comparison_cues"])
#: 每年, 每周一的, 每月最后一个: a time that comes again, right before where a mention would start.
_REPEATED = _re(
    rf"(?:{alternation(T['repetitions'])})"
    rf"(?:[一二三四五六日天]|一?个|的?(?:{_FIRST_LAST_NTH}) ?{_PORTION_COUNT}? ?个)?的?$"
)
_REPEATED_LENGTH = max(len(w) for w in T["repetitions"]) + 10
#: 周, 星期, 礼拜: what a weekday mention starts with, for the words that may stand before it.
_WEEKDAY_WORDS = tuple(T["weekday_words"])
#: 一个星期日, 某个周末: some weekday or weekend, not one the text names (right before it).
_INDEFINITE = _re(rf"(?<![{T['indefinites_not_after']}])(?:{alternation(T['indefinites'])})$")
_INDEFINITE_LENGTH = max(len(w) for w in T["indefinites"])
#: 最后一个, 第二个, right before a weekday with no period before them: a day the text does
#: not give.
_UNNAMED_NTH = _re(rf"(?:{alternation(T['unnamed_nth_weekdays'])}) ?{_PORTION_COUNT}? ?个的?$")
_UNNAMED_NTH_LENGTH = max(len(w) for w in T["unnamed_nth_weekdays"]) + 6
#: 的, between a day and its part (一个星期日的下午).
_OF = "的"
#: A range mark, spaced or not (1995 - 1997年), right before a mention.
_MARK_BEFORE = _re(rf"\s?(?:{alternation(T['range_marks'])})\s?$")
_BARE_WEEKDAY = _re(rf"(?:{alternation(T['weekday_words'])})(?:{alternation(T['weekdays'])})")
#: 从2016到2018, 2016-2018: bare years joined by a range mark; earlier years only in brackets
#: of their own, as a life or a history is written: 歌德（1749—1832）.
_YEAR_SPAN = _re(
    rf"((?:19|20)[0-9]{{2}})\s?(?:{alternation(T['range_marks'])})\s?((?:19|20)[0-9]{{2}})(?![0-9年A-Za-z]|\.[0-9])"
    rf"|(?<=\()([12][0-9]{{3}})\s?(?:{alternation(T['range_marks'])})\s?([12][0-9]{{3}})(?=\))"
    rf"|((?:19|20)[0-9]{{2}})\s?(?:/|{alternation(T['range_marks'])})\s?((?:19|20)?[0-9]{{2}})"
    rf"(?=\s?(?:{alternation(T['season_words'])}))"
)
#: What a bare start may be when the end it takes its form from is unresolved (4月11至12日
#: with no reference): a year, a month or a day of the month.
_BARE_VALUES: Final = {
    "year": range(1000, 3000),
    "month": range(1, 13),
    "day": range(1, 32),
    "hour": range(0, 24),
    "minute": range(0, 24),  # before 11时30分 too, the bare start is an hour
}
_BARE_NUMBER = _re(rf"([0-9]{{1,4}}|[{_DIGITS}]{{1,4}})$")
#: 7、8月, 三、四月份, 3、4日: a bare month or day listed before one written alone, inside a
#: clause or after a comma or a bracket (at a clause's start, after a colon or a semicolon, 1、
#: and 2、 number the items of a list: １、４月１８日; ：2、4月底前).
_BARE_ITEM = _re(
    rf"(?<=[\u4e00-\u9fff，,（(])(?<!第)([0-9]{{1,2}}|[{_DIGITS}]{{1,3}})"
    rf"(?:{alternation(T['list_marks'])})$"
)
_LONE_MONTH_OR_DAY = _re(rf"(?:[0-9]{{1,2}}|[{_DIGITS}]{{1,3}})(?:月份?|日|号)")
#: Where a mention may start: a digit or one of the words the tables know.
_START_KEYS = (
    "relative_years", "context_years", "relative_months", "context_months", "relative_days",
    "context_days", "relative_weeks", "weekday_words", "holidays", "parts_of_day", "vague",
    "centuries_relative", "lunar_month_names", "year_periods", "half_months", "bounds_before",
    "lunar_prefixes", "lunar_holidays", "lunar_periods", "eras", "easter_holidays",
    "orthodox_prefixes", "orthodox_holidays", "islamic_holidays", "islamic_months",
    "hebrew_holidays", "common_era", "weekday_holidays", "solar_terms", "relative_pairs",
    "five_year_plans", "relative_seasons", "half_weeks", "halves", "bracketed_days",
    "relative_half_years", "events_since", "event_prefixes",
)  # fmt: skip
_START_WORDS = [word for key in _START_KEYS for word in T[key]]


def _by_first_character(words: Sequence[str]) -> str:
    """A regex matching any of ``words``, one branch per first character (开(?:斋节|…)), so
    that the scan for starts tries one branch where a character begins some word, not all."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{re.escape(first)}(?:{alternation(rest)})" for first, rest in rests.items())


_STARTS = _re(
    rf"[0-9{_DIGITS}]|月|{_by_first_character(_START_WORDS)}"
    rf"|(?:{alternation(T['counted_before'])})(?=[0-9{_DIGITS}])"
    rf"|(?:{alternation(T['halves_counted_before'])})(?=半)"
    rf"|(?:{alternation(T['fiscal_relative'])})(?={alternation(T['fiscal_years'])})"
    r"|FY|第(?=[一二三四1-4]财季)"
)


#: The day that places a week in a year or a month (ISO 8601).
_THURSDAY: Final = 4


class _Portion(NamedTuple):
    """Which units of a year or a month a mention means: the ``number`` first, last or Nth
    (``which``) days, weeks or months, or its last or Nth ``weekday`` (1 Monday .. 7 Sunday)."""

    which: str  # first, last, nth
    number: int
    unit: str  # day, week, month
    weekday: int | None = None

    @property
    def granularity(self) -> str:
        return "day" if self.weekday is not None else self.unit


def _number(text: str) -> int | None:
    numeral = parse_numeral(text)
    if numeral is None or numeral.upper is not None or not isinstance(numeral.value, int):
        return None
    return numeral.value


@dataclass(frozen=True)
class _Chain:
    """What a mention says, before it is resolved; None where it says nothing."""

    start: int
    end: int
    year: int | None = None
    year_offset: int | None = None  # 去年: -1 from the reference year
    year_from_context: int | None = None  # 同年 0, 上年 -1 from the last year mentioned
    period: str | None = None  # 年底, 第一季度, 春
    portion: _Portion | None = None  # 前10个月, 第一周, 最后一个星期一: part of the year or month
    month: int | None = None
    month_offset: int | None = None  # 上个月
    month_from_context: int | None = None  # 当月 0, 上月 -1 from the last month mentioned
    xun: str | None = None  # 上旬, 月底
    day: int | None = None
    day_offset: int | None = None  # 昨天: -1 from the reference day
    day_from_context: int | None = None  # 当天 0, 次日 +1 from the last day mentioned
    part: str | None = None  # 晚, 下午
    hour: int | None = None
    minute: int | None = None
    next_day: bool = False  # 24时, 晚上12点: the clock time falls on the next day
    lunar: bool = False  # 农历, 正月, 初一: month and day of the lunar calendar
    after_easter: tuple[int, int] | None = None  # 复活节 (0, 0), 大斋期 (-46, -1): from Easter
    orthodox: bool = False  # 东正教复活节: the Orthodox Easter
    holiday: _Holiday | None = None  # 开斋节, 逾越节: a day of the Islamic or Hebrew calendar
    moving: str | None = None  # 母亲节, 清明节: a name of MOVING_HOLIDAYS
    eve: bool = False  # 2024年除夕: a twelfth-month holiday, named with the next lunar year
    around_lunar: tuple[int, int] | None = None  # 春运 (-15, 24): the days around the lunar day


@dataclass(frozen=True)
class _Found:
    """A resolved mention, with the fields a later list or range item may inherit."""

    start: int
    end: int
    first: str | None
    last: str | None
    granularity: str
    relative: bool
    year: int | None = None
    month: int | None = None
    day: dt.date | None = None
    #: False for 上年 and 上月: a year or month counted back from the one in question, which
    #: stays in question (2023年…比上年…比上年 compares both with 2022), so later words skip it.
    anchor: bool = True
    #: The Monday of a weekday's week (下周一), lent to a bare weekday after it in a list or
    #: range (下周一至周三, 下周一、周三).
    week: dt.date | None = None


def find_dates(text: str, reference: dt.date | None = None) -> list[DateMention]:
    """Every time expression in ``text``, resolved against ``reference`` where it needs one."""
    if reference is not None:
        check_reference(reference)
    folded = fold(text)
    found: list[_Found] = []
    last: _Found | None = None  # the latest mention that names a year, for 同年, 当月, 当天
    ends = [m.start() for m in _ENDS.finditer(folded)]  # where sentences end
    names = {  # 今日头条, 光明日报: no mention starts anywhere in them
        i: m.end() for m in _NOT_DATES.finditer(folded) for i in range(m.start(), m.end())
    }
    skipped: int | None = None  # where the last time that comes again ended
    position = 0
    while match := _STARTS.search(folded, position):
        start = match.start()
        if start in names:
            position = names[start]
            continue
        inside_number = start > 0 and folded[start] in _NUMERALS and folded[start - 1] in _NUMERALS
        if inside_number and not _MONTH.match(folded, start):
            position = start + 1  # the 十 of 九十点: only a month pair (七八月) starts in a number
            continue
        previous = found[-1] if found else None
        joined = previous is not None and (
            _joins(folded, previous.end, start)
            or (  # 下周二周三: the second weekday is in the first's week
                previous.end == start
                and previous.week is not None
                and folded.startswith(_WEEKDAY_WORDS, start)
            )
        )
        context = previous if joined else None
        in_sentence = last is not None and bisect_left(ends, last.end) == bisect_left(ends, start)
        if previous and previous.end == start and (around := _days_around(folded, previous)):
            found[-1] = around  # 国庆节前3天: the three days before the day just named
            position = around.end
            continue
        part = _lent_part(folded, previous, start)
        mention = _read(folded, start, reference, context, last, in_sentence, part)
        if mention is not None and inside_number:
            mention = _month_pair(folded, mention)  # 七八月; not the 十 of 九十点
            if (
                mention
                and previous
                and previous.end == mention.start
                and previous.granularity == "year"
            ):
                found.pop()  # 1997年七八月: one mention
                mention = replace(mention, start=previous.start, relative=previous.relative)
                previous = found[-1] if found else None
        if mention is None:
            position = start + 1
            continue
        if (days_off := _break(folded, mention)) is not None:
            mention = days_off
            if previous and _break_holds(folded, previous, days_off):
                found.pop()  # 中秋国庆假期: two holidays of one break
                mention = replace(days_off, start=previous.start)
                previous = found[-1] if found else None
        mention = _day_of_days(folded, mention) or mention  # 国庆假期首日, 春运第三天
        if in_sentence and last is not None:  # 一季度……比去年同期: the first quarter of last year
            mention = _same_period(folded, mention, last) or mention
        start = mention.start
        repeated = _REPEATED.search(folded, max(0, start - _REPEATED_LENGTH), start)
        weekday = folded.startswith(_WEEKDAY_WORDS, start)
        some = weekday and _INDEFINITE.search(folded, max(0, start - _INDEFINITE_LENGTH), start)
        if (
            repeated
            or some
            or (
                skipped is not None
                and (
                    start == skipped
                    or folded[skipped:start] == _OF
                    or _joins(folded, skipped, start)
                )
            )
        ):
            # 每年3月, 每日9:00-17:00, 一个周日的下午: no one date
            position = skipped = mention.end
            continue
        nth = weekday and _UNNAMED_NTH.search(folded, max(0, start - _UNNAMED_NTH_LENGTH), start)
        if nth:
            start = nth.start()
            mention = replace(mention, start=start, first=None, last=None, relative=True)
        ranged = joined and previous and _RANGE.fullmatch(folded[previous.end : start].strip())
        between = joined and previous and _BETWEEN.match(folded, mention.end)
        if ranged and previous and (both := _range(previous, mention)):
            found[-1] = both
        elif between and previous and (both := _range(previous, mention)):  # 三月和九月之间
            found[-1] = replace(both, end=between.end())
        elif (
            previous
            and previous.end == start
            and previous.day
            and mention.day == previous.day
            and (previous.first is None) == (previous.last is None)  # not 7号以后 + 7号
        ):
            # 周三 + 下午3时: one mention; 周一至周五 + 9时 runs from Monday to Friday's 9 o'clock
            spans = previous.first is not None and previous.first[:10] != (previous.last or "")[:10]
            found[-1] = replace(
                mention, start=previous.start, first=previous.first if spans else mention.first
            )
            if previous.first is None and previous.last is None:  # 最后一个周三下午: unnamed
                found[-1] = replace(found[-1], first=None, last=None)
        elif (
            previous
            and previous.end == start
            and previous.day
            and _CONTEXT_DAY.match(folded, start)
        ):
            # 耶稣受难日翌日, 国庆节前一天: the day counted from the one just named, one mention
            found[-1] = replace(mention, start=previous.start, relative=previous.relative)
        elif (
            previous and previous.granularity == "day" and _weekday_after(folded, previous, mention)
        ):  # 10月12号，星期一, 12月5日（星期五）: the weekday confirms
            closing = folded[previous.end : start] == "(" and folded.startswith(")", mention.end)
            found[-1] = replace(previous, end=mention.end + closing)
        elif previous and _bracketed_same(folded, previous, mention):
            # 今天（12日）, 本周六（4月12日）: the date in brackets names the same day
            found[-1] = replace(previous, end=mention.end + 1)
        elif (
            previous
            and previous.end == start
            and previous.granularity == mention.granularity == "season"
            and (both := _range(previous, mention))
        ):
            found[-1] = both  # 今冬明春: from this winter to next spring
        elif (bare := _bare_start(folded, mention, previous, part)) is not None:
            if bare.start < mention.start and previous and previous.end == bare.start:
                found.pop()  # 2023年4月11至12日: the month and the bare day go into one range,
                mention = (  # in 2023
                    _read(folded, start, reference, previous, last, in_sentence, part) or mention
                )
                bare = _bare_start(folded, mention, None, part) or bare
                bare = replace(bare, start=previous.start)
            found.append(_range(bare, mention) or mention)
        else:
            if (item := _bare_item(folded, mention, previous)) is not None:
                coarser = "year" if item.granularity == "month" else "month"
                if previous and previous.end == item.start and previous.granularity == coarser:
                    found.pop()  # 2023年7、8月, 5月3、4日: the year or month is the first item's
                    item = replace(item, start=previous.start, relative=previous.relative)
                found.append(item)
            found.append(mention)
        found[-1] = _remainder(folded, found[-1], reference) or _bounded(
            folded, found[-1], found[-2].end if len(found) > 1 else 0
        )
        if len(found) > 1 and _closes(found[-2], found[-1]):  # 2010年之后2018年之前
            low, high = found[-2], found.pop()
            found[-1] = replace(high, start=low.start, first=low.first)
        last = found[-1] if found[-1].year is not None and found[-1].anchor else last
        position = found[-1].end
    named = titles(folded)
    return [
        DateMention(
            text[f.start : f.end], f.start, f.end, f.first, f.last, f.granularity, f.relative
        )
        for f in found
        if not (f.relative and named.holds(f.start, f.end))  # 《费卢杰六日》; not 《2009年报告》
    ]


def _month_pair(folded: str, month: _Found) -> _Found | None:
    """七八月, 三四月份: a month with the digit of the month before it, read from the one to the
    other; any other mention that would start inside a Chinese number is none."""
    digit = _number(folded[month.start - 1])
    before = folded[month.start - 2 : month.start - 1]
    if (
        month.granularity != "month"
        or month.first is None
        or digit is None
        or int(month.first[5:7]) != digit + 1
        or (before and before in _NUMERALS)
    ):
        return None
    return replace(month, start=month.start - 1, first=f"{month.first[:5]}{digit:02d}-01")


def _weekday_after(folded: str, day: _Found, mention: _Found) -> bool:
    """Whether ``mention`` is a bare weekday right after ``day`` (10月12号，星期一), which is
    no weekday itself (周二周三 is two days)."""
    between = folded[day.end : mention.start]
    return (
        between in ("", "，", ",", " ", "(")
        and bool(_BARE_WEEKDAY.fullmatch(folded, mention.start, mention.end))
        and day.week is None
    )


def _official_day(folded: str, mention: _Found) -> dt.date | None:
    """The day of a mention that ends in one of China's public holidays (国庆, 2025年春节), if
    it is one day with no time."""
    if (
        mention.granularity != "day"
        or mention.first is None
        or mention.first != mention.last
        or not _OFFICIAL_HOLIDAY_END.search(folded, mention.start, mention.end)
    ):
        return None
    return dt.date.fromisoformat(mention.first)


def _break(folded: str, mention: _Found) -> _Found | None:
    """五一假期, 国庆黄金周: the days off the State Council set around a public holiday, where
    ``official_breaks`` has the year (2025's 五一假期 is May 1 to 5), as one mention."""
    cue = _BREAK_CUE.match(folded, mention.end)
    day = _official_day(folded, mention) if cue else None
    if cue is None or day is None:
        return None
    for first, last in _BREAKS:
        if first <= day <= last:
            return replace(mention, end=cue.end(), first=first.isoformat(), last=last.isoformat())
    return None


def _day_of_days(folded: str, days: _Found) -> _Found | None:
    """国庆假期首日, 五一假期第三天, 春运最后一天: one day of a named run of days, counted from
    its first (or, for ``days_of_period`` words below zero, from its last)."""
    match = _DAY_OF_DAYS.match(folded, days.end)
    if (
        match is None
        or days.granularity != "day"
        or days.first is None
        or days.last is None
        or not _NAMED_DAYS_END.search(folded, days.start, days.end)
    ):
        return None
    nth = T["days_of_period"][match[1]] if match[1] else _number(match[2])
    if not nth:
        return None
    first, last = dt.date.fromisoformat(days.first), dt.date.fromisoformat(days.last)
    day = first + dt.timedelta(days=nth - 1) if nth > 0 else last + dt.timedelta(days=nth + 1)
    if not first <= day <= last:
        return None
    return replace(days, end=match.end(), first=day.isoformat(), last=day.isoformat(), day=day)


def _same_period(folded: str, year: _Found, period: _Found) -> _Found | None:
    """去年同期, 上年同期, 2024年同期: ``period``, the span named last in the sentence, moved
    to the year that ``year`` names (a day that year lacks, February 29, becomes the 28th)."""
    if (
        not folded.startswith(T["same_period"], year.end)
        or year.granularity != "year"
        or year.first is None
        or period.granularity in ("year", "decade", "century")
        or (period.first is None and period.last is None)
    ):
        return None
    shift = int(year.first[:4]) - int((period.first or period.last or "")[:4])

    def moved(iso: str | None) -> str | None:
        if iso is None:
            return None
        day = dt.date.fromisoformat(iso[:10])
        return day_in(day.year + shift, day.month, day.day).isoformat() + iso[10:]

    first, last = moved(period.first), moved(period.last)
    end = year.end + len(T["same_period"])
    granularity = period.granularity  # relative: the span is read from another mention
    return replace(year, end=end, first=first, last=last, granularity=granularity, relative=True)


def _break_holds(folded: str, holiday: _Found, days_off: _Found) -> bool:
    """Whether ``holiday``, right before the break ``days_off``, is a public holiday whose day
    falls in it (the 中秋 of 中秋国庆假期, in a year they share one)."""
    day = _official_day(folded, holiday) if holiday.end == days_off.start else None
    return day is not None and (days_off.first or "") <= day.isoformat() <= (days_off.last or "")


def _days_around(folded: str, day: _Found) -> _Found | None:
    """前3天, 后两天 or 前一周 right after a day or days: the days before or after them
    (国庆节前3天 is September 28 to 30, 国庆节前一周 September 24 to 30), as 前3天 alone is the
    three days before the reference's."""
    around = _DAYS_AROUND.match(folded, day.end)
    count = _number(around[2]) if around else None
    if around is None or not count or day.day is None or day.first is None or day.last is None:
        return None
    days = count * T["days_around_units"][around[3]]
    if T["days_around"][around[1]] < 0:
        anchor, low, high = day.first, -days, -1
    else:
        anchor, low, high = day.last, 1, days  # 国庆假期后两天: after the break's last day
    first, last = (dt.date.fromisoformat(anchor[:10]) + dt.timedelta(days=n) for n in (low, high))
    return replace(day, end=around.end(), first=first.isoformat(), last=last.isoformat(), day=None)


def _bracketed_same(folded: str, previous: _Found, mention: _Found) -> bool:
    """Whether ``mention`` stands alone in brackets right after ``previous`` and names the
    same span (今天（12日）, 本周六（4月12日）, 今年（2025年）)."""
    return (
        previous.first is not None
        and folded[previous.end : mention.start] == "("
        and folded.startswith(")", mention.end)
        and (mention.first, mention.last) == (previous.first, previous.last)
    )


def _joins(folded: str, end: int, start: int) -> bool:
    between = folded[end:start].strip()
    return bool(between) and bool(_RANGE.fullmatch(between) or _LIST.fullmatch(between))


def _read(
    folded: str,
    start: int,
    reference: dt.date | None,
    context: _Found | None,
    last: _Found | None,
    in_sentence: bool,
    part: str | None = None,
) -> _Found | None:
    """The longest mention starting at ``start``; of two as long, the earlier listed: 前一天 is
    the day before the one just named (a chain), not the last day before the reference.
    Where no list or range goes on, the latest mention in the same sentence (``in_sentence``)
    lends a month or day its year and month as one would (2025年春运从1月14日开始; 3月5日开幕，
    12日闭幕), marking it relative: what it lends is read from another mention. 上年 and 上月
    count from a mention of another sentence only after a comparison (比上年). A clock time
    is read in ``part``, a part of the day it ends a range in (下午2至4点)."""
    after_clock = context is not None and context.granularity in ("hour", "minute")
    lent_week = context.week if context is not None else None
    chain = _chain(folded, start, after_clock, part)
    if (
        not in_sentence
        and _DEICTIC.match(folded, start)
        and not _COMPARED.search(folded, max(0, start - _COMPARED_LENGTH), start)
    ):
        last = None  # 上月，他宣布退休: the month before the reference's
    since = last.year if in_sentence and last is not None and not last.relative else None
    if context is None and in_sentence and last is not None:
        context = replace(last, relative=True)
    candidates = [
        _iso(folded, start),
        _decade_or_century(folded, start, reference),
        _week(folded, start, reference, lent_week),
        _vague(folded, start),
        _fiscal(folded, start),
        _pair(folded, start, reference),
        _five_year_plan(folded, start),
        _resolve_chain(chain, reference, context, last) if chain else None,
        _counted(folded, start, reference, since),
        _half(folded, start, reference, since),
        _same_day(folded, start, reference),
        _relative_half_year(folded, start, reference),
        _year_span(folded, start),
        _event(folded, start),
        _before_common_era(folded, start),
    ]
    return max((c for c in candidates if c is not None), key=lambda c: c.end, default=None)


def event_names(text: str) -> list[tuple[int, int]]:
    """Where the events that dates are counted from are named (the 中共十五大 and 香港回归 of
    中共十五大以来, 香港回归以来): the names in them belong to the entities, not to the date."""
    return [match.span() for match in _EVENT_SINCE.finditer(fold(text))]


def _before_common_era(folded: str, start: int) -> _Found | None:
    """公元前221年, 公元前5世纪, 公元前6600年至7600年: years or a century before the common
    era, a date with no bounds (both null: ISO years here start at 1), where 前 would otherwise
    read as "before" and the years as ours."""
    match = _BC.match(folded, start)
    if match is None:
        return None
    return _Found(start, match.end(), None, None, "year" if match[1] else "century", False)


def _event(folded: str, start: int) -> _Found | None:
    """党的十八大, 改革开放, 新中国成立 before 以来: the day the event began, which the bound
    after it opens (党的十八大以来 runs from 2012-11-08)."""
    match = _EVENT_SINCE.match(folded, start)
    if match is None:
        return None
    day = dt.date.fromisoformat(T["events_since"][match[1]])
    iso = day.isoformat()
    return _Found(start, match.end(), iso, iso, "day", False, day.year, day.month, day)


def _pair(folded: str, start: int, reference: dt.date | None) -> _Found | None:
    """今明两天, 明后年: two days or two years from the reference."""
    match = _RELATIVE_PAIR.match(folded, start)
    if match is None:
        return None
    unit, low, high = T["relative_pairs"][match.group()]
    if reference is None:
        return _Found(start, match.end(), None, None, unit, True)
    if unit == "year":
        return _years(start, match.end(), reference.year + low, reference.year + high, unit, True)
    first, last = (reference + dt.timedelta(days=n) for n in (low, high))
    return _Found(start, match.end(), first.isoformat(), last.isoformat(), unit, True)


def _five_year_plan(folded: str, start: int) -> _Found | None:
    """十四五: the five years of a plan (2021 to 2025)."""
    match = _FIVE_YEAR_PLAN.match(folded, start)
    if match is None:
        return None
    first = T["five_year_plans"][match.group()]
    return _years(start, match.end(), first, first + 4, "year", False)


def _iso(folded: str, start: int) -> _Found | None:
    """2025-04-12, 2025/4/12, 2025.4.12 (with a clock time after it), and 1968.12, a month."""
    match = _ISO.match(folded, start)
    if match is None:
        if dotted := _DOTTED_MONTH.match(folded, start):
            year, number = int(dotted[1]), int(dotted[2])
            first, last = month_span(year, number)
            return _Found(
                start,
                dotted.end(),
                first.isoformat(),
                last.isoformat(),
                "month",
                False,
                year,
                number,
            )
        return None
    year, month, day = int(match[1]), int(match[3]), int(match[4])
    if day > month_end(year, month):
        return None
    date = dt.date(year, month, day)
    found = _Found(
        start, match.end(), date.isoformat(), date.isoformat(), "day", False, year, month, date
    )
    clock = re.match(r"\s?", folded[match.end() :])
    hhmm = _HHMM.match(folded, match.end() + (clock.end() if clock else 0))
    if hhmm:
        time = f"{date.isoformat()}T{int(hhmm[1]):02d}:{hhmm[2]}"
        found = replace(found, end=hhmm.end(), first=time, last=time, granularity="minute")
    return found


def _chain(
    folded: str, start: int, after_clock: bool = False, part: str | None = None
) -> _Chain | None:
    """Read year, month, day, part of day and clock time in that order, each optional; a bare
    X点 is a clock time ``after_clock`` (晚7点到9点). A clock time that starts the chain is read
    in the lent ``part`` of the day (the 4点 of 下午2至4点)."""
    chain = _Chain(start, start)
    position = start
    match = (
        None if _LUNAR_HOLIDAY.match(folded, position) else _LUNAR_PREFIX.match(folded, position)
    )
    if match:  # 农历2015年十月初一, but 农历新年 is a holiday
        chain, position = replace(chain, lunar=True), match.end()
    body = position
    positional = _POSITIONAL_YEAR.match(folded, position)
    written = _number(positional[1]) if positional else None
    if (
        positional
        and written
        and 1000 <= written <= 2999
        and _MONTH.match(folded, positional.end())
    ):
        chain, position = replace(chain, year=written), positional.end()  # 两千零四年八月
    elif match := _ERA_YEAR.match(folded, position):  # 康熙三年
        count = 1 if match[2] == "元" else _number(match[2])
        if count is None:
            return None
        year, lunar_era = T["eras"][match[1]] + count - 1, match[1] not in T["solar_eras"]
        chain = replace(chain, year=year, lunar=chain.lunar or lunar_era)
        position = match.end()
    elif match := _YEAR.match(folded, position) or _AD_YEAR.match(folded, position):
        year = _number(match[1])
        if not year:  # 公元0年
            return None
        if len(match[1]) == 2:  # 08年, 18年10月: this century unless that is far ahead
            year += 2000 if year < 50 else 1900
        low, high = T["bare_minguo_years"]
        if match.re is _YEAR and match[1].isdigit() and low <= year <= high:
            year += T["eras"]["民国"] - 1  # 114年3月5日: Taiwan's year without 民国
        chain, position = replace(chain, year=year), match.end()
        if folded.startswith(" ", position) and _MONTH.match(folded, position + 1):
            position += 1  # 2018年 12月
    elif match := _REL_SEASON.match(folded, position):
        offset, season = T["relative_seasons"][match.group()]
        return replace(chain, year_offset=offset, period=season, end=match.end())
    elif match := _REL_YEAR.match(folded, position):
        word = match.group()
        if word in T["relative_years"]:
            chain = replace(chain, year_offset=T["relative_years"][word])
        else:
            chain = replace(chain, year_from_context=T["context_years"][word])
        position = match.end()
    has_year = position > body
    if has_year and (portion := _portion(folded, position, ("day", "week", "month"))):
        return replace(chain, portion=portion[0], end=portion[1])  # 今年前10个月, 2021年第一周
    if has_year:  # 2022年底: the period may start with the year's 年
        match = _YEAR_PERIOD.match(folded, position) or _YEAR_PERIOD.match(folded, position - 1)
        holiday = _LUNAR_HOLIDAY.match(folded, position) or _MOVING_HOLIDAY.match(folded, position)
        if match and match.end() > position and not holiday:
            return replace(chain, period=match.group(), end=match.end())  # not 去年中秋节, 冬至
    elif match := _LONE_YEAR_PERIOD.match(folded, position):  # 年底, 上半年: this year's
        return replace(chain, period=match.group(), year_from_context=0, end=match.end())
    elif match := _LONE_MONTH_PERIOD.match(folded, position):  # 月底: this month's
        return replace(chain, xun=match[1] or match[2], month_from_context=0, end=match.end())
    prefix = _LUNAR_PREFIX.match(folded, position) if has_year else None
    if prefix and (
        _MONTH.match(folded, prefix.end()) or _LUNAR_HOLIDAY.match(folded, prefix.end())
    ):
        chain, position = replace(chain, lunar=True), prefix.end()  # 2015年农历正月初一
    if match := _LUNAR_HOLIDAY.match(folded, position):  # 春节, 中秋节, 除夕
        month, day = T["lunar_holidays"][match.group()]
        chain = replace(chain, month=month, day=day, eve=month == 12 and not chain.lunar)
        chain, position = replace(chain, lunar=True), match.end()
    elif match := _LUNAR_PERIOD.match(folded, position):  # 春运
        month, day, low, high = T["lunar_periods"][match.group()]
        return replace(
            chain, month=month, day=day, lunar=True, around_lunar=(low, high), end=match.end()
        )
    elif match := _EASTER_HOLIDAY.match(folded, position):
        orthodox = match[1] is not None or match[2] in T["orthodox_holidays"]
        return replace(
            chain, after_easter=EASTER_DAYS[match[2]], orthodox=orthodox, end=match.end()
        )
    elif match := _CALENDAR_HOLIDAY.match(folded, position):  # 开斋节, 逾越节, 斋月
        return replace(chain, holiday=CALENDAR_HOLIDAYS[match.group()], end=match.end())
    elif match := _MOVING_HOLIDAY.match(folded, position):  # 母亲节, 清明节
        chain, position = replace(chain, moving=match.group()), match.end()
    elif match := _HOLIDAY.match(folded, position) or _CUED_HOLIDAY.match(folded, position):
        month, day = HOLIDAYS[match.group()]
        chain, position = replace(chain, month=month, day=day), match.end()
    elif match := _MONTH.match(folded, position):
        lunar_month = T["lunar_month_names"].get(match[1])
        month = lunar_month or _number(match[1])
        if month is None or not 1 <= month <= 12:
            return None
        chain = replace(chain, month=month, lunar=chain.lunar or bool(lunar_month))
        position = match.end()
    elif match := _REL_MONTH.match(folded, position):
        word = match.group()
        if word in T["relative_months"]:
            chain = replace(chain, month_offset=T["relative_months"][word])
        else:
            chain = replace(chain, month_from_context=T["context_months"][word])
        position = match.end()
    has_month = (
        chain.month is not None
        or chain.month_offset is not None
        or chain.month_from_context is not None
    )
    lunar_day = _LUNAR_DAY.match(folded, position)
    if has_month and chain.day is None and lunar_day and (chain.lunar or lunar_day[0][0] == "初"):
        day = _number(lunar_day[0].removeprefix("初"))  # 十月初一, 正月十五
        chain, position = replace(chain, day=day, lunar=True), lunar_day.end()
    elif has_month and chain.day is None:
        if not chain.lunar and (portion := _portion(folded, position, ("day", "week"))):
            return replace(chain, portion=portion[0], end=portion[1])  # 十月的第一周
        if match := _MONTH_PERIOD.match(folded, position):
            return replace(chain, xun=match.group(), end=match.end())
        bare = _BARE_DAY.match(folded, position) or _BARE_DIGIT_DAY.match(folded, position)
        if match := _DAY.match(folded, position) or bare:
            chain, position = replace(chain, day=_number(match[1])), match.end()
    elif not has_year and not has_month:
        if match := _lone_day(folded, position):
            chain, position = replace(chain, day=_number(match[1])), match.end()
        elif match := _BRACKETED_DAY.match(folded, position):
            chain, position = replace(chain, day=int(match[1])), match.end()
        elif match := _REL_DAY.match(folded, position):
            word = match.group()
            if word in T["relative_days"]:
                chain = replace(chain, day_offset=T["relative_days"][word])
            else:
                chain = replace(chain, day_from_context=T["context_days"][word])
            part = (
                "晚" if word in T["evening_days"] else "早" if word in T["morning_days"] else None
            )
            chain, position = replace(chain, part=part), match.end()
    has_day = (
        chain.day is not None or chain.day_offset is not None or chain.day_from_context is not None
    )
    if (
        (match := _PART.match(folded, position))
        and chain.part is None
        and _part_ends(folded, match)
    ):
        word = match.group()
        single = word in T["single_char_parts"]
        if not single or has_day or _CLOCK.match(folded, match.end()):
            chain, position = replace(chain, part=word), match.end()
    if part is not None and position == start:
        chain = replace(chain, part=part)
    chain, position = _clock(folded, chain, position, after_clock)
    if position == start:
        return None
    if (chain.part or chain.hour is not None) and not (has_day or has_month or has_year):
        chain = replace(chain, day_from_context=0)  # 下午3时 alone: the day in question
    return replace(chain, end=position)


def _lone_day(folded: str, position: int) -> re.Match[str] | None:
    """A day of the month with no month before it (12日, 3号), but not a name's number (神舟
    十二号), a house, an exit or a hall (唐宁街10号, 1号出口), a trip (七日游), a length (时隔一日,
    3日内), nor 一日 alone, as often "one day" (有一日, 一日一囧) unless a part of the day
    follows it (一日上午)."""
    match = _DAY.match(folded, position)
    if (
        match is None
        or _NAME_NUMBER.fullmatch(match[0])
        or (
            match[0].endswith("号")
            and (
                _after(folded, position, T["house_numbers_after"])
                or bool(_NUMBERED.match(folded, match.end()))
                or _quoted_name(folded, position, match.end())
            )
        )
        or _TRIP.match(folded, match.end())
        or folded.endswith(_SPAN_WORDS, 0, position)
        or _WITHIN.match(folded, match.end())
        or (match[0] == "一日" and not _PART.match(folded, match.end()))
    ):
        return None
    return match


def _quoted_name(folded: str, start: int, end: int) -> bool:
    """Whether a number with 号 ends a quoted name, right after a Chinese character and right
    before the closing quote (“中星7号”, a satellite)."""
    return (
        end < len(folded)
        and folded[end] in T["quoted_name_ends"]
        and start > 0
        and "\u4e00" <= folded[start - 1] <= "\u9fff"
    )


def _after(folded: str, position: int, characters: str) -> bool:
    """Whether the character before ``position`` is one of ``characters`` (唐宁街10号: 街)."""
    return position > 0 and folded[position - 1] in characters


def _begins_word(folded: str, position: int, blocked: str) -> bool:
    """Whether the character at ``position`` is one of ``blocked``, the characters that make
    what ends there the start of another word (the 会 of 晚会, the 往 of 前往)."""
    following = folded[position : position + 1]
    return bool(following) and following in blocked


def _part_ends(folded: str, part: re.Match[str]) -> bool:
    """Whether a part of the day ends where it is found: 晚 of 晚些时候 or 晚会 begins a word."""
    return not _begins_word(folded, part.end(), T["single_char_parts_not_before"].get(part[0], ""))


def _portion(folded: str, position: int, units: Sequence[str]) -> tuple[_Portion, int] | None:
    """的前2周, 最后三天, 第一周, 最后一个星期一 after a year or a month (whose ``units`` it may
    count), and where it ends."""
    if match := _NTH_WEEKDAY.match(folded, position):
        which = _which(match[1])
        count = _number(match[2]) if match[2] else 1
        if which != "first" and count and (which == "nth" or count == 1):  # not 最后两个周三
            return _Portion(which, count, "day", T["weekdays"][match[3]]), match.end()
    match = _PORTION.match(folded, position)
    count = _number(match[2]) if match else None
    if match and count and (unit := T["counted_units"][match[3]]) in units:
        return _Portion(_which(match[1]), count, unit), match.end()
    return None


def _which(word: str) -> str:
    """前, 最后 or 第: the first units of a period, its last, or its Nth."""
    if word in T["first_of_period"]:
        return "first"
    return "last" if word in T["last_of_period"] else "nth"


def _clock(
    folded: str, chain: _Chain, position: int, after_clock: bool = False
) -> tuple[_Chain, int]:
    """3时, 下午3点半, 八点一刻, 15:30; a bare X点 needs a part of day, a day, 钟/半/分/刻 or a
    clock time it ends a range with to be a time."""
    if match := _HHMM.match(folded, position):
        hour, end = int(match[1]), match.end()
        if meridiem := _MERIDIEM.match(folded, end):
            hour, end = hour % 12 + T["meridiem"][meridiem[1]], meridiem.end()
        else:
            hour = _in_part(chain.part, hour)  # 下午3:15
        return replace(chain, hour=hour % 24, minute=int(match[2]), next_day=hour >= 24), end
    match = _CLOCK.match(folded, position)
    if match is None:
        return chain, position
    hours = _number(match[1])
    if hours is None or hours > 24:
        return chain, position
    hour = hours
    anchored = (
        after_clock
        or chain.part
        or chain.day is not None
        or chain.day_offset is not None
        or chain.day_from_context is not None
    )
    marked = match[3] or match[4] or match[5]
    if not anchored and not marked and not (match[2] == "时" and match[1].isdigit()):
        return chain, position  # 三点意见: points, not o'clock
    minute = _number(match[3]) if match[3] else T["hour_fractions"].get(match[4])
    end = match.end()
    if (
        minute is None
        and match[2] == "点"
        and anchored
        and (bare := _BARE_MINUTE.match(folded, end))
    ):
        minute, end = _number(bare[1]), bare.end()  # 下午三点十五, 三点零五
    if hours == 24 and minute is None:
        minute = 0  # 24时 is the instant the day ends, not an hour of the next
    hour = _in_part(chain.part, hour)
    return replace(chain, hour=hour % 24, minute=minute, next_day=hour >= 24), end


def _in_part(part: str | None, hour: int) -> int:
    """The hour (0 to 28) a written hour is in a part of the day: 下午3点 is 15, 晚上12点 24
    (the midnight that ends the day, as 24时 is), 晚上1点 25 (1:00 of the next day), 凌晨12点
    0."""
    if part in T["midnight_parts"] and (hour == 12 or 1 <= hour <= T["after_midnight_hours"]):
        return 24 + hour % 12
    if hour == 12 and part in T["small_hours_parts"]:
        return 0
    return hour + 12 if part in T["afternoon_parts"] and hour < 12 else hour


def _resolve_chain(
    chain: _Chain, reference: dt.date | None, context: _Found | None, last: _Found | None
) -> _Found | None:
    """A chain resolved, marked as no anchor for later words when it counts back from the
    year or month in question (上年, 上月)."""
    found = _resolve(chain, reference, context, last)
    back = min(chain.year_from_context or 0, chain.month_from_context or 0) < 0
    return replace(found, anchor=False) if found is not None and back else found


def _resolve(
    chain: _Chain, reference: dt.date | None, context: _Found | None, last: _Found | None
) -> _Found | None:
    """Calendar bounds of a chain: from its own fields, the list or range it continues or the
    mention of its sentence that lends it a year (``context``), the latest mention before it
    (``last``: 当天, 同年) or the reference date."""
    relative = False
    day: dt.date | None = None
    if chain.day_from_context is not None:
        base = (last.day if last else None) or reference
        relative = True
        if base is None:
            return _unresolved(chain, "day" if chain.part is None else "part_of_day")
        day = base + dt.timedelta(days=chain.day_from_context)
    elif chain.day_offset is not None:
        relative = True
        if reference is None:
            return _unresolved(chain, "day")
        day = reference + dt.timedelta(days=chain.day_offset)
    year = chain.year
    if chain.year_offset is not None or chain.year_from_context is not None:
        relative = True
        base_year = last.year if chain.year_from_context is not None and last else None
        if base_year is None and reference is not None:
            base_year = reference.year
        if base_year is None:
            return _unresolved(chain, "year")
        year = base_year + (chain.year_offset or chain.year_from_context or 0)
    if chain.after_easter is not None:
        return _resolve_easter(chain, chain.after_easter, year, reference)
    if chain.holiday is not None:
        return _resolve_calendar_holiday(chain, chain.holiday, year, reference)
    if chain.moving is not None:
        return _resolve_moving_holiday(chain, chain.moving, year, reference)
    if chain.lunar and chain.month is not None:  # 农历2015年 alone is a Gregorian year
        return _resolve_lunar(chain, chain.month, year, reference)
    month = chain.month
    if chain.month_offset is not None or chain.month_from_context is not None:
        relative = True
        shift = chain.month_offset or chain.month_from_context or 0
        if chain.month_from_context is not None and last and last.year and last.month:
            year, month = shift_month(year or last.year, last.month, shift)
        elif reference is None:
            return _unresolved(chain, "month")
        else:
            year, month = shift_month(reference.year, reference.month, shift)
    if day is None and chain.day is not None:
        if month is None:  # 12日: month and year from the list, else the nearest to the reference
            if context and context.month and context.year:
                year, month = context.year, context.month
                relative = relative or context.relative
            elif reference is not None:
                nearest = nearest_month(chain.day, reference)
                if nearest is None:
                    return None
                year, month = nearest
                relative = True
            else:
                return _unresolved(chain, "day", relative=True)
        if year is None:
            year = context.year if context and context.year else None
            relative = relative or bool(year and context and context.relative)
            if year is None and reference is not None:
                year, relative = nearest_year(month, chain.day, reference), True
            if year is None:
                return _unresolved(chain, "day", relative=True)
        if chain.day > month_end(year, month):  # 2019年2月29日: no such day
            return _unresolved(chain, "day", relative=relative) if chain.year else None
        day = dt.date(year, month, chain.day)
    if day is not None:
        return _day_bounds(chain, day, relative)
    if month is not None:
        if year is None:
            year = context.year if context and context.year else None
            relative = relative or bool(year and context and context.relative)
            if year is None and reference is not None:
                year, relative = nearest_year(month, None, reference), True
            if year is None:
                granularity = chain.portion.granularity if chain.portion else "month"
                return _unresolved(chain, granularity, relative=True)
        if chain.xun:
            low, high = T["month_periods"][chain.xun]
            bounds = day_in(year, month, low), day_in(year, month, high)
            whole = (low, high) == (1, 31)  # 月内
            return _period(chain, *bounds, "month" if whole else "xun", relative, year, month)
        bounds = month_span(year, month)
        if chain.portion:
            return _portion_bounds(chain, chain.portion, *bounds, relative, year)
        return _period(chain, *bounds, "month", relative, year, month)
    if year is None:
        return None
    if chain.portion:
        bounds = dt.date(year, 1, 1), dt.date(year, 12, 31)
        return _portion_bounds(chain, chain.portion, *bounds, relative, year)
    if chain.period:
        (m1, d1), (m2, d2), granularity = T["year_periods"][chain.period]
        return _period(
            chain, day_in(year, m1, d1), day_in(year, m2, d2), granularity, relative, year
        )
    return _period(chain, dt.date(year, 1, 1), dt.date(year, 12, 31), "year", relative, year)


def _period(
    chain: _Chain,
    first: dt.date,
    last: dt.date,
    granularity: str,
    relative: bool,
    year: int,
    month: int | None = None,
) -> _Found:
    first_iso, last_iso = first.isoformat(), last.isoformat()
    return _Found(chain.start, chain.end, first_iso, last_iso, granularity, relative, year, month)


def _portion_bounds(
    chain: _Chain, portion: _Portion, first: dt.date, last: dt.date, relative: bool, year: int
) -> _Found:
    """The part of the period from ``first`` to ``last`` that ``portion`` names. A week runs
    Monday to Sunday and belongs to the period that holds its Thursday, as ISO 8601 (GB/T 7408)
    numbers the weeks of a year: 2021年的第一周 is January 4 to 10, 2020年的第一周 2019-12-30 to
    2020-01-05."""
    days = [first + dt.timedelta(n) for n in range((last - first).days + 1)]
    if portion.weekday is not None:
        units = [(day, day) for day in days if day.isoweekday() == portion.weekday]
    elif portion.unit == "week":
        half = dt.timedelta(3)
        units = [(day - half, day + half) for day in days if day.isoweekday() == _THURSDAY]
    elif portion.unit == "month":
        units = [(day, day_in(day.year, day.month, 31)) for day in days if day.day == 1]
    else:
        units = [(day, day) for day in days]
    count = portion.number
    if count > len(units):  # 2021年的第六十周
        return _unresolved(chain, portion.granularity, relative)
    if portion.which == "first":
        picked = units[0][0], units[count - 1][1]
    elif portion.which == "last":
        picked = units[-count][0], units[-1][1]
    else:
        picked = units[count - 1]
    if portion.weekday is not None:
        return _day_bounds(chain, picked[0], relative)
    return _period(chain, *picked, portion.unit, relative, year)


def _resolve_lunar(
    chain: _Chain, month: int, year: int | None, reference: dt.date | None
) -> _Found | None:
    """农历十月初一, 正月, 春节 in ``year`` (written or relative), through the lunar calendar;
    without a year, the occurrence nearest the reference."""
    if year is not None:
        years: Sequence[int] = [year - 1 if chain.eve else year]  # 2024年除夕 ends lunar 2023
    else:
        years = range(reference.year - 2, reference.year + 2) if reference else []
    relative = chain.year is None
    if chain.day is None:
        spans = [span for y in years if (span := lunar.month_bounds(y, month))]
        if (found := closest(spans, reference)) is None:
            return _unresolved(chain, "month", relative)
        first, last = found
        return _period(chain, first, last, "month", relative, first.year, first.month)
    days = [(day, day) for y in years if (day := lunar.solar(y, month, chain.day))]
    if chain.around_lunar is not None:  # 春运: 15 days before the Spring Festival to 24 after
        low, high = (dt.timedelta(days=n) for n in chain.around_lunar)
        return _holiday_bounds(chain, [(day + low, day + high) for day, _ in days], reference)
    if (found := closest(days, reference)) is None:
        return _unresolved(chain, "day", relative)
    return _day_bounds(chain, found[0], relative)


def _resolve_easter(
    chain: _Chain, days: tuple[int, int], year: int | None, reference: dt.date | None
) -> _Found:
    """复活节, 东正教复活节, 耶稣受难日, 大斋期: from Easter Sunday of ``year`` (written or
    relative); without a year, the occurrence nearest the reference."""

    def in_year(year: int) -> Span:
        sunday = easter(year, EASTER_ORTHODOX) if chain.orthodox else easter(year, EASTER_WESTERN)
        return sunday + dt.timedelta(days[0]), sunday + dt.timedelta(days[1])

    return _holiday_bounds(chain, [in_year(y) for y in _years_near(year, reference)], reference)


def _resolve_calendar_holiday(
    chain: _Chain, holiday: _Holiday, year: int | None, reference: dt.date | None
) -> _Found:
    """开斋节, 逾越节, 斋月 in the Gregorian ``year`` (written or relative), through their own
    calendar; without a year, the occurrence nearest the reference. An Islamic year is shorter
    than a Gregorian one, so a Gregorian year may hold two: the one nearer the reference."""
    years, span = _CALENDARS[holiday.calendar]
    moves = dict(holiday.moves)
    spans = []
    for gregorian in _years_near(year, reference):
        for own in years(gregorian):
            if found := span(own, holiday.month, holiday.day, holiday.days):
                move = dt.timedelta(moves.get(found[0].isoweekday(), 0))
                first, last = found[0] + move, found[1] + move
                if first.year == gregorian:
                    spans.append((first, last))
    return _holiday_bounds(chain, spans, reference, "month" if holiday.day is None else "day")


def _resolve_moving_holiday(
    chain: _Chain, name: str, year: int | None, reference: dt.date | None
) -> _Found:
    """母亲节, 清明节 in ``year`` (written or relative); without a year, the occurrence nearest
    the reference."""
    rule = MOVING_HOLIDAYS[name]
    days = []
    for gregorian in _years_near(year, reference):
        if isinstance(rule, str):
            day = lunar.solar_term(gregorian, rule)
        else:
            day = nth_weekday(gregorian, *rule)
        if day is not None:
            days.append((day, day))
    return _holiday_bounds(chain, days, reference)


def _years_near(year: int | None, reference: dt.date | None) -> Sequence[int]:
    """The Gregorian years to look for a holiday in: the one written or implied, else those
    around the reference (none without one)."""
    if year is not None:
        return [year]
    return range(reference.year - 1, reference.year + 2) if reference else []


def _holiday_bounds(
    chain: _Chain, spans: Sequence[Span], reference: dt.date | None, granularity: str = "day"
) -> _Found:
    """The occurrence of a holiday nearest the reference: a day (narrowed by a part of the day
    or a clock time) or a period of days (大斋期, 光明节) or a month (斋月)."""
    relative = chain.year is None
    if (found := closest(spans, reference)) is None:
        return _unresolved(chain, granularity, relative)
    first, last = found
    if first == last:
        return _day_bounds(chain, first, relative)
    month = first.month if granularity == "month" else None
    return _period(chain, first, last, granularity, relative, first.year, month)


def _day_bounds(chain: _Chain, day: dt.date, relative: bool) -> _Found:
    """A day, narrowed by a part of the day or a clock time."""
    if chain.next_day:
        day += dt.timedelta(days=1)  # 12日晚12点 is 13日 00:00
    first = last = day.isoformat()
    granularity = "day"
    if chain.hour is not None:
        minute = f"{chain.minute:02d}" if chain.minute is not None else None
        first = f"{day.isoformat()}T{chain.hour:02d}:{minute or '00'}"
        last = f"{day.isoformat()}T{chain.hour:02d}:{minute or '59'}"
        granularity = "minute" if minute else "hour"
    elif chain.part:
        low, high = T["parts_of_day"][chain.part]
        first, last = f"{day.isoformat()}T{low}", f"{day.isoformat()}T{high}"
        granularity = "part_of_day"
    return _Found(
        chain.start, chain.end, first, last, granularity, relative, day.year, day.month, day
    )


def _unresolved(chain: _Chain, granularity: str, relative: bool = True) -> _Found:
    return _Found(chain.start, chain.end, None, None, granularity, relative)


def _week(
    folded: str, start: int, reference: dt.date | None, lent: dt.date | None = None
) -> _Found | None:
    """上周, 下周三, 周一, 星期天, 下半周; a bare weekday in the week ``lent`` by the weekday
    before it in a list or range (the 周三 of 下周一至周三)."""
    if half := _HALF_WEEK.match(folded, start):
        if reference is None:
            return _Found(start, half.end(), None, None, "week", True)
        low, high = (
            monday(reference, 0) + dt.timedelta(days=n - 1) for n in T["half_weeks"][half[0]]
        )
        return _Found(start, half.end(), low.isoformat(), high.isoformat(), "week", True)
    match = _WEEK.match(folded, start)
    if match is None or not (match[1] or match[2]):
        return None
    if (
        match[2]
        and not match[1]
        and folded.startswith("天", match.end())
        and folded[start - 1 : start] in _COUNTED_WEEK
    ):  # 一周六天 counts days; 周六天气 is Saturday's weather
        return None
    offset = T["relative_weeks"].get(match[1] or "", 0)
    weekday = T["weekdays"].get(match[2] or "")
    week_part = folded[match.end() : match.end() + 1]
    blocked = T["not_week_parts_before"].get(week_part, "")
    if (
        match[1]
        and not weekday
        and week_part in T["week_parts"]
        and not _begins_word(folded, match.end() + 1, blocked)
    ):  # 这周末, 下周初; not 本周初中生
        if reference is None:
            return _Found(start, match.end() + 1, None, None, "week", True)
        low, high = (
            monday(reference, offset) + dt.timedelta(days=n - 1) for n in T["week_parts"][week_part]
        )
        return _Found(start, match.end() + 1, low.isoformat(), high.isoformat(), "week", True)
    if reference is None:
        return _Found(start, match.end(), None, None, "day" if weekday else "week", True)
    week = lent if lent is not None and weekday and not match[1] else monday(reference, offset)
    if weekday:
        day = week + dt.timedelta(days=weekday - 1)
        part = _PART.match(folded, match.end())
        if (
            part
            and part[0] in T["single_char_parts"]
            and _part_ends(folded, part)
            and not _CLOCK.match(folded, part.end())
        ):
            found = _day_bounds(_Chain(start, part.end(), part=part[0]), day, True)  # 周五晚
            return replace(found, week=week)
        if weekday == 6 and folded.startswith("日", match.end()):
            sunday = day + dt.timedelta(days=1)  # 周六日: Saturday and Sunday
            return _Found(
                start, match.end() + 1, day.isoformat(), sunday.isoformat(), "day", True, week=week
            )
        return _Found(
            start,
            match.end(),
            day.isoformat(),
            day.isoformat(),
            "day",
            True,
            day.year,
            day.month,
            day,
            week=week,
        )
    last = week + dt.timedelta(days=6)
    return _Found(start, match.end(), week.isoformat(), last.isoformat(), "week", True)


def _decade_or_century(folded: str, start: int, reference: dt.date | None) -> _Found | None:
    """80年代, 1970年代, 上世纪80年代, 二十世纪六七十年代, 21世纪, 本世纪初."""
    century: int | None = None  # the century's first two digits: 19 for the 1900s
    relative = False
    position = start
    if match := _CENTURY.match(folded, start):
        if match[1]:
            relative = True
            if reference is None:  # 上世纪90年代: the span is known, the century is not
                decade = _DECADE.match(folded, match.end())
                end, granularity = (decade.end(), "decade") if decade else (match.end(), "century")
                return _Found(start, end, None, None, granularity, True)
            century = reference.year // 100 + T["centuries_relative"][match[1]]
        else:
            ordinal = _number(match[2])
            if ordinal is None or not 1 <= ordinal <= 40:
                return None
            century = ordinal - 1
        position = match.end()
    elif match := _CENTURY_DIGITS.match(folded, start):  # 1970年代
        century, position = int(match[1]), match.end()
    elif start and folded[start - 1].isdigit():
        return None  # the 70年代 of 1970年代, read from its start
    decade = _DECADE.match(folded, position)
    if decade is None:
        if century is None:
            return None
        first_year, last_year = century * 100 + 1, century * 100 + 100  # 21世纪: 2001-2100
        if part := _CENTURY_PART.match(folded, position):
            low, high = T["century_parts"][part.group()]
            first_year, last_year = century * 100 + low, century * 100 + high
            position = part.end()
        elif found := _portion(folded, position, ("year",)):  # 下世纪前十年: 2001 to 2010
            portion, position = found
            if portion.which == "first":
                last_year = first_year + portion.number - 1
            elif portion.which == "last":
                first_year = last_year - portion.number + 1
            else:
                first_year = last_year = first_year + portion.number - 1
            if last_year < first_year or portion.number > 100:
                return None
            return _years(start, position, first_year, last_year, "year", relative)
        return _years(start, position, first_year, last_year, "century", relative)
    tens = decade[1]
    if tens[0] in "一二三四五六七八九" and len(tens) == 3:  # 六七十年代: the sixties and seventies
        low, high = _number(tens[0] + "十"), _number(tens[1] + "十")
    else:
        low = high = _number(tens)
    if low is None or high is None or low % 10 or low >= 100:
        return None
    if century is None:  # the latest such decade that has begun by the reference year
        now = reference.year if reference else 2000 + 29
        century = (now - low) // 100
    first_year, last_year = century * 100 + low, century * 100 + high + 9
    if decade[2]:
        first_year, last_year = {
            "初": (first_year, first_year + 2),
            "中期": (first_year + 4, first_year + 6),
            "末": (last_year - 2, last_year),
        }[decade[2]]
    return _years(start, decade.end(), first_year, last_year, "decade", relative)


def _years(start: int, end: int, first: int, last: int, granularity: str, relative: bool) -> _Found:
    return _Found(start, end, f"{first:04d}-01-01", f"{last:04d}-12-31", granularity, relative)


def _counted(
    folded: str, start: int, reference: dt.date | None, since: int | None = None
) -> _Found | None:
    """前两天 (the two days before), 下三个月; 三天前 (the day three days ago), 两年后. Years
    after count from ``since``, a year written earlier in the sentence, where there is one
    (1992年患直肠癌，两年后又患了肺癌: 1994); years before still count from the reference, as
    news writes them (从1968年开始……4年前才开始有武术项目)."""
    span = _COUNTED_SPAN.match(folded, start)
    point = None if span else _COUNTED_POINT.match(folded, start)
    match = span or point
    if match is None:
        return None
    written = match[2] if span else match[1]
    count = _number(written)
    unit = T["counted_units"][match[3] if span else match[2]]
    if count is None or not 0 < count <= 1000 or written.startswith("0"):
        return None  # 07年以后 is the year 2007
    if point and match[2] in T["month_named_units"] and count <= 12 and written[0] != "两":
        return None  # 5月之后: after May, not five months on
    sign = T["counted_before"][match[1]] if span else T["counted_after"][match[3]]
    if not span and unit == "year" and since is not None and sign > 0:
        return _years(start, match.end(), since + sign * count, since + sign * count, unit, True)
    return _units_away(start, match.end(), reference, unit, sign * count, bool(span))


def _units_away(
    start: int, end: int, reference: dt.date | None, unit: str, offset: int, span: bool
) -> _Found:
    """The unit ``offset`` units from the reference's, or with ``span`` all the units from
    the reference's own to that one (前两天: the two days before the reference day)."""
    if reference is None:
        return _Found(start, end, None, None, unit, True)
    if span:
        low, high = (offset, -1) if offset < 0 else (1, offset)
        first, _ = _unit_bounds(reference, unit, low)
        _, last = _unit_bounds(reference, unit, high)
    else:
        first, last = _unit_bounds(reference, unit, offset)
    return _Found(start, end, first.isoformat(), last.isoformat(), unit, True)


def _same_day(folded: str, start: int, reference: dt.date | None) -> _Found | None:
    """去年今日: the day a year before the reference (28 February where it is the 29th)."""
    match = _SAME_DAY.match(folded, start)
    if match is None:
        return None
    if reference is None:
        return _Found(start, match.end(), None, None, "day", True)
    year = reference.year + T["relative_years"][match[1]]
    day = day_in(year, reference.month, reference.day).isoformat()
    return _Found(start, match.end(), day, day, "day", True)


def _relative_half_year(folded: str, start: int, reference: dt.date | None) -> _Found | None:
    """上个半年: January to June or July to December, the half before the reference's."""
    match = _RELATIVE_HALF_YEAR.match(folded, start)
    if match is None:
        return None
    if reference is None:
        return _Found(start, match.end(), None, None, "half", True)
    own = 1 if reference.month <= 6 else 7  # the first month of the reference's half
    year, month = shift_month(reference.year, own, 6 * T["relative_half_years"][match.group()])
    first, last = month_span(year, month, 6)
    return _Found(start, match.end(), first.isoformat(), last.isoformat(), "half", True)


def _half(
    folded: str, start: int, reference: dt.date | None, since: int | None = None
) -> _Found | None:
    """近半年 (the six months before the reference's), 半年前 (the month six months ago), 半个月后
    (the day 15 days on). After a year written earlier in the sentence, half a year after it
    falls in that year or the next (1992年患病，半年后: 1992 to 1993)."""
    span = _HALF_SPAN.match(folded, start)
    point = None if span else _HALF_POINT.match(folded, start)
    match = span or point
    if match is None:
        return None
    half = match[2] if span else match[1]
    unit, count = T["halves"][half]
    sign = T["counted_before"][match[1]] if span else T["counted_after"][match[2]]
    if not span and since is not None and sign > 0:
        years = count // 12 if unit == "month" else count if unit == "year" else 0
        return _years(start, match.end(), since + years, since + years + 1, "year", True)
    return _units_away(start, match.end(), reference, unit, sign * count, bool(span))


def _year_span(folded: str, start: int) -> _Found | None:
    match = _YEAR_SPAN.match(folded, start)
    before = folded[start - 1 : start]
    if match is None or before.isdigit() or (before.isascii() and before.isalpha()):
        return None
    if match[5]:  # 2024/25赛季: a season across two years in a row
        low = int(match[5])
        high = low + 1
        if match[6] not in (str(high), f"{high % 100:02d}"):  # 1999/00, 2024/2025
            return None
        if len(match[6]) == 4 and "/" not in match.group():
            return None  # 1998至1999年度: the range of two years, 年 with its year
    else:
        low, high = (int(n) for n in ((match[1], match[2]) if match[1] else (match[3], match[4])))
    if low >= high:
        return None
    return _Found(start, match.end(), f"{low}-01-01", f"{high}-12-31", "year", False)


def _unit_bounds(reference: dt.date, unit: str, offset: int) -> tuple[dt.date, dt.date]:
    """First and last day of the day, week, month or year ``offset`` units from the reference."""
    if unit == "day":
        day = reference + dt.timedelta(days=offset)
        return day, day
    if unit == "week":
        start = monday(reference, offset)
        return start, start + dt.timedelta(days=6)
    if unit == "month":
        year, month = shift_month(reference.year, reference.month, offset)
        return month_span(year, month)
    return dt.date(reference.year + offset, 1, 1), dt.date(reference.year + offset, 12, 31)


def _fiscal(folded: str, start: int) -> _Found | None:
    """2024财年第三季度, 第一财季, 本财年: a fiscal year or a part of one, whose months depend on
    who keeps it, so it has no bounds; read so that its quarter is no calendar quarter."""
    match = _FISCAL.match(folded, start)
    if match is None:
        return None
    part = (match[3] or match[5] or "").strip(" 的")
    if "财季" in match.group() or _FISCAL_QUARTER_WORD.match(part):
        granularity = "quarter"
    else:
        granularity = T["fiscal_periods"].get(part, "year")
    return _Found(start, match.end(), None, None, granularity, match[2] is not None)


def _vague(folded: str, start: int) -> _Found | None:
    """近日, 近年: relative, but with no bounds we could defend."""
    match = _VAGUE.match(folded, start)
    if match is None:
        return None
    return _Found(start, match.end(), None, None, T["vague"][match.group()], True)


def _range(low: _Found, high: _Found) -> _Found | None:
    """Two mentions joined by 至/到/-: from the first day of one to the last of the other.

    An end that reads before the start moves on: 下午5:00到6:00 ends at 18:00, 晚上8点到12点
    at the midnight after, 晚10点到凌晨2点 the next day, 周五至周一 the next week, 8月至2月 the
    next year; otherwise (None) they stay two mentions.
    """
    if low.first is None and low.last is None and not low.relative:
        return None  # 2019年2月29日-3月1日: no range from a day that does not exist
    if low.first and high.first and high.last and low.first > high.last:
        first, last = high.first, high.last
        if "T" in low.first and "T" in last:
            hours = 12 if int(last[11:13]) <= 12 <= int(low.first[11:13]) else 24  # 12点: 0:00
            if last[:10] != low.first[:10] or _shift(last, hours) < low.first:
                hours = 24
            first, last = _shift(first, hours), _shift(last, hours)
        elif high.week is not None:  # 下周五至周一: the Monday after
            first, last = _next_week(first), _next_week(last)
        elif high.relative and high.granularity in ("month", "xun", "day"):
            first, last = _next_year(first), _next_year(last)
        if low.first > last:
            return None
        high = _moved(high, first, last)
    return replace(high, start=low.start, first=low.first, relative=low.relative or high.relative)


def _moved(found: _Found, first: str, last: str) -> _Found:
    """``found`` moved on to a later occurrence, with the year, month, day and week it lends
    to what follows moved too (清明至冬至冬至: the second 冬至 is not the end's old day)."""
    day = dt.date.fromisoformat(last[:10])
    return replace(
        found,
        first=first,
        last=last,
        year=None if found.year is None else day.year,
        month=None if found.month is None else day.month,
        day=None if found.day is None else day,
        week=None if found.week is None else monday(day),
    )


def _shift(iso: str, hours: int) -> str:
    moment = dt.datetime.fromisoformat(iso) + dt.timedelta(hours=hours)
    return moment.isoformat(timespec="minutes")


def _next_week(iso: str) -> str:
    return (dt.date.fromisoformat(iso[:10]) + dt.timedelta(days=7)).isoformat() + iso[10:]


def _next_year(iso: str) -> str:
    day = dt.date.fromisoformat(iso[:10])
    return day_in(day.year + 1, day.month, day.day).isoformat() + iso[10:]


def _bare_start(
    folded: str, high: _Found, previous: _Found | None, part: str | None = None
) -> _Found | None:
    """1993—1995年, 10至12月, 4月11至12日, 0—24时: a bare number before a range mark takes the
    form of the mention after it; unresolved as well when the end is, for want of a reference.
    A bare hour is read in ``part``, the part of the day before it (下午2至4点)."""
    mark = _MARK_BEFORE.search(folded[max(0, high.start - 3) : high.start])
    if mark is None or (high.first is None and not high.relative):  # 2019年2月30日: no such day
        return None
    mark_start = high.start - len(mark.group())
    number = _BARE_NUMBER.search(folded, max(0, mark_start - 4), mark_start)
    if number is None or (previous is not None and previous.end > number.start()):
        return None
    value = _number(number[1])
    if value is None:
        return None
    if high.first is None or high.last is None:
        if value not in _BARE_VALUES.get(high.granularity, ()):
            return None
        return _Found(number.start(), mark_start, None, None, high.granularity, True)
    first = dt.date.fromisoformat(high.first[:10])
    try:
        if high.granularity == "year":
            low = dt.date(value, 1, 1) if 1000 <= value <= 2999 else None
        elif high.granularity == "month" and 1000 <= value <= first.year:
            low = dt.date(value, 1, 1)  # 1997-2002.7: from 1997 on
        elif high.granularity == "month":
            low = dt.date(first.year, value, 1) if 1 <= value <= 12 else None
        elif high.granularity == "day":
            low = dt.date(first.year, first.month, value)
        elif high.granularity in ("hour", "minute") and value in _BARE_VALUES["hour"]:
            return _bare_hour(number.start(), mark_start, _in_part(part, value), high)
        else:
            low = None
    except ValueError:
        return None
    if low is None or low.isoformat() > high.first[:10]:
        return None
    return _Found(
        number.start(),
        mark_start,
        low.isoformat(),
        low.isoformat(),
        high.granularity,
        high.relative,
    )


def _bare_item(folded: str, high: _Found, previous: _Found | None) -> _Found | None:
    """7、8月 and 3、4日: a bare number listed right before a month or a day is an earlier month
    or day of the same year or month, a mention of its own (lists are two mentions)."""
    if (
        high.granularity not in ("month", "day")
        or high.first is None
        or not _LONE_MONTH_OR_DAY.fullmatch(folded, high.start, high.end)
    ):
        return None
    item = _BARE_ITEM.search(folded, max(0, high.start - 4), high.start)
    if item is None or (previous is not None and previous.end > item.start()):
        return None
    value = _number(item[1])
    first = dt.date.fromisoformat(high.first[:10])
    if value is None or not 0 < value < (first.month if high.granularity == "month" else first.day):
        return None
    if high.granularity == "month":
        low, last = month_span(first.year, value)
    else:
        low = last = dt.date(first.year, first.month, value)
    return _Found(
        item.start(),
        item.end(1),
        low.isoformat(),
        last.isoformat(),
        high.granularity,
        high.relative,
    )


def _lent_part(folded: str, previous: _Found | None, start: int) -> str | None:
    """下午2至4点: the part of the day that a mention ending in one lends across a bare hour and
    a range mark to the clock time at ``start``."""
    if previous is None or previous.granularity != "part_of_day":
        return None
    between = folded[previous.end : start]
    mark = _MARK_BEFORE.search(between)
    if mark is None or not _BARE_NUMBER.fullmatch(between, 0, mark.start()):
        return None
    part = _PART_AT_END.search(folded, previous.start, previous.end)
    return part.group() if part else None


def _bare_hour(start: int, end: int, hour: int, high: _Found) -> _Found | None:
    """The bare hour of 9—11时 or 0—24时, on the day of the hour that ends the range; a range
    that ends at 24时 (00:00 of the next day) starts on the day before."""
    if high.first is None:
        return None
    moment = dt.datetime.fromisoformat(high.first)
    day = moment.date() - dt.timedelta(days=moment.time() == dt.time(0))
    low = dt.datetime.combine(day, dt.time(hour))
    if low >= moment:
        return None
    first = low.isoformat(timespec="minutes")
    return _Found(
        start, end, first, first[:14] + "59", "hour", high.relative, day.year, day.month, day
    )


def _remainder(folded: str, found: _Found, reference: dt.date | None) -> _Found | None:
    """今年剩余时间, 本月余下的日子: what is left of a period that holds the reference, from
    the reference's day to the period's end."""
    match = _REMAINDER.match(folded, found.end)
    if match is None or reference is None or found.first is None or found.last is None:
        return None
    today = reference.isoformat()
    if not found.first[:10] <= today <= found.last[:10]:
        return None
    last = found.last[:10]
    return replace(found, end=match.end(), first=today, last=last, granularity="day", relative=True)


def _bounded(folded: str, found: _Found, floor: int) -> _Found:
    """2018年以前 (up to the end of 2017), 2018年或之前, 2018年之后, 2024年起, 截至2024年底:
    a bound before or after a mention opens one end of it."""
    if found.first is None or found.last is None:
        return found
    first: str | None = found.first
    last: str | None = found.last
    end, start = found.end, found.start
    after = _BOUND_AFTER.match(folded, end)
    if after and _CONTEXT_DAY.match(folded, end):
        after = None  # 国庆节前一天: the day before it, read as a day of its own
    if (
        after
        and any(word.match(folded, after.end() - 1) for word in (_REL_YEAR, _REL_DAY))
        and not _NOT_DATES.match(folded, after.end() - 1)  # 至今天津: 至今, then 天津
    ):
        after = None  # 12月至今年2月: 至 joins a range to 今年, it is no 至今 bound
    if after and not _begins_word(folded, after.end(), T["bounds_not_before"].get(after[1], "")):
        # not 前往 (to go) nor 前后 (about)
        bound = T["bounds_after"][after[1]]
        if bound == "before" and _is_deadline(folded, found):
            bound = "until"  # 年底前, 6月底之前: by the end, not before it begins
        if bound == "before":
            first, last = None, _step(found.first, -1)
        elif bound == "until":
            first = None
        elif bound == "after":
            first, last = _step(found.last, 1), None
        else:
            last = None
        end = after.end()
    elif prefix := re.search(rf"(?:{_BOUND_BEFORE})$", folded[max(floor, start - 3) : start]):
        if T["bounds_before"][prefix.group()] == "from":  # 自从2018年
            last = None
        else:  # 截至2024年底
            first = None
        start -= len(prefix.group())
    return replace(found, start=start, end=end, first=first, last=last)


def _is_deadline(folded: str, found: _Found) -> bool:
    """Whether a mention is a year's or a month's end (年底, 2022年末, 6月底) or a day's
    (24日午夜), which a 前 after it makes a deadline."""
    if found.granularity == "part_of_day":
        return folded.endswith(_DEADLINE_PARTS, found.start, found.end)
    end_of = found.granularity in ("quarter", "xun")
    return end_of and folded[found.end - 1] in T["deadline_ends"]


def _closes(low: _Found, high: _Found) -> bool:
    """Whether an open start (2010年之后) right before an open end (2018年之前) makes a range."""
    return (
        low.end == high.start
        and low.first is not None
        and low.last is None
        and high.first is None
        and high.last is not None
        and low.first <= high.last
    )


def _step(iso: str, sign: int) -> str:
    """The day (or minute, for a date-time) before or after an ISO bound."""
    if "T" in iso:
        moment = dt.datetime.fromisoformat(iso) + dt.timedelta(minutes=sign)
        return moment.isoformat(timespec="minutes")
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=sign)).isoformat()
