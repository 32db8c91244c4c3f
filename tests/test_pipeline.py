"""The Extractor end to end: seed page, messy text, bad input, pipe, spaCy access."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy import displacy
from spacy.tokens import Span

import cnnews_nlp
from cnnews_nlp import DateMention, Document, Entity, Extractor, Figure


def assert_offsets(doc: Document) -> None:
    spans: list[Entity | Figure | DateMention] = [*doc.entities, *doc.figures, *doc.dates]
    for span in spans:
        assert doc.text[span.start : span.end] == span.text


def test_seed_page_people_organizations_places(seed_doc: Document) -> None:
    people = {e.text for e in seed_doc.people}
    organizations = {e.text for e in seed_doc.organizations}
    places = {e.text for e in seed_doc.places}
    assert {"朱爱平", "徐运源", "陈飞", "张禹"} <= people
    assert {"中南大学", "湖南师范大学", "浏阳市官渡烟花集团有限公司"} <= organizations
    assert {"长沙", "湖南", "浏阳", "芙蓉区"} <= places
    assert_offsets(seed_doc)


def test_seed_page_figures(seed_doc: Document) -> None:
    found = {f.text: (f.kind, f.value, f.upper, f.unit) for f in seed_doc.figures}
    assert found["5亿元"] == ("money", 500_000_000, None, "CNY")
    assert found["8万多名"] == ("count", 80000, 90000, "名")
    assert found["1至2年"] == ("duration", 1, 2, "year")
    assert found["超过70%"] == ("percent", 70, None, "%")
    assert "2022年" not in found and "4月30日" not in found
    assert_offsets(seed_doc)


def test_seed_page_keeps_text_and_reference_date(seed_doc: Document, seed_text: str) -> None:
    assert seed_doc.text == seed_text
    assert seed_doc.reference_date == "2025-04-12"
    assert seed_doc.reference_date_source == "caller"


def test_extract_uses_one_cached_extractor() -> None:
    first = cnnews_nlp.extract("朱爱平在长沙。")
    assert [e.text for e in first.people] == ["朱爱平"]
    assert first.reference_date is None and first.reference_date_source is None
    from cnnews_nlp.pipeline import _default_extractor

    assert _default_extractor() is _default_extractor()


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("朱爱平在长沙。", "朱爱平"),
        ("　　朱爱平在长沙。", "朱爱平"),
        ("标题\r\n\r\n朱爱平在长沙。", "朱爱平"),
        ("😀🎉朱爱平在长沙。𠀀", "朱爱平"),
        ("ＡＢＣ公司，朱爱平在长沙。", "朱爱平"),
    ],
)
def test_offsets_in_messy_text(extractor: Extractor, text: str, entity: str) -> None:
    doc = extractor(text)
    assert_offsets(doc)
    (person,) = doc.people
    assert person.text == entity
    assert person.start == text.index(entity)


FRAGMENTS = st.sampled_from(
    [
        "朱爱平在长沙",
        "中南大学",
        "湖南省长沙市",
        "。",
        "，",
        "\r\n",
        "\n\n",
        "　",
        " ",
        "😀",
        "𠀀",
        "ＡＢＣ",
        "“",
        "”",
        "…",
        "12",
    ]
)
MESSY = st.lists(st.one_of(FRAGMENTS, st.text(max_size=5)), max_size=30).map("".join)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=MESSY)
def test_offsets_hold_on_generated_messy_text(extractor: Extractor, text: str) -> None:
    doc = extractor(text)
    assert doc.text == text
    assert_offsets(doc)


def test_long_paragraph_without_punctuation(extractor: Extractor) -> None:
    text = "朱爱平在长沙市中南大学工作" * 800
    doc = extractor(text)
    assert_offsets(doc)
    assert len(doc.people) >= 700


def test_a_list_of_names_cut_for_length_keeps_every_name_whole(extractor: Extractor) -> None:
    """A roster with nothing between the names is cut at 200 characters, inside 徐春梅 here;
    the window tagged around the cut finds it whole, not 徐春 and 梅."""
    run = "王建国李秀英张志强刘海燕陈光明杨丽华赵德胜黄晓东周玉兰吴国平徐春梅孙立新胡文斌朱红霞"
    names = [run[i : i + 3] for i in range(0, len(run), 3)]
    text = "出席会议的代表有：" + run * 6
    doc = extractor(text)
    assert_offsets(doc)
    assert text[207:210] == "徐春梅"
    assert (207, 210, "徐春梅") in {(e.start, e.end, e.text) for e in doc.people}
    assert {e.text for e in doc.entities} <= set(names)


@pytest.mark.parametrize(
    ("text", "dates", "figures"),
    [
        ("未来三天，气温下降6℃", ["未来三天"], ["6℃"]),
        ("今年前两个月，工业增长7.1%", ["今年前两个月"], ["7.1%"]),
        ("3天后回升，已连续降雨18天", ["3天后"], ["18天"]),
        ("过去三年多，增长5%", ["过去三年"], ["5%"]),
    ],
)
def test_a_date_owns_its_characters(
    extractor: Extractor, text: str, dates: list[str], figures: list[str]
) -> None:
    """A duration inside a date (the 三天 of 未来三天) is the date's, not a figure as well, nor
    a figure that crosses it (the 三年多 of 过去三年多)."""
    doc = extractor(text, reference_date="2025-04-12")
    assert [d.text for d in doc.dates] == dates
    assert [f.text for f in doc.figures] == figures


def test_a_date_drops_the_entities_inside_it(extractor: Extractor) -> None:
    """An engine entity inside a date (周三 read as a name) goes; a longer name keeps the date
    inside it (周三峡谷 is a place, not Wednesday)."""
    doc = extractor.nlp.make_doc("鲍威尔周三表示，周三峡谷")
    doc.ents = [
        Span(doc, 0, 3, "PERSON"),
        Span(doc, 3, 5, "PERSON"),
        Span(doc, 8, 12, "PLACE"),
    ]
    doc._.reference_date = "2025-04-12"
    doc = extractor.nlp.get_pipe("cnnews_dates")(doc)
    assert [d.text for d in doc._.dates] == ["周三"]
    assert [(e.text, e.label_) for e in doc.ents] == [("鲍威尔", "PERSON"), ("周三峡谷", "PLACE")]


def test_the_names_in_an_event_a_date_counts_from_stay(extractor: Extractor) -> None:
    """党的十五大以来 and 香港回归以来 are dates, and the names inside them stay entities."""
    doc = extractor.nlp.make_doc("党的十五大以来，香港回归以来")
    doc.ents = [Span(doc, 2, 5, "ORG"), Span(doc, 8, 10, "PLACE")]
    doc._.reference_date = "2025-04-12"
    doc = extractor.nlp.get_pipe("cnnews_dates")(doc)
    assert [(d.text, d.first) for d in doc._.dates] == [
        ("党的十五大以来", "1997-09-12"),
        ("香港回归以来", "1997-07-01"),
    ]
    assert [(e.text, e.label_) for e in doc.ents] == [("十五大", "ORG"), ("香港", "PLACE")]


def test_a_number_before_a_name_is_a_shirt_not_a_day(extractor: Extractor) -> None:
    """8号 right before a person is the player's number; 5号 before a verb is the fifth."""
    doc = extractor.nlp.make_doc("23号安德雷斯扳平，5号开会")
    doc.ents = [Span(doc, 3, 7, "PERSON")]
    doc._.reference_date = "2025-04-12"
    doc = extractor.nlp.get_pipe("cnnews_dates")(doc)
    assert [(d.text, d.first) for d in doc._.dates] == [("5号", "2025-04-05")]


