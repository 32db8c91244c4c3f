"""Accuracy of ``cnnews_nlp.figures.find_figures`` end to end, on other projects' test suites.

The suites are Microsoft Recognizers-Text (Chinese Number and NumberWithUnit models), the
Duckling ZH corpora (every dimension but Time) and the cn2an tests, read where they lie
(``../shared/datasets/specs``; never copied into this repository). A case passes when the
figures we return, restricted to the kinds its suite is about, pair one for one with its
expected results: same span (END EXCLUSIVE), same value (relative tolerance 1e-6), same upper
bound and unit. Every upstream convention that differs from ours (inclusive ends, 元 as
"Dollar", durations in minutes, weights in grams...) is converted in its suite's adapter, where
a comment says what and why. Cases listed in ``benchmarks/figures_exceptions.json``, where our
convention differs on purpose, are reported apart and left out of the accuracy.

    python benchmarks/figures.py [--specs PATH] [--show-failures N] [--suite NAME]

``--suite`` keeps the suites whose name contains NAME (any case): "RT", "duckling", "cn2an",
"RT PercentModel"...
"""

from __future__ import annotations

import difflib
import math
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Literal

import harness
from harness import Loaded, read_json

from cnnews_nlp import Figure
from cnnews_nlp.figures.tables import TABLES

SPECS = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "specs"
EXCEPTIONS = Path(__file__).resolve().parent / "figures_exceptions.json"
REL_TOL = 1e-6

# How an expected value is compared: "exact" compares value and upper; "lower" the value
# alone; "either" accepts a match on our value or on our upper bound.
Bound = Literal["exact", "lower", "either"]
Units = frozenset[str | None]
NO_UNIT: Units = frozenset({None})


@dataclass(frozen=True)
class Seen:
    """One of our figures, put in a suite's convention."""

    start: int
    end: int
    value: float | None
    upper: float | None
    unit: str | None


@dataclass(frozen=True)
class Want:
    """One expected result in our offsets (END EXCLUSIVE) and the suite's convention."""

    start: int
    end: int
    value: float | None  # None: upstream marks its value as unreliable, so it is not compared
    upper: float | None = None
    units: Units = NO_UNIT  # any of these units is right
    inside: bool = False  # True: right when this span lies inside ours, not only when equal
    bound: Bound = "exact"


View = Callable[[Figure], Seen | None]  # None: not one of the suite's kinds
Judge = Callable[[Sequence[Figure]], bool]


@dataclass(frozen=True)
class Case:
    suite: str
    text: str
    judge: Judge
    expected: str  # what we should have returned, for the failure listing


# ---------------------------------------------------------------------------------------------
# Comparing


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=REL_TOL)


def fits(want: Want, seen: Seen) -> bool:
    if want.inside:
        span = seen.start <= want.start and want.end <= seen.end
    else:
        span = (seen.start, seen.end) == (want.start, want.end)
    if not span or seen.unit not in want.units:
        return False
    if want.value is None:
        return True
    if want.bound == "lower":
        return close(want.value, seen.value)
    if want.bound == "either":
        return close(want.value, seen.value) or close(want.value, seen.upper)
    return close(want.value, seen.value) and close(want.upper, seen.upper)


def judge_results(wants: tuple[Want, ...], view: View, figures: Sequence[Figure]) -> bool:
    seen = [s for s in map(view, figures) if s is not None]
    return harness.one_for_one(wants, seen, fits)


# ---------------------------------------------------------------------------------------------
# Our figures in a suite's convention


def as_number(x: float | None) -> float | None:
    return None if x is None else float(x)


def scaled(fig: Figure, factor: float, unit: str | None) -> Seen:
    value, upper = as_number(fig.value), as_number(fig.upper)
    return Seen(
        fig.start,
        fig.end,
        None if value is None else value * factor,
        None if upper is None else upper * factor,
        unit,
    )


def kind_view(*kinds: str, keep_unit: bool = True) -> View:
    """Our figures of these kinds, unit kept or dropped."""

    def view(fig: Figure) -> Seen | None:
        if fig.kind not in kinds:
            return None
        return scaled(fig, 1, fig.unit if keep_unit else None)

    return view


