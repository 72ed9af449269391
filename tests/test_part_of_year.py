"""A figure for part of the year says nothing yet of the year's target: pending (period_open), never the year's verdict,
however the part is written (前11个月, 截至11月底, 一至十一月, 1-3季度, 前两个季度, 1-11月); a run reaching the year's
end (1-12月, 截至12月底, 1-4季度) is the year. Where the text names the whole year after the part (前三季度增长6.5%，
预计全年增长6%左右), the year's figure is the value and the part's is set aside, said in the explanation
(judge/period_parts.py ``partial_period``, ``whole_year_at``; zh.yaml ``outcome``: quarter, counted_from, month_count, until)."""

from __future__ import annotations

import pytest

import compliance

TARGET = "地区生产总值增长6.2%以上"


@pytest.mark.parametrize("part", [
    "前11个月", "截至11月底", "截至9月份", "一至十一月", "1-3季度", "1至3季度", "前两个季度", "前三个季度", "1-11月",
    "1～9月", "今年1-10月",
])
@pytest.mark.parametrize("growth", ["6.5", "5.5"])  # either side of the target: pending whichever
def test_part_of_the_year_is_pending(part, growth):
    v = compliance.evaluate(TARGET, f"{part},全市地区生产总值增长{growth}%")
    assert (v.status.value, v.reason.value) == ("pending", "period_open")


@pytest.mark.parametrize("whole", ["1-12月", "截至12月底", "1-4季度"])
@pytest.mark.parametrize(("growth", "status"), [("6.5", "met"), ("5.5", "missed")])
def test_a_run_to_the_years_end_is_the_year(whole, growth, status):
    assert compliance.evaluate(TARGET, f"{whole},全市地区生产总值增长{growth}%").status.value == status


@pytest.mark.parametrize(("reported", "status", "value"), [
    ("前三季度地区生产总值增长6.5%,预计全年增长6%左右", "missed", "6"),  # the year's 6, not the part's 6.5
    ("前三季度地区生产总值增长5.5%,预计全年增长6.3%左右", "met", "6.3"),
    ("前三季度地区生产总值增长6.5%,全年增长6%", "missed", "6"),
    ("上半年增长6.5%,全年增长6.3%", "met", "6.3"),
])
def test_the_years_figure_after_the_part_is_the_value(reported, status, value):
    v = compliance.evaluate(TARGET, reported)
    assert (v.status.value, str(v.value)) == (status, value)
    assert "figure_set_aside_partial" in [n.code for n in v.notes]
    assert "part of the period" in v.explain("en") and "部分时段" in v.explain("zh")


@pytest.mark.parametrize(("target", "status"), [("规模以上工业增加值增长6%", "met"), ("规模以上工业增加值增长6.2%", "missed")])
def test_a_months_run_then_the_years_estimate(target, status):
    v = compliance.evaluate(target, "1-11月,规上工业增加值增长6.5%,全年预计增长6%")
    assert (v.status.value, str(v.value)) == (status, "6")


def test_a_plan_named_for_the_year_is_no_whole_year_figure():
    v = compliance.evaluate(TARGET, "上半年完成全年计划的55%")
    assert (v.status.value, v.reason.value) == ("pending", "period_open")