def test_a_name_owns_the_numbers_inside_it(extractor: Extractor) -> None:
    """The 十五 of 中共十五大 belongs to the name; the figure outside it stays."""
    doc = extractor.nlp.make_doc("中共十五大代表共2048名")
    doc.ents = [Span(doc, 0, 5, "ORG")]
    doc = extractor.nlp.get_pipe("cnnews_figures")(doc)
    assert [f.text for f in doc._.figures] == ["2048名"]


def test_an_amount_stays_inside_an_entity_an_engine_stretched(extractor: Extractor) -> None:
    """An amount is no part of a name: 5亿元 stays when an engine's entity takes it in."""
    doc = extractor.nlp.make_doc("学校投资5亿元。")
    doc.ents = [Span(doc, 0, 7, "ORG")]
    doc = extractor.nlp.get_pipe("cnnews_figures")(doc)
    assert [f.text for f in doc._.figures] == ["5亿元"]


def test_a_forced_term_outlasts_the_date_that_holds_it() -> None:
    extractor = cnnews_nlp.load(user_dict={"周三": "PERSON"})
    doc = extractor("鲍威尔周三表示", reference_date="2025-04-12")
    assert ("周三", "PERSON") in [(e.text, e.label) for e in doc.entities]
    assert [d.text for d in doc.dates] == ["周三"]


