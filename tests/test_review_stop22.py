"""Defects found reviewing stop 22's changes (R1), each pinned either side.

(1) A level and a change of one indicator (judge/combined.py, e1a631a): the change part (增长7%) names no indicator of its
own, so another indicator's growth (社会消费品零售总额增长9%, 人均地区生产总值增长6.5%) was judged as the target's: met.
The first part's subject is the indicator that goes on; another's figure stays pending, the indicator's own is judged.
(2) A list of modifiers before one name (language/several.py combined_name, f4d7fc8): a value naming the last item's
own modifier (县城生活垃圾无害化处理率100%, 生物质发电装机容量290万千瓦) was taken as the combined indicator's, and its
explanation said so; it is one item's figure, not the combined one (the shared name alone still is: 生活垃圾无害化处理率).
"""

from __future__ import annotations

import pytest

import compliance

FIXED_ASSETS = "固定资产投资162亿元,增长7%"
GDP = "地区生产总值达到500亿元,增长6%"


def _judged(target: str, reported: str) -> tuple[str, tuple[str, ...]]:
    verdict = compliance.evaluate(target, reported)
    return verdict.status.value, tuple(n.code for n in verdict.notes)


@pytest.mark.parametrize("target, reported", [
    (FIXED_ASSETS, "社会消费品零售总额增长9%"),  # another indicator's growth: met before
    (GDP, "人均地区生产总值增长6.5%"),  # per head, not the total: met before
])
def test_another_indicators_change_is_no_change_of_the_level_and_change_target(target, reported):
    assert _judged(target, reported)[0] == "pending"


@pytest.mark.parametrize("target, reported, status", [
    (FIXED_ASSETS, "固定资产投资增长9%", "met"),  # the indicator's own growth is still judged, either side
    (FIXED_ASSETS, "固定资产投资增长6%", "missed"),
    (FIXED_ASSETS, "增长8%", "met"),
    (FIXED_ASSETS, "170亿元", "met"),
    (GDP, "地区生产总值增长6.5%", "met"),
    (GDP, "增长5.5%", "missed"),
])
def test_the_indicators_own_level_or_change_is_judged(target, reported, status):
    assert _judged(target, reported) == (status, ("level_or_change",))


WASTE = "城市、县城生活垃圾无害化处理率达到100%"
POWER = "风电、光伏和生物质发电装机容量达到280万千瓦以上"


@pytest.mark.parametrize("target, reported", [
    (WASTE, "县城生活垃圾无害化处理率100%"),  # the county towns' rate: one item's (combined_name before)
    (POWER, "生物质发电装机容量290万千瓦"),  # biomass alone: met as the combined 280 before
])
def test_a_value_naming_the_last_item_is_no_combined_figure(target, reported):
    assert "combined_name" not in _judged(target, reported)[1]


@pytest.mark.parametrize("target, reported, status", [
    (WASTE, "生活垃圾无害化处理率100%", "met"),  # the shared name alone: the combined indicator's, either side
    (WASTE, "生活垃圾无害化处理率98%", "missed"),
    (POWER, "发电装机容量290万千瓦", "met"),
    (POWER, "装机容量270万千瓦", "missed"),
    (POWER, "290万千瓦", "met"),
])
def test_the_shared_name_alone_is_still_the_combined_indicators(target, reported, status):
    assert _judged(target, reported) == (status, ("combined_name",))


# (3) A plan table's row judged as the period its caller names (evaluate(..., period=), bdca6e1): the outcome's column
# (judge/cells.py) gave a wrong figure in three real layouts. An empty growth cell (| 573.9 | —) let the level 573.9 be
# judged as the growth (met against 增长8%); cells parted by a space or a tab (copied from a web page) read 573.9 -2.6 as a
# range's dash, -2.6 as 2.6 (met against 增长2%); a level target after last year's level (上年 11000 | 目标 12000 ‖ 完成
# 12500 | 增速 9) mirrored onto the growth column (missed at 9). Each now pending; the layouts the rule was made for judge.
REVENUE = "一般公共预算收入 | 亿元 | 增长8% | 573.9 | -2.6"


@pytest.mark.parametrize("target, row", [
    ("增长8%", REVENUE.replace("-2.6", "—")),  # no growth in the row: 573.9 is the level
    ("增长2%", REVENUE.replace("增长8%", "增长2%").replace(" | ", "\t")),  # tab-separated: -2.6 read 2.6
    ("增长2%", REVENUE.replace("增长8%", "增长2%").replace(" | ", " ")),  # space-separated
    ("12000", "工业总产值 | 亿元 | 11000 | 12000 | 12500 | 9"),  # last year's level, the target, the level, the growth
])
def test_a_table_rows_outcome_column_never_gives_another_columns_figure(target, row):
    verdict = compliance.evaluate(target, row, period=2022)
    assert verdict.status.value == "pending" and verdict.value is None


