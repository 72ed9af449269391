"""Stop 29: plan-execution reports whose indicator table a stored copy writes in another layout than the seed's.

The real table read here is 越城年鉴(2022)'s page 30 (``tests/documents/reports/yuecheng-2020``, address in its
SOURCE.md): a flip-book page's text layer, one row a line, cells separated by spaces, under a header line
(``序号 指标名称 2020 年目标值 2020 年预计值 完成情况``), the last column the table's own verdict in a word (``完成``).
Its rows are copied verbatim below; a figure changed to put a case on the other side of the threshold says so.

Searched (search tool, ``pages`` corpus) for other reports with such a table: ``主要指标完成情况 附表``, ``计划执行情况表``,
``2022年计划 2022年完成 2023年计划 属性``, ``经济社会发展主要指标执行情况表``, ``年度目标 预计完成 完成情况`` and a dozen
more; the stored copies of the tables the corpus already cites (温州 2015 and 2022, 明光 2023) were found by their titles.
Those three are in ``tests/documents/reports/`` with their strict xfails (``GAPS`` of test_documents_reports.py): their
layouts (one cell a paragraph, pipe rows without the leading pipe, two-row headers) are not read yet.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.documents import claims, extract, judge, load
from compliance.documents.readers import read_text
from compliance.documents.tables import read_table, verdict

# Verbatim from 越城年鉴(2022) p. 30 (https://dfz.zj.gov.cn/zlyz/ossfs/h5/NJ-K-330602-2022-001-0101/files/basic-html/page30.html)
TITLE = "“十三五”规划主要指标完成情况\n表1"
HEADER = "序号 指标名称 2020 年目标值 2020 年预计值 完成情况"
ROWS = [
    "1 全区生产总值(亿元) 1000 1008.5 完成",
    "2 人均生产总值(元) 130000 130913 完成",
    "3 公共财政预算收入(亿元) 72.69 72.69 完成",
]
CUT = "4 固"
#: two lines of the page's prose, its two printed columns run together with a space between them
PROSE = ["“一星金鼎”。 疗、养老、住房等还有不满意的地方。",
         "降…16%、20%、25%,成功创建省级食品安全区、 量不够多,国家级实验室尚处于空白,R&D 经"]


def _read(tmp_path: Path, *lines: str, year: str | None = "2020"):
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = load(extract(path, year=year))
    verdicts = judge(plan, ["2020"])
    status = {j.indicator.name: j.verdict.status.value for j in verdicts}
    return plan, status, claims(plan, verdicts)


def _figures(plan) -> dict[str, tuple[str | None, str | None]]:
    return {i.found.name: (i.found.targets["2020"].text if "2020" in i.found.targets else None,
                           i.found.reported["2020"].text if "2020" in i.found.reported else None)
            for i in plan.extraction.indicators}


def test_the_real_rows(tmp_path):
    """The header's words place each column (a year the text layer set apart, 2020 年目标值, is one header cell); the
    three whole rows are read with their units, each met, and each row's 完成 is a claim that agrees."""
    plan, status, results = _read(tmp_path, *PROSE, TITLE, HEADER, *ROWS, CUT)
    assert _figures(plan) == {"全区生产总值": ("1000", "1008.5"), "人均生产总值": ("130000", "130913"),
                              "公共财政预算收入": ("72.69", "72.69")}
    assert [i.unit for i in plan.extraction.indicators] == ["亿元", "元", "亿元"]
    assert status == {"全区生产总值": "met", "人均生产总值": "met", "公共财政预算收入": "met"}
    assert [(r.text, r.agrees) for r in results] == [(row, True) for row in ROWS]


@pytest.mark.parametrize(("row", "verdict_", "agrees"), [
    (ROWS[0], "met", True),
    ("1 全区生产总值(亿元) 1000 1000 完成", "met", True),  # made-up estimate: at the target
    ("1 全区生产总值(亿元) 1000 990 完成", "missed", False),  # made-up: under it, the table's 完成 disagrees
    ("1 全区生产总值(亿元) 1000 990 未完成", "missed", True),  # and 未完成 agrees
    ("1 全区生产总值(亿元) 1000 1008.5 未完成", "met", False),
])
def test_either_side_of_the_target(tmp_path, row, verdict_, agrees):
    _, status, results = _read(tmp_path, HEADER, row)
    assert status == {"全区生产总值": verdict_}
    assert [r.agrees for r in results] == [agrees]


