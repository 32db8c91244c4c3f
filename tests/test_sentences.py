"""Cutting text into engine-sized pieces."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cnnews_nlp.sentences import seam_windows, split_sentences


def pieces(text: str, max_length: int = 200) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, max_length)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("  \n\u3000\r\n", []),
        ("长沙晚报。", ["长沙晚报。"]),
        ("他说：“好。”然后走了！真的？", ["他说：“好。”", "然后走了！", "真的？"]),
        ("标题\n\n正文第一句。第二句", ["标题", "正文第一句。", "第二句"]),
        ("第一行\r\n第二行", ["第一行", "第二行"]),
        ("　　全角缩进的段落。", ["全角缩进的段落。"]),
        ("等等……后来呢", ["等等……", "后来呢"]),
        ("一；二;三", ["一；", "二;", "三"]),
        ("😀表情也在。", ["😀表情也在。"]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


@pytest.mark.parametrize(
    ("text", "max_length", "expected"),
    [
        ("甲乙丙，丁戊己，庚辛", 8, ["甲乙丙，丁戊己，", "庚辛"]),
        ("甲乙丙 丁戊己 庚辛", 8, ["甲乙丙 丁戊己", "庚辛"]),
        ("甲乙丙丁戊己庚辛", 3, ["甲乙丙", "丁戊己", "庚辛"]),
        ("甲乙丙、丁 戊己", 6, ["甲乙丙、", "丁 戊己"]),
    ],
)
def test_long_sentences_are_cut(text: str, max_length: int, expected: list[str]) -> None:
    assert pieces(text, max_length) == expected


def test_paragraph_without_punctuation_is_bounded() -> None:
    text = "长沙市钠离子电池创新联合体" * 800  # 10,400 characters, no punctuation
    result = split_sentences(text, 200)
    assert max(e - s for s, e in result) == 200
    assert "".join(text[s:e] for s, e in result) == text


@pytest.mark.parametrize(
    ("text", "max_length", "expected"),
    [
        # Cut with no mark to cut at: a window of max_length // 2 each side, its zone half that.
        ("甲乙丙丁戊己庚辛", 4, [("丙丁戊己", "丁戊")]),
        ("甲乙丙丁戊己庚辛壬癸子丑", 8, [("戊己庚辛壬癸子丑", "庚辛壬癸")]),
        ("甲乙丙丁戊己庚辛子", 8, [("戊己庚辛子", "庚辛子")]),  # within the two pieces
        ("甲乙丙丁戊己庚辛", 3, []),  # too short to hold a window
        # Cuts at a clause mark, at a space or between sentences need none.
        ("甲乙丙，丁戊己", 4, []),
        ("甲乙丙 丁戊己", 4, []),
        ("甲乙。丙丁", 200, []),
        ("他说：“好。”然后", 200, []),
        ("甲乙丙", 200, []),
    ],
)
def test_seam_windows(text: str, max_length: int, expected: list[tuple[str, str]]) -> None:
    windows = seam_windows(text, split_sentences(text, max_length), max_length)
    assert [(text[s:e], text[zs:ze]) for s, e, zs, ze in windows] == expected


@given(st.text(alphabet="甲乙丙丁，。 ", max_size=300), st.integers(min_value=1, max_value=60))
def test_seam_windows_are_bounded_and_their_zones_apart(text: str, max_length: int) -> None:
    windows = seam_windows(text, split_sentences(text, max_length), max_length)
    previous_zone_end = 0
    for start, end, zone_start, zone_end in windows:
        assert end - start <= max_length
        assert start <= zone_start < zone_end <= end
        assert previous_zone_end <= zone_start
        previous_zone_end = zone_end


def test_bad_max_length() -> None:
    with pytest.raises(ValueError, match="positive"):
        split_sentences("长沙", 0)


@given(st.text(), st.integers(min_value=1, max_value=50))
def test_pieces_are_ordered_trimmed_bounded_and_cover_the_text(text: str, max_length: int) -> None:
    result = split_sentences(text, max_length)
    covered: set[int] = set()
    previous_end = 0
    for start, end in result:
        assert previous_end <= start < end <= len(text)
        assert end - start <= max_length
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered.update(range(start, end))
        previous_end = end
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())
