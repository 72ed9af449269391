"""Cells of the plan-execution tables of stop 25 (tests/tables/licheng-2022, national-2016, ...) as the engine reads
them, either side of each threshold. Every reported string is copied from the source named beside it."""

from __future__ import annotations

from decimal import Decimal

import pytest

import compliance

# 国务院 2016年《政府工作报告》量化指标任务落实情况, 中国新闻网 2017-03-01 p.4:
# https://www.rmzxb.com.cn/c/2017-03-01/1372754_4.shtml
RELOCATION = "完成249万人的易地扶贫搬迁建设任务"


@pytest.mark.parametrize(("threshold", "status"), [("249", "met"), ("200", "met"), ("249.01", "pending"), ("300", "pending")])
def test_a_completion_stating_its_amount_is_held_to_it(threshold: str, status: str) -> None:
    """完成249万人的…任务 states the amount done: a claim of completion with its own figure. It met any target as a
    bare 完成 does, so 完成149万人的…任务 met 200万人以上. Now where the figure falls short of the target the claim and
    its figure disagree: pending (ambiguous_value, with a note), never met; at or over the threshold it is met as before."""
    verdict = compliance.evaluate(f"易地扶贫搬迁建设{threshold}万人以上", RELOCATION)
    assert verdict.status.value == status
    if status == "pending":
        assert verdict.reason.value == "ambiguous_value"
        assert "attested_amount_short" in [n.code for n in verdict.notes]
        assert "249万人" in verdict.explain("en") and "disagree" in verdict.explain("en")


@pytest.mark.parametrize("threshold", [Decimal("1240"), Decimal("1240.01")])
def test_a_task_count_done_either_side(threshold: Decimal) -> None:
    """完成1240万农村贫困人口脱贫任务 (the same source) against the count of the task."""
    verdict = compliance.evaluate(f"{threshold}万以上", "完成1240万农村贫困人口脱贫任务")
    assert verdict.status.value == ("met" if threshold <= 1240 else "pending")


def test_a_task_restating_the_target_still_attests() -> None:
    """完成净减1.2平方公里任务 (the seed's 附件1) against 净减1.2平方公里: met on the claim, as before; against a larger
    task the figure says less was done, so the claim no longer meets it."""
    assert compliance.evaluate("净减1.2平方公里", "完成净减1.2平方公里任务").basis == "attested"
    assert compliance.evaluate("净减1.21平方公里", "完成净减1.2平方公里任务").status.value == "pending"
    assert compliance.evaluate("净减1.2平方公里", "可完成").status.value == "met"


# 国务院 2019年《政府工作报告》量化指标任务落实情况, 人民网 2020-05-20: http://yancloud.red/Home/News/info/id/16041.html
FINANCING_COST = "国有大型商业银行小微企业融资成本再降一个百分点"


@pytest.mark.parametrize(("reported", "status"), [("小微企业信贷综合融资成本降低1.35个百分点", "met"),
                                                  ("降低1个百分点", "met"), ("降低0.99个百分点", "missed")])
def test_jiang_alone_before_its_figure_is_a_fall(reported: str, status: str) -> None:
    """再降一个百分点: 降 alone is the change verb (zh.yaml change.down), as 降低 is. It read as the level 1个百分点 and
    the reported fall of 1.35 points (a change of -1.35) MISSED it; now a fall of at least one point."""
    target = compliance.parse_target(FINANCING_COST)
    assert target.kind == compliance.parse_target("国有大型商业银行小微企业融资成本再降低一个百分点").kind
    assert compliance.evaluate(FINANCING_COST, reported).status.value == status


def test_names_holding_jiang_are_no_fall() -> None:
    """减税降费 (the same source: 全年减税降费超过2.3万亿元) is a name's word, no change 降 (zh.yaml plain_words)."""
    found = compliance.evaluate("近2万亿元", "全年减税降费超过2.3万亿元")  # the target's cell: 减轻…负担近2万亿元
    assert (found.status.value, found.basis, str(found.value)) == ("met", "measured", "2.3")
    assert compliance.evaluate("近2.5万亿元", "全年减税降费超过2.3万亿元").status.value == "pending"  # > 2.3: not known


