"""The folded text the rules read: same length, simplified forms, and tables it cannot miss."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib.resources import files

import pytest

from cnnews_nlp.text import fold


def _strings(table: object) -> Iterator[str]:
    """Every word of a data table: keys and values, not its ``_about`` prose."""
    if isinstance(table, str):
        yield table
    elif isinstance(table, dict):
        for key, value in table.items():
            if key != "_about":
                yield key
                yield from _strings(value)
    elif isinstance(table, list):
        for value in table:
            yield from _strings(value)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("中秋節當晚", "中秋节当晚"),
        ("兩個月", "两个月"),
        ("２０２５年", "2025年"),
        ("二○○七年", "二〇〇七年"),
        ("乾隆二十年", "乾隆二十年"),  # 乾 stays: the tables write 乾隆
    ],
)
def test_fold_makes_forms_plain_and_keeps_length(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("table", ["dates.json", "figures.json"])
def test_no_table_word_holds_a_character_the_fold_changes(table: str) -> None:
    """A word with such a character could never match the folded text."""
    data = json.loads((files("cnnews_nlp") / "data" / table).read_text(encoding="utf-8"))
    unmatchable = [word for word in _strings(data) if fold(word) != word and not word.isascii()]
    assert unmatchable == []
