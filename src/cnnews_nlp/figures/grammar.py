"""Find figures in text: a numeral, what stands before it and what follows it.

Before: qualifiers (约, 近, 超过, 至少), 第, currency signs (￥, $), 零下/摄氏, a minus sign.
After: a unit or measure word (元, %, 折, 吨, 天, 岁, 名), smaller parts (3元5角, 一米八),
then 半, 多 and qualifiers (左右, 以上). Around it: ranges (3至5亿元), fractions (三分之一,
百分之四十) and compound durations (1小时30分钟). Numbers that are dates or times (2025年, 4月,
下午3时), labels (5G, 80后, 0731-…) or parts of words (十分, 一成不变) are not figures. The
words all come from the data table. Matching runs on the folded text (``cnnews_nlp.text.fold``),
so offsets need no mapping.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Final

from ..cover import Cover
from ..document import Figure
from ..text import alternation, by_length, fold, titles
from .numerals import (
    ARABIC,
    BIG_UNITS,
    DIGITS,
    MORE,
    NUMERAL_CHARS,
    POINT,
    SMALL_UNITS,
    Number,
    Numeral,
    parse_numeral,
)
from .tables import TABLES

QUALIFIERS_BEFORE: Final[dict[str, bool]] = TABLES["qualifiers_before"]
QUALIFIERS_AFTER: Final[dict[str, bool]] = TABLES["qualifiers_after"]
QUALIFIERS_NOT_AFTER: Final[dict[str, str]] = TABLES["qualifiers_not_after"]
QUALIFIERS_AFTER_NOT_BEFORE: Final[dict[str, str]] = TABLES["qualifiers_after_not_before"]
RANGE_MARKS: Final[str] = "".join(TABLES["range_marks"])
CURRENCY_BEFORE: Final[dict[str, str]] = TABLES["currency_before"]
COINS: Final[dict[str, float]] = TABLES["coins"]
#: 第二代, 第三阶段: measure words only after 第 (not 下一代, 下一阶段).
ORDINAL_ONLY_UNITS: Final = frozenset(TABLES["ordinal_only_units"])
#: 8胜2平6负: 平 counts draws only in a record, right after the wins.
DRAWS: Final[str] = TABLES["draws"]["word"]
DRAWS_AFTER: Final[str] = TABLES["draws"]["after"]
#: 胜, 负, 平: a team's record, never after a bare scale (百战百胜, 百胜餐饮).
RECORD_WORDS: Final = frozenset(TABLES["record_words"])
#: 国: no count after a lone Chinese digit (三国, 七国集团), though 15国 and 三十六国 are.
NOT_AFTER_LONE_DIGIT: Final = frozenset(TABLES["not_after_lone_digit"])
#: 党的二十大, 中共十五大: the ordinal of a party congress, only after these words.
CONGRESS: Final[str] = TABLES["congress"]["word"]
CONGRESS_AFTER: Final = tuple(TABLES["congress"]["after"])
#: 十五大精神, 十四大以来: a congress's ordinal without 党的, from 十一 up, before these words.
CONGRESS_LEAST: Final[int] = TABLES["congress"]["least"]
CONGRESS_BEFORE: Final = tuple(TABLES["congress"]["before"])
#: 美分, 便士: a hundredth of another currency, with its code and worth.
CENTS: Final[dict[str, tuple[str, float]]] = TABLES["cents"]
#: 兆: a scale read only next to money (1.2兆美元, 1兆2000亿日元), with its worth.
CURRENCY_SCALES: Final[dict[str, int]] = TABLES["currency_scales"]
#: 兆美元 and the like: a scale that is one only before a currency word, with its code and worth.
SCALED_CURRENCIES: Final[dict[str, tuple[str, int]]] = {
    scale + word: (code, worth)
    for scale, worth in CURRENCY_SCALES.items()
    for word, code in TABLES["currency_after"].items()
}
PARTS: Final[dict[str, dict[str, float]]] = TABLES["parts"]
TEMPERATURE_BEFORE: Final[dict[str, str]] = TABLES["temperature_before"]
TEMPERATURE_CUES: Final[list[str]] = TABLES["temperature_cues"]
ENERGY_CUES: Final[list[str]] = TABLES["energy_cues"]
TENTHS: Final[str] = TABLES["tenths"]
NOT_TENTHS_BEFORE: Final[str] = TABLES["not_tenths_before"]
NOT_UNITS_BEFORE: Final[dict[str, str]] = TABLES["not_units_before"]
VERBS_BEFORE_RANGES: Final[dict[str, str]] = TABLES["verbs_before_ranges"]
DATE_AFTER: Final[dict[str, int]] = TABLES["date_after"]
LABEL_AFTER: Final = tuple(TABLES["label_after"])
#: 第八、九届: the mark between the items of a list.
LIST_MARK: Final = "、"
#: 周五周六: a digit right after one of these is a weekday's, so no weeks are counted there.
WEEKDAY_WORDS: Final = tuple(TABLES["weekday_words"])
#: 周二晚, 初一晚, 正月十五晚: a numeral after one of these names a day, and an evening after it is
#: that day's, not a count of nights.
DAY_NAMES_BEFORE: Final = (*WEEKDAY_WORDS, *TABLES["day_names_before"])
#: 一周六天, 每周五天: what before a weekday word makes it a week counted, so that the digit after
#: it counts days (six days a week) and names no weekday (周六天气, 周五天津队).
WEEK_COUNTS: Final = frozenset(TABLES["week_counts"] + "".join(TABLES["digits"]) + "0123456789十")
EVENINGS: Final = frozenset(TABLES["evenings"])
#: 公元221年, 公元前221年: a year of the calendar, which the date rules read, not years counted.
COMMON_ERA: Final = tuple(TABLES["common_era"])
_COMMON_ERA_LENGTH: Final = max(map(len, COMMON_ERA)) + 1  # 公元前 and a space
LABELS_BEFORE: Final = tuple(TABLES["label_before"])
DURATION_STEPS: Final = {k: (str(u), int(n)) for k, (u, n) in TABLES["duration_steps"].items()}
NEGATIVE: Final[str] = "".join(TABLES["negative_signs"])
ORDINAL: Final[str] = TABLES["ordinal"]
ABOUT: Final[str] = TABLES["about"]
ABOUT_SCALES: Final[str] = TABLES["about_scales"]
#: What makes a 多 after a unit the start of another word (三元多少, 两年多少).
MORE_NOT_BEFORE: Final = tuple(TABLES["more_not_before"])
#: An index's points (沪指报3300.12点), where the number can be no hour of a clock.
INDEX_POINT: Final = "点"
FORMAL_NUMERALS: Final[str] = TABLES["formal_numerals"]
DURATIONS: Final[dict[str, str]] = {**TABLES["durations"], "月": "month"}


def _units() -> dict[str, tuple[str, str | None]]:
    """Every word that may follow a numeral, with the kind and unit it gives."""
    units: dict[str, tuple[str, str | None]] = {w: ("count", None) for w in TABLES["measure_words"]}
    units.update({w: ("measure", u) for w, u in TABLES["measures"].items()})
    units.update({w: ("duration", u) for w, u in TABLES["durations"].items()})
    units.update({w: ("age", u) for w, u in TABLES["ages"].items()})
    units.update({w: ("percent", u) for w, u in TABLES["percent_after"].items()})
    units.update({w: ("temperature", u) for w, u in TABLES["temperature_after"].items()})
    units.update({w: ("money", u) for w, u in TABLES["currency_after"].items()})
    units.update({w: ("money", "CNY") for w in COINS})
    units.update({w: ("money", code) for w, (code, _) in SCALED_CURRENCIES.items()})
    units.update({w: ("money", code) for w, (code, _) in CENTS.items()})
    units.update({w: ("degree", None) for w in TABLES["degree"]})
    units.update({w: ("ordinal", w) for w in TABLES["anniversary"]})
    units[CONGRESS] = ("ordinal", CONGRESS)
    units[DRAWS] = ("count", None)
    units[TENTHS] = ("percent", "%")
    units.update({w: ("date", None) for w in DATE_AFTER})
    return units


UNITS: Final = _units()


_START = re.escape("".join(c for c in NUMERAL_CHARS if c not in MORE + TABLES["point"]))
_RUN = re.compile(rf"(?:[0-9]|[{_START}])(?:[0-9.,]|[{re.escape(NUMERAL_CHARS)}])*")
_UNIT = re.compile(rf" ?(?:{alternation(UNITS)})")
#: A middle dot between digits is a decimal point where a unit or a scale follows (12·1%,
#: 14·66美元, 1·7万平方米, in older typesetting); elsewhere it joins the numbers of a day's
#: name (9·11, 3·15), which are no figures.
_DOT_DECIMAL = re.compile(r"(?<=[0-9])·([0-9]+)")
#: The characters of a bare scale (千, 十万): no number alone before a unit that begins with it
#: (千克 is a kilogram, not 1,000 grams) or after a rate mark (每千人口 is a base, not 1,000).
_SCALES = frozenset({*SMALL_UNITS, *BIG_UNITS})
_SCALED_UNIT = re.compile(alternation(w for w in UNITS if w[0] in _SCALES))
_RATE_MARKS = re.compile(rf"(?:{alternation(TABLES['rate_marks'])})$")
_RATE_MARK_LENGTH = max(len(w) for w in TABLES["rate_marks"])
_SCORE_MARK = re.compile(alternation(TABLES["score_marks"]))
#: A bare part after a unit, read one place lower or two: 一米八, 一米七五, 1米75, 三块零四.
_COLLOQUIAL = re.compile(rf"零?([{''.join(DIGITS)}]{{1,2}}|[0-9]{{1,2}})")
#: 上千家, 过万: a bare scale after one of these is approximate; with True, a figure alone.
SCALE_QUALIFIERS: Final[dict[str, bool]] = TABLES["scale_qualifiers"]
#: What may follow 一个半: 小时, 月, 钟 (Cantonese for hour).
_AFTER_HALF = {**{w.removeprefix("个"): u for w, u in DURATIONS.items()}, "钟": "hour"}
_AFTER_HALF_WORD = re.compile(alternation(_AFTER_HALF))
_HALF_UNITS = {
    **DURATIONS,
    "日": "day",
    **{w: u for w, u in TABLES["measures"].items() if not w.isascii()},
}
#: 半年, 半个月, 半斤 (but not 上半年, a period of the calendar).
_HALF = re.compile(rf"(?<![上下前后])半(个)?({alternation(_HALF_UNITS)})")
_FIRST = re.compile(rf"{re.escape(TABLES['first'])}({alternation(TABLES['first_measure_words'])})")
#: 5个亿, 1个多亿: what may follow 个 as a scale.
_COUNTED_SCALE = re.compile(rf"([{re.escape(MORE)}])?({alternation(TABLES['counted_scales'])})")
_PERCENT_WORDS = re.compile(alternation(TABLES["percent_words"]))
_ADDED = TABLES["added_time"]
#: 第90+3分钟: a minute of added time, the 93rd of the match.
_ADDED_TIME = re.compile(
    rf"{re.escape(ORDINAL)}([0-9]{{1,3}}){re.escape(_ADDED['mark'])}([0-9]{{1,2}})"
    rf"({alternation(_ADDED['units'])})"
)
_DOUBLING: Final[dict[str, Any]] = TABLES["doubling"]
#: 翻两番, 翻了一番多, 翻倍: the verb, then a number of doublings or a word for one, then 多.
_DOUBLED = re.compile(
    rf"(?<![{re.escape(_DOUBLING['not_after'])}]){re.escape(_DOUBLING['verb'])}"
    rf"{re.escape(_DOUBLING['done'])}?"
    rf"(?:((?:[0-9]|[{re.escape(NUMERAL_CHARS)}]){{1,2}}){re.escape(_DOUBLING['times'])}"
    rf"|{alternation(_DOUBLING['once'])})([{re.escape(MORE)}])?"
)
#: More doublings than this are no growth a text reports (翻十番 is already 1,024 times).
_MOST_DOUBLINGS = 10
#: Currency names that may follow 个 (20个比特币); one-character ones would misread 一个元宇宙.
_CURRENCY = re.compile(alternation(w for w in TABLES["currency_after"] if len(w) > 1))
_NOT_FIGURES = re.compile(alternation(TABLES["not_figures"]))
_LATIN = re.compile(r"[A-Za-z]")
#: A letter or a name and a dash before a bare number: a model's designation (A-50, F-16,
#: 苏-30, 米格-27, “烈火”-3), not a negative number.
_MODEL = re.compile(r"[A-Za-z\u4e00-\u9fff”」][-—–]")
#: 气温-5, 降至-3, 为-2: words before a dash that make it a minus sign, not a designation's.
_MINUS_AFTER: Final = (*TABLES["minus_after"], *TEMPERATURE_CUES)
#: 从2011起: a year, not a count.
_YEAR_AFTER = re.compile(rf"(?<=[{''.join(TABLES['years_after'])}])(?:19|20)[0-9]{{2}}(?![0-9])")
#: 一一列举, 一一对应: a run of digits that is an adverb before a word.
_ADVERB = re.compile(rf"(?:{alternation(TABLES['adverbs'])})(?=[\u4e00-\u9fff])")
_URL = re.compile(r"(?:https?://|www\.)[\x21-\x7e]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")

OK, WEAK, BLOCKED = "", "weak", "blocked"


@dataclass(frozen=True)
class _Reading:
    """A figure being read. ``weak`` ones (a lone 三) are reported only as part of a range;
    ``blocked`` ones (dates, codes) are never reported and keep neighbours from joining them."""

    start: int
    end: int
    kind: str
    value: Decimal
    upper: Decimal | None = None
    unit: str | None = None
    approximate: bool = False
    scale: int = 1
    status: str = OK
    #: Where the measure word stands, for count and ordinal units as written (個, 届); a
    #: duration keeps it for 第 (第3天, 第89分钟 are ordinals in 天 and 分钟).
    word: tuple[int, int] | None = None


def _decimal(value: Number) -> Decimal:
    return Decimal(str(value))


def _number(value: Decimal) -> Number:
    return int(value) if value == value.to_integral_value() else float(value)


def find_figures(text: str) -> list[Figure]:
    """Every figure in ``text``, in order, with offsets into ``text``."""
    folded = _dot_decimals(fold(text))
    readings: list[_Reading] = []
    position = 0
    while match := _RUN.search(folded, position):
        if (adverb := _ADVERB.match(folded, match.start())) and adverb.end() == match.end():
            position = match.end()
            continue
        reading = _read(folded, match.start(), match.end(), readings)
        if reading is None:
            position = match.start() + 1  # 万一 is no numeral, but 一 may still be one
            continue
        while readings and readings[-1].status == WEAK and readings[-1].end > reading.start:
            readings.pop()  # 零 of 零下5度 was only a prefix
        readings.append(reading)
        position = reading.end
    readings.extend(_standalone(text, folded, readings))
    readings = _added_times(folded, _doublings(folded, readings))
    readings.sort(key=lambda r: r.start)
    readings = _join_ranges(folded, _join_durations(folded, _join_scaled(folded, readings)))
    readings = _join_hedged(readings)
    readings = _ordinal_lists(folded, readings)
    whole = (len(folded) - len(folded.lstrip()), len(folded.rstrip()))
    # A word that begins inside a figure, past its start, is none (the 五一 of 两块五一斤).
    taken = Cover((r.start, r.end) for r in readings if r.status == OK)
    words = Cover(
        m.span()
        for m in _NOT_FIGURES.finditer(folded)
        if not taken.holds(m.start() - 1, m.start() + 1)
    )
    urls = Cover(m.span() for m in _URL.finditer(folded))
    named = titles(folded)
    return [
        _figure(text, reading)
        for reading in readings
        if (reading.status == OK or (reading.status == WEAK and _alone(folded, reading, whole)))
        and not words.holds(reading.start, reading.end)
        and not words.holds(reading.start - 1, reading.start + 1)  # 统一对: 一 ends 统一
        and not urls.holds(reading.start, reading.end)
        and not named.holds(reading.start, reading.end)  # 《星际争霸2》
        and not _label(folded, reading)
        and not (reading.unit == "week" and folded.endswith(WEEKDAY_WORDS, 0, reading.start))
        and not _weekday(folded, reading)
        and not _evening(folded, reading)
        and not _year_after(folded, reading)
        and not _calendar_year(folded, reading)
    ]


def _weekday(folded: str, reading: _Reading) -> bool:
    """周六天气, 上周五天津队: a weekday's digit before a word that begins with 天, not days
    counted, unless the week is counted itself (一周六天, 每周五天: days a week)."""
    if reading.unit != "day":
        return False
    for word in WEEKDAY_WORDS:
        if folded.endswith(word, 0, reading.start):
            before = reading.start - len(word)
            return folded[before - 1 : before] not in WEEK_COUNTS
    return False


def _calendar_year(folded: str, reading: _Reading) -> bool:
    """公元221年, 公元前 221年: a year of the calendar, not years counted."""
    before = folded[max(0, reading.start - _COMMON_ERA_LENGTH) : reading.start].rstrip()
    return reading.unit == "year" and before.endswith(COMMON_ERA)


def _evening(folded: str, reading: _Reading) -> bool:
    """周二晚, 初一晚, 大年三十晚上: a day's evening, where 住了3晚 counts three nights."""
    word = folded[reading.word[0] : reading.word[1]] if reading.word else ""
    return word in EVENINGS and folded.endswith(DAY_NAMES_BEFORE, 0, reading.start)