@pytest.mark.parametrize("target", ["压减5%以上", "再压减3%左右"])
def test_these_tasks_all_done_attests(target: str) -> None:
    """这些任务均已完成 (the same source: 中央财政一般性支出压减5%以上、“三公”经费再压减3%左右等，这些任务均已完成) is the
    reporter's claim of completion, as 已完成 is: words naming the tasks and 均 (all) may come before it (zh.yaml
    reported.estimate). It was unread. Some tasks (部分任务已完成) attest nothing, and 未完成 is a shortfall."""
    found = compliance.evaluate(target, "这些任务均已完成")
    assert (found.status.value, found.reason.value) == ("met", "attested")
    assert compliance.evaluate(target, "部分任务已完成").status.value == "pending"
    assert compliance.evaluate(target, "这些任务均未完成").status.value == "missed"


@pytest.mark.parametrize(("threshold", "status"), [("1109", "met"), ("1000", "met"), ("1109.01", "missed")])
def test_a_count_of_the_change_the_name_says(threshold: str, status: str) -> None:
    """减少农村贫困人口1000万以上 counts a change (the people lifted out of poverty); the reported 减少1109万人 (the same
    source: 去年全国农村贫困人口减少1109万人) is that count. It was refused as a change against a level (not_comparable);
    now judged as 1109万, the same way only and never a change from the year before."""
    assert compliance.evaluate(f"减少农村贫困人口{threshold}万以上", "去年全国农村贫困人口减少1109万人").status.value == status
    by_name = compliance.evaluate(f"{threshold}万以上", "减少1109万人", indicator="减少农村贫困人口", measure="level")
    assert by_name.status.value == status
    assert compliance.evaluate(f"减少农村贫困人口{threshold}万以上", "比上年减少1109万人").status.value == "pending"
    other_way = compliance.evaluate(f"{threshold}万以上", "增加1109万人", indicator="减少农村贫困人口", measure="level")
    assert other_way.status.value == "pending"


# 国务院 2020年《政府工作报告》量化指标任务落实情况, 中国网 2021-03-02: http://www.cmq38.cn/news/show.php?itemid=53770
YEAR_END_RATE = "2020年四季度末城鎮登記失業率為4.24%"


@pytest.mark.parametrize(("threshold", "status"), [("4.24", "met"), ("4.23", "missed")])
def test_the_last_quarters_end_is_the_years(threshold: str, status: str) -> None:
    """四季度末 (the fourth quarter's end) is the year's end, as 12月末 is: a year-end rate, no part of the year. It was
    pending period_open (四季度 alone is a part: 四季度地区生产总值增长7% stays so, and 三季度末 too)."""
    assert compliance.evaluate(f"{threshold}%以内", YEAR_END_RATE, polarity="lower").status.value == status
    assert compliance.evaluate(f"{threshold}%以内", "第四季度末城镇登记失业率为4.24%", polarity="lower").status.value == status
    for part in ("三季度末城镇登记失业率为4.24%", "四季度城镇登记失业率为4.24%"):
        assert compliance.evaluate(f"{threshold}%以内", part, polarity="lower").reason.value == "period_open"


@pytest.mark.parametrize(("threshold", "status"), [("1186", "met"), ("1186.01", "missed")])
def test_a_task_amount_with_its_floor(threshold: str, status: str) -> None:
    """新增900萬人以上 (the same source: 超额完成原定新增900萬人以上目標) is a task with 以上 after its amount: at least the
    amount, as 新增900万人 is. It was unread. 以内 after it is no such floor and stays unread."""
    target = compliance.parse_target(f"新增{threshold}萬人以上")
    assert target.kind == "task"
    assert compliance.evaluate(target, "2020年全年城鎮新增就業1186萬人").status.value == status
    assert compliance.parse_target(f"新增{threshold}萬人以内").kind == "unrecognized"


# 国务院 2016年《政府工作报告》量化指标任务落实情况, 中国新闻网 2017-03-01 p.4 (as RELOCATION above)
@pytest.mark.parametrize(("threshold", "status"), [("1240", "met"), ("1000", "met"), ("1240.01", "pending")])
def test_a_task_named_after_its_amount(threshold: str, status: str) -> None:
    """完成1000万以上农村贫困人口脱贫任务: the task's name between its amount (with 以上) and 任务. It was unread; now a task
    of at least the amount, judged against 完成1240万农村贫困人口脱贫任务 (the claim and its own amount, judge/done_amount)
    and a bare 1240万 alike."""
    target = f"完成{threshold}万以上农村贫困人口脱贫任务"
    assert compliance.parse_target(target).kind == "task"
    assert compliance.evaluate(target, "完成1240万农村贫困人口脱贫任务").status.value == status
    assert compliance.evaluate(target, "1240万").status.value == ("met" if status == "met" else "missed")
