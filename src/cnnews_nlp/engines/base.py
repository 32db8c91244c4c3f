"""The engine protocol: a spaCy component that sets ``doc.ents`` with PERSON, ORG and PLACE.

Engines that tag text piece by piece derive from ``PieceEngine`` and implement ``tag``: it gets
sentence pieces (never longer than ``max_length``) and returns each piece's entities as
``(start, end, label, score)``: character offsets, and a confidence in [0, 1] or None where
the engine gives none. The base class splits the docs, batches the pieces of many docs
together, tags a window around each cut made in the middle of a run of text (whose entities
replace the pieces' there), and maps the offsets back onto the docs' tokens.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from spacy.tokens import Doc
from spacy.util import minibatch

from ..sentences import DEFAULT_MAX_LENGTH, seam_windows, sentence_pieces
from ..spans import set_entities
from ..tokenizer import doc_text

#: An entity an engine found: start and end offsets, label, and a confidence in [0, 1] or None.
Found = tuple[int, int, str, float | None]


class PieceEngine:
    """Base for entity engines: subclasses implement ``tag``."""

    max_length: int = DEFAULT_MAX_LENGTH

    def tag(self, texts: Sequence[str]) -> Iterable[Iterable[Found]]:
        """Entities of each text, as (start, end, label, score); labels PERSON, ORG, PLACE."""
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Tag the sentence pieces of ``batch_size`` documents together."""
        for batch in minibatch(docs, batch_size):  # type: ignore[no-untyped-call]
            # One job a piece (zone None) or a seam window (its zone).
            jobs: list[tuple[int, int, tuple[int, int] | None]] = []
            texts: list[str] = []
            for n, doc in enumerate(batch):
                text = doc_text(doc)
                pieces = sentence_pieces(doc, self.max_length)
                for start, end in pieces:
                    jobs.append((n, start, None))
                    texts.append(text[start:end])
                for start, end, low, high in seam_windows(text, pieces, self.max_length):
                    jobs.append((n, start, (low, high)))
                    texts.append(text[start:end])
            found: list[list[Found]] = [[] for _ in batch]
            seams: list[list[tuple[tuple[int, int], list[Found]]]] = [[] for _ in batch]
            for (n, offset, zone), entities in zip(jobs, self.tag(texts), strict=True):
                shifted = [(offset + s, offset + e, label, p) for s, e, label, p in entities]
                if zone is None:
                    found[n].extend(shifted)
                else:
                    seams[n].append((zone, shifted))
            for doc, entities, windows in zip(batch, found, seams, strict=True):
                for (low, high), inside in windows:
                    entities = [e for e in entities if e[1] <= low or e[0] >= high]
                    entities += [e for e in inside if e[1] > low and e[0] < high]
                yield set_entities(doc, entities)


class ModelEngine(PieceEngine):
    """Base for engines around a loaded model (a spaCy pipeline, a HanLP model): the model is
    loaded when the engine is built, so a missing one fails at ``load`` time, and loaded again
    in each worker process instead of being pickled. Subclasses implement ``load`` and ``tag``."""

    def __init__(self, model: str, max_length: int, batch_size: int) -> None:
        self.model = model
        self.max_length = max_length
        self.batch_size = batch_size
        self.loaded = self.load(model)

    def load(self, model: str) -> Any:
        """The model named ``model``, ready to tag."""
        raise NotImplementedError

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "loaded": None}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.loaded = self.load(self.model)
