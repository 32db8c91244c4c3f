"""Write a trained news model as the files the "news" engine loads: an ONNX graph (inference
needs only onnxruntime and numpy), its CRF scores and vocabularies, and the entity lexicon.

The graph is built node by node rather than traced, so it feeds each sentence's length to both
GRU layers (padding never leaks into the backward direction) and stores the two embedding
tables in float16, which halves the file; training measures what that costs on dev and records
it in the model's metadata (``best_dev_f1_float16_tables``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, cast

import numpy as np
import onnx
import torch
from numpy.typing import NDArray
from onnx import TensorProto, helper, numpy_helper

from ..engines.features import LABELS, LEXICON_WIDTH, TAGS
from ..engines.news import FORMAT, LEXICON_FILE, META_FILE, MODEL_FILE
from .network import GATE_ORDER, HIDDEN, NewsNetwork, constraint_masks


def _array(tensor: torch.Tensor) -> np.ndarray[Any, Any]:
    return tensor.detach().cpu().numpy()


def _gru_initializers(gru: torch.nn.GRU, layer: int, name: str) -> list[TensorProto]:
    """Layer ``layer`` of a PyTorch GRU in ONNX layout, as ``{name}_W``, ``_R`` (dirs, 3H, in)
    and ``_B`` (dirs, 6H)."""
    ws, rs, bs = [], [], []
    for suffix in ("", "_reverse"):
        weights = f"l{layer}{suffix}"
        ws.append(_array(getattr(gru, f"weight_ih_{weights}"))[GATE_ORDER])
        rs.append(_array(getattr(gru, f"weight_hh_{weights}"))[GATE_ORDER])
        bs.append(
            np.concatenate(
                [
                    _array(getattr(gru, f"bias_ih_{weights}"))[GATE_ORDER],
                    _array(getattr(gru, f"bias_hh_{weights}"))[GATE_ORDER],
                ]
            )
        )
    return [
        numpy_helper.from_array(np.stack(ws).astype(np.float32), f"{name}_W"),
        numpy_helper.from_array(np.stack(rs).astype(np.float32), f"{name}_R"),
        numpy_helper.from_array(np.stack(bs).astype(np.float32), f"{name}_B"),
    ]


def bigram_rows(ours: Sequence[str], theirs: Sequence[str]) -> NDArray[np.int64]:
    """For each bigram id of vocabulary ``ours`` (0 = unknown), its id in ``theirs`` (0 where
    they lack it): how another model's bigram table is read in this one's order."""
    index = {bigram: i for i, bigram in enumerate(theirs, start=1)}
    return np.array([0, *(index.get(bigram, 0) for bigram in ours)], dtype=np.int64)


def build_graph(network: NewsNetwork) -> onnx.ModelProto:
    """The encoder and entity head as an ONNX model: (chars, bigrams, lexicon, style, lengths)
    -> emissions (batch, time, tags)."""
    half = np.float16
    initializers = [
        numpy_helper.from_array(_array(network.chars.weight).astype(half), "char_table"),
        numpy_helper.from_array(_array(network.bigrams.weight).astype(half), "bigram_table"),
        numpy_helper.from_array(_array(network.lexicon.weight).T.copy(), "lexicon_W"),
        numpy_helper.from_array(_array(network.lexicon.bias), "lexicon_b"),
        numpy_helper.from_array(_array(network.styles.weight), "style_table"),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "time_axis"),
        numpy_helper.from_array(_array(network.entity_head.weight).T.copy(), "head_W"),
        numpy_helper.from_array(_array(network.entity_head.bias), "head_b"),
        numpy_helper.from_array(np.array([0, 0, 2 * HIDDEN], dtype=np.int64), "merge_shape"),
    ]
    # LAC's two layers, then the top layers, each with its residual projection.
    layers: list[tuple[Any, int, Any]] = [(network.gru, 0, None), (network.gru, 1, None)]
    layers += [(gru, 0, out) for gru, out in zip(network.top, network.top_out, strict=True)]
    for index, (gru, layer, projection) in enumerate(layers):
        initializers += _gru_initializers(gru, layer, f"gru{index}")
        if projection is not None:
            initializers += [
                numpy_helper.from_array(_array(projection.weight).T.copy(), f"top{index}_W"),
                numpy_helper.from_array(_array(projection.bias), f"top{index}_b"),
            ]
    float_ = TensorProto.FLOAT
    nodes = [
        helper.make_node("Gather", ["char_table", "chars"], ["char_half"]),
        helper.make_node("Cast", ["char_half"], ["char_vec"], to=float_),
        helper.make_node("Gather", ["bigram_table", "bigrams"], ["bigram_half"]),
        helper.make_node("Cast", ["bigram_half"], ["bigram_vec"], to=float_),
        helper.make_node("MatMul", ["lexicon", "lexicon_W"], ["lexicon_mul"]),
        helper.make_node("Add", ["lexicon_mul", "lexicon_b"], ["lexicon_vec"]),
        helper.make_node("Gather", ["style_table", "style"], ["style_rows"]),
        helper.make_node("Unsqueeze", ["style_rows", "time_axis"], ["style_vec"]),
        helper.make_node("Add", ["char_vec", "bigram_vec"], ["sum1"]),
        helper.make_node("Add", ["sum1", "lexicon_vec"], ["sum2"]),
        helper.make_node("Add", ["sum2", "style_vec"], ["inputs"]),
        helper.make_node("Transpose", ["inputs"], ["x0"], perm=[1, 0, 2]),
    ]
    source = "x0"
    for index, (_, _, projection) in enumerate(layers):
        merged = f"m{index}" if projection is not None else f"x{index + 1}"
        nodes += [
            helper.make_node(
                "GRU",
                [source, f"gru{index}_W", f"gru{index}_R", f"gru{index}_B", "lengths"],
                [f"y{index}"],
                direction="bidirectional",
                hidden_size=HIDDEN,
                linear_before_reset=1,
            ),
            # (time, dirs, batch, H) -> (time, batch, dirs * H)
            helper.make_node("Transpose", [f"y{index}"], [f"t{index}"], perm=[0, 2, 1, 3]),
            helper.make_node("Reshape", [f"t{index}", "merge_shape"], [merged]),
        ]
        if projection is not None:  # x + projection(GRU(x))
            nodes += [
                helper.make_node("MatMul", [merged, f"top{index}_W"], [f"p{index}"]),
                helper.make_node("Add", [f"p{index}", f"top{index}_b"], [f"q{index}"]),
                helper.make_node("Add", [source, f"q{index}"], [f"x{index + 1}"]),
            ]
        source = f"x{index + 1}"
    nodes += [
        helper.make_node("Transpose", [source], ["hidden"], perm=[1, 0, 2]),
        helper.make_node("MatMul", ["hidden", "head_W"], ["head_mul"]),
        helper.make_node("Add", ["head_mul", "head_b"], ["emissions"]),
    ]
    graph = helper.make_graph(
        nodes,
        "cnnews_news",
        inputs=[
            helper.make_tensor_value_info("chars", TensorProto.INT64, ["batch", "time"]),
            helper.make_tensor_value_info("bigrams", TensorProto.INT64, ["batch", "time"]),
            helper.make_tensor_value_info("lexicon", float_, ["batch", "time", LEXICON_WIDTH]),
            helper.make_tensor_value_info("style", TensorProto.INT64, ["batch"]),
            helper.make_tensor_value_info("lengths", TensorProto.INT32, ["batch"]),
        ],
        outputs=[helper.make_tensor_value_info("emissions", float_, ["batch", "time", len(TAGS)])],
        initializer=initializers,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def export(
    network: NewsNetwork,
    out: Path,
    chars: Mapping[str, int],
    unknown_char: int,
    bigrams: list[str],
    lexicon: Mapping[str, list[str]],
    styles: list[str],
    training: Mapping[str, Any],
) -> None:
    """Write the model files into ``out`` (created if missing); ``styles`` names the rows of
    the network's style table."""
    out.mkdir(parents=True, exist_ok=True)
    onnx.save(build_graph(network), str(out / MODEL_FILE))
    transitions, start, end = network.crf.scores()
    meta = {
        "format": FORMAT,
        "labels": list(LABELS),
        "tags": list(TAGS),
        "styles": styles,
        "transitions": _array(transitions).round(5).tolist(),
        "start": _array(start).round(5).tolist(),
        "end": _array(end).round(5).tolist(),
        "unknown_char": unknown_char,
        "chars": dict(chars),
        "bigrams": bigrams,
        "training": dict(training),
    }
    (out / META_FILE).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    lines = [f"{word}\t{','.join(labels)}\n" for word, labels in sorted(lexicon.items())]
    (out / LEXICON_FILE).write_text("".join(lines), encoding="utf-8")