def counted_view(per_word: dict[str, float]) -> View:
    """Every figure, values only; a count in a collective measure word becomes items."""

    def view(fig: Figure) -> Seen:
        factor = per_word.get(fig.unit or "", 1) if fig.kind == "count" else 1
        if fig.kind == "percent" and re.search(r"[一壹1]\S*分之", fig.text):
            factor = 0.01  # we read 一百分之二 as 2 %; NumberModel reads it as 0.02
        return scaled(fig, factor, None)

    return view


QUALIFIERS = sorted(
    [*TABLES["qualifiers_before"], *TABLES["qualifiers_after"]], key=len, reverse=True
)


def without_qualifiers(view: View) -> View:
    """Recognizers-Text spans leave out hedges and bounds (近一吨 -> 一吨, 超过250m -> 250m);
    ours take them in (see approximate): compare the figure without them."""

    def trimmed(fig: Figure) -> Seen | None:
        seen = view(fig)
        if seen is None:
            return None
        start, end = seen.start, seen.end
        for word in QUALIFIERS:
            if fig.text.startswith(word) and start == fig.start:
                start += len(word)
            if fig.text.endswith(word) and end == fig.end and end - len(word) > start:
                end -= len(word)
        return Seen(start, end, seen.value, seen.upper, seen.unit)

    return trimmed


def percent_view(fig: Figure) -> Seen | None:
    if fig.kind != "percent":
        return None
    # Recognizers-Text writes 个百分点 as "%" too; we keep percentage points apart as "pp".
    return scaled(fig, 1, "%")


def degree_view(fig: Figure) -> Seen | None:
    # A bare 度/° is a temperature for both upstreams; we may call it an angle ("°", measure).
    if fig.kind == "temperature" or (fig.kind == "measure" and fig.unit == "°"):
        return scaled(fig, 1, fig.unit)
    return None


def base_unit_view(kind: str, factors: dict[str, float], base: str) -> View:
    """Our figures of one kind, converted to the base unit an upstream normalises to."""

    def view(fig: Figure) -> Seen | None:
        if fig.kind != kind:
            return None
        if fig.unit in factors:
            return scaled(fig, factors[fig.unit], base)
        return scaled(fig, 1, fig.unit)

    return view


# Recognizers-Text resolves 打 (dozen) to items ("十打" -> 120) but keeps 双/对 as written
# ("三双" -> 3); Duckling resolves both ("一對" -> 2, "五打" -> 60). We keep the count as written.
RT_COLLECTIVE = {"打": 12.0}
DUCKLING_COLLECTIVE = {"打": 12.0, "对": 2.0, "對": 2.0, "双": 2.0, "雙": 2.0}
# Duckling's Quantity is always in grams; ours is in the unit as written (3斤 -> 3 "jin").
GRAMS = {"g": 1.0, "kg": 1e3, "mg": 1e-3, "t": 1e6, "jin": 500.0, "liang": 50.0}
# Duckling normalises durations (一个半小时 -> 90 minute, 一个半月 -> 45 day, 两年零三个月 ->
# 27 month), ours keep the unit as written: both sides go to seconds on Duckling's own scale
# (month = 30 days, year = 12 months), a scale for comparing, not a calendar.
SECONDS = {
    "second": 1.0,
    "minute": 60.0,
    "hour": 3600.0,
    "day": 86400.0,
    "week": 7 * 86400.0,
    "month": 30 * 86400.0,
    "year": 360 * 86400.0,
}


# ---------------------------------------------------------------------------------------------
# Recognizers-Text: Number and NumberWithUnit models


def rt_currency_units(resolution: dict[str, Any]) -> Units:
    if resolution.get("isoCurrency"):
        return frozenset({resolution["isoCurrency"]})
    # "$20" comes without isoCurrency, unit "Dollar": the US dollar for us.
    named = {"Dollar": "USD", "Chinese yuan": "CNY", "Bitcoin": "BTC"}
    return frozenset({named.get(resolution["unit"], f"?{resolution['unit']}")})


