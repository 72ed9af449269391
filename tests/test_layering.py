"""Imports point one way: text -> tokens -> grammar -> evaluation -> explanation -> files/CLI/reports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "compliance"

# module -> compliance modules it must never import
FORBIDDEN = {
    "errors": {"*"},
    "models": {"_lexer", "_grammar", "_evaluate", "_api", "rules", "datasets", "check", "cli", "report"},
    "_lexicon": {"_lexer", "_grammar", "_evaluate", "_explain", "_api", "models", "cli", "report"},
    "_normalize": {"_lexer", "_grammar", "_evaluate", "_explain", "_api", "cli", "report"},
    "_lexer": {"_grammar", "_evaluate", "_explain", "_api", "models", "cli", "report", "rules"},
    "_grammar": {"_evaluate", "_explain", "_api", "cli", "report", "rules", "check"},
    "_evaluate": {"_explain", "_api", "cli", "report", "rules", "datasets", "check"},
    "_explain": {"_lexer", "_grammar", "_evaluate", "_api", "cli", "report", "rules"},
    "_api": {"cli", "report", "rules", "datasets", "check", "_explain"},
    "__init__": {"cli", "report", "rules", "datasets", "check", "_explain", "_yaml"},
    "bulk": {"cli", "report", "rules", "datasets", "check", "_grammar", "_lexer"},
}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level >= 1:
            base = (node.module or "").split(".")[0]
            if base:
                found.add(base)
            else:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("compliance"):
            parts = node.module.split(".")
            found.add(parts[1] if len(parts) > 1 else "__init__")
    return found


@pytest.mark.parametrize("module", sorted(FORBIDDEN))
def test_imports_point_one_way(module):
    imported = _imports(PACKAGE / f"{module}.py")
    forbidden = FORBIDDEN[module]
    if "*" in forbidden:
        assert imported == set()
    else:
        assert imported & forbidden == set()
