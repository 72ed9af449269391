"""A qualitative target attested in words over part of the year is on the way, not met: a figure over part of the year
was already pending (period_open, note partial_period); the words attesting a qualitative target were not (R1's review
of stop 26 found the half year's 稳中提质,符合预期 MET the year's 进出口稳中提质, on the start tree too)."""

from __future__ import annotations

import pytest

import compliance

#: 海关总署 on the first half of 2023 (新乡日报's 2023-07-17 copy, http://dzb.xfrb.com.cn/Html/2023-07-17/54691.html)
HALF_YEAR = "今年上半年,我国外贸进出口总值20.1万亿元,同比增长2.1%,规模创历史同期新高,外贸进出口稳中提质,符合预期。"
#: the same office on the whole of 2023 (香港商报's 2024-01-12 copy,
#: http://m.6660114.com/hkcdweb/content/2024/01/12/content_8618494.html)
WHOLE_YEAR = "海關總署副署長王令浚認為,貨物貿易進出口好於預期、實現了促穩提質目標。"
#: the year's target as 重庆's 2020 work report words it (澎湃新闻, https://mip.lcpkj.cn/article/852.html), and the
#: national 2023 work report's (进出口促稳提质)
TRADE = "进出口稳中提质"
TRADE_2023 = "进出口促稳提质"


def test_the_half_year_s_words_leave_the_year_s_target_open() -> None:
    found = compliance.evaluate(TRADE, HALF_YEAR)
    assert (found.status.value, found.reason.value) == ("pending", "period_open")
    assert [(note.code, note.params["words"]) for note in found.notes] == [("partial_period", "上半年")]
    assert "上半年" in found.explain("zh")


@pytest.mark.parametrize(("period", "status"), [("2023", "met"), ("2023年上半年", "pending")])
def test_the_year_s_words_attest_it_unless_the_caller_names_part_of_the_year(period: str, status: str) -> None:
    """The other side: the whole year's 实现了促稳提质目标 attests the target; the same words under a period the caller
    names as the first half (a table's 2023年上半年 column) say nothing yet of the year."""
    assert compliance.evaluate(TRADE_2023, WHOLE_YEAR, period=period).status.value == status
