"""Read a newspaper page the way an editor would.

The page is cut into lines, and each line is classified: a dateline (长沙晚报4月12日讯(…)), a
byline (通讯员 蒋会明 蒲鑫), a photo credit (…陈飞摄) with its caption, a QR prompt and its
labels (扫码看辣视频), a continuation mark (上接1版), a heading (a short line with no closing
punctuation), or body text. An article starts at the headings just before a dateline or a
byline, or at a continuation mark; headings followed by times and places (时间：…地点：…) make
a notice. Paragraphs that the layout broke mid-sentence (产业 / 化) are joined before extraction,
and the reference date comes from the dateline plus a year found on the page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Final

from ..datelines import DATELINE, SOURCE, dateline_day
from ..datelines import NEWS as T
from ..pipeline import Extractor, check_text, load, parse_reference_date
from ..text import alternation
from .model import Article, Byline, Caption, Dateline, Page, Span

_ROLE = alternation(T["roles"])
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_CREDIT = re.compile(
    rf"(?P<credit>(?:{SOURCE})?(?:{_ROLE})?[ \u3000]*{_NAME}(?:[ 、]{_NAME})*){T['photo_credit']}$"
)
_PERSON = re.compile(rf"(?P<role>{_ROLE})|(?P<name>{_NAME})|(?P<gap>[ \u3000、,，]+)")
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?=年| ?[\u4e00-\u9fff])")
_NOTICE = re.compile(alternation(T["notice_markers"]))
TERMINAL: Final[str] = T["terminal"]


def _ends_sentence(text: str) -> bool:
    """Whether a line closes its sentence: 。！？… possibly inside closing quotes (好。”)."""
    stripped = text.rstrip(T["closers"])
    return bool(stripped) and stripped[-1] in TERMINAL


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str
    gap_before: bool  # a blank line stands before it
    kind: str = "body"


def read_page(
    text: str,
    reference_date: dt.date | str | None = None,
    extractor: Extractor | None = None,
) -> Page:
    """Split a page into articles, read their headlines, datelines, bylines and captions, and
    extract each article's entities, figures and dates."""
    check_text(text)
    given = parse_reference_date(reference_date)
    lines = _classify(_lines(text))
    year = int(given[:4]) if given else _page_year(text)
    articles = [_article(text, chunk) for chunk in _split(lines)]
    articles = [_date_dateline(a, year) for a in articles]
    page_date = given or _most_common_date(articles)
    extractor = extractor or load()
    for index, article in enumerate(articles):
        own = article.dateline.date if article.dateline else None
        reference = given or own or page_date
        source = "caller" if given else "dateline" if reference else None
        articles[index] = _extract(text, article, extractor, reference, source)
    return Page(text, page_date, "caller" if given else "dateline" if page_date else None, articles)


def _lines(text: str) -> list[_Line]:
    lines, position, blank = [], 0, False
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            start = position + raw.index(stripped)
            lines.append(_Line(start, start + len(stripped), stripped, blank))
            blank = False
        else:
            blank = True
        position += len(raw)
    return lines


def _people(text: str, offset: int) -> list[Byline] | None:
    """通讯员 蒋会明 蒲鑫 -> two people with their role; None if the text is not only that."""
    people: list[Byline] = []
    role: str | None = None
    position = 0
    while position < len(text):
        match = _PERSON.match(text, position)
        if match is None:
            return None
        if match["role"]:
            role = match["role"]
        elif match["name"]:
            if role is None:
                return None
            people.append(Byline(match["name"], role, offset + match.start(), offset + match.end()))
        position = match.end()
    return people or None


def _is_heading(text: str) -> bool:
    return (
        len(text) <= T["max_heading_length"]
        and not _ends_sentence(text)
        and text[-1] not in "，、：；,:;"
        and text.count("“") == text.count("”")
    )


