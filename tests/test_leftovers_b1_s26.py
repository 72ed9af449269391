"""Stop 26, B1: judge-layer leftovers. Every string is copied from a public page, its address beside it."""

from __future__ import annotations

import pytest

from compliance import evaluate

# 人民日报 via anyinhouse.com (http://anyinhouse.com/news/34/2020101985009.html), as stored: the 十三五 target, then
# “全國開工改造各類棚戶區2300多萬套,約5000多萬居民搬進新家”
SHIYIWU = "城鎮棚戶區住房改造2000萬套"
# 央广网 via cri.cn (https://big5.cri.cn/gate/big5/ln.cri.cn/20190822/681ae584-5554-e8b5-33d6-5deb60c2f1ce.html)
SANNIAN = "再改造各類棚戶區1500萬套"


@pytest.mark.parametrize(("target", "reported"), [
    (SHIYIWU, "約5000多萬居民搬進新家"),  # anyinhouse.com/news/34/2020101985009.html: above 2000, was MET
    (SANNIAN, "1億多居民實現“出棚進樓”"),  # big5.cri.cn/…/681ae584-5554-e8b5-33d6-5deb60c2f1ce.html: was MET
    (SANNIAN, "8000多万居民‘出棚进楼’"),  # 光明日报, news.gmw.cn/2017-05/27/content_24614668.htm: was MET
    (SANNIAN, "近500万职工告别了潮湿阴暗的棚户区和简易房"),  # the same 光明日报 page: below 1500, was MISSED
])
def test_a_sentence_figure_counting_its_noun_is_not_in_the_targets_unit(target: str, reported: str) -> None:
    """A bare multiplier followed by a noun counts the noun (居民, 职工: people), not the target's 套: not comparable,
    above the target or below it (each was judged, the people read as flats)."""
    verdict = evaluate(target, reported)
    assert (verdict.status.value, verdict.reason.value) == ("pending", "not_comparable")
    assert "unit_counted" in [n.code for n in verdict.notes]
    assert evaluate(target, reported, unit="万套").status.value == "pending"  # the indicator's unit does not make 居民 套


@pytest.mark.parametrize(("target", "reported", "status"), [
    (SHIYIWU, "全國開工改造各類棚戶區2300多萬套", "met"),  # the anyinhouse.com page: flats, in the target's unit
    (SHIYIWU, "全國棚改開工2157萬套", "met"),  # the same page
    (SANNIAN, "全國各類棚戶區改造開工626萬套", "missed"),  # the cri.cn page (one year's, against three years')
    (SHIYIWU, "約5000多萬", "met"),  # the sentence cut before its noun, as a table cell: takes the target's unit as before
])
def test_flats_in_the_targets_unit_or_a_bare_cell_are_judged(target: str, reported: str, status: str) -> None:
    assert evaluate(target, reported).status.value == status


# 阿拉善右旗's 2025 targets (https://wxredian.com/art?id=04a07b3010a34ae237e25e51b8cbc8fa): 一般公共预算收入与上年持平, the
# phrase as a rules file's target cell of the indicator 一般公共预算收入
FLAT = "与上年持平"


@pytest.mark.parametrize(("reported", "status"), [
    ("一般公共预算收入同口径增长2%", "met"),  # 巴林右旗 2025 report (http://bx2200.com/baogao/xibei/11800.html)
    # 兴庆区 2021 report (http://www.xqq.gov.cn/zzb/zfgzbg_67792/xqq_67860/202102/t20210205_2593617.html)
    ("一般公共预算收入同比下降9.2%", "missed"),
    # 科右前旗 2024 report (http://www.kyqq.gov.cn/kyqq/zwgk3/zfxxgk65/fdzdgknr57/zfgznb/5902155/index.html)
    ("全旗地区生产总值增长5.7%", "pending"),
])
def test_a_direction_without_a_name_takes_the_rules_files_indicator(reported: str, status: str) -> None:
    """与上年持平 names no indicator: its words were taken for one, so the revenue's own growth was set aside as another
    indicator's (pending); now the rules file's 一般公共预算收入 is the name, the revenue judged either side of flat and
    the GDP's growth still set aside."""
    assert evaluate(FLAT, reported, indicator="一般公共预算收入").status.value == status
