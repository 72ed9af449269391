"""Each subject of a 分别 list takes its own figure (judge/choose.py, judge/names.py): in traditional characters, after
the subjects' own level clauses, inside a long sentence, and for a list target as for a target of one subject.
Verdicts either side of each threshold."""

import pytest

import compliance

# outcomes_sixth.tsv ow040 (2014 株洲市政府工作报告, https://hnhdgyyq.010b.com/info/4196/page/28), with the rural
# income named as the target names it (the report names 农民人均纯收入, another measure: see the test below)
LEVELS = "城镇居民人均可支配收入达到28663元,农村居民人均可支配收入达到12398元,分别增长10.6%和13%"
REVIEW = ("预计全年实现GDP1960亿元,增长10.5%;完成公共财政预算总收入235.6亿元,增长10.2%;完成固定资产投资1500亿元,增长"
          "30%;完成社会消费品零售总额659亿元,增长13.6%;" + LEVELS + "。")
# outcomes_seventh.tsv os046's sentence: the pair at the end of seven figures, the second after 和
SEVEN = ("预计,全市地区生产总值增长2%,一般公共预算收入下降8.7%,规模以上工业增加值下降3%,固定资产投资增长1%,社会消费品零售"
         "总额增长9%,城乡居民人均可支配收入分别增长5%和8%。")


@pytest.mark.parametrize("target, status", [
    ("农村居民人均可支配收入增长9%", "met"), ("农村居民人均可支配收入增长9.5%", "missed"),
    ("城镇居民人均可支配收入增长8%", "met"), ("城镇居民人均可支配收入增长8.5%", "missed"),
])
def test_a_list_in_traditional_characters(target, status):
    v = compliance.evaluate(target, "城乡居民人均可支配收入分別增長8.1%和9.2%")
    assert v.status.value == status


@pytest.mark.parametrize("reported", [LEVELS, REVIEW])
@pytest.mark.parametrize("target, status, value", [
    ("农村居民人均可支配收入增长12%", "met", "13"), ("农村居民人均可支配收入增长14%", "missed", "13"),
    ("城镇居民人均可支配收入增长10%", "met", "10.6"), ("城镇居民人均可支配收入增长11%", "missed", "10.6"),
    ("农村居民人均可支配收入达到12000元", "met", "12398"), ("农村居民人均可支配收入达到13000元", "missed", "12398"),
])
def test_each_subject_takes_its_own_growth_after_its_level(reported, target, status, value):
    v = compliance.evaluate(target, reported)
    assert (v.status.value, str(v.value)) == (status, value)


@pytest.mark.parametrize("reported", [LEVELS, REVIEW])
@pytest.mark.parametrize("target, status", [
    ("城乡居民人均可支配收入分别增长8%、9%以上", "met"),
    ("城乡居民人均可支配收入分别增长11%、9%以上", "missed"),  # 城镇's 10.6 short of 11
    ("城乡居民人均可支配收入分别增长8%、14%以上", "missed"),  # 农村's 13 short of 14
    ("城镇、农村居民人均可支配收入分别增长8%、9%", "met"),
])
def test_a_list_target_takes_each_subjects_growth(reported, target, status):
    v = compliance.evaluate(target, reported)
    assert v.status.value == status
    assert [str(p.value) for p in v.parts] == ["10.6", "13"]


def test_another_measure_of_rural_income_stays_apart():
    # the report names 农民人均纯收入 (net income, the older measure): not 农村居民人均可支配收入, as for one subject
    reported = REVIEW.replace("农村居民人均可支配收入达到", "农民人均纯收入达到")
    assert compliance.evaluate("农村居民人均可支配收入增长9%", reported).status.value == "pending"
    assert compliance.evaluate("城镇居民人均可支配收入增长10%", reported).status.value == "met"
    assert compliance.evaluate("城乡居民人均可支配收入分别增长8%、9%以上", reported).status.value == "pending"
    # the urban subject never takes the rural figure, however many characters the names share
    assert compliance.evaluate("农村居民人均可支配收入达到13000元", reported).status.value == "pending"


