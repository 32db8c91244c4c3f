"""Any trained spaCy pipeline with an NER as the entity engine: zh_core_web_* or your own.

Its entities are mapped to ours (PERSON; ORG; GPE, LOC and FAC as PLACE; other labels dropped)
and set on our Doc, so our figures and dates still run after it. The pipeline reads one
sentence piece at a time, which keeps memory bounded on long texts.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Final

import spacy
from spacy.language import Language

from ..sentences import DEFAULT_MAX_LENGTH
from .base import Found, ModelEngine

#: OntoNotes (zh_core_web_*) and common labels, and the labels they become.
LABELS: Final = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "PLACE": "PLACE",
}
DEFAULT_MODEL: Final = "zh_core_web_sm"


class ModelNotFound(ValueError):
    """The spaCy pipeline named is neither installed nor a directory."""


def load_pipeline(model: str) -> Language:
    """``spacy.load`` with an error that says how to get the model."""
    try:
        return spacy.load(model)
    except OSError as error:
        if os.path.sep in model or os.path.exists(model):
            raise ModelNotFound(f"no spaCy pipeline at {model!r}: {error}") from None
        raise ModelNotFound(
            f"spaCy model {model!r} is not installed. Install it with "
            f"`python -m spacy download {model}` (zh_core_web_* pipelines also need "
            "`pip install cnnews-nlp[spacy]` for spacy-pkuseg), or pass the path of a trained "
            "pipeline: load('spacy', model='path/to/pipeline')"
        ) from None


@Language.factory(
    "cnnews_spacy",
    default_config={"model": DEFAULT_MODEL, "max_length": DEFAULT_MAX_LENGTH, "batch_size": 64},
)
def make_spacy_engine(
    nlp: Language, name: str, model: str, max_length: int, batch_size: int
) -> SpacyEngine:
    return SpacyEngine(model, max_length, batch_size)


class SpacyEngine(ModelEngine):
    """spaCy component: sets ``doc.ents`` from another spaCy pipeline's entities."""

    def load(self, model: str) -> Language:
        return load_pipeline(model)

    def tag(self, texts: Sequence[str]) -> Iterable[Iterable[Found]]:
        for inner in self.loaded.pipe(texts, batch_size=self.batch_size):
            yield [
                (e.start_char, e.end_char, LABELS[e.label_], None)
                for e in inner.ents
                if e.label_ in LABELS
            ]
