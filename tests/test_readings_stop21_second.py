"""Target readings of stop 21, second shift (A5): A1's leftovers, each with verdicts either side of its threshold."""

from __future__ import annotations

import os

import pytest

import compliance


def status(target: str, reported: str | None, **kw: object) -> str:
    return compliance.evaluate(target, reported, **kw).status.value  # type: ignore[arg-type]


# ---------------------------------------------------------------- a sign mark between a figure and its unit: 2.0↓%

@pytest.mark.parametrize("reported", ["2.0↓%", "2.0▼%", "2.0↓ %"])
def test_a_sign_mark_between_a_figure_and_its_unit_keeps_the_unit(reported):
    r = compliance.parse_reported(reported)
    assert r.value.unit == "%" and r.value.value == 2  # the % was lost: 2.0 in no unit
    v = compliance.evaluate("增长1%", reported)
    assert v.status.value == "missed" and v.value == -2 and "negative growth" in v.explain("en")
    assert status("增长-3%", reported) == "met" and status("下降1%", reported) == "met"
    assert status("下降3%", reported) == "missed"


def test_a_rise_mark_before_a_unit_and_a_level_s_mark():
    assert compliance.parse_reported("3▲万元").value.unit == "万元"
    assert status("增长3%", "3.5↑%") == "met" and status("增长4%", "3.5↑%") == "missed"
    assert status("6以上", "7▼%") == "met" and status("6以上", "5▲%") == "missed"  # beside a level: a row's mark
    assert compliance.parse_reported("2.0↓").value.unit is None  # the mark alone is no unit
    assert compliance.parse_reported("2.0△%").value.unit is None  # a table mark, no sign: as before


def test_evaluate_table_agrees_on_a_mark_before_the_unit():
    pd = pytest.importorskip("pandas") if not os.environ.get("CI") else __import__("pandas")
    rows = [("增长1%", "2.0↓%"), ("增长-3%", "2.0↓%"), ("下降3%", "3.5▲%"), ("6以上", "7▼%")]
    frame = pd.DataFrame({"target": [t for t, _ in rows], "reported": [r for _, r in rows]})
    out = compliance.evaluate_table(frame, polarity="higher").to_pandas()
    expected = [(v.status.value, v.reason.value) for v in (compliance.evaluate(t, r) for t, r in rows)]
    assert list(zip(out["status"], out["reason"])) == expected
