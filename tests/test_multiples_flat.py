"""Multiples and shares of a change (增长1.5倍, 提高两成, 减少一半), a level as times a base year's (是2020年的1.5倍),
翻番, flat targets said with the year in full (与上年度持平) and a clause that is only a year (到2025年,).

Each judged either side of its threshold. Sources of the real phrasings:

- 广州 十四五 纲要 (2021): 经济发展进入全新阶段,年均增长6%左右,到2025年,国内生产总值达到3.5万亿元
  (http://www.chaogb.com/news/caijing/30105.html);
- 十六大 (2002): 到2020年国内生产总值比2000年翻两番; 十七大: 人均国内生产总值比2000年翻两番
  (http://npbww.com/hanyucidian/50xiy1gamc.html);
- 十五五 纲要草案 (2026): 到2035年人均国内生产总值比2020年翻一番 (https://reportify.cn/social-media/780743269550678).
"""

from __future__ import annotations

import pytest

import compliance


def _status(target: str, value: str, **kwargs: object) -> str:
    return compliance.evaluate(target, value, **kwargs).status.value  # type: ignore[arg-type]


@pytest.mark.parametrize(("target", "value", "expected"), [
    ("地区生产总值增长一倍", "100", "met"),  # 一倍: a growth of 100% (was pending: 倍 no unit of a change)
    ("地区生产总值增长一倍", "90", "missed"),
    ("增长1.5倍", "150", "met"),  # 倍 after 增长: the growth's multiple
    ("增长1.5倍", "140", "missed"),
    ("增长1.5倍", "比上年增长1.6倍", "met"),  # a bulletin's multiple reads as the target's
    ("增长1.5倍", "比上年增长1.4倍", "missed"),
    ("提高两成", "20", "met"),  # 成: tenths
    ("提高两成", "19", "missed"),
    ("增长三成", "增长两成", "missed"),
    ("减少一半", "50", "met"),
    ("下降一半", "下降40%", "missed"),
    ("增长超过1倍", "120", "met"),
    ("增长超过1倍", "100", "missed"),
])
def test_multiples_of_a_change(target: str, value: str, expected: str) -> None:
    assert _status(target, value) == expected


def test_multiples_only_after_a_change_verb() -> None:
    """倍 elsewhere keeps its reading: a gap of 2.5 times is a bound of 2.5; a reported 近1倍 (nearly once) is not
    read (a target's 增长近1倍 is about 100%: tests/test_targets_s23.py); a share of the year's task (任务的一半) is no
    change."""
    assert _status("城乡居民收入倍差缩小到2.5倍", "2.4") == "met"
    assert _status("城乡居民收入倍差缩小到2.5倍", "2.6") == "missed"
    assert compliance.parse_reported("比上年增长近1倍").kind == "unrecognized"
    assert compliance.parse_target("完成年度任务的一半").kind == "qualitative"


def test_level_as_times_the_base_year() -> None:
    """是2020年的1.5倍 is a level 1.5 times the base year's (it was a level of 1.5倍, met by any figure over 1.5): the
    change from the base year, measured from its level in references, else pending naming the year."""
    v = compliance.evaluate("地区生产总值是2020年的1.5倍", "150")
    assert (v.status.value, v.reason.value, v.missing) == ("pending", "previous_unknown", ("2020",))
    base = {"references": {"2020": 100}}
    assert _status("地区生产总值是2020年的1.5倍", "150", **base) == "met"
    assert _status("地区生产总值是2020年的1.5倍", "140", **base) == "missed"
    assert _status("研发投入为2020年的2倍", "200", **base) == "met"
    assert _status("力争达到2020年的2倍以上", "190", **base) == "missed"
    assert _status("地区生产总值达到2020年的2倍", "增长110%") == "met"  # a change reported is the change
    assert _status("地区生产总值达到2020年的2倍", "增长90%") == "missed"
    assert compliance.parse_target("地区生产总值是2020年的1.5倍").subject.text == "地区生产总值"  # type: ignore[union-attr]
    assert compliance.parse_target("是2020年的1倍").kind == "unrecognized"  # the base itself: no level of 1倍
    assert _status("是2020年的0.8倍", "70", **base) == "pending"  # a floor or a ceiling? unsaid: never met by a fall


@pytest.mark.parametrize(("target", "base", "value", "expected"), [
    ("到2020年国内生产总值比2000年翻两番", {"2000": 100}, "400", "met"),
    ("到2020年国内生产总值比2000年翻两番", {"2000": 100}, "390", "missed"),
    ("到2035年人均国内生产总值比2020年翻一番", {"2020": 100}, "200", "met"),
    ("到2035年人均国内生产总值比2020年翻一番", {"2020": 100}, "190", "missed"),
])
def test_doubling_from_a_base_year(target: str, base: dict[str, int], value: str, expected: str) -> None:
    assert _status(target, value, references=base) == expected
    assert _status(target, value) == "pending"


def test_doubling_at_least() -> None:
    """比2020年翻一番以上 was unread (the doubling word had to end the text): 以上 after it is at least that."""
    base = {"references": {"2020": 100}}
    assert _status("比2020年翻一番以上", "200", **base) == "met"
    assert _status("比2020年翻一番以上", "190", **base) == "missed"


