"""Period keys: years and plan periods, their order, and the year a target is for."""

from __future__ import annotations

import pytest

from compliance import parse_target
from compliance.judge.periods import Period, horizon, latest_year, order


@pytest.mark.parametrize(("text", "start", "end", "is_year"), [
    ("2022", 2022, 2022, True),
    ("2021-2025", 2021, 2025, False),
    (" 2035 ", 2035, 2035, True),
    ("2022-2022", 2022, 2022, False),
])
def test_parse(text, start, end, is_year):
    period = Period.parse(text)
    assert (period.start, period.end, period.is_year) == (start, end, is_year)
    assert period.years == tuple(range(start, end + 1))


@pytest.mark.parametrize("text", ["22", "2025-2021", "2021–2025", "十四五", ""])
def test_bad_periods_are_refused(text):
    with pytest.raises(ValueError, match="period"):
        Period.parse(text)


def test_plan_table_order():
    assert order(["2023", "2022", "2026-2030", "2021-2025", "2022"]) == ["2021-2025", "2026-2030", "2022", "2023"]


def test_a_horizon_in_the_text_is_the_year_the_target_is_for():
    target = parse_target("达到市级要求（2035年达到37）")
    assert horizon(target) == 2035
    assert Period.parse("2021-2025").end_for(horizon(target)) == 2035
    assert horizon(parse_target("6以上")) is None
    assert Period.parse("2021-2025").end_for(None) == 2025


def test_latest_year():
    assert latest_year(["2021", "2022", "2021-2025"]) == 2025
    assert latest_year([]) is None
