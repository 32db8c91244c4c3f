"""Chinese, Arabic and mixed numerals to numbers: 一百二十, 1.2万, 3千多, 六七十, 十几, 廿二.

A numeral is read into a low and a high value: they differ for vague readings (几十 is 20 to
90, 8万多 is 80,000 to 90,000, 六七十 is 60 to 70). Arithmetic is exact (Decimal), so 1.2万
is 12000 and not 12000.000000000002. The characters and their values come from the data table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from math import prod
from typing import Final

from .tables import TABLES

DIGITS: Final[dict[str, int]] = TABLES["digits"]
SMALL_UNITS: Final[dict[str, int]] = TABLES["small_units"]
LITERARY_TENS: Final[dict[str, int]] = TABLES["literary_tens"]
BIG_UNITS: Final[dict[str, int]] = TABLES["big_units"]
VAGUE_DIGITS: Final[dict[str, list[int]]] = TABLES["vague_digits"]
#: Two digits that make a range though not one apart (三五天: three to five days).
RANGE_PAIRS: Final = {(low, high) for low, high in TABLES["range_pairs"]}
MORE: Final[str] = "".join(TABLES["more"])
POINT: Final[str] = TABLES["point"]
NOT_NUMERALS: Final = tuple(TABLES["not_numerals"])
#: 百八十 (80 to 100), 千八百: set phrases for a rough amount, as [low, high].
APPROXIMATE_NUMERALS: Final[dict[str, list[int]]] = TABLES["approximate_numerals"]

ARABIC: Final = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
#: Characters that may appear inside a Chinese numeral (after the first one).
NUMERAL_CHARS: Final = "".join(
    [*DIGITS, *SMALL_UNITS, *LITERARY_TENS, *BIG_UNITS, *VAGUE_DIGITS, MORE, POINT]
)

Number = int | float
_AS_CHINESE: Final = str.maketrans("0123456789", "零一二三四五六七八九")


@dataclass(frozen=True)
class Numeral:
    """A numeral's reading: ``value`` (low) to ``upper`` (None when exact)."""

    value: Number
    upper: Number | None
    approximate: bool
    #: The largest of 万/亿 it used (1 if none): "3-5亿" lends 亿 to the 3.
    scale: int
    #: Read digit by digit (二〇二二, 一九九八): how years and codes are written.
    digit_string: bool
    #: Written in Arabic digits only (for telling years and identifiers apart).
    arabic: bool


def _number(value: Decimal) -> Number:
    return int(value) if value == value.to_integral_value() else float(value)


Token = tuple[str, Decimal, Decimal]  # kind, low, high (kinds: d n u l b m p)


def _tokens(text: str) -> list[Token] | None:
    tokens: list[Token] = []
    i = 0
    while i < len(text):
        char = text[i]
        match = ARABIC.match(text, i)
        if match:
            value = Decimal(match.group().replace(",", ""))
            tokens.append(("n", value, value))
            i = match.end()
            continue
        if char in DIGITS:
            tokens.append(("d", Decimal(DIGITS[char]), Decimal(DIGITS[char])))
        elif char in VAGUE_DIGITS:
            low, high = VAGUE_DIGITS[char]
            tokens.append(("v", Decimal(low), Decimal(high)))
        elif char in SMALL_UNITS:
            tokens.append(("u", Decimal(SMALL_UNITS[char]), Decimal(SMALL_UNITS[char])))
        elif char in LITERARY_TENS:
            tokens.append(("l", Decimal(LITERARY_TENS[char]), Decimal(LITERARY_TENS[char])))
        elif char in BIG_UNITS:
            tokens.append(("b", Decimal(BIG_UNITS[char]), Decimal(BIG_UNITS[char])))
        elif char in MORE:
            tokens.append(("m", Decimal(0), Decimal(0)))
        elif char == POINT:
            tokens.append(("p", Decimal(0), Decimal(0)))
        else:
            return None
        i += 1
    return tokens


def _place(value: Decimal) -> Decimal:
    """Place value of the last significant digit: 100 -> 100, 120 -> 10, 1.5 -> 0.1."""
    if value == 0:
        return Decimal(1)
    exponent = value.normalize().as_tuple().exponent
    return Decimal(10) ** exponent if isinstance(exponent, int) else Decimal(1)


def _range_pair(first: int, second: int) -> bool:
    """Whether two digits in a row are a range: one apart (三四), or a pair of the table (三五,
    三两)."""
    return first >= 1 and (second - first == 1 or (first, second) in RANGE_PAIRS)


