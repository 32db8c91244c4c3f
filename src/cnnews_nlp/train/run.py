"""Fine-tune the news model from LAC's weights and export it.

    python -m cnnews_nlp.train --data ../shared/datasets/ner --out build/news [--epochs 6]

Every choice that affects the result is an argument with its default here, and the run is
seeded, so the same command gives the same model. Progress goes to stdout, one line per
hundred steps and a dev evaluation per epoch; the best epoch on the held-out dev split is
exported as soon as it is known, and the model's metadata records the whole curve at the end.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, cast

import numpy as np
import torch
from numpy.typing import NDArray
from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn

from ..engines.crf import decode
from ..engines.features import LABELS, Features, entity_spans, lexicon_columns
from ..engines.lac import LacTagger, read_table
from ..engines.news import NewsTagger
from .corpora import (
    DEFAULT_CORPORA,
    STYLES,
    TRAINING,
    Sentence,
    abbreviations,
    load_training,
    made_up_in_lists,
    name_lists,
    renamed,
)
from .distill import add_teacher_targets, check_inputs, restyled
from .export import export, load_exported, record_training
from .network import NewsNetwork, lac_weights

#: How a run is started; news.json records it with every setting after it.
COMMAND = "python -m cnnews_nlp.train"
#: Longest lexicon word kept (longer entity names are rare and matched by the network anyway).
LONGEST_WORD = 16


@dataclass
class Example:
    """One sentence as arrays: model inputs (with its corpus's annotation style), gold BIES
    tags and LAC's own tags."""

    chars: NDArray[np.int64]
    bigrams: NDArray[np.int64]
    lexicon: NDArray[np.float32]
    style: int
    tags: NDArray[np.int64]
    lac_tags: NDArray[np.int64]
    spans: set[tuple[int, int, int]]
    matches: list[tuple[int, int, int]]
    #: For each match, how often other training sentences annotate its word (0 outside training).
    support: list[int]
    #: Teachers' tag probabilities (length, tags) and expected transition counts (tags, tags),
    #: set for distillation (``distill.add_teacher_targets``).
    soft: NDArray[np.float32] | None = None
    soft_pairs: NDArray[np.float32] | None = None
    #: False for a copy in another corpus's style (``restyled``): its gold tags follow its own
    #: corpus's conventions, so it learns from the teachers alone.
    gold: bool = True


def bies(length: int, spans: Sequence[tuple[int, int, str]]) -> NDArray[np.int64]:
    """Gold tag ids; overlapping spans (rare annotation slips) keep the first."""
    tags = np.zeros(length, dtype=np.int64)
    for start, end, label in spans:
        if tags[start:end].any():
            continue
        base = 1 + 4 * LABELS.index(label)
        if end - start == 1:
            tags[start] = base + 3
        else:
            tags[start], tags[start + 1 : end - 1], tags[end - 1] = base, base + 1, base + 2
    return tags


def build_lexicon(sentences: Sequence[Sentence]) -> Counter[tuple[str, str]]:
    """How often each (entity text, label) is annotated in the training sentences."""
    return Counter(
        (text[s:e], label)
        for text, spans in sentences
        for s, e, label in spans
        if 2 <= e - s <= LONGEST_WORD
    )


def examples(
    sentences: Sequence[Sentence],
    features: Features,
    counts: Counter[tuple[str, str]] | None,
    lac: LacTagger,
    style: int,
) -> list[Example]:
    """Arrays for each sentence. With ``counts`` (training), a lexicon word matches only if
    some *other* sentence annotates it, so the network learns to use the lexicon as it will
    find it on new text, where many names are missing from it."""
    lac_paths = lac.tag([text for text, _ in sentences])
    made = []
    for (text, spans), lac_path in zip(sentences, lac_paths, strict=True):
        matches = features.matches(text)
        support = [0] * len(matches)
        if counts is not None:
            own = Counter((text[s:e], label) for s, e, label in spans)
            elsewhere = [
                counts[(text[s:e], LABELS[k])] - own[(text[s:e], LABELS[k])] for s, e, k in matches
            ]
            matches = [m for m, n in zip(matches, elsewhere, strict=True) if n > 0]
            support = [n for n in elsewhere if n > 0]
        made.append(
            Example(
                np.array(features.char_ids(text), dtype=np.int64),
                np.array(features.bigram_ids(text), dtype=np.int64),
                lexicon_columns(len(text), matches),
                style,
                bies(len(text), spans),
                lac_path.astype(np.int64),
                {(s, e, LABELS.index(label)) for s, e, label in spans},
                matches,
                support,
            )
        )
    return made


def batches(data: Sequence[Example], size: int, rng: random.Random | None) -> list[list[Example]]:
    """Batches of similar length (little padding); shuffled when ``rng`` is given."""
    order = sorted(range(len(data)), key=lambda i: (len(data[i].chars), rng.random() if rng else 0))
    groups = [[data[i] for i in order[k : k + size]] for k in range(0, len(order), size)]
    if rng:
        rng.shuffle(groups)
    return groups


def drop_lexicon(
    batch: Sequence[Example], share: float, rng: random.Random, scaled: bool = False
) -> list[Example]:
    """The batch with each lexicon match forgotten with probability ``share``, drawn anew each
    time: new text names many people and organizations no lexicon holds, more than a held-out
    split of the same corpora does, so the network must not lean on the lexicon alone.
    ``scaled`` forgets a match with probability ``share ** n`` instead, ``n`` being how often
    other sentences annotate its word: the rarer a name, the likelier a lexicon misses it."""
    return [
        replace(
            e,
            lexicon=lexicon_columns(
                len(e.chars),
                [
                    m
                    for m, n in zip(e.matches, e.support, strict=True)
                    if rng.random() >= (share**n if scaled else share)
                ],
            ),
        )
        for e in batch
    ]


def tensors(batch: Sequence[Example]) -> dict[str, torch.Tensor]:
    lengths = [len(e.chars) for e in batch]
    width = max(lengths)

    def pad(rows: list[NDArray[Any]], dtype: Any) -> torch.Tensor:
        shape = (len(rows), width, *rows[0].shape[1:])
        out = np.zeros(shape, dtype=dtype)
        for i, row in enumerate(rows):
            out[i, : len(row)] = row
        return torch.from_numpy(out)

    soft = {}
    if all(e.soft is not None and e.soft_pairs is not None for e in batch):
        soft = {
            "soft": pad([cast(NDArray[Any], e.soft) for e in batch], np.float32),
            "soft_pairs": torch.from_numpy(
                np.stack([cast(NDArray[Any], e.soft_pairs) for e in batch])
            ),
        }
    return {
        **soft,
        "chars": pad([e.chars for e in batch], np.int64),
        "bigrams": pad([e.bigrams for e in batch], np.int64),
        "lexicon": pad([e.lexicon for e in batch], np.float32),
        "styles": torch.tensor([e.style for e in batch]),
        "tags": pad([e.tags for e in batch], np.int64),
        "lac_tags": pad([e.lac_tags for e in batch], np.int64),
        "lengths": torch.tensor(lengths),
        "gold": torch.tensor([e.gold for e in batch]),
    }


def encode(
    network: NewsNetwork, inputs: dict[str, torch.Tensor]
) -> tuple[torch.Tensor, torch.Tensor]:
    """The network's hidden states for a batch from ``tensors``: entity head's, LAC head's."""
    return network.encode(
        inputs["chars"], inputs["bigrams"], inputs["lexicon"], inputs["styles"], inputs["lengths"]
    )


def entity_loss(
    network: NewsNetwork, emissions: torch.Tensor, inputs: dict[str, torch.Tensor], distill: float
) -> torch.Tensor:
    """The entity head's loss per sentence of a batch from ``tensors``: the CRF's negative
    log-likelihood of the gold tags, mixed with ``distill`` times the cross-entropy against
    the teachers' targets when there are any; restyled copies take the teachers' alone."""
    if "soft" not in inputs:
        return network.crf.nll(emissions, inputs["tags"], inputs["lengths"]).sum() / len(emissions)
    each, soft = network.crf.nll_and_soft_nll(
        emissions, inputs["tags"], inputs["soft"], inputs["soft_pairs"], inputs["lengths"]
    )
    each = torch.where(inputs["gold"], (1 - distill) * each + distill * soft, soft)
    return each.sum() / len(emissions)


def batch_loss(
    network: NewsNetwork, inputs: dict[str, torch.Tensor], distill: float, lac_weight: float
) -> torch.Tensor:
    """The training loss of a batch from ``tensors``: the entity head's, plus ``lac_weight``
    times the cross-entropy of LAC's head against LAC's own tags."""
    hidden, lac_hidden = encode(network, inputs)
    loss = entity_loss(network, network.entity_head(hidden), inputs, distill)
    if lac_weight:
        mask = inputs["chars"] != 0
        lac_logits = network.lac_head(lac_hidden)[mask]
        loss = loss + lac_weight * torch.nn.functional.cross_entropy(
            lac_logits, inputs["lac_tags"][mask]
        )
    return loss


def adversarial_step(network: NewsNetwork, size: float, loss: Callable[[], torch.Tensor]) -> None:
    """Adversarial training by the fast gradient method (Miyato et al., 2017): move the
    character and bigram tables ``size`` along their loss gradient (normalised per table),
    add the gradient of ``loss()`` there to what ``backward`` left, and move them back. A
    regulariser: the network must tag right when characters look a little unlike their
    usual selves."""
    saved = []
    with torch.no_grad():
        for table in (network.chars.weight, network.bigrams.weight):
            if table.grad is None:
                continue
            rows = table.grad.any(dim=1).nonzero().squeeze(1)  # only the batch's rows move
            if len(rows):
                saved.append((table, rows, table[rows].clone()))
                table[rows] += table.grad[rows] * (size / float(table.grad.norm()))
    loss().backward()  # type: ignore[no-untyped-call]
    with torch.no_grad():
        for table, rows, rows_before in saved:
            table[rows] = rows_before


def evaluate(
    network: NewsNetwork, dev: Mapping[str, Sequence[Example]]
) -> tuple[dict[str, float], dict[str, float]]:
    """Exact-span micro precision, recall and F1 (and per-label F1) over all of ``dev`` with
    constrained decoding, and how often LAC's head still gives LAC's own tag (what fine-tuning
    kept of LAC); then the F1 of each corpus of ``dev``, from the same pass."""
    network.eval()
    hit, guessed, gold = (
        Counter[tuple[str, int]](),
        Counter[tuple[str, int]](),
        Counter[tuple[str, int]](),
    )
    lac_same = lac_total = 0
    transitions, start, end = (t.detach().numpy() for t in network.crf.scores())
    with torch.no_grad():
        for name, data in dev.items():
            for batch in batches(data, 64, None):
                inputs = tensors(batch)
                hidden, lac_hidden = encode(network, inputs)
                emissions = network.entity_head(hidden).numpy()
                lengths = inputs["lengths"].numpy()
                real = inputs["chars"] != 0
                lac_tags = network.lac_head(lac_hidden).argmax(-1)
                lac_same += int((lac_tags == inputs["lac_tags"])[real].sum())
                lac_total += int(real.sum())
                paths = decode(emissions, lengths, transitions, start, end)
                for row, example in enumerate(batch):
                    found = set(entity_spans(paths[row, : lengths[row]].tolist()))
                    for label in range(len(LABELS)):
                        mine = {s for s in found if s[2] == label}
                        truth = {s for s in example.spans if s[2] == label}
                        hit[name, label] += len(mine & truth)
                        guessed[name, label] += len(mine)
                        gold[name, label] += len(truth)
    network.train()

    def total(counts: Counter[tuple[str, int]], corpus: str = "", label: int = -1) -> int:
        return sum(n for (c, k), n in counts.items() if corpus in ("", c) and label in (-1, k))

    def f1(corpus: str = "", label: int = -1) -> float:
        h, g, t = (total(c, corpus, label) for c in (hit, guessed, gold))
        return 2 * h / (g + t) if g + t else 0.0

    scores = {name: f1(label=i) for i, name in enumerate(LABELS)}
    total_hit, total_guessed, total_gold = (total(c) for c in (hit, guessed, gold))
    scores["precision"] = total_hit / total_guessed if total_guessed else 0.0
    scores["recall"] = total_hit / total_gold if total_gold else 0.0
    scores["f1"] = f1()
    scores["lac_agreement"] = lac_same / lac_total if lac_total else 0.0
    return scores, {name: f1(corpus=name) for name in dev}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__)
    parser.add_argument("--data", type=Path, required=True, help="the datasets/ner folder")
    parser.add_argument("--out", type=Path, required=True, help="where the model files go")
    parser.add_argument(
        "--corpora",
        default=",".join(DEFAULT_CORPORA),
        help=f"training corpora, of {', '.join(TRAINING)}",
    )
    parser.add_argument("--limit", type=int, default=0, help="sentences per corpus (0 = all)")
    parser.add_argument(
        "--repeat", default="", help="corpora seen several times an epoch, e.g. resume=3,weibo=2"
    )
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=2e-3, help="for the new parameters")
    parser.add_argument("--lac-lr", type=float, default=5e-4, help="for LAC's own weights")
    parser.add_argument("--lac-weight", type=float, default=0.5, help="weight of LAC's tags")
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument(
        "--lexicon-dropout", type=float, default=0.2, help="share of lexicon matches forgotten"
    )
    parser.add_argument(
        "--lexicon-dropout-scaled",
        action="store_true",
        help="forget a match with probability DROPOUT ** (how often its word is annotated)",
    )
    parser.add_argument(
        "--ema", type=float, default=0.999, help="decay of the weights' moving average (0 = off)"
    )
    parser.add_argument("--top-layers", type=int, default=1, help="new GRU layers on LAC's")
    parser.add_argument(
        "--name-lists", type=int, default=600, help="made-up lists of names added to MSRA's"
    )
    parser.add_argument(
        "--made-up-names",
        type=float,
        default=0.0,
        help="share of the names in those lists replaced by made-up ones",
    )
    parser.add_argument(
        "--renamed", type=int, default=0, help="copies of MSRA sentences with made-up names"
    )
    parser.add_argument(
        "--abbreviations",
        type=int,
        default=0,
        help="copies of MSRA sentences with other one-character place abbreviations run together",
    )
    parser.add_argument(
        "--init-from",
        type=Path,
        default=None,
        help="an exported model to start from instead of LAC alone (trained on the same "
        "corpora; LAC's tag head, which it lacks, starts as LAC's)",
    )
    parser.add_argument(
        "--teachers",
        default="",
        help="exported models, comma-separated, whose averaged CRF the network learns to match",
    )
    parser.add_argument(
        "--distill", type=float, default=0.5, help="weight of the teachers' targets in the loss"
    )
    parser.add_argument(
        "--restyled",
        type=int,
        default=0,
        help="copies of training sentences in another corpus's style, taught by the teachers",
    )
    parser.add_argument(
        "--adversarial",
        type=float,
        default=0.0,
        help="size of the fast-gradient shift of the embedding tables (0 = off)",
    )
    parser.add_argument("--bigrams", type=int, default=40000, help="bigram vocabulary size")
    parser.add_argument("--dev-share", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--init-seed",
        type=int,
        default=None,
        help="seed of the new layers' starting weights alone (default: --seed); runs that share "
        "it start from the same weights, so their weights can be averaged",
    )
    parser.add_argument(
        "--split-seed",
        type=int,
        default=0,
        help="seed of the dev split alone: runs with other --seed values keep one dev set",
    )
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0 = default)")
    args = parser.parse_args(argv)
    if args.restyled and not args.teachers:
        parser.error("--restyled needs --teachers: restyled copies learn from the teachers alone")
    return args


