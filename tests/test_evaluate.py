"""Judgements through compliance.evaluate: the issue's list, then each form with both polarities."""

from __future__ import annotations

from decimal import Decimal

import pytest

from compliance import Reason, Status, evaluate

MET, MISSED, PENDING = Status.MET, Status.MISSED, Status.PENDING

# (target, reported, polarity, kwargs, status)
DONE_WHEN = [
    ("6以上", "4", "higher", {}, MISSED),
    ("6以上", "6", "higher", {}, MET),
    ("<3.2", "3.2", "lower", {}, MISSED),
    ("控制在3%以内", "2.63", "lower", {}, MET),
    ("5.5-6", "6.2", "band", {}, MISSED),
    ("6", "5", "higher", {}, MISSED),
    ("3.2", "3", "lower", {}, MET),
    ("15左右", "8-9", "higher", {}, MISSED),
    ("6左右", "15", "higher", {}, MET),
    ("达到市级要求", "63.7", "higher", {}, PENDING),
    ("达到市级要求", "63.7", "higher", {"references": {"市级要求": 62}}, MET),
    ("低于全市平均水平", "2.63（市级3.12）", "lower", {}, MET),
    ("逐步增加", "1.75", "higher", {"previous": "0.88"}, MET),
    ("逐步增加", "1.75", "higher", {"previous": "2.0"}, MISSED),
    ("逐步增加", "1.75", "higher", {}, PENDING),
    ("稳步增长", "-1.2", "higher", {}, MISSED),
    ("12以上", "10以上", "higher", {}, PENDING),
    ("达到1.5万个", "1.4万个", "higher", {}, MISSED),
    ("800万人以上", "850", "higher", {}, MET),
    ("不少于五千个", "5200", "higher", {}, MET),
]


@pytest.mark.parametrize(("target", "reported", "polarity", "kwargs", "status"), DONE_WHEN,
                         ids=[f"{t}|{r}|{p}" for t, r, p, _, _ in DONE_WHEN])
def test_issue_examples(target, reported, polarity, kwargs, status):
    verdict = evaluate(target, reported, polarity=polarity, **kwargs)
    assert verdict.status is status, verdict.explain("en")
    if status is PENDING:
        assert verdict.missing, "a pending verdict names what is missing"


# Each form with both polarities: (target, reported, status if higher, status if lower)
FORMS = [
    ("<10", "9", MET, MET),  # a bound is a bound, whatever the polarity
    (">10", "10", MISSED, MISSED),
    ("≤10", "10", MET, MET),
    ("10以上", "10", MET, MET),
    ("10以下", "10.1", MISSED, MISSED),
    ("不低于10", "10", MET, MET),
    ("不少于10", "9.99", MISSED, MISSED),
    ("不高于10", "10", MET, MET),
    ("不超过10", "10.01", MISSED, MISSED),
    ("10以内", "10", MET, MET),
    ("控制在10以内", "11", MISSED, MISSED),
    ("低于10", "10", MISSED, MISSED),
    ("高于10", "10", MISSED, MISSED),
    ("提高到10", "10", MET, MET),
    ("达到10", "11", MET, MISSED),  # the good direction
    ("达到10", "9", MISSED, MET),
    ("10", "10", MET, MET),
    ("10", "12", MET, MISSED),
    ("8-9", "10", MET, MISSED),  # beating a range is fine on a one-sided indicator
    ("8-9", "7", MISSED, MET),
    ("7%-7.5%", "7.2", MET, MET),
    ("5%至5.5%", "5.6%", MET, MISSED),
    ("5.5～6", "5.4", MISSED, MET),
    ("10左右", "9.6", MET, MET),  # within 5%
    ("10左右", "9.4", MISSED, MET),
    ("10左右", "10.6", MET, MISSED),
    ("约10", "20", MET, MISSED),
    ("力争10左右", "9.5", MET, MET),
    ("稳步增长", "0.5", MET, MET),
    ("持续下降", "0.5", MISSED, MISSED),
    ("7.2（调整为5.5）", "6", MET, MISSED),
    ("征求意见中（3）", "3", MET, MET),
    ("达到市级要求（3.2）", "3", MISSED, MET),
    ("达到市级要求（<0.9）", "0.9", MISSED, MISSED),
    ("达到市级要求（降低到228）", "227", MET, MET),
    ("达到市级要求（优良水体比例75）", "优良水体比例87.5", MET, MISSED),
    ("低于全市平均水平（3）", "2.9", MET, MET),
    ("累计5000左右", "5300", MET, MISSED),
    ("净减1.2平方公里", "净减1.3平方公里", MET, MET),
]