# Every unit in DimensionModel.json; None: no equivalent in our convention (data sizes,
# frequencies, energy, micrograms), so such cases fail unless listed as exceptions.
RT_DIMENSIONS: dict[str, str | None] = {
    "Centimeter": "cm",
    "Meter": "m",
    "Kilometer": "km",
    "Mu": "mu",
    "Gram": "g",
    "Kilogram": "kg",
    "Ton": "t",
    "Jin": "jin",
    "Liang": "liang",
    "Kilowatt": "kW",
    "Microgram": "ug",
    "Bit": "bit",
    "Kilobit": "kbit",
    "Kilobyte": "kB",
    "Megabyte": "MB",
    "Hertz": None,
    "Megahertz": None,
    "Kilocalorie": None,
}


def rt_dimension_units(resolution: dict[str, Any]) -> Units:
    unit = resolution["unit"]
    return frozenset({RT_DIMENSIONS.get(unit) or f"?{unit}"})


def rt_age_units(resolution: dict[str, Any]) -> Units:
    return frozenset({resolution["unit"].lower()})  # Year/Month/Week/Day -> year/month/...


def rt_temperature_units(resolution: dict[str, Any]) -> Units:
    # A bare 度 is "Degree" upstream; Chinese news temperatures are Celsius, so "C" is right,
    # and so is our plain "°".
    return frozenset({"C", "°"} if resolution["unit"] == "Degree" else {resolution["unit"]})


def no_units(resolution: dict[str, Any]) -> Units:
    return NO_UNIT


def percent_units(resolution: dict[str, Any]) -> Units:
    return frozenset({"%"})  # RT's "2123%": the number is the value, "%" the unit


@dataclass(frozen=True)
class RtModel:
    path: str
    view: View
    units: Callable[[dict[str, Any]], Units]
    inside: bool = False
    bound: Bound = "exact"


RT_MODELS = {
    # NumberModel spans the numeral alone ("六千零五十一个百分点" -> "六千零五十一") and gives
    # the lower figure of an estimate ("四百多" -> 400): all our kinds count, and one of our
    # figures is right when RT's span lies inside it and the values agree.
    "NumberModel": RtModel(
        "Number/Chinese/NumberModel.json",
        counted_view(RT_COLLECTIVE),
        no_units,
        inside=True,
        bound="lower",
    ),
    "PercentModel": RtModel(
        "Number/Chinese/PercentModel.json", without_qualifiers(percent_view), percent_units
    ),
    # OrdinalModel stops before the measure word ("第一" of 第一名); ours takes it in.
    "OrdinalModel": RtModel(
        "Number/Chinese/OrdinalModel.json",
        kind_view("ordinal", keep_unit=False),
        no_units,
        inside=True,
    ),
    "CurrencyModel": RtModel(
        "NumberWithUnit/Chinese/CurrencyModel.json",
        without_qualifiers(kind_view("money")),
        rt_currency_units,
    ),
    "DimensionModel": RtModel(
        "NumberWithUnit/Chinese/DimensionModel.json",
        without_qualifiers(kind_view("measure")),
        rt_dimension_units,
    ),
    "AgeModel": RtModel(
        "NumberWithUnit/Chinese/AgeModel.json", without_qualifiers(kind_view("age")), rt_age_units
    ),
    "TemperatureModel": RtModel(
        "NumberWithUnit/Chinese/TemperatureModel.json",
        without_qualifiers(degree_view),
        rt_temperature_units,
    ),
}


def rt_dotnet_unsupported(raw: dict[str, Any]) -> bool:
    notes = (raw.get("NotSupported") or "", raw.get("NotSupportedByDesign") or "")
    return any("dotnet" in note.lower() for note in notes)


def rt_value(text: str) -> float:
    return float(text.removesuffix("%"))  # RT writes "52.3333333333333", "2123%", "6E-05%"


