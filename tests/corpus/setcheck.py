"""What every collected set of real text must hold (the seventh set on; each set's module calls these).

A set is two TSV files: targets (``id``, text, source address, document, ... probes) and outcomes (``id``, text, address,
document, ... the paired target). The checks: every row sourced and unique, a numeric target probed either side of its
threshold (a task: done, or not told), every outcome paired with a target and the three verdicts present, every
document in SOURCES.md and the set's places new to it.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).parent


def load_measure() -> ModuleType:
    """tests/corpus/measure.py as a module (loaded once for the sets' modules)."""
    name = "corpus_measure_sets"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / "measure.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def lines(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return [line.split("\t") for line in handle.read().splitlines()[1:]]


def check_targets(path: Path, prefix: str, documents: int) -> None:
    rows, cells = load_measure().load_targets(path), lines(path)
    assert len(rows) >= 60 and all(len(line) == 9 for line in cells)
    assert all(row.id.startswith(prefix) and row.source.startswith("http") for row in rows)
    assert len({row.id for row in rows}) == len(rows)
    assert len({line[3] for line in cells}) >= documents
    for row in rows:  # a numeric target has a probe either side of its threshold; a task: done, or not told
        if not row.qualitative:
            assert {"met", "missed"} <= {p.expected for p in row.probes}, row.id
        else:
            assert {"met", "pending"} <= {p.expected for p in row.probes}, row.id


def check_outcomes(path: Path, prefix: str, documents: int, targets: Path | None = None) -> None:
    """``targets``: the set's own targets file, when every outcome must be paired with one of them."""
    measure, cells = load_measure(), lines(path)
    assert len(cells) >= 40 and all(len(line) == 10 for line in cells)
    assert all(line[0].startswith(prefix) and line[2].startswith("http") for line in cells)
    assert len({line[0] for line in cells}) == len(cells)
    assert len({line[3] for line in cells}) >= documents
    paired = measure.load_outcomes(path)
    assert len(paired) == len(cells)  # every row has a target
    assert {row.verdict for row in paired} == {"met", "missed", "pending"}
    own = {row.text for row in measure.load_targets(targets)} if targets is not None else None
    for row in paired:  # the target's origin is said (and it is one of the set's own targets)
        assert "target" in row.note and (own is None or row.target in own), row.id


def check_sources(paths: tuple[Path, ...], section: str, places: tuple[str, ...], addresses: bool = True) -> None:
    """Every document (and its address) of ``paths`` in SOURCES.md; no place of ``places`` before ``section``."""
    sources = (HERE / "SOURCES.md").read_text(encoding="utf-8")
    for path in paths:
        for line in lines(path):
            assert line[3] in sources and (not addresses or line[2] in sources), line[0]
    earlier = sources.split(section)[0]
    for place in places:
        assert place not in earlier, place
