"""A figure written in thousands groups (``30 000``, Hong Kong's and Macao's usage; ``30,000``) without a unit counts or
measures things: against a percentage target it is not comparable (pending), never 30000% met or missed. Against a
count or a plain figure it is read as before (30000). The bulk path sends such a cell to the engine (scale/figures.py)."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize("reported", ["30 000", "30,000", "30\u2009000", "1 234 567.5", "全年30 000"])
@pytest.mark.parametrize("target", ["6%以上", "增长6%", "5%以下", "3‰以内", "30000%以下"])
def test_a_grouped_figure_is_no_percentage(target: str, reported: str) -> None:
    v = compliance.evaluate(target, reported)
    assert (v.status.value, v.reason.value) == ("pending", "not_comparable")


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("30000人以上", "30 000", "met"), ("30001人以上", "30 000", "missed"),
    ("20000以上", "30,000", "met"), ("40000以上", "30 000", "missed"),
    ("6%以上", "6.5", "met"), ("6%以上", "5.5", "missed"),  # a bare figure against % as before
])
def test_a_grouped_figure_against_a_count_is_read(target: str, reported: str, status: str) -> None:
    assert compliance.evaluate(target, reported).status.value == status


def test_a_grouped_figure_with_its_own_percent_is_a_percentage() -> None:
    assert compliance.evaluate("6%以上", "1,234%").status.value == "met"


def test_the_bulk_path_agrees() -> None:
    pd = pytest.importorskip("pandas") if not __import__("os").environ.get("CI") else __import__("pandas")
    frame = pd.DataFrame({"target": ["6%以上", "6%以上", "20000以上", "增长6%"], "reported": ["30 000", "30,000", "30 000", "7"]})
    out = compliance.evaluate_table(frame, polarity="higher").to_pandas()
    assert list(out["status"]) == ["pending", "pending", "met", "met"]
    assert list(out["reason"])[:2] == ["not_comparable", "not_comparable"]