def _digit_string(tokens: list[Token]) -> Decimal | None:
    """二〇二二 -> 2022, 一七二零点一 -> 1720.1; None unless the numeral is read digit by digit."""
    kinds = "".join(kind for kind, _, _ in tokens)
    whole, _, fraction = kinds.partition("p")
    if not re.fullmatch(r"d{2,}", whole) or (fraction and not re.fullmatch(r"d+", fraction)):
        return None
    digits = [str(low) for kind, low, _ in tokens if kind == "d"]
    if len(whole) == 2 and not fraction and _range_pair(int(digits[0]), int(digits[1])):
        return None  # 一两, 三四, 三五: a range ("one or two"), read by _evaluate
    text = "".join(digits[: len(whole)])
    if fraction:
        text += "." + "".join(digits[len(whole) :])
    return Decimal(text)


def _rough(text: str) -> Numeral | None:
    """百八十 (80 to 100), 百八十万 (800,000 to a million): a set phrase for a rough amount,
    with any scales after it."""
    phrase = next((p for p in APPROXIMATE_NUMERALS if text.startswith(p)), None)
    scales = text[len(phrase) :] if phrase else ""
    if phrase is None or any(char not in BIG_UNITS for char in scales):
        return None
    factors = [BIG_UNITS[char] for char in scales]
    low, high = APPROXIMATE_NUMERALS[phrase]
    worth = prod(factors)
    return Numeral(low * worth, high * worth, True, max([1, *factors]), False, False)


def parse_numeral(text: str) -> Numeral | None:
    """Read a numeral (already folded to simplified, half-width forms); None if it is not one."""
    whole, point, fraction = text.partition(POINT)
    if point and fraction.isascii() and fraction.isdigit() and not ARABIC.search(whole):
        text = whole + point + fraction.translate(_AS_CHINESE)  # 零点077: Arabic after 点
    rough = _rough(text)
    if rough is not None:
        return rough
    tokens = _tokens(text)
    if not tokens or text.startswith(NOT_NUMERALS):
        return None
    arabic = all(kind == "n" for kind, _, _ in tokens)
    string = None if "两" in text else _digit_string(tokens)  # 二〇二二, never 九两
    if string is not None:
        value = _number(string)
        return Numeral(value, None, False, 1, True, False)
    if any(kind == "p" for kind, _, _ in tokens):
        return _decimal(tokens)
    read = _evaluate(tokens)
    if read is None:
        return None
    low, high, scale = read
    vague = high != low
    return Numeral(_number(low), _number(high) if vague else None, vague, scale, False, arabic)


def _decimal(tokens: list[Token]) -> Numeral | None:
    """三点五, 三点五亿: a Chinese integer, 点, digits, and an optional 万/亿."""
    cut = next(i for i, (kind, _, _) in enumerate(tokens) if kind == "p")
    whole, rest = tokens[:cut], tokens[cut + 1 :]
    scale = Decimal(1)
    if rest and rest[-1][0] == "b":
        scale = rest[-1][1]
        rest = rest[:-1]
    if not whole or not rest or any(kind != "d" for kind, _, _ in rest):
        return None
    read = _evaluate(whole)
    if read is None or read[0] != read[1] or any(kind == "n" for kind, _, _ in whole):
        return None
    fraction = Decimal("0." + "".join(str(low) for _, low, _ in rest))
    value = (read[0] + fraction) * scale
    return Numeral(_number(value), None, False, int(scale), False, False)


