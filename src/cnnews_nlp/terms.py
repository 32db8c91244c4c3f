"""User dictionaries: terms that force an entity label, and a stop-list against false positives.

The ``cnnews_terms`` component runs last, after the entity engine and the dates (so that a term
the user forces stays even where a date holds its characters), and finds every term with
spaCy's PhraseMatcher. Where matches overlap, the longest wins (the earliest on a tie): a winning
labelled term becomes an entity with its label and removes the engine entities it overlaps, and
a stop term (label ``None``) that wins keeps shorter labelled terms from being forced inside it.
Wherever a stop term matches, an engine entity with exactly its span is removed; longer entities
that contain it stay. A term that begins (ends) with an ASCII letter or digit does not match
where the text goes on with one ("AI" is not found in "OpenAI" or "AI2"), so Latin names stay
whole words; Chinese has no spaces between words, so other terms match anywhere.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Final

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .document import LABELS
from .tokenizer import doc_text

#: The label that puts a term on the stop-list in a text dictionary (``None`` in Python, null
#: in JSON).
STOP_MARK: Final = "-"
#: The file that ``to_disk`` writes in the component's folder.
TERMS_FILE: Final = "terms.json"

_ALLOWED: Final = f"{', '.join(sorted(LABELS))}, or None for the stop-list"


def check_terms(terms: Mapping[str, str | None]) -> dict[str, str | None]:
    """The terms with surrounding whitespace stripped; ``ValueError`` for an empty or non-string
    term or a label that is not PERSON, ORG, PLACE or None, so a typo never passes silently."""
    if not isinstance(terms, Mapping):
        raise TypeError(f"terms must be a mapping of term to label, got {type(terms).__name__}")
    checked: dict[str, str | None] = {}
    for term, label in terms.items():
        if not isinstance(term, str) or not term.strip():
            raise ValueError(f"term {term!r} must be a non-empty string; labels are {_ALLOWED}")
        if not (label is None or (isinstance(label, str) and label in LABELS)):
            raise ValueError(f"term {term!r} has label {label!r}; labels are {_ALLOWED}")
        checked[term.strip()] = label
    return checked


def read_terms(path: str | os.PathLike[str]) -> dict[str, str | None]:
    """Terms from a user dictionary file: a JSON object of term to label or null for ``.json``,
    otherwise UTF-8 lines ``term<TAB>LABEL`` (``-`` for the stop-list, ``#`` for comments).

    Errors name the file (and the line in a text dictionary), because a dictionary is usually
    edited by hand.
    """
    where = f"user dictionary {os.fspath(path)}"
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise FileNotFoundError(f"{where}: no such file") from None
    except IsADirectoryError:
        raise IsADirectoryError(f"{where}: is a directory") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(
            f"{where}: not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None
    if Path(path).suffix.lower() == ".json":
        return _json_terms(text, where)
    return _text_terms(text, where)


def user_terms(source: Mapping[str, str | None] | str | os.PathLike[str]) -> dict[str, str | None]:
    """Checked terms from a mapping, or read from a dictionary file when given a path."""
    if isinstance(source, (str, os.PathLike)):
        return read_terms(source)
    if isinstance(source, Mapping):
        return check_terms(source)
    raise TypeError(
        f"user_dict must be a mapping of term to label or a path, got {type(source).__name__}"
    )


def _json_terms(text: str, where: str) -> dict[str, str | None]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(
            f"{where}: not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})"
        ) from None
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected a JSON object of term to label or null")
    try:
        return check_terms(data)
    except ValueError as error:
        raise ValueError(f"{where}: {error}") from None


def _text_terms(text: str, where: str) -> dict[str, str | None]:
    terms: dict[str, str | None] = {}
    for number, line in enumerate(text.split("\n"), 1):
        content = line.strip()
        if not content or content.startswith("#"):
            continue
        term, tab, label = line.partition("\t")
        label = label.strip()
        if not tab or not term.strip() or "\t" in label:
            raise ValueError(f"{where} line {number}: expected 'term<TAB>LABEL', got {content!r}")
        if label != STOP_MARK and label not in LABELS:
            raise ValueError(
                f"{where} line {number}: label {label!r} of {term.strip()!r} must be "
                f"{', '.join(sorted(LABELS))} or {STOP_MARK} for the stop-list"
            )
        terms[term.strip()] = None if label == STOP_MARK else label
    return terms


def _is_ascii_word(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _whole_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` leaves no ASCII word cut at either edge."""
    cut_before = start > 0 and _is_ascii_word(text[start]) and _is_ascii_word(text[start - 1])
    cut_after = end < len(text) and _is_ascii_word(text[end - 1]) and _is_ascii_word(text[end])
    return not (cut_before or cut_after)


@Language.factory("cnnews_terms")
def make_terms(nlp: Language, name: str) -> UserTerms:
    return UserTerms(nlp, name)


class UserTerms:
    """spaCy component: applies the user's terms to the engine's ``doc.ents`` (see the module
    docstring). With no terms it returns the doc untouched, so it always sits in the pipeline."""

    def __init__(self, nlp: Language, name: str = "cnnews_terms") -> None:
        self.nlp = nlp
        self.name = name
        self._terms: dict[str, str | None] = {}
        self._matcher = PhraseMatcher(nlp.vocab)

    @property
    def terms(self) -> Mapping[str, str | None]:
        """The terms in force, term -> label (None: stop-list), as a read-only live view."""
        return MappingProxyType(self._terms)

    def add(self, terms: Mapping[str, str | None]) -> None:
        """Add terms; all are checked first, so a bad one adds none. A term added again takes
        its new label."""
        for term, label in check_terms(terms).items():
            if term not in self._terms:
                self._matcher.add(term, [self.nlp.make_doc(term)])
            self._terms[term] = label

    def __call__(self, doc: Doc) -> Doc:
        if not self._terms:
            return doc
        text = doc_text(doc)
        matches = []
        for key, start, end in self._matcher(doc):
            term = doc.vocab.strings[key]
            span = Span(doc, start, end, label=self._terms[term] or "")
            # The matcher compares tokens, not the spaces between them: check the exact text.
            if text[span.start_char : span.end_char] == term and _whole_words(
                text, span.start_char, span.end_char
            ):
                matches.append(span)
        forced = [span for span in filter_spans(matches) if span.label_]
        stopped = {(span.start, span.end) for span in matches if not span.label_}
        covered = {i for span in forced for i in range(span.start, span.end)}
        kept = [
            entity
            for entity in doc.ents
            if (entity.start, entity.end) not in stopped
            and covered.isdisjoint(range(entity.start, entity.end))
        ]
        doc.ents = sorted([*kept, *forced], key=lambda span: span.start)
        return doc

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The terms as UTF-8 JSON; spaCy's ``nlp.to_bytes`` calls this."""
        return json.dumps(self._terms, ensure_ascii=False).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> UserTerms:
        """Replace the terms with those of ``to_bytes``; spaCy's ``nlp.from_bytes`` calls this."""
        self._terms.clear()
        self._matcher = PhraseMatcher(self.nlp.vocab)
        self.add(json.loads(data))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the terms to ``terms.json`` in the folder ``nlp.to_disk`` gives us."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / TERMS_FILE).write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> UserTerms:
        """Read the terms that ``to_disk`` wrote; ``spacy.load`` calls this."""
        return self.from_bytes((Path(path) / TERMS_FILE).read_bytes())
