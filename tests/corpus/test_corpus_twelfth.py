"""The twelfth collection (``targets_twelfth.tsv``, ``outcomes_twelfth.tsv``): the north and the east (河北, 山西, 山东, 河南,
江苏, 浙江), their cities, districts and county-level cities none in an earlier set (长治, 潍坊, 常熟, 滕州, 滨州, 寿光, 张家口, 义乌, 东阳,
金华's development zone, 越城 and 上虞 of 绍兴, 洛阳 and its districts 洛龙 and 孟津, 延津, 孟州), and new documents of provinces an
earlier set has (河北's 2023 targets and outcomes, 山东's 2023 bulletin, 浙江's 2023 and 2024 targets and its 2024 bulletin,
江苏's 2023 review in traditional characters, 新乡's plans of 2022-2024), 2012-2025, each row copied verbatim with its
source address. OUTCOMES are favoured: bulletin, review and plan-execution sentences of several figures and table rows
set against the target of the same place and year where the search found one, else the province's, the next year's or
another place's target of the same indicator (``note`` says whose; a target of an earlier set is cited by its id:
``targets.tsv t0234``, ``targets_local.tsv l0063``).

What the rows try: seven growths in one sentence against seven targets, a level, a growth and a rank per clause, ranks
between the level and the growth (``3347.6亿元,居全省第4位,增长1.5%``), two ranks after a growth, a GDP clause whose only
growth is the next clause's, margins over the city with its figure in brackets (``低于全市平均水平(3.5%)2.9个百分点``), a footnote
mark after the name (``地区生产总值[2]``), estimates (``预计 GDP 增长 5%左右``), 分别 lists of five, per-head GDP and services'
revenue beside a GDP target, a level and a growth against a level-and-growth target, a count with the share of the
year's target, table rows with their number first (``1 全区生产总值(亿元) 1000 1008.5 完成``); targets as a plan notice's list
(``城镇居民收入与经济增长同步``, ``农村居民收入高于经济增长水平``), bare table cells, 均 of three, 力争 and 突破. Every failure is a documented
leftover (tests/corpus/test_corpus_leftovers.py).
"""

from __future__ import annotations

from pathlib import Path

import setcheck

HERE = Path(__file__).parent
TARGETS = HERE / "targets_twelfth.tsv"
OUTCOMES = HERE / "outcomes_twelfth.tsv"
#: places of this set that no earlier section of SOURCES.md names (河北, 浙江, 江苏, 山东 and 新乡 are there, with other
#: documents)
PLACES = ("长治", "潍坊", "常熟", "滕州", "滨州", "寿光", "张家口", "义乌", "东阳", "金华", "越城", "上虞", "洛阳", "洛龙", "孟津",
          "延津", "孟州")
#: the provinces the set was collected for, each named by words of its documents' labels
REGIONS = {"河北": ("河北", "张家口"), "山西": ("长治",), "山东": ("潍坊", "滕州", "滨州", "寿光"),
           "河南": ("洛阳", "洛龙", "孟津", "延津", "孟州", "新乡"), "江苏": ("常熟", "江苏"),
           "浙江": ("浙江", "义乌", "东阳", "金华", "越城", "上虞")}
#: earlier sets' targets files an outcome of this set may cite (``targets.tsv t0234``)
EARLIER = {"targets.tsv": HERE / "targets.tsv", "targets_local.tsv": HERE / "targets_local.tsv"}


def test_measure_prints_the_set():
    assert setcheck.load_measure().SETS["twelfth"] == (TARGETS, OUTCOMES)


def test_the_targets_are_real_sourced_and_probed_either_side():
    """As setcheck.check_targets, for a set that favours outcomes (at least 30 targets, not 60)."""
    rows, cells = setcheck.load_measure().load_targets(TARGETS), setcheck.lines(TARGETS)
    assert len(rows) >= 30 and all(len(line) == 9 for line in cells)
    assert all(row.id.startswith("tw") and row.source.startswith("http") for row in rows)
    assert len({row.id for row in rows}) == len(rows)
    assert len({line[3] for line in cells}) >= 7
    for row in rows:
        wanted = {"met", "pending"} if row.qualitative else {"met", "missed"}
        assert wanted <= {p.expected for p in row.probes}, row.id


def test_the_outcomes_are_real_sourced_and_judged_either_side():
    setcheck.check_outcomes(OUTCOMES, "ow", documents=25)
    assert len(setcheck.lines(OUTCOMES)) >= 50


def test_every_outcome_is_set_against_a_target_of_this_set_or_a_cited_earlier_one():
    """A target of this set, or an earlier set's, cited by file and id in the note (the texts equal). The note says
    whose target it is: the same place's, the province's or another place's, and of which year where not the same."""
    measure = setcheck.load_measure()
    own = {row.text for row in measure.load_targets(TARGETS)}
    earlier = {name: {row.id: row.text for row in measure.load_targets(path)} for name, path in EARLIER.items()}
    for row in measure.load_outcomes(OUTCOMES):
        assert any(word in row.note for word in ("same place", "province", "another place")), row.id
        if row.target in own:
            continue
        name = next(name for name in EARLIER if f"{name} " in row.note)
        cited = row.note.split(f"{name} ", 1)[1].split(")", 1)[0]
        assert earlier[name][cited] == row.target, row.id


def test_the_regions_it_was_collected_for_are_here():
    """Each province of the brief holds at least one document of the set, read from the documents' labels."""
    setcheck.check_regions((TARGETS, OUTCOMES), REGIONS)


def test_outcomes_are_most_of_the_set_and_carry_several_figures():
    """The set favours outcomes, and sentences of several figures: most rows are outcomes, and at least 30 outcome
    sentences hold three figures or more."""
    outcomes = setcheck.load_measure().load_outcomes(OUTCOMES)
    assert len(outcomes) > len(setcheck.lines(TARGETS))
    several = [row for row in outcomes if sum(ch == "%" for ch in row.text) + row.text.count("亿") >= 3]
    assert len(several) >= 30


def test_every_document_is_listed_and_the_places_are_new():
    setcheck.check_sources((TARGETS, OUTCOMES), "## Twelfth set", PLACES)
