"""A text listing indicators before a count of them and a completion (其中，固定资产投资、一般公共预算收入2项指标完成全年
目标任务: corpus th007, 2022 南昌) attests each listed indicator's target, met; it was pending (2项 a count, no value).
An indicator not in the list, a list longer than its count, a negation (未完成) stay pending."""

from __future__ import annotations

import pytest

import compliance

TEXT = "其中,固定资产投资、一般公共预算收入2项指标完成全年目标任务"
MORE = "地方一般公共预算收入、规上工业增加值等2项指标完成全年目标任务"


@pytest.mark.parametrize(("target", "reported"), [
    ("地方一般公共预算收入增长5%左右", TEXT), ("固定资产投资增长8%", TEXT), ("规上工业增加值增长7%", MORE),
    ("规模以上工业增加值增长7%", MORE.replace("等2项", "两项")), ("一般公共預算收入增長2%左右", TEXT),
])
def test_a_listed_indicator_is_attested(target, reported):
    v = compliance.evaluate(target, reported)
    assert (v.status.value, v.reason.value) == ("met", "attested")
    assert "among the 2 indicators listed" in v.explain("en")


@pytest.mark.parametrize(("target", "reported"), [
    ("规模以上工业增加值增长7%", TEXT), ("社会消费品零售总额增长8%", TEXT), ("第二产业增加值增长7%", MORE),
    ("技改投资占固定资产投资比重16.5%", TEXT),  # a share of a listed indicator is no listed indicator
    ("一般公共预算总收入增长6%左右", TEXT),  # the total revenue, another indicator than 一般公共预算收入
    ("规上工业增加值增长7%", MORE.replace("完成", "未完成")),
    ("规上工业增加值增长7%", "地方一般公共预算收入、规上工业增加值、固定资产投资2项指标完成全年目标任务"),
])
def test_not_listed_negated_or_miscounted_stays_pending(target, reported):
    assert compliance.evaluate(target, reported).status.value == "pending"


@pytest.mark.parametrize("said", ["完成情况不理想", "完成率低于序时进度", "预计难以完成全年目标", "较难完成全年目标任务"])
def test_a_completion_word_not_saying_the_targets_were_completed_attests_nothing(said):
    # review R2: the count's clause held a completion word, so a poor or doubtful completion was met
    assert compliance.evaluate("固定资产投资增长8%", TEXT.replace("完成全年目标任务", said)).status.value == "pending"


@pytest.mark.parametrize("said", ["均完成全年目标任务", "全面完成年度目标任务", "预计完成全年目标"])
def test_a_completion_of_the_targets_said_otherwise_is_attested(said):
    v = compliance.evaluate("固定资产投资增长8%", TEXT.replace("完成全年目标任务", said))
    assert (v.status.value, v.reason.value) == ("met", "attested")
