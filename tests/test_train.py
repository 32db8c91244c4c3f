"""The training code end to end at toy size: LAC's weights read into PyTorch, a few training
steps on sentences made here, export to ONNX, and the "news" engine loading the result."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("onnx")

from torch import Tensor  # noqa: E402

import cnnews_nlp  # noqa: E402
from cnnews_nlp.engines.features import (  # noqa: E402
    LABELS,
    TAGS,
    Features,
    entity_spans,
    lexicon_columns,
)
from cnnews_nlp.engines.lac import LacTagger, read_table  # noqa: E402
from cnnews_nlp.engines.news import NewsTagger  # noqa: E402
from cnnews_nlp.train.average import average  # noqa: E402
from cnnews_nlp.train.corpora import (  # noqa: E402
    Sentence,
    abbreviations,
    column_spans,
    made_up_in_lists,
    name_lists,
    renamed,
    split_long,
)
from cnnews_nlp.train.distill import add_teacher_targets, restyled  # noqa: E402
from cnnews_nlp.train.export import export, load_exported  # noqa: E402
from cnnews_nlp.train.network import NEG, NewsNetwork, lac_weights  # noqa: E402
from cnnews_nlp.train.run import (  # noqa: E402
    Example,
    adversarial_step,
    batch_loss,
    bies,
    command_line,
    drop_lexicon,
    encode,
    entity_loss,
    examples,
    main,
    new_network,
    parse_args,
    tensors,
)

PEOPLE = ["张伟", "王芳", "李强", "刘洋", "陈静", "杨磊"]
PLACES = ["长沙", "岳阳", "株洲", "湘潭", "衡阳", "常德"]
ORGS = ["长沙银行", "湖南大学", "中南大学", "岳麓书院"]
TOY_SETTINGS = ["--corpora", "msra", "--epochs", "3", "--batch", "8", "--bigrams", "200"]
TOY_SETTINGS += ["--dev-share", "0.1", "--threads", "1", "--name-lists", "4"]
TOY_SETTINGS += ["--lexicon-dropout", "0.3", "--renamed", "4", "--abbreviations", "2"]
TOY_SETTINGS += ["--made-up-names", "0.5"]


def toy_sentences() -> list[list[tuple[str, str]]]:
    """Sentences as (character, BIO tag) rows, in MSRA's training format."""
    sentences = []
    for i in range(48):
        person, place, org = PEOPLE[i % 6], PLACES[(i * 5) % 6], ORGS[i % 4]
        parts = [(person, "PER"), ("今天在", ""), (place, "LOC"), ("参观了", ""), (org, "ORG")]
        rows = []
        for text, kind in [*parts, ("。", "")]:
            for n, char in enumerate(text):
                rows.append((char, f"{'B' if n == 0 else 'I'}-{kind}" if kind else "O"))
        sentences.append(rows)
    return sentences


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("data")
    (data / "msra").mkdir()
    blocks = ["\n".join(f"{c}\t{t}" for c, t in rows) for rows in toy_sentences()]
    (data / "msra" / "msra_train_bio").write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("model")
    main(["--data", str(data), "--out", str(out), *TOY_SETTINGS])
    return out


def copy_model(model: Path, out: Path, lexicon: str | None = None) -> Path:
    """A copy of an exported model in ``out``, with another lexicon if one is given."""
    for name in ("news.onnx", "news.json", "lexicon.tsv"):
        (out / name).write_bytes((model / name).read_bytes())
    if lexicon is not None:
        (out / "lexicon.tsv").write_text(lexicon, encoding="utf-8")
    return out