def _year_after(folded: str, reading: _Reading) -> bool:
    """从2011起: a year after 从 or 自 before 起 (since), not 2011 counted events (起, as in
    3起事故); other counts and bare numbers stay (从2000人增至3000人)."""
    since = reading.kind == "count" and folded[reading.end - 1 : reading.end] == "起"
    return since and bool(_YEAR_AFTER.match(folded, reading.start))


#: What a list item's number stands after (the start of a line or clause) and before.
_ITEM_BEFORE = "\n。；;：:，,!！?？ \t"
_ITEM_AFTER = "、.·"


def _label(folded: str, reading: _Reading) -> bool:
    """Whether a bare number labels rather than counts: a list item's (1、, 2. at the start of a
    clause, (3)) or one of the numbers of a day's name (9·11, “3·15”)."""
    if reading.kind != "number" or reading.upper is not None:
        return False
    before = folded[reading.start - 1 : reading.start] if reading.start else "\n"
    after = folded[reading.end : reading.end + 1]
    following = folded[reading.end + 1 : reading.end + 2]
    if before in _ITEM_BEFORE and after in _ITEM_AFTER and after and not following.isdigit():
        return True  # 1、福建省, 2. 家具, 6·增加了
    if before in "(（" and after in ")）" and after and reading.value < 100:
        return True  # (1)火灾
    dotted_after = after == "·" and following.isdigit()
    dotted_before = before == "·" and folded[reading.start - 2 : reading.start - 1].isdigit()
    return dotted_after or dotted_before  # 9·11, 3·15


