"""Last year's estimate and the year's target in one sentence (language/estimated.py): the fifteenth set's tp018, left
over at first sight, and a second real sentence of the same shape whose target clause names its own subject. Each is
judged either side of the target's threshold, never at the estimate's figure."""

from __future__ import annotations

import pytest

from compliance import evaluate, parse_target
from compliance import models as m
from compliance.language.estimated import after_estimate

# 中新网 (traditional copy) on 天津's 2025 work report: http://m.55883801.com/news/guonei/2025-01-14/1530227.html
TIANJIN = "張工在作政府工作報告時透露,2024年天津全市地區生產總值預計增長4.7%左右;2025年預期目標增長5%左右"
# 21世纪经济报道 on 长沙's 2023 work report: http://bbs.ng28sports-web.com/news/771f19399035.html
CHANGSHA = "长沙2022年预计地区生产总值预计增长4.8% ,2023年长沙经济社会发展主要预期目标包括地区生产总值增长7%左右"
# 中新网 on 海南's 2022 estimates, no target after them: http://socks.careyatlantaproperties.com/W_130561.html
HAINAN = "预计货物进出口总额突破2000亿元,增长35%"


@pytest.mark.parametrize(("text", "value", "status"), [
    (TIANJIN, "5.1", "met"), (TIANJIN, "4.8", "met"),
    # 4.7 is the estimate's own figure: below the target's 5%左右, missed
    (TIANJIN, "4.7", "missed"), (TIANJIN, "4.5", "missed"),
    (CHANGSHA, "7.1", "met"), (CHANGSHA, "6.5", "missed"), (CHANGSHA, "4.8", "missed"),
])
def test_the_target_is_the_framed_clause_after_the_estimate(text, value, status):
    assert evaluate(text, value, polarity="higher").status.value == status


def test_the_estimate_is_a_remark_and_the_subject_stays():
    tianjin, changsha = parse_target(TIANJIN), parse_target(CHANGSHA)
    assert tianjin.kind == changsha.kind == "cumulative"
    assert tianjin.subject is not None and tianjin.subject.text == "天津全市地區生產總值"
    assert [r.text for r in tianjin.remarks if r.role == "hedge"] == ["預計增長4.7%左右;"]
    assert changsha.subject is not None and changsha.subject.text.endswith("地区生产总值")
    assert [r.text for r in changsha.remarks if r.role == "hedge"] == ["长沙2022年预计地区生产总值预计增长4.8% ,"]
    for found, text in ((tianjin, TIANJIN), (changsha, CHANGSHA)):
        assert all(text[s.start:s.end] == s.text for s in (*found.remarks, found.subject))


def test_estimates_with_no_framed_target_after_them_are_left_alone():
    """No framing word in the last clause: not this shape (the list reading stays, as before)."""
    assert after_estimate(HAINAN, m.Unrecognized(text=HAINAN)) is None
    assert after_estimate(HAINAN[HAINAN.index(",") + 1:], m.Unrecognized(text="")) is None


# 山东商报速豹新闻网 on 山东's 2026 work report: http://sd.subaoxw.com/zj/2026/0128/251395.html (the fifteenth set's tp027)
SHANDONG = "推进2000个省级重点项目、完成投资9800亿元以上"


@pytest.mark.parametrize(("value", "status"), [
    ("2000个、9900亿元", "met"), ("2000个、9800亿元", "met"),
    ("2000个、9500亿元", "missed"), ("1900个、9900亿元", "missed"),
    # the figures the other way round: no part takes the other's unit, no guess
    ("9900亿元、2000个", "pending"),
])
def test_an_item_named_after_its_figure_is_a_part_of_its_own(value, status):
    assert evaluate(SHANDONG, value, polarity="higher").status.value == status


def test_the_part_named_after_its_figure_keeps_its_name_in_the_whole_text():
    found = parse_target(SHANDONG)
    assert found.kind == "several"
    assert [(part.kind, part.subject.text) for part in found.parts] == [("level", "省级重点项目"), ("bound", "完成投资")]
    assert all(SHANDONG[p.subject.start:p.subject.end] == p.subject.text for p in found.parts)
