"""The sixteenth collection (``targets_sixteenth.tsv``, ``outcomes_sixteenth.tsv``): 2026 work reports, 十五五's first year.
Targets of provinces and of the nation (四川's 2025 targets, 福建's and 安徽's 2026 targets, 广东's 2026 range, the nation's
十五五 indicators and 2026 figures) and one district's traditional copy (汕尾's 城区, 2022); OUTCOMES are 2025 (and one 2024)
reviews of counties and districts new to the corpus (芦山, 通川, 长沙县, 蓬江) and of provinces and the nation, each set against
a target of the same year: the place's own, else its province's (``note`` says whose; an earlier set's target is cited by file
and id: ``targets.tsv t0212``, ``targets_thirteenth.tsv tr046``, ``targets_fourteenth.tsv tq027``). Each row copied verbatim with
its source address.

A short batch (B2, 40 minutes): 34 targets and 20 outcomes, fewer than the 60 and 40 ``setcheck.check_targets`` and
``check_outcomes`` ask of a full set, so they are called with this set's own sizes (30 and 15).

What the rows try: a five years' cumulative reduction (累计降低17%), levels reached (提高到11.7年, 提高到80岁, 达到58亿吨标准煤),
ranges written with 至 and with ~, 控制在…左右, 分別…和 in traditional characters, figures written with .0, a count after an
action (实施省科技重大创新项目10个以上); in the outcomes, a figure equal to its floor (5.5 against 5.5%以上), an estimate
(预计), the growth before the level (增長4.5%,達到1000.86億元), urban and rural incomes apart against 同步 (pending), a county's
一般公共预算收入 against the province's 地方一般公共预算收入, sentences without the target's figure (pending).
First sight (before any engine change): 33/34 read, 66/68 probes, 19/19 outcomes, none wrong; after the fix of tz033 (实施
before the subject: test_sixteenth_phrasings.py) 34/34, 68/68, 19/19, no leftover; with 四川's 2024 estimate added (oz020) 20/20.
"""

from __future__ import annotations

from pathlib import Path

import setcheck

HERE = Path(__file__).parent
TARGETS = HERE / "targets_sixteenth.tsv"
OUTCOMES = HERE / "outcomes_sixteenth.tsv"
#: places of this set that no earlier section of SOURCES.md names
PLACES = ("芦山", "通川", "长沙县", "蓬江", "汕尾")
#: the provinces the set was collected for, each named by words of its documents' labels
REGIONS = {"四川": ("四川", "芦山", "通川"), "湖南": ("长沙县",), "广东": ("广东", "蓬江", "汕尾"), "福建": ("福建",),
           "安徽": ("安徽",), "国务院": ("国务院",)}
#: county-level places (counties, districts): the outcomes favour them
COUNTIES = ("芦山", "通川", "长沙县", "蓬江", "城区")
#: earlier sets' targets files an outcome of this set may cite
EARLIER = {"targets.tsv": HERE / "targets.tsv", "targets_thirteenth.tsv": HERE / "targets_thirteenth.tsv",
           "targets_fourteenth.tsv": HERE / "targets_fourteenth.tsv"}


def test_measure_prints_the_set():
    assert setcheck.load_measure().SETS["sixteenth"] == (TARGETS, OUTCOMES)


def test_the_targets_are_real_sourced_and_probed_either_side():
    setcheck.check_targets(TARGETS, "tz", documents=7, size=30)


def test_the_outcomes_are_real_sourced_and_judged_either_side():
    setcheck.check_outcomes(OUTCOMES, "oz", documents=8, size=15)


def test_every_outcome_is_set_against_a_target_of_this_set_or_a_cited_earlier_one():
    setcheck.check_cited_targets(TARGETS, OUTCOMES, EARLIER)


def test_the_regions_it_was_collected_for_are_here():
    setcheck.check_regions((TARGETS, OUTCOMES), REGIONS, COUNTIES, fewest=6)


def test_the_verdicts_are_mixed():
    setcheck.check_mixed(OUTCOMES, missed=4, met=8, pending=5)


def test_every_document_is_listed_and_the_places_are_new():
    setcheck.check_sources((TARGETS, OUTCOMES), "## Sixteenth set", PLACES)
