"""An outcome document's figure for part of the year is no outcome of the year's target (found with 合肥's half-year
report, tests/documents/pairs/hefei-2018): the extractor carries the words naming the part into the figure it takes,
from earlier in the sentence (1-7月，…；固定资产投资增长6.3%) or from the last heading naming a period
(一、上半年主要经济发展目标完成情况), so the judge says pending (period_open) whichever side of the target the figure is;
a heading naming the whole year ends the part. A name standing alone in its clause, an item's heading
((一)地区生产总值。完成3410.9亿元、增长8.1%), takes its figure from the clause after it."""

from __future__ import annotations

from pathlib import Path

import pytest

TARGETS = "2024年主要预期目标:固定资产投资增长7%左右,社会消费品零售总额增长10.5%左右。\n"


def _judged(tmp_path: Path, outcomes: str) -> dict[str, tuple[str | None, str]]:
    pytest.importorskip("pypinyin")
    from compliance.documents import extract, judge, load

    (tmp_path / "t.txt").write_text(TARGETS, encoding="utf-8")
    (tmp_path / "o.txt").write_text(outcomes, encoding="utf-8")
    plan = load(extract(tmp_path / "t.txt", outcomes=tmp_path / "o.txt", year="2024", outcome_year="2024"))
    status = {j.indicator.id: j.verdict.status.value for j in judge(plan, ["2024"])}
    return {i.found.name: ((f.text if (f := i.found.reported.get("2024")) else None), status[i.id])
            for i in plan.extraction.indicators}


@pytest.mark.parametrize("growth", ["6.3", "8.3"])  # under and over 7左右: pending either way
def test_the_months_of_the_sentence_go_with_each_figure(tmp_path, growth):
    got = _judged(tmp_path, f"今年以来,经济运行稳定。1-7月,工业增加值增长9.8%;固定资产投资增长{growth}%;"
                            "社会消费品零售总额1669.85亿元、增长9.9%。\n")
    assert got == {"固定资产投资": (f"1-7月,固定资产投资增长{growth}%", "pending"),
                   "社会消费品零售总额": ("1-7月,社会消费品零售总额1669.85亿元、增长9.9%", "pending")}


def test_a_heading_naming_the_half_year_covers_the_items_under_it(tmp_path):
    got = _judged(tmp_path, "一、上半年主要经济发展目标完成情况\n(一)固定资产投资。增长8.3%,高于预期目标1.3个百分点。\n")
    assert got["固定资产投资"] == ("上半年,固定资产投资。增长8.3%", "pending")


@pytest.mark.parametrize(("growth", "status"), [("8.3", "met"), ("5.3", "missed")])
def test_a_heading_naming_the_whole_year_ends_the_part(tmp_path, growth, status):
    got = _judged(tmp_path, f"一、上半年情况\n上半年经济平稳。\n二、全年主要指标完成情况\n(一)固定资产投资。增长{growth}%。\n")
    assert got["固定资产投资"] == (f"固定资产投资。增长{growth}%", status)


def test_the_year_named_in_the_sentence_is_the_year(tmp_path):
    got = _judged(tmp_path, "前三季度固定资产投资增长8.3%,全年固定资产投资增长5.3%。\n")
    assert got["固定资产投资"][1] == "missed"
