"""A bulletin's short names of the three sectors (一产, 二产, 三产) stand for their value added: ``二产占比提高1.3个百分点``
is the share of 第二产业增加值 (a 2023 county bulletin's phrasing, last stop's leftover). It was met against a 服务业 or
第三产业 share target (1.3 taken as the services' share gain): the share's part is now compared with the target's own part
before 占, as names of the same head are (第二产业 is no 服务业): pending indicator_figure; 二产 against 第二产业, 三产
against 服务业 are judged as before."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize("target, reported, expected", [
    ("第二产业增加值占比提高1个百分点", "二产占比提高1.3个百分点", ("met", "1.3")),
    ("第二产业增加值占比提高2个百分点", "二产占比提高1.3个百分点", ("missed", "1.3")),
    ("服务业增加值占比提高1个百分点", "三产占比提高1.3个百分点", ("met", "1.3")),
    ("服务业增加值占地区生产总值比重提高1个百分点", "服务业增加值占地区生产总值比重提高1.3个百分点", ("met", "1.3")),
    ("第二产业增加值增长5%", "二产增加值增长5.5%", ("met", "5.5")),
    ("第二产业增加值增长6%", "二产增加值增长5.5%", ("missed", "5.5")),
    ("服务业增加值占GDP比重达到55%", "服务业增加值占GDP比重达到56.2%", ("met", "56.2")),
])
def test_a_sectors_short_name_is_its_own(target, reported, expected):
    v = compliance.evaluate(target, reported)
    assert (v.status.value, str(v.value)) == expected


@pytest.mark.parametrize("target, reported", [
    ("服务业增加值占地区生产总值比重提高1个百分点", "二产占比提高1.3个百分点"),  # was met on the 二产's 1.3
    ("第三产业增加值占比提高1个百分点", "二产占比提高1.3个百分点"),
    ("服务业增加值占比提高1个百分点", "全年三次产业结构为4.1:38.3:57.6，二产占比提高1.3个百分点"),
    ("服务业增加值增长5%", "二产增加值增长5.5%"),
    ("服务业增加值占地区生产总值比重达到55%", "二产占比38.2%"),
])
def test_another_sectors_figure_is_no_outcome(target, reported):
    v = compliance.evaluate(target, reported)
    assert (v.status.value, v.reason.value, v.missing) == ("pending", "no_data", ("indicator_figure",))


def test_sectors_named_together_are_no_one_sectors():
    from compliance.judge.names import synonyms

    assert [synonyms(t) for t in ("一二三产增加值", "一、二、三产增加值", "二三产业", "二产占比")] == [
        "一二三产增加值", "一、二、三产增加值", "二三产业", "第二产业增加值占比"]


# A city's 统计公报 (stored at http://111.229.73.81/look/Statslisth?Id=2494): the share of the tertiary sector said in
# the last clause (第三产业比重提高2.8个百分点) against a 服务业 share target was pending ambiguous between the GDP's 3%
# and the sector's own growth 9.3%, which name no share: a clause with no share's word is no figure of a share target.
BULLETIN = ("初步核算,全年全市实现地区生产总值(GDP)1077.9亿元,按可比价格计算,比上年增长3%。其中第一产业增加值72.8亿元,增长3.2%;"
            "第二产业增加值460.6亿元,下降2.9%;第三产业增加值544.5亿元,增长9.3%。三次产业结构6.8:42.7:50.5,与上年相比,第一产业"
            "比重提高0.3个百分点,第二产业比重下降3.1个百分点,第三产业比重提高2.8个百分点。")


@pytest.mark.parametrize("target, expected", [
    ("服务业增加值占地区生产总值比重提高1个百分点", ("met", "2.8")),
    ("服务业增加值占地区生产总值比重提高3个百分点", ("missed", "2.8")),
    ("服务业增加值增长8%", ("met", "9.3")),  # the sector's own growth, as before
    ("地区生产总值增长5%", ("missed", "3")),
])
def test_a_share_target_takes_the_clause_naming_the_share(target, expected):
    v = compliance.evaluate(target, BULLETIN)
    assert (v.status.value, str(v.value)) == expected
