"""The spaCy engine, with a real (tiny) NER pipeline the test trains and saves."""

from __future__ import annotations

import pickle
import random
from pathlib import Path

import pytest
import spacy
from spacy.training import Example

import cnnews_nlp
from cnnews_nlp.engines.spacy_model import ModelNotFound, SpacyEngine

PEOPLE = ["朱爱平", "李想", "张禹", "王小明", "刘洋", "陈飞"]
PLACES = ["长沙", "湖南", "北京"]
ORGS = ["中南大学", "湖南师范大学"]


@pytest.fixture(scope="session")
def tiny_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A blank zh pipeline whose NER learns OntoNotes labels from sentences made here."""
    random.seed(0)
    nlp = spacy.blank("zh")
    nlp.add_pipe("ner")
    examples = []
    for person in PEOPLE:
        for place in PLACES:
            for org in ORGS:
                text = f"{person}在{place}的{org}工作。"
                at = text.index
                entities = [
                    (0, len(person), "PERSON"),
                    (at(place), at(place) + len(place), "GPE"),
                    (at(org), at(org) + len(org), "ORG"),
                ]
                examples.append(Example.from_dict(nlp.make_doc(text), {"entities": entities}))
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        random.shuffle(examples)
        for start in range(0, len(examples), 8):
            nlp.update(examples[start : start + 8], sgd=optimizer, drop=0.1)
    path = tmp_path_factory.mktemp("spacy") / "tiny_ner"
    nlp.to_disk(path)
    return path


def test_entities_labels_offsets_and_the_rest_of_the_pipeline(tiny_pipeline: Path) -> None:
    extractor = cnnews_nlp.load("spacy", model=str(tiny_pipeline))
    assert extractor.engine == "spacy"
    first = "李想在北京的中南大学工作。"  # shaped like the training sentences
    text = first + "\r\n😀2025年4月12日，学校投资5亿元。"
    doc = extractor(text, reference_date="2025-04-12")
    assert [(e.text, e.label) for e in doc.entities if e.end <= len(first)] == [
        ("李想", "PERSON"),
        ("北京", "PLACE"),  # GPE becomes PLACE
        ("中南大学", "ORG"),
    ]
    for entity in doc.entities:
        assert text[entity.start : entity.end] == entity.text
    assert [f.text for f in doc.figures] == ["5亿元"]
    assert [d.text for d in doc.dates] == ["2025年4月12日"]


def test_pipe_with_the_spacy_engine(tiny_pipeline: Path) -> None:
    extractor = cnnews_nlp.load("spacy", model=str(tiny_pipeline))
    texts = ["朱爱平在长沙的湖南师范大学工作。", "", "刘洋在湖南的中南大学工作。"]
    docs = list(extractor.pipe(texts, batch_size=2))
    assert [[e.text for e in d.people] for d in docs] == [["朱爱平"], [], ["刘洋"]]


def test_a_pickled_engine_loads_its_model_again(tiny_pipeline: Path) -> None:
    """What worker processes get: the engine's settings, not the model, which they reload."""
    engine = cnnews_nlp.load("spacy", model=str(tiny_pipeline)).nlp.get_pipe("ner")
    assert isinstance(engine, SpacyEngine)
    copy = pickle.loads(pickle.dumps(engine))
    assert copy.loaded is not engine.loaded
    texts = ["朱爱平在长沙的湖南师范大学工作。", "刘洋在湖南的中南大学工作。"]
    tagged = list(engine.tag(texts))
    assert list(copy.tag(texts)) == tagged
    assert tagged[0] == [(0, 3, "PERSON", None), (4, 6, "PLACE", None), (7, 13, "ORG", None)]


def test_a_model_that_is_not_installed_says_how_to_get_it() -> None:
    with pytest.raises(ModelNotFound, match="python -m spacy download zh_core_web_sm"):
        cnnews_nlp.load("spacy", model="zh_core_web_sm")


def test_a_path_with_no_pipeline(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFound, match="no spaCy pipeline at"):
        cnnews_nlp.load("spacy", model=str(tmp_path / "missing"))