@pytest.mark.parametrize("target, row, expected", [
    ("增长8%", REVENUE, ("missed", "-2.6")),  # | -2.6: the sign kept
    ("增长2%", REVENUE.replace("增长8%", "增长2%").replace("-2.6", "2.6"), ("met", "2.6")),
    ("增长8%", REVENUE.replace("573.9 | -2.6", "— | 9.1"), ("met", "9.1")),  # an empty level cell, the growth judged
    ("7以上", "全市生产总值 | 亿元 | 4620 | 7以上 | 4619.8 | 8.3", ("met", "8.3")),  # plan level | growth, mirrored
    ("7以上", "全市生产总值 | 亿元 | 4620 | 7以上 | 4619.8 | 6.9", ("missed", "6.9")),
    ("12000", "工业总产值 | 亿元 | 12000 | 12500 | 9", ("met", "12500")),  # the level's column after a unit cell
])
def test_a_table_rows_outcome_column_is_judged(target, row, expected):
    verdict = compliance.evaluate(target, row, period=2022)
    assert (verdict.status.value, str(verdict.value)) == expected


# (4) A part of the year the caller names (period="2022年1-11月") was dropped where the text names a part of its own
# after the chosen figure (8e86526's named_after: 城镇调查失业率平均值5.2%，12月份为5.1% is the year's average): met at
# 5.2 for a report the caller says is of January to November. The caller's part holds for the whole text.
@pytest.mark.parametrize("target, reported, polarity", [
    ("城镇调查失业率5.5%左右", "城镇调查失业率平均值5.2%，12月份为5.1%", "lower"),
    ("地区生产总值增长6%", "全年地区生产总值增长6.2%，一季度增长4.1%", "higher"),
])
def test_a_part_of_the_year_the_caller_names_holds_after_a_part_named_later(target, reported, polarity):
    for period in ("2022年1-11月", "2022年上半年"):
        verdict = compliance.evaluate(target, reported, polarity=polarity, period=period)
        assert (verdict.status.value, verdict.reason.value) == ("pending", "period_open")
    for period in (None, 2022):  # the year's, or no period said: judged as the text states it
        assert compliance.evaluate(target, reported, polarity=polarity, period=period).status.value == "met"


# (5) A figure averaged over fewer years than the target's (b2c1e6b's short_average) took a five-year plan's years for
# every 年均 target: the target's own count (三年年均增长7%以上, a three-year action plan's) was never read (the parse sets
# no years for it), so 三年平均增长6.2% against it was pending period_open where it is the target's whole period (missed
# before this stop, as it is again). Fewer years than the target's own stay pending; as many are judged either side.
THREE_YEARS = "地区生产总值三年年均增长7%以上"


@pytest.mark.parametrize("reported, status", [
    ("三年平均增长6.2%", "missed"), ("三年平均增长7.5%", "met"),  # the target's own three years: judged
    ("两年平均增长7.5%", "pending"),  # two of its three
])
def test_a_targets_own_count_of_years_decides_a_short_average(reported, status):
    assert compliance.evaluate(THREE_YEARS, reported).status.value == status


def test_a_plans_five_years_hold_where_the_target_counts_none():
    assert compliance.evaluate("地区生产总值年均增长7%以上", "三年平均增长7.5%").status.value == "pending"
    assert compliance.evaluate("地区生产总值年均增长7%以上", "五年平均增长6.2%").status.value == "missed"


def test_a_unicode_minus_before_the_target_cell_is_no_traceback():
    """074bdce's _alike read a cell's figure with float(): −1.2 (U+2212, as a web table writes it) raised ValueError."""
    for row in ("一般公共预算收入 | −1.2 | −1.2 | 5.5以内 | 12000 | 亿元 | 573.9", "地区生产总值 | −1.2 | 7以上 | 8.3 | 7.9"):
        target = "5.5以内" if "5.5以内" in row else "7以上"
        assert compliance.evaluate(target, row, period=2022).status.value in ("met", "missed", "pending")
    # two figures of one size before the outcome's columns (last year's growth, the target): no mirror, pending
    assert compliance.evaluate("7以上", "地区生产总值 | −1.2 | 7以上 | 8.3 | 7.9", period=2022).status.value == "pending"
