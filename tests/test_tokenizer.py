"""The character tokenizer: lossless, one token per character, the text kept on the Doc."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import spacy
from hypothesis import given
from hypothesis import strategies as st

from cnnews_nlp.pipeline import NLP_CONFIG
from cnnews_nlp.tokenizer import doc_text

nlp = spacy.blank("zh", config=NLP_CONFIG)


@given(st.text())
def test_lossless_with_one_token_per_character(text: str) -> None:
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert doc_text(doc) == text
    for token in doc:
        assert len(token.text) == 1 or token.text.isspace()


def test_same_tokens_as_spacys_char_segmenter(seed_text: str) -> None:
    messy = seed_text + "\r\n  ＡＢＣ 2025 😀\u3000长 沙\t\n"
    ours = [(t.text, t.idx, t.whitespace_) for t in nlp.make_doc(messy)]
    theirs = [(t.text, t.idx, t.whitespace_) for t in spacy.blank("zh").make_doc(messy)]
    assert ours == theirs


def test_text_of_a_doc_from_elsewhere_is_computed_once() -> None:
    doc = spacy.blank("en")("Hello there")
    assert doc_text(doc) == "Hello there"
    assert doc.user_data["cnnews_nlp.text"] == "Hello there"


def test_saved_pipeline_loads_in_a_fresh_process(tmp_path: Path) -> None:
    import cnnews_nlp

    cnnews_nlp.load().nlp.to_disk(tmp_path / "pipeline")
    script = (
        "import spacy, sys; nlp = spacy.load(sys.argv[1]); "
        "print([e.text for e in nlp('朱爱平在长沙。').ents], 'cnnews_nlp' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "pipeline")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == "['朱爱平', '长沙'] True"