def load_exported(network: NewsNetwork, model_dir: Path, bigrams: Sequence[str]) -> dict[str, Any]:
    """Copy an exported model's weights and CRF scores into ``network`` (the inverse of
    ``build_graph``), its bigram rows put in the order of vocabulary ``bigrams``; LAC's tag
    head, which is not exported, is left as it is. Returns the model's training record."""
    proto = onnx.load(str(model_dir / MODEL_FILE))
    weights = {t.name: numpy_helper.to_array(t).astype(np.float32) for t in proto.graph.initializer}
    meta = json.loads((model_dir / META_FILE).read_text(encoding="utf-8"))
    rows = bigram_rows(bigrams, meta["bigrams"])
    layers = [(network.gru, 0), (network.gru, 1), *((gru, 0) for gru in network.top)]
    if f"gru{len(layers)}_W" in weights or f"gru{len(layers) - 1}_W" not in weights:
        raise ValueError(f"{model_dir} holds another number of top layers than this network")

    def put(parameter: torch.Tensor, value: np.ndarray[Any, Any]) -> None:
        parameter.copy_(torch.from_numpy(np.ascontiguousarray(value)))

    with torch.no_grad():
        put(network.chars.weight, weights["char_table"])
        put(network.bigrams.weight, weights["bigram_table"][rows])
        put(network.lexicon.weight, weights["lexicon_W"].T)
        put(network.lexicon.bias, weights["lexicon_b"])
        put(network.styles.weight, weights["style_table"])
        put(network.entity_head.weight, weights["head_W"].T)
        put(network.entity_head.bias, weights["head_b"])
        for index, (gru, layer) in enumerate(layers):
            for direction, suffix in enumerate(("", "_reverse")):
                name = f"l{layer}{suffix}"
                w, r, b = (weights[f"gru{index}_{key}"][direction] for key in "WRB")
                put(getattr(gru, f"weight_ih_{name}"), w[GATE_ORDER])
                put(getattr(gru, f"weight_hh_{name}"), r[GATE_ORDER])
                put(getattr(gru, f"bias_ih_{name}"), b[: 3 * HIDDEN][GATE_ORDER])
                put(getattr(gru, f"bias_hh_{name}"), b[3 * HIDDEN :][GATE_ORDER])
        for index, projection in enumerate(network.top_out, start=2):
            linear = cast(torch.nn.Linear, projection)
            put(linear.weight, weights[f"top{index}_W"].T)
            put(linear.bias, weights[f"top{index}_b"])
        # The exported scores carry the constraints; the parameters hold them without.
        for parameter, key, mask in zip(
            (network.crf.transitions, network.crf.start, network.crf.end),
            ("transitions", "start", "end"),
            constraint_masks(),
            strict=True,
        ):
            put(parameter, np.array(meta[key], dtype=np.float32) - mask.numpy())
    training: dict[str, Any] = meta.get("training", {})
    return training


def record_training(out: Path, **fields: Any) -> None:
    """Update the training record in an exported model's metadata (the whole curve of a run
    whose best epoch was not its last)."""
    path = out / META_FILE
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta["training"].update(fields)
    path.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
