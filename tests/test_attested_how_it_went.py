"""A completion word followed by plain words saying how it went is no attestation: 完成情况不理想 (the completion is
unsatisfactory), 完成任务较差, 完成率低于序时进度 were read as attested, so a target met on them (and 固定资产投资、…
2项指标完成情况不理想 too). Now unread, pending. A completion naming what was completed (完成全年目标任务, 完成年度计划,
…约束性指标) or nothing more (可完成, 已完成, 超额完成) still attests: met. 完成较好 (went well) is unread too: pending,
never a wrong verdict. A qualitative target's attestation reads the words themselves (judge/words.attests): there
too the words after 完成/实现 must name what was done or be none; 预计难以完成 attests nothing and 部分完成 is a
shortfall (tests/test_attestation_short_or_unsure.py)."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize("reported", ["完成情况不理想", "完成任务较差", "完成率低于序时进度", "完成较好"])
@pytest.mark.parametrize("target", ["城镇新增就业5万人", "地区生产总值增长6%"])
def test_how_it_went_attests_nothing(target, reported):
    assert compliance.evaluate(target, reported).status.value == "pending"


@pytest.mark.parametrize("reported", ["完成全年目标任务", "完成年度计划", "全面完成节能减排降碳和环境质量改善约束性指标",
                                      "可完成", "已完成", "超额完成", "全年可完成", "完成国家下达的节能减排和环境保护等任务"])
def test_a_completion_of_something_still_attests(reported):
    v = compliance.evaluate("城镇新增就业5万人", reported)
    assert (v.status.value, v.reason.value) == ("met", "attested")


@pytest.mark.parametrize(("reported", "status"), [
    ("完成情况不理想", "pending"), ("实现情况较差", "pending"), ("完成率偏低", "pending"), ("完成较好", "pending"),
    ("完成", "met"), ("已完成", "met"), ("全面完成年度目标任务", "met"), ("目标已实现", "met"), ("全面实施", "met"),
    ("国际收支保持基本平衡", "met"),
])
def test_a_qualitative_target_is_attested_by_what_was_done_not_how_it_went(reported, status):
    # judge/words.attests: any 完成 or 实现 in an unread text attested 国际收支基本平衡, 完成情况不理想 too
    assert compliance.evaluate("国际收支基本平衡", reported).status.value == status