@pytest.mark.parametrize(("target", "reported", "higher", "lower"), FORMS, ids=[f"{t}|{r}" for t, r, _, _ in FORMS])
def test_forms_both_polarities(target, reported, higher, lower):
    assert evaluate(target, reported, polarity="higher").status is higher
    assert evaluate(target, reported, polarity="lower").status is lower


@pytest.mark.parametrize(("reported", "status"), [("10", MET), ("10.49", MET), ("10.51", MISSED), ("9.5", MET), ("9.4", MISSED)])
def test_band_approx(reported, status):
    assert evaluate("10左右", reported, polarity="band").status is status


def test_band_bare_number_is_about():
    assert evaluate("10", "10.3", polarity="band").status is MET
    assert evaluate("10", "11", polarity="band").status is MISSED


def test_tolerance_configurable_and_reason():
    default = evaluate("10左右", "9.6")
    assert default.status is MET and default.reason is Reason.WITHIN_TOLERANCE and default.tolerance == Decimal("0.5")
    assert evaluate("10左右", "9.6", tolerance="2%").status is MISSED
    assert evaluate("10左右", "9.6", tolerance=0.5).status is MET
    assert evaluate("10左右", "10.2").reason is Reason.MEASURED


def test_attested_is_met_with_basis():
    verdict = evaluate("净减1.2平方公里", "可完成", polarity="lower")
    assert verdict.status is MET and verdict.reason is Reason.ATTESTED and verdict.basis == "attested"
    assert evaluate("达到市级要求", "可以完成市级任务").reason is Reason.ATTESTED
    assert evaluate("净减1.2平方公里", "完成净减1.2平方公里任务").basis == "attested"


@pytest.mark.parametrize(("reported", "reason"), [
    ("该指标年底出上年数据", Reason.NO_DATA), ("-", Reason.NO_DATA), ("", Reason.NO_DATA),
    ("天知道", Reason.UNRECOGNIZED),
])
def test_pending_inputs(reported, reason):
    verdict = evaluate("6以上", reported)
    assert verdict.status is PENDING and verdict.reason is reason and "reported" in verdict.missing
    assert verdict.threshold is None and verdict.admissible is not None  # the reading is still shown


def test_unrecognized_target_is_pending():
    verdict = evaluate("好好干", "6")
    assert verdict.status is PENDING and verdict.reason is Reason.UNRECOGNIZED and verdict.missing == ("target",)


def test_reference_sources_in_order():
    target = "低于全市平均水平（3）"
    assert evaluate(target, "2.63（市级3.12）", polarity="lower").reference.source == "reported"
    assert evaluate(target, "2.63", polarity="lower").reference.source == "inline"
    verdict = evaluate(target, "2.63（市级3.12）", polarity="lower", references={"全市平均水平": 2.5})
    assert verdict.reference.source == "references" and verdict.status is MISSED


def test_reference_value_as_text_and_national_pattern():
    verdict = evaluate("不超过国家对北京市的要求", "0.25", polarity="lower")
    assert verdict.status is PENDING and verdict.missing == ("国家对北京市的要求",)
    assert evaluate("不超过国家对北京市的要求", "0.25", polarity="lower",
                    references={"国家对北京市的要求": "0.3"}).status is MET
    assert evaluate("达到市级要求", "0.95", polarity="lower", references={"市级要求": "<0.9"}).status is MISSED


def test_sync_with_another_indicator():
    assert evaluate("与经济增长基本同步", "7.8", references={"economic_growth": 8.8}).reason is Reason.WITHIN_TOLERANCE
    assert evaluate("与经济增长基本同步", "7.5", references={"economic_growth": 8.8}).status is MISSED
    missing = evaluate("与经济增长基本同步", "7.8")
    # the language names the role, not a plan's id (the old id above still works as a reference)
    assert missing.reason is Reason.REFERENCE_UNKNOWN and missing.missing == ("economic_growth",)


