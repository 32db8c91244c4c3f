"""Dates: tables of (text, reference, expected mentions), negatives and properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cnnews_nlp.dates import find_dates

REF = dt.date(2025, 4, 12)  # a Saturday
Row = tuple[str, str | None, str | None, str, bool]


def read(text: str, reference: dt.date | None = REF) -> list[Row]:
    return [
        (m.text, m.first, m.last, m.granularity, m.relative) for m in find_dates(text, reference)
    ]


ABSOLUTE: list[tuple[str, list[Row]]] = [
    ("2025年4月12日", [("2025年4月12日", "2025-04-12", "2025-04-12", "day", False)]),
    ("2025-04-12", [("2025-04-12", "2025-04-12", "2025-04-12", "day", False)]),
    ("2025/4/12", [("2025/4/12", "2025-04-12", "2025-04-12", "day", False)]),
    ("2025.4.12", [("2025.4.12", "2025-04-12", "2025-04-12", "day", False)]),
    (
        "2025-04-12 15:30",
        [("2025-04-12 15:30", "2025-04-12T15:30", "2025-04-12T15:30", "minute", False)],
    ),
    ("1905年", [("1905年", "1905-01-01", "1905-12-31", "year", False)]),
    ("一九九八年", [("一九九八年", "1998-01-01", "1998-12-31", "year", False)]),
    ("二〇二二年三月", [("二〇二二年三月", "2022-03-01", "2022-03-31", "month", False)]),
    ("2024年2月29日", [("2024年2月29日", "2024-02-29", "2024-02-29", "day", False)]),
    ("2025年国庆节", [("2025年国庆节", "2025-10-01", "2025-10-01", "day", False)]),
    # periods
    ("2022年底", [("2022年底", "2022-10-01", "2022-12-31", "quarter", False)]),
    ("2022年初", [("2022年初", "2022-01-01", "2022-03-31", "quarter", False)]),
    ("2023年上半年", [("2023年上半年", "2023-01-01", "2023-06-30", "half", False)]),
    ("2023年下半年", [("2023年下半年", "2023-07-01", "2023-12-31", "half", False)]),
    ("2024年第一季度", [("2024年第一季度", "2024-01-01", "2024-03-31", "quarter", False)]),
    ("2022年春", [("2022年春", "2022-03-01", "2022-05-31", "season", False)]),
    ("2023年冬季", [("2023年冬季", "2023-12-01", "2024-02-29", "season", False)]),
    ("2024年4月上旬", [("2024年4月上旬", "2024-04-01", "2024-04-10", "xun", False)]),
    ("2024年2月下旬", [("2024年2月下旬", "2024-02-21", "2024-02-29", "xun", False)]),
    ("2024年3月底", [("2024年3月底", "2024-03-21", "2024-03-31", "xun", False)]),
    ("二十世纪六七十年代", [("二十世纪六七十年代", "1960-01-01", "1979-12-31", "decade", False)]),
    ("21世纪", [("21世纪", "2001-01-01", "2100-12-31", "century", False)]),
    ("90年代末", [("90年代末", "1997-01-01", "1999-12-31", "decade", False)]),
    # ranges
    ("2020年到2022年", [("2020年到2022年", "2020-01-01", "2022-12-31", "year", False)]),
    ("1993—1995年", [("1993—1995年", "1993-01-01", "1995-12-31", "year", False)]),
    ("2024年起", [("2024年起", "2024-01-01", None, "year", False)]),
    ("自2022年以来", [("2022年以来", "2022-01-01", None, "year", False)]),
    ("自从2018年", [("自从2018年", "2018-01-01", None, "year", False)]),
    ("2018年以前", [("2018年以前", None, "2017-12-31", "year", False)]),
    ("2018年之后", [("2018年之后", "2019-01-01", None, "year", False)]),
    ("截至2024年底", [("截至2024年底", None, "2024-12-31", "quarter", False)]),
    ("2010年之后2018年之前", [("2010年之后2018年之前", "2011-01-01", "2017-12-31", "year", False)]),
    ("从2016到2018", [("2016到2018", "2016-01-01", "2018-12-31", "year", False)]),
    (
        "18年10月1日到19年2月3日",
        [("18年10月1日到19年2月3日", "2018-10-01", "2019-02-03", "day", False)],
    ),
    ("08年奥运会", [("08年", "2008-01-01", "2008-12-31", "year", False)]),
    ("2019年2月29日", [("2019年2月29日", None, None, "day", False)]),
]


RELATIVE: list[tuple[str, list[Row]]] = [
    ("4月12日", [("4月12日", "2025-04-12", "2025-04-12", "day", True)]),
    ("12日", [("12日", "2025-04-12", "2025-04-12", "day", True)]),
    ("下午3时", [("下午3时", "2025-04-12T15:00", "2025-04-12T15:59", "hour", True)]),
    ("15:30", [("15:30", "2025-04-12T15:30", "2025-04-12T15:30", "minute", True)]),
    ("晚8点", [("晚8点", "2025-04-12T20:00", "2025-04-12T20:59", "hour", True)]),
    ("上午10时30分", [("上午10时30分", "2025-04-12T10:30", "2025-04-12T10:30", "minute", True)]),
    ("12日晚", [("12日晚", "2025-04-12T18:00", "2025-04-12T23:59", "part_of_day", True)]),
    ("当天下午", [("当天下午", "2025-04-12T12:00", "2025-04-12T17:59", "part_of_day", True)]),
    ("年底", [("年底", "2025-10-01", "2025-12-31", "quarter", True)]),
    ("月底", [("月底", "2025-04-21", "2025-04-30", "xun", True)]),
    ("今年", [("今年", "2025-01-01", "2025-12-31", "year", True)]),
    ("去年", [("去年", "2024-01-01", "2024-12-31", "year", True)]),
    ("明年", [("明年", "2026-01-01", "2026-12-31", "year", True)]),
    ("前年", [("前年", "2023-01-01", "2023-12-31", "year", True)]),
    ("今天", [("今天", "2025-04-12", "2025-04-12", "day", True)]),
    ("昨天", [("昨天", "2025-04-11", "2025-04-11", "day", True)]),
    ("明天", [("明天", "2025-04-13", "2025-04-13", "day", True)]),
    ("当天", [("当天", "2025-04-12", "2025-04-12", "day", True)]),
    ("次日", [("次日", "2025-04-13", "2025-04-13", "day", True)]),
    ("上周", [("上周", "2025-03-31", "2025-04-06", "week", True)]),
    ("下周三", [("下周三", "2025-04-16", "2025-04-16", "day", True)]),
    ("周三下午3时", [("周三下午3时", "2025-04-09T15:00", "2025-04-09T15:59", "hour", True)]),
    ("4月12日，星期六", [("4月12日，星期六", "2025-04-12", "2025-04-12", "day", True)]),
    ("前两天", [("前两天", "2025-04-10", "2025-04-11", "day", True)]),
    ("三天前", [("三天前", "2025-04-09", "2025-04-09", "day", True)]),
    ("两年后", [("两年后", "2027-01-01", "2027-12-31", "year", True)]),
    (
        "下午5:00到6:00",
        [("下午5:00到6:00", "2025-04-12T17:00", "2025-04-12T18:00", "minute", True)],
    ),
    (
        "晚10点到凌晨2点",
        [("晚10点到凌晨2点", "2025-04-12T22:00", "2025-04-13T02:59", "hour", True)],
    ),
    ("8月至2月", [("8月至2月", "2025-08-01", "2026-02-28", "month", True)]),
    ("三月和九月之间", [("三月和九月之间", "2025-03-01", "2025-09-30", "month", True)]),
    ("本月", [("本月", "2025-04-01", "2025-04-30", "month", True)]),
    ("下个月", [("下个月", "2025-05-01", "2025-05-31", "month", True)]),
    ("今年春天", [("今年春天", "2025-03-01", "2025-05-31", "season", True)]),
    ("上世纪80年代", [("上世纪80年代", "1980-01-01", "1989-12-31", "decade", True)]),
    ("80年代", [("80年代", "1980-01-01", "1989-12-31", "decade", False)]),
    ("4月30日-5月5日", [("4月30日-5月5日", "2025-04-30", "2025-05-05", "day", True)]),
    ("4月30日至5月5日", [("4月30日至5月5日", "2025-04-30", "2025-05-05", "day", True)]),
    ("4月11至12日", [("4月11至12日", "2025-04-11", "2025-04-12", "day", True)]),
    # a list is two mentions; the second takes month and year from the first
    (
        "2024年4月11日、12日",
        [
            ("2024年4月11日", "2024-04-11", "2024-04-11", "day", False),
            ("12日", "2024-04-12", "2024-04-12", "day", False),
        ],
    ),
    # 当天 and 次日 follow the last day mentioned; 同年 the last year
    (
        "3月5日开幕，当天下午，次日",
        [
            ("3月5日", "2025-03-05", "2025-03-05", "day", True),
            ("当天下午", "2025-03-05T12:00", "2025-03-05T17:59", "part_of_day", True),
            ("次日", "2025-03-06", "2025-03-06", "day", True),
        ],
    ),
    (
        "2019年成立，同年5月",
        [
            ("2019年", "2019-01-01", "2019-12-31", "year", False),
            ("同年5月", "2019-05-01", "2019-05-31", "month", True),
        ],
    ),
    # vague words: relative, with no bounds we could defend
    ("近日", [("近日", None, None, "day", True)]),
    ("近年来", [("近年来", None, None, "year", True)]),
]


#: Lunar dates, reign eras and Easter; the Gregorian days are the published calendars'.
LUNAR: list[tuple[str, list[Row]]] = [
    ("农历2015年十月初一", [("农历2015年十月初一", "2015-11-12", "2015-11-12", "day", False)]),
    ("2015年农历正月初一", [("2015年农历正月初一", "2015-02-19", "2015-02-19", "day", False)]),
    ("农历新年", [("农历新年", "2025-01-29", "2025-01-29", "day", True)]),
    ("2024年春节", [("2024年春节", "2024-02-10", "2024-02-10", "day", False)]),
    ("2024年端午节", [("2024年端午节", "2024-06-10", "2024-06-10", "day", False)]),
    ("2024年除夕", [("2024年除夕", "2024-02-09", "2024-02-09", "day", False)]),  # eve of 2024's
    ("农历2024年除夕", [("农历2024年除夕", "2025-01-28", "2025-01-28", "day", False)]),
    ("春节", [("春节", "2025-01-29", "2025-01-29", "day", True)]),
    ("元宵节", [("元宵节", "2025-02-12", "2025-02-12", "day", True)]),
    ("中秋节", [("中秋节", "2025-10-06", "2025-10-06", "day", True)]),
    ("正月初一", [("正月初一", "2025-01-29", "2025-01-29", "day", True)]),
    ("农历八月十五", [("农历八月十五", "2025-10-06", "2025-10-06", "day", True)]),
    ("正月", [("正月", "2025-01-29", "2025-02-27", "month", True)]),
    ("三月十五日", [("三月十五日", "2025-03-15", "2025-03-15", "day", True)]),  # Gregorian
    # days counted from Easter Sunday (2024: 31 March; Orthodox 5 May)
    ("2024年复活节", [("2024年复活节", "2024-03-31", "2024-03-31", "day", False)]),
    ("2024年耶稣受难日", [("2024年耶稣受难日", "2024-03-29", "2024-03-29", "day", False)]),
    ("2024年东正教复活节", [("2024年东正教复活节", "2024-05-05", "2024-05-05", "day", False)]),
    ("复活节", [("复活节", "2025-04-20", "2025-04-20", "day", True)]),
    ("民国三年", [("民国三年", "1914-01-01", "1914-12-31", "year", False)]),
    ("民国三年五月", [("民国三年五月", "1914-05-01", "1914-05-31", "month", False)]),
    ("光绪元年", [("光绪元年", "1875-01-01", "1875-12-31", "year", False)]),
    ("康熙三年五月", [("康熙三年五月", "1664-05-25", "1664-06-23", "month", False)]),  # lunar
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ABSOLUTE + RELATIVE + LUNAR,
    ids=[t for t, _ in ABSOLUTE + RELATIVE + LUNAR],
)
def test_dates(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "reference", "first", "last"),
    [
        ("12月", dt.date(2025, 1, 3), "2024-12-01", "2024-12-31"),  # the December just past
        ("1月", dt.date(2025, 12, 20), "2026-01-01", "2026-01-31"),  # the January to come
        ("29日", dt.date(2025, 2, 20), "2025-01-29", "2025-01-29"),  # no 29 February in 2025
        ("29日", dt.date(2024, 2, 20), "2024-02-29", "2024-02-29"),  # a leap year
        ("29日", dt.date(2024, 2, 10), "2024-01-29", "2024-01-29"),  # the nearer 29th
        ("2月29日", dt.date(2025, 3, 1), "2024-02-29", "2024-02-29"),
        ("31日", dt.date(2025, 4, 2), "2025-03-31", "2025-03-31"),
        ("明天", dt.date(2024, 12, 31), "2025-01-01", "2025-01-01"),
        ("昨天", dt.date(2024, 3, 1), "2024-02-29", "2024-02-29"),
        ("上个月", dt.date(2025, 1, 15), "2024-12-01", "2024-12-31"),
        ("下周一", dt.date(2024, 12, 28), "2024-12-30", "2024-12-30"),
        ("今年冬天", dt.date(2023, 6, 1), "2023-12-01", "2024-02-29"),
        ("春节", dt.date(2025, 12, 20), "2026-02-17", "2026-02-17"),  # the coming one
        ("除夕", dt.date(2024, 2, 20), "2024-02-09", "2024-02-09"),  # the one just past
        ("复活节", dt.date(2025, 12, 20), "2026-04-05", "2026-04-05"),  # the coming one
    ],
)
def test_boundaries(text: str, reference: dt.date, first: str, last: str) -> None:
    (mention,) = find_dates(text, reference)
    assert (mention.first, mention.last) == (first, last)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025年4月12日", ("2025-04-12", "2025-04-12", False)),
        ("4月12日", (None, None, True)),
        ("今年", (None, None, True)),
        ("当天", (None, None, True)),
        ("下午3时", (None, None, True)),
        ("春节", (None, None, True)),
        ("二十世纪六七十年代", ("1960-01-01", "1979-12-31", False)),
    ],
)
def test_without_reference_relative_dates_stay_unresolved(
    text: str, expected: tuple[str | None, str | None, bool]
) -> None:
    (mention,) = find_dates(text, None)
    assert (mention.first, mention.last, mention.relative) == expected


NOT_DATES = [
    "建校120周年",
    "00后",
    "3D打印",
    "数十年",
    "18天",
    "两年多来",
    "上接1版",
    "长沙晚报",
    "三点意见",
    "每周一",
    "春意盎然",
    "不同年代",
    "岁月",
    "年轻人",
    "日本",
    "5日元",
    "3号线",
    "华为Mate60",
    "型号2016-2018X",
    "今日头条",
    "五个星期3小时",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert read(text) == []


@given(st.text(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_never_raises_offsets_slice_and_first_not_after_last(text: str, reference: dt.date) -> None:
    for mention in find_dates(text, reference):
        assert text[mention.start : mention.end] == mention.text
        if mention.first and mention.last:
            assert mention.first <= mention.last


DATEISH = st.text(
    alphabet="0123456789年月日号时点分至到-、今去明当次天周上下半初底旬晚早一二三十〇 ", max_size=25
)


@given(DATEISH, st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)))
def test_dense_date_text(text: str, reference: dt.date) -> None:
    for mention in find_dates(text, reference):
        assert text[mention.start : mention.end] == mention.text
        if mention.first and mention.last:
            assert mention.first <= mention.last
