"""Review of stop 24 (R1): defects found in this stop's changes, each judged either side of its threshold."""

from __future__ import annotations

import pytest

import compliance


def _status(target: str, value: str, **kwargs: object) -> str:
    return compliance.evaluate(target, value, **kwargs).status.value  # type: ignore[arg-type]


# 3083628 made a month before 全国/全省/全市/全区/全县 that month's (zh.yaml outcome.period_parts.single_month): but a run
# from the year's start written with the first month's 月 (1月至12月, 1月-12月) was no run to judge/period_parts.py, so its
# last month alone was read as a single month: 1月至12月全市规模以上工业增加值增长6.5% became pending period_open (met at
# the start tree), and 1月至12月份 / 1月至12月, were pending already. A run of months ending before the last (1月至11月,
# 3月至5月) was MET as the year's at the start tree: a part of the year, pending.
@pytest.mark.parametrize(("reported", "expected"), [
    ("1月至12月全市规模以上工业增加值增长6.5%", "met"),
    ("1月至12月全市规模以上工业增加值增长5.5%", "missed"),
    ("1月-12月全县规模以上工业增加值增长6.5%", "met"),
    ("1月—12月全省规模以上工业增加值增长5.5%", "missed"),
    ("1月至12月份规模以上工业增加值增长6.5%", "met"),
    ("2025年1月至12月，全县规模以上工业增加值增长5.5%", "missed"),
    ("1-12月全省规模以上工业增加值增长6.5%", "met"),
    ("一月至十二月全县规模以上工业增加值增长6.5%", "met"),
    # parts of the year stay parts: pending, whatever the figure
    ("1月至11月全市规模以上工业增加值增长6.5%", "pending"),
    ("1月至11月份规模以上工业增加值增长6.5%", "pending"),
    ("3月至5月规模以上工业增加值增长6.5%", "pending"),
    ("12月全县规模以上工业增加值增长6.5%", "pending"),
    ("12月全县规模以上工业增加值增长5.5%", "pending"),
])
def test_a_run_of_months_from_january_written_with_its_first_month_is_the_year(reported: str, expected: str) -> None:
    assert _status("规模以上工业增加值增长6%", reported) == expected