def _alone(folded: str, reading: _Reading, whole: tuple[int, int]) -> bool:
    """A lone 五 is a number when it is all the text, or quoted ("“一”和“五”")."""
    before = folded[reading.start - 1 : reading.start] if reading.start else ""
    after = folded[reading.end : reading.end + 1]
    quoted = bool(before and after) and before in "“‘\"'「" and after in "”’\"'」"
    return (reading.start, reading.end) == whole or quoted


def _figure(text: str, reading: _Reading) -> Figure:
    unit = reading.unit
    if reading.kind in ("count", "ordinal") and unit is None and reading.word:
        unit = text[reading.word[0] : reading.word[1]]
    return Figure(
        text=text[reading.start : reading.end],
        start=reading.start,
        end=reading.end,
        kind=reading.kind,
        value=_number(reading.value),
        upper=None if reading.upper is None else _number(reading.upper),
        unit=unit,
        approximate=reading.approximate,
    )


def _standalone(text: str, folded: str, readings: list[_Reading]) -> Iterable[_Reading]:
    """Figures without a numeral: 首届 (the first), 半年 (half a year), 对折 and 半数 (50 %),
    with the qualifiers around them (超过半数, 半数以上)."""
    taken = Cover((r.start, r.end) for r in readings if r.status != WEAK)
    ends = [r.end for r in readings]  # the numerals' readings, before any of these join them
    for match in _PERCENT_WORDS.finditer(folded):
        value = Decimal(TABLES["percent_words"][match.group()])
        reading = _Reading(match.start(), match.end(), "percent", value, unit="%")
        previous_end = max((end for end in ends if end <= match.start()), default=0)
        yield _qualified(folded, _before(folded, reading, previous_end))  # 超过半数, 半数以上
    for match in _FIRST.finditer(folded):
        word = (match.start(1), match.end(1))
        yield _Reading(match.start(), match.end(), "ordinal", Decimal(1), word=word)
    for match in _HALF.finditer(folded):
        if not taken.holds(match.start(), match.start() + 1):
            kind = "measure" if match.group(2) in TABLES["measures"] else "duration"
            unit = _HALF_UNITS[match.group(2)]
            yield _Reading(match.start(), match.end(), kind, Decimal("0.5"), unit=unit)


def _doublings(folded: str, readings: list[_Reading]) -> list[_Reading]:
    """Growth counted in doublings, as a multiple: 翻两番 is 4 倍, 翻了一番多 2 to 4 倍, 翻番 2
    倍. Each replaces the numbers read inside it (the 两 of 翻两番 counts nothing by itself),
    and takes a bound or hedge after it (翻两番左右)."""
    found: list[_Reading] = []
    for match in _DOUBLED.finditer(folded):
        times = 1
        if match.group(1):
            numeral = parse_numeral(match.group(1))
            if numeral is None or numeral.upper is not None or isinstance(numeral.value, float):
                continue
            times = numeral.value
        if not 1 <= times <= _MOST_DOUBLINGS:
            continue
        value = Decimal(2) ** times
        more = bool(match.group(2))
        upper = value * 2 if more else None
        unit = _DOUBLING["unit"]
        reading = _Reading(match.start(), match.end(), "count", value, upper, unit, more)
        found.append(_qualified(folded, reading))  # 翻两番左右
    return _in_place_of(readings, found)


