"""Phrasings of the nineteenth set (tests/corpus/targets_nineteenth.tsv, outcomes_nineteenth.tsv) read in general, each
checked by its verdict either side.

A pair's name (城乡: urban and rural) with one verb and its figures joined by 和, no 分别 (城乡居民收入增长6%和8%以上, 平江's
2023 targets) was cut at the 和 into two subjects, 城乡居民收入增长6% and nothing, each given 8%以上: a WRONG MISSED for urban
6.5 and rural 8.5. An item whose first piece is a target with a figure and whose later pieces are bare figures is one
verb's figures (language/several.py ``_figures_after_verb``), and a pair's name takes them in turn as 分别 gives them
(``_pair_name``, zh.yaml several.pairs); one name of no pair with two figures stays no list.

Opening words naming targets and tasks together (2023年全县经济社会发展的主要目标和任务是:地区生产总值增长8%以上) were cut at
their 和: zh.yaml framing 目标和任务是, 目标任务是.

实现 right before an in-step phrase (居民收入增长要实现和经济增长基本同步, 云霄) is the in-step's verb: the sync pattern takes
it (zh.yaml sync.patterns), where 实现 alone made a words-only target.

A requirement of the assessment (生态环境质量达到考核要求) is a reference, as 市级要求 is (zh.yaml references 考核要求), and a
state kept steady and under control (安全生产平稳可控) a words-only target (zh.yaml qualitative.predicates).

Words ending with a modal verb before a reach word that a name follows (2022年,內蒙古要完成地區生產總值增長6%左右) say who is
to reach the figure: the subject was 內蒙古要, so the region's bulletin (全区地区生产总值…增长4.2%) was another indicator's.
Now a framing remark (language/sentences.py ``_modal_words``, zh.yaml modal_ends).
"""

from __future__ import annotations

import pytest

import compliance
from compliance.models import Status

#: 2023平江县发改局主要目标和任务 (http://app.miluo.gov.cn/pjx/36761/36798/content_2036136.html), tj006 and tj001
PINGJIANG_INCOMES = "城乡居民收入增长6%和8%以上。"
PINGJIANG_GDP = "2023年全县经济社会发展的主要目标和任务是:地区生产总值增长8%以上"
#: 2023云霄县政府工作报告 (http://bx2200.com/baogao/huadong/4525_3.html), tj013
YUNXIAO_SYNC = "居民收入增长要实现和经济增长基本同步"
#: 魏集镇2022年主要预期目标 (今日睢宁, https://www.jrsncn.com/news/2022/0308/406293.html), tj033 and tj034
WEIJI_ECOLOGY = "生态环境质量达到考核要求"
WEIJI_SAFETY = "安全生产平稳可控。"
#: 2022内蒙古自治区主要预期目标 (中新网 via http://www.342623.cn/caijing/2022/0121/30036.html), tj045
NEIMENGGU_GDP = "2022年,內蒙古要完成地區生產總值增長6%左右"
#: 2022年内蒙古自治区统计公报 (内蒙古日报, http://district.ce.cn/newarea/roll/202303/17/t20230317_38449462.shtml), oj015
NEIMENGGU_2022 = ("初步核算,2022年全区地区生产总值23159亿元,按可比价格计算,比上年增长4.2%。其中,第一产业增加值2654亿元,比上年增长4.3%;"
                  "第二产业增加值11242亿元,比上年增长6.5%;第三产业增加值9263亿元,比上年增长2.2%。")


def test_a_pairs_name_with_two_figures_joined_by_he_is_urban_then_rural():
    parsed = compliance.parse_target(PINGJIANG_INCOMES)
    assert parsed.kind == "several"
    assert [part.subject.text for part in parsed.parts] == ["城乡居民收入", "城乡居民收入"]


