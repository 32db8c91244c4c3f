"""A Document shown in a notebook: its text whole and in order, each span marked as what it is."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

import cnnews_nlp
from cnnews_nlp.display import LABEL_COLOURS, describe_date, describe_figure
from cnnews_nlp.document import DateMention, Document, Entity, Figure


class _Marks(HTMLParser):
    """The text inside the body of the display, and for each character the title and style of
    the span that holds it; fails on tags that close out of order."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.chars: list[tuple[str, str, str]] = []
        self.in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            return  # a void element: it never closes
        values = {name: value or "" for name, value in attrs}
        if "line-height" in values.get("style", ""):
            self.in_body = True
        self.stack.append((tag, values))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes out of order"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.in_body:
            return
        attrs = self.stack[-1][1] if self.stack and self.stack[-1][0] == "span" else {}
        self.chars.extend((c, attrs.get("title", ""), attrs.get("style", "")) for c in data)


def marks(doc: Document) -> _Marks:
    parser = _Marks()
    parser.feed(doc._repr_html_())
    parser.close()
    assert not parser.stack
    return parser


TEXT = "中南大学5月3日在长沙投资5亿元<b>&"
DOC = Document(
    TEXT,
    reference_date="2025-04-12",
    reference_date_source="caller",
    entities=[Entity("中南大学", "ORG", 0, 4, 0.987), Entity("长沙", "PLACE", 9, 11, None)],
    # a date that crosses into the entity before it, and a figure inside the date
    dates=[DateMention("学5月3日", 3, 8, "2025-05-03", "2025-05-03", "day", True)],
    figures=[
        Figure("5", 4, 5, "number", 5),
        Figure("5亿元", 13, 16, "money", 500000000, unit="CNY"),
    ],
)


def test_the_text_comes_back_whole_and_in_order() -> None:
    assert "".join(c for c, _, _ in marks(DOC).chars) == TEXT


def test_markup_in_the_text_is_escaped() -> None:
    shown = DOC._repr_html_()
    assert "&lt;b&gt;&amp;" in shown and "<b>" not in shown


def test_each_character_shows_every_span_that_holds_it() -> None:
    chars = marks(DOC).chars
    title = {i: t for i, (_, t, _) in enumerate(chars)}
    style = {i: s for i, (_, _, s) in enumerate(chars)}
    assert title[0] == "ORG 0.99" and LABEL_COLOURS["ORG"] in style[0]
    # 学 is in the entity and the date: coloured and underlined, both in its title
    assert title[3] == "ORG 0.99\n学5月3日: 2025-05-03 (day)"
    assert LABEL_COLOURS["ORG"] in style[3] and "border-bottom" in style[3]
    # the 5 of 5月 is a figure inside the date: one underline, both readings in the title
    assert title[4] == "学5月3日: 2025-05-03 (day)\n5: 5 (number)"
    assert style[4].count("border-bottom") == 1
    assert title[9] == "PLACE" and LABEL_COLOURS["PLACE"] in style[9]
    assert title[13] == "5亿元: 500,000,000 CNY (money)" and "dotted" in style[13]
    assert all(title[i] == "" and style[i] == "" for i in (8, 11, 12, 16, 17))


def test_the_head_counts_what_was_found() -> None:
    shown = DOC._repr_html_()
    assert "20 characters · 2 entities · 1 date · 2 figures" in shown
    assert "reference date 2025-04-12 (from the caller)" in shown


def test_a_document_with_nothing_found_is_its_text() -> None:
    doc = Document("没有什么。\n第二行")
    assert "".join(c for c, _, _ in marks(doc).chars) == doc.text
    assert "0 entities · 0 dates · 0 figures · reference date none" in doc._repr_html_()


def test_a_real_extraction_keeps_every_offset() -> None:
    text = "长沙晚报4月12日讯 朱爱平说，中南大学在长沙投资5亿元，2025年4月30日开幕。"
    doc = cnnews_nlp.extract(text)
    shown = marks(doc)
    assert "".join(c for c, _, _ in shown.chars) == text
    for entity in doc.entities:
        for i in range(entity.start, entity.end):
            assert shown.chars[i][1].startswith(entity.label)
    assert re.search(r"4月30日: 2025-04-30 \(day\)", html.unescape(doc._repr_html_()))


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        (Figure("8万多名", 0, 4, "count", 80000, 90000, "名", True), "≈80,000–90,000 名 (count)"),
        (Figure("1.5米", 0, 4, "measure", 1.5, None, "m"), "1.5 m (measure)"),
        (Figure("百廿", 0, 2, "number", 120), "120 (number)"),
    ],
)
def test_describe_figure(figure: Figure, expected: str) -> None:
    assert describe_figure(figure) == expected


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (DateMention("12日", 0, 3, "2025-04-12", "2025-04-12", "day"), "2025-04-12 (day)"),
        (DateMention("2024年起", 0, 6, "2024-01-01", None, "year"), "2024-01-01.. (year)"),
        (DateMention("前", 0, 1, None, "2017-12-31", "year"), "..2017-12-31 (year)"),
        (DateMention("近日", 0, 2, None, None, "day"), "unresolved"),
    ],
)
def test_describe_date(date: DateMention, expected: str) -> None:
    assert describe_date(date) == expected
