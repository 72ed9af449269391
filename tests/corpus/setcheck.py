"""What every collected set of real text must hold (the seventh set on; each set's module calls these).

A set is two TSV files: targets (``id``, text, source address, document, ... probes) and outcomes (``id``, text, address,
document, ... the paired target). The checks: every row sourced and unique, a numeric target probed either side of its
threshold (a task: done, or not told), every outcome paired with a target and the three verdicts present, every
document in SOURCES.md and the set's places new to it.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

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


def check_targets(path: Path, prefix: str, documents: int, size: int = 60) -> None:
    """``size``: the fewest rows of the set (a short batch asks fewer than a full set's 60)."""
    rows, cells = load_measure().load_targets(path), lines(path)
    assert len(rows) >= size and all(len(line) == 9 for line in cells)
    assert all(row.id.startswith(prefix) and row.source.startswith("http") for row in rows)
    assert len({row.id for row in rows}) == len(rows)
    assert len({line[3] for line in cells}) >= documents
    for row in rows:  # a numeric target has a probe either side of its threshold; a task: done, or not told
        if not row.qualitative:
            assert {"met", "missed"} <= {p.expected for p in row.probes}, row.id
        else:
            assert {"met", "pending"} <= {p.expected for p in row.probes}, row.id


def check_outcomes(path: Path, prefix: str, documents: int, targets: Path | None = None, size: int = 40) -> None:
    """``targets``: the set's own targets file, when every outcome must be paired with one of them; ``size``: the
    fewest rows (a short batch asks fewer than a full set's 40)."""
    measure, cells = load_measure(), lines(path)
    assert len(cells) >= size and all(len(line) == 10 for line in cells)
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


def check_cited_targets(targets: Path, outcomes: Path, earlier: dict[str, Path]) -> None:
    """Every outcome row is set against a target of its own set's ``targets`` or an ``earlier`` set's, cited in its note by
    file name and id (the texts equal); the note says whose target it is (the same place's, the province's, the city's:
    a county's prefecture, or another place's) and that it is of the same year."""
    measure = load_measure()
    own = {row.text for row in measure.load_targets(targets)}
    cited_sets = {name: {row.id: row.text for row in measure.load_targets(path)} for name, path in earlier.items()}
    for row in measure.load_outcomes(outcomes):
        assert any(word in row.note for word in ("same place", "province", "city's", "another place")), row.id
        assert "same year" in row.note, row.id
        if row.target in own:
            continue
        name = next(name for name in earlier if f"{name} " in row.note)
        cited = re.match(r"[a-z]+[0-9]+", row.note.split(f"{name} ", 1)[1])
        assert cited is not None, row.id
        assert cited_sets[name][cited.group()] == row.target, row.id


def check_regions(paths: tuple[Path, ...], regions: dict[str, tuple[str, ...]], counties: tuple[str, ...] = (),
                  fewest: int = 0) -> None:
    """Each region the set was collected for holds a document of it (a word of its in the document's name), and at
    least ``fewest`` documents are of a county, district or county-level city (a word of ``counties``)."""
    documents = {line[3] for path in paths for line in lines(path)}
    for region, words in regions.items():
        assert any(word in doc for doc in documents for word in words), region
    assert len({doc for doc in documents if any(place in doc for place in counties)}) >= fewest


def check_mixed(outcomes: Path, *, missed: int, met: int, pending: int) -> None:
    """The set's outcomes hold at least so many of each verdict (a set of pendings tests no figure picked)."""
    verdicts = [row.verdict for row in load_measure().load_outcomes(outcomes)]
    assert verdicts.count("missed") >= missed and verdicts.count("met") >= met and verdicts.count("pending") >= pending


#: the columns of a bulletin set (bulletins_s27.tsv, bulletins_s28.tsv): a paragraph, its target and both addresses
BULLETIN_COLUMNS = ["id", "text", "source", "doc", "target", "target_source", "target_doc", "polarity", "expected_value",
                    "verdict", "note", "leftover"]


def bulletin_lines(path: Path) -> list[dict[str, str]]:
    """A bulletin set's rows, by column name."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def bulletin_row(line: dict[str, str]) -> Any:
    """A bulletin set's row as measure's ``OutcomeRow``, judged as every outcome row of the corpus is."""
    measure = load_measure()
    return measure.OutcomeRow(id=line["id"], text=measure._unescape(line["text"]), target=line["target"],
                              polarity=line["polarity"], expected_value=line["expected_value"], verdict=line["verdict"],
                              note=line["note"], leftover=line["leftover"])


def check_bulletin_row(line: dict[str, str]) -> None:
    """A bulletin set's row is judged as its reader did (value and verdict, as measure.py counts it right)."""
    measure = load_measure()
    row = bulletin_row(line)
    status, picked = measure.judge_outcome(row)
    shown = "、".join("-" if value is None else f"{value}{unit or ''}" for value, unit in picked)
    assert measure.outcome_right(row, status, picked), f"got {shown} {status}; {line['note']}"


def bulletin_params(path: Path) -> Iterator[Any]:
    """Each row of a bulletin set as a test case; a row marked ``leftover`` must still fail (strict xfail)."""
    for line in bulletin_lines(path):
        marks = [pytest.mark.xfail(strict=True, reason=line["leftover"])] if line["leftover"] else []
        yield pytest.param(line, id=line["id"], marks=marks)


def check_bulletin_rows(path: Path, *, met: int, missed: int, pending: int, documents: int, size: int = 40) -> None:
    """A bulletin set's rows are sourced (both addresses), unique, each note naming its target of the same year, a
    pending row the only one without a figure, and the verdicts mixed."""
    lines = bulletin_lines(path)
    assert list(lines[0]) == BULLETIN_COLUMNS and len(lines) >= size
    assert len({line["id"] for line in lines}) == len(lines)
    for line in lines:
        assert line["source"].startswith("http") and line["target_source"].startswith("http"), line["id"]
        assert "target:" in line["note"] and "same year" in line["note"], line["id"]
        assert line["verdict"] in ("met", "missed", "pending"), line["id"]
        assert (line["expected_value"] == "-") == (line["verdict"] == "pending"), line["id"]
    verdicts = [line["verdict"] for line in lines]
    assert verdicts.count("met") >= met and verdicts.count("missed") >= missed and verdicts.count("pending") >= pending
    assert len({line["doc"] for line in lines}) >= documents
