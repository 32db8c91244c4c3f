"""The command line, run as users run it (in a subprocess), and the tables it prints."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import cnnews_nlp
from cnnews_nlp import Document, Entity
from cnnews_nlp.cli import format_table

from conftest import SEED


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    completed = subprocess.run(
        [sys.executable, "-m", "cnnews_nlp", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
    )
    return subprocess.CompletedProcess(
        completed.args,
        completed.returncode,
        completed.stdout.decode("utf-8"),
        completed.stderr.decode("utf-8"),
    )


def test_version_is_the_package_s() -> None:
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"cnnews-nlp {cnnews_nlp.__version__}"


def test_json_for_one_file() -> None:
    result = cli("extract", str(SEED), "--reference-date", "2025-04-12")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["reference_date"] == "2025-04-12"
    assert "朱爱平" in {e["text"] for e in doc["entities"] if e["label"] == "PERSON"}
    assert doc["text"] == SEED.read_text(encoding="utf-8")


def test_json_array_for_several_inputs(tmp_path: Path) -> None:
    other = tmp_path / "b.txt"
    other.write_text("中南大学在长沙。", encoding="utf-8")
    result = cli("extract", str(SEED), str(other))
    docs = json.loads(result.stdout)
    assert isinstance(docs, list) and len(docs) == 2
    assert docs[1]["text"] == "中南大学在长沙。"


def test_jsonl_from_stdin_keeps_crlf_and_emoji() -> None:
    text = "标题😀\r\n朱爱平在长沙。"
    result = cli("extract", "-", "--format", "jsonl", stdin=text.encode("utf-8"))
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    doc = json.loads(line)
    assert doc["text"] == text
    for entity in doc["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]


def test_no_path_reads_stdin() -> None:
    result = cli("extract", "--format", "jsonl", stdin="朱爱平在长沙。".encode())
    assert json.loads(result.stdout)["entities"][0]["text"] == "朱爱平"


def test_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "朱爱平在长沙。".encode())
    assert json.loads(cli("extract", str(path)).stdout)["text"] == "朱爱平在长沙。"


def test_table_groups_with_counts() -> None:
    result = cli("extract", str(SEED), "--format", "table")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for heading in ("People (", "Organizations (", "Places (", "Dates (", "Figures ("):
        assert heading in out
    assert "朱爱平×2" in out
    assert "中南大学×" in out


def test_html_page_marks_each_input_under_its_name(tmp_path: Path) -> None:
    first, second = tmp_path / "a&b.txt", tmp_path / "c.txt"
    first.write_text("朱爱平在长沙。", encoding="utf-8")
    second.write_text("2025年4月30日<开幕>", encoding="utf-8")
    result = cli("extract", str(first), str(second), "--format", "html")
    assert result.returncode == 0, result.stderr
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert page.index("a&amp;b.txt</h2>") < page.index("c.txt</h2>")
    assert re.search(r'title="PERSON [01]\.\d\d">朱爱平</span>', page)
    assert 'title="2025年4月30日: 2025-04-30 (day)">2025年4月30日</span>&lt;开幕&gt;' in page


def test_table_counts_agree_with_their_nouns() -> None:
    doc = Document(text="李强会见客人。", entities=[Entity("李强", "PERSON", 0, 2)])
    table = format_table(doc, "t")
    assert "People (1 distinct, 1 mention)\n" in table
    assert "Organizations (0 distinct, 0 mentions)" in table


@pytest.mark.parametrize(
    ("args", "stdin", "code", "message"),
    [
        (["extract", "no/such/file.txt"], None, 1, "no/such/file.txt: no such file"),
        (["extract", "tests"], None, 1, "tests: is a directory"),
        (["extract", "-"], b"\xe9\x95\xff", 1, "standard input: not valid UTF-8"),
        (["extract", "--reference-date", "2025-13-01"], b"x", 2, "reference_date must be"),
        (["extract", "--format", "xml"], b"x", 2, "invalid choice"),
        (["extract", "--engine", "nope"], b"x", 2, "unknown engine"),
        (["extract", "--min-score", "1.5"], b"x", 2, "min_score must lie between 0 and 1"),
        (["extract", "--engine", "lac", "--min-score", "0.5"], b"x", 2, "needs the news engine"),
        ([], None, 2, "required"),
    ],
)
def test_errors_are_one_line(args: list[str], stdin: bytes | None, code: int, message: str) -> None:
    result = cli(*args, stdin=stdin)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_min_score_keeps_only_sure_entities() -> None:
    text = "夜幕徐徐降临，比亚迪董事长王传福说特斯拉很好。".encode()
    every = json.loads(cli("extract", "--min-score", "0", stdin=text).stdout)["entities"]
    sure = json.loads(cli("extract", "--min-score", "0.9", stdin=text).stdout)["entities"]
    assert sure == [e for e in every if e["score"] >= 0.9] and len(sure) < len(every)


def test_undecodable_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("长沙".encode("gb18030"))
    result = cli("extract", str(path))
    assert result.returncode == 1
    assert f"{path}: not valid UTF-8" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
