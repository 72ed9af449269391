"""The layout shows the flow, and the imports follow it.

Packages by stage, lowest first: ``errors`` -> ``models``, ``files`` -> ``language`` -> ``judge`` ->
``_api`` (the public functions) -> ``plans`` -> ``scale`` -> ``report`` -> ``cli``. A module may import
from its own stage or a lower one, never a higher one; no two modules import each other, directly or
round a loop; no module takes another module's private (``_``) names; and none outgrows a screen-ful of
screens. Imports inside functions count as much as those at the top (they run too); imports under
``if TYPE_CHECKING:`` do not (they never run). ``compliance/__init__.py`` resolves the public names
lazily by module name and is not a layer of its own.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "compliance"
STAGES = {
    "errors": 0, "models": 1, "frozen": 1, "files": 1, "language": 2, "judge": 3, "_api": 4, "plans": 5, "seed": 5,
    "scale": 6, "documents": 6, "report": 7, "cli": 8, "cli_shared": 8, "cli_documents": 8, "_cold": 8,
}
MAX_MODULE_LINES = 600
MAX_CLASS_LINES = 250


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _stage(module: str) -> int | None:
    parts = module.split(".")
    return STAGES[parts[1]] if len(parts) > 1 else None


def _type_checking_blocks(tree: ast.AST) -> set[int]:
    """ids of the nodes under ``if TYPE_CHECKING:``."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
            for child in node.body:
                skipped.update(id(n) for n in ast.walk(child))
    return skipped


def _imports(module: str) -> Iterator[tuple[str, list[str], int]]:
    """(imported compliance module, names taken from it, line) for every import that runs."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _type_checking_blocks(tree)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "compliance":
                    yield alias.name, [], node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            elif node.module and node.module.split(".")[0] == "compliance":
                target = node.module
            else:
                continue
            names = [alias.name for alias in node.names]
            submodules = [n for n in names if f"{target}.{n}" in MODULES]
            for name in submodules:
                yield f"{target}.{name}", [], node.lineno
            rest = [n for n in names if n not in submodules]
            if rest or not submodules:
                yield target, rest, node.lineno


def _graph() -> dict[str, set[str]]:
    return {
        module: {target for target, _, _ in _imports(module) if target in MODULES and target != module}
        for module in MODULES
        if module != "compliance"
    }


@pytest.mark.parametrize("module", [m for m in MODULES if m != "compliance"])
def test_imports_point_down_the_stages(module):
    own = _stage(module)
    upward = [
        f"line {line}: {target}"
        for target, _, line in _imports(module)
        if target in MODULES and (stage := _stage(target)) is not None and own is not None and stage > own
    ]
    assert upward == [], f"{module} (stage {own}) imports from a later stage"


def test_every_package_has_a_stage():
    top = {m.split(".")[1] for m in MODULES if m != "compliance"}
    assert top <= set(STAGES), top - set(STAGES)


def test_no_import_cycle():
    graph = _graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert cycles == [], "\n".join(" -> ".join(c) for c in cycles)


def test_no_private_names_from_other_modules():
    taken = [
        f"{module}:{line} takes {name} from {target}"
        for module in MODULES
        for target, names, line in _imports(module)
        if target != module
        for name in names
        if name.startswith("_") and not name.startswith("__")
    ]
    assert taken == []


def test_modules_and_classes_fit_on_a_few_screens():
    too_long = []
    for module, path in MODULES.items():
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n") + 1
        if lines > MAX_MODULE_LINES:
            too_long.append(f"{module}: {lines} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                if size > MAX_CLASS_LINES:
                    too_long.append(f"{module}.{node.name}: {size} lines")
    assert too_long == []


def test_the_engine_imports_no_files_reports_or_command():
    """``import compliance`` and the engine stages never reach the file, report or command layers."""
    engine = [m for m in MODULES if (_stage(m) or 0) <= STAGES["_api"] and m != "compliance"]
    reached = {
        f"{module} -> {target}"
        for module in engine
        for target, _, _ in _imports(module)
        if target.split(".")[1:2] and target.split(".")[1] in {"plans", "scale", "report", "cli", "cli_shared", "cli_documents"}
    }
    assert reached == set()