def _in_place_of(readings: list[_Reading], found: list[_Reading]) -> list[_Reading]:
    """``found`` with the readings they overlap taken out: a phrase read whole (翻两番,
    第90+3分钟) replaces the numbers read inside it."""
    taken = Cover((r.start, r.end) for r in found)
    return [r for r in readings if not taken.overlaps(r.start, r.end)] + found


def _added_times(folded: str, readings: list[_Reading]) -> list[_Reading]:
    """A minute of added time as the minute it is: 第90+3分钟 is the 93rd, in 分钟. It
    replaces the numbers read inside it (第90 and 3分钟)."""
    found = [
        _Reading(
            match.start(),
            match.end(),
            "ordinal",
            Decimal(int(match.group(1)) + int(match.group(2))),
            word=(match.start(3), match.end(3)),
        )
        for match in _ADDED_TIME.finditer(folded)
    ]
    return _in_place_of(readings, found)


def _longest_numeral(folded: str, start: int, end: int) -> tuple[int, Numeral] | None:
    for cut in range(end, start, -1):
        if folded[cut - 1] not in ".,":
            numeral = parse_numeral(folded[start:cut])
            if numeral is not None:
                return cut, numeral
    return None


def _best_split(
    folded: str, start: int, end: int
) -> tuple[int, Numeral, re.Match[str] | None] | None:
    """Where the numeral ends and its unit starts: 3千瓦 is 3 kW, not 3000 W."""
    best = None
    for cut in range(end, start, -1):
        if folded[cut - 1] in ".,":
            continue
        numeral = parse_numeral(folded[start:cut])
        if numeral is None:
            continue
        unit = _unit_at(folded, cut)
        reach = unit.end() if unit else cut
        # Longest reach first; then a unit, a true numeral (九两半 is 9.5 liang, not 92 halves),
        # and the longer unit (3千瓦 is 3 kW).
        score = (
            reach,
            unit is not None,
            not numeral.digit_string,
            len(unit.group()) if unit else 0,
        )
        if best is None or score > best[0]:
            best = (score, cut, numeral, unit)
    return None if best is None else best[1:]


def _dot_decimals(folded: str) -> str:
    """The middle dots that are decimal points made full stops (3·15晚会 keeps its dot: 晚会 is
    a gala, no unit)."""

    def point(match: re.Match[str]) -> str:
        after = match.end()
        decimal = folded[after : after + 1] in BIG_UNITS or _unit_at(folded, after) is not None
        return ("." if decimal else "·") + match.group(1)

    return _DOT_DECIMAL.sub(point, folded)


def _rises(folded: str, word: str, end: int) -> bool:
    """1.60升至1.70: 升 is the verb "to rise" before a range word, unless the same unit closes
    the range (两升到三升 is litres)."""
    after = folded[end : end + 1]
    if not after or after not in VERBS_BEFORE_RANGES.get(word, ""):
        return False
    closing = _RUN.match(folded, end + 1)
    return closing is None or not folded.startswith(word, closing.end())


def _unit_at(folded: str, position: int) -> re.Match[str] | None:
    """The longest unit word at ``position`` that ends where a unit can: 一天大约 has 天, not
    the age 天大 (大约 is a word)."""
    match = _UNIT.match(folded, position)
    while match is not None:
        word, after = match.group().strip(), folded[match.end() : match.end() + 1]
        if _LATIN.match(word[-1]) and _LATIN.match(after):
            return None  # 5 mice is not 5 m
        if word == "分" and after in ("之", "点"):
            return None  # a fraction (三分之一) or a percentage point (百分点), read elsewhere
        blocked = after and after in NOT_UNITS_BEFORE.get(word, "")
        if not blocked and not _rises(folded, word, match.end()):
            return match
        match = _UNIT.match(folded, position, match.end() - 1)  # 3单元: 单 begins a word
    return None


def _read(folded: str, start: int, end: int, before: list[_Reading]) -> _Reading | None:
    split = _best_split(folded, start, end)
    if split is None:
        return None
    cut, numeral, unit = split
    if folded[start:cut] in ("零", "〇") and (unit is not None or _RUN.match(folded, cut)):
        return None  # 零部件, 零售: words; 一小时零三十分: a link, not zero
    if cut - start == 1 and folded[start] in FORMAL_NUMERALS:
        unit = None  # 登陆部队, 拾起: a lone formal numeral is a word in running text
    value = _decimal(numeral.value)
    upper = None if numeral.upper is None else _decimal(numeral.upper)
    approximate = numeral.approximate
    if unit is None and folded.startswith(ABOUT, cut) and value >= 10 and value % 10 == 0:
        unit = _unit_at(folded, cut + len(ABOUT))  # 二十来岁: about twenty
        approximate = unit is not None
    elif (
        unit is None and folded.startswith(ABOUT_SCALES, cut) and set(folded[start:cut]) <= _SCALES
    ):
        unit = _unit_at(folded, cut + len(ABOUT_SCALES))  # 千把块钱: about a thousand yuan
        approximate = unit is not None
    reading = _Reading(start, cut, "number", value, upper, None, approximate, numeral.scale)
    if unit is None:
        special = _without_unit(folded, reading, numeral)
        if special is not None and special.status == BLOCKED:
            return special
        reading = special or replace(reading, status=_bare_status(folded, reading, numeral))
        if reading.status == OK:
            reading = _qualified(folded, reading)  # 三分之二以上, 百分之三十左右, 3000以上
    else:
        word = unit.group().strip()
        if DATE_AFTER.get(word) is not None or (
            word == "年" and _year_like(folded, reading, numeral)
        ):
            return _date(folded, reading, numeral, word, unit.end(), before)
        reading = _with_unit(folded, reading, numeral, word, unit)
    rate = _RATE_MARKS.search(folded, max(0, start - _RATE_MARK_LENGTH), start)
    if set(folded[start:cut]) <= _SCALES and (_SCALED_UNIT.match(folded, start) or rate):
        return replace(reading, status=BLOCKED)  # 千克, 每万人
    previous_end = next((r.end for r in reversed(before) if r.status != WEAK), -1)
    reading = _before(folded, reading, previous_end)
    if numeral.arabic and _LATIN.match(folded[start - 1 : start] or " "):
        reading = replace(reading, status=BLOCKED)  # Mate60, A4: part of a name
    elif numeral.arabic and _coded(folded[start:cut]):
        reading = replace(reading, status=BLOCKED)  # 0731, 沙尔克04队: not 4 teams
    return reading


def _year_like(folded: str, reading: _Reading, numeral: Numeral) -> bool:
    written = folded[reading.start : reading.end]
    return numeral.digit_string or (numeral.arabic and len(written) == 4 and written.isdigit())


