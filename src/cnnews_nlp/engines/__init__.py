"""Entity engines by name.

An engine is a spaCy component that sets ``doc.ents`` with the labels PERSON, ORG and PLACE
(``base.PieceEngine`` does the work for engines that tag sentence pieces); ``ENGINES`` maps the
name a user passes to ``cnnews_nlp.load`` onto the component's factory.
"""

from __future__ import annotations

from typing import Final

from . import hanlp_engine as hanlp_engine  # registers "cnnews_hanlp" (imports hanlp lazily)
from . import lac as lac  # registers the "cnnews_lac" factory
from . import news as news  # registers the "cnnews_news" factory
from . import spacy_model as spacy_model  # registers the "cnnews_spacy" factory

ENGINES: Final = {
    "news": "cnnews_news",
    "lac": "cnnews_lac",
    "spacy": "cnnews_spacy",
    "hanlp": "cnnews_hanlp",
}
#: What ``load()`` uses when no engine is named.
DEFAULT_ENGINE: Final = "news"
