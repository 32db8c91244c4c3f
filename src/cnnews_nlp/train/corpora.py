"""Readers for the public NER corpora the news model learns from and is measured on.

Each reader returns sentences as ``(text, spans)``, spans being ``(start, end, label)`` in our
labels (PERSON, ORG, PLACE); every other type a corpus has is left out, as if untagged. The
corpora are not part of the package: point the readers at a copy you have.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Final

Span = tuple[int, int, str]
Sentence = tuple[str, list[Span]]

#: Corpus type names (BIO/BMES columns and CLUENER) and the labels they become.
LABELS: Final = {
    "NR": "PERSON",
    "PER": "PERSON",
    "NAME": "PERSON",
    "PER.NAM": "PERSON",
    "name": "PERSON",
    "NS": "PLACE",
    "LOC": "PLACE",
    "GPE": "PLACE",
    "LOC.NAM": "PLACE",
    "GPE.NAM": "PLACE",
    "address": "PLACE",
    "NT": "ORG",
    "ORG": "ORG",
    "ORG.NAM": "ORG",
    "organization": "ORG",
    "company": "ORG",
    "government": "ORG",
}

#: A name a roster prints: two to four Chinese characters, or longer names joined by "·".
_ROSTER_NAME: Final = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]+(?:·[\u4e00-\u9fff]+)+")
#: Longest training sentence; longer ones are cut where no entity is cut (inference tags
#: pieces of at most 200 characters too).
MAX_SENTENCE: Final = 200
#: A name that can be renamed: one surname character and one or two given ones.
_PLAIN_NAME: Final = re.compile(r"[\u4e00-\u9fff]{2,3}")


def column_spans(tags: Sequence[str]) -> list[Span]:
    """Entity spans of a BIO or BMES tag sequence (``B-X``, ``I-X``/``M-X``, ``E-X``, ``S-X``)."""
    found: list[Span] = []
    start, kind = -1, ""
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        continues = prefix in ("I", "M", "E") and name == kind and start >= 0
        if not continues:
            if start >= 0 and kind in LABELS:
                found.append((start, index, LABELS[kind]))
            start, kind = (index, name) if prefix in ("B", "S", "I", "M", "E") else (-1, "")
        if prefix in ("S", "E") and start >= 0:
            if kind in LABELS:
                found.append((start, index + 1, LABELS[kind]))
            start, kind = -1, ""
    return found


def read_columns(path: Path, clean: Callable[[str], str] = lambda char: char) -> list[Sentence]:
    """A ``char TAG`` file (tab or space separated), blank lines between sentences."""
    sentences: list[Sentence] = []
    chars: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if len(parts) == 2:
            chars.append(clean(parts[0]))
            tags.append(parts[1])
        elif chars:
            sentences.append(("".join(chars), column_spans(tags)))
            chars, tags = [], []
    return sentences


def read_weibo(path: Path) -> list[Sentence]:
    """Weibo NER: each character carries a word-position digit, which we strip."""
    return read_columns(path, clean=lambda char: char[:-1] if len(char) > 1 else char)


def read_cluener(path: Path) -> list[Sentence]:
    """CLUENER2020 JSON lines; its spans end inclusively."""
    sentences: list[Sentence] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        spans = [
            (start, end + 1, LABELS[kind])
            for kind, surfaces in record.get("label", {}).items()
            if kind in LABELS
            for places in surfaces.values()
            for start, end in places
        ]
        sentences.append((record["text"], sorted(spans)))
    return sentences


#: The training corpora under the datasets folder: name -> (relative path, reader).
TRAINING: Final = {
    "msra": ("msra/msra_train_bio", read_columns),
    "cluener": ("cluener/train.json", read_cluener),
    "weibo": ("weibo/weiboNER_2nd_conll.train", read_weibo),
    "people_daily": ("people_daily/example.dev", read_columns),
    "resume": ("resume/train.char.bmes", read_columns),
    # The public dev splits of Weibo and Resume, trained on only when asked (``--corpora``):
    # with them run 11 did no better than the shipped model (docs/news-model.md).
    "weibo_dev": ("weibo/weiboNER_2nd_conll.dev", read_weibo),
    "resume_dev": ("resume/dev.char.bmes", read_columns),
}
#: The corpora the shipped model learns from, and whose held-out part is our dev split.
DEFAULT_CORPORA: Final = ("msra", "cluener", "weibo", "people_daily", "resume")
#: The annotation style of each corpus. MSRA and People's Daily share one (the same newspaper,
#: the same guidelines), the style the "news" engine tags in by default; the others draw entity
#: boundaries their own way (CLUENER's addresses run to the street number, Resume's
#: organizations take in what founded them), and the model learns each as a style of its own.
#: The test sets are listed too, for the benchmark that tags each in its own style.
STYLES: Final = {
    "msra": "news",
    "people_daily": "news",
    "cluener": "cluener",
    "weibo": "weibo",
    "resume": "resume",
    "weibo_dev": "weibo",
    "resume_dev": "resume",
    "msra-test": "news",
    "resume-test": "resume",
    "resume-dev": "resume",
}
#: The test sets the benchmark reports.
TESTS: Final = {
    "msra-test": ("msra/test.char.bmes", read_columns),
    "resume-test": ("resume/test.char.bmes", read_columns),
    "resume-dev": ("resume/dev.char.bmes", read_columns),
}


def split_long(sentence: Sentence, limit: int = MAX_SENTENCE) -> list[Sentence]:
    """Cut a sentence longer than ``limit`` into pieces, never inside an entity."""
    text, spans = sentence
    if len(text) <= limit:
        return [sentence]
    inside = {i for start, end, _ in spans for i in range(start + 1, end)}
    pieces: list[Sentence] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            cuts = [i for i in range(end, start, -1) if i not in inside]
            punctuated = [i for i in cuts if text[i - 1] in "。！？；，、,;!?"]
            end = (punctuated or cuts or [end])[0]
        pieces.append(
            (text[start:end], [(s - start, e - start, k) for s, e, k in spans if start <= s < end])
        )
        start = end
    return pieces


def name_lists(sentences: Sequence[Sentence], count: int, seed: int = 0) -> list[Sentence]:
    """``count`` made-up lists of 5 to 40 people's names run together with nothing between
    them, as committee rosters, delegate and award lists print them (委员：李鹏乔石李瑞环…).
    Such lists are common in news and rare in the training corpora, and nothing but the names
    themselves marks where one ends; the names are the PERSON entities of ``sentences`` written
    in Chinese characters, two to four of them or longer names joined by "·".

    Official rosters follow conventions the lists copy: half of them are sorted by surname, so
    names sharing one stand together as in the usual stroke order (王光英王汉斌王忠禹), and a
    tenth of the names carry the （女） that marks a woman, outside the entity."""
    names = sorted(
        {
            name
            for text, spans in sentences
            for start, end, label in spans
            if label == "PERSON" and _ROSTER_NAME.fullmatch(name := text[start:end])
        }
    )
    rng = random.Random(f"{seed}:name_lists")
    made: list[Sentence] = []
    for _ in range(count if names else 0):
        picked = rng.sample(names, min(len(names), rng.randint(5, 40)))
        if rng.random() < 0.5:
            picked.sort(key=lambda name: name[0])
        spans, text = [], ""
        for name in picked:
            spans.append((len(text), len(text) + len(name), "PERSON"))
            text += name + ("（女）" if rng.random() < 0.1 else "")
        made.append((text, spans))
    return made


def _renameable(text: str, span: Span) -> bool:
    return span[2] == "PERSON" and _PLAIN_NAME.fullmatch(text[span[0] : span[1]]) is not None


class _NameMaker:
    """Made-up names that none of the given sentences holds: a surname and given characters
    drawn as often as the real names use them in that place. Only names of one surname
    character and one or two given ones are made up or replaced."""

    def __init__(self, sentences: Sequence[Sentence], rng: random.Random) -> None:
        self.names = [
            text[span[0] : span[1]]
            for text, spans in sentences
            for span in spans
            if _renameable(text, span)
        ]
        self.real = set(self.names)
        self.surnames = [name[0] for name in self.names]
        # The given characters of two- and three-character names, by their place in the name.
        self.given = {
            size: [[n[i] for n in self.names if len(n) == size] for i in range(1, size)]
            for size in (2, 3)
        }
        self.rng = rng

    def make(self) -> str | None:
        """A new name, or None when a hundred draws found only real ones (tiny inputs)."""
        rng = self.rng
        for _ in range(100):
            pools = self.given[len(rng.choice(self.names))]
            name = rng.choice(self.surnames) + "".join(rng.choice(pool) for pool in pools)
            if name not in self.real:
                return name
        return None

    def rename(self, text: str, spans: Sequence[Span], share: float = 1.0) -> Sentence | None:
        """``text`` with each person renamed (``share``: each with that probability), a name
        repeated in it renamed alike; None if no new name could be made up. ``spans`` are
        sorted and do not overlap."""
        new_names: dict[str, str | None] = {}
        pieces, new_spans, at, length = [], [], 0, 0
        for start, end, label in spans:
            name: str | None = text[start:end]
            if _renameable(text, (start, end, label)) and (share >= 1 or self.rng.random() < share):
                name = new_names.setdefault(text[start:end], self.make())
            if name is None:
                return None
            length += start - at
            new_spans.append((length, length + len(name), label))
            pieces += [text[at:start], name]
            length, at = length + len(name), end
        return "".join([*pieces, text[at:]]), new_spans


def renamed(sentences: Sequence[Sentence], count: int, seed: int = 0) -> list[Sentence]:
    """``count`` copies of sentences that name people, each person renamed with a made-up name
    (see ``_NameMaker``). New text names people no lexicon knows, and a copy shows such a name
    where a real one stood, so the network learns to find names from their context and make-up
    rather than remember them. A sentence whose people no draw can rename (tiny inputs) is left
    out."""
    maker = _NameMaker(sentences, random.Random(f"{seed}:renamed"))
    candidates = [
        (text, sorted(spans))
        for text, spans in sentences
        if all(a[1] <= b[0] for a, b in pairwise(sorted(spans)))
        and any(_renameable(text, span) for span in spans)
    ]
    copies: list[Sentence] = []
    for _ in range(count if candidates else 0):
        copy = maker.rename(*maker.rng.choice(candidates))
        if copy is not None:
            copies.append(copy)
    return copies


def made_up_in_lists(
    lists: Sequence[Sentence], sentences: Sequence[Sentence], share: float, seed: int = 0
) -> list[Sentence]:
    """``lists`` (from ``name_lists``) with each name replaced by a made-up one with probability
    ``share``, made up as ``renamed`` does from the names of ``sentences``. Rosters in the news
    name many people no lexicon holds (in MSRA test's two, 38 % of the names are in the
    training corpora), while lists of training names are all in it."""
    maker = _NameMaker(sentences, random.Random(f"{seed}:made_up_in_lists"))
    return [maker.rename(text, spans, share) or (text, spans) for text, spans in lists]


def _abbreviation_runs(spans: Sequence[Span]) -> list[list[int]]:
    """Starts of the one-character places that stand two or more together (中美, 晋察冀)."""
    runs: list[list[int]] = []
    for start, end, label in sorted(spans):
        if label != "PLACE" or end - start != 1:
            continue
        if runs and runs[-1][-1] + 1 == start:
            runs[-1].append(start)
        else:
            runs.append([start])
    return [run for run in runs if len(run) > 1]


def abbreviations(
    sentences: Sequence[Sentence], count: int, seed: int = 0, least: int = 5
) -> list[Sentence]:
    """``count`` copies of sentences that name places by one-character abbreviations run
    together (中美, 印巴, 晋察冀; MSRA tags each character as a place of its own), each such run
    rewritten with other abbreviations, drawn alike from the characters ``sentences`` annotate
    as one-character places at least ``least`` times. News pairs any two countries or provinces
    this way (沪深, 中智), far more pairs than a corpus holds, so the copies teach the pattern
    rather than the pairs it happens to show. A run never repeats a character."""
    tally = Counter(
        text[start]
        for text, spans in sentences
        for start, end, label in spans
        if label == "PLACE" and end - start == 1
    )
    pool = sorted(char for char, n in tally.items() if n >= least)
    candidates = [
        (text, spans, runs)
        for text, spans in sentences
        if (runs := _abbreviation_runs(spans)) and max(map(len, runs)) <= len(pool)
    ]
    rng = random.Random(f"{seed}:abbreviations")
    copies: list[Sentence] = []
    for _ in range(count if candidates else 0):
        text, spans, runs = rng.choice(candidates)
        chars = list(text)
        for run in runs:
            for start, char in zip(run, rng.sample(pool, len(run)), strict=True):
                chars[start] = char
        copies.append(("".join(chars), list(spans)))
    return copies


def load_training(
    root: Path,
    dev_share: float = 0.05,
    seed: int = 0,
    names: Iterable[str] = DEFAULT_CORPORA,
) -> tuple[dict[str, list[Sentence]], dict[str, list[Sentence]]]:
    """Training and held-out dev sentences of each corpus, split reproducibly by ``seed``.

    Sentences of a later corpus whose text already occurred (People's Daily dev repeats MSRA
    train) are dropped, so no text is both trained on and held out.
    """
    seen: set[str] = set()
    train: dict[str, list[Sentence]] = {}
    dev: dict[str, list[Sentence]] = {}
    for name in names:
        relative, reader = TRAINING[name]
        sentences = []
        for sentence in reader(root / relative):
            if sentence[0].strip() and sentence[0] not in seen:
                seen.add(sentence[0])
                sentences.append(sentence)
        random.Random(f"{seed}:{name}").shuffle(sentences)
        held = round(len(sentences) * dev_share)
        dev[name] = [piece for s in sentences[:held] for piece in split_long(s)]
        train[name] = [piece for s in sentences[held:] for piece in split_long(s)]
    return train, dev
