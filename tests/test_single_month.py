"""A month's own figure (12月份增长6.5%, 6月份, 12月当月) says nothing yet of the year: pending period_open, the last
month too. It was judged as the year's figure (R1's open finding: 12月份增长6.5% met 增长6.5%, 6.0 would miss). A balance
at the year's end (12月末, 12月底), a run of months to the last (1-12月份, 截至12月份) and the year's figure after a
month's in the same text are still judged, either side."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize("reported", ["12月份增长6.5%", "6月份增长7%", "12月当月增长6.0%", "十二月份增长6.5%",
                                      "12月份地区生产总值增长7%"])
def test_a_month_alone_is_no_figure_of_the_year(reported):
    v = compliance.evaluate("地区生产总值增长6.5%", reported)
    assert (v.status.value, v.reason.value) == ("pending", "period_open")


@pytest.mark.parametrize(("reported", "status"), [
    ("12月末各项贷款余额增长11%", "met"), ("12月末各项贷款余额增长9%", "missed"),
    ("截至12月份各项贷款余额增长11%", "met"), ("1-12月份各项贷款余额增长9%", "missed"),
    ("前三季度增长8%，12月份增长12%，全年增长10.5%", "met"), ("前三季度增长8%，12月份增长12%，全年增长9.5%", "missed"),
])
def test_the_year_and_its_end_are_still_judged_either_side(reported, status):
    assert compliance.evaluate("各项贷款余额增长10%", reported).status.value == status


@pytest.mark.parametrize(("reported", "status"), [
    ("全年增长6.5%，比前三季度回落0.3个百分点", "met"), ("全年增长6.2%，比前三季度回落0.3个百分点", "missed"),
    ("全年地区生产总值增长6.6%，增速比前三季度提高0.2个百分点", "met"),
    ("全年地区生产总值增长6.4%，增速比前三季度提高0.2个百分点", "missed"),
])
def test_a_part_of_the_year_compared_with_after_the_year_is_no_part(reported, status):
    # R1's open finding: the year's figure stated, then compared with the first three quarters (比前三季度): pending
    assert compliance.evaluate("地区生产总值增长6.5%", reported).status.value == status


@pytest.mark.parametrize("reported", ["增长6.6%，比前三季度回落0.3个百分点", "前三季度增长6.6%，比上半年回落0.3个百分点",
                                      "全年计划增长6.5%，前三季度增长6.6%"])
def test_without_the_year_named_before_the_comparison_it_stays_pending(reported):
    assert compliance.evaluate("地区生产总值增长6.5%", reported).status.value == "pending"
