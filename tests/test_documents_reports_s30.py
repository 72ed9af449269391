"""Stop 30: an indicator table a stored copy of a web page writes one cell a paragraph (``documents/flattened.py``).

The real tables read here are 温州's 表一 2015年温州市国民经济和社会发展计划主要指标完成情况
(``tests/documents/reports/wenzhou-2015``, https://wzfgw.wenzhou.gov.cn/art/2021/9/7/art_1229565908_3985937.html) and
明光's 2023年国民经济和社会发展主要指标预计完成情况 (``tests/documents/reports/mingguang-2023``,
http://www.mingguang.gov.cn/public/161054376/1111728659.html), as the ``pages`` corpus stores them: each cell a line, a
blank line after it, no row ends. Their cells are copied verbatim below; a figure changed to put a case on the other
side of the threshold says so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.documents import extract, judge, load
from compliance.documents import flattened
from compliance.documents.readers import read_text

# 温州 2015, 表一: the header (a name, a unit, 2015年目标 and 2015年实绩, each over 绝对值 and 增速(%)), then rows
WENZHOU_TITLE = "表一   2015年温州市国民经济和社会发展计划主要指标完成情况"
WENZHOU_HEADER = ["指  标  名  称", "单位", "2015年目标", "2015年实绩", "绝对值", "增速(%)", "绝对值", "增速(%)"]
WENZHOU_GDP = ["全市生产总值", "亿元", "4620", "7以上", "4619.8", "8.3"]
WENZHOU_CPI = ["居民消费价格指数", "%", "103左右", "-", "100.7", "-"]
#: an income row: the copy dropped its empty unit cell, so five cells
WENZHOU_INCOME = ["城镇常住居民人均可支配收入", "43760", "8以上", "44026", "8.7(实际增长7.9)"]
#: the copy's last row, cut before its outcome's growth
WENZHOU_CUT = ["主要污染物", "排放总量", "化学需氧量", "万吨", "-", "-2.3", "-"]

# 明光 2023: an empty corner cell (a line of spaces), a header cell split over two paragraphs, three cells a row
MINGGUANG_TITLE = "    2023年国民经济和社会发展主要指标预计完成情况"
MINGGUANG_HEADER = ["         ", "    全年预期目标(增速%", "    预计全年完成情况", "    (增速%"]
MINGGUANG_ROWS = [["    地区生产总值", "    8.5", "    7.5"], ["    一般公共预算收入", "    10", "    10"]]


def _text(*paragraphs: str) -> str:
    """One paragraph a line, a blank line after each, as the stored copies write them."""
    return "".join(f"{p}\n\n" for p in paragraphs)


def _judged(tmp_path: Path, text: str, year: str) -> tuple[dict[str, tuple[str | None, str | None]], dict[str, str]]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    plan = load(extract(path, year=year))
    figures = {i.found.name: (i.found.targets[year].text if year in i.found.targets else None,
                              i.found.reported[year].text if year in i.found.reported else None)
               for i in plan.extraction.indicators}
    return figures, {j.indicator.name: j.verdict.status.value for j in judge(plan, [year])}


def test_wenzhou_rows_state_a_level_and_a_growth_target(tmp_path):
    """Each row's 2015年目标 is split into 绝对值 and 增速(%): the row states two targets, each judged on the outcome
    of its own part (4619.8亿元 against 4620亿元 missed; 8.3% against 7以上 met). The CPI row states only a level
    (the growth cells are dashes): one indicator, a ceiling (100.7 within 103左右)."""
    figures, status = _judged(tmp_path, _text(WENZHOU_TITLE, *WENZHOU_HEADER, *WENZHOU_GDP, *WENZHOU_CPI), "2015")
    assert figures == {"全市生产总值": ("4620", "4619.8"), "全市生产总值增速": ("7以上", "8.3"),
                       "居民消费价格指数": ("103左右", "100.7")}
    assert status == {"全市生产总值": "missed", "全市生产总值增速": "met", "居民消费价格指数": "met"}


@pytest.mark.parametrize(("level", "growth", "expected"), [
    ("4620", "8.3", {"全市生产总值": "met", "全市生产总值增速": "met"}),  # made-up: the level at the target
    ("4619.8", "7", {"全市生产总值": "missed", "全市生产总值增速": "met"}),  # made-up: the growth at 7以上's bound
    ("4700", "6.9", {"全市生产总值": "met", "全市生产总值增速": "missed"}),  # made-up: above the level, under the growth
])
def test_either_side_of_each_part(tmp_path, level, growth, expected):
    row = [*WENZHOU_GDP[:4], level, growth]
    _, status = _judged(tmp_path, _text(*WENZHOU_HEADER, *row), "2015")
    assert status == expected


def test_a_row_without_its_unit_cell(tmp_path):
    """The income row has five cells where the header has six: its unit cell (empty on the page) was dropped, so the
    row's name is followed by its four values; the nominal growth 8.7 is judged (the real growth is a remark)."""
    figures, status = _judged(tmp_path, _text(*WENZHOU_HEADER, *WENZHOU_INCOME, *WENZHOU_GDP), "2015")
    assert figures["城镇常住居民人均可支配收入"] == ("43760", "44026")
    assert figures["城镇常住居民人均可支配收入增速"] == ("8以上", "8.7(实际增长7.9)")
    assert status["城镇常住居民人均可支配收入"] == "met" and status["城镇常住居民人均可支配收入增速"] == "met"
    assert figures["全市生产总值"] == ("4620", "4619.8")  # the row after it is placed as before


