"""The fifth collection (``targets_fifth.tsv``, ``outcomes_fifth.tsv``): places in no earlier set, mostly of the
north-west (兰州新区 and 兰州高新区, 包头 2023-2025, 宁夏 2021, 石嘴山, 磴口, 霸州, 中山, 都匀's five-year targets, 兰州's
安宁区), each row copied verbatim with its source address. Targets are probed by hand either side of the threshold;
outcome sentences (统计公报, work-report reviews, half-year plan reports) are paired, where one was found, with the same
place's target for the same year and judged by hand.

What the rows try: stretches after the target (增长7%,力争增长8%; 超330亿元、力争达350亿元, traditional 力爭), 年均
five-year growths, counts (新增城镇就业3.8万人以上), 同步 with 经济发展, a reference (与全国调控目标一致); in the
outcomes, a sentence's figure of another indicator built on the target's name (人均地区生产总值, 万元地区生产总值用水量:
pending, never the GDP's verdict), half-year figures, a five-year average, 地方生产总值 for the GDP, traditional targets
against simplified sentences. Every failure is a documented leftover, none a wrong verdict on a target's probe; no
marked row is right.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("corpus_measure_fifth", Path(__file__).parent / "measure.py")
assert _spec is not None and _spec.loader is not None
measure = importlib.util.module_from_spec(_spec)
sys.modules["corpus_measure_fifth"] = measure  # dataclasses look their module up while the class is made
_spec.loader.exec_module(measure)

HERE = Path(__file__).parent
TARGETS = HERE / "targets_fifth.tsv"
OUTCOMES = HERE / "outcomes_fifth.tsv"
PLACES = ("兰州", "包头", "霸州", "磴口", "都匀", "石嘴山", "中宁", "中卫", "遵义", "六盘水", "定西", "平凉", "固阳")


def _lines(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return [line.split("\t") for line in handle.read().splitlines()[1:]]


def test_measure_prints_the_set():
    assert measure.SETS["fifth"] == (TARGETS, OUTCOMES)


def test_the_targets_are_real_sourced_and_probed_either_side():
    rows, lines = measure.load_targets(TARGETS), _lines(TARGETS)
    assert len(rows) >= 60 and all(len(line) == 9 for line in lines)
    assert all(row.id.startswith("tv") and row.source.startswith("http") for row in rows)
    assert len({row.id for row in rows}) == len(rows)
    assert len({line[3] for line in lines}) >= 10  # documents
    for row in rows:  # a numeric target has a probe either side of its threshold
        if not row.qualitative:
            assert {"met", "missed"} <= {p.expected for p in row.probes}, row.id


def test_the_outcomes_are_real_sourced_and_judged():
    lines = _lines(OUTCOMES)
    assert len(lines) >= 40 and all(len(line) == 10 for line in lines)
    assert all(line[0].startswith("ov") and line[2].startswith("http") for line in lines)
    assert len({line[3] for line in lines}) >= 10  # documents
    paired = measure.load_outcomes(OUTCOMES)
    assert len(paired) >= 20
    assert {row.verdict for row in paired} == {"met", "missed", "pending"}


def test_every_document_is_listed_and_the_places_are_new():
    sources = (HERE / "SOURCES.md").read_text(encoding="utf-8")
    documents = {line[3] for line in _lines(TARGETS) + _lines(OUTCOMES)}
    assert all(document in sources for document in documents)
    earlier = sources.split("## Fifth set")[0]
    for place in PLACES:
        assert place not in earlier, place