@pytest.mark.parametrize(("reported", "status"), [
    ("分别为6.5%、8.5%", Status.MET),
    ("分别为6%、8%", Status.MET),  # both on their floors (以上 includes them)
    ("分别为6.5%、7%", Status.MISSED),  # rural short of 8: urban 6.5 meets 6, the first figure, not 8
    ("分别为5.5%、9%", Status.MISSED),
])
def test_each_half_takes_its_own_figure(reported, status):
    assert compliance.evaluate(PINGJIANG_INCOMES, reported).status is status


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("城镇、农村居民收入增长6%和8%以上", "分别为6.5%、8.5%", Status.MET),  # two names listed: the figures in turn
    ("城镇、农村居民收入增长6%和8%以上", "分别为6.5%、7%", Status.MISSED),
    ("城乡居民收入分别增长6%和8%以上", "分别为6.5%、7%", Status.MISSED),  # with 分别 as before
])
def test_listed_halves_and_a_written_fenbie_read_the_same(target, reported, status):
    assert compliance.evaluate(target, reported).status is status


def test_one_name_of_no_pair_with_two_figures_is_no_list():
    parsed = compliance.parse_target("地区生产总值增长6%和8%以上")
    assert parsed.kind != "several"  # it was two parts, one named 地区生产总值增长6%: never a list of that name


@pytest.mark.parametrize(("reported", "status"), [("8.5", Status.MET), ("8", Status.MET), ("7.5", Status.MISSED)])
def test_opening_words_of_targets_and_tasks_leave_the_gdp_its_name(reported, status):
    parsed = compliance.parse_target(PINGJIANG_GDP)
    assert parsed.subject is not None and parsed.subject.text == "地区生产总值"
    assert compliance.evaluate(parsed, reported).status is status


@pytest.mark.parametrize(("reported", "growth", "status"), [
    ("7", "7", Status.MET),
    ("6.5", "7", Status.MET),  # 基本同步: within a point
    ("5", "7", Status.MISSED),
])
def test_shixian_before_an_in_step_phrase_is_its_verb(reported, growth, status):
    parsed = compliance.parse_target(YUNXIAO_SYNC)
    assert parsed.kind == "sync"
    assert compliance.evaluate(parsed, reported, references={"economic_growth": growth}).status is status


def test_the_assessments_requirement_is_a_reference_told_done_or_not():
    parsed = compliance.parse_target(WEIJI_ECOLOGY)
    assert parsed.kind == "reference"
    assert compliance.evaluate(parsed, "完成").status is Status.MET
    assert compliance.evaluate(parsed, None).status is Status.PENDING


def test_safety_steady_and_under_control_is_a_words_only_target():
    parsed = compliance.parse_target(WEIJI_SAFETY)
    assert parsed.kind == "qualitative"
    assert compliance.evaluate(parsed, "完成").status is Status.MET
    assert compliance.evaluate(parsed, None).status is Status.PENDING


def test_a_place_and_its_modal_before_the_reach_word_are_no_subject():
    parsed = compliance.parse_target(NEIMENGGU_GDP)
    assert parsed.subject is not None and parsed.subject.text == "地區生產總值"


@pytest.mark.parametrize(("reported", "status"), [
    (NEIMENGGU_2022, Status.MISSED),  # 4.2 against about 6: the whole's growth, the sectors' after it
    (NEIMENGGU_2022.replace("增长4.2%", "增长6.2%", 1), Status.MET),  # made up: the same bulletin at 6.2
])
def test_the_regions_bulletin_is_judged_against_its_own_target(reported, status):
    assert compliance.evaluate(NEIMENGGU_GDP, reported).status is status


@pytest.mark.parametrize(("target", "subject"), [
    ("全县要实现地区生产总值增长8%", "地区生产总值"),
    ("今年要实现地区生产总值增长6%左右", "地区生产总值"),
    ("固定资产投资要完成500亿元", None),  # no name after the reach word: the words before it stay the name's
])
def test_modal_words_only_before_a_reach_word_and_a_name(target, subject):
    parsed = compliance.parse_target(target)
    if subject is None:
        assert parsed.subject is None or parsed.subject.text.startswith("固定资产投资")
    else:
        assert parsed.subject is not None and parsed.subject.text == subject
        assert compliance.evaluate(parsed, "9").status is Status.MET
        assert compliance.evaluate(parsed, "5").status is Status.MISSED
