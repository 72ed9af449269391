"""Stop 27, R1 (review): wrong verdicts found while reviewing the stop's commits, each fixed with verdicts either side.

Every sentence is copied from the public page named beside it; where a target's figure is moved to test the other side
of a threshold, the comment says so.
"""

from __future__ import annotations

import pytest

import compliance

# --- 1. a list target's parts paired in order with a sentence about other indicators (judge/several_parts.py) ----------
# 咸阳市2023年国民经济和社会发展计划 (咸政发〔2023〕8号, m.86917.com/baoji/4214.html): 主要预期目标是:…
XIANYANG = "城乡居民人均可支配收入分别增长7%、8%左右"
# 2013年上虞区国民经济和社会发展统计公报 (www.shangyu.gov.cn/art/2022/8/17/art_1229069022_59055663.html): the GDP and the
# GDP per head, two growths and no income: paired in order they were MET as the urban (9.0) and rural (8.9) incomes
SHANGYU = ("據初步核算,2013年上虞地區生產總值達624.98億元,按可比價計算,增長9.0%,增幅高出紹興平均0.5個百分點居紹興第二位。"
           "按戶籍人口計算,全區人均生產總值80229元,增長8.9%,按年平均匯率(6.1927)計算,人均生產總值達12955美元。")
# 桐庐县2024年国民经济和社会发展统计公报 (www.tonglu.gov.cn/art/2025/6/26/art_1535183_59028907.html): the incomes named
TONGLU = ("全年全体居民人均可支配收入60925元,同比增长4.1%, 其中,城镇居民人均可支配收入69410元,增长3.2%;农村居民人均可支配收入"
          "45071元,增长5.2%,增速高于城镇居民人均可支配收入2.0个百分点。城乡居民收入差距进一步缩小,城乡居民收入比1.54,较上年下降0.03。")


@pytest.mark.parametrize("target", [
    XIANYANG,
    "城乡居民人均可支配收入分别增长3%、5%左右",  # 咸阳's figures moved below 9.0 / 8.9: still no income's figures
    "城镇、农村居民人均可支配收入分别增长7%、8%",  # the pair written out (咸阳's figures)
])
def test_list_target_takes_no_figures_of_a_sentence_naming_none_of_its_parts(target: str) -> None:
    verdict = compliance.evaluate(target, SHANGYU)
    assert (verdict.status.value, verdict.reason.value) == ("pending", "value_count")


@pytest.mark.parametrize(("target", "status", "values"), [
    (XIANYANG, "missed", ("3.2", "5.2")),  # 3.2 < 7 (and 5.2 short of 8 less its 5%)
    ("城乡居民人均可支配收入分别增长3%、5%左右", "met", ("3.2", "5.2")),  # 咸阳's figures moved: 3.2 >= 3, 5.2 >= 5
    ("城镇、农村居民人均可支配收入分别增长7%、8%", "missed", ("3.2", "5.2")),
])
def test_list_target_still_pairs_a_sentence_naming_its_parts(target: str, status: str, values: tuple[str, ...]) -> None:
    verdict = compliance.evaluate(target, TONGLU)
    assert verdict.status.value == status
    assert tuple(str(part.value) for part in verdict.parts) == values