def _classify(lines: list[_Line]) -> list[_Line]:
    classified: list[_Line] = []
    for line in lines:
        text = line.text
        previous = classified[-1] if classified else None
        if text.startswith(tuple(T["boilerplate_starts"])):
            kind = "boilerplate"
        elif (
            previous
            and previous.kind in ("boilerplate", "label")
            and not line.gap_before
            and len(text) <= T["max_label_length"]
        ):
            kind = "label"  # 打卡汾山音乐会 under 扫码看辣视频
        elif text.startswith(tuple(T["continuations"])) and len(text) <= 8:
            kind = "continuation"
        elif text.startswith(tuple(T["editor_note"])):
            kind = "note"
        elif (dateline := DATELINE.match(text)) and (
            dateline["date"] or dateline["inner"] is not None or dateline["dispatch"] == "消息"
        ):
            kind = "dateline"
        elif credit := _CREDIT.search(text):
            kind = "credit" if credit.start() == 0 else "caption"
        elif _people(_strip_source(text), 0):
            kind = "byline"
        elif _is_heading(text):
            kind = "notice" if _NOTICE.search(text) else "heading"
        else:
            kind = "body"
        if (
            kind == "credit"
            and previous
            and previous.kind in ("body", "heading")
            and not line.gap_before
        ):
            classified[-1] = replace(previous, kind="caption_text")  # the photo's caption
        classified.append(replace(line, kind=kind))
    return classified


def _strip_source(text: str) -> str:
    source = re.match(SOURCE, text)
    return text[source.end() :] if source else text


def _split(lines: list[_Line]) -> list[list[_Line]]:
    """Article by article: headings before a dateline or byline start one; so does 上接."""
    starts = {0}
    for index, line in enumerate(lines):
        if line.kind == "continuation":
            starts.add(index)
        elif line.kind in ("dateline", "byline") and not _after_anchor(lines, index):
            starts.add(_heading_start(lines, index))
    chunks: list[list[_Line]] = []
    bounds = sorted(starts)
    for first, last in zip(bounds, [*bounds[1:], len(lines)], strict=True):
        chunk = lines[first:last]
        tail = _notice_tail(chunk)
        chunks.extend(
            part for part in (chunk[: len(chunk) - tail], chunk[len(chunk) - tail :]) if part
        )
    return chunks


def _after_anchor(lines: list[_Line], index: int) -> bool:
    """Whether a byline or dateline continues the one before it (a second byline line)."""
    for previous in reversed(lines[:index]):
        if previous.kind in ("credit", "caption", "caption_text", "label", "boilerplate", "note"):
            continue
        return previous.kind in ("dateline", "byline")
    return False


def _heading_start(lines: list[_Line], anchor: int) -> int:
    start = anchor
    for index in range(anchor - 1, -1, -1):
        kind = lines[index].kind
        if kind in ("heading", "note"):  # 【编者按】 stands before the headline
            start = index
        elif kind not in ("credit", "caption", "caption_text", "label", "boilerplate", "note"):
            break
    return start


def _notice_tail(chunk: list[_Line]) -> int:
    """How many lines at the end of a chunk form a notice (时间：…地点：…), 0 if none."""
    count = 0
    for line in reversed(chunk):
        if line.kind not in ("heading", "notice"):
            break
        count += 1
    tail = chunk[len(chunk) - count :]
    return count if any(line.kind == "notice" for line in tail) and count < len(chunk) else 0


def _span(text: str, start: int, end: int) -> Span:
    """The stretch, without surrounding spaces or an end mark such as （完）."""
    while start < end and text[start].isspace():
        start += 1
    for mark in T["end_marks"]:
        if text.endswith(mark, start, end):
            end -= len(mark)
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(text[start:end], start, end)