def _without_unit(folded: str, reading: _Reading, numeral: Numeral) -> _Reading | None:
    """Fractions (三分之一, 1/2) and clock times (15:30) after a bare numeral."""
    cut = reading.end
    if folded.startswith("分之", cut):
        return _fraction(folded, reading, cut + 2)
    if folded.startswith("又", cut) and (run := _RUN.match(folded, cut + 1)):
        denominator = _longest_numeral(folded, run.start(), run.end())
        if denominator and folded.startswith("分之", denominator[0]):  # 三百五十又三分之一
            part = replace(reading, start=run.start(), end=denominator[0])
            part = replace(part, value=_decimal(denominator[1].value))
            mixed = _fraction(folded, part, denominator[0] + 2, plain=True)
            if mixed is not None and mixed.kind == "number":
                return replace(reading, end=mixed.end, value=reading.value + mixed.value)
    follows = ARABIC.match(folded, cut + 1)
    if folded[cut : cut + 1] == ":" and follows:
        return replace(reading, end=follows.end(), status=BLOCKED)
    mark = _SCORE_MARK.match(folded, cut)
    run = _RUN.match(folded, mark.end()) if mark else None
    if run and (other := _longest_numeral(folded, run.start(), run.end())):
        return replace(reading, end=other[0], status=BLOCKED)  # 3比1: a score
    if (
        folded[cut : cut + 1] == "/"
        and numeral.arabic
        and follows
        and follows.group().isdigit()
        and not re.match(r"/[0-9]", folded[follows.end() : follows.end() + 2])
        and folded[reading.start - 1 : reading.start] != "/"
        and int(follows.group())
    ):
        if _season(folded[reading.start : cut], follows.group()):
            return replace(reading, end=follows.end(), status=BLOCKED)
        value = reading.value / Decimal(follows.group())
        return replace(reading, end=follows.end(), value=value, scale=1)
    return None


def _season(numerator: str, denominator: str) -> bool:
    """2003/04, 2010/11, 2003/2004: a season or a fiscal year across two years, not a
    fraction."""
    if not (len(numerator) == 4 and numerator.isdigit()):
        return False
    following = int(numerator) + 1
    return (
        denominator.startswith("0")
        or (len(denominator) == 2 and int(denominator) == following % 100)
        or int(denominator) == following
    )


def _fraction_range_end(folded: str, mark: int) -> tuple[int, Numeral] | None:
    """The bare numerator that ends a range of fractions at ``mark`` (the 九 of 百分之八到九),
    where it is no fraction or amount of its own (not 百分之八到百分之九, 八到九成)."""
    if folded[mark : mark + 1] not in tuple(RANGE_MARKS):
        return None
    run = _RUN.match(folded, mark + 1)
    found = _longest_numeral(folded, mark + 1, run.end()) if run else None
    if found is None or found[1].upper is not None:
        return None
    if folded.startswith("分之", found[0]) or _unit_at(folded, found[0]):
        return None
    return found


def _fraction(folded: str, reading: _Reading, after: int, plain: bool = False) -> _Reading | None:
    """三分之一 is a number; a denominator of 100, 1000, 10000... makes a percent (千分之五 is
    0.5 %) unless ``plain`` (3又一千分之23); a unit may follow (四分之一公升)."""
    sign = Decimal(-1) if folded[after : after + 1] == "负" else Decimal(1)
    after += sign < 0
    run = _RUN.match(folded, after)
    found = _longest_numeral(folded, after, run.end()) if run else None
    if found is None or reading.value == 0:
        return None
    cut, numerator = found
    value = sign * _decimal(numerator.value) / reading.value
    upper = None if numerator.upper is None else sign * _decimal(numerator.upper) / reading.value
    kind, unit = "number", None
    exponent = reading.value.log10()
    if not plain and exponent >= 2 and exponent == exponent.to_integral_value():
        kind, unit, value = "percent", "%", value * 100
        upper = None if upper is None else upper * 100
        if upper is None and (end := _fraction_range_end(folded, cut)):  # 百分之八到九
            top = _decimal(end[1].value) / reading.value * 100
            if top > value:
                upper, cut = top, end[0]
    elif (unit_match := _unit_at(folded, cut)) and UNITS[unit_match.group().strip()][0] in (
        "measure",
        "duration",
        "money",
    ):
        kind, unit = UNITS[unit_match.group().strip()]
        cut = unit_match.end()
    approximate = numerator.approximate
    return replace(
        reading,
        end=cut,
        kind=kind,
        unit=unit,
        value=value,
        upper=upper,
        approximate=approximate,
        scale=1,
    )


def _date(
    folded: str,
    reading: _Reading,
    numeral: Numeral,
    word: str,
    stop: int,
    before: list[_Reading],
) -> _Reading | None:
    """Dates and clock times belong to the date rules: kept only to block their neighbours."""
    last = before[-1] if before and before[-1].end == reading.start else None
    clock = last is not None and last.status == BLOCKED
    if word in ("分", "秒") and not clock:  # not the minutes and seconds of a clock time
        if word == "秒":
            return replace(reading, end=stop, kind="duration", unit="second")
        half = re.match("半钟?", folded[stop : stop + 2])
        if half:  # 一分半钟
            value = reading.value + Decimal("0.5")
            return replace(
                reading, end=stop + half.end(), kind="duration", unit="minute", value=value
            )
        if last is not None and (last.kind, last.unit) == ("duration", "hour"):
            return replace(reading, end=stop, kind="duration", unit="minute")  # 两小时十分
        return replace(reading, end=stop, kind="count", unit="分")
    whole = numeral.upper is None and reading.value == reading.value.to_integral_value()
    if not (whole and 0 <= reading.value <= DATE_AFTER.get(word, 9999)):
        if word == INDEX_POINT and reading.value >= 0:  # 报3300.12点: an index, no clock
            return replace(reading, end=stop, kind="count", unit=word)
        return None
    return replace(reading, end=stop, status=BLOCKED)


def _with_unit(
    folded: str, reading: _Reading, numeral: Numeral, word: str, unit: re.Match[str]
) -> _Reading:
    """Settle what the unit means here, then read what follows it."""
    kind, code = UNITS[word]
    stop, after = unit.end(), folded[unit.end() : unit.end() + 1]
    scale = Decimal(1)
    if not _counts_here(folded, reading, word, stop):
        return replace(reading, status=_bare_status(folded, reading, numeral))  # 十大新闻, 80平
    if word == "个" and (past := _past_ge(folded, reading, numeral, stop)) is not None:
        return past
    between = folded[stop : stop + 1]
    if word == "个" and between and between in "半" + MORE:
        whole = _AFTER_HALF_WORD.match(folded, stop + 1)
        if whole:  # 一个半小时, 一个半月; 一个多小时, 两个多月
            duration = replace(
                reading, end=whole.end(), kind="duration", unit=_AFTER_HALF[whole.group()]
            )
            if between == "半":
                return replace(duration, value=reading.value + Decimal("0.5"))
            most = (reading.value if reading.upper is None else reading.upper) + 1
            return replace(duration, upper=most, approximate=True)
    if word == "半" and reading.value == 1 and reading.upper is None:
        return replace(reading, end=stop, value=Decimal("0.5"))  # 一半 is a half; 两半 two halves
    if kind == "degree":
        context = folded[max(0, reading.start - 12) : reading.start]
        if any(cue in context for cue in TEMPERATURE_CUES):
            kind, code = "temperature", "C"
        elif any(cue in context for cue in ENERGY_CUES):
            kind, code = "measure", "kWh"  # 用电量100度
        else:
            kind, code = "measure", "°"
    elif word == TENTHS or code == "discount":
        # 九成 is 90 %, 八折 80 %, 七五折 and 75折 75 %; 成为, 十一成 and 十折 are no percent.
        if word == TENTHS:
            ok = numeral.value <= 10 and not (after and after in NOT_TENTHS_BEFORE)
        else:
            ok = numeral.value < 10 or numeral.digit_string or numeral.arabic
        if not ok:
            return replace(reading, status=_bare_status(folded, reading, numeral))
        code = "%"
        scale = Decimal(10) if numeral.value < 10 or word == TENTHS else Decimal(1)
    elif word in SCALED_CURRENCIES:
        scale = Decimal(SCALED_CURRENCIES[word][1])  # 1.2兆美元: 1.2 trillion dollars
    elif word in CENTS:
        scale = _decimal(CENTS[word][1])  # 7.5美分: 0.075 dollars
    elif word in COINS:
        if _HAN.match(after) and after != "钱" and not _RUN.match(after):
            return replace(reading, status=_bare_status(folded, reading, numeral))  # 四角: corners
        scale = _decimal(COINS[word])
    elif (
        word == "块"
        and _HAN.match(after)
        and not _RUN.match(after)
        and not _qualifier_at(folded, stop)
        and not (after in MORE and folded.startswith("钱", stop + 1))  # 两块多钱
    ):
        kind, code = "count", None  # 3块奖牌: pieces, not yuan
    elif code == "permille":
        code, scale = "%", Decimal("0.1")
    upper = None if reading.upper is None else reading.upper * scale
    word_span = (stop - len(word), stop) if kind in ("count", "duration") else None
    reading = replace(
        reading,
        end=stop,
        kind=kind,
        unit=code,
        value=reading.value * scale,
        upper=upper,
        word=word_span,
    )
    return _after_unit(folded, reading, word, scale)