def test_lac_weights_reproduce_lac() -> None:
    """Before training, LAC's head on our encoder gives LAC's own emissions."""
    lac = LacTagger()
    names = [""] * lac.transitions.shape[0]
    for i, name in read_table(lac.model_dir / "tag.dic").items():
        names[int(i)] = name
    network = NewsNetwork(max(lac.char_ids.values()) + 1, 10, len(names), 2, 1, dropout=0.0)
    network.load_lac(lac_weights(), names)
    network.eval()
    text = "长沙晚报记者在岳麓区采访了张伟。"
    ids = np.array([[lac.char_ids.get(c, lac.unknown) for c in text]])
    (expected,) = lac.session.run({"token_ids": ids, "length": np.array([len(text)])})
    with torch.no_grad():
        hidden, lac_hidden = network.encode(
            torch.from_numpy(ids),
            torch.zeros_like(torch.from_numpy(ids)),
            torch.zeros(1, len(text), 12),
            torch.tensor([1]),
            torch.tensor([len(text)]),
        )
        got = network.lac_head(lac_hidden).numpy()
    assert np.abs(got - expected).max() < 1e-4
    assert torch.equal(hidden, lac_hidden)  # a new top layer starts as a no-op


@pytest.mark.parametrize("top_layers", [0, 2])
def test_export_matches_torch(tmp_path: Path, top_layers: int) -> None:
    """The hand-built ONNX graph computes the network's emissions, padding included."""
    torch.manual_seed(0)
    chars = {c: i for i, c in enumerate(dict.fromkeys("长沙湖南大学张伟今天在。"), start=1)}
    network = NewsNetwork(len(chars) + 1, 3, 5, 2, top_layers, dropout=0.0)
    started_at_zero = [network.bigrams.weight, network.lexicon.weight, network.styles.weight]
    started_at_zero += [p for projection in network.top_out for p in projection.parameters()]
    for parameter in started_at_zero:
        torch.nn.init.normal_(parameter, std=0.1)
    network.eval()
    lexicon = {"长沙": ["PLACE"], "湖南大学": ["ORG"]}
    bigrams, styles = ["长沙", "湖南", "大学"], ["news", "resume"]
    export(network, tmp_path, chars, 0, bigrams, lexicon, styles, {"note": "test"})
    tagger = NewsTagger(tmp_path, style="resume")
    texts = ["张伟今天在长沙。", "湖南大学", "长沙湖南大学张伟今天在湖南大学。"]
    feeds = tagger.inputs(texts)
    (emissions,) = tagger.session.run(feeds)
    with torch.no_grad():
        for row, text in enumerate(texts):
            size = len(text)
            hidden, _ = network.encode(
                torch.from_numpy(feeds["chars"][row : row + 1, :size]),
                torch.from_numpy(feeds["bigrams"][row : row + 1, :size]),
                torch.from_numpy(feeds["lexicon"][row : row + 1, :size]),
                torch.tensor([1]),
                torch.tensor([size]),
            )
            expected = network.entity_head(hidden).numpy()[0]
            assert np.abs(emissions[row, :size] - expected).max() < 0.02  # float16 tables


def test_load_exported_reads_back_what_export_wrote(tmp_path: Path) -> None:
    """An exported model loads back into a network weight for weight (the tables as float16
    stored them), its bigram rows in the order of the vocabulary asked for."""
    torch.manual_seed(1)
    network = NewsNetwork(8, 3, 5, 2, 1, dropout=0.0)
    for parameter in network.parameters():
        torch.nn.init.normal_(parameter, std=0.1)
    chars = {c: i for i, c in enumerate("长沙湖南大学张", start=1)}
    export(network, tmp_path, chars, 0, ["长沙", "湖南", "大学"], {}, ["news", "resume"], {})
    loaded = NewsNetwork(8, 3, 5, 2, 1, dropout=0.0)
    load_exported(loaded, tmp_path, ["大学", "新词", "长沙"])
    tables = network.bigrams.weight.half().float()
    assert torch.equal(loaded.bigrams.weight, tables[[0, 3, 0, 1]])
    assert torch.equal(loaded.chars.weight, network.chars.weight.half().float())
    skip = {"chars.weight", "bigrams.weight", "lac_head.weight", "lac_head.bias"}
    theirs = dict(network.named_parameters())
    for name, parameter in loaded.named_parameters():
        if name not in skip and not name.startswith("crf."):
            assert torch.allclose(parameter, theirs[name], atol=1e-5), name
    for score, expected in zip(loaded.crf.scores(), network.crf.scores(), strict=True):
        allowed = expected > NEG / 2  # forbidden ones keep less precision, and need none
        assert torch.allclose(score[allowed], expected[allowed], atol=1e-5)
    with pytest.raises(ValueError, match="number of top layers"):
        load_exported(NewsNetwork(8, 3, 5, 2, 2), tmp_path, [])


