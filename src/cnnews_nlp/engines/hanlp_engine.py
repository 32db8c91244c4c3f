"""HanLP 2.x models as the entity engine (extra ``[hanlp]``).

A model is a HanLP identifier (MSRA_NER_ELECTRA_SMALL_ZH), a URL or a local directory. Text is
given to it as characters, so HanLP's token offsets are character offsets; its labels (NR/NS/NT,
PERSON/LOCATION/ORGANIZATION, the 26-type MSRA set, PER/LOC/ORG) map to ours. A model that is
neither on disk nor reachable fails within seconds, not after HanLP's retries.
"""

from __future__ import annotations

import os
import urllib.request
from collections.abc import Iterable, Sequence
from typing import Any, Final

from spacy.language import Language

from ..sentences import DEFAULT_MAX_LENGTH
from .base import Found, ModelEngine

#: HanLP's labels and ours; the others (DATE, MONEY…) are left to our figures and dates.
LABELS: Final = {
    "NR": "PERSON",
    "NS": "PLACE",
    "NT": "ORG",
    "PERSON": "PERSON",
    "PER": "PERSON",
    "LOCATION": "PLACE",
    "LOC": "PLACE",
    "GPE": "PLACE",
    "ORGANIZATION": "ORG",
    "ORG": "ORG",
}
#: HanLP's MSRA NER on ELECTRA small: a NER model alone, trained on the same news as MSRA.
DEFAULT_MODEL: Final = "MSRA_NER_ELECTRA_SMALL_ZH"
PROBE_SECONDS: Final = 3.0


class ModelUnavailable(ValueError):
    """HanLP or the HanLP model asked for cannot be had here."""


def _hanlp() -> Any:
    try:
        import hanlp
    except ImportError:
        raise ModelUnavailable("HanLP is not installed: pip install 'cnnews-nlp[hanlp]'") from None
    return hanlp


def load_model(model: str) -> Any:
    """``hanlp.load``, failing fast with a clear message when the model cannot be had."""
    hanlp = _hanlp()
    if os.path.isdir(model):
        return hanlp.load(model)
    url = hanlp.pretrained.ALL.get(model, model)
    if not str(url).startswith(("http:", "https:")):
        raise ModelUnavailable(f"{model!r} is neither a HanLP model name, a URL nor a directory")
    from hanlp.utils.io_util import hanlp_home, path_from_url, split_if_compressed

    local, compressed = split_if_compressed(path_from_url(url))
    if not (os.path.isdir(local) or os.path.isfile(local + compressed)):
        try:
            urllib.request.urlopen(
                urllib.request.Request(url, method="HEAD"), timeout=PROBE_SECONDS
            )
        except OSError as error:
            raise ModelUnavailable(
                f"HanLP model {model} is not on this machine (looked in {local}, under "
                f"HANLP_HOME={hanlp_home()}) and cannot be downloaded from {url} ({error}). "
                'On a machine with network, run python -c "import hanlp; hanlp.load('
                f"'{model}')\" and copy its HANLP_HOME folder here (set HANLP_HOME before "
                "importing hanlp), or pass the model's directory: load('hanlp', model=path)"
            ) from None
    return hanlp.load(url)


@Language.factory(
    "cnnews_hanlp",
    default_config={"model": DEFAULT_MODEL, "max_length": DEFAULT_MAX_LENGTH, "batch_size": 32},
)
def make_hanlp_engine(
    nlp: Language, name: str, model: str, max_length: int, batch_size: int
) -> HanlpEngine:
    return HanlpEngine(model, max_length, batch_size)


class HanlpEngine(ModelEngine):
    """spaCy component: sets ``doc.ents`` from a HanLP NER model."""

    def load(self, model: str) -> Any:
        return load_model(model)

    def tag(self, texts: Sequence[str]) -> Iterable[Iterable[Found]]:
        if not texts:
            return []
        results = self.loaded([list(text) for text in texts], batch_size=self.batch_size)
        return [
            [(start, end, LABELS[label], None) for _, label, start, end in found if label in LABELS]
            for found in results
        ]
