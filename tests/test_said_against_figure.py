"""The reporter's word beside its own figure (judge/said.py): where they agree the figure decides, where they
disagree the verdict is pending with both readings, never the optimistic one."""

import pytest

import compliance
from compliance.models import Reason


@pytest.mark.parametrize("reported, status, reason", [
    # the word says short, the figure reaches 6: they disagree
    ("未完成，增长6.5%", "pending", "ambiguous_value"),
    ("未完成年度目标，增长6.5%", "pending", "ambiguous_value"),
    ("增长6.5%，未达到预期目标", "pending", "ambiguous_value"),
    # the word says done, the figure falls short: they disagree
    ("已完成，增长5.5%", "pending", "ambiguous_value"),
    ("全年增长5.5%，完成年度目标", "pending", "ambiguous_value"),
    ("增长5.5%，超额完成年度目标", "pending", "ambiguous_value"),
    # they agree: the figure decides (its margin shown)
    ("未完成，增长5.5%", "missed", "measured"),
    ("未完成年度目标，增长5.5%", "missed", "measured"),
    ("增长5.5%，低于预期目标0.5个百分点", "missed", "measured"),
    ("已完成，增长6.5%", "met", "measured"),
    ("全年增长6.5%，完成年度目标", "met", "measured"),
    # a word alone is judged on the word, as before
    ("未完成", "missed", "attested_shortfall"),
    ("未完成年度目标", "missed", "attested_shortfall"),
    ("已完成", "met", "attested"),
    # a figure alone on the figure
    ("增长6.5%", "met", "measured"),
    ("增长5.5%", "missed", "measured"),
])
def test_word_and_figure(reported, status, reason):
    v = compliance.evaluate("增长6%", reported)
    assert (v.status.value, v.reason.value) == (status, reason)


def test_both_readings_are_in_the_explanation():
    v = compliance.evaluate("增长6%", "未完成，增长6.5%")
    assert v.missing == ("6.5%", "未完成") and v.value is None
    zh, en = v.explain("zh"), v.explain("en")
    assert "未完成" in zh and "6.5%" in zh and "不一致" in zh
    assert "disagree" in en and "6.5%" in en
    v = compliance.evaluate("增长6%", "已完成，增长5.5%")
    assert v.missing == ("5.5%", "已完成") and "5.5%" in v.explain("zh")


def test_agreeing_word_is_noted():
    v = compliance.evaluate("增长6%", "未完成，增长5.5%")
    assert v.reason is Reason.MEASURED and str(v.gap) == "-0.5"
    assert "未完成" in v.explain("zh") and "also says" in v.explain("en")


def test_each_figure_has_its_own_word():
    text = "地区生产总值增长6.5%，完成年度目标；财政收入增长3%，未完成年度目标"
    assert compliance.evaluate("地区生产总值增长6%", text).status.value == "met"
    assert compliance.evaluate("财政收入增长2%", text).status.value == "pending"  # 3 reaches 2, yet 未完成 follows
    assert compliance.evaluate("财政收入增长5%", text).status.value == "missed"


def test_a_word_of_another_sort_is_no_word_of_the_outcome():
    # 基本完成 (not surely done) and a noun phrase (未达标地级及以上城市) say nothing of this figure
    assert compliance.evaluate("增长6%", "增长5.5%，基本完成年度目标").status.value == "missed"
    assert compliance.evaluate("增长6%", "增长6.5%，未达标地级及以上城市减少").status.value == "met"


def test_the_shortfall_of_a_qualitative_target_is_the_word():
    v = compliance.evaluate("国际收支基本平衡", "未完成，增长6.5%")
    assert (v.status.value, v.reason.value) == ("missed", "attested_shortfall")


SYNC = "城乡居民人均可支配收入与经济增长基本同步"


@pytest.mark.parametrize("reported, growth, status, reason", [
    # the words alone: the report's own judgement, attested (lo014, 沈阳市2023年计划执行情况报告)
    ("城乡居民人均可支配收入与经济增长基本同步", None, "met", "attested"),
    # beside the figure, the figure decides where the followed growth is known
    ("居民收入增长6.5%，与经济增长基本同步", 7, "met", "within_tolerance"),
    ("居民收入增长6.5%，与经济增长基本同步", 8, "pending", "ambiguous_value"),  # 6.5 short of 7, the words say in step
    ("居民收入增长6.5%，与经济增长基本同步", None, "pending", "reference_unknown"),  # the figure waits for the GDP's
    ("居民收入增长5.5%，未能与经济增长同步", 7, "missed", "measured"),  # agree: short
    ("居民收入增长6.5%，未能与经济增长同步", 7, "pending", "ambiguous_value"),  # the figure is within 1 of 7
])
def test_in_step_words_beside_the_figure(reported, growth, status, reason):
    references = {"economic_growth": growth} if growth is not None else {}
    v = compliance.evaluate(SYNC, reported, references=references)
    assert (v.status.value, v.reason.value) == (status, reason)
