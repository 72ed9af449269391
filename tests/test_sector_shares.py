"""A sector's share is its value added's: a bulletin writes 第三产业比重提高2.8个百分点 and 服务业增加值占比达到56% for a
plan's 服务业增加值比重 (zh.yaml choosing.synonyms: 第三产业比重, 服务业比重 … as the value added's; never 增加值比重
alone, which a denominator ends with too: 占规模以上工业增加值比重). A clause naming only the share (…增长9%，比重达到56%)
is the share of what the clause before named (zh.yaml choosing.elided + 比重, 占比): 56 against a share target, 9 against
a growth target (the start tree took the 9 for the share: MISSED). 初步核算,全年全市实现地区生产总值
(GDP)1077.9亿元,…三次产业结构6.8:42.7:50.5,与上年相比,第一产业比重提高0.3个百分点,第二产业比重下降3.1个百分点,第三产业
比重提高2.8个百分点 (a city's 2023 bulletin, http://111.229.73.81/look/Statslisth?Id=2494): the 服务业 share's change is
2.8; 第二产业 is no 工业 (construction is in it), so a 工业 share target stays pending."""

from __future__ import annotations

import pytest

from compliance import evaluate

BULLETIN = ("初步核算,全年全市实现地区生产总值(GDP)1077.9亿元,按可比价格计算,比上年增长3%。三次产业结构6.8:42.7:50.5,与上年相比,"
            "第一产业比重提高0.3个百分点,第二产业比重下降3.1个百分点,第三产业比重提高2.8个百分点。")


@pytest.mark.parametrize(("target", "reported", "status", "value"), [
    ("服务业增加值比重提高1个百分点", BULLETIN, "met", "2.8"),
    ("服务业增加值比重提高3个百分点", BULLETIN, "missed", "2.8"),
    ("服务业增加值占地区生产总值比重提高1个百分点", BULLETIN, "met", "2.8"),
    ("服务业增加值比重达到55%", "服务业增加值占比达到56%", "met", "56"),
    ("服务业增加值比重达到55%", "服务业增加值占比达到54%", "missed", "54"),
    ("服务业增加值比重达到55%", "服务业增加值增长9%，比重达到56%", "met", "56"),  # was MISSED at 9
    ("服务业增加值比重达到57%", "服务业增加值增长9%，比重达到56%", "missed", "56"),
    ("服务业增加值增长8%", "服务业增加值增长9%，比重达到56%", "met", "9"),
    ("服务业增加值增长10%", "服务业增加值增长9%，比重达到56%", "missed", "9"),
    ("高技术制造业增加值占规模以上工业增加值比重达到20%", "2023年,高技术制造业、装备制造业占规模以上工业增加值比重分别升至15.7%、33.6%。",
     "missed", "15.7"),  # the denominator's 增加值比重 is no sector's share
])
def test_a_sectors_share_is_its_value_addeds(target: str, reported: str, status: str, value: str) -> None:
    verdict = evaluate(target, reported)
    assert (verdict.status.value, str(verdict.value)) == (status, value)


@pytest.mark.parametrize(("target", "reported"), [
    ("工业增加值比重下降1个百分点", BULLETIN),  # 第二产业 is industry and construction
])
def test_no_other_figure_is_taken_for_the_share(target: str, reported: str) -> None:
    assert evaluate(target, reported).status.value == "pending"
