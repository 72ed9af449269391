"""A reported figure after a word that moves to it (提高到, 增长到, 降至, 下降到: zh.yaml comparators ending in 到 / 至) is the
level reached, a point: never a bound, and never the change itself. ``人均预期寿命提高1岁`` was met by ``提高到79岁`` (read
as >= 79岁, then as a rise of 79岁). Against a change target the level is measured from the previous one (the caller's,
or the reported 由78.5岁): 79 after 78.5 is a rise of 0.5 (missed); without it pending previous_unknown, the reason
said. Against a level target the point is judged (提高到78岁 against 达到79岁: missed, it was pending). A level reached
that is itself a rate (增速提高到6.8%) or an indicator measured as a rate is the change, as before."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize(("reported", "previous", "status"), [
    ("提高到79岁", "78.5", "missed"), ("提高到79.5岁", "78.5", "met"), ("提高到79.6岁", "78.5", "met"),
    ("人均预期寿命提高到79岁", "78.5", "missed"), ("由78.5岁提高到79岁", None, "missed"), ("由78岁提高到79岁", None, "met"),
    ("提高1.2岁", None, "met"), ("提高0.8岁", None, "missed"),  # a change stated as one: as before
])
def test_a_level_reached_against_a_change(reported: str, previous: str | None, status: str) -> None:
    assert compliance.evaluate("人均预期寿命提高1岁", reported, previous=previous).status.value == status


@pytest.mark.parametrize("reported", ["提高到79岁", "人均预期寿命提高到79岁", "增长到6.5%"])
def test_without_the_previous_level_pending_with_its_reason(reported: str) -> None:
    target = "增长6.5%" if "%" in reported else "人均预期寿命提高1岁"
    v = compliance.evaluate(target, reported)
    assert (v.status.value, v.reason.value, v.missing) == ("pending", "previous_unknown", ("previous",))
    said = v.explain("zh")
    assert "是水平值而目标是变化幅度" in said and "缺少上期值" in said and "?" not in said


@pytest.mark.parametrize(("target", "reported", "previous", "status"), [
    ("下降3%", "下降到97", "100", "met"), ("下降3%", "下降到98", "100", "missed"), ("下降3%", "降至96", "100", "met"),
    ("比上年增长6%", "增长到106", "100", "met"), ("比上年增长6%", "增长到105", "100", "missed"),
    ("城镇化率提高1个百分点", "城镇化率提高到65.6%", "64.5", "met"), ("城镇化率提高1个百分点", "城镇化率提高到65%", "64.5", "missed"),
])
def test_change_targets_either_side(target: str, reported: str, previous: str, status: str) -> None:
    v = compliance.evaluate(target, reported, previous=previous)
    assert v.status.value == status
    assert "?" not in v.explain("zh")


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("达到79岁", "提高到79岁", "met"), ("达到79岁", "提高到78岁", "missed"), ("79岁以上", "提高到80岁", "met"),
    ("6以上", "降至5", "missed"), ("100以下", "降至97", "met"), ("100以下", "降至101", "missed"),
    ("城镇化率达到65%", "城镇化率提高到64%", "missed"), ("城镇化率达到65%", "城镇化率提高到65.2%", "met"),
])
def test_level_targets_judge_the_point(target: str, reported: str, status: str) -> None:
    v = compliance.evaluate(target, reported)
    assert (v.status.value, v.reason.value) == (status, "measured")


@pytest.mark.parametrize(("reported", "kw", "status"), [
    ("增长到6.8%", {"measure": "rate"}, "met"), ("增长到6.0%", {"measure": "rate"}, "missed"),
    ("地区生产总值增速提高到6.8%", {}, "met"), ("GDP增速回升到6.0%", {}, "missed"),
    ("增长到106.8", {"previous": "100"}, "met"), ("增长到106", {"previous": "100"}, "missed"),
])
def test_growth_rate_targets(reported: str, kw: dict[str, str], status: str) -> None:
    assert compliance.evaluate("增长6.5%", reported, **kw).status.value == status


def test_the_reading() -> None:
    r = compliance.parse_reported("提高到79岁")
    assert (r.kind, str(r.value)) == ("value", "79岁")
    assert [(s.role, s.text) for s in r.spans if s.role == "reached"] == [("reached", "提高到")]
    assert compliance.parse_reported("提高至79歲").kind == "value"  # traditional, folded
    assert compliance.parse_reported("不低于79岁").kind == "bound"  # a bound word stays a bound
    assert compliance.parse_reported("提高到79岁以上").kind == "bound"  # with a second comparator, as written
    assert compliance.parse_target("提高到79岁").kind == "bound"  # a target's 提高到 is at least the figure


@pytest.mark.parametrize(("reported", "kw", "status"), [
    ("达到79岁", {}, "pending"), ("达到79岁", {"previous": "78.5"}, "missed"), ("达到79.6岁", {"previous": "78.5"}, "met"),
    ("人均预期寿命达到79岁", {"previous": "78"}, "met"),
])
def test_a_level_reached_with_the_reach_word(reported: str, kw: dict[str, str], status: str) -> None:
    assert compliance.evaluate("人均预期寿命提高1岁", reported, **kw).status.value == status


def test_a_rate_reached_with_the_reach_word() -> None:
    assert compliance.evaluate("地区生产总值增长6.5%", "地区生产总值增速达到6.8%").status.value == "met"
    assert compliance.evaluate("增长6.5%", "增速达到6.0%").status.value == "missed"
    assert compliance.evaluate("增长6.5%", "达到6.8%").status.value == "met"  # a % reached: the growth (review)
    assert compliance.evaluate("增长6.5%", "增长到6.8%").reason.value == "previous_unknown"  # grown to: a level
    assert compliance.evaluate("增长6.5%", "6.8").status.value == "met"  # a bare figure is the change, as before
