"""The sixth collection (``outcomes_sixth.tsv``): outcome sentences only, of places in no earlier set (广西, 西宁, 青海,
株洲), each copied verbatim with its source address: work-report reviews and bulletins with several figures a sentence,
estimates (预计全年), five-year averages with their margin over the plan (比"十五"计划高出4.1个百分点), next year's
target restated beside the outcome (2020年…增长3.7%,2021年…增长目标为7.5%以上), a mirror's mangled bulletin. Each is
paired with a target: the same report's target where the search found one (for the next year, marked in ``note``),
otherwise a target phrasing of that indicator from the earlier sets (marked so), with verdicts on both sides.

Every failure is a documented leftover; no marked row is right; no paired row's verdict is met for missed or
missed for met.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("corpus_measure_sixth", Path(__file__).parent / "measure.py")
assert _spec is not None and _spec.loader is not None
measure = importlib.util.module_from_spec(_spec)
sys.modules["corpus_measure_sixth"] = measure  # dataclasses look their module up while the class is made
_spec.loader.exec_module(measure)

HERE = Path(__file__).parent
OUTCOMES = HERE / "outcomes_sixth.tsv"
PLACES = ("广西", "廣西", "西宁", "西寧", "青海", "株洲")


def _lines(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return [line.split("\t") for line in handle.read().splitlines()[1:]]


def test_measure_prints_the_set():
    assert measure.SETS["sixth"] == (None, OUTCOMES)


def test_the_outcomes_are_real_sourced_and_judged_either_side():
    lines = _lines(OUTCOMES)
    assert len(lines) >= 30 and all(len(line) == 10 for line in lines)
    assert all(line[0].startswith("ow") and line[2].startswith("http") for line in lines)
    assert len({line[0] for line in lines}) == len(lines)
    assert len({line[3] for line in lines}) >= 8  # documents
    paired = measure.load_outcomes(OUTCOMES)
    assert len(paired) == len(lines)  # every row has a target
    assert {row.verdict for row in paired} == {"met", "missed", "pending"}
    for row in paired:  # the target's origin is said: the same report's, or a phrasing of an earlier set
        assert "target" in row.note, row.id


def test_every_document_is_listed_and_the_places_are_new():
    sources = (HERE / "SOURCES.md").read_text(encoding="utf-8")
    assert all(line[3] in sources for line in _lines(OUTCOMES))
    earlier = sources.split("## Sixth set")[0]
    for place in PLACES:
        assert place not in earlier, place
