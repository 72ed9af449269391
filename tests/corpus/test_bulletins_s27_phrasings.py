"""Phrasings met in the bulletin rows of ``bulletins_s27.tsv`` (A5, s27), each general and judged either side of its
threshold. The targets and sentences are copied verbatim (addresses beside them); the bare reported figures are probes."""

from __future__ import annotations

import pytest

import compliance

#: 重庆's 2023 target as 中新社 reported it (http://nian.zunyiyoushi.com/2323381/6101745.html)
CHONGQING_2023 = "地区生产总值增长6%以上、争取实现更好的结果"
CHONGQING_2023_SENTENCE = "2023年重庆经济社会发展的主要预期目标是,地区生产总值增长6%以上、争取实现更好的结果。"
#: 广州's 2026 target (dxpress.gelonghui.com/live/2261688), read so since 2a10ab6: the same form with another stretch
GUANGZHOU_2026 = "地区生产总值增长5%左右、实际工作中力争更好结果"


@pytest.mark.parametrize("target", [CHONGQING_2023, CHONGQING_2023_SENTENCE])
@pytest.mark.parametrize(("value", "expected"), [("6.4", "met"), ("6", "met"), ("5.9", "missed")])
def test_an_aim_in_words_after_enumeration_comma_is_a_remark(target, value, expected):
    """The last clause after 、, a stretch word and words of a better result with no figure (争取实现更好的结果), was read
    as a second target, so one value could not pair (pending value_count). It is an aim, shown, never judged, as the
    figure of 力争8% is: the target is 增长6%以上 (6 included)."""
    c = compliance.parse_target(target)
    assert c.kind == "cumulative" and c.subject is not None and c.subject.text == "地区生产总值"
    assert [(s.role, s.text) for s in c.remarks][-1] == ("hedge", "争取实现更好的结果")
    assert compliance.evaluate(target, value).status.value == expected


@pytest.mark.parametrize(("value", "expected"), [("5.2", "met"), ("4.8", "met"), ("4.0", "missed")])
def test_the_literal_clause_of_effort_reads_as_before(value, expected):
    assert compliance.evaluate(GUANGZHOU_2026, value).status.value == expected


def test_a_clause_after_a_stretch_word_that_is_a_task_of_its_own_is_still_a_part():
    """Only words of a better result make the clause an aim in words: 动态清零 after 力争 is a task with its own meaning,
    and the text stays a list of two (one value: pending, as before). Made up: the form, not a quotation."""
    c = compliance.parse_target("城镇新增就业5万人以上、力争实现零就业家庭动态清零")
    assert c.kind == "several"
    assert compliance.evaluate(c, "6万人").status.value == "pending"
