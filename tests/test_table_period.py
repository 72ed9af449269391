"""A plan-execution table's row pasted alone states no period: its table's title does (温州市2022年国民经济和社会发展计划
执行情况, 表1 计划完成情况). A user judging the table knows that period, and says so: ``evaluate(..., period="2022")``
(or the title itself, or ``"2024年上半年"``). The row is then judged as that
period's, choosing its outcome column (计划 | 目标 ‖ 完成 | 增速, or the level's and the growth's columns after a unit
cell); a part of a year is pending ``period_open``; without a period it stays pending (``table_row_period``). A check
knows the period: the dataset's ``period`` column is the period its value is of, so a row pasted into a cell is judged
as that period's, as a plain figure there is (plans/view.py; the stream sends such a text to check's own judge).

Rows verbatim from tests/corpus/outcomes_ninth.tsv: on001, on004, on005 (温州 2022, https://wzfgw.wenzhou.gov.cn/art/
2023/3/24/art_1229565908_4157680.html), on016, on020, on023 (温州 2015, cells one a line as the stored copy has them,
https://wzfgw.wenzhou.gov.cn/art/2021/9/7/art_1229565908_3985937.html), on013 (温州 2024 上半年, http://www.wzrd.gov.cn/
art/2024/10/15/art_1382198_58927048.html)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

import compliance
from compliance.language.normalize import fold_once

GDP_2022 = "地区生产总值(GDP) | 亿元 | 增长7%左右 | 8029.8 | 3.7"  # on001
REVENUE_2022 = "一般公共预算收入 | 亿元 | 增长8% | 573.9 | -2.6"  # on004
OUTPUT_2022 = "工业总产值 | 亿元 | 12000 | 12000 | 9"  # on005
GDP_2015 = "全市生产总值\n\n亿元\n\n4620\n\n7以上\n\n4619.8\n\n8.3"  # on016
EXPORT_2015 = "出口总额\n\n亿美元\n\n195\n\n5左右\n\n171.2\n\n-7.7"  # on020
INCOME_2015 = "城镇常住居民人均可支配收入\n\n43760\n\n8以上\n\n44026\n\n8.7(实际增长7.9)"  # on023
TITLE_2022 = "温州市2022年国民经济和社会发展计划执行情况(表1 计划完成情况,市发改委)"
TITLE_HALF = "温州市2024年上半年国民经济和社会发展计划执行情况(表,市发改委,市人大网)"


def _judged(target: str, row: str, period: str | int | None) -> tuple[str, str, str | None]:
    verdict = compliance.evaluate(target, row, period=period)
    return verdict.status.value, verdict.reason.value, None if verdict.value is None else str(verdict.value)


@pytest.mark.parametrize("target, row, period, expected", [
    ("增长7%左右", GDP_2022, 2022, ("missed", "measured", "3.7")),  # the growth column, not the 亿元 level
    ("增长7%左右", GDP_2022, TITLE_2022, ("missed", "measured", "3.7")),  # the table's title names the year
    ("增长7%左右", GDP_2022.replace("| 3.7", "| 7.1"), "2022", ("met", "measured", "7.1")),  # the other side
    ("增长8%", REVENUE_2022, "2022年", ("missed", "measured", "-2.6")),  # a negative growth
    ("增长8%", REVENUE_2022.replace("-2.6", "8.2"), 2022, ("met", "measured", "8.2")),
    ("12000", OUTPUT_2022, 2022, ("met", "measured", "12000")),  # a level target: the level column, not the growth
    ("12000", OUTPUT_2022.replace("12000 | 9", "11999 | 9"), 2022, ("missed", "measured", "11999")),
    ("7以上", GDP_2015, 2015, ("met", "measured", "8.3")),  # 计划 4620 | 7以上 mirrored by 4619.8 | 8.3
    ("7以上", GDP_2015.replace("8.3", "6.9"), 2015, ("missed", "measured", "6.9")),
    ("5左右", EXPORT_2015, 2015, ("missed", "measured", "-7.7")),  # a minus at a line's start, not a range's dash
    ("5左右", EXPORT_2015.replace("-7.7", "5.1"), 2015, ("met", "measured", "5.1")),
    ("8以上", INCOME_2015, 2015, ("met", "measured", "8.7")),  # the column's figure, not the bracket's real growth
    ("8以上", INCOME_2015.replace("8.7(", "7.9("), 2015, ("missed", "measured", "7.9")),
])
def test_a_row_is_judged_as_the_period_the_caller_names(target, row, period, expected):
    assert _judged(target, row, period) == expected


@pytest.mark.parametrize("target, row", [
    ("增长7%左右", GDP_2022), ("增长8%", REVENUE_2022), ("7以上", GDP_2015), ("5左右", EXPORT_2015),
    ("12000", OUTPUT_2022),
])
def test_without_a_period_the_row_stays_pending(target, row):
    assert _judged(target, row, None)[0] == "pending"


@pytest.mark.parametrize("period", [TITLE_HALF, "2024年上半年", "1-11月"])
def test_part_of_a_year_is_pending_period_open(period):
    verdict = compliance.evaluate("增长7%", "固定资产投资 | 亿元 | 增长7% | — | 7.5", period=period)  # on013's form
    assert (verdict.status.value, verdict.reason.value, verdict.missing) == ("pending", "period_open", ("full_period",))
    assert "上半年" in verdict.explain("zh") or "1-11月" in verdict.explain("zh")
    # a prose figure of a half year's report too: the year is not over
    assert compliance.evaluate("增长7%", "固定资产投资增长7.5%", period=period).status.value == "pending"


def test_a_year_changes_nothing_a_sentence_states_itself():
    assert _judged("增长7%", "固定资产投资增长7.5%", 2022) == ("met", "measured", "7.5")
    assert _judged("增长7%", "上半年固定资产投资增长7.5%", 2022)[:2] == ("pending", "period_open")
    assert _judged("增长7%", "固定资产投资 | 亿元 | 增长7% | — | 0.7", "全年") == ("missed", "measured", "0.7")


@pytest.mark.parametrize("period, error", [
    ("好", ValueError), ("2022年与2023年", ValueError), ("", ValueError), (True, TypeError), (2022.0, TypeError),
])
def test_a_period_that_names_none_is_refused(period, error):
    with pytest.raises(error):
        compliance.evaluate("增长7%", "7.5", period=period)


def test_a_line_break_before_a_minus_parts_two_cells():
    assert fold_once("171.2\n\n-7.7").text == "171.2 -7.7"
    assert compliance.parse_reported("8-9").kind == "range"  # a range's dash, as before
    assert compliance.parse_reported("8 - 9").kind == "range"


RULES = {"plan": {"name": "t", "jurisdiction": "t", "periods": ["2022"]}, "indicators": [
    {"id": "gdp", "number": "1", "name": "地区生产总值", "unit": "%", "polarity": "higher", "measure": "rate",
     "targets": {"2022": "增长7%左右"}},
    {"id": "rev", "number": "2", "name": "一般公共预算收入", "unit": "%", "polarity": "higher", "measure": "rate",
     "targets": {"2022": "增长8%"}}]}


def test_a_check_judges_a_row_pasted_in_a_dataset_as_the_datasets_period(tmp_path: Path) -> None:
    """The dataset's period (2022) is the period of its cell's value: a whole row pasted in it is judged as 2022's, its
    outcome column chosen as evaluate(..., period=2022) chooses it (3.7 against 增长7%左右: missed; 7.5: met; -2.6
    against 增长8%: missed; 8.6: met), in a check as in the stream (stream == check); a plain figure as before."""
    if not os.environ.get("CI"):
        pytest.importorskip("pyarrow")
        pytest.importorskip("pandas")
    sys.path.insert(0, str(Path(__file__).parent))
    from test_differential_stream import checked, streamed, write_case

    from compliance.scale.stream import stream_check

    rows = [["a", "gdp", "2022", GDP_2022, ""], ["a", "rev", "2022", REVENUE_2022, ""],
            ["b", "gdp", "2022", GDP_2022.replace("| 3.7", "| 7.5"), ""],
            ["b", "rev", "2022", REVENUE_2022.replace("| -2.6", "| 8.6"), ""],
            ["c", "gdp", "2022", "7.1", ""], ["c", "rev", "2022", "增长8.5%", ""]]
    rules, path = write_case(tmp_path, RULES, rows)
    expected = checked(path, rules, rows, "2022", None, "zh")
    assert [(e[0], e[1], e[5], e[6]) for e in expected] == [
        ("a", "gdp", "missed", "measured"), ("a", "rev", "missed", "measured"),
        ("b", "gdp", "met", "measured"), ("b", "rev", "met", "measured"),
        ("c", "gdp", "met", "measured"), ("c", "rev", "met", "measured")]
    run = stream_check(rules, path, "2022", by=["county"], chunksize=2, sample=2, lang="zh")
    assert streamed(run) == [e[:-1] for e in expected]
