"""The shipped news model: the default engine, its scores, styles, batching and size."""

from __future__ import annotations

import json

import pytest

import cnnews_nlp
from cnnews_nlp.engines.news import DEFAULT_MODEL, NewsTagger

TEXTS = [
    "联盟秘书长朱爱平回忆，中南大学在长沙。",
    "新华社北京4月12日电",
    "",
    "湖南师大附中举行建校120周年大会，校长谢永红致辞，浏阳市副市长出席。" * 3,
    "马斯克说特斯拉很好。",
]


@pytest.fixture(scope="module")
def tagger() -> NewsTagger:
    return NewsTagger(threads=1)


def test_news_is_the_default_engine() -> None:
    extractor = cnnews_nlp.load()
    assert extractor.engine == "news"
    assert extractor.nlp.get_pipe_meta("ner").factory == "cnnews_news"


def test_finds_people_organizations_and_places_with_scores() -> None:
    doc = cnnews_nlp.load(threads=1)(TEXTS[0])
    assert {(e.text, e.label) for e in doc.entities} >= {
        ("朱爱平", "PERSON"),
        ("中南大学", "ORG"),
        ("长沙", "PLACE"),
    }
    for entity in doc.entities:
        assert doc.text[entity.start : entity.end] == entity.text
        assert entity.score is not None and 0.0 < entity.score <= 1.0
    assert json.loads(doc.to_json())["entities"][0]["score"] == doc.entities[0].score


def test_batches_tag_as_single_sentences(tagger: NewsTagger) -> None:
    """Padding never changes a sentence's entities or scores."""
    together = tagger.entities(TEXTS)
    alone = [tagger.entities([text])[0] for text in TEXTS]
    assert together == alone
    assert together[2] == []


def test_scores_off_gives_none_and_every_span_of_the_best_path() -> None:
    plain = NewsTagger(threads=1, scores=False).entities(TEXTS)
    every = NewsTagger(threads=1, min_score=0.0).entities(TEXTS)
    assert [[e[:3] for e in row] for row in plain] == [[e[:3] for e in row] for row in every]
    assert all(e[3] is None for row in plain for e in row)


def test_entities_below_min_score_are_dropped(tagger: NewsTagger) -> None:
    """The default keeps the best path's entities that are more likely right than wrong."""
    texts = [*TEXTS, "宁乡发布“畅玩宁乡”文旅品牌，特斯拉车主说很好。"]  # with doubtful names
    every = NewsTagger(threads=1, min_score=0.0).entities(texts)
    scores = [e[3] for row in every for e in row if e[3] is not None]
    assert min(scores) < 0.5 <= max(scores)  # so the cut has something to drop
    kept = tagger.entities(texts)
    assert kept == [[e for e in row if e[3] is not None and e[3] >= 0.5] for row in every]
    strict = cnnews_nlp.load(min_score=0.99, threads=1)(TEXTS[0])
    assert all(e.score is not None and e.score >= 0.99 for e in strict.entities)
    with pytest.raises(ValueError, match="min_score"):
        NewsTagger(min_score=1.5)


def test_styles_are_the_models_and_change_conventions() -> None:
    styles = json.loads((DEFAULT_MODEL / "news.json").read_text(encoding="utf-8"))["styles"]
    assert styles[0] == "news" and {"resume", "weibo", "cluener"} <= set(styles)
    text = "湖南省长沙市人，中国国籍，无境外永久居留权。"  # a resume's own way of saying it

    def spans(style: str) -> set[tuple[str, str]]:
        doc = cnnews_nlp.load("news", style=style, threads=1)(text)
        return {(e.text, e.label) for e in doc.entities}

    assert {("湖南省", "PLACE"), ("长沙市", "PLACE")} <= spans("news")
    assert spans("resume") != spans("news")  # the same network, Resume's conventions
    with pytest.raises(ValueError, match="unknown style"):
        cnnews_nlp.load("news", style="twitter")


def test_shipped_model_stays_small() -> None:
    size = sum(path.stat().st_size for path in DEFAULT_MODEL.iterdir())
    assert size < 35 * 1024 * 1024