@pytest.mark.parametrize("target, status, value", [
    ("农村居民人均可支配收入增长7%", "met", "8"), ("农村居民人均可支配收入增长10%", "missed", "8"),
    ("城镇居民人均可支配收入增长4%", "met", "5"), ("城镇居民人均可支配收入增长6%", "missed", "5"),
    ("社会消费品零售总额增长8%", "met", "9"),
])
def test_the_second_of_a_pair_after_he_is_a_rise_and_the_second_subjects(target, status, value):
    v = compliance.evaluate(target, SEVEN)
    assert (v.status.value, str(v.value)) == (status, value)


@pytest.mark.parametrize("target, status", [
    ("城乡居民人均可支配收入分别增长4%以上和7%以上", "met"), ("城乡居民人均可支配收入分别增长8.5%以上和10%以上", "missed"),
    ("城乡居民人均可支配收入分别增长4%以上和9%以上", "missed"),
])
def test_a_list_target_in_a_sentence_of_seven_figures(target, status):
    v = compliance.evaluate(target, SEVEN)
    assert v.status.value == status and [str(p.value) for p in v.parts] == ["5", "8"]


def test_a_list_naming_its_own_subjects_is_not_taken_by_the_clauses_before():
    # 预计城乡居民人均可支配收入同比分别增长7%左右和9%左右 names its own list: the 7% is no 规上工业增加值's
    text = ("一般公共预算收入完成28.74亿元,同比增长5.3%;规上工业增加值同比增长4.6%;社会消费品零售总额完成197.4亿元,同比增长"
            "5.4%;预计城乡居民人均可支配收入同比分别增长7%左右和9%左右。")
    assert str(compliance.evaluate("规模以上工业增加值增长7%左右", text).value) == "4.6"
    assert compliance.evaluate("规模以上工业增加值增长7%左右", text).status.value == "missed"


# outcomes_seventh os097 (its address there): a pair without 分别 at the end of a sentence of seven figures
WITHOUT = ("预计,地区生产总值增长0.5%,规模以上工业增加值增长3%,固定资产投资增长9%,社会消费品零售总额下降16%,外贸进出口总额下降"
           "25%,城镇和农村常住居民人均可支配收入增长2%和6%。一般公共预算收入增长1%。")


@pytest.mark.parametrize("target, status, value", [
    ("农村居民人均可支配收入增长5%", "met", "6"), ("农村居民人均可支配收入增长7%", "missed", "6"),
    ("城镇居民人均可支配收入增长1.5%", "met", "2"), ("城镇居民人均可支配收入增长3%", "missed", "2"),
])
def test_a_pair_joined_by_he_without_fenbie(target, status, value):
    v = compliance.evaluate(target, WITHOUT)
    assert (v.status.value, str(v.value)) == (status, value)


def test_a_list_target_against_a_pair_without_fenbie():
    assert compliance.evaluate("城乡居民人均可支配收入分别增长6%左右、7.5%左右", WITHOUT).status.value == "missed"
    assert compliance.evaluate("城乡居民人均可支配收入分别增长1%、5%", WITHOUT).status.value == "met"


@pytest.mark.parametrize("reported", ["城镇居民人均可支配收入增长6%", "城镇居民人均可支配收入增长6%,增速比上年提高1个百分点"])
def test_the_urban_figure_is_no_rural_figure(reported):
    # was MET: 城镇 and 农村 share every other character of the name (names.other_half now sets it aside)
    v = compliance.evaluate("农村居民人均可支配收入增长5%", reported)
    assert (v.status.value, v.reason.value) == ("pending", "no_data")
    assert compliance.evaluate("城镇居民人均可支配收入增长5%", reported).status.value == "met"
    assert compliance.evaluate("城镇居民人均可支配收入增长7%", reported).status.value == "missed"