def test_init_from_an_exported_model(
    trained: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """--init-from starts from the model's weights: with nothing learnt (learning rates 0) the
    run exports the very model it started from, and records that model's starting seed (so
    the two may be averaged); a model of another lexicon is refused."""
    data = trained.parent / next(p.name for p in trained.parent.iterdir() if "data" in p.name)
    still = tmp_path_factory.mktemp("still")
    settings = [*TOY_SETTINGS, "--epochs", "1", "--lr", "0", "--lac-lr", "0", "--seed", "3"]
    main(["--data", str(data), "--out", str(still), *settings, "--init-from", str(trained)])
    texts = ["王芳今天在株洲参观了湖南大学。", "李强在长沙。"]
    before, after = NewsTagger(trained), NewsTagger(still)
    assert np.allclose(
        before.session.run(before.inputs(texts))[0], after.session.run(after.inputs(texts))[0]
    )
    assert np.allclose(before.transitions, after.transitions, atol=1e-4)
    assert json.loads((still / "news.json").read_text("utf-8"))["training"]["init_seed"] == 0
    average([trained, still], tmp_path_factory.mktemp("soup_of_start_and_continuation"))
    other = copy_model(trained, tmp_path_factory.mktemp("other_lexicon"), "岳麓山\tPLACE\n")
    with pytest.raises(ValueError, match="other lexicon"):
        main(["--data", str(data), "--out", str(still), *settings, "--init-from", str(other)])


def test_unknown_style_or_format_is_refused(trained: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown style 'tweets'"):
        NewsTagger(trained, style="tweets")
    copy_model(trained, tmp_path)
    meta = (tmp_path / "news.json").read_text(encoding="utf-8")
    (tmp_path / "news.json").write_text(meta.replace('"format": 2', '"format": 1'), "utf-8")
    with pytest.raises(ValueError, match="format 1"):
        NewsTagger(tmp_path)


def test_trained_model_loads_and_finds_entities(trained: Path) -> None:
    extractor = cnnews_nlp.load("news", model_dir=str(trained))
    doc = extractor("王芳今天在株洲参观了湖南大学。")
    assert doc.entities, "a few steps on 48 toy sentences already find entities"
    for entity in doc.entities:
        assert doc.text[entity.start : entity.end] == entity.text
        assert entity.score is not None and 0.0 <= entity.score <= 1.0
    meta = (trained / "news.json").read_text(encoding="utf-8")
    assert '"curve"' in meta and '"best_dev_f1"' in meta
    assert '"best_weights": "last"' in meta or '"best_weights": "averaged"' in meta


def test_training_is_reproducible(trained: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The same command on the same data gives the same model."""
    data = trained.parent / next(p.name for p in trained.parent.iterdir() if "data" in p.name)
    again = tmp_path_factory.mktemp("again")
    main(["--data", str(data), "--out", str(again), *TOY_SETTINGS])
    assert (again / "news.onnx").read_bytes() == (trained / "news.onnx").read_bytes()


@pytest.mark.parametrize(
    "extra",
    [
        [],
        ["--lexicon-dropout-scaled", "--teachers", "a,b", "--restyled", "5", "--repeat", "r=2"],
        ["--init-seed", "3"],
    ],
)
def test_recorded_command_repeats_the_run(trained: Path, extra: list[str]) -> None:
    """news.json's command reads back as the same settings, switches and empty ones included."""
    recorded = json.loads((trained / "news.json").read_text("utf-8"))["training"]["command"]
    prefix = "python -m cnnews_nlp.train "
    assert recorded.startswith(prefix) and "False" not in recorded
    args = parse_args(["--data", "d", "--out", "o", *TOY_SETTINGS, *extra])
    again = parse_args([*command_line(args).removeprefix(prefix).split(), "--out", "o"])
    assert again == args


def test_init_seed_gives_runs_of_other_seeds_the_same_start() -> None:
    """With --init-seed, the new top layer starts alike whatever --seed says; without, the
    seed draws it."""

    def start(*argv: str) -> dict[str, Tensor]:
        args = parse_args(["--data", "d", "--out", "o", "--top-layers", "1", *argv])
        torch.manual_seed(args.seed)
        return new_network(args, 50, 20, 59, 4).state_dict()

    alike = start("--seed", "1", "--init-seed", "7"), start("--seed", "2", "--init-seed", "7")
    assert all(torch.equal(alike[0][k], alike[1][k]) for k in alike[0])
    other = start("--seed", "1"), start("--seed", "2")
    assert not torch.equal(other[0]["top.0.weight_ih_l0"], other[1]["top.0.weight_ih_l0"])


def test_averaging_models_that_started_alike(
    trained: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A model averaged with itself is itself; with a run of another seed from the same start
    (--init-seed) it is the mean of the two and still tags; runs that started from other
    weights, or read another lexicon, are refused."""
    data = trained.parent / next(p.name for p in trained.parent.iterdir() if "data" in p.name)
    itself = tmp_path_factory.mktemp("itself")
    average([trained, trained], itself)
    assert (itself / "news.onnx").read_bytes() == (trained / "news.onnx").read_bytes()

    sibling = tmp_path_factory.mktemp("sibling")
    main(
        [
            "--data",
            str(data),
            "--out",
            str(sibling),
            *TOY_SETTINGS,
            "--seed",
            "1",
            "--init-seed",
            "0",
        ]
    )
    soup = tmp_path_factory.mktemp("soup")
    average([trained, sibling], soup, [3, 1])
    heads = [NewsTagger(path).transitions for path in (trained, sibling, soup)]
    assert np.allclose(heads[2], 0.75 * heads[0] + 0.25 * heads[1], atol=1e-4)
    doc = cnnews_nlp.load("news", model_dir=str(soup))("王芳今天在株洲参观了湖南大学。")
    assert doc.entities
    meta = json.loads((soup / "news.json").read_text("utf-8"))["training"]
    assert meta["init_seed"] == 0 and [m["weight"] for m in meta["averaged"]] == [3, 1]

    stranger = tmp_path_factory.mktemp("stranger")
    main(["--data", str(data), "--out", str(stranger), *TOY_SETTINGS, "--seed", "1"])
    with pytest.raises(ValueError, match="init seeds 0, 1"):
        average([trained, stranger], tmp_path_factory.mktemp("refused"))
    other = copy_model(sibling, tmp_path_factory.mktemp("other"), "岳麓山\tPLACE\n")
    with pytest.raises(ValueError, match="differ in lexicon"):
        average([trained, other], tmp_path_factory.mktemp("refused"))
    with pytest.raises(ValueError, match="one non-negative weight a model"):
        average([trained, sibling], soup, [1, -1])


def test_distilling_from_teachers(trained: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A network trained to match two teachers (here the same toy model twice), with
    adversarial steps, learns and exports; a teacher that read other inputs is refused."""
    data = trained.parent / next(p.name for p in trained.parent.iterdir() if "data" in p.name)
    student = tmp_path_factory.mktemp("student")
    teachers = ["--teachers", f"{trained},{trained}", "--distill", "0.7", "--restyled", "6"]
    teachers += ["--adversarial", "0.5"]  # and the fast-gradient step on top
    main(["--data", str(data), "--out", str(student), *TOY_SETTINGS, *teachers])
    doc = cnnews_nlp.load("news", model_dir=str(student))("王芳今天在株洲参观了湖南大学。")
    assert doc.entities
    assert f"--teachers {trained},{trained}" in (student / "news.json").read_text("utf-8")
    assert (student / "news.onnx").read_bytes() != (trained / "news.onnx").read_bytes()
    other = copy_model(trained, tmp_path_factory.mktemp("other"), "岳麓山\tPLACE\n")
    with pytest.raises(ValueError, match="other lexicon"):
        main(["--data", str(data), "--out", str(student), *TOY_SETTINGS, "--teachers", str(other)])


def test_teachers_read_their_own_bigram_ids(trained: Path) -> None:
    """A teacher whose bigram vocabulary is ordered otherwise (another seed's) gives the
    targets it gives on its own ids: the student's ids are translated into the teacher's."""
    teacher = NewsTagger(trained)
    theirs = list(teacher.features.bigrams)
    styles = json.loads((trained / "news.json").read_text("utf-8"))["styles"]
    lexicon = {w: [LABELS[k] for k in labels] for w, labels in teacher.features.lexicon.items()}
    sentences: list[Sentence] = [("王芳今天在株洲参观了湖南大学。", []), ("李强在长沙。", [])]
    targets = []
    for vocabulary in (theirs, ["不在", *reversed(theirs)]):
        features = Features(
            teacher.features.chars, teacher.features.unknown_char, vocabulary, lexicon
        )
        made = examples(sentences, features, None, LacTagger(), 0)
        add_teacher_targets(made, [trained], features, styles)
        targets.append([(e.soft, e.soft_pairs) for e in made])
    for (soft, pairs), (soft_b, pairs_b) in zip(*targets, strict=True):
        assert soft is not None and soft_b is not None
        assert np.allclose(soft, soft_b, atol=1e-6) and np.allclose(pairs, pairs_b, atol=1e-5)


def test_restyled_copies_take_another_style_and_learn_from_the_teachers_alone() -> None:
    """A restyled copy reads its sentence in another style, and its gold tags (its own
    corpus's conventions) no longer count in the loss; an ordinary example's still do."""
    torch.manual_seed(5)
    network = NewsNetwork(10, 3, 5, 3)
    lexicon = lexicon_columns(4, [])
    made = [
        Example(
            np.array([1, 2, 3, 4]),
            np.zeros(4, dtype=np.int64),
            lexicon,
            style,
            bies(4, []),
            np.zeros(4, dtype=np.int64),
            set(),
            [],
            [],
            np.full((4, len(TAGS)), 1 / len(TAGS), dtype=np.float32),
            np.full((len(TAGS), len(TAGS)), 3 / len(TAGS) ** 2, dtype=np.float32),
        )
        for style in (0, 1, 2, 2)
    ]
    copies = restyled(made, 3, 3, seed=0)
    assert len(copies) == 3 and all(not c.gold for c in copies)
    originals = {id(m.chars): m for m in made}
    for copy in copies:
        assert id(copy.chars) in originals  # the arrays are shared, not copied
        assert copy.style != originals[id(copy.chars)].style
    with pytest.raises(SystemExit):
        parse_args(["--data", "d", "--out", "o", "--restyled", "5"])  # needs --teachers

    def loss(batch: list[Example]) -> float:
        inputs = tensors(batch)
        hidden, _ = encode(network, inputs)
        return float(entity_loss(network, network.entity_head(hidden), inputs, 0.5))

    retagged = bies(4, [(0, 2, "PERSON")])
    network.eval()
    with torch.no_grad():
        for example, counts in ((copies[0], False), (made[0], True)):
            before = loss([example])
            after = loss([replace(example, tags=retagged)])
            assert (before != after) == counts


def gradient(table: Tensor) -> Tensor:
    assert table.grad is not None
    return table.grad.clone()


def test_adversarial_step_adds_the_shifted_gradient_and_restores_the_tables() -> None:
    """The fast-gradient step leaves the embedding tables as they were and adds to their
    gradient that of the loss taken with the tables shifted; with no shift it doubles it."""
    torch.manual_seed(7)
    network = NewsNetwork(10, 3, 5, 1, dropout=0.0)
    example = Example(
        np.array([1, 2, 3, 4]),
        np.array([1, 2, 3, 0]),
        lexicon_columns(4, []),
        0,
        bies(4, [(0, 2, "PERSON")]),
        np.array([1, 2, 3, 4]),
        set(),
        [],
        [],
    )
    inputs = tensors([example])
    tables = (network.chars.weight, network.bigrams.weight)
    before = [t.detach().clone() for t in tables]
    grads = {}
    for size in (0.0, 1.0):
        network.zero_grad()
        batch_loss(network, inputs, 0.5, 0.5).backward()  # type: ignore[no-untyped-call]
        plain = [gradient(t) for t in tables]
        adversarial_step(network, size, lambda: batch_loss(network, inputs, 0.5, 0.5))
        grads[size] = [gradient(t) for t in tables]
        for table, original in zip(tables, before, strict=True):
            assert torch.equal(table, original)
        if size == 0.0:
            for total, once in zip(grads[size], plain, strict=True):
                assert torch.allclose(total, 2 * once)
    assert not torch.allclose(grads[0.0][0], grads[1.0][0])


def test_soft_targets_on_the_gold_path_give_the_gold_loss() -> None:
    """With all the teacher's belief on one tagging, matching it is maximising its likelihood."""
    torch.manual_seed(3)
    crf = NewsNetwork(10, 3, 5, 1).crf
    with torch.no_grad():
        for parameter in crf.parameters():
            parameter.normal_()
    lengths = torch.tensor([5, 3])
    paths = [[1, 2, 3, 0, 12], [9, 10, 11]]  # B- I- E-PERSON O S-PLACE; B- I- E-PLACE
    tags = torch.zeros(2, 5, dtype=torch.long)
    soft = torch.zeros(2, 5, len(TAGS))
    pairs = torch.zeros(2, len(TAGS), len(TAGS))
    for row, path in enumerate(paths):
        tags[row, : len(path)] = torch.tensor(path)
        soft[row, torch.arange(len(path)), path] = 1
        for a, b in pairwise(path):
            pairs[row, a, b] += 1
    emissions = torch.randn(2, 5, len(TAGS))
    gold = crf.nll(emissions, tags, lengths)
    _, soft_loss = crf.nll_and_soft_nll(emissions, tags, soft, pairs, lengths)
    assert torch.allclose(soft_loss, gold)


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PERSON"), (3, 4, "PLACE")]),
        (["S-NR", "B-NT", "M-NT", "E-NT", "O"], [(0, 1, "PERSON"), (1, 4, "ORG")]),
        (["B-ORG", "I-ORG", "B-ORG", "O"], [(0, 2, "ORG"), (2, 3, "ORG")]),
        (["B-PER", "I-LOC", "O"], [(0, 1, "PERSON"), (1, 2, "PLACE")]),
        (["B-TITLE", "E-TITLE", "O"], []),
    ],
)
def test_column_spans(tags: list[str], expected: list[tuple[int, int, str]]) -> None:
    assert column_spans(tags) == expected


def test_bies_round_trip() -> None:
    spans = [(0, 2, "PERSON"), (3, 4, "PLACE"), (5, 9, "ORG")]
    tags = bies(10, spans)
    assert [TAGS[t] for t in tags[:5]] == ["B-PERSON", "E-PERSON", "O", "S-PLACE", "O"]
    labels = ("PERSON", "ORG", "PLACE")
    assert [(s, e, labels[k]) for s, e, k in entity_spans(tags.tolist())] == spans


def test_split_long_never_cuts_an_entity() -> None:
    text = "甲" * 150 + "，" + "长沙银行" * 30
    spans = [(151 + 4 * i, 155 + 4 * i, "ORG") for i in range(30)]
    pieces = split_long((text, spans), limit=200)
    assert "".join(t for t, _ in pieces) == text
    assert sum(len(s) for _, s in pieces) == len(spans)
    for piece, piece_spans in pieces:
        assert len(piece) <= 200
        assert all(piece[s:e] == "长沙银行" for s, e, _ in piece_spans)


def test_name_lists_run_names_together() -> None:
    sentences = [
        ("张伟和王芳见了欧阳娜娜。", [(0, 2, "PERSON"), (3, 5, "PERSON"), (7, 11, "PERSON")])
    ]
    sentences += [("John Smith到了长沙。", [(0, 10, "PERSON"), (12, 14, "PLACE")])]
    sentences += [("乌云其木格·达瓦", [(0, 8, "PERSON")]), ("张", [(0, 1, "PERSON")])]
    lists = name_lists(sentences, 40, seed=1)
    assert len(lists) == 40 and lists == name_lists(sentences, 40, seed=1)
    marked = 0
    for text, spans in lists:
        names = [text[s:e] for s, e, _ in spans]
        assert sorted(names) == ["乌云其木格·达瓦", "张伟", "欧阳娜娜", "王芳"]
        assert text.replace("（女）", "") == "".join(names)
        marked += text.count("（女）")
    assert 0 < marked < 40 * 4 / 2, "some names, not most, are marked as women's"
    by_surname = sum(
        [text[s] for s, _, _ in spans] == sorted(text[s] for s, _, _ in spans)
        for text, spans in lists
    )
    assert by_surname >= 12, "about half the lists are sorted (1 in 24 would be by chance)"
    assert name_lists([("长沙", [(0, 2, "PLACE")])], 5) == []


def test_made_up_names_in_lists_replace_a_share_of_plain_names() -> None:
    people = ["张伟", "王芳", "李建国", "刘洋", "陈静", "杨磊", "赵丽颖", "孙红"]
    sentences = [(f"{name}说。", [(0, len(name), "PERSON")]) for name in people]
    sentences += [("欧阳娜娜笑了。", [(0, 4, "PERSON")])]
    lists = name_lists(sentences, 30, seed=2)
    changed = made_up_in_lists(lists, sentences, 0.5, seed=2)
    assert changed == made_up_in_lists(lists, sentences, 0.5, seed=2)
    assert made_up_in_lists(lists, sentences, 0.0) == lists
    replaced = kept = 0
    for (text, spans), (before, _) in zip(changed, lists, strict=True):
        names = [text[s:e] for s, e, label in spans if label == "PERSON"]
        assert len(names) == len(spans)
        assert ("欧阳娜娜" in names) == ("欧阳娜娜" in before), "a compound surname stays"
        assert text.replace("（女）", "") == "".join(names)
        assert before.count("（女）") == text.count("（女）")
        replaced += sum(name not in people and name != "欧阳娜娜" for name in names)
        kept += sum(name in people for name in names)
    assert 0.3 < replaced / (replaced + kept) < 0.7
    everyone = made_up_in_lists(lists, sentences, 1.0, seed=2)
    assert all(text[s:e] not in people for text, spans in everyone for s, e, _ in spans)


def test_drop_lexicon_forgets_matches_only() -> None:
    matches = [(0, 2, 2), (2, 4, 0)]
    example = Example(
        np.array([5, 6, 7, 8]),
        np.array([1, 2, 3, 0]),
        lexicon_columns(4, matches),
        0,
        np.zeros(4, dtype=np.int64),
        np.zeros(4, dtype=np.int64),
        {(0, 2, 2)},
        matches,
        [1, 30],
    )
    rng = random.Random(0)
    (kept,) = drop_lexicon([example], 0.0, rng)
    assert np.array_equal(kept.lexicon, example.lexicon)
    (forgotten,) = drop_lexicon([example], 1.0, rng)
    assert not forgotten.lexicon.any() and example.lexicon.any(), "the original is untouched"
    assert np.array_equal(forgotten.chars, example.chars) and forgotten.spans == example.spans
    # scaled: the word annotated once elsewhere goes half the time, the frequent one never
    rare = [drop_lexicon([example], 0.5, rng, scaled=True)[0].lexicon for _ in range(400)]
    assert all(np.array_equal(r[2:], example.lexicon[2:]) for r in rare)
    assert 150 < sum(not r[:2].any() for r in rare) < 250


def test_lexicon_features() -> None:
    features = Features({}, 0, [], {"长沙": ["PLACE"], "长沙银行": ["ORG"], "张": ["PERSON"]})
    matches = features.matches("在长沙银行")
    assert sorted(matches) == [(1, 3, 2), (1, 5, 1)]
    columns = lexicon_columns(5, matches)
    assert columns[1, 1 * 4 + 0] == 1 and columns[4, 1 * 4 + 2] == 1  # ORG B .. E
    assert columns[1, 2 * 4 + 0] == 1 and columns[2, 2 * 4 + 2] == 1  # PLACE B, E
    assert columns[0].sum() == 0


def test_renamed_copies_give_people_made_up_names_in_the_same_context() -> None:
    sentences = [
        (
            "张伟在长沙见了王芳，张伟说。",
            [(0, 2, "PERSON"), (3, 5, "PLACE"), (7, 9, "PERSON"), (10, 12, "PERSON")],
        ),
        ("李建国和欧阳娜娜到了长沙银行。", [(0, 3, "PERSON"), (4, 8, "PERSON"), (10, 14, "ORG")]),
        ("刘德华唱歌。", [(0, 3, "PERSON")]),
        ("长沙很美。", [(0, 2, "PLACE")]),
    ]
    real = {"张伟", "王芳", "李建国", "欧阳娜娜", "刘德华"}
    copies = renamed(sentences, 60, seed=3)
    assert len(copies) == 60 and copies == renamed(sentences, 60, seed=3)
    assert copies != renamed(sentences, 60, seed=4)
    for text, spans in copies:
        entities = [(text[s:e], label) for s, e, label in spans]
        people = [name for name, label in entities if label == "PERSON"]
        assert all(2 <= len(name) <= 4 for name in people)
        if text.endswith("说。"):  # the first sentence: one name twice, renamed alike
            assert people[0] == people[2] != people[1]
            assert not real & set(people) and entities[1] == ("长沙", "PLACE")
            assert text == f"{people[0]}在长沙见了{people[1]}，{people[0]}说。"
        elif "欧阳娜娜" in text:  # a compound surname is left as it is
            assert people[0] not in real and entities[2] == ("长沙银行", "ORG")
        else:
            assert text.endswith("唱歌。") and people[0] not in real
    assert renamed([("长沙很美。", [(0, 2, "PLACE")])], 5) == []
    assert renamed([("张伟说。", [(0, 2, "PERSON")])], 3) == [], "no name is left to make up"


def test_abbreviation_copies_rewrite_runs_of_one_character_places() -> None:
    pair = [(0, 1, "PLACE"), (1, 2, "PLACE")]
    sentences = [
        ("中美关系很好。", pair),
        ("印巴边界，长沙。", [*pair, (5, 7, "PLACE")]),
        ("晋察冀边区。", [*pair, (2, 3, "PLACE")]),
        ("美国和英国。", [(0, 2, "PLACE"), (3, 5, "PLACE")]),
        ("中方说。", [(0, 1, "PLACE")]),
    ]
    copies = abbreviations(sentences, 50, seed=2, least=1)
    assert len(copies) == 50 and copies == abbreviations(sentences, 50, seed=2, least=1)
    pool = set("中美印巴晋察冀")
    for text, spans in copies:
        run = "".join(text[s] for s, e, label in spans if e - s == 1)
        assert set(run) <= pool and len(set(run)) == len(run) >= 2
        source = next(t for t, s in sentences if t[len(run) :] == text[len(run) :])
        assert spans == next(s for t, s in sentences if t == source)
    assert len({text[:2] for text, _ in copies}) > 10, "pairs no sentence holds"
    # Only 中 is annotated alone twice: too few characters to rewrite a pair with.
    assert abbreviations(sentences, 5, least=2) == []
    assert abbreviations(sentences[3:], 5, least=1) == []
