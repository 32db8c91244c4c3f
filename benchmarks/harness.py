"""What the accuracy benchmarks share: documented exceptions, outcomes per suite, the report.

Each benchmark loads its suites into cases (suite, text, expected, and a way to judge what we
return) and hands them to ``cli``. Exceptions are `{"suite", "input", "kind", "why"}` entries: a
"convention" case is one where we deliberately read the text otherwise (left out of the
accuracy); a "gap" is a known failure (it still counts).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

KINDS = ("convention", "gap")


class Case(Protocol):
    @property
    def suite(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def expected(self) -> str: ...


C = TypeVar("C", bound=Case)


@dataclass
class Loaded:
    """Cases of some suites, and how many were skipped, why."""

    cases: list[Any] = field(default_factory=list)
    skipped: Counter[tuple[str, str]] = field(default_factory=Counter)  # (suite, why) -> count

    def add(self, other: Loaded) -> None:
        self.cases += other.cases
        self.skipped.update(other.skipped)


W = TypeVar("W")
F = TypeVar("F")


def one_for_one(wants: Sequence[W], found: Sequence[F], fits: Callable[[W, F], bool]) -> bool:
    """True when every expected result pairs with its own found one, none left over."""
    if len(wants) != len(found):
        return False
    owner: dict[int, int] = {}  # index in found -> index in wants

    def place(w: int, tried: set[int]) -> bool:  # augmenting path (bipartite matching)
        for f, item in enumerate(found):
            if f in tried or not fits(wants[w], item):
                continue
            tried.add(f)
            if f not in owner or place(owner[f], tried):
                owner[f] = w
                return True
        return False

    return all(place(w, set()) for w in range(len(wants)))


def judged(
    find: Callable[[], Sequence[F]],
    verdict: Callable[[Sequence[F]], bool],
    show: Callable[[F], str],
    nothing: str,
) -> tuple[bool, str]:
    """A case's verdict on what ``find`` returns, and that shown; a crash fails the case and
    the run goes on."""
    try:
        found = find()
    except Exception as error:
        return False, f"raised {error!r}"
    return verdict(found), "; ".join(show(item) for item in found) or nothing


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def load_exceptions(path: Path) -> dict[tuple[str, str], str]:
    """(suite, input) -> kind, from a benchmark's exceptions file."""
    entries = read_json(path) if path.exists() else []
    excepted = {}
    for entry in entries:
        if not all(isinstance(entry.get(key), str) for key in ("suite", "input", "why", "kind")):
            raise SystemExit(f"{path}: each entry needs suite, input, kind and why: {entry}")
        if entry["kind"] not in KINDS:
            raise SystemExit(f"{path}: kind must be one of {KINDS}: {entry}")
        excepted[entry["suite"], entry["input"]] = entry["kind"]
    return excepted


@dataclass
class Outcome:
    passed: int = 0
    failures: list[tuple[Any, str]] = field(default_factory=list)
    conventions: int = 0  # deliberate differences, not counted
    conventions_passing: int = 0  # ... that we now get right: the entry may go
    gaps: int = 0  # known failures among the counted cases
    raw_passed: int = 0  # over every loaded case, no exception applied
    raw_cases: int = 0

    @property
    def counted(self) -> int:
        return self.passed + len(self.failures)


def run(
    cases: Sequence[C],
    judge: Callable[[C], tuple[bool, str]],
    exceptions: dict[tuple[str, str], str],
) -> dict[str, Outcome]:
    """Judge every case; ``judge`` returns (passed, what we returned)."""
    outcomes: dict[str, Outcome] = {}
    for case in cases:
        outcome = outcomes.setdefault(case.suite, Outcome())
        ok, returned = judge(case)
        kind = exceptions.get((case.suite, case.text))
        outcome.raw_cases += 1
        outcome.raw_passed += ok
        if kind == "convention":
            outcome.conventions += 1
            outcome.conventions_passing += ok
            continue
        outcome.gaps += kind == "gap" and not ok
        if ok:
            outcome.passed += 1
        else:
            outcome.failures.append((case, returned))
    return outcomes


