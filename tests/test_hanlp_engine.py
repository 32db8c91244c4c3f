"""The HanLP engine, with a real (tiny) HanLP NER model the tests train, save and serve.

The model is a random one-layer BERT with its own vocabulary, fine-tuned for a few seconds on
sentences made here. HanLP reads HANLP_HOME and HANLP_URL when it is imported, so the download
and offline cases run in a fresh interpreter.
"""

from __future__ import annotations

import http.server
import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("hanlp")

import cnnews_nlp

PEOPLE = ["朱爱平", "李想", "张禹", "王小明", "刘洋", "陈飞"]
PLACES = ["长沙", "湖南", "北京"]
ORGS = ["中南大学", "湖南师范大学"]


def _tags(word: str, kind: str) -> list[str]:
    return [f"B-{kind}"] + [f"I-{kind}"] * (len(word) - 1)


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from hanlp.components.ner.transformer_ner import TransformerNamedEntityRecognizer
    from transformers import BertConfig, BertModel, BertTokenizerFast

    work = tmp_path_factory.mktemp("hanlp")
    chars = sorted(set("".join(PEOPLE + PLACES + ORGS) + "在的工作。"))
    bert = work / "bert"
    bert.mkdir()
    (bert / "vocab.txt").write_text(
        "\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars]), encoding="utf-8"
    )
    config = BertConfig(
        vocab_size=len(chars) + 5,
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=512,  # room for 200-character pieces, like real models
    )
    BertModel(config).save_pretrained(bert)
    BertTokenizerFast(str(bert / "vocab.txt")).save_pretrained(bert)  # path positionally
    sentences = []
    for person in PEOPLE:
        for place in PLACES:
            for org in ORGS:
                chars_tags = [
                    *zip(person, _tags(person, "PER"), strict=True),
                    ("在", "O"),
                    *zip(place, _tags(place, "LOC"), strict=True),
                    ("的", "O"),
                    *zip(org, _tags(org, "ORG"), strict=True),
                    ("工", "O"),
                    ("作", "O"),
                    ("。", "O"),
                ]
                sentences.append("\n".join(f"{c}\t{t}" for c, t in chars_tags))
    (work / "train.tsv").write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
    (work / "dev.tsv").write_text("\n\n".join(sentences[:6]) + "\n", encoding="utf-8")
    model = work / "tiny_ner"
    TransformerNamedEntityRecognizer().fit(
        str(work / "train.tsv"),
        str(work / "dev.tsv"),
        str(model),
        transformer=str(bert),
        epochs=30,
        lr=1e-3,
        batch_size=8,
        seed=1,
    )
    return model


def test_entities_from_a_local_model(tiny_model: Path) -> None:
    extractor = cnnews_nlp.load("hanlp", model=str(tiny_model))
    assert extractor.engine == "hanlp"
    first = "李想在北京的中南大学工作。"
    text = first + "\r\n😀2025年4月12日，学校投资5亿元。"
    doc = extractor(text, reference_date="2025-04-12")
    assert [(e.text, e.label) for e in doc.entities if e.end <= len(first)] == [
        ("李想", "PERSON"),  # PER
        ("北京", "PLACE"),  # LOC
        ("中南大学", "ORG"),
    ]
    for entity in doc.entities:
        assert text[entity.start : entity.end] == entity.text
    assert [f.text for f in doc.figures] == ["5亿元"]
    assert [d.text for d in doc.dates] == ["2025年4月12日"]
    docs = list(extractor.pipe(["朱爱平在长沙的湖南师范大学工作。", ""], batch_size=2))
    assert [[e.text for e in d.people] for d in docs] == [["朱爱平"], []]


def _run(code: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture
def served(tmp_path: Path, tiny_model: Path) -> Iterator[str]:
    """The tiny model zipped and served on loopback, the way HanLP's own models are served."""
    root = tmp_path / "www" / "ner"
    root.mkdir(parents=True)
    shutil.make_archive(str(root / "tiny_ner"), "zip", tiny_model.parent, tiny_model.name)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(tmp_path / "www"), **kwargs)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def test_download_and_unzip_through_hanlp(served: str, tmp_path: Path) -> None:
    home = tmp_path / "hanlp_home"
    code = (
        "import json, cnnews_nlp; "
        f"nlp = cnnews_nlp.load('hanlp', model='{served}ner/tiny_ner.zip'); "
        "doc = nlp('刘洋在湖南的中南大学工作。'); "
        "print(json.dumps([[e.text, e.label] for e in doc.entities], ensure_ascii=False))"
    )
    result = _run(code, {"HANLP_HOME": str(home), "HANLP_URL": served, "HANLP_VERBOSE": "0"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout.strip().splitlines()[-1])[0] == ["刘洋", "PERSON"]
    assert (home / "ner" / "tiny_ner").is_dir()  # where HanLP keeps what it downloaded


def test_offline_fails_fast_with_a_clear_message(tmp_path: Path) -> None:
    code = "import cnnews_nlp; cnnews_nlp.load('hanlp')"
    env = {"HANLP_HOME": str(tmp_path / "empty"), "HANLP_URL": "http://127.0.0.1:9/"}
    result = _run(code, env, timeout=120)
    assert result.returncode != 0
    message = result.stderr.strip().splitlines()[-1]
    assert "MSRA_NER_ELECTRA_SMALL_ZH" in message
    assert "HANLP_HOME" in message and str(tmp_path / "empty") in message
    assert "model=path" in message
    # Our probe gave up before HanLP's own downloader, which retries for about 25 s, began.
    assert "Downloading" not in result.stderr
