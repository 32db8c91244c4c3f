"""What reading a newspaper page returns: a Page of Articles, as JSON-ready dataclasses.

Every span here (headline, dateline, byline name, caption, body paragraph) carries ``start`` and
``end`` into ``Page.text``. An Article's ``document`` is extracted from the article's repaired
text (paragraphs that the layout broke are joined), so its offsets index ``document.text``;
``text_map`` says where each run of that text stands in the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dataclasses_json import DataClassJsonMixin

from ..document import Document

ARTICLE_KINDS = frozenset({"story", "continuation", "notice"})


@dataclass
class Span(DataClassJsonMixin):
    """A stretch of the page."""

    text: str
    start: int
    end: int


@dataclass
class Byline(DataClassJsonMixin):
    """A person credited, with the role as written (全媒体记者, 通讯员, 摄)."""

    name: str
    role: str
    start: int
    end: int


@dataclass
class Dateline(DataClassJsonMixin):
    """长沙晚报4月12日讯, 新华社北京4月12日电: who filed it, where, and when."""

    text: str
    start: int
    end: int
    source: str | None
    place: str | None
    date_text: str | None
    date: str | None  # ISO, when a year is known


@dataclass
class Caption(DataClassJsonMixin):
    """A photo caption and its credit (长沙晚报全媒体记者 陈飞摄)."""

    text: str
    start: int
    end: int
    credit: list[Byline] = field(default_factory=list)


@dataclass
class Article(DataClassJsonMixin):
    """One story (or a continuation from another page, or a notice) on the page."""

    kind: str
    start: int
    end: int
    headline: Span | None = None
    kicker: Span | None = None
    subtitles: list[Span] = field(default_factory=list)
    editor_note: Span | None = None  # 【编者按】…
    dateline: Dateline | None = None
    bylines: list[Byline] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    body: list[Span] = field(default_factory=list)
    document: Document | None = None
    #: [document offset, page offset, length] for each run of ``document.text``.
    text_map: list[list[int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.kind not in ARTICLE_KINDS:
            raise ValueError(f"kind must be one of {sorted(ARTICLE_KINDS)}, got {self.kind!r}")

    def page_offset(self, offset: int) -> int:
        """Where a character of ``document.text`` stands in the page."""
        for doc_start, page_start, length in self.text_map:
            if doc_start <= offset < doc_start + length:
                return page_start + offset - doc_start
        raise ValueError(f"offset {offset} is outside the article's text")


@dataclass
class Page(DataClassJsonMixin):
    """A newspaper page as read: its text, the reference date used, and its articles."""

    text: str
    reference_date: str | None
    reference_date_source: str | None
    articles: list[Article] = field(default_factory=list)

    def _repr_html_(self) -> str:
        """In a notebook, each article's headings and its text with what was found marked."""
        from ..display import page_html  # display reads these types: imported on use

        return page_html(self)

    def __post_init__(self) -> None:
        for article in self.articles:
            spans: list[Span | Dateline | Caption] = [
                *([article.headline] if article.headline else []),
                *([article.kicker] if article.kicker else []),
                *article.subtitles,
                *([article.editor_note] if article.editor_note else []),
                *([article.dateline] if article.dateline else []),
                *article.captions,
                *article.body,
            ]
            for span in spans:
                if self.text[span.start : span.end] != span.text:
                    raise ValueError(f"{span.text!r} does not match the page at {span.start}")
            for byline in [*article.bylines, *(c for cap in article.captions for c in cap.credit)]:
                if self.text[byline.start : byline.end] != byline.name:
                    raise ValueError(f"{byline.name!r} does not match the page at {byline.start}")

    @property
    def stories(self) -> list[Article]:
        return [a for a in self.articles if a.kind == "story"]