def rt_want(result: dict[str, Any], model: RtModel, ignore_value: bool) -> Want | None:
    resolution = result["Resolution"]
    if resolution.get("value") is None:
        return None  # a bare currency or scale name ("美元", "摄氏度") is no figure for us
    value = None if ignore_value else rt_value(resolution["value"])
    # RT's End is INCLUSIVE; ours is exclusive.
    start, end = result["Start"], result["End"] + 1
    units = model.units(resolution)
    return Want(start, end, value, None, units, model.inside, model.bound)


def load_recognizers(specs: Path) -> Loaded:
    loaded = Loaded()
    for name, model in RT_MODELS.items():
        suite = f"RT {name}"
        for raw in read_json(specs / "recognizers_text" / model.path):
            if rt_dotnet_unsupported(raw):
                loaded.skipped[suite, "NotSupported by RT's dotnet version"] += 1
                continue
            ignore = bool(raw.get("IgnoreResolution"))
            found = (rt_want(result, model, ignore) for result in raw["Results"])
            wants = tuple(want for want in found if want is not None)
            text = raw["Input"]
            judge = partial(judge_results, wants, model.view)
            loaded.cases.append(Case(suite, text, judge, describe(text, wants)))
    return loaded


# ---------------------------------------------------------------------------------------------
# Duckling ZH: each input parses whole to one value


def duckling_units(dim: str, unit: str | None) -> tuple[float, Units]:
    """Duckling's unit as (factor on its value, our accepted units)."""
    if dim == "AmountOfMoney":
        # Duckling's "Dollar" is the local 元/块/蚊: CNY for us; "Cent" (分/角/毛) is a
        # hundredth of it, and we give money in the main unit (5角 -> 0.5 CNY).
        if unit == "Dollar":
            return 1.0, frozenset({"CNY"})
        if unit == "Cent":
            return 0.01, frozenset({"CNY"})
        return 1.0, frozenset({unit})
    if dim == "Duration":
        return SECONDS[str(unit)], frozenset({"s"})
    if dim == "Temperature":
        # Duckling's bare "Degree" (45°, 45度): Celsius in Chinese news, or our plain "°".
        named = {"Celsius": {"C"}, "Fahrenheit": {"F"}, "Degree": {"C", "°"}}
        return 1.0, frozenset(named.get(str(unit), {f"?{unit}"}))
    symbols = {
        "Millimetre": "mm",
        "Centimetre": "cm",
        "Metre": "m",
        "Kilometre": "km",
        "Foot": "ft",
        "Inch": "in",
        "Mile": "mi",
        "Litre": "L",
        "Millilitre": "mL",
        "Gallon": "gal",
        "Gram": "g",
    }
    if unit is None:
        return 1.0, NO_UNIT
    return 1.0, frozenset({symbols.get(unit, f"?{unit}")})


DUCKLING_VIEWS: dict[str, View] = {
    # A numeral may come back with its measure word ("1个" as a count): any kind is right.
    "Numeral": counted_view(DUCKLING_COLLECTIVE),
    "Ordinal": kind_view("ordinal", keep_unit=False),
    "AmountOfMoney": kind_view("money"),
    "Distance": kind_view("measure"),
    "Volume": kind_view("measure"),
    "Quantity": base_unit_view("measure", GRAMS, "g"),
    "Temperature": degree_view,
    "Duration": base_unit_view("duration", SECONDS, "s"),
}


def duckling_want(dim: str, expected: dict[str, Any], length: int) -> Want | None:
    factor, units = duckling_units(dim, expected.get("unit"))
    kind = expected["kind"]
    if kind == "value":
        return Want(0, length, expected["value"] * factor, None, units)
    if kind == "between":
        return Want(0, length, expected["from"] * factor, expected["to"] * factor, units)
    # "under"/"above" are open bounds (以下, 最多 / 以上, 至少) with one number: we compare that
    # number alone. "above" must be our value; for "under" our value or our upper bound will
    # do, as 以下 can be written either way.
    if kind == "above":
        return Want(0, length, expected["value"] * factor, None, units, bound="lower")
    if kind == "under":
        return Want(0, length, expected["value"] * factor, None, units, bound="either")
    return None