def test_a_row_cut_short_is_listed_not_guessed(tmp_path):
    """The copy's last row has three values of four: listed as a row the table cannot place, never read as a target
    (it was read as the target 万吨 of 主要污染物（排放总量）)."""
    path = tmp_path / "report.txt"
    path.write_text(_text(*WENZHOU_HEADER, *WENZHOU_GDP, *WENZHOU_CUT), encoding="utf-8")
    plan = load(extract(path, year="2015"))
    assert [i.found.name for i in plan.extraction.indicators] == ["全市生产总值", "全市生产总值增速"]
    assert [u.text for u in plan.extraction.unplaced] == ["主要污染物 排放总量 化学需氧量 万吨 | - | -2.3 | -"]


@pytest.mark.parametrize(("outcome", "expected"), [("10", "met"), ("9.9", "missed"), ("10.4", "met")])
def test_mingguang_corner_and_split_header(tmp_path, outcome, expected):
    """明光's header: an empty corner over the names, a target and an estimate column (the estimate's header split at its
    bracket over two paragraphs). 10 against 10 is met (real); 9.9 and 10.4 are made up, either side."""
    rows = [*MINGGUANG_ROWS[0], MINGGUANG_ROWS[1][0], MINGGUANG_ROWS[1][1], f"    {outcome}"]
    figures, status = _judged(tmp_path, _text(MINGGUANG_TITLE, *MINGGUANG_HEADER, *rows), "2023")
    assert figures == {"地区生产总值": ("8.5", "7.5"), "一般公共预算收入": ("10", outcome)}
    assert status == {"地区生产总值": "missed", "一般公共预算收入": expected}


def test_the_paragraph_after_the_table_stays_a_paragraph(tmp_path):
    """A heading after the table (words followed by no value) ends it and is read as text (made-up heading)."""
    document = read_text("report.txt", _text(*WENZHOU_HEADER, *WENZHOU_GDP, "二、2016年经济社会发展的主要目标",
                                             "2016年全市生产总值增长7.5%左右。"))
    assert len(document.tables) == 1 and len(document.tables[0].rows) == 3
    assert [p.text for p in document.paragraphs] == ["二、2016年经济社会发展的主要目标", "2016年全市生产总值增长7.5%左右。"]


@pytest.mark.parametrize("paragraphs", [
    ["目标", "完成", "8.5", "7.5"],  # no name column and no empty corner: no header
    ["   ", "目标", "8.5", "7.5"],  # a corner over one value column only
    ["指标名称", "单位", "完成", "地区生产总值", "亿元", "7.5"],  # made-up: two columns of words and one value: no target column
], ids=["no-name", "one-value-column", "one-value-not-a-header"])
def test_short_paragraphs_are_no_table_unless_a_header_says_so(paragraphs):
    document = read_text("report.txt", _text(*paragraphs))
    assert len(document.tables) <= 1
    if document.tables:  # 完成 alone is a reported column: read, but only as that column says
        assert [c.text for c in document.tables[0].rows[0]] == paragraphs[:3]


def test_every_short_paragraph_is_tried_once(monkeypatch):
    """Every short paragraph of a text is tried as a header's first cell: each try reads its header and at most a row's
    words beyond it, so a text of 6,000 paragraphs of header words (made up) reads a bounded number of cells per
    paragraph, never the rest of the text each time (that would be some 18 million)."""
    read = []
    cells = flattened._cells

    def counting(lines, start):
        for cell in cells(lines, start):
            read.append(cell)
            yield cell

    monkeypatch.setattr(flattened, "_cells", counting)
    text = _text(*["指标", "单位", "目标", "完成", "绝对值", "增速"] * 1000)
    read_text("report.txt", text)
    assert 0 < len(read) <= 30 * 6000


# 越城年鉴(2022) p. 30's 表1 (https://dfz.zj.gov.cn/zlyz/ossfs/h5/NJ-K-330602-2022-001-0101/files/basic-html/page30.html),
# its real cells laid out one a paragraph (a made-up layout: the flip-book writes them one row a line)
YUECHENG = ["序号", "指标名称", "2020 年目标值", "2020 年预计值", "完成情况",
            "1", "全区生产总值(亿元)", "1000", "1008.5", "完成", "2", "人均生产总值(元)", "130000", "130913", "完成"]


@pytest.mark.parametrize(("estimate", "expected"), [("1008.5", "met"), ("990", "missed")])  # 990: made up
def test_a_numbered_table_with_its_verdict_column(tmp_path, estimate, expected):
    """A row opens with its number (序号), its name carries its unit, and its last cell is the table's own verdict (完成):
    the number is no value, the verdict no figure; columns are placed by their header's words."""
    cells = [estimate if c == "1008.5" else c for c in YUECHENG]
    figures, status = _judged(tmp_path, _text(*cells), "2020")
    assert figures == {"全区生产总值": ("1000", estimate), "人均生产总值": ("130000", "130913")}
    assert status == {"全区生产总值": expected, "人均生产总值": "met"}