@pytest.mark.parametrize("text", ["", " ", "\n\r\n\t\u3000"])
def test_blank_text_gives_an_empty_document(extractor: Extractor, text: str) -> None:
    doc = extractor(text)
    assert doc.text == text
    assert not doc.entities and not doc.figures and not doc.dates


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "got NoneType"),
        (b"\xe9\x95\xbf", "got bytes: decode it first"),
        (12, "got int"),
        (["长沙"], "got list"),
    ],
)
def test_text_of_the_wrong_type(value: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        cnnews_nlp.extract(value)  # type: ignore[arg-type]


def test_text_over_the_limit() -> None:
    small = cnnews_nlp.load(max_text_length=10)
    assert small("朱爱平在长沙。").people
    with pytest.raises(ValueError, match="over the limit of 10"):
        small("朱爱平在长沙市中南大学。")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-04-12", "2025-04-12"),
        (dt.date(2024, 2, 29), "2024-02-29"),
        (dt.datetime(2025, 4, 12, 18, 30), "2025-04-12"),
        (None, None),
    ],
)
def test_reference_dates_accepted(extractor: Extractor, value: object, expected: str) -> None:
    assert extractor("长沙", reference_date=value).reference_date == expected  # type: ignore[arg-type]


def test_a_dateline_that_writes_its_year_gives_the_reference(extractor: Extractor) -> None:
    text = "中美经贸磋商\n\n新华社北京2024年12月31日电（记者 王小明）新规明天起实施。"
    doc = extractor(text)
    assert (doc.reference_date, doc.reference_date_source) == ("2024-12-31", "dateline")
    assert [(d.text, d.first) for d in doc.dates][-1] == ("明天起", "2025-01-01")
    (piped,) = extractor.pipe([text])
    assert piped.reference_date == "2024-12-31"
    # the caller's date wins; a dateline without its year, or inside a sentence, gives none
    assert extractor(text, reference_date="2025-04-12").reference_date_source == "caller"
    for other in ("新华社北京4月12日电 新规明天起实施。", "他说人民网北京2025年4月12日电是假的。"):
        assert extractor(other).reference_date is None


@pytest.mark.parametrize("value", ["2025-02-30", "2025/04/12", "20250412", "昨天", "", 20250412])
def test_bad_reference_dates(extractor: Extractor, value: object) -> None:
    with pytest.raises(ValueError, match="reference_date"):
        extractor("长沙", reference_date=value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value", [dt.date(1, 1, 1), "0999-12-31", "3000-01-01", dt.date(9999, 12, 31)]
)
def test_reference_dates_out_of_range(extractor: Extractor, value: object) -> None:
    with pytest.raises(ValueError, match="out of range: dates are resolved against years 1000"):
        extractor("明年", reference_date=value)  # type: ignore[arg-type]


def test_unknown_engine() -> None:
    with pytest.raises(ValueError, match="unknown engine 'nope'"):
        cnnews_nlp.load("nope")


def test_named_engines() -> None:
    assert cnnews_nlp.load("lac").engine == "lac"
    assert cnnews_nlp.load(threads=1)("朱爱平在长沙。").people


def test_pipe_streams_in_order(extractor: Extractor) -> None:
    texts = ["朱爱平在长沙。", "", "中南大学在湖南。", "李想说。"] * 5
    docs = list(extractor.pipe(iter(texts), reference_date="2025-04-12", batch_size=3))
    assert [d.text for d in docs] == texts
    assert docs == [extractor(t, reference_date="2025-04-12") for t in texts]


def test_pipe_with_two_processes() -> None:
    extractor = cnnews_nlp.load(threads=1)
    texts = ["朱爱平在长沙。", "中南大学在湖南。"] * 4
    docs = list(extractor.pipe(texts, reference_date="2025-04-12", n_process=2, batch_size=2))
    assert docs == [extractor(t, reference_date="2025-04-12") for t in texts]


def test_pipe_checks_each_text(extractor: Extractor) -> None:
    with pytest.raises(TypeError, match="got int"):
        list(extractor.pipe(["长沙", 3]))  # type: ignore[list-item]


def test_spacy_doc_is_reachable(extractor: Extractor) -> None:
    text = "朱爱平在长沙工作，中南大学在湖南。"
    spacy_doc = extractor.nlp(extractor.make_doc(text, "2025-04-12"))
    assert [(e.text, e.label_) for e in spacy_doc.ents] == [
        ("朱爱平", "PERSON"),
        ("长沙", "PLACE"),
        ("中南大学", "ORG"),
        ("湖南", "PLACE"),
    ]
    assert [s.text for s in spacy_doc.sents] == [text]
    assert extractor.to_document(spacy_doc) == extractor(text, reference_date="2025-04-12")
    html = displacy.render(spacy_doc, style="ent", jupyter=False)
    assert "朱爱平" in html and "PERSON" in html


def test_engine_works_in_a_users_own_spacy_pipeline() -> None:
    import spacy

    nlp = spacy.blank("zh")
    nlp.add_pipe("cnnews_lac")
    doc = nlp("联盟秘书长朱爱平回忆。中南大学在长沙。")
    assert {e.text for e in doc.ents} >= {"朱爱平", "中南大学", "长沙"}
