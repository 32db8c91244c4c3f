"""The ``cnnews-nlp`` command: ``extract`` from files or standard input, or read a newspaper
``page``; as JSON or a readable table."""

from __future__ import annotations

import argparse
import html
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .display import (
    counted,
    describe_date,
    describe_figure,
    documents_html,
    page_html,
    standalone,
)
from .document import DateMention, Document, Entity, Figure
from .engines import DEFAULT_ENGINE
from .news import Page, read_page
from .pipeline import Extractor, load, parse_reference_date
from .terms import read_terms

FORMATS = ("json", "jsonl", "table", "html")
USER_DICT_HELP = "terms to force or stop: term<TAB>LABEL lines, or a .json object (docs/terms.md)"
MIN_SCORE_HELP = "news engine: drop entities scored under S (default 0.5; 0 keeps all)"


class InputError(Exception):
    """A problem with what the user gave us, reported as one line without a traceback."""


def read_input(path: str) -> str:
    """Text of a file, or of standard input for ``-``; strict UTF-8 (a leading BOM is dropped)."""
    name = "standard input" if path == "-" else path
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory") from None
    except OSError as error:
        raise InputError(f"{name}: cannot read ({error.strerror})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None


def load_extractor(args: argparse.Namespace) -> Extractor:
    """The Extractor for ``--engine``, ``--min-score`` and ``--user-dict``; a bad dictionary
    is an input error."""
    terms = None
    if args.user_dict is not None:
        try:
            terms = read_terms(args.user_dict)
        except (OSError, ValueError) as error:
            raise InputError(str(error)) from None
    config = {}
    if args.min_score is not None:
        if (DEFAULT_ENGINE if args.engine == "default" else args.engine) != "news":
            raise ValueError(f"--min-score needs the news engine, not {args.engine!r}")
        config["min_score"] = args.min_score
    return load(args.engine, user_dict=terms, **config)


def _grouped(entities: Sequence[Entity]) -> str:
    counts = Counter(e.text for e in entities)
    return "、".join(name if n == 1 else f"{name}×{n}" for name, n in counts.most_common())


def _figure(figure: Figure) -> str:
    return f"{figure.text} = {describe_figure(figure)}"


def _date(date: DateMention) -> str:
    if date.first is None and date.last is None:
        return f"{date.text} (unresolved)"
    return f"{date.text} → {describe_date(date)}"


def format_table(doc: Document, title: str) -> str:
    """A readable summary: each kind of finding with its count, names with their frequency."""
    lines = [f"{title} — {len(doc.text):,} characters, reference date {doc.reference_date or '—'}"]
    for heading, entities in (
        ("People", doc.people),
        ("Organizations", doc.organizations),
        ("Places", doc.places),
    ):
        distinct = len({e.text for e in entities})
        lines.append(f"{heading} ({distinct} distinct, {counted(len(entities), 'mention')})")
        if entities:
            lines.append(f"  {_grouped(entities)}")
    lines.append(f"Dates ({len(doc.dates)})")
    lines.extend(f"  {_date(d)}" for d in doc.dates)
    lines.append(f"Figures ({len(doc.figures)})")
    lines.extend(f"  {_figure(f)}" for f in doc.figures)
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cnnews-nlp",
        description="People, organizations, places, dates and figures from Chinese news text.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract from files or standard input")
    extract.add_argument("paths", nargs="*", metavar="PATH", help="UTF-8 text files; - is stdin")
    extract.add_argument(
        "--reference-date", metavar="YYYY-MM-DD", help="date that 今天, 12日, 今年 refer to"
    )
    extract.add_argument("--format", choices=FORMATS, default="json")
    extract.add_argument("--engine", default="default", help="entity engine (default: %(default)s)")
    extract.add_argument("--user-dict", metavar="PATH", help=USER_DICT_HELP)
    extract.add_argument("--min-score", type=float, metavar="S", help=MIN_SCORE_HELP)
    page = commands.add_parser("page", help="read a newspaper page: articles and their extraction")
    page.add_argument("path", metavar="PATH", help="a UTF-8 text file; - is stdin")
    page.add_argument(
        "--reference-date", metavar="YYYY-MM-DD", help="the page's date (else from its datelines)"
    )
    page.add_argument("--format", choices=("json", "table", "html"), default="table")
    page.add_argument("--engine", default="default", help="entity engine (default: %(default)s)")
    page.add_argument("--user-dict", metavar="PATH", help=USER_DICT_HELP)
    page.add_argument("--min-score", type=float, metavar="S", help=MIN_SCORE_HELP)
    return parser


def format_page(page: Page, title: str) -> str:
    """Each article: its kind, headings, dateline, bylines, captions and extraction."""
    source = f" (from {page.reference_date_source})" if page.reference_date_source else ""
    lines = [
        f"{title} — {counted(len(page.articles), 'article')}, reference date "
        f"{page.reference_date or '—'}{source}"
    ]
    for number, article in enumerate(page.articles, 1):
        lines.append(f"\n== Article {number} ({article.kind}) ==")
        for label, span in (("Kicker", article.kicker), ("Headline", article.headline)):
            if span:
                lines.append(f"{label}: {span.text}")
        lines.extend(f"Subtitle: {s.text}" for s in article.subtitles)
        if article.dateline:
            dateline = article.dateline
            lines.append(f"Dateline: {dateline.text} → {dateline.date or 'no year known'}")
        if article.bylines:
            lines.append("Bylines: " + "; ".join(f"{b.role} {b.name}" for b in article.bylines))
        for caption in article.captions:
            credit = ", ".join(f"{c.role} {c.name}" for c in caption.credit)
            lines.append(f"Caption: {caption.text} — {credit}")
        if article.document:
            lines.append(format_table(article.document, "Extraction"))
    return "\n".join(lines)


def run_page(args: argparse.Namespace) -> None:
    reference_date = parse_reference_date(args.reference_date)
    text = read_input(args.path)
    page = read_page(text, reference_date, load_extractor(args))
    title = "standard input" if args.path == "-" else args.path
    if args.format == "json":
        print(page.to_json(ensure_ascii=False, indent=2))
    elif args.format == "html":
        print(standalone(title, f"<h2>{html.escape(title)}</h2>{page_html(page)}"))
    else:
        print(format_page(page, title))


def run_extract(args: argparse.Namespace) -> None:
    reference_date = parse_reference_date(args.reference_date)
    paths = args.paths or ["-"]
    texts = [read_input(path) for path in paths]
    extractor = load_extractor(args)
    docs = list(extractor.pipe(texts, reference_date=reference_date))
    if args.format == "json":
        payload = docs[0].to_dict() if len(docs) == 1 else [d.to_dict() for d in docs]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    elif args.format == "jsonl":
        for doc in docs:
            print(doc.to_json())
    else:
        titles = ["standard input" if p == "-" else p for p in paths]
        if args.format == "html":
            print(standalone("cnnews-nlp", documents_html(zip(titles, docs, strict=True))))
        else:
            print("\n\n".join(format_table(d, t) for d, t in zip(docs, titles, strict=True)))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        run_extract(args) if args.command == "extract" else run_page(args)
    except InputError as error:
        print(f"cnnews-nlp: error: {error}", file=sys.stderr)
        return 1
    except ValueError as error:
        print(f"cnnews-nlp: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        sys.stderr.close()  # output piped into `head`: not an error worth a traceback
        return 0
    return 0
