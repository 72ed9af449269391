"""Phrasings of the ninth set (tests/corpus/targets_ninth.tsv, outcomes_ninth.tsv) the engine first read wrong, fixed
in the owners' files with the smallest edit; each case is judged either side of its threshold."""

from __future__ import annotations

from decimal import Decimal

import compliance

#: 海口's 2012 review (outcomes_ninth on033-on039), shortened: several clauses of figures, then another task done
REVIEW = ("全年實現地區生產總值820.58億元,增長9.4%;固定資產投資510.38億元,增長29.2%;居民消費價格漲幅3.3%;"
          "城鎮登記失業率1.32%;全面完成省下達的節能減排任務。")


def test_a_task_done_at_the_end_attests_nothing_of_the_figures_before_it():
    """全面完成省下達的節能減排任務 closing a sentence of figures read the whole sentence as one attestation: met without a
    figure against any target (地區生產總值增長10%左右 met at 9.4). The figures are the clauses' own, judged as such."""
    gdp = compliance.evaluate("地區生產總值增長10%左右", REVIEW)
    assert gdp.status.value == "missed" and gdp.value == Decimal("9.4")
    assert compliance.evaluate("地區生產總值增長9%左右", REVIEW).status.value == "met"
    investment = compliance.evaluate("固定資產投資增長23%", REVIEW)
    assert investment.status.value == "met" and investment.value == Decimal("29.2")
    assert compliance.evaluate("固定資產投資增長30%", REVIEW).status.value == "missed"
    unemployment = compliance.evaluate("城鎮登記失業率控制在3%以內", REVIEW, polarity="lower")
    assert unemployment.status.value == "met" and unemployment.value == Decimal("1.32")
    # over the bound it is never met; the closing task done holds it pending (said.py's said_done_missed, though the
    # task is 節能減排's, not the jobless rate's: left to the owner of judge/said.py)
    over = compliance.evaluate("城鎮登記失業率控制在1%以內", REVIEW, polarity="lower")
    assert over.status.value in ("missed", "pending")


def test_a_task_done_in_a_clause_of_its_own_or_with_its_figure_still_attests():
    """The attestation itself is unchanged: one clause naming the task done, with or without its figure."""
    assert compliance.evaluate("全面完成省下达的节能环保指标", "全面完成省下达的节能减排任务").status.value == "met"
    assert compliance.evaluate("完成省下达任务", "完成净减1.2平方公里任务").status.value == "met"


def test_a_table_row_pasted_whole_holds_its_target_cell_which_is_no_outcome():
    """温州's plan-execution tables (outcomes_ninth on001-on014): a row copied whole holds the target's own cell
    (一般公共预算收入 | 亿元 | 增长8% | 573.9 | -2.6), which was chosen as the outcome (met at 8, a wrong verdict). The
    first cell that is the target's whole text (whitespace or an end on either side) restates it; the figures after it
    judge. A growth's row judges only where it says its period (全年 here; A6: a row without one is pending, on013)."""
    assert compliance.evaluate("增长8%", "全年 一般公共预算收入 | 亿元 | 增长8% | — | 9.1").value == Decimal("9.1")
    assert compliance.evaluate("增长8%", "全年 一般公共预算收入 | 亿元 | 增长8% | — | 9.1").status.value == "met"
    assert compliance.evaluate("增长8%", "一般公共预算收入 | 亿元 | 增长8% | — | 9.1").value is None
    below = compliance.evaluate("增长8%", "全年 一般公共预算收入 | 亿元 | 增长8% | — | 6.5")
    assert below.status.value == "missed" and below.value == Decimal("6.5")
    # a planned level, then the level reached: the second cell is the outcome even where it repeats the first
    reached = compliance.evaluate("73.3", "常住人口城镇化率 | % | 73.3 | 73.5")
    assert reached.status.value == "met" and reached.value == Decimal("73.5")
    assert compliance.evaluate("73.3", "常住人口城镇化率 | % | 73.3 | 72.8").status.value == "missed"
    # a level and a growth after the target cell, no unit to tell them apart: pending, never the target's own 7
    row = compliance.evaluate("增长7%左右", "地区生产总值(GDP) | 亿元 | 增长7%左右 | 8029.8 | 3.7")
    assert row.status.value == "pending"


def test_an_estimate_in_prose_equal_to_the_target_is_still_the_outcome():
    """Only a cell parted by whitespace restates the target: 预计…增长7%左右 in a sentence is the year's estimate."""
    estimate = compliance.evaluate("增长7%左右", "预计全年地区生产总值8000亿元,增长7%左右")
    assert estimate.status.value == "met" and estimate.value == Decimal("7")
    assert compliance.evaluate("增长8%左右", "预计全年地区生产总值8000亿元,增长7%左右").status.value == "missed"


def test_nine_year_schooling_is_a_name_not_a_duration():
    """十四五公共服务规划 (targets_ninth tn064): 九年义务教育巩固率96% was unread — 九年 lexed as a duration of 9 years before
    the name. 九年义务教育 is a plain word (zh.yaml plain_words): the rate is a level to reach, either side of 96."""
    assert compliance.parse_target("九年义务教育巩固率96%").kind == "level"
    assert compliance.evaluate("九年义务教育巩固率96%", "96.5").status.value == "met"
    assert compliance.evaluate("九年义务教育巩固率96%", "95").status.value == "missed"
    report = "全县九年义务教育巩固率达到97.2%,比上年提高0.5个百分点"
    assert compliance.evaluate("九年义务教育巩固率达到95%以上", report).value == Decimal("97.2")
    assert compliance.evaluate("九年义务教育巩固率达到98%以上", report).status.value == "missed"
    # a duration is still one where no such name follows (年均 over 五年: 今后五年年均增长6%)
    assert compliance.parse_target("今后五年年均增长6%").kind != "unrecognized"
