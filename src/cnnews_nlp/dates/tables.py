"""The language knowledge behind dates, loaded once from ``data/dates.json``."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any, Final

TABLES: Final[dict[str, Any]] = json.loads(
    (files("cnnews_nlp") / "data" / "dates.json").read_text(encoding="utf-8")
)
