"""Which sentence of an outcome document gives an indicator's figure, where the name is written shorter or longer
than the target's (found in the 合肥 pairs, tests/documents/pairs/hefei-2023 and hefei-2024):

* a name going on past the target's spelling is another indicator's: 新增就业参保大学生35万人 (graduates newly insured)
  is no figure of 城镇新增就业, which stays unmatched (judge/names.py ``name_goes_on``);
* a place and the head word alone (全市投资增长3%左右: the city's investment) name the one target indicator with that
  head word (固定资产投资), for the judge and for the extractor; with two such targets, neither takes it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import compliance
from compliance.judge.names import bare_names, name_goes_on

INVEST = "实施扩大有效投资行动,全市投资增长3%左右,投资总量占全省比重超25%、同比提升5个百分点,工业投资占比超30%、创近五年新高"


@pytest.mark.parametrize(("target", "status"), [("固定资产投资增长10%左右", "missed"), ("固定资产投资增长2%左右", "met")])
def test_the_citys_investment_is_the_fixed_asset_investment(target, status):
    v = compliance.evaluate(target, INVEST)
    assert (v.status.value, str(v.value)) == (status, "3")


def test_another_indicator_of_the_sentence_stays_pending():
    v = compliance.evaluate("一般公共预算收入增长4%左右", INVEST)
    assert v.status.value == "pending"


@pytest.mark.parametrize(("after", "name", "goes_on"), [
    ("参保大学生35万人", "城镇新增就业", True),
    ("人员70.67万人", "城镇新增就业", False),  # 城镇新增就业人员: the same count
    ("均值为5.2%", "城镇调查失业率", False),  # words that go on about the figure
    ("与上年基本持平", "居民消费价格", False),
    ("上半年由负转正,三、四季度加快恢复,全年增长3.9%", "地区生产总值", False),
    ("相当于全市生产总值的比例达到4.4%", "全社会研发经费支出相当于全市生产总值的比例达到4.4%左右", False),
])
def test_a_name_going_on(after, name, goes_on):
    assert name_goes_on(after, name) is goes_on


def test_bare_names_are_a_place_and_the_head_word():
    assert "全市投资" in bare_names("固定资产投资") and "全省投资" in bare_names("固定资产投资")
    assert bare_names("森林覆盖率") == ()  # no head word: no bare name


def _extract(tmp_path: Path, targets: str, outcomes: str) -> dict[str, str | None]:
    pytest.importorskip("pypinyin")
    from compliance.documents import extract, load

    (tmp_path / "t.txt").write_text(targets, encoding="utf-8")
    (tmp_path / "o.txt").write_text(outcomes, encoding="utf-8")
    plan = load(extract(tmp_path / "t.txt", outcomes=tmp_path / "o.txt", year="2024", outcome_year="2024"))
    return {i.found.name: (f.text if (f := i.found.reported.get("2024")) else None) for i in plan.extraction.indicators}


def test_the_extractor_takes_the_bare_name_and_leaves_the_longer_one(tmp_path):
    got = _extract(tmp_path, "2024年主要预期目标:固定资产投资增长3%左右,城镇新增就业14.5万人。\n",
                   "2024年,新增就业参保大学生35万人。全市投资增长5%。\n")
    assert got == {"固定资产投资": "全市投资增长5%", "城镇新增就业": None}


def test_two_targets_of_one_head_word_take_no_bare_name(tmp_path):
    got = _extract(tmp_path, "2024年主要预期目标:固定资产投资增长3%左右,民间投资增长2%。\n", "2024年,全市投资增长5%。\n")
    assert got == {"固定资产投资": None, "民间投资": None}
