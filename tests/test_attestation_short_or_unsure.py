"""Words a report uses instead of a figure, each with a deliberate verdict (zh.yaml ``outcome.short``):

* a shortfall said without its size (``said``: 部分完成, 未达到预期, 低于预期, 有差距): missed on the reporter's word, as
  未完成 is (only part done is not done), whatever the target;
* a completion not surely or not wholly said (``unsure`` before 完成/实现: 基本完成, 接近完成, 难以完成, 预计难以完成):
  attests nothing, pending (basically or nearly done says not how far; hard to complete is a forecast, no outcome:
  an auditor marks it at risk, not missed), with a note saying why for a qualitative target;
* progress without an outcome (滞后, 进度偏慢, 正在推进, 持续推进) and how it went (完成情况不理想): pending.
A completion said outright (完成, 可完成, 预计完成) still attests: met. Either side of each is below."""

from __future__ import annotations

import pytest

import compliance

QUALITATIVE = "国际收支基本平衡"
TARGETS = (QUALITATIVE, "6以上", "地区生产总值增长6%")


def verdict(target: str, reported: str) -> tuple[str, str]:
    v = compliance.evaluate(target, reported)
    return v.status.value, v.reason.value


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("reported", ["部分完成", "预计部分完成", "全年部分完成", "部分完成。", "部分实现", "部分达标", "未达到预期", "未达预期",
                                      "低于预期", "不及预期", "有差距", "存在差距", "与目标有差距", "未完成"])
def test_a_shortfall_said_in_words_is_missed(target: str, reported: str) -> None:
    assert compliance.parse_reported(reported).kind == "shortfall"
    assert verdict(target, reported) == ("missed", "attested_shortfall")


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("reported", ["完成", "可完成", "预计完成", "已完成", "全面完成"])
def test_a_completion_said_outright_is_met(target: str, reported: str) -> None:
    assert verdict(target, reported) == ("met", "attested")


@pytest.mark.parametrize("reported", ["基本完成", "接近完成", "难以完成", "预计难以完成", "预计较难完成", "基本实现",
                                      "难以实现"])
def test_a_completion_not_surely_or_wholly_said_attests_nothing(reported: str) -> None:
    v = compliance.evaluate(QUALITATIVE, reported)
    assert (v.status.value, v.reason.value) == ("pending", "qualitative")
    assert [n.code for n in v.notes] == ["attestation_unsure"]
    assert "不算证实" in v.explain("zh") and "attests nothing" in v.explain("en")
    for target in TARGETS[1:]:
        assert verdict(target, reported) == ("pending", "unrecognized")


@pytest.mark.parametrize("reported", ["滞后", "进度偏慢", "滞后预期", "正在推进", "持续推进", "完成情况不理想", "完成不理想"])
@pytest.mark.parametrize("target", TARGETS)
def test_progress_or_how_it_went_is_pending(target: str, reported: str) -> None:
    assert verdict(target, reported)[0] == "pending"


@pytest.mark.parametrize("reported", ["部分完成的项目", "部分完成率", "有差距的指标"])
def test_the_phrase_must_end_the_cell(reported: str) -> None:
    assert compliance.parse_reported(reported).kind != "shortfall"


def test_the_target_own_predicate_still_attests() -> None:
    assert verdict(QUALITATIVE, "国际收支保持基本平衡") == ("met", "attested")
    assert verdict(QUALITATIVE, "基本平衡") == ("met", "attested")


@pytest.mark.parametrize("reported, status", [
    ("增速完成区人代会批准的高于GDP增速目标", "met"), ("增速难以完成区人代会批准的高于GDP增速目标", "pending"),
    ("增速基本完成高于GDP增速目标", "pending"), ("增速未完成高于GDP增速目标", "pending"),
])
def test_a_target_completed_in_words_is_not_attested_by_doubt(reported: str, status: str) -> None:
    assert compliance.evaluate("高于GDP增速", reported).status.value == status


@pytest.mark.parametrize("reported, status", [
    ("居民收入增长与经济增长同步", "met"), ("居民收入增长难以与经济增长同步", "pending"),
    ("居民收入增长未能与经济增长同步", "pending"),
])
def test_growth_in_step_is_not_attested_by_doubt(reported: str, status: str) -> None:
    assert compliance.evaluate("与经济增长同步", reported).status.value == status