def load_duckling(specs: Path) -> Loaded:
    loaded = Loaded()
    examples = read_json(specs / "duckling_zh" / "duckling_zh_examples.json")["examples"]
    for example in examples:
        dim, text = example["dim"], example["input"]
        suite = f"Duckling {dim}"
        if dim not in DUCKLING_VIEWS:
            loaded.skipped[suite, "not a figure dimension (dates are measured elsewhere)"] += 1
            continue
        want = duckling_want(dim, example["expected"], len(text))
        if want is None:
            loaded.skipped[suite, f"expected kind {example['expected']['kind']!r}"] += 1
            continue
        judge = partial(judge_results, (want,), DUCKLING_VIEWS[dim])
        loaded.cases.append(Case(suite, text, judge, describe(text, (want,))))
    return loaded


# ---------------------------------------------------------------------------------------------
# cn2an: whole numerals, inputs that are no numeral, numerals inside sentences


def judge_whole(want: Want, figures: Sequence[Figure]) -> bool:
    return harness.one_for_one((want,), [scaled(fig, 1, None) for fig in figures], fits)


def judge_not_whole(length: int, figures: Sequence[Figure]) -> bool:
    return not any((fig.start, fig.end) == (0, length) for fig in figures)


@dataclass(frozen=True)
class Rewrite:
    """A stretch of the input that cn2an rewrites as Arabic digits, and the value written."""

    start: int
    end: int
    value: float | None


DIGITS = set("0123456789.")


