"""Entity spans from an engine, as ``set_entities`` puts them on a Doc: trimmed of what no name
begins or ends with, brackets paired, widened to whole tokens, scores kept."""

from __future__ import annotations

import pytest

import cnnews_nlp
from cnnews_nlp.spans import entity_scores, set_entities

CASES = [
    # (text, engine's span, what the entity becomes; None: nothing left)
    ("湖南师大附中”。", (0, 7), "湖南师大附中"),
    ("（浏阳市文化创意产业发展中心)党组", (0, 15), "浏阳市文化创意产业发展中心"),
    ("“长沙晚报”报道", (0, 6), "长沙晚报"),
    ("《人民日报》社", (0, 6), "人民日报"),
    ("长沙（湖南）", (0, 6), "长沙（湖南）"),
    ("“云上汾山”小镇", (0, 8), "“云上汾山”小镇"),
    ("（（长沙））", (0, 6), "长沙"),
    ("，长沙、", (0, 4), "长沙"),
    (" 长沙\n", (0, 4), "长沙"),
    ("布赫·铁木尔", (0, 6), "布赫·铁木尔"),
    ("·长沙·", (0, 4), "长沙"),
    ("、，。", (0, 3), None),
    # a bracket or quote left unpaired takes in its partner where it stands right outside
    ("《经济参考报》社", (1, 8), "《经济参考报》社"),
    ("据南《新闻晚报》报道", (1, 7), "南《新闻晚报》"),
    ("创办的“红双喜”婚庆公司", (4, 12), "“红双喜”婚庆公司"),
    ("IEF(国际数字娱乐嘉年华)项目", (0, 13), "IEF(国际数字娱乐嘉年华)"),
    ("杨凤（纳西族，女）", (0, 6), "杨凤（纳西族"),
]


@pytest.mark.parametrize(("text", "span", "expected"), CASES)
def test_edges_are_trimmed(text: str, span: tuple[int, int], expected: str | None) -> None:
    doc = cnnews_nlp.load("lac").make_doc(text)
    set_entities(doc, [(*span, "ORG", 0.5)])
    assert [e.text for e in doc.ents] == ([expected] if expected else [])
    if expected:
        (entity,) = doc.ents
        assert entity_scores(doc) == {(entity.start_char, entity.end_char, "ORG"): 0.5}


ALIASES = [
    # (text, the engine's two spans, what the entities become)
    (
        "浏阳市鞭炮烟花产业发展中心(浏阳市文化创意产业发展中心)党组书记",
        [(0, 13, "ORG", 0.61), (14, 30, "ORG", 0.62)],
        [("浏阳市鞭炮烟花产业发展中心(浏阳市文化创意产业发展中心)党组", 0.61)],
    ),
    (  # other labels, or no bracket where they meet: two entities
        "长沙（湖南）",
        [(0, 2, "PLACE", 0.9), (3, 5, "PLACE", 0.5)],
        [("长沙", 0.9), ("湖南", 0.5)],
    ),
    (
        "中心(文化中心)党组",
        [(0, 2, "ORG", 0.6), (3, 10, "PLACE", 0.7)],
        [("中心", 0.6), ("(文化中心)党组", 0.7)],
    ),
]


@pytest.mark.parametrize(("text", "found", "expected"), ALIASES)
def test_a_name_and_its_bracketed_alias_are_one(
    text: str, found: list[tuple[int, int, str, float]], expected: list[tuple[str, float]]
) -> None:
    doc = cnnews_nlp.load("lac").make_doc(text)
    set_entities(doc, found)
    scores = entity_scores(doc)
    assert [(e.text, scores[(e.start_char, e.end_char, e.label_)]) for e in doc.ents] == expected
