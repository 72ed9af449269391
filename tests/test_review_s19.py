"""Defects found in the review of stop 19 (R1), each tested either side."""

from __future__ import annotations

import pytest

import compliance

GDP = "地区生产总值增长6%"


@pytest.mark.parametrize("later", ["2023年预计增长7%", "2023年力争增长7%", "2023年增长7%左右", "2023年预期增长7%左右"])
def test_a_later_years_forecast_never_replaces_the_years_outcome(later: str) -> None:
    # the year's outcome 5% is the figure; the next year's forecast or aim (7%) is no outcome: missed, never met
    v = compliance.evaluate(GDP, f"2022年全市地区生产总值增长5%，{later}")
    assert (v.status.value, str(v.value)) == ("missed", "5")
    assert compliance.evaluate(GDP, f"2022年全市地区生产总值增长6.5%，{later}").status.value == "met"


def test_a_later_years_outcome_still_replaces_the_earlier_ones() -> None:
    # 2021年…8.5%;2022年…1.5% (th041): the latest year's figure, as 72f9da0 has it
    v = compliance.evaluate(GDP, "2021年,地区生产总值增速8.5%;2022年,地区生产总值增速降到了1.5%")
    assert (v.status.value, str(v.value)) == ("missed", "1.5")
    v = compliance.evaluate(GDP, "2021年,地区生产总值增速5.5%;2022年,地区生产总值增速达到6.5%")
    assert (v.status.value, str(v.value)) == ("met", "6.5")