def _article(text: str, chunk: list[_Line]) -> Article:
    kinds = {line.kind for line in chunk}
    kind = "continuation" if chunk[0].kind == "continuation" else "story"
    if "notice" in kinds and not kinds & {"dateline", "byline", "body"}:
        kind = "notice"
    article = Article(kind, chunk[0].start, chunk[-1].end)
    headings: list[Span] = []
    anchored = False
    for index, line in enumerate(chunk):
        if line.kind in ("heading", "notice") and not anchored and kind != "continuation":
            headings.append(_span(text, line.start, line.end))
        elif line.kind == "dateline":
            anchored = True
            article = _with_dateline(text, article, line)
        elif line.kind == "byline":
            anchored = True
            written = text[line.start : line.end]
            names = _strip_source(written)
            article.bylines += _people(names, line.end - len(names)) or []
        elif line.kind in ("credit", "caption"):
            article.captions.append(_caption(text, chunk, index))
        elif line.kind == "note":
            article.editor_note = _span(text, line.start, line.end)
        elif line.kind in ("body", "heading", "notice"):
            anchored = anchored or line.kind == "body"
            article.body.append(_span(text, line.start, line.end))
    caption_starts = {c.start for c in article.captions}
    article.body = [b for b in article.body if b.start not in caption_starts]
    if len(headings) >= 2 and "，" in headings[0].text:
        article.kicker, headings = headings[0], headings[1:]
    if headings:
        article.headline, article.subtitles = headings[0], headings[1:]
    return article


def _with_dateline(text: str, article: Article, line: _Line) -> Article:
    match = DATELINE.match(text, line.start)
    assert match is not None  # classified as a dateline
    inner = match["inner"]
    if inner:
        offset = match.start("inner")
        article.bylines += _people(inner, offset) or []
    article.dateline = Dateline(
        match.group(),
        match.start(),
        match.end(),
        match["source"],
        match["place"],
        match["date"],
        None,
    )
    if match.end() < line.end:
        article.body.append(_span(text, match.end(), line.end))
    return article


def _caption(text: str, chunk: list[_Line], index: int) -> Caption:
    line = chunk[index]
    credit = _CREDIT.search(text, line.start, line.end)
    assert credit is not None
    names = _strip_source(credit["credit"])
    people = _people(names, credit.end("credit") - len(names)) or []
    if not people:  # 刘珂摄 with no role
        name = names.strip()
        people = [
            Byline(name, T["photo_credit"], credit.end("credit") - len(name), credit.end("credit"))
        ]
    if line.kind == "caption":  # the caption and its credit on one line
        return Caption(text[line.start : credit.start()], line.start, credit.start(), people)
    previous = chunk[index - 1] if index else None
    if previous and previous.kind == "caption_text":
        return Caption(previous.text, previous.start, previous.end, people)
    return Caption("", line.start, line.start, people)


def _page_year(text: str) -> int | None:
    """The page's year: the latest year it names (2025年, 2025 湖南汽车展)."""
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


def _date_dateline(article: Article, year: int | None) -> Article:
    """The dateline's day, in its own year (人民网北京2025年4月12日电) or else the page's."""
    dateline = article.dateline
    if dateline is not None and dateline.date_text is not None:
        article.dateline = replace(dateline, date=dateline_day(dateline.date_text, year))
    return article


def _most_common_date(articles: list[Article]) -> str | None:
    dates = Counter(a.dateline.date for a in articles if a.dateline and a.dateline.date)
    return dates.most_common(1)[0][0] if dates else None


def _extract(
    text: str, article: Article, extractor: Extractor, reference: str | None, source: str | None
) -> Article:
    """The article's text with broken paragraphs joined, extracted, with its map to the page."""
    parts: list[tuple[int, int]] = [
        (s.start, s.end)
        for s in [
            *([article.editor_note] if article.editor_note else []),
            *([article.kicker] if article.kicker else []),
            *([article.headline] if article.headline else []),
            *article.subtitles,
        ]
    ]
    body = [(s.start, s.end) for s in article.body]
    captions = [(c.start, c.end) for c in article.captions if c.text]
    pieces: list[str] = []
    runs: list[list[int]] = []
    length = 0
    joined = False
    for index, (start, end) in enumerate([*parts, *body, *captions]):
        if pieces and not joined:
            pieces.append("\n")
            length += 1
        runs.append([length, start, end - start])
        pieces.append(text[start:end])
        length += end - start
        in_body = len(parts) <= index < len(parts) + len(body) - 1
        joined = (
            in_body and not _ends_sentence(text[start:end]) and not _is_heading(text[start:end])
        )
    document = extractor("".join(pieces), reference_date=reference)
    document = replace(document, reference_date_source=source)
    article.document = document
    article.text_map = runs
    return article
