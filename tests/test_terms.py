"""User dictionaries on a real engine: forced terms, the stop-list, files, the CLI.

Each table row shows what the engine finds alone, as observed, next to what the terms make of
it, so a row fails loudly if the engine stops making the mistake the row is about. The rows
use the "lac" engine, whose model is fixed by its pinned package, so retraining the default
"news" model does not move them; the terms work the same on every engine.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from test_cli import cli

import cnnews_nlp
from cnnews_nlp import Document, Extractor

from conftest import SEED

Found = list[tuple[str, str, int]]


def found(doc: Document) -> Found:
    for entity in doc.entities:
        assert doc.text[entity.start : entity.end] == entity.text
    return [(e.text, e.label, e.start) for e in doc.entities]


@pytest.fixture(scope="module")
def plain() -> Extractor:
    return cnnews_nlp.load("lac")


CASES = [
    pytest.param(
        "DeepSeek在杭州发布模型。",
        {"DeepSeek": "ORG"},
        [("杭州", "PLACE", 9)],
        [("DeepSeek", "ORG", 0), ("杭州", "PLACE", 9)],
        id="forces-a-name-the-engine-misses",
    ),
    pytest.param(
        "小米汽车在北京亦庄。",
        {"小米汽车": "ORG"},
        [("小米", "ORG", 0), ("北京", "PLACE", 5), ("亦庄", "PLACE", 7)],
        [("小米汽车", "ORG", 0), ("北京", "PLACE", 5), ("亦庄", "PLACE", 7)],
        id="forced-span-replaces-a-shorter-engine-entity",
    ),
    pytest.param(
        "中伟新能源在贵州铜仁投资建厂。",
        {"贵州": "PLACE", "铜仁": "PLACE"},
        [("中伟新能源", "ORG", 0), ("贵州铜仁投资", "ORG", 6)],
        [("中伟新能源", "ORG", 0), ("贵州", "PLACE", 6), ("铜仁", "PLACE", 8)],
        id="forced-spans-replace-a-longer-engine-entity",
    ),
    pytest.param(
        "马斯克说特斯拉很好。",
        {"特斯拉": "ORG"},
        [("马斯克", "PERSON", 0), ("特斯拉", "PERSON", 4)],
        [("马斯克", "PERSON", 0), ("特斯拉", "ORG", 4)],
        id="overrides-the-engine-label",
    ),
    pytest.param(
        "湘江新区管委会主任讲话。",
        {"湘江": "PLACE"},
        [("湘江新区管委会", "ORG", 0)],
        [("湘江", "PLACE", 0)],
        id="short-term-alone",
    ),
    pytest.param(
        "湘江新区管委会主任讲话。",
        {"湘江": "PLACE", "湘江新区": "PLACE"},
        [("湘江新区管委会", "ORG", 0)],
        [("湘江新区", "PLACE", 0)],
        id="longest-term-wins",
    ),
    pytest.param(
        "中伟新能源在贵州铜仁投资建厂。",
        {"铜仁投资": "ORG", "贵州铜仁": "PLACE"},
        [("中伟新能源", "ORG", 0), ("贵州铜仁投资", "ORG", 6)],
        [("中伟新能源", "ORG", 0), ("贵州铜仁", "PLACE", 6)],
        id="equal-length-overlap-the-earlier-wins",
    ),
    pytest.param(
        "奋进新时代，新时代证券分析师朱爱平说。",
        {"新时代": None},
        [("新时代", "ORG", 2), ("新时代证券", "ORG", 6), ("朱爱平", "PERSON", 14)],
        [("新时代证券", "ORG", 6), ("朱爱平", "PERSON", 14)],
        id="stop-list-drops-the-exact-span-and-keeps-a-longer-entity",
    ),
    pytest.param(
        "新时代文明实践中心在长沙揭牌。",
        {"新时代": None},
        [("新时代文明", "ORG", 0), ("长沙", "PLACE", 10)],
        [("新时代文明", "ORG", 0), ("长沙", "PLACE", 10)],
        id="stop-list-leaves-entities-that-contain-it",
    ),
    pytest.param(
        "据新时代证券统计，奋进新时代。",
        {"新时代": None, "新时代证券": "ORG"},
        [("新时代", "ORG", 1), ("新时代", "ORG", 11)],
        [("新时代证券", "ORG", 1)],
        id="longer-labelled-term-beats-a-stop-term",
    ),
    pytest.param(
        "新时代文明实践中心在长沙揭牌。",
        {"新时代": None, "新时代文明实践中心": "ORG"},
        [("新时代文明", "ORG", 0), ("长沙", "PLACE", 10)],
        [("新时代文明实践中心", "ORG", 0), ("长沙", "PLACE", 10)],
        id="labelled-term-replaces-a-partial-engine-entity",
    ),
    pytest.param(
        "宁德时代在福建宁德。",
        {"宁德": "PLACE", "宁德时代": None},
        [("宁德时代", "ORG", 0), ("福建", "PLACE", 5), ("宁德", "PLACE", 7)],
        [("福建", "PLACE", 5), ("宁德", "PLACE", 7)],
        id="longer-stop-term-beats-a-labelled-term",
    ),
    pytest.param(
        "长沙晚报记者朱爱平报道。",
        {"长沙": "PLACE"},
        [("长沙晚报", "ORG", 0), ("朱爱平", "PERSON", 6)],
        [("长沙", "PLACE", 0), ("朱爱平", "PERSON", 6)],
        id="chinese-terms-match-inside-longer-words",
    ),
    pytest.param(
        "OpenAI和AI2在长沙。",
        {"AI": "ORG"},
        [("长沙", "PLACE", 11)],
        [("长沙", "PLACE", 11)],
        id="ascii-term-not-inside-ascii-words",
    ),
    pytest.param(
        "OpenAI和AI2在长沙。",
        {"OpenAI": "ORG", "AI2": "ORG"},
        [("长沙", "PLACE", 11)],
        [("OpenAI", "ORG", 0), ("AI2", "ORG", 7), ("长沙", "PLACE", 11)],
        id="ascii-terms-as-whole-words",
    ),
    pytest.param(
        "我们使用AI，OpenAI在美国。",
        {"AI": "ORG"},
        [("美国", "PLACE", 14)],
        [("AI", "ORG", 4), ("美国", "PLACE", 14)],
        id="ascii-term-between-chinese-and-punctuation",
    ),
    pytest.param(
        "IBM和AI公司合作。",
        {"AI": "ORG"},
        [("IBM", "ORG", 0), ("AI公司", "ORG", 4)],
        [("IBM", "ORG", 0), ("AI", "ORG", 4)],
        id="ascii-term-next-to-chinese",
    ),
    pytest.param(
        "华为Mate60发布，Mate6没有。",
        {"Mate6": "ORG"},
        [],
        [("Mate6", "ORG", 11)],
        id="term-ending-in-a-digit-not-inside-a-number",
    ),
    pytest.param(
        "A I在长沙。",
        {"AI": "ORG"},
        [("长沙", "PLACE", 4)],
        [("长沙", "PLACE", 4)],
        id="spaces-count",
    ),
    pytest.param(
        "我们使用AI，OpenAI在美国。",
        {"ai": "ORG"},
        [("美国", "PLACE", 14)],
        [("美国", "PLACE", 14)],
        id="case-counts",
    ),
]


@pytest.mark.parametrize(("text", "terms", "engine", "expected"), CASES)
def test_terms_change_the_entities(
    plain: Extractor, text: str, terms: dict[str, str | None], engine: Found, expected: Found
) -> None:
    assert found(plain(text)) == engine
    assert found(cnnews_nlp.load("lac", user_dict=terms)(text)) == expected


CHINESE_TERMS: dict[str, str | None] = {
    "新时代": None,
    "宁德时代": None,
    "特斯拉": "ORG",
    "湘江新区": "PLACE",
    "湘江": "PLACE",
    "长沙": "PLACE",
}
PIECES = st.sampled_from(
    [*CHINESE_TERMS, "证券", "朱爱平", "在", "，", "。", " ", "\r\n", "😀", "AI", "Open", "2"]
)


@pytest.fixture(scope="module")
def with_chinese_terms() -> Extractor:
    return cnnews_nlp.load(user_dict=CHINESE_TERMS)


@settings(max_examples=40, deadline=None)
@given(text=st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=12).map("".join))
def test_offsets_slice_and_stop_terms_never_come_back(
    with_chinese_terms: Extractor, text: str
) -> None:
    doc = with_chinese_terms(text)
    assert doc.text == text
    stopped = {term for term, label in CHINESE_TERMS.items() if label is None}
    assert not stopped & {name for name, _, _ in found(doc)}


def test_add_terms_changes_the_next_result() -> None:
    extractor = cnnews_nlp.load("lac")
    text = "马斯克说特斯拉很好。"
    assert found(extractor(text)) == [("马斯克", "PERSON", 0), ("特斯拉", "PERSON", 4)]
    extractor.add_terms({"特斯拉": "ORG", "马斯克": None})
    assert found(extractor(text)) == [("特斯拉", "ORG", 4)]
    extractor.add_terms({"特斯拉": "PLACE"})
    assert found(extractor(text)) == [("特斯拉", "PLACE", 4)]
    assert dict(extractor.terms) == {"特斯拉": "PLACE", "马斯克": None}


def test_terms_are_a_read_only_live_view() -> None:
    extractor = cnnews_nlp.load(user_dict={" 特斯拉\t": "ORG"})
    terms = extractor.terms
    assert dict(terms) == {"特斯拉": "ORG"}  # surrounding whitespace is stripped
    with pytest.raises(TypeError):
        terms["长沙"] = "PLACE"  # type: ignore[index]
    extractor.add_terms({"长沙": "PLACE"})
    assert dict(terms) == {"特斯拉": "ORG", "长沙": "PLACE"}


def test_no_terms_leaves_the_engine_alone(plain: Extractor, seed_text: str) -> None:
    assert plain.terms == {}
    assert plain.nlp.pipe_names[-1] == "cnnews_terms"
    with plain.nlp.select_pipes(disable=["cnnews_terms"]):
        without = plain(seed_text)
    assert plain(seed_text) == without


@pytest.mark.parametrize(
    ("terms", "message"),
    [
        ({"": "ORG"}, "term '' must be a non-empty string"),
        ({" \u3000": "ORG"}, "must be a non-empty string"),
        ({3: "ORG"}, "term 3 must be a non-empty string"),
        ({"中伟": "COMPANY"}, "term '中伟' has label 'COMPANY'; labels are ORG, PERSON, PLACE"),
        ({"中伟": "org"}, "has label 'org'"),
        ({"中伟": ""}, "has label ''"),
        ({"长沙": "PLACE", "中伟": ["ORG"]}, r"has label \['ORG'\]"),
    ],
)
def test_bad_terms_are_refused_and_none_is_added(terms: dict[object, object], message: str) -> None:
    extractor = cnnews_nlp.load()
    with pytest.raises(ValueError, match=message):
        extractor.add_terms(terms)  # type: ignore[arg-type]
    assert extractor.terms == {}
    with pytest.raises(ValueError, match=message):
        cnnews_nlp.load(user_dict=terms)  # type: ignore[arg-type]


def test_user_dict_of_the_wrong_type() -> None:
    with pytest.raises(TypeError, match="user_dict must be a mapping of term to label or a path"):
        cnnews_nlp.load(user_dict=[("特斯拉", "ORG")])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="terms must be a mapping"):
        cnnews_nlp.load().add_terms([("特斯拉", "ORG")])  # type: ignore[arg-type]


TEXT_DICT = (
    "\ufeff# 公司\n"  # a byte-order mark and a comment
    "特斯拉\tORG\r\n\n"  # Windows line ending, a blank line
    "  # 缩进的注释\n"
    "马斯克\tPERSON \n"
    "新时代\t-\n"
    "长沙\tPLACE\n"
    "长沙\tORG\n"  # the later line wins
)


def test_text_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "terms.txt"
    path.write_text(TEXT_DICT, encoding="utf-8")
    extractor = cnnews_nlp.load(user_dict=path)
    assert dict(extractor.terms) == {
        "特斯拉": "ORG",
        "马斯克": "PERSON",
        "新时代": None,
        "长沙": "ORG",
    }
    assert found(extractor("奋进新时代，特斯拉在长沙。")) == [
        ("特斯拉", "ORG", 6),
        ("长沙", "ORG", 10),
    ]
    assert cnnews_nlp.load(user_dict=str(path)).terms == extractor.terms


def test_json_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "terms.JSON"
    path.write_text(json.dumps({"特斯拉": "ORG", "新时代": None}, ensure_ascii=False), "utf-8")
    extractor = cnnews_nlp.load(user_dict=path)
    assert dict(extractor.terms) == {"特斯拉": "ORG", "新时代": None}
    assert found(extractor("奋进新时代，特斯拉在上海。")) == [
        ("特斯拉", "ORG", 6),
        ("上海", "PLACE", 10),
    ]


@pytest.mark.parametrize(
    ("name", "content", "error", "message"),
    [
        (
            "a.txt",
            "特斯拉\tORG\n特斯拉 ORG\n",
            ValueError,
            r"a.txt line 2: expected 'term<TAB>LABEL', got '特斯拉 ORG'",
        ),
        ("a.txt", "# x\n\n特斯拉\n", ValueError, "a.txt line 3: expected 'term<TAB>LABEL'"),
        ("a.txt", "特斯拉\tORG\tPLACE\n", ValueError, "a.txt line 1: expected"),
        ("a.txt", "\tORG\n", ValueError, "a.txt line 1: expected"),
        (
            "a.txt",
            "特斯拉\tCOMPANY\n",
            ValueError,
            "a.txt line 1: label 'COMPANY' of '特斯拉' must be ORG, PERSON, PLACE or -",
        ),
        ("a.txt", "特斯拉\t\n", ValueError, "line 1: label '' of '特斯拉'"),
        (
            "a.json",
            '{"特斯拉": "COMPANY"}',
            ValueError,
            "a.json: term '特斯拉' has label 'COMPANY'",
        ),
        ("a.json", '{"": "ORG"}', ValueError, "a.json: term '' must be a non-empty string"),
        ("a.json", '["特斯拉"]', ValueError, "a.json: expected a JSON object"),
        (
            "a.json",
            '{"特斯拉": "ORG",\n}',
            ValueError,
            "a.json: not valid JSON .* line 2, column 1",
        ),
        (
            "a.txt",
            b"\xe7\x89\xb9\xff\tORG\n",
            ValueError,
            r"a.txt: not valid UTF-8 \(byte 0xff at offset 3\)",
        ),
    ],
)
def test_bad_dictionary_files(
    tmp_path: Path, name: str, content: str | bytes, error: type[Exception], message: str
) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(error, match=message):
        cnnews_nlp.load(user_dict=path)


def test_missing_dictionary_and_directory(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"user dictionary .*nope.txt: no such file"):
        cnnews_nlp.load(user_dict=tmp_path / "nope.txt")
    with pytest.raises(IsADirectoryError, match=r"user dictionary .*: is a directory"):
        cnnews_nlp.load(user_dict=tmp_path)


def test_pipe_with_two_processes_and_pickling() -> None:
    extractor = cnnews_nlp.load(threads=1, user_dict={"特斯拉": "ORG", "新时代": None})
    texts = ["奋进新时代，特斯拉在上海。", "马斯克说特斯拉很好。"] * 3
    expected = [extractor(t) for t in texts]
    assert found(expected[0]) == [("特斯拉", "ORG", 6), ("上海", "PLACE", 10)]
    assert list(extractor.pipe(texts, n_process=2, batch_size=2)) == expected
    copy = pickle.loads(pickle.dumps(extractor.nlp))
    assert [(e.text, e.label_) for e in copy(texts[0]).ents] == [
        ("特斯拉", "ORG"),
        ("上海", "PLACE"),
    ]


def test_saved_pipeline_keeps_its_terms(tmp_path: Path) -> None:
    extractor = cnnews_nlp.load(user_dict={"特斯拉": "ORG", "新时代": None})
    extractor.nlp.to_disk(tmp_path / "pipeline")
    assert json.loads(
        (tmp_path / "pipeline" / "cnnews_terms" / "terms.json").read_text("utf-8")
    ) == {
        "特斯拉": "ORG",
        "新时代": None,
    }
    nlp = spacy.load(tmp_path / "pipeline")
    assert nlp.pipe_names == extractor.nlp.pipe_names
    assert [(e.text, e.label_) for e in nlp("奋进新时代，特斯拉在上海。").ents] == [
        ("特斯拉", "ORG"),
        ("上海", "PLACE"),
    ]
    other = cnnews_nlp.load(user_dict={"长沙": "ORG"})
    other.nlp.from_bytes(extractor.nlp.to_bytes())
    assert dict(other.terms) == {"特斯拉": "ORG", "新时代": None}


def test_read_page_honours_the_extractors_terms(seed_text: str) -> None:
    def counts(extractor: Extractor | None) -> dict[tuple[str, str], int]:
        page = cnnews_nlp.read_page(seed_text, extractor=extractor or cnnews_nlp.load("lac"))
        seen: dict[tuple[str, str], int] = {}
        for article in page.articles:
            for e in article.document.entities if article.document else []:
                if "新时代" in e.text or "中伟" in e.text:
                    seen[e.text, e.label] = seen.get((e.text, e.label), 0) + 1
        return seen

    assert counts(None) == {("新时代", "ORG"): 4, ("中伟", "ORG"): 3, ("中伟新能源", "ORG"): 2}
    terms = cnnews_nlp.load("lac", user_dict={"新时代": None, "中伟新能源": "ORG"})
    assert counts(terms) == {("中伟新能源", "ORG"): 5}


def test_cli_user_dict_for_extract_and_page(tmp_path: Path) -> None:
    path = tmp_path / "terms.txt"
    path.write_text("新时代\t-\n中伟新能源\tORG\n特斯拉\tORG\n", encoding="utf-8")
    result = cli(
        "extract",
        "--engine",
        "lac",
        "--user-dict",
        str(path),
        "--format",
        "jsonl",
        stdin="奋进新时代，特斯拉在上海。".encode(),
    )
    assert result.returncode == 0, result.stderr
    assert [(e["text"], e["label"]) for e in json.loads(result.stdout)["entities"]] == [
        ("特斯拉", "ORG"),
        ("上海", "PLACE"),
    ]
    result = cli("page", str(SEED), "--engine", "lac", "--user-dict", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    entities = [
        (e["text"], e["label"])
        for article in json.loads(result.stdout)["articles"]
        for e in (article["document"] or {"entities": []})["entities"]
    ]
    assert ("中伟新能源", "ORG") in entities
    assert not [e for e in entities if e[0] in ("新时代", "中伟")]


@pytest.mark.parametrize("command", ["extract", "page"])
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "user dictionary {path}: no such file"),
        ("特斯拉 ORG\n", "user dictionary {path} line 1: expected 'term<TAB>LABEL'"),
        ("特斯拉\tCOMPANY\n", "user dictionary {path} line 1: label 'COMPANY'"),
        (b"\xff\tORG\n", "user dictionary {path}: not valid UTF-8"),
    ],
)
def test_cli_bad_dictionary_is_an_input_error(
    tmp_path: Path, command: str, content: str | bytes | None, message: str
) -> None:
    path = tmp_path / "terms.txt"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif content is not None:
        path.write_bytes(content)
    target = "-" if command == "extract" else str(SEED)
    result = cli(command, target, "--user-dict", str(path), stdin=b"x")
    assert result.returncode == 1
    assert result.stderr.startswith(f"cnnews-nlp: error: {message.format(path=path)}")
    assert result.stderr.count("\n") == 1 and result.stderr.endswith("\n")
    assert result.stdout == ""