def accuracy(passed: int, counted: int) -> str:
    return f"{100 * passed / counted:.1f} %" if counted else "n/a"


def total(outcomes: Iterable[Outcome]) -> Outcome:
    whole = Outcome()
    for o in outcomes:
        whole.passed += o.passed
        whole.failures += o.failures
        whole.conventions += o.conventions
        whole.conventions_passing += o.conventions_passing
        whole.gaps += o.gaps
        whole.raw_passed += o.raw_passed
        whole.raw_cases += o.raw_cases
    return whole


def report(
    outcomes: dict[str, Outcome],
    skipped: Counter[tuple[str, str]],
    show_failures: int,
    describe: Callable[[Any], str],
) -> None:
    """Per suite: counts, skips, the first failures; then the table with ratios."""
    for suite, o in outcomes.items():
        print(
            f"## {suite}: {o.raw_cases} loaded, {o.counted} counted, {o.passed} passed, "
            f"{accuracy(o.passed, o.counted)}"
        )
        if o.conventions:
            print(f"   conventions: {o.conventions} (of which {o.conventions_passing} now pass)")
        if o.gaps:
            print(f"   known gaps among the failures: {o.gaps}")
        for (skipped_suite, why), count in sorted(skipped.items()):
            if skipped_suite == suite:
                print(f"   skipped: {count} ({why})")
        for case, returned in o.failures[:show_failures]:
            print(f"   - input:    {describe(case)}")
            print(f"     expected: {case.expected}")
            print(f"     returned: {returned}")
    others = {s for s, _ in skipped} - set(outcomes)
    for (suite, why), count in sorted(skipped.items()):
        if suite in others:
            print(f"## {suite}: skipped {count} ({why})")

    print("\n| suite | cases | passed | accuracy | known gaps | conventions | raw accuracy |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for suite, o in [*outcomes.items(), ("all", total(outcomes.values()))]:
        print(
            f"| {suite} | {o.counted} | {o.passed} | {accuracy(o.passed, o.counted)} | {o.gaps} "
            f"| {o.conventions} | {accuracy(o.raw_passed, o.raw_cases)} |"
        )
    print(
        "\naccuracy: over the cases that follow our conventions (known gaps count as failures);"
        "\nraw accuracy: over every loaded case, conventions included."
    )


def cli(
    description: str,
    specs: Path,
    exceptions_path: Path,
    load_all: Callable[[Path], Loaded],
    judge: Callable[[Any], tuple[bool, str]],
    describe: Callable[[Any], str] = lambda case: repr(case.text),
) -> None:
    """``--specs PATH --show-failures N --suite NAME``, then the report."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--specs", type=Path, default=specs, help="the datasets/specs folder")
    parser.add_argument("--show-failures", type=int, default=0, metavar="N")
    parser.add_argument("--suite", help="keep suites whose name contains this (any case)")
    args = parser.parse_args()
    if not args.specs.is_dir():
        sys.exit(f"no specs folder at {args.specs} (give one with --specs)")

    loaded = load_all(args.specs)
    cases, skipped = loaded.cases, loaded.skipped
    if args.suite:
        wanted = args.suite.lower()
        cases = [case for case in cases if wanted in case.suite.lower()]
        skipped = Counter({k: n for k, n in skipped.items() if wanted in k[0].lower()})
        if not cases:
            names = sorted({case.suite for case in loaded.cases})
            sys.exit(f"no suite matches {args.suite!r}; suites: {', '.join(names)}")

    exceptions = load_exceptions(exceptions_path)
    stale = set(exceptions) - {(case.suite, case.text) for case in loaded.cases}
    for suite, text in sorted(stale):
        print(f"warning: exception matches no case: {suite} / {text!r}", file=sys.stderr)
    report(run(cases, judge, exceptions), skipped, args.show_failures, describe)
