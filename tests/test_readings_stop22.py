"""Target phrasings of stop 22 (A1), each with values either side of its threshold.

A level named after its figure is framing, as 的目标 is: 粮食产量达到250亿斤阶段性水平 (l0043, tests/corpus/
targets_local.tsv) was unread, and so were 控制在5.5%左右的水平 and 3%左右的合理水平; 1300万吨以上的水平 was read as a
share of 水平 (sentences.counted), its subject 水平.
"""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize(
    ("target", "reported", "polarity", "status"),
    [
        ("粮食产量达到250亿斤阶段性水平", "255", "higher", "met"),
        ("粮食产量达到250亿斤阶段性水平", "230", "higher", "missed"),
        ("城镇调查失业率控制在5.5%左右的水平", "5.4", "lower", "met"),
        ("城镇调查失业率控制在5.5%左右的水平", "6.2", "lower", "missed"),
        ("居民消费价格涨幅控制在3%左右的合理水平", "2.5", "lower", "met"),
        ("居民消费价格涨幅控制在3%左右的合理水平", "3.6", "lower", "missed"),
        ("粮食产量保持在1300万吨以上的水平", "1310万吨", "higher", "met"),
        ("粮食产量保持在1300万吨以上的水平", "1250万吨", "higher", "missed"),
        ("粮食总产量稳定在650亿斤以上的较高水平", "660亿斤", "higher", "met"),
        ("粮食总产量稳定在650亿斤以上的较高水平", "640亿斤", "higher", "missed"),
    ],
)
def test_a_level_named_after_its_figure(target: str, reported: str, polarity: str, status: str) -> None:
    parsed = compliance.parse_target(target)
    assert parsed.kind in ("level", "bound", "approx")
    assert [s.role for s in parsed.remarks if s.text.endswith("水平")] == ["framing"]
    assert parsed.subject is None or not parsed.subject.text.endswith("水平")
    assert compliance.evaluate(target, reported, polarity=polarity).status.value == status


@pytest.mark.parametrize("target", ["达到全国平均水平", "高于全省平均水平", "不低于上年水平"])
def test_references_to_a_level_stay_references(target: str) -> None:
    assert compliance.parse_target(target).kind in ("reference", "cumulative", "direction", "bound", "level")
    assert not any(s.role == "framing" for s in compliance.parse_target(target).remarks)
