"""A target cell without a name whose change states its base (同比增长5%左右, 比上年增长6%: the indicator's name in its own
column, as plan tables have it) takes the indicator's name, never the base's words: 同比 was taken for the name, a name
no figure's label holds, so another indicator's growth in an outcome sentence was judged as the target's own (B1 found
it at stop 26; MET on the start tree)."""

from __future__ import annotations

import pytest

import compliance

#: 红桥区's 2025 target (the fifteenth set's tp002, http://bx2200.com/baogao/hb/11712_2.html) as a table's target cell,
#: its name 一般公共预算收入 in the indicator's column
REVENUE = "一般公共预算收入"
TARGET = "同比增长5%左右"
#: 天津's 2025 plan report (the fifteenth set's op003, http://news.enorth.com.cn/system/2026/02/11/059147136.shtml): the
#: GDP's growth and the sectors', no revenue
GDP_ONLY = "全市地区生产总值同比增长4.8%,三次产业增加值分别增长3.0%、3.5%、5.4%,经济社会高质量发展取得新成效。"
#: 河北区's 2025 plan report (the fifteenth set's op004, http://www.tjhb.gov.cn/zwgk/zfxxgk/zfxxgkqjjg/qfzhggwyh/fdzdgknr4/
#: ghxx4/202602/t20260224_7249069.html): the revenue's own growth, then the investment's
OWN = "一般公共预算收入完成23.69亿元,同比增长1.3%,在全市唯一连续5年保持正增长;固定资产投资完成44.65亿元,同比增长39.4%。"


@pytest.mark.parametrize("target", [TARGET, "同比增长1%", "比上年增长1%"])
def test_another_indicator_s_growth_is_no_answer(target: str) -> None:
    found = compliance.evaluate(target, GDP_ONLY, indicator=REVENUE)
    assert found.status.value == "pending" and found.value is None


@pytest.mark.parametrize(("target", "status"), [(TARGET, "missed"), ("同比增长1%", "met"), ("比上年增长1.5%", "missed")])
def test_the_indicator_s_own_growth_is_judged_either_side(target: str, status: str) -> None:
    """1.3 (the revenue's, not the investment's 39.4) misses 5%左右 and 1.5, meets 1."""
    found = compliance.evaluate(target, OWN, indicator=REVENUE)
    assert (found.status.value, str(found.value)) == (status, "1.3")
