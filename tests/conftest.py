from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

import cnnews_nlp

# Property tests check behaviour, not speed: a busy machine must not fail them on time.
settings.register_profile("untimed", deadline=None)
settings.load_profile("untimed")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_efd4d3099aae6f5e.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def extractor() -> cnnews_nlp.Extractor:
    return cnnews_nlp.load()


@pytest.fixture(scope="session")
def seed_doc(extractor: cnnews_nlp.Extractor, seed_text: str) -> cnnews_nlp.Document:
    return extractor(seed_text, reference_date="2025-04-12")
