"""Wrong METs left by earlier stops (stop 24, A2): each judged either side of its threshold.

* A bare 经济 (the economy) as a target's name is the GDP's (zh.yaml choosing.alone): a sector's figure does not
  answer 经济增长5%左右 (corpus ow059, 江苏 2024 政府工作报告 as reported by 香港商报,
  https://hkcd.com/hkcdweb/content/2024/01/23/content_8620069.html).
* A mark inside a bracket ends no clause: 達12.82萬億元(人民幣,下同)、增長5.8% is the GDP's growth (ow057, same page).
* A name with words after its head (进出口总额) against a clause naming an indicator of its own without a head word
  (研发投入强度): another indicator (corpus o0083, https://gubaposthk.eastmoney.com/news,cjpl,1653697177.html).
* A branch of manufacturing is no other branch (zh.yaml choosing.narrowing 装备制造, 战略性新兴): the shares of
  国家统计局's 2023 公报 (高技术制造业、装备制造业占规模以上工业增加值比重分别为15.7%、33.6%,
  http://news.calyptus.net/test/xinwen.php?EPJB=AeVs.html), each said alone.
"""

from __future__ import annotations

import pytest

import compliance

OW059 = "規上服務業營業收入增長9.2%。全社會研發投入強度3.2%左右,萬人發明專利擁有量達61.5件、連續8年保持全國省區第一。"
OW057 = "報告稱,2023年江蘇地區生產總值達12.82萬億元(人民幣,下同)、增長5.8%。"
O0083 = "过去五年,浙江研发投入强度从2.77%提高到3.3%左右"


def judged(target: str, reported: str) -> tuple[str, str]:
    v = compliance.evaluate(target, reported)
    return v.status.value, v.reason.value


@pytest.mark.parametrize("reported", [OW059, "规上服务业营业收入增长9.2%", "规模以上工业增加值增长9.2%",
                                      "社会消费品零售总额增长9.2%"])
def test_a_sector_figure_is_no_economy_growth(reported: str) -> None:
    assert judged("经济增长5%左右", reported) == ("pending", "no_data")


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("经济增长5%左右", "经济增长5.2%", "met"),
    ("经济增长5%左右", "经济增长4%", "missed"),
    ("经济增长5%左右", "地区生产总值增长5.2%", "met"),
    ("经济增长5%左右", "地区生产总值增长4%", "missed"),
    ("全市经济增长6%", "全市经济增长6.5%", "met"),
    ("全市经济增长6%", "全市经济增长5.5%", "missed"),
    ("经济增速6%左右", "地区生产总值增长6.1%", "met"),
    ("经济增速6%左右", "地区生产总值增长5.1%", "missed"),
    ("经济增长5%左右", OW057, "met"),
    ("经济增长6.5%左右", OW057, "missed"),
    ("地区生产总值增长5.5%", OW057, "met"),
    ("地区生产总值增长6%", OW057, "missed"),
])
def test_the_economy_is_judged_on_its_own_figure(target: str, reported: str, status: str) -> None:
    assert judged(target, reported)[0] == status


def test_economy_within_a_name_is_no_gdp() -> None:
    """Only the word alone: 数字经济 stays a part of the economy (pending), not the GDP's."""
    assert judged("地区生产总值增长6%", "数字经济增长12%") == ("pending", "no_data")
    assert judged("数字经济核心产业增加值增长10%", "数字经济核心产业增加值增长12%")[0] == "met"


@pytest.mark.parametrize("reported", [O0083, "研发投入强度达到3.3%", "研究与试验发展经费投入强度3.5%"])
def test_another_unheaded_indicator_is_no_trade_figure(reported: str) -> None:
    assert judged("进出口总额增长3%", reported) == ("pending", "no_data")


@pytest.mark.parametrize(("reported", "status"), [
    ("进出口总额增长3.5%", "met"), ("进出口总额增长2.5%", "missed"),
    ("外贸进出口总值增长3.5%", "met"), ("外贸进出口总值增长2.5%", "missed"),
])
def test_the_trade_total_is_still_judged(reported: str, status: str) -> None:
    assert judged("进出口总额增长3%", reported)[0] == status


def test_the_unheaded_name_still_takes_its_own() -> None:
    assert judged("常住人口城镇化率达到60%", "城镇化率达到61%")[0] == "met"
    assert judged("常住人口城镇化率达到60%", "城镇化率达到59%")[0] == "missed"
    assert judged("研发投入强度达到3%", O0083)[0] == "met"
    assert judged("研发投入强度达到3.5%", O0083)[0] == "missed"


SHARE = "增加值占规模以上工业增加值比重"


@pytest.mark.parametrize(("target", "reported"), [
    (f"高技术制造业{SHARE}达到20%", f"装备制造业{SHARE}为33.6%"),
    (f"高技术制造业{SHARE}达到30%", "装备制造业占规模以上工业增加值比重33.6%"),
    (f"装备制造业{SHARE}达到30%", f"高技术制造业{SHARE}为33.6%"),
    ("战略性新兴产业增加值占地区生产总值比重达到15%", "高技术制造业增加值占地区生产总值比重为16%"),
    ("高技术制造业增加值占地区生产总值比重达到15%", "战略性新兴产业增加值占地区生产总值比重为16%"),
])
def test_a_branch_of_manufacturing_is_no_other_branch(target: str, reported: str) -> None:
    assert judged(target, reported) == ("pending", "no_data")


@pytest.mark.parametrize(("target", "reported", "status"), [
    (f"装备制造业{SHARE}达到30%", f"装备制造业{SHARE}为33.6%", "met"),
    (f"装备制造业{SHARE}达到35%", f"装备制造业{SHARE}为33.6%", "missed"),
    (f"高技术制造业{SHARE}达到15%", f"高技术制造业{SHARE}为15.7%", "met"),
    (f"高技术制造业{SHARE}达到16%", f"高技术制造业{SHARE}为15.7%", "missed"),
    ("战略性新兴产业增加值占地区生产总值比重达到15%", "战略性新兴产业增加值占地区生产总值比重为16%", "met"),
    ("战略性新兴产业增加值占地区生产总值比重达到17%", "战略性新兴产业增加值占地区生产总值比重为16%", "missed"),
])
def test_each_branch_takes_its_own_share(target: str, reported: str, status: str) -> None:
    assert judged(target, reported)[0] == status
