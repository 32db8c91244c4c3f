"""The result types: a Document and the spans found in it, as JSON-ready dataclasses.

Every span carries ``start``/``end`` code-point offsets into ``Document.text`` (end exclusive)
and its ``text``; a Document refuses to exist if any span does not slice its text exactly, so a
corrupted JSON file fails loudly on load instead of yielding wrong offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from dataclasses_json import DataClassJsonMixin

LABELS: Final = frozenset({"PERSON", "ORG", "PLACE"})
FIGURE_KINDS: Final = frozenset(
    {
        "money",
        "percent",
        "count",
        "measure",
        "duration",
        "age",
        "ordinal",
        "temperature",
        "number",
    }
)
GRANULARITIES: Final = frozenset(
    {
        "century",
        "decade",
        "year",
        "half",
        "quarter",
        "season",
        "month",
        "xun",
        "week",
        "day",
        "part_of_day",
        "hour",
        "minute",
        "second",
    }
)
REFERENCE_DATE_SOURCES: Final = frozenset({"caller", "dateline"})


def _check_choice(kind: str, value: str, allowed: frozenset[str]) -> None:
    if value not in allowed:
        raise ValueError(f"{kind} must be one of {sorted(allowed)}, got {value!r}")


def _check_offsets(span: Entity | Figure | DateMention) -> None:
    if not 0 <= span.start < span.end:
        raise ValueError(f"bad offsets {span.start}..{span.end} for {span.text!r}")
    if span.end - span.start != len(span.text):
        raise ValueError(f"offsets {span.start}..{span.end} do not fit {span.text!r}")


@dataclass
class Entity(DataClassJsonMixin):
    """A named organization, person or place; ``score`` is the engine's confidence in [0, 1]
    (the "news" engine's CRF probability of exactly this span), None if it gives none."""

    text: str
    label: str
    start: int
    end: int
    score: float | None = None

    def __post_init__(self) -> None:
        _check_choice("label", self.label, LABELS)
        _check_offsets(self)
        if self.score is not None and not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score must be in [0, 1], got {self.score!r} for {self.text!r}")


@dataclass
class Figure(DataClassJsonMixin):
    """A number as written ("8万多名") and its normalised value (80000..90000, unit "名")."""

    text: str
    start: int
    end: int
    kind: str
    value: int | float
    upper: int | float | None = None
    unit: str | None = None
    approximate: bool = False

    def __post_init__(self) -> None:
        _check_choice("kind", self.kind, FIGURE_KINDS)
        _check_offsets(self)


@dataclass
class DateMention(DataClassJsonMixin):
    """A time expression and the inclusive calendar range it denotes (null when unresolvable)."""

    text: str
    start: int
    end: int
    first: str | None
    last: str | None
    granularity: str
    relative: bool = False

    def __post_init__(self) -> None:
        _check_choice("granularity", self.granularity, GRANULARITIES)
        _check_offsets(self)


@dataclass
class Document(DataClassJsonMixin):
    """Everything extracted from one text; offsets index ``text``."""

    text: str
    reference_date: str | None = None
    reference_date_source: str | None = None
    entities: list[Entity] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.reference_date_source is not None:
            _check_choice(
                "reference_date_source", self.reference_date_source, REFERENCE_DATE_SOURCES
            )
        spans: list[Entity | Figure | DateMention] = [*self.entities, *self.figures, *self.dates]
        for span in spans:
            if self.text[span.start : span.end] != span.text:
                raise ValueError(
                    f"{type(span).__name__} {span.text!r} at {span.start}..{span.end} "
                    "does not match the document text"
                )

    def __repr__(self) -> str:
        head = self.text[:20] + ("…" if len(self.text) > 20 else "")
        return (
            f"Document({head!r}, {len(self.text)} chars, {len(self.entities)} entities, "
            f"{len(self.figures)} figures, {len(self.dates)} dates, "
            f"reference_date={self.reference_date!r})"
        )

    def _repr_html_(self) -> str:
        """In a notebook, the text with what was found marked in it (see ``display``)."""
        from .display import document_html  # display reads these types: imported on use

        return document_html(self)

    @property
    def people(self) -> list[Entity]:
        return [e for e in self.entities if e.label == "PERSON"]

    @property
    def organizations(self) -> list[Entity]:
        return [e for e in self.entities if e.label == "ORG"]

    @property
    def places(self) -> list[Entity]:
        return [e for e in self.entities if e.label == "PLACE"]

    def to_json(self, *, ensure_ascii: bool = False, **kwargs: Any) -> str:
        """JSON text; Chinese stays readable unless ``ensure_ascii=True``."""
        return super().to_json(ensure_ascii=ensure_ascii, **kwargs)
