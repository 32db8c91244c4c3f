"""ONNX Runtime sessions for the engines' networks.

A session is created on first use in each process, because a session does not survive a fork
(``nlp.pipe(n_process=...)``), and it is left out when an engine is pickled.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import onnxruntime as ort


class Session:
    """The session for one ONNX file, on the CPU with ``threads`` intra-op threads (0 leaves
    onnxruntime's default)."""

    def __init__(self, path: Path, threads: int = 0) -> None:
        self.path = path
        self.threads = threads
        self._session: ort.InferenceSession | None = None
        self._pid = -1

    def run(self, feeds: dict[str, Any]) -> list[Any]:
        """Every output of the graph for these inputs."""
        outputs: list[Any] = self.loaded.run(None, feeds)
        return outputs

    @property
    def loaded(self) -> ort.InferenceSession:
        if self._session is None or self._pid != os.getpid():
            options = ort.SessionOptions()
            if self.threads:
                options.intra_op_num_threads = self.threads
                options.inter_op_num_threads = 1
            self._session = ort.InferenceSession(
                str(self.path), sess_options=options, providers=["CPUExecutionProvider"]
            )
            self._pid = os.getpid()
        return self._session

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_session": None, "_pid": -1}
