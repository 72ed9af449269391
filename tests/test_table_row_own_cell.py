"""A plan-execution table's row pasted whole whose only figure is its own target cell has no outcome yet: the target
restated beside 年度指标 (an annual indicator, no figure for the half year) is pending, not met by itself.

Row verbatim from 温州市2024年上半年国民经济和社会发展计划执行情况 (表, 市发改委), stored at
http://www.wzrd.gov.cn/art/2024/10/15/art_1382198_58927048.html (tests/corpus/outcomes_ninth.tsv on011)."""

import pytest

from compliance import evaluate

ROW = "常住人口城镇化率 | % | 74.5 | 年度指标"  # on011, verbatim


def test_the_rows_own_target_cell_beside_an_annual_indicator_is_no_outcome():
    verdict = evaluate("74.5", ROW)
    assert verdict.status.value == "pending"
    assert verdict.reason.value == "no_data"
    assert verdict.value is None


@pytest.mark.parametrize(("reported", "status", "value"), [
    ("常住人口城镇化率 | % | 74.5 | 74.6", "met", "74.6"),  # an outcome cell after the target cell: judged on it
    ("常住人口城镇化率 | % | 74.5 | 74.4", "missed", "74.4"),
    ("常住人口城镇化率 | % | 74.5 | 暂无数据", "pending", None),
    ("常住人口城镇化率 | % | 74.5", "met", "74.5"),  # the cell at the text's end is the outcome (prose of a PDF)
    ("常住人口城镇化率达到74.5%", "met", "74.5"),
    ("常住人口城镇化率达到74.4%", "missed", "74.4"),
])
def test_either_side_of_the_rows_own_cell(reported, status, value):
    verdict = evaluate("74.5", reported)
    assert verdict.status.value == status
    assert (str(verdict.value) if verdict.value is not None else None) == value
