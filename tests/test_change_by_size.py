"""A bare figure against a change stated in a unit of its own or in points is read by its size (judge/change.py
level_change): more than five times the stated change it is no change but a level (人均预期寿命提高1岁 against 79 with
last year's 78.5 was met as a rise of 79: now 79 - 78.5 = 0.5岁, missed), and as far from the previous level it is no
level but the change (较上年提高1个百分点 against 1.2 after a level of 60 was missed as a level of 1.2%, a fall of 58.8
points: now a rise of 1.2 points, met). Without the previous level a figure too large to be the change is pending
previous_unknown, both readings said. evaluate_table agrees (such targets are judged row by row)."""

from __future__ import annotations

import os

import pytest

import compliance

LIFE = "人均预期寿命提高1岁"


@pytest.mark.parametrize(("reported", "previous", "status", "value"), [
    ("79", "78.5", "missed", "0.5"), ("79.6", "78.5", "met", "1.1"), ("79.5", "78.5", "met", "1.0"),  # levels
    ("79岁", "78.5", "missed", "0.5"), ("79岁", "78.5岁", "missed", "0.5"),
    ("1.2", "78.5", "met", "1.2"), ("0.8", "78.5", "missed", "0.8"),  # changes: far from the level 78.5
    ("1.2", None, "met", "1.2"), ("0.8", None, "missed", "0.8"),  # without the previous level: a change, as before
])
def test_life_expectancy_either_side(reported: str, previous: str | None, status: str, value: str) -> None:
    v = compliance.evaluate(LIFE, reported, previous=previous)
    assert (v.status.value, str(v.value)) == (status, value)


@pytest.mark.parametrize("target", [LIFE, "比上年提高1岁", "平均受教育年限提高0.5年"])
def test_too_large_for_the_change_without_the_previous_level_is_pending(target: str) -> None:
    v = compliance.evaluate(target, "79")
    assert (v.status.value, v.reason.value) == ("pending", "previous_unknown")
    zh, en = v.explain("zh"), v.explain("en")
    if "比上年" not in target:  # 比上年 names the base: a level already, as before
        assert "超过所定变化" in zh and "5 倍" in zh and "read as a level" in en


def test_the_level_reading_is_said() -> None:
    zh = compliance.evaluate(LIFE, "79", previous="78.5").explain("zh")
    assert "不像是变化幅度，按水平值理解" in zh and "79岁 即增长 0.5岁" in zh


@pytest.mark.parametrize(("target", "reported", "previous", "status", "value"), [
    ("较上年提高1个百分点", "61", "60", "met", "1"), ("较上年提高1个百分点", "60.5", "60", "missed", "0.5"),  # levels
    ("较上年提高1个百分点", "1.2", "60", "met", "1.2"), ("较上年提高1个百分点", "0.8", "60", "missed", "0.8"),  # changes
    ("提高1个百分点", "1.2", "60", "met", "1.2"),
    ("比上年提高1岁", "1.2", "78.5", "met", "1.2"), ("比上年提高1岁", "79", "78.5", "missed", "0.5"),
    ("城镇调查失业率下降0.5个百分点", "3.8", "4.0", "missed", "0.2"),  # a level near the previous one: as before
    ("城镇调查失业率下降0.5个百分点", "3.2", "4.0", "met", "0.8"),
    ("新增就业增加1万人", "12万人", "11.5万人", "missed", "0.5"), ("新增就业增加1万人", "1.2万人", "11.5万人", "met", "1.2"),
])
def test_points_and_units_either_side(target: str, reported: str, previous: str, status: str, value: str) -> None:
    v = compliance.evaluate(target, reported, previous=previous)
    assert (v.status.value, str(v.value)) == (status, value)


def test_a_percent_change_is_read_as_before() -> None:
    """A growth rate's previous value is last year's rate: 7 against 增长6% after 6.5 is a rate of 7, never a change of
    0.5; and a figure the caller says is a level (measure="level") is one whatever its size."""
    assert compliance.evaluate("增长6%", "7", previous="6.5").status.value == "met"
    v = compliance.evaluate("提高1个百分点", "1.2", previous="60", measure="level")
    assert (v.status.value, str(v.value)) == ("missed", "-58.8")


def test_the_bulk_path_agrees() -> None:
    pd = pytest.importorskip("pandas") if not os.environ.get("CI") else __import__("pandas")
    frame = pd.DataFrame({
        "target": [LIFE] * 4 + ["较上年提高1个百分点"] * 3,
        "reported": ["79", "1.2", "79", "0.5", "61", "1.2", "60.5"],
        "previous": ["78.5", "78.5", None, None, "60", "60", "60"],
    })
    out = compliance.evaluate_table(frame, polarity="higher", previous="previous").to_pandas()
    expected = [compliance.evaluate(t, r, previous=p).status.value
                for t, r, p in zip(frame["target"], frame["reported"], frame["previous"])]
    assert list(out["status"]) == expected == ["missed", "met", "pending", "missed", "met", "met", "missed"]


def test_the_bulk_path_agrees_on_a_change_in_ten_thousands() -> None:
    """增加1万人 (a multiplier in the unit) went row by row before its size was asked, without telling rows apart by
    their previous value: 79 after 78.5 took the verdict of 79 with none (met, where evaluate says missed)."""
    pd = pytest.importorskip("pandas") if not os.environ.get("CI") else __import__("pandas")
    rows = [(t, v, p) for t in ("增加1万人", "比上年增加2万人") for v in ("79", "1.2", "999", "12万人")
            for p in (None, "78.5", "11.5万人")]
    frame = pd.DataFrame(rows, columns=["target", "reported", "previous"])
    out = compliance.evaluate_table(frame, polarity="higher", previous="previous").to_pandas()
    expected = [(v.status.value, v.reason.value) for v in (compliance.evaluate(t, r, previous=p) for t, r, p in rows)]
    assert list(zip(out["status"], out["reason"])) == expected
    assert ("missed", "measured") in expected and ("pending", "previous_unknown") in expected
