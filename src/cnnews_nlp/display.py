"""How findings read to a person: one-line descriptions of figures and dates (for the command
line) and a Document as HTML, its text marked up where it names something (for notebooks, and
for a page the command line writes)."""

from __future__ import annotations

import html
from collections.abc import Iterable
from itertools import pairwise
from typing import Final

from .document import DateMention, Document, Entity, Figure
from .news.model import Article, Page

#: Background colours of the entity labels, light enough to read black text on.
LABEL_COLOURS: Final = {"PERSON": "#cfe8ff", "ORG": "#ffe2bf", "PLACE": "#d4f5d0"}
#: Dates and figures are underlined, so that they show inside an entity's colour too.
DATE_LINE: Final = "2px solid #8a4fd1"
FIGURE_LINE: Final = "2px dotted #c0392b"


def counted(number: int, noun: str, plural: str = "") -> str:
    """3 mentions, 1 mention, 2 entities (with ``plural``)."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"


def describe_figure(figure: Figure) -> str:
    """≈80,000–90,000 名 (count): the value, its range and unit, and the kind."""
    value = f"{figure.value:,}"
    if figure.upper is not None:
        value += f"–{figure.upper:,}"
    hedge = "≈" if figure.approximate else ""
    unit = f" {figure.unit}" if figure.unit else ""
    return f"{hedge}{value}{unit} ({figure.kind})"


def describe_date(date: DateMention) -> str:
    """2025-04-30..2025-05-05 (day), 2024-01-01.. (year) for an open end, or unresolved."""
    if date.first is None and date.last is None:
        return "unresolved"
    span = date.first if date.first == date.last else f"{date.first or ''}..{date.last or ''}"
    return f"{span} ({date.granularity})"


def _entity_title(entity: Entity) -> str:
    score = "" if entity.score is None else f" {entity.score:.2f}"
    return f"{entity.label}{score}"


def _marked(
    text: str, entities: list[Entity], dates: list[DateMention], figures: list[Figure]
) -> str:
    """``text`` (a stretch that these spans all cover) as one HTML element styled for them."""
    styles: list[str] = []
    titles: list[str] = []
    if entities:
        styles.append(f"background:{LABEL_COLOURS[entities[0].label]}")
        titles.extend(_entity_title(e) for e in entities)
    if dates:
        styles.append(f"border-bottom:{DATE_LINE}")
        titles.extend(f"{d.text}: {describe_date(d)}" for d in dates)
    if figures and not dates:  # a figure inside a date keeps the date's line, not its own
        styles.append(f"border-bottom:{FIGURE_LINE}")
    titles.extend(f"{f.text}: {describe_figure(f)}" for f in figures)
    style = ";".join(styles)
    title = html.escape("\n".join(titles))
    return f'<span style="{style}" title="{title}">{html.escape(text)}</span>'


def _reference(date: str | None, source: str | None) -> str:
    """reference date 2025-04-12 (from the dateline)."""
    said = f" (from the {source})" if source else ""
    return f"reference date {date or 'none'}{html.escape(said)}"


def _legend() -> str:
    swatches = [
        f'<span style="background:{colour};padding:0 4px">{label}</span>'
        for label, colour in LABEL_COLOURS.items()
    ]
    swatches.append(f'<span style="border-bottom:{DATE_LINE}">date</span>')
    swatches.append(f'<span style="border-bottom:{FIGURE_LINE}">figure</span>')
    return " ".join(swatches)


def document_html(doc: Document) -> str:
    """The Document's text with its entities in their label's colour and its dates and figures
    underlined; hovering over a mark shows what it was read as. Spans may overlap: the text is
    cut at every span's ends, and each piece is styled for all the spans that cover it."""
    spans: list[Entity | DateMention | Figure] = [*doc.entities, *doc.dates, *doc.figures]
    spans.sort(key=lambda span: span.start)
    cuts = sorted({0, len(doc.text), *(s.start for s in spans), *(s.end for s in spans)})
    pieces: list[str] = []
    active: list[Entity | DateMention | Figure] = []
    waiting = iter(spans)
    upcoming = next(waiting, None)
    for start, end in pairwise(cuts):
        while upcoming is not None and upcoming.start <= start:
            active.append(upcoming)
            upcoming = next(waiting, None)
        active = [span for span in active if span.end > start]  # each reaches ``end``, a cut
        piece = doc.text[start:end]
        if active:
            entities = [span for span in active if isinstance(span, Entity)]
            dates = [span for span in active if isinstance(span, DateMention)]
            figures = [span for span in active if isinstance(span, Figure)]
            pieces.append(_marked(piece, entities, dates, figures))
        else:
            pieces.append(html.escape(piece))
    head = " · ".join(
        (
            counted(len(doc.text), "character"),
            counted(len(doc.entities), "entity", "entities"),
            counted(len(doc.dates), "date"),
            counted(len(doc.figures), "figure"),
            _reference(doc.reference_date, doc.reference_date_source),
        )
    )
    return (
        '<div class="cnnews-nlp">'
        f'<div style="font-size:85%;margin-bottom:4px">{head}<br>{_legend()}</div>'
        f'<div style="white-space:pre-wrap;line-height:1.9">{"".join(pieces)}</div>'
        "</div>"
    )


def _article_html(number: int, article: Article) -> str:
    """An article's headings, dateline and bylines, then its text marked up."""
    head = [f'<div style="font-size:85%;color:#555">Article {number} ({article.kind})</div>']
    if article.kicker:
        head.append(f'<div style="font-size:90%">{html.escape(article.kicker.text)}</div>')
    if article.headline:
        head.append(f'<h3 style="margin:2px 0">{html.escape(article.headline.text)}</h3>')
    head.extend(f"<div>{html.escape(s.text)}</div>" for s in article.subtitles)
    about = []
    if article.dateline:
        date = article.dateline.date or "no year known"
        about.append(f"{html.escape(article.dateline.text)} → {date}")
    if article.bylines:
        about.append("; ".join(html.escape(f"{b.role} {b.name}") for b in article.bylines))
    if about:
        head.append(f'<div style="font-size:85%;color:#555">{" · ".join(about)}</div>')
    body = document_html(article.document) if article.document else ""
    return f'<div style="margin:1.5em 0">{"".join(head)}{body}</div>'


def page_html(page: Page) -> str:
    """A newspaper page as read: each article with its headings and its marked-up text."""
    reference = _reference(page.reference_date, page.reference_date_source)
    head = f"{counted(len(page.articles), 'article')} · {reference}"
    articles = "".join(_article_html(n, a) for n, a in enumerate(page.articles, 1))
    return f'<div class="cnnews-nlp-page"><div>{head}</div>{articles}</div>'


def documents_html(documents: Iterable[tuple[str, Document]]) -> str:
    """Each (title, Document) marked up under its title."""
    return "".join(f"<h2>{html.escape(title)}</h2>{document_html(doc)}" for title, doc in documents)


def standalone(title: str, body: str) -> str:
    """A whole HTML page around ``body``, for a browser."""
    return (
        '<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>"
        f'<body style="max-width:60em;margin:auto;font-family:sans-serif">{body}</body>'
        "</html>"
    )