def _past_ge(folded: str, reading: _Reading, numeral: Numeral, stop: int) -> _Reading | None:
    """个 that adds nothing to what follows it, as speech has it: a currency name (20个比特币), a
    scale (5个亿) or a measure of two Chinese characters or more (六个加仑, 两个平方米; not
    一个米老鼠); None where 个 is the measure word itself."""
    if currency := _CURRENCY.match(folded, stop):
        code = TABLES["currency_after"][currency.group()]
        return replace(reading, end=currency.end(), kind="money", unit=code)
    if scaled := _COUNTED_SCALE.match(folded, stop):
        return _counted_scale(folded, reading, numeral, scaled)
    measure = _unit_at(folded, stop)
    word = measure.group().strip() if measure else ""
    if measure and UNITS[word][0] == "measure" and len(word) > 1 and not word.isascii():
        return _with_unit(folded, reading, numeral, word, measure)
    return None


def _counted_scale(
    folded: str, reading: _Reading, numeral: Numeral, scaled: re.Match[str]
) -> _Reading:
    """5个亿, 1个多亿, 几个亿元: 个 before a scale adds nothing, as speech has it; 多 between
    them adds up to one more of the scale."""
    factor = _decimal(BIG_UNITS[scaled[2]])
    upper = None if reading.upper is None else reading.upper * factor
    approximate = reading.approximate
    if scaled[1]:  # 1个多亿: 100 to 200 million
        upper, approximate = ((reading.upper or reading.value) + 1) * factor, True
    bare = replace(
        reading,
        end=scaled.end(),
        value=reading.value * factor,
        upper=upper,
        approximate=approximate,
    )
    unit = _unit_at(folded, bare.end)
    word = unit.group().strip() if unit else ""
    if unit is None or UNITS[word][0] == "date":  # 5个亿左右; 5个亿日本 has no day
        return _qualified(folded, bare)
    return _with_unit(folded, bare, numeral, word, unit)


def _counts_here(folded: str, reading: _Reading, word: str, stop: int) -> bool:
    """Whether a unit word that counts only in some places counts here, ending at ``stop``:
    大 a party congress after 党的 or 中共, or from 十一 up before 精神 or 以来 (not 十大新闻);
    平 draws right after the wins (8胜2平, not 80平); 代 and 阶段 only after 第; 胜, 负 and 平 not
    after a bare scale (百战百胜); 国 not after a lone Chinese digit (三国)."""
    written = folded[reading.start : reading.end]
    if word == CONGRESS:
        return folded.endswith(CONGRESS_AFTER, 0, reading.start) or (
            reading.value >= CONGRESS_LEAST and folded.startswith(CONGRESS_BEFORE, stop)
        )
    if word == DRAWS and not folded.endswith(DRAWS_AFTER, 0, reading.start):
        return False
    if word in ORDINAL_ONLY_UNITS:
        return folded.endswith(ORDINAL, 0, reading.start)
    if word in RECORD_WORDS and written in _SCALES:
        return False
    return not (word in NOT_AFTER_LONE_DIGIT and written in DIGITS)


def _qualifier_at(folded: str, position: int) -> str | None:
    """The qualifier at ``position``, unless the character after it makes it the start of
    another word (the 整 of 一个整体)."""
    word = next((w for w in _QUALIFIERS_AFTER if folded.startswith(w, position)), None)
    if word is None:
        return None
    following = folded[position + len(word) : position + len(word) + 1]
    return None if following and following in QUALIFIERS_AFTER_NOT_BEFORE.get(word, "") else word


def _qualified(folded: str, reading: _Reading) -> _Reading:
    """A bound or hedge right after a figure (左右, 以上, 出头) joins its span; a hedge makes it
    approximate."""
    qualifier = _qualifier_at(folded, reading.end)
    if qualifier is None:
        return reading
    approximate = reading.approximate or QUALIFIERS_AFTER[qualifier]
    return replace(reading, end=reading.end + len(qualifier), approximate=approximate)


_QUALIFIERS_AFTER = by_length(QUALIFIERS_AFTER)
_QUALIFIERS_BEFORE = by_length(QUALIFIERS_BEFORE)
_CURRENCY_BEFORE = by_length(CURRENCY_BEFORE)
_TEMPERATURE_BEFORE = by_length(TEMPERATURE_BEFORE)


def _after_unit(folded: str, reading: _Reading, word: str, step: Decimal) -> _Reading:
    """Smaller parts (3元5角, 一块二, 三斤五两), 半 (两年半), 多 (两年多), then 左右, 以上..."""
    stop, value, upper, approximate = reading.end, reading.value, reading.upper, reading.approximate
    if word in PARTS:
        stop, value = _parts(folded, stop, word, value, step)
    if folded.startswith("半", stop) and reading.kind in (
        "duration",
        "age",
        "measure",
        "money",
        "percent",
    ):
        value += step / 2
        stop += 1
    elif (
        folded[stop : stop + 1]
        and folded[stop] in MORE
        and not folded.startswith(MORE_NOT_BEFORE, stop + 1)
        and (excess := _excess(folded, reading, word, stop)) is not None
    ):  # 两年多, 3成多, 5元多, 1.5米多
        upper, approximate = (value if upper is None else upper) + excess * step, True
        stop += 1 + (reading.kind == "money" and folded.startswith("钱", stop + 1))  # 三元多钱
    moved = replace(reading, end=stop, value=value, upper=upper, approximate=approximate)
    return _qualified(folded, moved)


def _excess(folded: str, reading: _Reading, word: str, stop: int) -> Decimal | None:
    """What 多 right after this unit may add, in units: one more of a duration, an age, 成 or
    倍 (两年多, 3成多, 2倍多); for money and measures, less than the number's last written
    place (5元多 is 5 to 6 yuan, 1.5米多 1.5 to 1.6 m), unless a part (3元5角多) or a scale
    (3万元多) leaves that place unclear."""
    if reading.kind in ("duration", "age") or word in (TENTHS, "倍"):
        return Decimal(1)
    written = folded[reading.start : reading.end - len(word)]
    if reading.kind not in ("money", "measure") or stop != reading.end or not written:
        return None
    if any(char in BIG_UNITS for char in written):
        return None
    for point in (".", POINT):
        if point in written:
            return Decimal(10) ** -len(written.partition(point)[2])
    return Decimal(1)


