"""Write a trained news model as the files the "news" engine loads: an ONNX graph (inference
needs only onnxruntime and numpy), its CRF scores and vocabularies, and the entity lexicon.

The graph is built node by node rather than traced, so it feeds each sentence's length to both
GRU layers (padding never leaks into the backward direction) and stores the two embedding
tables in float16, which halves the file at no measurable cost in accuracy.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

from ..engines.features import LABELS, LEXICON_WIDTH, TAGS
from .network import GATE_ORDER, HIDDEN, NewsNetwork

MODEL_FILE = "news.onnx"
META_FILE = "news.json"
LEXICON_FILE = "lexicon.tsv"


def _array(tensor: torch.Tensor) -> np.ndarray[Any, Any]:
    return tensor.detach().cpu().numpy()


def _gru_initializers(network: NewsNetwork, layer: int) -> list[TensorProto]:
    """One GRU layer's weights in ONNX layout: W, R (dirs, 3H, in) and B (dirs, 6H)."""
    ws, rs, bs = [], [], []
    for suffix in ("", "_reverse"):
        name = f"l{layer}{suffix}"
        ws.append(_array(getattr(network.gru, f"weight_ih_{name}"))[GATE_ORDER])
        rs.append(_array(getattr(network.gru, f"weight_hh_{name}"))[GATE_ORDER])
        bs.append(
            np.concatenate(
                [
                    _array(getattr(network.gru, f"bias_ih_{name}"))[GATE_ORDER],
                    _array(getattr(network.gru, f"bias_hh_{name}"))[GATE_ORDER],
                ]
            )
        )
    return [
        numpy_helper.from_array(np.stack(ws).astype(np.float32), f"gru{layer}_W"),
        numpy_helper.from_array(np.stack(rs).astype(np.float32), f"gru{layer}_R"),
        numpy_helper.from_array(np.stack(bs).astype(np.float32), f"gru{layer}_B"),
    ]


def build_graph(network: NewsNetwork) -> onnx.ModelProto:
    """The encoder and entity head as an ONNX model: (chars, bigrams, lexicon, lengths) ->
    emissions (batch, time, tags)."""
    half = np.float16
    initializers = [
        numpy_helper.from_array(_array(network.chars.weight).astype(half), "char_table"),
        numpy_helper.from_array(_array(network.bigrams.weight).astype(half), "bigram_table"),
        numpy_helper.from_array(_array(network.lexicon.weight).T.copy(), "lexicon_W"),
        numpy_helper.from_array(_array(network.lexicon.bias), "lexicon_b"),
        numpy_helper.from_array(_array(network.entity_head.weight).T.copy(), "head_W"),
        numpy_helper.from_array(_array(network.entity_head.bias), "head_b"),
        numpy_helper.from_array(np.array([0, 0, 2 * HIDDEN], dtype=np.int64), "merge_shape"),
        *_gru_initializers(network, 0),
        *_gru_initializers(network, 1),
    ]
    float_ = TensorProto.FLOAT
    nodes = [
        helper.make_node("Gather", ["char_table", "chars"], ["char_half"]),
        helper.make_node("Cast", ["char_half"], ["char_vec"], to=float_),
        helper.make_node("Gather", ["bigram_table", "bigrams"], ["bigram_half"]),
        helper.make_node("Cast", ["bigram_half"], ["bigram_vec"], to=float_),
        helper.make_node("MatMul", ["lexicon", "lexicon_W"], ["lexicon_mul"]),
        helper.make_node("Add", ["lexicon_mul", "lexicon_b"], ["lexicon_vec"]),
        helper.make_node("Add", ["char_vec", "bigram_vec"], ["sum1"]),
        helper.make_node("Add", ["sum1", "lexicon_vec"], ["inputs"]),
        helper.make_node("Transpose", ["inputs"], ["x0"], perm=[1, 0, 2]),
    ]
    source = "x0"
    for layer in (0, 1):
        nodes += [
            helper.make_node(
                "GRU",
                [source, f"gru{layer}_W", f"gru{layer}_R", f"gru{layer}_B", "lengths"],
                [f"y{layer}"],
                direction="bidirectional",
                hidden_size=HIDDEN,
                linear_before_reset=1,
            ),
            # (time, dirs, batch, H) -> (time, batch, dirs * H)
            helper.make_node("Transpose", [f"y{layer}"], [f"t{layer}"], perm=[0, 2, 1, 3]),
            helper.make_node("Reshape", [f"t{layer}", "merge_shape"], [f"x{layer + 1}"]),
        ]
        source = f"x{layer + 1}"
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
    training: Mapping[str, Any],
) -> None:
    """Write the model files into ``out`` (created if missing)."""
    out.mkdir(parents=True, exist_ok=True)
    onnx.save(build_graph(network), str(out / MODEL_FILE))
    transitions, start, end = network.crf.scores()
    meta = {
        "format": 1,
        "labels": list(LABELS),
        "tags": list(TAGS),
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