def _evaluate(tokens: list[Token]) -> tuple[Decimal, Decimal, int] | None:
    """Positional reading with sections split at 万/亿; returns (low, high, largest 万/亿)."""
    # Two adjacent digits one apart before a unit are a range: 六七十, 三四百, 一两, 三五.
    merged: list[Token] = []
    for token in tokens:
        if (
            merged
            and token[0] == "d"
            and merged[-1][0] == "d"
            and merged[-1][1] == merged[-1][2]
            and _range_pair(int(merged[-1][1]), int(token[1]))
        ):
            pair = (merged[-1][1], token[1])
            merged[-1] = ("d", min(pair), max(pair))  # 三两: two or three
        else:
            merged.append(token)
    tokens = merged

    total_low = total_high = Decimal(0)
    section_low = section_high = Decimal(0)
    pending: tuple[Decimal, Decimal] | None = None
    pending_kind = ""  # "n", "d", "v", or "literal" for Arabic digits read as they stand
    pending_after_unit = False
    last_small = Decimal("Infinity")
    largest_big = Decimal(0)
    place = Decimal(1)
    previous = ""  # kind of the previous token
    previous_unit = Decimal(1)
    after_zero = False
    for index, (kind, low, high) in enumerate(tokens):
        following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
        if kind in "dvn":
            if kind == "d" and low == 0 and high == 0:
                if index == len(tokens) - 1 and index > 0:
                    return None  # 一万零: a trailing 零 links to nothing
                after_zero, pending = True, None  # a leading 零 links, as in 一小时零三十分
                previous = kind
                continue
            if pending is not None or previous == "m":
                return None  # 万余一: nothing counts after 余 but a larger unit (十余万)
            if kind == "n" and previous and following not in ("u", "b"):
                # Arabic digits with no unit of their own after a unit are read as they stand
                # (1千零1, 3万4000), but only after a whole Arabic number (not 10.1万零100, 1百01).
                first = tokens[0]
                if first[0] != "n" or first[1] != first[1].to_integral_value():
                    return None
                if previous == "u" and not after_zero:
                    return None
                pending_kind = "literal"
            if kind == "v" and (previous in ("u", "l", "b") or after_zero):
                low = Decimal(1)  # 十几 is 11 to 19, 一百零几 101 to 109
            pending = (low, high)
            pending_kind = "literal" if pending_kind == "literal" else kind
            pending_after_unit = previous == "u" and not after_zero
            place = _place(low) if kind == "n" else Decimal(1)
        elif kind == "u":
            if low >= last_small:
                return None
            if pending is None:
                last_digit = following == "d" and (
                    index + 2 == len(tokens) or tokens[index + 2][0] == "b"
                )
                bare_ten = low == 10 and previous in ("", "d", "b", "u")
                leading = len(tokens) == 1 or (previous == "" and (last_digit or following == "m"))
                if not bare_ten and following not in "bl" and not leading:
                    return None  # 百十一 is no numeral; 十一, 百万, 百廿, 百二, 千 (吨), 千余 are
                pending = (Decimal(1), Decimal(1))
            elif pending_kind == "n" and pending[0] != pending[0].to_integral_value():
                return None  # 1.5百
            section_low += pending[0] * low
            section_high += pending[1] * low
            pending, last_small, place = None, low, low
        elif kind == "l":
            if pending is not None or last_small <= 10:
                return None
            section_low += low
            section_high += low
            last_small, place = Decimal(10), Decimal(10)
        elif kind == "b":
            if pending is not None:
                step = Decimal(1)
                if pending_after_unit and pending_kind == "d":
                    step = previous_unit / 10  # 百二万 is 1,200,000; 十五万 150,000
                section_low += pending[0] * step
                section_high += pending[1] * step
                pending = None
            if section_low == 0 and section_high == 0:
                if previous == "b" and total_low:  # 万万 and 万亿 multiply
                    total_low, total_high = total_low * low, total_high * low
                    largest_big = max(largest_big, low)
                    place *= low
                    previous, previous_unit = kind, low
                    continue
                last_digit = index + 2 == len(tokens) and following == "d"
                alone = last_digit or following in ("b", "m")
                if len(tokens) > 1 and not (previous == "" and alone):
                    return None  # 万一 is no numeral; 万 (as in 万人), 万九, 万万 and 万余 are
                section_low = section_high = Decimal(1)
            if low > largest_big:
                total_low = (total_low + section_low) * low
                total_high = (total_high + section_high) * low
                largest_big = low
            else:
                total_low += section_low * low
                total_high += section_high * low
            section_low = section_high = Decimal(0)
            last_small, place = Decimal("Infinity"), place * low
        elif kind == "m":
            if previous not in ("u", "l", "b", "n"):
                return None
            if pending is not None:
                section_low += pending[0]
                section_high += pending[1]
                pending = None
            if previous == "b":
                total_high += place
            else:
                section_high += place
        else:
            return None
        if kind in ("u", "b", "l"):
            previous_unit = low if kind != "l" else Decimal(10)
            after_zero = False if kind != "b" else after_zero
        previous = kind
    if pending is not None:
        low, high = pending
        if previous_unit > 1 and not after_zero and pending_kind not in ("n", "literal"):
            # 三万五 is 35,000 and 一百五 is 150: a last digit counts in the next lower place.
            step = previous_unit / 10
            low, high = low * step, high * step
        section_low += low
        section_high += high
    return total_low + section_low, total_high + section_high, int(largest_big or 1)
