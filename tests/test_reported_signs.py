"""A reported fall written as 负增长 (negative growth) is a change down, as 下降 is: 负增长2% is -2% growth.
It was read as +2% (a fall counted as a rise), so a floor below zero was "met" by a fall past it."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize(("target", "reported", "status", "value"), [
    ("增长-1%以上", "负增长2%", "missed", -2),   # fell 2%: below a floor of -1%
    ("增长-3%以上", "负增长2%", "met", -2),      # fell 2%: above a floor of -3%
    ("增长-1%以上", "增长2%", "met", 2),
    ("增长6%", "负增长2%", "missed", -2),        # 8 points short, not 4
    ("下降3%", "负增长2%", "missed", 2),         # a fall of 2 against a fall of 3
    ("下降1%", "负增长2%", "met", 2),
])
def test_negative_growth_is_a_fall(target, reported, status, value):
    v = compliance.evaluate(target, reported)
    assert (v.status.value, v.value) == (status, value), v.explain("zh")


def test_the_margin_of_negative_growth_counts_the_fall():
    v = compliance.evaluate("增长6%", "负增长2%")
    assert str(v.gap) == "-8" and "-2%" in v.explain("zh")