def rewrites(before: str, after: str) -> list[Rewrite]:
    """The input stretches that differ between a sentence and its rewrite, as figures.

    A character diff can align digits that happen to agree ("2.5亿" / "250000000" keeps "2" and
    "5"), so each changed stretch takes in the unchanged digits and points next to it, and
    stretches that then touch are merged.
    """
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    same = [False] * len(before)
    for op, i1, i2, _, _ in matcher.get_opcodes():
        if op == "equal":
            same[i1:i2] = [True] * (i2 - i1)
    spans: list[list[int]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        while i1 > 0 and same[i1 - 1] and before[i1 - 1] in DIGITS:
            i1, j1 = i1 - 1, j1 - 1
        while i2 < len(before) and same[i2] and before[i2] in DIGITS:
            i2, j2 = i2 + 1, j2 + 1
        if spans and i1 <= spans[-1][1]:
            spans[-1][1:] = [i2, spans[-1][2], j2]
        else:
            spans.append([i1, i2, j1, j2])
    return [Rewrite(i1, i2, arabic_value(after[j1:j2])) for i1, i2, j1, j2 in spans]


def arabic_value(text: str) -> float | None:
    """The number cn2an wrote: "100", "-3.8%" (-3.8, as our percent), "1/2", "-4℃"."""
    match = re.search(r"-?\d+(?:\.\d+)?(?:/\d+)?", text)
    if match is None:
        return None
    number, _, denominator = match.group().partition("/")
    return float(number) / float(denominator) if denominator else float(number)


def judge_rewrites(changes: tuple[Rewrite, ...], figures: Sequence[Figure]) -> bool:
    # Approximate by design: cn2an rewrites a sentence, it does not list spans. Where it
    # changes nothing (大陆, 半岛, 两岸关系) we must find no figure at all; elsewhere every
    # changed stretch must lie inside one of our figures whose value (or upper bound, for a
    # range) is the number cn2an wrote. Our figures may be wider (units, 第, 百分之) and we may
    # find more than cn2an rewrites.
    if not changes:
        return not figures

    def covered(change: Rewrite) -> bool:
        return any(
            fig.start <= change.start
            and change.end <= fig.end
            and (
                change.value is None
                or close(change.value, as_number(fig.value))
                or close(change.value, as_number(fig.upper))
            )
            for fig in figures
        )

    return all(covered(change) for change in changes)


def load_cn2an(specs: Path) -> Loaded:
    loaded = Loaded()
    tests = read_json(specs / "cn2an" / "cn2an_test.json")
    valid: set[str] = set()
    for raw in tests["value_cases"]:
        text, suite = raw["input"], "cn2an values"
        if raw["mode"] == "direct":  # digit strings with leading zeros ("0123"), not numbers
            loaded.skipped[suite, "mode direct: a digit string, not a value"] += 1
            continue
        if text in valid:  # upstream merges strict into normal into smart: the same case again
            loaded.skipped[suite, "duplicate of a case already loaded"] += 1
            continue
        valid.add(text)
        want = Want(0, len(text), float(raw["expected"]))
        judge = partial(judge_whole, want)
        loaded.cases.append(Case(suite, text, judge, describe(text, (want,))))

    failing: set[str] = set()
    for raw in tests["error_cases"]:
        text, suite = raw["input"], "cn2an must-fail"
        # Upstream asserts these fail in cn2an's strict mode only; the ones its normal or smart
        # mode reads ("三万五", "100万") are numerals for us and sit in "cn2an values".
        if text in valid:
            loaded.skipped[suite, "a value in cn2an's normal/smart mode"] += 1
            continue
        if text in failing:
            loaded.skipped[suite, "duplicate of a case already loaded"] += 1
            continue
        failing.add(text)
        judge = partial(judge_not_whole, len(text))
        loaded.cases.append(Case(suite, text, judge, "no figure spanning the whole input"))

    for raw in read_json(specs / "cn2an" / "transform_test.json")["cases"]:
        suite = "cn2an in-sentence"
        if raw["method"] != "cn2an":
            continue  # an2cn writes numbers out in words: nothing for an extractor
        if raw.get("direct"):
            loaded.skipped[suite, "direct mode: digit strings, not values"] += 1
            continue
        changes = tuple(rewrites(raw["input"], raw["expected"]))
        judge = partial(judge_rewrites, changes)
        loaded.cases.append(Case(suite, raw["input"], judge, describe_rewrites(raw, changes)))
    return loaded


# ---------------------------------------------------------------------------------------------
# Running and reporting


def number(x: float | None) -> str:
    return "?" if x is None else f"{x:.12g}"


def describe(text: str, wants: Sequence[Want]) -> str:
    if not wants:
        return "no figure"
    parts = []
    for w in wants:
        value = number(w.value) + ("" if w.upper is None else f"..{number(w.upper)}")
        if w.bound != "exact":
            value += f" ({w.bound})"
        units = "|".join(sorted(str(u) for u in w.units if u is not None))
        where = "inside " if w.inside else ""
        parts.append(f"{where}{w.start}-{w.end} {text[w.start : w.end]!r} {value} {units}")
    return "; ".join(part.rstrip() for part in parts)


def describe_rewrites(raw: dict[str, Any], changes: Sequence[Rewrite]) -> str:
    if not changes:
        return "no figure (cn2an leaves the sentence as it is)"
    inside = (
        f"{c.start}-{c.end} {raw['input'][c.start : c.end]!r}={number(c.value)}" for c in changes
    )
    return f"-> {raw['expected']!r}; inside figures: " + "; ".join(inside)


def show(fig: Figure) -> str:
    value = number(as_number(fig.value))
    if fig.upper is not None:
        value += f"..{number(as_number(fig.upper))}"
    return f"{fig.start}-{fig.end} {fig.text!r} {fig.kind} {value} {fig.unit or ''}".rstrip()


def judge_case(case: Case, find: Callable[[str], list[Figure]]) -> tuple[bool, str]:
    return harness.judged(lambda: find(case.text), case.judge, show, "no figure")


def load_all(specs: Path) -> Loaded:
    loaded = Loaded()
    for loader in (load_recognizers, load_duckling, load_cn2an):
        loaded.add(loader(specs))
    return loaded


def main() -> None:
    try:  # imported late: the loaders and scorers work without it
        from cnnews_nlp.figures import find_figures
    except ImportError as error:
        sys.exit(f"cannot import cnnews_nlp.figures.find_figures: {error}")
    judge = partial(judge_case, find=find_figures)
    harness.cli(__doc__.splitlines()[0], SPECS, EXCEPTIONS, load_all, judge)


if __name__ == "__main__":
    main()
