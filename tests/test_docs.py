"""The README, docs/ and the notebook run as written, and say what the code does.

A line ``expression  # literal`` in a Python block is checked: the expression must equal the
literal. Blocks of one file share a namespace, as a reader typing them in order would.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from conftest import ROOT

BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)
PAGES = [
    page
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    if "```python" in page.read_text(encoding="utf-8")
]


def run_checked(source: str, namespace: dict[str, object]) -> int:
    """Execute ``source``; return how many ``# literal`` claims were checked."""
    checked = 0
    tree = ast.parse(source)
    lines = source.splitlines()
    for node in tree.body:
        code = compile(ast.Module(body=[node], type_ignores=[]), "<docs>", "exec")
        line = lines[node.lineno - 1]
        claim = line.partition("  # ")[2] if isinstance(node, ast.Expr) else ""
        try:
            expected = ast.literal_eval(claim) if claim else None
        except (ValueError, SyntaxError):
            claim = ""
        if claim:
            value = eval(compile(ast.Expression(node.value), "<docs>", "eval"), namespace)  # type: ignore[attr-defined]
            assert value == expected, f"{line!r} gives {value!r}"
            checked += 1
        else:
            exec(code, namespace)
    return checked


def test_readme_and_getting_started_have_examples() -> None:
    assert {p.name for p in PAGES} >= {"README.md", "getting-started.md"}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_python_blocks_run_and_their_claims_hold(page: Path) -> None:
    blocks = BLOCK.findall(page.read_text(encoding="utf-8"))
    namespace: dict[str, object] = {"texts": ["朱爱平在长沙。"]}
    checked = sum(run_checked(block, namespace) for block in blocks)
    assert checked >= 2


def test_notebook_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    path = ROOT / "notebooks" / "explore_seed_page.ipynb"
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    monkeypatch.chdir(path.parent)
    namespace: dict[str, object] = {}
    for cell in cells:
        if cell["cell_type"] == "code":
            exec("".join(cell["source"]), namespace)
    assert namespace["doc"].people  # type: ignore[attr-defined]
