"""Stop 26 (A2): what six more plan tables of other places (tests/tables/chengdu-2018, chongqing-2018, chongqing-2020,
guangdong-2024, xian-2023, xinxiang-2022) showed at first sight, fixed in general. Every string is a cell of those
tables, copied from the source named beside it; each test checks the verdict on either side of the line it draws."""

from __future__ import annotations

import pytest

import compliance

# 成都市2018年政府工作报告's targets (每日经济新闻, http://m.ship-bio.com/articles/2018-03-20/1200732.html), traditional
# characters as the stored copy writes them; its figure 同口徑增長9.4% from the 2019 report (成都日报,
# http://www.bmhto.com/chengdu/home/2019-01/28/content_d66759ba7d0a47bbaa7a4f08f6acbe5e.shtml), GDP 增長8%.
SYNC_SPEED = "增速與經濟增速同步"


@pytest.mark.parametrize(("reported", "status"), [("同口徑增長9.4%", "met"), ("增長8%", "met"), ("7.99", "missed")])
def test_in_step_with_the_economy_s_speed_names_the_gdp_growth(reported: str, status: str) -> None:
    """增速与经济增速同步: 经济增速 names the economy's growth as 经济增长 does (zh.yaml sync.indicators); it was left an
    unknown reference, pending beside the GDP growth of the same table. In step: at least the GDP growth (8)."""
    found = compliance.evaluate(SYNC_SPEED, reported, references={"economic_growth": "8"})
    assert (found.status.value, found.reason.value) == (status, "measured")
    assert compliance.evaluate(SYNC_SPEED, reported).status.value == "pending"  # no GDP growth given: unknown still