def test_doubling_again() -> None:
    """翻番 is 翻一番, a reach word before it changes nothing (规上工业产值再次实现翻番 was qualitative)."""
    target = "规上工业产值再次实现翻番"
    assert compliance.parse_target(target).kind == "cumulative"
    assert _status(target, "200", previous="100") == "met"
    assert _status(target, "190", previous="100") == "missed"
    assert compliance.evaluate(target, "200").reason.value == "previous_unknown"
    assert _status("实现翻番", "增长100%") == "met"


@pytest.mark.parametrize(("value", "previous", "expected"), [
    ("0.3", None, "met"),  # a growth of 0.3%: flat within the engine's 1 point
    ("-0.5", None, "met"),
    ("-1.5", None, "missed"),
    ("100", "100.5", "met"),  # a level within 1% of the previous one
    ("98", "100", "missed"),
    ("98亿元", None, "pending"),  # a level without the previous one
])
def test_flat_with_the_year_in_full(value: str, previous: str | None, expected: str) -> None:
    """固定资产投资与上年度持平 was two parts (上年, then 度 持平): pending value_count whatever the value."""
    assert _status("固定资产投资与上年度持平", value, previous=previous) == expected


def test_flat_said_of_last_year() -> None:
    assert _status("粮食产量与去年基本持平", "-0.8") == "met"
    assert _status("粮食产量与去年基本持平", "-1.2") == "missed"


@pytest.mark.parametrize(("value", "expected"), [
    ("6.2", "met"),  # the growth's (and the level's, read in 万亿元: both agree)
    ("3.6万亿元", "met"),
    ("3.4万亿元", "missed"),
    ("增长6.5%", "met"),
    ("增长5%", "missed"),
    ("5.5", "pending"),  # under the growth, over the level: the readings differ
])
def test_a_year_clause_leads_the_next(value: str, expected: str) -> None:
    """广州 十四五: the clause 到2025年 alone made the whole text unread; the growth without a subject is of the
    indicator the level names."""
    assert _status("年均增长6%左右,到2025年,国内生产总值达到3.5万亿元", value) == expected


def test_a_rate_after_a_growth_is_another_indicator() -> None:
    """A growth without a subject before a rate (a % level) names two indicators: one value does not pair."""
    assert _status("增长7%,城镇登记失业率4.5%以内", "6.2") == "pending"
    assert _status("增长7%,城镇登记失业率4.5%以内", "增长6.5%") == "pending"
    assert _status("城镇新增就业1100万人以上,到2025年,城镇登记失业率4.5%以内", "5") == "pending"


def test_net_increase_after_a_name_is_its_change() -> None:
    """工业开票销售净增150亿元 (高邮 2021 plan, tests/corpus tt010) was a level: the year's total sales (1600亿元) met it.
    净增 is the name's change, as 增加 is: a figure of its size is the increase, one far larger a level that waits for
    the previous year's."""
    target = "工业开票销售净增150亿元"
    assert _status(target, "160亿元") == "met"
    assert _status(target, "140亿元") == "missed"
    assert compliance.evaluate(target, "1600亿元").reason.value == "previous_unknown"
    assert _status(target, "1600亿元", previous="1440亿元") == "met"
    assert _status(target, "1600亿元", previous="1480亿元") == "missed"
    assert compliance.parse_target("完成净增150亿元任务").kind == "task"  # a task's words read as before


def test_multiples_in_a_bulletin() -> None:
    """河北's 2019 1-2月 industry release (http://www.hetj.gov.cn/hetj/tjxx/101548813277006.html): 新能源汽车增长38.2倍,
    钢材增长20.1%,水泥增长27.8% … 光电子器件增长1.6倍: a product's growth in 倍 is its growth in % (160%, 3820%)."""
    assert _status("光电子器件产量增长150%", "光电子器件增长1.6倍") == "met"
    assert _status("光电子器件产量增长200%", "光电子器件增长1.6倍") == "missed"
    assert _status("新能源汽车产量增长30倍", "新能源汽车增长38.2倍,钢材增长20.1%,水泥增长27.8%") == "met"
    assert _status("新能源汽车产量增长40倍", "新能源汽车增长38.2倍,钢材增长20.1%,水泥增长27.8%") == "missed"
    assert _status("光电子器件产量增长150%", "新能源汽车增长38.2倍") == "pending"  # another product's


def test_within_the_provinces_target() -> None:
    """节能减排指标控制在省定目标内 (a 福建 county's 2025 work report, bx2200.com/baogao/huadong/12259_2.html) was
    qualitative: 内 right after the province's target is within it, as 以内 is."""
    province = {"references": {"省级要求": 3.5}, "polarity": "lower"}
    assert _status("节能减排指标控制在省定目标内", "3", **province) == "met"
    assert _status("节能减排指标控制在省定目标内", "4", **province) == "missed"
    assert _status("节能减排指标控制在省定目标内", "3") == "pending"
    assert _status("国内生产总值增长5%", "5.2") == "met"  # 内 of 国内 is no comparator


def test_a_multiple_of_the_base_is_known_to_the_judge_by_its_reading() -> None:
    """The reading says the figure is times the base year's (models.Cumulative.of_base, one role for the grammar and
    the judge); the judge then measures a reported level from the base year's level, either side of 1.5 times it."""
    from compliance import evaluate, parse_target

    target = "地区生产总值是2020年的1.5倍"
    assert parse_target(target).of_base and not parse_target("地区生产总值比2020年增长50%").of_base
    assert evaluate(target, "151", references={"2020": "100"}).status.value == "met"
    assert evaluate(target, "149", references={"2020": "100"}).status.value == "missed"
    assert evaluate(target, "151").status.value == "pending"  # no base year's level given
