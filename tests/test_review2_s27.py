"""Stop 27, D1 (review): two wrong verdicts the reviewer found, each fixed with verdicts either side.

Every target and outcome sentence is copied from the public page named beside it; a probe made up is said to be.
"""

from __future__ import annotations

import pytest

import compliance

# --- 1. a plan period's target judged on one year's figure (judge/years.py plan_period_target) ------------------------
# 柳州's decision on its 2020 targets (m.gxcounty.com/show-7-113402-0.html; tests/corpus/targets_tenth.tsv tx041): an
# average over 十三五's five years. The one-year probes are MADE UP (no year's outcome of 柳州's 产值 was found): the
# year's 8% was MISSED against the five years' 10% and 12% MET, as if one year were the period.
LIUZHOU = "“十三五”期间产值平均增速达10%"


@pytest.mark.parametrize("reported", ["2019年产值增长8%", "2019年产值增长12%"])
def test_a_plan_periods_target_is_not_judged_on_one_years_figure(reported: str) -> None:
    verdict = compliance.evaluate(LIUZHOU, reported)
    assert (verdict.status.value, verdict.reason.value) == ("pending", "not_comparable")
    assert verdict.missing == ("average_target",)


@pytest.mark.parametrize(("reported", "status"), [
    ("11", "met"), ("8", "missed"),  # a bare figure is the period's (the corpus row's probes)
    ("2020年,“十三五”期间产值平均增长11%", "met"),  # made up: a text naming the plan speaks of the period
    ("2020年,“十三五”期间产值平均增长8%", "missed"),
])
def test_a_plan_periods_target_is_judged_on_the_periods_figure(reported: str, status: str) -> None:
    assert compliance.evaluate(LIUZHOU, reported).status.value == status
