"""The data model: JSON round trips, validation, convenience properties."""

from __future__ import annotations

import json

import pytest

from cnnews_nlp import DateMention, Document, Entity, Figure

TEXT = "2022年底，中伟新能源投资5亿元，约70%的8万多名员工在长沙。朱爱平说。"


def at(piece: str) -> tuple[int, int]:
    start = TEXT.index(piece)
    return start, start + len(piece)


def full_document() -> Document:
    return Document(
        text=TEXT,
        reference_date="2025-04-12",
        reference_date_source="caller",
        entities=[
            Entity("中伟新能源", "ORG", *at("中伟新能源")),
            Entity("长沙", "PLACE", *at("长沙")),
            Entity("朱爱平", "PERSON", *at("朱爱平")),
        ],
        figures=[
            Figure("5亿元", *at("5亿元"), "money", 500_000_000, None, "CNY", False),
            Figure("约70%", *at("约70%"), "percent", 70, None, "%", True),
            Figure("8万多名", *at("8万多名"), "count", 80_000, 90_000, "名", True),
        ],
        dates=[DateMention("2022年底", *at("2022年底"), "2022-10-01", "2022-12-31", "year", False)],
    )


def test_spans_slice_the_text() -> None:
    doc = full_document()
    spans: list[Entity | Figure | DateMention] = [*doc.entities, *doc.figures, *doc.dates]
    for span in spans:
        assert doc.text[span.start : span.end] == span.text


def test_json_round_trip_is_lossless() -> None:
    doc = full_document()
    again = Document.from_json(doc.to_json())
    assert again == doc
    assert type(again.figures[0].value) is int
    assert Document.from_dict(doc.to_dict()) == doc


def test_float_values_survive_round_trip() -> None:
    doc = Document(text="1.50005万", figures=[Figure("1.50005万", 0, 8, "number", 15000.5)])
    assert Document.from_json(doc.to_json()).figures[0].value == 15000.5


def test_json_shape_is_the_contract() -> None:
    data = json.loads(full_document().to_json())
    assert list(data) == [
        "text",
        "reference_date",
        "reference_date_source",
        "entities",
        "figures",
        "dates",
    ]
    assert list(data["entities"][0]) == ["text", "label", "start", "end", "score"]
    assert list(data["figures"][0]) == [
        "text",
        "start",
        "end",
        "kind",
        "value",
        "upper",
        "unit",
        "approximate",
    ]
    assert list(data["dates"][0]) == [
        "text",
        "start",
        "end",
        "first",
        "last",
        "granularity",
        "relative",
    ]


def test_json_keeps_chinese_readable() -> None:
    assert "中伟新能源" in full_document().to_json()
    assert "中伟新能源" not in full_document().to_json(ensure_ascii=True)


def test_grouping_properties() -> None:
    doc = full_document()
    assert [e.text for e in doc.people] == ["朱爱平"]
    assert [e.text for e in doc.organizations] == ["中伟新能源"]
    assert [e.text for e in doc.places] == ["长沙"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Entity("长沙", "LOC", 0, 2), "label"),
        (lambda: Entity("长沙", "PLACE", 0, 3), "offsets"),
        (lambda: Entity("长沙", "PLACE", 2, 2), "offsets"),
        (lambda: Entity("长沙", "PLACE", 0, 2, score=1.5), "score"),
        (lambda: Entity("长沙", "PLACE", 0, 2, score=-0.1), "score"),
        (lambda: Figure("5", 0, 1, "weight", 5), "kind"),
        (lambda: DateMention("12日", 0, 3, None, None, "fortnight"), "granularity"),
        (lambda: Document("长沙", entities=[Entity("长沙", "PLACE", 1, 3)]), "does not match"),
        (lambda: Document("长沙", reference_date_source="clock"), "reference_date_source"),
    ],
)
def test_invalid_data_is_refused(make: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make()  # type: ignore[operator]


def test_corrupted_json_fails_on_load() -> None:
    data = json.loads(full_document().to_json())
    data["entities"][0]["start"] += 1
    data["entities"][0]["end"] += 1
    with pytest.raises(ValueError, match="does not match"):
        Document.from_dict(data)


def test_repr_is_short() -> None:
    doc = Document(text="长" * 10_000)
    assert len(repr(doc)) < 200
