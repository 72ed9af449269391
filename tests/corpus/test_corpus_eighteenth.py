"""The eighteenth collection (``targets_eighteenth.tsv``, ``outcomes_eighteenth.tsv``): prefecture cities, districts,
county-level cities and a town of 江苏, 安徽 and 浙江, with reviews of 广西, 内蒙古 and 甘肃 cities (A1, stop 28).

TARGETS are the year's targets of six places in no earlier set: 阜阳 2022 (a report's reading: 12 growths, rates, a task and a
change in points), 盐城 2020 (a range with a hyphen, a 分别 list, a level of energy intensity), 丽水 2023 (the numbered lines
of a task table, two targets to a line, a remark after the figure), 泰州 2021 (spaces around the figures, the speaker's name
before the framing words), 扬州 2021 (a target as a sentence) and the town of 桃源 (吴江) 2015 (three names under one figure
with 分别, a share to rise by a point). OUTCOMES are bulletins and reviews of places in no earlier set, each set against a
target of the same year: the place's own (丽水 2023, 泰州 2021), else its province's (江苏 2023 and 2024 for 东台 and 盐城),
else the nation's, cited by file and id (``targets.tsv t0174``). Pages whose mirror inserted pinyin after characters
(漳州's 2010 targets, 马鞍山's 2015 and 盐城's 2024 reports, 涡阳's 2022 bulletin, 蚌埠's 2020 profile) were not used. Each row
copied verbatim with its source address.

First sight (before any engine change, other helpers' uncommitted work in the tree): 38/39 read, 76/78 probes, 26/31
outcomes, no wrong verdict (every failure pending). The figures after the fixes are in tests/corpus/README.md.
"""

from __future__ import annotations

from pathlib import Path

import setcheck

HERE = Path(__file__).parent
TARGETS = HERE / "targets_eighteenth.tsv"
OUTCOMES = HERE / "outcomes_eighteenth.tsv"
#: places of this set that no earlier section of SOURCES.md names
PLACES = ("阜阳", "盐城", "丽水", "泰州", "扬州", "桃源", "东台", "蚌埠", "呼伦贝尔", "庆阳", "贵港", "亭湖", "镇江", "泰兴")
#: the provinces the set was collected for, each named by words of its documents' labels
REGIONS = {"江苏": ("盐城", "泰州", "扬州", "东台", "亭湖", "镇江", "泰兴", "吴江"), "安徽": ("阜阳", "蚌埠", "安徽"),
           "浙江": ("丽水",), "广西": ("贵港",), "内蒙古": ("呼伦贝尔",), "甘肃": ("庆阳",)}
#: county-level places (districts, county-level cities) and a town
COUNTIES = ("东台", "亭湖", "泰兴", "桃源")
#: earlier sets' targets files an outcome of this set may cite
EARLIER = {"targets.tsv": HERE / "targets.tsv"}


def test_measure_prints_the_set():
    assert setcheck.load_measure().SETS["eighteenth"] == (TARGETS, OUTCOMES)


def test_the_targets_are_real_sourced_and_probed_either_side():
    setcheck.check_targets(TARGETS, "tk", documents=6, size=40)


def test_the_outcomes_are_real_sourced_and_judged_either_side():
    setcheck.check_outcomes(OUTCOMES, "ok", documents=15, size=30)


def test_every_outcome_is_set_against_a_target_of_this_set_or_a_cited_earlier_one():
    setcheck.check_cited_targets(TARGETS, OUTCOMES, EARLIER)


def test_the_regions_it_was_collected_for_are_here():
    setcheck.check_regions((TARGETS, OUTCOMES), REGIONS, COUNTIES, fewest=4)


def test_the_verdicts_are_mixed():
    setcheck.check_mixed(OUTCOMES, missed=3, met=15, pending=8)


def test_every_document_is_listed_and_the_places_are_new():
    setcheck.check_sources((TARGETS, OUTCOMES), "## Eighteenth set", PLACES)