def command_line(args: argparse.Namespace) -> str:
    """The command that repeats this run (but for ``--out``): every setting spelt out, switches
    only when on and empty settings left out, so ``parse_args`` reads it back unchanged."""
    words = [COMMAND]
    for key, value in vars(args).items():
        if key == "out" or value is False or value is None or value == "":
            continue
        flag = "--" + key.replace("_", "-")
        words.append(flag if value is True else f"{flag} {value}")
    return " ".join(words)


def init_seed_of(training: Mapping[str, Any]) -> int | None:
    """The seed a model's new layers first started from, by its training record: averages and
    runs record it; older runs' commands say it (``--init-seed``, else ``--seed``)."""
    if "init_seed" in training:
        return int(training["init_seed"])
    words = str(training.get("command", "")).removeprefix(COMMAND).split()
    if not words:
        return None
    args = parse_args([*words, "--out", "-"])
    return int(args.seed if args.init_seed is None else args.init_seed)


def new_network(
    args: argparse.Namespace, n_chars: int, n_bigrams: int, lac_tags: int, n_styles: int
) -> NewsNetwork:
    """The network before training. With ``--init-seed`` the new layers start from weights
    drawn from that seed alone, so runs of other ``--seed`` values start alike and can be
    averaged; dropout then draws from ``--seed`` afresh."""
    if args.init_seed is not None:
        torch.manual_seed(args.init_seed)
    network = NewsNetwork(n_chars, n_bigrams, lac_tags, n_styles, args.top_layers, args.dropout)
    if args.init_seed is not None:
        torch.manual_seed(args.seed)
    return network


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    started = time.perf_counter()
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    if args.threads:
        torch.set_num_threads(args.threads)

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:7.0f}s] {message}", flush=True)

    train_sets, dev_sets = load_training(
        args.data, args.dev_share, args.split_seed, args.corpora.split(",")
    )
    if args.limit:
        train_sets = {k: v[: args.limit] for k, v in train_sets.items()}
        dev_sets = {k: v[: max(1, args.limit // 10)] for k, v in dev_sets.items()}
    lists: list[Sentence] = []
    if args.name_lists and "msra" in train_sets:
        lists = name_lists(train_sets["msra"], args.name_lists, args.seed)
        train_sets["msra"] = train_sets["msra"] + lists
    repeats = {
        name: int(n) for name, _, n in (p.partition("=") for p in args.repeat.split(",") if p)
    }
    train = [s for sentences in train_sets.values() for s in sentences]
    dev = [s for sentences in dev_sets.values() for s in sentences]
    log(f"train {len(train)} sentences, {sum(len(t) for t, _ in train):,} chars; dev {len(dev)}")

    counts = build_lexicon(train)
    lexicon: dict[str, list[str]] = {}
    for word, label in sorted(counts):
        lexicon.setdefault(word, []).append(label)
    bigram_counts = Counter(text[i : i + 2] for text, _ in train for i in range(len(text) - 1))
    bigrams = [b for b, n in bigram_counts.most_common(args.bigrams) if n >= 2]
    lac = LacTagger()
    features = Features(lac.char_ids, lac.unknown, bigrams, lexicon)
    log(f"lexicon {len(lexicon):,} words, {len(bigrams):,} bigrams")

    # Copies with made-up names and abbreviations are made after the lexicon, which never holds
    # what they make up.
    copies: list[list[Sentence]] = []
    if "msra" in train_sets:
        msra = train_sets["msra"]
        if args.renamed:
            copies.append(renamed(msra, args.renamed, args.seed))
        if args.abbreviations:
            copies.append(abbreviations(msra, args.abbreviations, args.seed))
        if lists and args.made_up_names:
            real = msra[: -len(lists)]
            train_sets["msra"] = real + made_up_in_lists(lists, real, args.made_up_names, args.seed)
    styles = list(dict.fromkeys(STYLES.values()))  # "news" first: the default
    style_of = {name: styles.index(STYLES[name]) for name in train_sets}
    train_data = []
    for name, sentences in train_sets.items():  # repeated corpora share their arrays
        made = examples(sentences, features, counts, lac, style_of[name])
        train_data += made * repeats.get(name, 1)
    for made_up in copies:
        train_data += examples(made_up, features, counts, lac, style_of["msra"])
    if args.restyled:
        train_data += restyled(train_data, args.restyled, len(styles), args.seed)
    if args.teachers:
        teachers = [Path(path) for path in args.teachers.split(",")]
        add_teacher_targets(train_data, teachers, features, styles, args.threads)
        log(f"targets from {len(teachers)} teachers ready")
    dev_data = {
        name: examples(s, features, None, lac, style_of[name]) for name, s in dev_sets.items() if s
    }
    log("features ready")

    lac_tags = [""] * lac.transitions.shape[0]
    for i, name in read_table(lac.model_dir / "tag.dic").items():
        lac_tags[int(i)] = name
    network = new_network(
        args, max(lac.char_ids.values()) + 1, len(bigrams), len(lac_tags), len(styles)
    )
    network.load_lac(lac_weights(lac.model_dir), lac_tags)
    init_seed = args.seed if args.init_seed is None else args.init_seed
    if args.init_from:
        check_inputs(NewsTagger(args.init_from), features, styles)
        init_seed = init_seed_of(load_exported(network, args.init_from, bigrams))
        log(f"started from {args.init_from}")
    pretrained = {id(p) for p in (network.chars.weight, *network.gru.parameters())}
    optimizer = torch.optim.Adam(
        [
            {"params": [p for p in network.parameters() if id(p) in pretrained], "lr": args.lac_lr},
            {"params": [p for p in network.parameters() if id(p) not in pretrained]},
        ],
        lr=args.lr,
    )
    rng = random.Random(args.seed)
    steps = args.epochs * len(batches(train_data, args.batch, None))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, (step + 1) / 200) * max(0.05, 1 - step / max(1, steps))
    )
    log(f"dev before training: {json.dumps(evaluate(network, dev_data)[0])}")

    # The moving average of the weights is a second candidate at each epoch: it smooths out
    # the last steps' noise, and it is exported instead when it does better on dev.
    averaged = (
        AveragedModel(network, multi_avg_fn=get_ema_multi_avg_fn(args.ema))  # type: ignore[no-untyped-call]
        if args.ema
        else None
    )
    drop_rng = random.Random(f"{args.seed}:lexicon")

    def save(model: NewsNetwork, curve: list[dict[str, Any]]) -> None:
        """Export ``model`` (the best so far), so a long run that stops early still leaves a
        model. The export stores the embedding tables in float16: a copy with its tables
        rounded so measures what that costs on dev."""
        rounded = copy.deepcopy(model)
        with torch.no_grad():
            for table in (rounded.chars.weight, rounded.bigrams.weight):
                table.copy_(table.half().float())
        stored_f1 = evaluate(rounded, dev_data)[0]["f1"]
        log(f"dev F1 {curve[-1]['best_f1']:.4f} in float32, {stored_f1:.4f} with float16 tables")
        training = {
            "command": command_line(args),
            "init_seed": init_seed,
            "corpora": {name: len(s) for name, s in train_sets.items()},
            "curve": curve,
            "best_epoch": curve[-1]["epoch"],
            "best_weights": curve[-1]["best"],
            "best_dev_f1": curve[-1]["best_f1"],
            "best_dev_f1_float16_tables": stored_f1,
            "seconds": round(time.perf_counter() - started),
            "torch": torch.__version__,
        }
        export(rounded, args.out, lac.char_ids, lac.unknown, bigrams, lexicon, styles, training)
        log(f"exported epoch {curve[-1]['epoch']} ({curve[-1]['best']} weights) to {args.out}")

    best, curve = -1.0, []
    step = 0
    for epoch in range(1, args.epochs + 1):
        total, chars_seen, epoch_start = 0.0, 0, time.perf_counter()
        for batch in batches(train_data, args.batch, rng):
            if args.lexicon_dropout:
                batch = drop_lexicon(
                    batch, args.lexicon_dropout, drop_rng, args.lexicon_dropout_scaled
                )
            inputs = tensors(batch)
            optimizer.zero_grad()
            loss_of_batch = partial(batch_loss, network, inputs, args.distill, args.lac_weight)
            loss = loss_of_batch()
            loss.backward()  # type: ignore[no-untyped-call]
            if args.adversarial:
                adversarial_step(network, args.adversarial, loss_of_batch)
            torch.nn.utils.clip_grad_norm_(network.parameters(), 5.0)
            optimizer.step()
            schedule.step()
            if averaged is not None:
                averaged.update_parameters(network)
            step += 1
            total += loss.item()
            chars_seen += int(inputs["lengths"].sum())
            if step % 100 == 0:
                rate = chars_seen / (time.perf_counter() - epoch_start)
                log(f"epoch {epoch} step {step} loss {total / 100:.3f} {rate:,.0f} chars/s")
                total = 0.0
        overall, scores = evaluate(network, dev_data)
        point: dict[str, Any] = {"epoch": epoch, "dev": overall, "dev_by_corpus": scores}
        candidates = {"last": (network, overall["f1"])}
        if averaged is not None:
            model = cast(NewsNetwork, averaged.module)
            point["averaged_dev"], point["averaged_dev_by_corpus"] = evaluate(model, dev_data)
            candidates["averaged"] = (model, point["averaged_dev"]["f1"])
        point["best"], (chosen, point["best_f1"]) = max(
            candidates.items(), key=lambda item: item[1][1]
        )
        curve.append(point)
        log(f"epoch {epoch} dev {json.dumps(overall)} by corpus {json.dumps(scores)}")
        if averaged is not None:
            log(f"epoch {epoch} averaged dev {json.dumps(point['averaged_dev'])}")
        if point["best_f1"] > best:  # the best epoch so far is exported at once
            best = point["best_f1"]
            save(chosen, curve)
    record_training(args.out, curve=curve, seconds=round(time.perf_counter() - started))
    log(f"done: best dev F1 {best:.4f}")
