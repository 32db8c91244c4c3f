"""A fast character tokenizer for Chinese, and the Doc's text without rebuilding it.

spaCy's own Chinese "char" segmenter makes the same tokens about ten times slower, and
``Doc.text`` is rebuilt from every token each time it is read; on a 1 MB article those two
cost more than the entity engine. Every component reads the text through ``doc_text``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

_PIECES = re.compile(r"\S|\s+")
_TEXT_KEY = "cnnews_nlp.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed at most once per Doc (a Doc's text never changes)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


class CharTokenizer:
    """Each non-space character is a token; whitespace runs are tokens of their own, except a
    single space after a token, which becomes that token's trailing space (spaCy's way)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        for piece in _PIECES.findall(text):
            if piece == " " and words and not spaces[-1] and not words[-1].isspace():
                spaces[-1] = True
            else:
                words.append(piece)
                spaces.append(False)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[_TEXT_KEY] = text
        return doc

    # Nothing to save: spaCy's nlp.to_disk / from_disk call these.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> CharTokenizer:
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        return None

    def from_disk(self, path: str | Path, **kwargs: Any) -> CharTokenizer:
        return self


@registry.tokenizers("cnnews_char_tokenizer.v1")  # type: ignore[untyped-decorator]
def create_char_tokenizer() -> Callable[[Any], CharTokenizer]:
    def make(nlp: Any) -> CharTokenizer:
        return CharTokenizer(nlp.vocab)

    return make
