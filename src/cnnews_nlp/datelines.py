"""Datelines (新华社北京4月12日电, 长沙晚报4月12日讯): who filed a story, from where and when.

The page reader dates each article from its dateline; the pipeline takes a text's reference
date from a dateline that writes its year, when the caller gives none.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib.resources import files
from typing import Any, Final

from .text import alternation

#: The language knowledge of news pages: sources, roles, dispatch words (data/news.json).
NEWS: Final[dict[str, Any]] = json.loads(
    (files("cnnews_nlp") / "data" / "news.json").read_text(encoding="utf-8")
)
SOURCE: Final[str] = alternation(NEWS["sources"])
DATELINE: Final = re.compile(
    rf"(?P<source>{SOURCE})(?P<place>[\u4e00-\u9fff]{{2,4}}?)?"
    rf"(?P<date>(?:(?:19|20)[0-9]{{2}}年)?[0-9]{{1,2}}月[0-9]{{1,2}}日)?"
    rf"(?P<dispatch>{alternation(NEWS['dispatch'])})"
    r"(?:[(（](?P<inner>[^)）]{0,80})[)）]|[：:])?"
)
#: Where a line starts, after any indent: where a dateline may stand.
_LINE_START = re.compile(r"^[ \t\u3000]*", re.MULTILINE)


def dateline_day(date_text: str, year: int | None) -> str | None:
    """The ISO day of a dateline's 4月12日 (in ``year``) or 2025年4月12日 (in its own year);
    None without a year, or for a day that does not exist (2月30日)."""
    *written, month, day = (int(n) for n in re.findall(r"[0-9]+", date_text))
    year = written[0] if written else year
    if year is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def written_reference(text: str) -> str | None:
    """The day of the first dateline at the start of a line that writes its own year
    (人民网北京2025年4月12日电): the day the text was filed. A dateline without a year gives
    none here; the page reader may take the year from elsewhere on the page."""
    for line in _LINE_START.finditer(text):
        match = DATELINE.match(text, line.end())
        if match and match["date"] and "年" in match["date"]:
            return dateline_day(match["date"], None)
    return None
