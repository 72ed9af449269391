"""A3's twelfth set: ow062, 人均地区生产总值…增长4.7% was MISSED against a plan's bare 生产总值增长5.5%左右 (per_head_of
looked for 人均生产总值 in the clause), and ow038, …全面完成全年主要目标任务,其中全省生产总值增长6% (浙江 2024 政府工作报告,
as reported) was pending against 地区生产总值增长5%以上 (其中 read as a word of the name). d6983f6's synonym 生产总值:
地区生产总值 fixed both but made every X生产总值 the GDP (R2 reverted it: 海洋生产总值 met 地区生产总值 targets). Now
names.per_head_of sees a per-head word at most two characters (a place's: 地区) before the target's bare name, and
choosing.synonyms drops 其中 (among which: a clause's opening, never a word of a name). 海洋生产总值 stays another
indicator."""

from __future__ import annotations

import pytest

from compliance import evaluate

ZHEJIANG = ("23日,在浙江省十四届人大二次会议上,浙江省省长王浩作政府工作报告时指出,2023年经济运行持续回升向好,全面完成全年主要目标任务,"
            "其中全省生产总值增长6%。")


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("地区生产总值增长5%以上", ZHEJIANG, "met"),
    ("地区生产总值增长7%以上", ZHEJIANG, "missed"),
    ("生产总值增长5%", "全市生产总值增长5.5%", "met"),
    ("生产总值增长6%", "全市生产总值增长5.5%", "missed"),
    ("人均地区生产总值增长5%", "人均生产总值增长5.5%", "met"),
])
def test_the_gdp_by_any_of_its_names(target: str, reported: str, status: str) -> None:
    assert evaluate(target, reported).status.value == status


@pytest.mark.parametrize("target", ["生产总值增长5.5%左右", "生产总值增长4%", "地区生产总值增长4%"])
def test_a_per_head_figure_is_no_gdp_figure(target: str) -> None:
    verdict = evaluate(target, "人均地区生产总值为135565元(按年平均汇率折算为19035美元),增长4.7%。")
    assert verdict.status.value == "pending"


@pytest.mark.parametrize(("target", "reported"), [
    ("地区生产总值增长6%", "全市海洋生产总值增长8%"),  # R2's: a coastal city's marine product is no GDP
    ("地区生产总值增长6%", "其中海洋生产总值增长8%"),
])
def test_another_product_is_no_gdp_figure(target: str, reported: str) -> None:
    assert evaluate(target, reported).status.value == "pending"
