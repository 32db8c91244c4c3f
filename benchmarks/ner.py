"""Exact-span accuracy and speed of entity engines on public NER test sets, side by side.

Reads ``../shared/datasets/ner`` (never copied here): MSRA test (the canonical
``test.char.bmes``) and Resume test, whose labels map to ours (NR/PER/NAME -> PERSON,
NS/LOC/GPE -> PLACE, NT/ORG -> ORG; the rest is ignored). An entity counts when its span and
label are exactly right. Speed is characters per second over the whole set, one process.

    python benchmarks/ner.py [--engine NAME[=MODEL] ...] [--sets msra-test,resume-test]
                             [--limit N] [--threads N] [--data PATH]

``--engine`` may be given several times: ``--engine lac --engine spacy=path/to/pipeline
--engine hanlp=MSRA_NER_ELECTRA_SMALL_ZH``.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import Counter
from pathlib import Path
from typing import Any

import cnnews_nlp

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "ner"
SETS = {"msra-test": "msra/test.char.bmes", "resume-test": "resume/test.char.bmes"}
LABELS = {
    "NR": "PERSON",
    "PER": "PERSON",
    "NAME": "PERSON",
    "NS": "PLACE",
    "LOC": "PLACE",
    "GPE": "PLACE",
    "NT": "ORG",
    "ORG": "ORG",
}
Span = tuple[int, int, str]


def read_bmes(path: Path) -> list[tuple[str, set[Span]]]:
    """Sentences of a ``char TAG`` file (BMES or BIO) with their entity spans in our labels."""
    sentences, chars, tags = [], [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if len(parts) == 2:
            chars.append(parts[0])
            tags.append(parts[1])
        elif chars:
            sentences.append(("".join(chars), spans(tags)))
            chars, tags = [], []
    return sentences


def spans(tags: list[str]) -> set[Span]:
    found: set[Span] = set()
    start, label = None, None
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if prefix in ("B", "S", "O") or kind != label:
            if start is not None and label in LABELS:
                found.add((start, index, LABELS[label]))
            start, label = (index, kind) if prefix in ("B", "S", "M", "I", "E") else (None, None)
        if prefix in ("S", "E"):
            if start is not None and label in LABELS:
                found.add((start, index + 1, LABELS[label]))
            start, label = None, None
    return found


def f1(hit: int, guessed: int, gold: int) -> tuple[float, float, float]:
    precision = hit / guessed if guessed else 0.0
    recall = hit / gold if gold else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if hit else 0.0


def evaluate(extractor: cnnews_nlp.Extractor, sentences: list[tuple[str, set[Span]]]) -> str:
    hits, guesses, golds = Counter[str](), Counter[str](), Counter[str]()
    started = time.perf_counter()
    docs = list(extractor.pipe([text for text, _ in sentences], batch_size=256))
    seconds = time.perf_counter() - started
    for doc, (_, gold) in zip(docs, sentences, strict=True):
        guessed = {(e.start, e.end, e.label) for e in doc.entities}
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
    chars = sum(len(text) for text, _ in sentences)
    return f"{p:.3f} | {r:.3f} | {f:.3f} | {per_label} | {chars / seconds:,.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", action="append", metavar="NAME[=MODEL]")
    parser.add_argument("--sets", default="msra-test,resume-test")
    parser.add_argument("--limit", type=int, default=0, help="first N sentences of each set")
    parser.add_argument("--threads", type=int, default=1, help="ONNX threads for lac")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    os.environ.setdefault("HANLP_VERBOSE", "0")  # HanLP's progress lines would break the table
    engines = args.engine or ["lac"]
    print("| set | engine | P | R | F1 | PERSON F1 | ORG F1 | PLACE F1 | chars/s |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for name in args.sets.split(","):
        sentences = read_bmes(args.data / SETS[name])
        if args.limit:
            sentences = sentences[: args.limit]
        for spec in engines:
            engine, _, model = spec.partition("=")
            config: dict[str, Any] = {"model": model} if model else {}
            if engine == "lac":
                config["threads"] = args.threads
            extractor = cnnews_nlp.load(engine, **config)
            print(f"| {name} ({len(sentences)}) | {spec} | {evaluate(extractor, sentences)} |")


if __name__ == "__main__":
    main()