def test_improvement_follows_the_polarity():
    assert evaluate("持续改善", "30", polarity="lower", previous="32").status is MET
    assert evaluate("持续改善", "30", polarity="higher", previous="32").status is MISSED
    band = evaluate("持续改善", "30", polarity="band", previous="32")
    assert band.status is PENDING and band.missing == ("good_direction",)


def test_comparison_with_another_indicator_and_a_base_year():
    faster = evaluate("全员劳动生产率增长高于GDP增长", "6", references={"economic_growth": 5})
    assert faster.status is MET and faster.reference.name == "GDP增长"
    assert evaluate("城镇居民收入增长快于经济增长", "5", references={"economic_growth": 5}).status is MISSED
    since = evaluate("比2020年下降18%", "下降19%", polarity="lower")
    assert since.status is MET and "2020" in since.explain("en")


def test_growth_words_against_a_level_use_previous():
    assert evaluate("稳步增长", "35.6", previous="35.48", measure="level").status is MET
    assert evaluate("稳步增长", "2.9", previous="7.8", measure="rate").status is MET  # rate above zero


def test_units_convert_or_refuse():
    assert evaluate("达到1.5万个", "14000个").status is MISSED
    assert evaluate("达到1.5万个", "15000个").status is MET
    assert evaluate("800万人以上", "1256万人").status is MET
    verdict = evaluate("6%以上", "3亿元")
    assert verdict.status is PENDING and verdict.reason is Reason.NOT_COMPARABLE
    assert evaluate("6以上", "5", unit="%").unit == "%"


def test_reported_note_shown_not_judged():
    verdict = evaluate("4", "0.1\n（同口径8%）")
    assert verdict.status is MISSED and verdict.value == Decimal("0.1")
    assert "同口径8%" in verdict.explain("zh")


def test_revision_and_provisional_are_explained():
    revised = evaluate("7.2（调整为5.5）", "5.5左右")
    assert revised.status is MET and revised.threshold == Decimal("5.5")
    assert "7.2" in revised.explain("en") and "revised" in revised.explain("en")
    provisional = evaluate("征求意见中（3）", "3")
    assert provisional.provisional and "provisional" in provisional.explain("en")


def test_bulletin_sentences():
    assert evaluate("6以上", "比上年增长4.1%").value == Decimal("4.1")
    assert evaluate("5.5以内", "全年城镇调查失业率平均值为5.0%", polarity="lower").status is MET
    assert evaluate("2以上", "比上年下降2.3%").value == Decimal("-2.3")
    assert evaluate("2以上", "比上年下降2.3%", measure="decline").status is MET
    sentence = "全年地区生产总值1000亿元，比上年增长4.1%"
    assert evaluate("6以上", sentence).reason is Reason.AMBIGUOUS_VALUE
    assert evaluate("6以上", sentence, unit="%").value == Decimal("4.1")


def test_exact_decimal_boundary():
    assert evaluate("0.3", 0.1 + 0.2, polarity="lower").status is MISSED
    assert evaluate("<0.3", "0.29999999999999999999", polarity="lower").status is MET
    assert evaluate("5%至5.5%", "5.5").status is MET


def test_explanations_name_threshold_and_gap():
    verdict = evaluate("控制在3%以内", "2.63", polarity="lower")
    assert verdict.threshold == Decimal(3) and verdict.gap == Decimal("-0.37")
    assert "0.37 个百分点" in verdict.explain("zh") and "under the limit" in verdict.explain("en")


def test_a_custom_rule_through_evaluate():
    from compliance import Expression

    rule = Expression(text="value >= ref('gdp_growth') - 1 and value > previous")
    assert evaluate(rule, "8", previous="7.8", references={"gdp_growth": 8.8}).status is MET
    missed = evaluate(rule, "7.5", previous="7.8", references={"gdp_growth": 8.8})
    assert missed.status is MISSED and "7.5 >= 8.8 - 1" in missed.explain("en")
    assert evaluate(rule, "8", references={"gdp_growth": 8.8}).status is PENDING  # no previous value
