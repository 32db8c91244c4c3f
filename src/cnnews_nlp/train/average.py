"""Average the weights of exported news models into one (a "model soup"): one network's cost
at inference for some of what an ensemble of them knows.

Averaging only works for runs that started from the same weights: LAC's layers and the zeroed
inputs always do, the new top layer only when the runs share ``--init-seed`` (its units have
no counterpart in a layer drawn from another seed). The models must also read the same
characters, lexicon and styles; bigram rows are matched by the bigram, the first model's
vocabulary kept.

    python -m cnnews_nlp.train.average --out build/soup build/run34 build/run38
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import onnx
from numpy.typing import NDArray
from onnx import numpy_helper

from ..engines.news import LEXICON_FILE, META_FILE, MODEL_FILE
from .export import bigram_rows
from .run import init_seed_of

#: What every averaged model must share, from its metadata.
SHARED = ("format", "labels", "tags", "styles", "unknown_char", "chars")


class _Model:
    """One exported model's graph, metadata, lexicon and weights by name."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.proto = onnx.load(str(path / MODEL_FILE))
        self.meta: dict[str, Any] = json.loads((path / META_FILE).read_text(encoding="utf-8"))
        self.lexicon = (path / LEXICON_FILE).read_text(encoding="utf-8")
        self.weights = {t.name: numpy_helper.to_array(t) for t in self.proto.graph.initializer}


def _shapes(model: _Model) -> dict[str, tuple[int, ...]]:
    """The shape of each weight but the bigram table, whose rows are matched by bigram."""
    return {name: a.shape for name, a in model.weights.items() if name != "bigram_table"}


def average(models: Sequence[Path], out: Path, weights: Sequence[float] | None = None) -> None:
    """Write into ``out`` the model whose weights and CRF scores are the (weighted) mean of
    ``models``'. Refuses models that read other inputs or started from other weights."""
    if len(models) < 2:
        raise ValueError("averaging needs two models or more")
    shares = [1.0] * len(models) if weights is None else [float(w) for w in weights]
    if len(shares) != len(models) or min(shares) < 0 or sum(shares) <= 0:
        raise ValueError(f"one non-negative weight a model, not all zero: got {list(shares)}")
    loaded = [_Model(Path(path)) for path in models]
    first = loaded[0]
    for model in loaded[1:]:
        differ = [key for key in SHARED if model.meta[key] != first.meta[key]]
        if model.lexicon != first.lexicon:
            differ.append("lexicon")
        if _shapes(model) != _shapes(first):
            differ.append("network shape")
        if differ:
            raise ValueError(f"{model.path} and {first.path} differ in {', '.join(differ)}")
    seeds = {init_seed_of(model.meta.get("training", {})) for model in loaded}
    if len(seeds) != 1 or None in seeds:
        named = ", ".join(sorted(map(str, seeds)))
        raise ValueError(
            f"the models' new layers started from other weights (init seeds {named}): train"
            " them with one --init-seed"
        )
    total = sum(shares)
    vocabulary: list[str] = first.meta["bigrams"]
    summed: dict[str, NDArray[np.float64]] = {}
    for model, share in zip(loaded, shares, strict=True):
        rows = bigram_rows(vocabulary, model.meta["bigrams"])
        for name, array in model.weights.items():
            if array.dtype.kind != "f":
                continue
            values = array.astype(np.float64)
            if name == "bigram_table":  # row 0: bigrams the model does not know
                values = values[rows]
            values = values * (share / total)
            summed[name] = summed[name] + values if name in summed else values
    for tensor in first.proto.graph.initializer:
        if tensor.name in summed:
            mean = summed[tensor.name].astype(first.weights[tensor.name].dtype)
            tensor.CopyFrom(numpy_helper.from_array(mean, tensor.name))
    out.mkdir(parents=True, exist_ok=True)
    onnx.save(first.proto, str(out / MODEL_FILE))
    meta = dict(first.meta)
    for key in ("transitions", "start", "end"):
        scores = np.array([m.meta[key] for m in loaded], dtype=np.float64)
        meta[key] = np.round(np.average(scores, axis=0, weights=shares), 5).tolist()
    meta["training"] = {
        "averaged": [
            {"model": str(m.path), "weight": s, "training": m.meta.get("training", {})}
            for m, s in zip(loaded, shares, strict=True)
        ],
        "init_seed": seeds.pop(),
    }
    (out / META_FILE).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    (out / LEXICON_FILE).write_text(first.lexicon, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("models", nargs="+", type=Path, help="exported model directories")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--weights", default="", help="comma-separated, one a model (default 1)")
    args = parser.parse_args(argv)
    weights = [float(w) for w in args.weights.split(",")] if args.weights else None
    average(args.models, args.out, weights)
    print(f"averaged {len(args.models)} models into {args.out}")


if __name__ == "__main__":
    main()