def _parts(
    folded: str, stop: int, word: str, value: Decimal, scale: Decimal
) -> tuple[int, Decimal]:
    """3元5角2分, 3斤5两; a bare Chinese digit counts one place lower (一块二, 一米八, 两毛五),
    and 零 skips a place (三块零四). ``scale`` is the worth of one ``word`` in the figure's unit."""
    parts = PARTS[word]
    while run := _RUN.match(folded, stop + folded.startswith("又", stop)):  # 两美元又三美分
        for cut in range(run.end(), run.start(), -1):
            numeral = parse_numeral(folded[run.start() : cut])
            part = next((p for p in by_length(parts) if folded.startswith(p, cut)), None)
            if numeral is not None and numeral.upper is None and part is not None:
                scale *= _decimal(parts[part])
                value += _decimal(numeral.value) * scale
                stop, parts = cut + len(part), PARTS.get(part, {})
                break
        else:
            written, end = run.group(), run.end()
            split = (  # 一块二一斤: the 一 counts the 斤 (and 两块五一斤 holds no 五一)
                len(written) == 2
                and written[0] != "零"
                and all(c in DIGITS for c in written)
                and bool(_unit_at(folded, end))
            )
            end -= split
            digits = _COLLOQUIAL.fullmatch(folded, run.start(), end)
            begun = None if split else _NOT_FIGURES.match(folded, run.start())
            if (  # 一块二, 一米七五; not 80元60岁, 一块一览 (一览, a word) or 20米二楼 (a floor)
                digits
                and not _unit_at(folded, end)
                and not (begun and begun.end() > end)
                and not folded.startswith(LABEL_AFTER, end)
            ):
                part = "".join(str(DIGITS.get(c, c)) for c in digits[1])
                places = Decimal(10) ** -(len(part) + written.startswith("零"))
                value += Decimal(part) * places * scale
                stop = end
            break
    return stop, value


def _before(folded: str, reading: _Reading, previous_end: int) -> _Reading:
    """Widen a reading over what stands before it: a sign, 第, a currency, 零下, qualifiers.

    Nothing is taken from the previous figure: a dash right after it is a range mark.
    """
    start = reading.start
    sign = folded[start - 1 : start]
    earlier = folded[start - 2 : start - 1]
    after_number = (
        earlier.isdigit() or _LATIN.match(earlier) or (earlier and earlier in NUMERAL_CHARS)
    )
    if (
        sign
        and sign in NEGATIVE
        and start - 1 > previous_end
        and (
            (sign == "负" and reading.kind not in ("count", "ordinal"))
            or (
                not after_number
                and folded[start].isdigit()
                and not (earlier and earlier in NEGATIVE)
            )
        )
    ):  # -5℃, 负三; not 2-3, nor the 三 of --三人行, nor 负三场 (lost three games)
        value, upper = _negated(reading.value, reading.upper)
        reading = replace(reading, start=start - 1, value=value, upper=upper)
        start -= 1
    if folded[start - 1 : start] == ORDINAL and start - 1 >= previous_end:
        unit = reading.unit if reading.kind == "ordinal" else None
        kind = "ordinal"
        reading = replace(reading, start=start - 1, kind=kind, unit=unit, status=OK)
        start -= 1
    for words, apply in ((_CURRENCY_BEFORE, _currency), (_TEMPERATURE_BEFORE, _temperature)):
        word = next((w for w in words if folded.endswith(w, 0, start)), None)
        if word and start - len(word) >= previous_end and (changed := apply(reading, word)):
            reading = replace(changed, start=start - len(word), status=OK)
            start -= len(word)
    qualifier = next((w for w in _QUALIFIERS_BEFORE if folded.endswith(w, 0, start)), None)
    begins = start - len(qualifier or "")
    if (
        qualifier
        and begins >= previous_end
        and not (begins and folded[begins - 1] in QUALIFIERS_NOT_AFTER.get(qualifier, ""))
    ):  # 超过3万; not the 超 of 英超4强
        approximate = reading.approximate or QUALIFIERS_BEFORE[qualifier]
        reading = replace(reading, start=start - len(qualifier), approximate=approximate)
    elif folded[reading.start] in _SCALES and start > previous_end:
        word = next((w for w in SCALE_QUALIFIERS if folded.endswith(w, 0, start)), None)
        begins = start - len(word or "")
        if (
            word
            and not (begins and folded[begins - 1] in QUALIFIERS_NOT_AFTER.get(word, ""))
            and not (SCALE_QUALIFIERS[word] and _NOT_FIGURES.match(folded, reading.start))
        ):
            # 上千家, 月薪过万: a bare scale after 上 or 过; not the 过 of 经过万达广场
            status = OK if SCALE_QUALIFIERS[word] and reading.status == WEAK else reading.status
            reading = replace(reading, start=begins, approximate=True, status=status)
    return reading


def _currency(reading: _Reading, word: str) -> _Reading | None:
    """港币3000元, 美金500: a currency before the amount names it; 元 after it is only yuan
    where nothing says otherwise. A lone Chinese digit is no amount (美元一统天下)."""
    if reading.kind not in ("number", "money") or reading.status == WEAK:
        return None
    unit = CURRENCY_BEFORE[word] if reading.unit in (None, "CNY") else reading.unit
    return replace(reading, kind="money", unit=unit)


def _negated(value: Decimal, upper: Decimal | None) -> tuple[Decimal, Decimal | None]:
    """A value and upper bound below zero: 负十几 and 零下十几度 run from -19 to -11."""
    return (-value, None) if upper is None else (-upper, -value)


def _temperature(reading: _Reading, word: str) -> _Reading | None:
    if reading.kind not in ("number", "temperature") and reading.unit != "°":
        return None
    value, upper = reading.value, reading.upper
    if word == "零下":
        value, upper = _negated(value, upper)
    unit = TEMPERATURE_BEFORE[word]
    return replace(reading, kind="temperature", unit=unit, value=value, upper=upper)


def _coded(written: str) -> bool:
    """Whether digits start with a zero that no quantity is written with (003, 0731, the 04 of
    沙尔克04队): a code or a name's number, whatever follows it; 0.5 is a number."""
    return written[0] == "0" and len(re.sub(r"[^0-9]", "", written)) > 1 and written[1] != "."


def _bare_status(folded: str, reading: _Reading, numeral: Numeral) -> str:
    """Whether a numeral with no unit is a number worth reporting (OK), one that may only
    start a range (WEAK: 二 of 二至三公升) or a code or year that is no figure (BLOCKED)."""
    written = folded[reading.start : reading.end]
    after = folded[reading.end : reading.end + 1]
    if folded.startswith(LABEL_AFTER, reading.end):
        return BLOCKED
    if folded[max(0, reading.start - 8) : reading.start].rstrip(":： ").endswith(LABELS_BEFORE):
        return BLOCKED  # 邮编100021, 电话：82001129
    if not numeral.arabic:
        if len(written) < 2 or numeral.digit_string:
            return WEAK
        return OK
    digits = re.sub(r"[^0-9]", "", written)
    if (
        (len(digits) >= 11 or (len(digits) >= 7 and not digits.endswith("000")))
        and "," not in written
        and "." not in written
    ):
        return BLOCKED  # phone, ID and serial numbers; a round 3000000 is an amount
    if len(written) == 4 and written.isdigit() and 1900 <= int(written) <= 2100:
        return BLOCKED  # most likely a year: the date rules' business
    if _LATIN.match(after) or (
        after == "." and re.match(r"[0-9A-Za-z]", folded[reading.end + 1 : reading.end + 2])
    ):
        return BLOCKED  # 5G, 3D, 2.0.1, 601988.SH
    if _MODEL.fullmatch(folded, max(0, reading.start - 2), reading.start) and not (
        folded.endswith(_MINUS_AFTER, 0, reading.start - 1)
    ):
        return BLOCKED  # A-50, 苏-30: a model's designation
    if folded[reading.start - 1 : reading.start] == "/" or re.match(
        r"/[0-9]", folded[reading.end : reading.end + 2]
    ):
        return BLOCKED  # 2025/4/12
    return OK


