"""Exact-span accuracy and speed of entity engines on public NER test sets, side by side.

Reads ``../shared/datasets/ner`` (never copied here) with the readers the training code uses:
MSRA test (the canonical ``test.char.bmes``), Resume test, Resume's public dev set
(``resume-dev``, which the default training never reads), and ``dev``, the held-out split of
the training corpora that ``python -m cnnews_nlp.train`` chose its model on (same seed and
share as its defaults). A set's rosters (sentences naming a hundred people or more, run
together) are measured apart with ``msra-test:rosters``, the rest with ``msra-test:prose``;
``dev-rosters`` are 200 rosters made up, as training makes them, from the names in MSRA's part
of dev. Labels map to ours (NR/PER/NAME -> PERSON, NS/LOC/GPE -> PLACE, NT/ORG -> ORG; the rest
is ignored). An entity counts when its span and label are exactly right. Speed is characters
per second over the whole set, one process, one ONNX thread.

    python benchmarks/ner.py [--engine NAME[=MODEL] ...] [--sets msra-test,resume-test,dev,...]
                             [--limit N] [--threads N] [--data PATH] [--scores] [--errors]
                             [--min-score S] [--bootstrap ROUNDS]

``--engine`` may be given several times: ``--engine news=path/to/model --engine
spacy=path/to/pipeline --engine hanlp=MSRA_NER_ELECTRA_SMALL_ZH``; ``news@resume`` tags in the
news model's Resume annotation style instead of its default news style. The default compares
``news``, ``news@resume`` and ``lac``; ``news@own`` tags each sentence in its own corpus's style,
as training measures dev (MSRA's and People's Daily's in the news style, Resume's in the Resume
style, and so on). ``--errors`` adds a table of the errors by kind (a wrong label, a wrong
boundary, an entity where there is none, a missed one); ``--scores`` one of how often an entity
is right by its score; ``--min-score 0`` keeps every entity of the news model's best path;
``--bootstrap 1000`` gives each F1 a 95 % interval from resampling the set's sentences.
"""

from __future__ import annotations

import argparse
import os
import random
import time
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

import cnnews_nlp
from cnnews_nlp.train.corpora import STYLES, TESTS, load_training, name_lists

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "ner"
Span = tuple[int, int, str]
#: A sentence, its gold spans, and the annotation style of the corpus it comes from.
Gold = tuple[str, set[Span], str]


#: Sentences naming this many people are rosters: names run together with nothing between.
ROSTER = 100


def read_set(data: Path, name: str) -> list[Gold]:
    """The sentences of a test set, or of our held-out dev split, with their gold spans and
    style; ``NAME:rosters`` keeps only its rosters, ``NAME:prose`` everything else."""
    name, _, part = name.partition(":")
    sentences: list[tuple[str, list[Span], str]]
    if name == "dev":
        _, dev = load_training(data)
        sentences = [(*s, STYLES[corpus]) for corpus, held in dev.items() for s in held]
    elif name == "dev-rosters":  # made up as training makes them, from held-out names only
        _, dev = load_training(data)
        sentences = [(*s, "news") for s in name_lists(dev["msra"], 200, seed=1)]
    else:
        relative, reader = TESTS[name]
        sentences = [(*s, STYLES[name]) for s in reader(data / relative)]
    if part:
        if part not in ("rosters", "prose"):
            raise SystemExit(f"unknown part {part!r}: rosters or prose")
        sentences = [
            s
            for s in sentences
            if (sum(label == "PERSON" for _, _, label in s[1]) >= ROSTER) == (part == "rosters")
        ]
    return [(text, set(spans), style) for text, spans, style in sentences]


def f1(hit: int, guessed: int, gold: int) -> tuple[float, float, float]:
    precision = hit / guessed if guessed else 0.0
    recall = hit / gold if gold else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if hit else 0.0


#: Score ranges for ``--scores``: how often an entity scored in each is exactly right.
SCORE_BINS = (0.0, 0.5, 0.7, 0.9, 0.99, 1.0)


