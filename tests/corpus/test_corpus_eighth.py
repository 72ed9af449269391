"""The eighth collection (``targets_eighth.tsv``, ``outcomes_eighth.tsv``): prefecture cities and counties of central and
eastern China, none in an earlier set (赣州, 荥阳, 正定, 嘉兴, 青岛, 漯河, 周口, 湖口, 宜都, 韶关, 梧州, 来宾, 崇左, 威海, 烟台;
then 芜湖, 安庆, 叶县, 封丘, 淮北, 进贤; 湖南's 2024 and 2026 reports and 2024 bulletin, 福建's 2025 report, 安徽's 2026 plan
report, 江西 2025), 2019-2026, in five batches each measured on first sight, each row copied verbatim with its source address. Targets
are clauses of a report's one-sentence target paragraph and cells of a city's task table, probed by hand either side of
the threshold; outcome sentences (reviews, plan-execution reports, bulletins, news) are paired with the same place's
target of that year where the search found one, else with the same place's target of the next or an earlier year or with
another place's phrasing of this set (``note`` says which).

What the rows try: a level inside a name (实际利用省外2000万元以上项目资金), 分别 with 左右 after the last item only, 目标 between
the verb and the figure (增长目标5.5%), a whole news sentence (河南省政府工作报告将GDP增长目标定在5.5%左右), a hedge not in the
lexicon's list (根据实际情况争取更好的结果), 等 after a list, two targets in one table cell; in the outcomes, ranks in place of
growths (增速居全省第2位), separators lost (分别增长7%7.2%7%, 增长5.6%财政总收入), a footnote mark joined to a level
(253231.0 亿元), 增 for 增长, four periods in one 分别 list, per-head and all-industry figures beside the targets', a floor over
four years (连续四年超过6%), 同步 said in words after a count. Every failure is a documented leftover
(tests/corpus/test_corpus_leftovers.py); a wrong verdict only where its mark says so.
"""

from __future__ import annotations

from pathlib import Path

import setcheck

HERE = Path(__file__).parent
TARGETS = HERE / "targets_eighth.tsv"
OUTCOMES = HERE / "outcomes_eighth.tsv"
#: places of this set that no earlier section of SOURCES.md names (嘉兴 is named there once, as a mirror not used)
PLACES = ("赣州", "荥阳", "正定", "青岛", "漯河", "周口", "湖口", "宜都", "韶关", "梧州", "来宾", "崇左", "威海", "烟台", "芜湖",
          "安庆", "叶县", "封丘", "淮北", "进贤")


def test_measure_prints_the_set():
    assert setcheck.load_measure().SETS["eighth"] == (TARGETS, OUTCOMES)


def test_the_targets_are_real_sourced_and_probed_either_side():
    setcheck.check_targets(TARGETS, "te", documents=8)


def test_the_outcomes_are_real_sourced_and_judged_either_side():
    setcheck.check_outcomes(OUTCOMES, "oe", documents=10, targets=TARGETS)


def test_every_document_is_listed_and_the_places_are_new():
    setcheck.check_sources((TARGETS, OUTCOMES), "## Eighth set", PLACES)