def _duration_factor(larger: str, smaller: str) -> int | None:
    factor, unit = 1, larger
    while unit != smaller:
        if unit not in DURATION_STEPS:
            return None
        unit, step = DURATION_STEPS[unit]
        factor *= step
    return factor


def _join_scaled(folded: str, readings: list[_Reading]) -> list[_Reading]:
    """1兆2000亿日元: a bare number, a currency scale (``currency_scales``) and an amount of
    money smaller than it are one amount, 1.2 trillion yen."""
    joined: list[_Reading] = []
    for reading in readings:
        previous = joined[-1] if joined else None
        scale = folded[previous.end : reading.start] if previous else ""
        worth = Decimal(CURRENCY_SCALES.get(scale, 0))
        if (
            previous is not None
            and worth
            and previous.kind == "number"
            and previous.upper is None
            and previous.status == reading.status == OK
            and reading.kind == "money"
            and reading.upper is None
            and reading.value < worth
        ):
            value = previous.value * worth + reading.value
            joined[-1] = replace(reading, start=previous.start, value=value)
            continue
        joined.append(reading)
    return joined


def _join_hedged(readings: list[_Reading]) -> list[_Reading]:
    """十几二十个, 几十上百人: a vague bare number right before a larger round figure is the
    low end of a range that runs up to it (11 to 20, 20 to 100), in the figure's unit."""
    joined: list[_Reading] = []
    for reading in readings:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.end == reading.start
            and previous.kind == "number"
            and previous.approximate
            and previous.upper is not None
            and reading.upper is None
            and reading.value >= previous.upper
            and reading.kind not in ("number", "ordinal")
            and previous.status == reading.status == OK
        ):
            joined[-1] = replace(
                reading,
                start=previous.start,
                value=previous.value,
                upper=reading.value,
                approximate=True,
            )
            continue
        joined.append(reading)
    return joined


def _join_durations(folded: str, readings: list[_Reading]) -> list[_Reading]:
    """1小时30分钟 is 90 minutes, 两年零三个月 27 months, 五分三十秒 330 seconds, and a race
    time's two digits after 秒 are hundredths (9秒83 is 9.83 seconds)."""
    joined: list[_Reading] = []
    for reading in readings:
        previous = joined[-1] if joined else None
        digits = folded[reading.start : reading.end]
        if (
            previous is not None
            and (previous.kind, previous.unit, previous.upper) == ("duration", "second", None)
            and reading.kind == "number"
            and reading.start == previous.end
            and re.fullmatch("[0-9]{2}", digits)
        ):
            hundredths = Decimal(digits) / 100
            joined[-1] = replace(previous, end=reading.end, value=previous.value + hundredths)
            continue
        if (
            previous is not None
            and reading.kind == "duration"
            and previous.status == reading.status == OK
            and folded[previous.end : reading.start] in ("", "零")
            and (previous.kind == "duration" or (previous.kind, previous.unit) == ("count", "分"))
        ):
            larger = "minute" if previous.kind == "count" else str(previous.unit)
            factor = _duration_factor(larger, str(reading.unit))
            if factor and factor > 1 and previous.upper is None and reading.upper is None:
                value = previous.value * factor + reading.value
                joined[-1] = replace(
                    reading,
                    start=previous.start,
                    value=value,
                    approximate=previous.approximate or reading.approximate,
                )
                continue
        joined.append(reading)
    return joined


def _ordinal_lists(folded: str, readings: list[_Reading]) -> list[_Reading]:
    """第八、九届, 第六、七、八届, 第3、4名: numbers listed after an ordinal share its 第 and
    the last one's measure word, so each is an ordinal in 届 or 名."""
    listed = list(readings)
    index = 0
    while index < len(listed):
        first, end = listed[index], index
        if first.kind == "ordinal" and first.unit is None and first.word is None:
            while (
                end + 1 < len(listed)
                and folded[listed[end].end : listed[end + 1].start] == LIST_MARK
                and listed[end + 1].kind in ("number", "count")
                and listed[end + 1].upper is None
                and listed[end + 1].status != BLOCKED
                and listed[end].kind != "count"
            ):
                end += 1
        last = listed[end]
        if end > index and last.kind == "count" and last.word is not None:
            for item in range(index, end + 1):
                listed[item] = replace(listed[item], kind="ordinal", word=last.word, status=OK)
        index = end + 1
    return listed


def _join_ranges(folded: str, readings: list[_Reading]) -> list[_Reading]:
    """3至5亿元, 20%-30%, 二至三公升: two readings joined by a range mark become one."""
    joined: list[_Reading] = []
    for reading in readings:
        low = joined[-1] if joined else None
        if low is None or folded[low.end : reading.start] not in tuple(RANGE_MARKS):
            joined.append(reading)
            continue
        if BLOCKED in (low.status, reading.status):
            # 8-10月, 0731-88888888: a bare number joined to a date or code is part of it.
            if low.kind == "number":
                joined[-1] = replace(low, status=BLOCKED)
            if reading.kind == "number":
                reading = replace(reading, status=BLOCKED)
            joined.append(reading)
            continue
        if low.kind == "number" and reading.kind != "number":
            value = low.value * (reading.scale if low.scale == 1 else 1)
            low = replace(low, kind=reading.kind, unit=reading.unit, value=value)
        high = reading.upper if reading.upper is not None else reading.value
        lowest = low.value
        if high < lowest < 0 and reading.upper is None and low.upper is None:
            lowest, high = high, lowest  # 零下5至零下10度: from -10 to -5, written by size
        chained = (
            folded[reading.end : reading.end + 1] in RANGE_MARKS
            and folded[reading.end + 1 : reading.end + 2].isdigit()
        )
        if low.kind == reading.kind == "number" and (
            high <= low.value or low.value == 0 or chained
        ):
            # 2-1, 0-0, 0-2: bare numbers that do not rise, or rise from nothing, are a score
            # (as 3比1 is) or a code; so are three in a row (odds: 1.22-4.80-10.00)
            joined[-1] = replace(low, status=BLOCKED)
            joined.append(replace(reading, status=BLOCKED))
            continue
        if (
            (low.kind, low.unit) != (reading.kind, reading.unit)
            or low.kind == "ordinal"
            or high < lowest  # 3至万次: no range runs downwards
        ):
            joined.append(reading)
            continue
        joined[-1] = replace(
            reading,
            start=low.start,
            value=lowest,
            upper=high,
            approximate=low.approximate or reading.approximate,
            status=OK if OK in (low.status, reading.status) else WEAK,
        )
    return joined
