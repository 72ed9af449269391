"""The fourth collection's outcome sentences (``outcomes_fourth.tsv``): places in no earlier set (合肥, its district
瑶海区, 厦门, 宁波, 长沙, 肇庆, 秦安 ...), each sentence copied verbatim with its source address and paired, where one
was found, with the same place's target for the same year and indicator, judged by hand. What the rows try:
part-year figures against the year's target (1-7月, 1-4月, 上半年: pending, never the year's verdict), estimates
(预计…左右), a figure of another indicator beside the target's (研发投入强度 against a GDP target, 新增就业参保大学生
against 城镇新增就业: pending), targets restated in the outcome's own clause (完成区人代会批准增长8%以上目标), text
broken by a PDF's line ends (固 定资产投资, 增 长 10%). Every row the engine gets wrong is a documented
leftover (test_corpus_leftovers.py).

The set's targets (``targets_fourth.tsv``, rows ``tf…``) are another collection's; this module checks the ``fo`` rows.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


_spec = importlib.util.spec_from_file_location("corpus_measure_fourth", Path(__file__).parent / "measure.py")
assert _spec is not None and _spec.loader is not None
measure = importlib.util.module_from_spec(_spec)
sys.modules["corpus_measure_fourth"] = measure  # dataclasses look their module up while the class is made
_spec.loader.exec_module(measure)

PATH = Path(__file__).parent / "outcomes_fourth.tsv"


def _rows() -> list[list[str]]:
    with PATH.open(encoding="utf-8") as handle:
        return [line.split("\t") for line in handle.read().splitlines()[1:]]


def test_the_rows_are_real_sourced_and_judged():
    rows = _rows()
    assert len(rows) >= 40 and all(len(row) == 10 for row in rows)
    assert all(row[0].startswith("fo") and row[2].startswith("http") for row in rows)
    assert len({row[3] for row in rows}) >= 10  # documents
    paired = measure.load_outcomes(PATH)
    assert len(paired) >= 20
    assert {row.verdict for row in paired} == {"met", "missed", "pending"}
    assert measure.SETS["fourth"][1] == PATH  # measure.py prints them


def test_the_places_are_in_no_earlier_set():
    sources = (Path(__file__).parent / "SOURCES.md").read_text(encoding="utf-8")
    earlier = sources.split("## Fourth set: outcome sentences")[0]
    for place in ("合肥", "瑶海", "厦门", "宁波", "长沙", "肇庆", "秦安", "宣城"):
        assert place not in earlier, place


def test_part_year_figures_are_never_the_years_verdict():
    """Every row whose sentence holds only part of the year (1-7月, 1-4月) is pending, as the reader says."""
    import compliance

    for row in measure.load_outcomes(PATH):
        if any(word in row.text for word in ("1-7月", "1-4月")):
            assert row.verdict == "pending"
            assert compliance.evaluate(row.target, row.text).status.value == "pending", row.id