@pytest.mark.parametrize(("header", "row"), [
    ("序号 指标名称 完成情况 2020 年预计值 2020 年目标值", "1 全区生产总值(亿元) 完成 1008.5 1000"),
    ("指标名称 序号 2020 年预计值 2020 年目标值", "全区生产总值(亿元) 1 1008.5 1000"),
    ("序号 指标名称 单位 2020 年目标值 2020 年预计值 完成情况", "1 全区生产总值 亿元 1000 1008.5 完成"),
    ("序号 指标名称 单位 2020年目标 2020年完成", "1 全区生产总值 亿元 1000 1008.5"),
], ids=["values-reversed", "number-after-name", "unit-column", "other-header-words"])
def test_columns_by_their_header_words(tmp_path, header, row):
    """The same row laid out otherwise (real figures, made-up layouts): columns are placed by their header's words,
    never by the seed's positions; a unit column gives the unit."""
    plan, status, _ = _read(tmp_path, header, row)
    assert _figures(plan) == {"全区生产总值": ("1000", "1008.5")}
    assert plan.extraction.indicators[0].unit == "亿元"
    assert status == {"全区生产总值": "met"}


@pytest.mark.parametrize(("row", "expected"), [
    ("1 城镇登记失业率(%) ≤5.5 4.1", "met"), ("1 城镇登记失业率(%) ≤5.5 5.8", "missed"),
    ("1 空气质量优良天数比率(%) >95 96.2", "met"), ("1 空气质量优良天数比率(%) >95 94", "missed"),
    ("1 地区生产总值增速(%) 6左右 6.1", "met"), ("1 地区生产总值增速(%) 6左右 4", "missed"),
])
def test_target_cells_keep_their_words(tmp_path, row, expected):
    """A target cell is one cell with its sign or hedge (≤5.5, >95, 6左右), read as the target grammar reads it
    (made-up rows under the real header, either side of each target)."""
    _, status, _ = _read(tmp_path, "序号 指标名称 2020 年目标值 2020 年预计值", row)
    assert list(status.values()) == [expected]


def test_a_row_cut_short_is_listed_not_guessed(tmp_path):
    """The copy's last row stops after one character (4 固): listed as a row the table cannot place."""
    plan, _, _ = _read(tmp_path, HEADER, *ROWS, CUT)
    assert [(u.text, u.reason) for u in plan.extraction.unplaced if "固" in u.text] == [
        ("4 | 固", "the row has 2 cells and the header 5: cannot place them")]


def test_spaced_name_and_split_figure(tmp_path):
    """Extra cells without a figure belong to the name (全区 生产总值, spaced by a text layer); a figure among them
    (1000 左右, a hedge set apart from its figure) leaves the row unplaced rather than guess which cell is which."""
    plan, status, _ = _read(tmp_path, HEADER, "1 全区 生产总值(亿元) 1000 1008.5 完成",
                            "2 人均生产总值(元) 130000 左右 130913 完成")
    assert status == {"全区 生产总值": "met"}
    assert [u.text for u in plan.extraction.unplaced] == ["2 | 人均生产总值(元) 130000 左右 130913 完成"]


@pytest.mark.parametrize("lines", [
    PROSE,
    ["序号 指标名称 说明", "1 全区生产总值(亿元) 已完成"],  # no target or reported column
    ["1 全区生产总值(亿元) 1000 1008.5 完成"],  # rows without their header
], ids=["prose", "no-value-column", "no-header"])
def test_no_table_without_a_header_of_column_words(lines):
    """Only a line every cell of which is a column header opens a spaced table: prose with spaces never does."""
    document = read_text("page.txt", "\n".join(lines))
    assert document.tables == ()


def test_a_verdict_cell_is_no_figure(tmp_path):
    """A table whose only outcome column holds verdict words: no figure is taken (the target cannot be judged by the
    engine), and the row's 完成 is a claim left undecided, not a disagreement."""
    plan, status, results = _read(tmp_path, "序号 指标名称 2020 年目标值 完成情况", "1 全区生产总值(亿元) 1000 完成")
    assert _figures(plan) == {"全区生产总值": ("1000", None)}
    assert status in ({}, {"全区生产总值": "pending"})
    assert [r.agrees for r in results] in ([], [None])


@pytest.mark.parametrize(("cell", "said"), [("完成", "met"), ("已完成", "met"), ("超额完成", "exceeded"),
                                             ("未完成", "missed"), ("基本完成", None), ("1008.5", None), ("可完成", None)])
def test_verdict_words(cell, said):
    assert verdict(cell) == said


