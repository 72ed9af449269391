"""A reported rate per 100,000 reads as the target's does (grammar._per, both sides): 9.5/10万 was ambiguous between
9.5 and 10万 and judged on 10万 (missed, a value of 100,000), 9/10万 a share of 90% (pending, units apart), 12/10万 unread,
against 孕产妇死亡率控制在10/10万以下. Shares and dates with a slash read as before."""

from __future__ import annotations

import pytest

import compliance

TARGET = "孕产妇死亡率控制在10/10万以下"


@pytest.mark.parametrize(("reported", "status", "value"), [
    ("9.5/10万", "met", "9.5"), ("9/10万", "met", "9"), ("孕产妇死亡率为9.5/10万", "met", "9.5"),
    ("12/10万", "missed", "12"), ("孕产妇死亡率为12.5/10万", "missed", "12.5"), ("10.2/10万", "missed", "10.2"),
])
def test_a_reported_rate_per_100000(reported, status, value):
    v = compliance.evaluate(TARGET, reported, polarity="lower")
    assert (v.status.value, str(v.value)) == (status, value)
    assert compliance.parse_reported(reported).value.unit == "/10万"


@pytest.mark.parametrize(("reported", "unit"), [("3/4", "%"), ("1/3", "%")])
def test_shares_and_dates_read_as_before(reported, unit):
    assert compliance.parse_reported(reported).value.unit == unit
    assert compliance.parse_reported("2022/12").kind == "unrecognized"


def test_a_figure_per_households_as_the_targets():
    """30辆/百户 is one figure in 辆/百户, as a target's is (it was 30辆 and the 百 of 百户 a figure of 100)."""
    assert compliance.parse_reported("30辆/百户").value.unit == "辆/百户"
    assert compliance.evaluate("每百户汽车拥有量达到30辆/百户", "32辆/百户").status.value == "met"
    assert compliance.evaluate("每百户汽车拥有量达到30辆/百户", "28辆/百户").status.value == "missed"
