"""Phrasings of the sixteenth set (tests/corpus/targets_sixteenth.tsv) read in general, each checked by its verdict either side.

A qualitative predicate of zh.yaml (实施, 制定) opening a text that holds a figure is the verb before the subject, as 完成 and 实现
are: the figure after the name is the target. Without a figure the word still states a quality.
"""

from __future__ import annotations

import pytest

import compliance
from compliance.models import Status

#: 2026福建省政府工作报告主要预期目标 (新浪财经, https://reportify.ai/news/1213791688833765376), the sixteenth set's tz033
PROJECTS = "实施省科技重大创新项目10个以上"


@pytest.mark.parametrize(("value", "status"), [("12", Status.MET), ("10", Status.MET), ("9", Status.MISSED)])
def test_a_count_after_an_opening_predicate_is_the_target(value, status):
    assert compliance.evaluate(PROJECTS, value, polarity="higher").status is status


def test_the_opening_predicate_is_no_part_of_the_subject():
    parsed = compliance.parse_target(PROJECTS)
    assert parsed.kind == "bound" and parsed.subject is not None and parsed.subject.text == "省科技重大创新项目"


def test_without_a_figure_the_predicate_still_states_a_quality():
    """实施 alone, no figure: a task told done or not (the qualitative reading is unchanged). Made-up words."""
    assert compliance.parse_target("实施乡村振兴战略").kind == "qualitative"