def test_the_seed_table_keeps_its_reading():
    """The seed's appendix (tab layout) has no verdict cell: its reading gives no table claims."""
    document = read_text("haidian.txt", (Path(__file__).parent / "documents" / "haidian-2022.txt").read_text("utf-8"))
    readings = [r for r in (read_table(t, "2022") for t in document.tables) if r is not None]
    assert sum(len(r.found) for r in readings) > 30
    assert [s for r in readings for s in r.statements] == []


# Verbatim from 温州's 表1 2022年温州市国民经济和社会发展计划完成情况
# (https://wzfgw.wenzhou.gov.cn/art/2023/3/24/art_1229565908_4157680.html, tests/documents/reports/wenzhou-2022):
# pipe rows without the leading pipe, a second header row under 2022年实绩, a section cell opening the first row.
WZ_HEADER = ["序号 | 指标名称 | 单位 | 2022年 计划目标 | 2022年实绩 | |||", "绝对值 | 增速(%) | ||||||"]
WZ_ROWS = [
    "经济发展 | 1 | 地区生产总值(GDP) | 亿元 | 增长7%左右 | 8029.8 | 3.7 | |",
    "2 | 全员劳动生产率 | 万元/人年 | 增长8%以上 | 暂无数据 | |||",
    "3 | 常住人口城镇化率 | % | 73.3 | 73.3 | |||",
    "4 | 一般公共预算收入 | 亿元 | 增长8% | 573.9 | -2.6 | ||",
    "5 | 工业总产值 | 亿元 | 12000 | 12000 | 9 | ||",
]
WZ_CUT = "规上工业增加值 | 亿元 | 增长9%左"


def _read_2022(tmp_path: Path, *lines: str):
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = load(extract(path, year="2022"))
    status = {j.indicator.name: j.verdict.status.value for j in judge(plan, ["2022"])}
    figures = {i.found.name: (i.found.targets["2022"].text, i.found.reported["2022"].text
                              if "2022" in i.found.reported else None) for i in plan.extraction.indicators}
    return plan, status, figures


def test_the_real_pipe_rows(tmp_path):
    """Each row's growth target takes the row's 增速(%) cell, a level target its 绝对值 cell; the section cell 经济发展 is
    no cell of the row; collapsed empty cells (暂无数据 | |||) are the empty cells they were; the bracket restating
    the name (地区生产总值(GDP)) is dropped from it; the cut row is listed, not read."""
    plan, status, figures = _read_2022(tmp_path, *WZ_HEADER, *WZ_ROWS, WZ_CUT)
    assert figures == {"地区生产总值": ("增长7%左右", "3.7"), "全员劳动生产率": ("增长8%以上", None),
                       "常住人口城镇化率": ("73.3", "73.3"), "一般公共预算收入": ("增长8%", "-2.6"),
                       "工业总产值": ("12000", "12000")}
    assert status == {"地区生产总值": "missed", "全员劳动生产率": "pending", "常住人口城镇化率": "met",
                      "一般公共预算收入": "missed", "工业总产值": "met"}
    assert [u.text for u in plan.extraction.unplaced if "规上" in u.text] == ["规上工业增加值 | 亿元 | 增长9%左"]


@pytest.mark.parametrize(("row", "expected"), [
    (WZ_ROWS[0], "missed"),
    ("经济发展 | 1 | 地区生产总值(GDP) | 亿元 | 增长7%左右 | 8029.8 | 7.2 | |", "met"),  # made-up growth: over the target
    ("4 | 一般公共预算收入 | 亿元 | 增长8% | 573.9 | 8.1 | ||", "met"),  # made-up
    ("5 | 工业总产值 | 亿元 | 12000 | 11800 | 9 | ||", "missed"),  # made-up level: under the level target
])
def test_pipe_rows_either_side(tmp_path, row, expected):
    _, status, _ = _read_2022(tmp_path, *WZ_HEADER, row)
    assert list(status.values()) == [expected]


def test_a_growth_target_never_takes_the_level(tmp_path):
    """A row with a growth target and no growth figure (only the level) is pending, not judged on the level."""
    _, status, figures = _read_2022(tmp_path, *WZ_HEADER, "4 | 一般公共预算收入 | 亿元 | 增长8% | 573.9 | ||")
    assert figures == {"一般公共预算收入": ("增长8%", None)}
    assert status == {"一般公共预算收入": "pending"}


def test_pipe_lines_without_a_header_are_no_table():
    """Lines with pipes but no header line of column words (a page's navigation) open no table."""
    document = read_text("page.txt", "首页 | 政务公开 | 规划计划\n计划报告 | 2022 | 温州")
    assert document.tables == ()
