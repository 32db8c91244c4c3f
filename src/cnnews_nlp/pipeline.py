"""The Extractor: a spaCy pipeline (blank Chinese, our components) that returns Documents.

Text flows one way: characters (``cnnews_char_tokenizer.v1``) -> sentences
(``cnnews_sentences``) -> entities (the engine) -> figures (``cnnews_figures``) -> dates
(``cnnews_dates``, which own their characters) -> the user's terms (``cnnews_terms``, which have
the last word on entities) -> Document.
The spaCy ``Language`` stays available as ``Extractor.nlp`` for displaCy, extra components and
spaCy's own ``pipe``; ``Extractor.to_document`` turns any of its Docs into our dataclasses.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any, Final, cast

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import dates as dates  # registers the "cnnews_dates" factory
from . import figures as figures  # registers the "cnnews_figures" factory
from . import sentences as sentences  # registers the "cnnews_sentences" factory
from .datelines import written_reference
from .dates.calendar import check_reference
from .document import Document, Entity
from .engines import DEFAULT_ENGINE, ENGINES
from .spans import entity_scores
from .terms import UserTerms, user_terms  # terms.py registers the "cnnews_terms" factory
from .tokenizer import doc_text

#: Longest text accepted by default, in characters (spaCy needs ~200 bytes a character).
DEFAULT_MAX_TEXT_LENGTH: Final = 2_000_000

#: The blank pipeline's settings: our fast character tokenizer instead of spaCy's.
NLP_CONFIG: Final = {"nlp": {"tokenizer": {"@tokenizers": "cnnews_char_tokenizer.v1"}}}

ReferenceDate = dt.date | str | None
#: A user dictionary: term -> "PERSON" | "ORG" | "PLACE" | None (stop-list), or a file of them.
UserDict = Mapping[str, str | None] | str | os.PathLike[str]

for _name in ("reference_date", "reference_date_source"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_reference_date(value: ReferenceDate) -> str | None:
    """The reference date as an ISO string; ``ValueError`` for anything that is not a date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return check_reference(value.date()).isoformat()
    if isinstance(value, dt.date):
        return check_reference(value).isoformat()
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return check_reference(day).isoformat()
    raise ValueError(
        f"reference_date must be a datetime.date or a 'YYYY-MM-DD' string, got {value!r}"
    )


def check_text(text: object, max_length: int = DEFAULT_MAX_TEXT_LENGTH) -> str:
    """Return ``text`` if it is a string we can process, else raise a clear error."""
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("text must be str, got bytes: decode it first, e.g. data.decode('utf-8')")
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    if len(text) > max_length:
        raise ValueError(
            f"text has {len(text):,} characters, over the limit of {max_length:,}: split it "
            "into articles, or raise the limit with load(max_text_length=...)"
        )
    return text


class Extractor:
    """Turns Chinese news text into Documents; made by ``cnnews_nlp.load``."""

    def __init__(self, nlp: Language, engine: str, max_text_length: int) -> None:
        self.nlp = nlp
        self.engine = engine
        self.max_text_length = max_text_length
        nlp.max_length = max_text_length

    def __repr__(self) -> str:
        return f"Extractor(engine={self.engine!r}, pipeline={self.nlp.pipe_names})"

    def __call__(self, text: str, reference_date: ReferenceDate = None) -> Document:
        """Extract everything from one text."""
        return self.to_document(self.nlp(self.make_doc(text, reference_date)))

    def pipe(
        self,
        texts: Iterable[str],
        reference_date: ReferenceDate = None,
        batch_size: int = 64,
        n_process: int = 1,
    ) -> Iterator[Document]:
        """Stream Documents for ``texts``, in order; ``n_process`` > 1 uses spaCy's workers."""
        iso = parse_reference_date(reference_date)
        docs = (self._make_doc(text, iso) for text in texts)
        for doc in self.nlp.pipe(docs, batch_size=batch_size, n_process=n_process):
            yield self.to_document(doc)

    @property
    def terms(self) -> Mapping[str, str | None]:
        """The user dictionary in force, term -> label (None: stop-list); read-only."""
        return self._user_terms.terms

    def add_terms(self, terms: Mapping[str, str | None]) -> None:
        """Force these terms' labels, or stop them with None, from the next text on.

        A term added again takes its new label; see docs/terms.md for how matches are chosen.
        """
        self._user_terms.add(terms)

    @property
    def _user_terms(self) -> UserTerms:
        return cast(UserTerms, self.nlp.get_pipe("cnnews_terms"))

    def make_doc(self, text: str, reference_date: ReferenceDate = None) -> Doc:
        """A tokenized spaCy Doc carrying the reference date, ready for ``self.nlp``."""
        return self._make_doc(text, parse_reference_date(reference_date))

    def _make_doc(self, text: str, iso_date: str | None) -> Doc:
        """Without a date from the caller, a dateline that writes its year gives it."""
        doc = self.nlp.make_doc(check_text(text, self.max_text_length))
        written = None if iso_date else written_reference(text)
        doc._.reference_date = iso_date or written
        doc._.reference_date_source = "caller" if iso_date else "dateline" if written else None
        return doc

    @staticmethod
    def to_document(doc: Doc) -> Document:
        """Our dataclasses from a processed spaCy Doc (its ``ents`` and our extensions)."""
        scores = entity_scores(doc)
        return Document(
            text=doc_text(doc),
            reference_date=doc._.reference_date,
            reference_date_source=doc._.reference_date_source,
            entities=[
                Entity(
                    e.text,
                    e.label_,
                    e.start_char,
                    e.end_char,
                    scores.get((e.start_char, e.end_char, e.label_)),
                )
                for e in doc.ents
            ],
            figures=list(doc._.figures or []),
            dates=list(doc._.dates or []),
        )


def load(
    engine: str = "default",
    *,
    user_dict: UserDict | None = None,
    max_text_length: int = DEFAULT_MAX_TEXT_LENGTH,
    **config: Any,
) -> Extractor:
    """Build an Extractor around the named entity engine.

    ``user_dict`` forces labels on terms and stops false positives: a mapping term -> "PERSON",
    "ORG", "PLACE" or None, or the path of a ``.json`` or ``term<TAB>LABEL`` file (see
    docs/terms.md). It is read before the engine loads, so a bad dictionary fails fast.
    ``config`` goes to the engine's spaCy component (for "lac": ``threads``, ``batch_size``,
    ``max_length``, ``model_dir``).
    """
    name = DEFAULT_ENGINE if engine == "default" else engine
    if name not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose from {['default', *ENGINES]}")
    terms = {} if user_dict is None else user_terms(user_dict)
    nlp = spacy.blank("zh", config=NLP_CONFIG)
    nlp.add_pipe("cnnews_sentences")
    nlp.add_pipe(ENGINES[name], name="ner", config=config)
    nlp.add_pipe("cnnews_figures")
    nlp.add_pipe("cnnews_dates")
    nlp.add_pipe("cnnews_terms")
    extractor = Extractor(nlp, name, max_text_length)
    extractor.add_terms(terms)
    return extractor


@lru_cache(maxsize=1)
def _default_extractor() -> Extractor:
    return load()


def extract(text: str, reference_date: ReferenceDate = None) -> Document:
    """Extract entities, dates and figures with the default engine (loaded once, then reused)."""
    return _default_extractor()(text, reference_date)
