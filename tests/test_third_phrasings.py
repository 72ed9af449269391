"""Phrasings of the third corpus set (``tests/corpus/targets_third.tsv``) the engine read wrongly or not at all,
each judged either side of its threshold (the corpus rows are in the set; these pin the general reading)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import compliance
from compliance.language.units import convert


def _status(target: str, reported: str | None, **kwargs: object) -> str:
    return compliance.evaluate(target, reported, **kwargs).status.value  # type: ignore[arg-type]


# 注册 (registered) is a name's word: the note marker 注 inside it made 注册外资… unreadable
@pytest.mark.parametrize("target", ["注册外资实际到账达1.2亿美元", "注册资本达1.2亿美元", "注册外资1.2亿美元"])
def test_a_name_with_zhuce_reads(target: str) -> None:
    assert compliance.parse_target(target).kind == "level"
    assert _status(target, "1.3亿美元") == "met"
    assert _status(target, "1.0亿美元") == "missed"


def test_zhu_still_marks_a_note_in_a_reported_bracket() -> None:
    reported = compliance.parse_reported("0.1（注：同口径）")
    assert reported.note == "注：同口径" and str(reported.value.value) == "0.1"  # type: ignore[union-attr]


# 基本保持同步: 保持 after 基本 as before it (保持基本同步)
@pytest.mark.parametrize("target", ["居民人均可支配收入与经济增长基本保持同步", "居民收入与经济增长保持基本同步"])
def test_basically_kept_in_step(target: str) -> None:
    c = compliance.parse_target(target)
    assert c.kind == "sync" and c.ref == "economic_growth"
    assert _status(target, "5.0", references={"economic_growth": "5.5"}) == "met"  # within 1 pp
    assert _status(target, "3.0", references={"economic_growth": "5.5"}) == "missed"


def test_two_indicators_basically_kept_in_step() -> None:
    target = "城镇、农村居民人均可支配收入与经济增长基本保持同步"
    refs = {"economic_growth": "5.5"}
    assert _status(target, "分别增长5.5%、6.5%", references=refs) == "met"
    assert _status(target, "分别增长3.0%、6.5%", references=refs) == "missed"
    assert _status(target, "分别增长5.5%、3.0%", references=refs) == "missed"


# a multiplier before a counter the unit table lacks (万头) multiplies it: 110万头 was read as 0.011万 against 100万
@pytest.mark.parametrize("target", ["出栏生猪100万头", "生猪出栏100万头"])
def test_a_multiplied_counter_the_table_lacks(target: str) -> None:
    assert _status(target, "110万头") == "met"
    assert _status(target, "90万头") == "missed"
    assert _status(target, "1100000头") == "met"


def test_multiplied_unknown_units_convert_by_their_multiplier_only_within_their_word() -> None:
    assert convert(Decimal(110), "万头", "万") == Decimal(110)
    assert convert(Decimal(110), "万头", "头") == Decimal(1100000)
    assert convert(Decimal(2), "亿头", "万头") == Decimal(20000)
    assert convert(Decimal(110), "万头", "万只") is None  # two counters the table lacks never compare


# trees are counted (株, 棵): 义务植树1200万株 against 1250万株 was missed
@pytest.mark.parametrize("target", ["义务植树1200万株", "義務植樹1200萬株", "植树1200万棵"])
def test_trees_planted(target: str) -> None:
    unit = "棵" if target.endswith("棵") else "株"
    assert _status(target, f"1250万{unit}") == "met"
    assert _status(target, f"1100万{unit}") == "missed"
    assert _status(target, "1200") == "met"  # a bare figure is read in the target's unit


# 三分之一 (one third) is a share in %: it was read as the 一 alone (1), so 30% met 达到三分之一
@pytest.mark.parametrize(("target", "above", "below"), [
    ("\"高精尖\"产业营业收入比重达到三分之一", "35%", "30%"),
    ("比重达到三分之一以上", "34", "33.3"),
    ("占比超过三分之二", "70%", "66%"),
    ("四分之一左右", "25", "20"),
])
def test_a_fraction_in_words_is_a_share(target: str, above: str, below: str) -> None:
    assert compliance.parse_target(target).value.unit == "%"  # type: ignore[union-attr]
    assert _status(target, above) == "met"
    assert _status(target, below) == "missed"


def test_a_fraction_reported_and_a_fraction_without_its_numerator() -> None:
    assert _status("30%以上", "三分之一") == "met"
    assert _status("35%以上", "三分之一") == "missed"
    for text in ("三分之", "零分之一"):  # no figure: never the 一 alone
        assert compliance.parse_target(text).kind == "unrecognized"


# a whole count right before the name (10市, 3个国考断面) is the name's: 10市平均优良天数287.3天 was unread
@pytest.mark.parametrize(("target", "above", "below"), [
    ("10市平均优良天数287.3天", "290天", "280天"),
    ("3个国考断面水质达标率100%", "100", "90"),
    ("13个市平均优良天数300天", "301", "299"),
])
def test_a_count_before_the_name_is_the_subjects(target: str, above: str, below: str) -> None:
    c = compliance.parse_target(target)
    assert c.kind == "level" and c.subject is not None and target.startswith(c.subject.text)
    assert c.subject.text[0].isdigit()
    assert _status(target, above) == "met"
    assert _status(target, below) == "missed"


@pytest.mark.parametrize("target", ["10市平均优良天数", "5%企业增长10%", "2.5市平均优良天数300天"])
def test_no_count_is_taken_where_no_target_follows_or_the_figure_is_no_whole_count(target: str) -> None:
    assert compliance.parse_target(target).kind == "unrecognized"
