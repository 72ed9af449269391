"""生产总值 is the GDP whatever is before it (地区生产总值, 全省生产总值, a plan's bare 生产总值): zh.yaml choosing.synonyms
生产总值: 地区生产总值 (地区生产总值 kept whole). A3's twelfth set found two: ow062, 人均地区生产总值…增长4.7% was MISSED
against 生产总值增长5.5%左右 (the per-head figure taken: per_head_of asked for 人均生产总值 in the clause), and ow038,
…全面完成全年主要目标任务,其中全省生产总值增长6% (浙江 2024 政府工作报告, as reported) was pending against
地区生产总值增长5%以上 (全省生产总值 read as another indicator)."""

from __future__ import annotations

import pytest

from compliance import evaluate

ZHEJIANG = ("23日,在浙江省十四届人大二次会议上,浙江省省长王浩作政府工作报告时指出,2023年经济运行持续回升向好,全面完成全年主要目标任务,"
            "其中全省生产总值增长6%。")


#: R2 reverted the synonym 生产总值: 地区生产总值 (d6983f6): it made every X生产总值 the GDP (海洋生产总值, 农业生产总值,
#: 旅游业生产总值 MET/MISSED 地区生产总值 targets; tests/test_review2_s23.py). ow038 and ow062 are leftovers again.
_LEFT = pytest.mark.xfail(strict=True, reason="twelfth set's ow038/ow062, leftovers: the synonym that fixed them was too wide")


@pytest.mark.parametrize(("target", "reported", "status"), [
    pytest.param("地区生产总值增长5%以上", ZHEJIANG, "met", marks=_LEFT),
    pytest.param("地区生产总值增长7%以上", ZHEJIANG, "missed", marks=_LEFT),
    ("生产总值增长5%", "全市生产总值增长5.5%", "met"),
    ("生产总值增长6%", "全市生产总值增长5.5%", "missed"),
    ("人均地区生产总值增长5%", "人均生产总值增长5.5%", "met"),
])
def test_the_gdp_by_any_of_its_names(target: str, reported: str, status: str) -> None:
    assert evaluate(target, reported).status.value == status


@pytest.mark.parametrize("target", [pytest.param("生产总值增长5.5%左右", marks=_LEFT), pytest.param("生产总值增长4%", marks=_LEFT),
                                    "地区生产总值增长4%"])
def test_a_per_head_figure_is_no_gdp_figure(target: str) -> None:
    verdict = evaluate(target, "人均地区生产总值为135565元(按年平均汇率折算为19035美元),增长4.7%。")
    assert verdict.status.value == "pending"