def error_kinds(guessed: set[Span], gold: set[Span]) -> Counter[str]:
    """What went wrong, entity by entity: a guess with a gold span but another label
    (``label``), one that overlaps gold entities without matching any (``boundary``), one that
    overlaps none (``spurious``), and a gold entity that no guess touches (``missed``)."""
    kinds = Counter[str]()

    def overlaps(a: Span, b: Span) -> bool:
        return a[0] < b[1] and b[0] < a[1]

    spans = {(start, end) for start, end, _ in gold}
    for guess in guessed - gold:
        if guess[:2] in spans:
            kinds["label"] += 1
        elif any(overlaps(guess, g) for g in gold):
            kinds["boundary"] += 1
        else:
            kinds["spurious"] += 1
    kinds["missed"] += sum(not any(overlaps(g, guess) for guess in guessed) for g in gold)
    return kinds


#: The columns of ``--errors``.
ERROR_KINDS = ("label", "boundary", "spurious", "missed")


#: A sentence's exactly right, guessed and gold entities, for resampling.
Counts = tuple[int, int, int]


def interval(counts: list[Counts], rounds: int, seed: int = 0) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of F1 over ``rounds`` resamplings of the sentences
    with replacement (a percentile bootstrap): how far the score would move on another draw
    of sentences like these."""
    draw = random.Random(seed)
    scores = []
    for _ in range(rounds):
        picked = draw.choices(counts, k=len(counts))
        scores.append(f1(*(sum(column) for column in zip(*picked, strict=True)))[2])
    scores.sort()
    return scores[int(0.025 * (rounds - 1))], scores[int(0.975 * (rounds - 1))]


def evaluate(
    extractors: dict[str, cnnews_nlp.Extractor], sentences: list[Gold]
) -> tuple[str, list[tuple[float, bool]], Counter[str], list[Counts]]:
    """One table row: ``extractors`` by style, or one for every style under ``""``; each
    guessed entity's score with whether it is right; the errors by kind; and each sentence's
    counts."""
    hits, guesses, golds = Counter[str](), Counter[str](), Counter[str]()
    seconds = 0.0
    docs: dict[int, cnnews_nlp.Document] = {}
    for style, extractor in extractors.items():
        picked = [i for i, (_, _, own) in enumerate(sentences) if style in ("", own)]
        started = time.perf_counter()
        tagged = extractor.pipe([sentences[i][0] for i in picked], batch_size=256)
        docs.update(zip(picked, tagged, strict=True))
        seconds += time.perf_counter() - started
    scored: list[tuple[float, bool]] = []
    errors = Counter[str]()
    counts: list[Counts] = []
    for index, (_, gold, _) in enumerate(sentences):
        doc = docs[index]
        guessed = {(e.start, e.end, e.label) for e in doc.entities}
        errors += error_kinds(guessed, gold)
        counts.append((len(guessed & gold), len(guessed), len(gold)))
        for e in doc.entities:
            if e.score is not None:
                scored.append((e.score, (e.start, e.end, e.label) in gold))
        for name, subset in (
            ("all", None),
            ("PERSON", "PERSON"),
            ("ORG", "ORG"),
            ("PLACE", "PLACE"),
        ):
            g = {s for s in guessed if subset in (None, s[2])}
            t = {s for s in gold if subset in (None, s[2])}
            hits[name] += len(g & t)
            guesses[name] += len(g)
            golds[name] += len(t)
    p, r, f = f1(hits["all"], guesses["all"], golds["all"])
    per_label = " | ".join(
        f"{f1(hits[n], guesses[n], golds[n])[2]:.3f}" for n in ("PERSON", "ORG", "PLACE")
    )
    chars = sum(len(text) for text, _, _ in sentences)
    row = f"{p:.3f} | {r:.3f} | {f:.3f} | {per_label} | {chars / seconds:,.0f}"
    return row, scored, errors, counts


def calibration(scored: list[tuple[float, bool]]) -> list[str]:
    """Table rows: for each score range, its share of the entities and their precision."""
    rows = []
    for low, high in pairwise(SCORE_BINS):
        last = high == SCORE_BINS[-1]
        inside = [ok for score, ok in scored if low <= score < high or (last and score == high)]
        if inside:
            share, precision = len(inside) / len(scored), sum(inside) / len(inside)
            closing = "]" if last else ")"
            rows.append(f"[{low:.2f}, {high:.2f}{closing} | {share:.3f} | {precision:.3f}")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", action="append", metavar="NAME[=MODEL][@STYLE]")
    parser.add_argument("--sets", default="msra-test,resume-test,dev")
    parser.add_argument("--limit", type=int, default=0, help="first N sentences of each set")
    parser.add_argument("--threads", type=int, default=1, help="ONNX threads (news, lac)")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--scores", action="store_true", help="also: precision of the entities by score range"
    )
    parser.add_argument(
        "--min-score", type=float, help="the news engines' min_score (default: the engine's)"
    )
    parser.add_argument("--errors", action="store_true", help="also: the errors by kind")
    parser.add_argument(
        "--bootstrap",
        type=int,
        default=0,
        metavar="ROUNDS",
        help="also: a 95 %% interval for each F1, resampling the sentences ROUNDS times",
    )
    args = parser.parse_args()
    os.environ.setdefault("HANLP_VERBOSE", "0")  # HanLP's progress lines would break the table
    engines = args.engine or ["news", "news@resume", "lac"]
    print("| set | engine | P | R | F1 | PERSON F1 | ORG F1 | PLACE F1 | chars/s |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    calibrations: list[tuple[str, list[tuple[float, bool]]]] = []
    error_rows: list[str] = []
    intervals: list[str] = []
    for name in args.sets.split(","):
        sentences = read_set(args.data, name)
        if args.limit:
            sentences = sentences[: args.limit]
        for spec in engines:
            named, _, style = spec.partition("@")
            engine, _, model = named.partition("=")
            config: dict[str, Any] = {"style": style} if style not in ("", "own") else {}
            if engine in ("news", "lac"):
                config["threads"] = args.threads
                if model:
                    config["model_dir"] = model
            elif model:
                config["model"] = model
            if engine == "news" and args.min_score is not None:
                config["min_score"] = args.min_score
            if style == "own":
                extractors = {
                    own: cnnews_nlp.load(engine, **config, style=own)
                    for own in sorted({own for _, _, own in sentences})
                }
            else:
                extractors = {"": cnnews_nlp.load(engine, **config)}
            row, scored, errors, counts = evaluate(extractors, sentences)
            print(f"| {name} ({len(sentences)}) | {spec} | {row} |")
            if args.bootstrap:
                low, high = interval(counts, args.bootstrap)
                intervals.append(f"| {name} | {spec} | {low:.3f} | {high:.3f} |")
            if scored:
                calibrations.append((f"{name} | {spec}", scored))
            if args.errors:
                kinds = " | ".join(str(errors[kind]) for kind in ERROR_KINDS)
                error_rows.append(f"| {name} | {spec} | {kinds} |")
    if args.bootstrap:
        print(f"\n| set | engine | F1, 2.5th percentile | 97.5th ({args.bootstrap} resamplings) |")
        print("|---|---|---:|---:|")
        print("\n".join(intervals))
    if args.errors:
        print(f"\n| set | engine | {' | '.join(ERROR_KINDS)} |")
        print("|---|---|" + "---:|" * len(ERROR_KINDS))
        print("\n".join(error_rows))
    if args.scores:
        print("\n| set | engine | score | share of entities | precision |")
        print("|---|---|---|---:|---:|")
        for label, scored in calibrations:
            for row in calibration(scored):
                print(f"| {label} | {row} |")


if __name__ == "__main__":
    main()
