"""Monthly releases of statistics bureaus, read against a year's targets: every figure of part of the year is pending
period_open, never the year's met or missed.

- 国家统计局 via 新华社, 2023-12-15 (http://news.cn/fortune/2023/12/15/c_1130028707.htm): 1至11月份,…全国固定资产投资
  (不含农户)460814亿元,同比增长2.9%,与1至10月份持平。 raised an AssertionError in parse_reported: 与 after a mark was
  taken for the 和 of a list (分别增长5%和8%) and the mark read as the figure before it.
- 成都市统计局 via a mirror, 2021-12-24 (http://m.blue-maple.cn/cdxw/2021-12-26/160422.html): 前11月全市规模以上工业
  增加值同比增长11.6%,两年平均增长7.9% was MET as the year's 11.6: 前11月 (no 个) is the first eleven months too.
"""

from __future__ import annotations

import pytest

import compliance

NBS = ("1至11月份,服务零售额同比增长19.5%,比1至10月份加快0.5个百分点;全国固定资产投资(不含农户)460814亿元,同比增长"
       "2.9%,与1至10月份持平。")


def test_a_mark_before_yu_is_no_figure_of_a_list():
    reported = compliance.parse_reported("同比增长2.9%,与1至10月份持平。")
    assert reported.kind == "ambiguous"
    assert [str(c.value.value) for c in reported.candidates][:1] == ["2.9"]
    assert [c.change for c in compliance.parse_reported("分别增长5%和8%").values] == ["up", "up"]  # a list, as before


@pytest.mark.parametrize("target", ["固定资产投资增长3%", "固定资产投资增长2%"])
def test_eleven_months_are_no_year_either_side(target):
    v = compliance.evaluate(target, NBS)
    assert (v.status.value, v.reason.value) == ("pending", "period_open")


@pytest.mark.parametrize("reported, expected", [
    ("前11月全市规模以上工业增加值同比增长11.6%,两年平均增长7.9%", ("pending", "period_open")),
    ("前11个月全市规模以上工业增加值同比增长11.6%", ("pending", "period_open")),
    ("全年全市规模以上工业增加值同比增长11.6%,两年平均增长7.9%", ("met", "measured")),  # the year: its 11.6
])
def test_the_first_eleven_months_without_ge(reported, expected):
    v = compliance.evaluate("规模以上工业增加值增长10%", reported)
    assert (v.status.value, v.reason.value) == expected
