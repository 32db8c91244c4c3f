"""Text helpers shared by the rule components (figures, dates).

Rules read a *folded* copy of the text: full-width ASCII made half-width, the ideographic space
a space, and traditional forms of the words they know made simplified. Folding maps one code
point to one code point, so every offset in the folded text is an offset in the original.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from importlib.resources import files
from typing import Final

from .cover import Cover

_TABLE: Final[dict[str, str]] = json.loads(
    (files("cnnews_nlp") / "data" / "fold.json").read_text(encoding="utf-8")
)["fold"]
# The full-width comma stays: in Chinese text it separates clauses, never thousands.
_FULL_WIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F) if chr(c) != "，"}
FOLD: Final = str.maketrans({**_FULL_WIDTH, "\u3000": " ", **_TABLE})
#: Marks that end a sentence.
TERMINALS: Final = "。！？!?；;…"
#: The title of a work between book-title marks (《星际争霸2》, 《费卢杰六日》, 《初恋50次》).
_TITLE: Final = re.compile(r"《[^《》\n]{1,60}》")


def fold(text: str) -> str:
    """The text with full-width and traditional forms made plain; same length as ``text``."""
    return text.translate(FOLD)


def by_length(words: Iterable[str]) -> list[str]:
    """Longest first, so that a regex alternation or a prefix test prefers 个百分点 to 个."""
    return sorted(words, key=len, reverse=True)


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first."""
    return "|".join(re.escape(w) for w in by_length(words))


def titles(text: str) -> Cover:
    """Where ``text`` names works by their titles: a number or a day there is part of a name."""
    return Cover(m.span() for m in _TITLE.finditer(text))
