"""Wrong or weak verdicts left over from stop 25 (its note, "Noticed and left alone"), each fixed in general.

Every string is copied from the public document named beside it; the thresholds a value is probed against either
side of (``2400万套以上``) are probes, as the corpus TSVs' values are.
"""

from __future__ import annotations

import pytest

import compliance

# 人民日报 via anyinhouse.com/news/34/2020101985009.html: the 十三五 plan's 城鎮棚戶區住房改造2000萬套, and
# 2016年至2020年8月底,全國開工改造各類棚戶區2300多萬套
SHANTY_TARGET = "城鎮棚戶區住房改造2000萬套"
SHANTY_DONE = "全國開工改造各類棚戶區2300多萬套"
# 住房和城乡建设部 via big5.cri.cn/gate/big5/ln.cri.cn/20190822/681ae584-5554-e8b5-33d6-5deb60c2f1ce.html
INVESTED = "完成投資6000多億元"


@pytest.mark.parametrize(("target", "status"), [
    (SHANTY_TARGET, "met"), ("2300万套以上", "met"),  # more than 2300万套 is at least 2300万套
    ("2400万套以上", "pending"),  # 2300多 may be 2399: not judged short (it was missed, read as the 2300 alone)
])
def test_a_reported_figure_with_more_before_its_unit_keeps_the_unit(target: str, status: str) -> None:
    # 2300多萬套 was the figure 2300 in a unit 多万套 (and 8000多亿元 in 多亿元: pending on units); now it reads as a
    # target does (language/more_units.py): more than 2300万套
    found = compliance.parse_reported(SHANTY_DONE)
    assert (found.kind, found.op, str(found.value.value), found.value.unit) == ("bound", "gt", "2300", "万套")
    assert compliance.evaluate(target, SHANTY_DONE).status.value == status


@pytest.mark.parametrize(("target", "status"), [("6000亿元以上", "met"), ("5000亿元", "met"), ("7000亿元以上", "pending")])
def test_more_than_an_amount_reported(target: str, status: str) -> None:
    assert compliance.evaluate(target, INVESTED).status.value == status


# 人民网 house.people.com.cn/n1/2018/0305/c164220-29848249.html (2018年政府工作报告): 贫困人口减少6800多万 (多 ending the
# clause, no unit after it); 新华社 via feifmx.com/focus/2018lh/news/13001552/20180305/32157298.html: the target
# 今年再減少農村貧困人口1000萬以上 (万 with no unit word)
POVERTY_TARGET = "今年再減少農村貧困人口1000萬以上"
POVERTY_CUT = "贫困人口减少6800多万"


def test_more_ending_a_clause_is_more_than_the_figure() -> None:
    found = compliance.parse_reported(POVERTY_CUT)
    assert (found.kind, found.op, str(found.value.value), found.value.unit) == ("bound", "gt", "6800", "万")
    # a fall (减少) bounded or approximate, in a unit of amount, against a level: no level, as 减少1289万人 is (it was
    # MISSED, read as a growth of less than -6800万)
    verdict = compliance.evaluate(POVERTY_TARGET, POVERTY_CUT)
    assert (verdict.status.value, verdict.reason.value) == ("pending", "not_comparable")


@pytest.mark.parametrize(("reported", "status"), [
    ("13860000人", "met"), ("9990000人", "missed"),  # 1386万人, 999万人: sizes near the target's are read as before
    ("13860000000人", "pending"),  # 1000 times the target or more: 1000万 of what? (was met)
])
def test_a_target_with_a_multiplier_and_no_unit_word(reported: str, status: str) -> None:
    verdict = compliance.evaluate(POVERTY_TARGET, reported)
    assert verdict.status.value == status
    if status == "pending":
        assert verdict.reason.value == "not_comparable"
        assert any(n.code == "unit_unwritten_target" for n in verdict.notes)
        assert "may have left its own unit out" in verdict.explain("en")


# The last stop's finding (its note: 减税2万多 (no unit) is met on 130000000): no public text with the phrase was found
# (searched: 减税降费2万多亿元 政府工作报告; the reports write 近2万亿元, 约1.3万亿元). 2万多 is the analyst's string.
@pytest.mark.parametrize(("reported", "unit", "status"), [
    ("130000000元", None, "pending"), ("1.3亿元", None, "pending"),  # both met: 2万元 read, 6500 times over
    ("130000000", "元", "pending"), ("1.3", "亿元", "pending"),  # the indicator's unit given: the same
    ("30000元", None, "met"), ("15000元", None, "missed"), ("30000", "元", "met"), ("15000", "元", "missed"),
])
def test_two_wan_and_more_without_a_unit(reported: str, unit: str | None, status: str) -> None:
    target = compliance.parse_target("减税2万多")
    assert (target.kind, target.op, str(target.value.value), target.value.unit) == ("bound", "gt", "2", "万")
    assert compliance.evaluate(target, reported, unit=unit).status.value == status


def test_the_table_path_agrees_on_a_target_without_a_unit_word() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"target": ["减税2万多"] * 3, "reported": ["130000000", "15000", "30000"]})
    table = compliance.evaluate_table(frame, unit="元", polarity="higher").to_pandas()
    one = [compliance.evaluate("减税2万多", r, unit="元").status.value for r in frame["reported"]]
    assert table["status"].tolist() == one == ["pending", "missed", "met"]


# 国务院's 2019 量化指标落实情况 (人民网, via yancloud.red/Home/News/info/id/16041.html): the year's tasks restated with their
# figures, then 这些任务均已完成 (these tasks are all done): a claim of the tasks as a whole, zh.yaml tasks.every
TASKS_DONE = "中央财政一般性支出压减5%以上、“三公”经费再压减3%左右等，这些任务均已完成"


@pytest.mark.parametrize(("target", "status"), [
    ("“三公”经费再压减3%左右", "met"),
    ("“三公”经费再压减4%左右", "missed"),  # a probe: 3 is under 4左右's 3.8; pending at the start (claim and figure
    # disagreeing), though the claim is of the tasks restated, 3%左右, not of a cut of 4%
])
def test_a_claim_of_all_the_tasks_leaves_the_figure_to_decide(target: str, status: str) -> None:
    verdict = compliance.evaluate(target, TASKS_DONE)
    assert (verdict.status.value, verdict.reason.value) == (status, "measured")
    assert [n.params["words"] for n in verdict.notes if n.code == "said_of_the_tasks"] == ["这些任务均已完成"]
    assert "claims the tasks as a whole done, not this figure in particular: the figure 3% decides" in verdict.explain(
        "en")


# Stop 25's note: 新增城镇就业10.5万人,任务均已完成 against 11万人以上 was MISSED, then pending (the claim and the figure
# disagreeing). The analyst's string: no public text with a figure and 任务均已完成 beside it was found (searched: 新增城镇
# 就业 万人 任务均已完成; 新增就业 万人，各项目标任务均已完成).
@pytest.mark.parametrize(("reported", "status"), [
    ("新增城镇就业10.5万人,任务均已完成", "missed"), ("新增城镇就业11.5万人,任务均已完成", "met"),
    ("新增城镇就业10.5万人,已完成", "pending"),  # 已完成 alone beside the figure is its own word: disagreeing, pending
])
def test_the_tasks_all_done_beside_a_short_figure(reported: str, status: str) -> None:
    verdict = compliance.evaluate("11万人以上", reported)
    assert verdict.status.value == status
    said = [n.code for n in verdict.notes if n.code.startswith("said_")]
    assert said == (["said_done_missed"] if status == "pending" else ["said_of_the_tasks"])
