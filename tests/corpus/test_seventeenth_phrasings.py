"""Phrasings of the seventeenth set (tests/corpus/targets_seventeenth.tsv) read in general, each checked by its verdict either side.

与市保持一致 (in line with the city's figure) names the city's level as 与全国一致 names the nation's (zh.yaml references: 市 or 全市,
省 or 全省, only between 与 and (保持)一致); the level comes from ``references`` under the words as written, and without it the
target is pending, never read as a figure.
"""

from __future__ import annotations

import pytest

import compliance
from compliance.models import Reason, Status

#: 2026娄底市娄星区政府工作报告要点 (娄星区融媒体中心, https://www.hnldlx.cn/content/646046/62/15728553.html), the seventeenth set's
#: tg016
IN_LINE = "居民消费价格涨幅与市保持一致"


@pytest.mark.parametrize(("value", "status"), [("0.8", Status.MET), ("1", Status.MET), ("1.5", Status.MISSED)])
def test_in_line_with_the_city_is_at_most_the_citys_rise(value, status):
    verdict = compliance.evaluate(IN_LINE, value, polarity="lower", references={"市": 1})
    assert verdict.status is status


def test_the_city_is_the_reference_and_without_its_level_the_target_waits():
    parsed = compliance.parse_target(IN_LINE)
    assert parsed.kind == "reference" and parsed.name == "全市平均水平"
    verdict = compliance.evaluate(IN_LINE, "1", polarity="lower")
    assert verdict.status is Status.PENDING and verdict.reason is Reason.REFERENCE_UNKNOWN


def test_the_citys_own_target_words_are_unchanged():
    """市定目标 (the city's target, zh.yaml 市级要求) is no 与…一致: a task, as before (张湾区 2020, the set's tg008)."""
    parsed = compliance.parse_target("城镇登记失业率、节能减排、安全生产等指标控制在市定目标内")
    assert parsed.kind == "qualitative"
