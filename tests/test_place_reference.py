"""``比全省高1个百分点以上``, ``高于全国0.5个百分点``: a place's level label (全省, 全市, 全国: zh.yaml ``level_labels`` that name a
reference) compared with by 比…高 or 高于 is that reference (全省平均水平). It was read as a name (比全省高) and the margin
alone as the target (>= 1个百分点), so ``6.0（全省5.2）`` was met: now the bracket gives the reference, 5.2 + 1 = 6.2, and
without a reference figure the verdict is pending reference_unknown, never met."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize(("reported", "status"), [
    ("6.0（全省5.2）", "missed"), ("6.1（全省5.2）", "missed"), ("6.2（全省5.2）", "met"), ("6.5（全省5.2）", "met"),
])
def test_the_bracket_gives_the_reference(reported: str, status: str) -> None:
    for target in ("比全省高1个百分点以上", "高于全省1个百分点以上", "较全省高1个百分点"):
        v = compliance.evaluate(target, reported)
        assert (v.status.value, str(v.threshold)) == (status, "6.2"), target
        assert v.reference is not None and v.reference.value == "5.2"


def test_without_a_reference_figure_pending() -> None:
    v = compliance.evaluate("比全省高1个百分点以上", "6.0")
    assert (v.status.value, v.reason.value) == ("pending", "reference_unknown")
    assert compliance.evaluate("比全省高1个百分点以上", "6.0", references={"全省平均水平": 4.5}).status.value == "met"
    assert compliance.evaluate("比全省高1个百分点以上", "6.0", references={"全省平均水平": 5.5}).status.value == "missed"


@pytest.mark.parametrize(("target", "name", "relation"), [
    ("比全省高1个百分点以上", "全省平均水平", "gt"), ("比全国高0.5个百分点", "全国平均水平", "gt"),
    ("比全市低1个百分点", "全市平均水平", "lt"), ("高于全省1个百分点以上", "全省平均水平", "gt"),
])
def test_the_reading(target: str, name: str, relation: str) -> None:
    c = compliance.parse_target(target)
    assert (c.kind, c.name, c.relation, c.margin is not None) == ("reference", name, relation, True)


def test_a_lower_side_either_way() -> None:
    assert compliance.evaluate("比全市低1个百分点", "3.0（全市4.5）", polarity="lower").status.value == "met"
    assert compliance.evaluate("比全市低1个百分点", "4.0（全市4.5）", polarity="lower").status.value == "missed"


def test_a_label_elsewhere_stays_a_label() -> None:
    c = compliance.parse_target("全省地区生产总值增长6.5%")
    assert (c.kind, c.change) == ("cumulative", "up")
    assert compliance.evaluate(c, "7").status.value == "met"
    assert compliance.parse_target("比上年高1个百分点").kind != "reference"  # 上年 is the previous period, no reference
