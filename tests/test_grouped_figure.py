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


@pytest.mark.parametrize("reported", ["30000", "1000", "-2000", "增长30000", "三万", "1234.5"])
@pytest.mark.parametrize("target", ["6%以上", "增长6%", "5%以下", "3‰以内", "提高1个百分点"])
def test_a_bare_figure_of_1000_or_more_is_no_percentage(target: str, reported: str) -> None:
    """30000 without grouping against a % target read 30000% (met 6%以上, missed 5%以下); written 30 000 it was already
    not comparable. No plan's share or change reaches 1000%: such a figure counts things, however it is written."""
    v = compliance.evaluate(target, reported, previous="10")
    assert (v.status.value, v.reason.value) == ("pending", "not_comparable")
    assert "单位不可比" in v.explain("zh")


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("6%以上", "999", "met"), ("1000%以下", "999", "met"), ("5%以下", "999", "missed"),  # below 1000: a percentage
    ("30000人以上", "30000", "met"), ("30001人以上", "30000", "missed"), ("6以上", "30000", "met"),  # no share: read
    ("6%以上", "30000%", "met"),  # its own % written: a percentage
])
def test_a_bare_figure_below_1000_or_against_a_count_is_read(target: str, reported: str, status: str) -> None:
    assert compliance.evaluate(target, reported).status.value == status


def test_the_bulk_path_agrees_on_ungrouped_figures() -> None:
    pd = pytest.importorskip("pandas") if not __import__("os").environ.get("CI") else __import__("pandas")
    frame = pd.DataFrame({"target": ["6%以上", "6%以上", "20000以上", "增长6%"], "reported": ["30000", "999", "30000", "1500"]})
    out = compliance.evaluate_table(frame, polarity="higher").to_pandas()
    assert list(out["status"]) == ["pending", "met", "met", "pending"]
    assert [compliance.evaluate(t, r).status.value for t, r in zip(frame["target"], frame["reported"])] == list(out["status"])
