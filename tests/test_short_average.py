"""A figure averaged over fewer years than a yearly-average target's period is part of it (A3's tenth set ox065, a 2025
review of 十四五's first four years: 四年GDP平均增速達到6.0%,高於全國5.5%的平均水平。 against 地区生产总值年均增长7%以上,
missed before): pending period_open, as 前四年累计 is. The target's years where it states them, else a five-year plan's;
a figure averaged over as many years, or one that names no count, is judged as before."""

from __future__ import annotations

import pytest

import compliance

TARGET = "地区生产总值年均增长7%以上"


@pytest.mark.parametrize("reported", [
    "四年GDP平均增速達到6.0%,高於全國5.5%的平均水平。",  # ox065, verbatim
    "四年GDP平均增速達到7.5%",  # over the target: no five years' met either
    "2021-2024年年均增长6.0%",
    "三年来地区生产总值年均增长7.5%",
])
def test_fewer_years_than_the_period_are_pending(reported):
    v = compliance.evaluate(TARGET, reported)
    assert (v.status.value, v.reason.value, v.missing) == ("pending", "period_open", ("full_period",))


@pytest.mark.parametrize("reported, expected", [
    ("五年GDP平均增速達到7.2%", ("met", "7.2")),
    ("2021-2025年年均增长6.0%", ("missed", "6.0")),
    ("年均增长7.5%", ("met", "7.5")),
    ("地区生产总值年均增长6.5%", ("missed", "6.5")),
])
def test_the_whole_periods_average_is_judged(reported, expected):
    v = compliance.evaluate(TARGET, reported)
    assert (v.status.value, str(v.value)) == expected
