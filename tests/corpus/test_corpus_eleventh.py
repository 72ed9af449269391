"""The eleventh collection (``targets_eleventh.tsv``, ``outcomes_eleventh.tsv``): the south-west, the south and the districts
of 上海, 天津 and 重庆, none in an earlier set (惠州, 乐山, 曲靖, 三亚, 德宏, 红河, 钦北区 of 钦州, 泸州, 宜宾, 汕头; 浦东, 松江, 嘉定;
武清, 东丽, 滨海新区; 渝中, 沙坪坝, 江津, 万州, 北碚), and new documents of places an earlier set has (云南's 2012 report, 海南's 2024
report, 上海's 2025 plan-execution table, 重庆's first half of 2025, the national 十四五 health plan), 2011-2026, each row
copied verbatim with its source address. Targets are clauses of a report's target paragraph, cells of a news page or a
plan-execution table, probed by hand either side of the threshold; outcome sentences (reviews, estimates, bulletins, part
years, table rows) are set against this set's targets (the same place's of the same or the next year where the search
found one, else another place's phrasing of the same indicator) or, for a district of 天津, the city's target of the same
year in ``targets.tsv`` (``note`` says whose).

What the rows try: 十五五 and 2026 targets, a department plan (health: a rise over 2020's level, 下降到, 不低於), a level and a
growth in one clause (``實現20%以上的增長``), a rank as ``65強``, ``稳中有增``, a year then 实现 before the name, ``全年`` before
the name; in the outcomes, table rows a cell a paragraph (the row's number first; outcome cells equal to the target cells),
digits a mirror masked (``*.1%``), 限上 retail sales, per-head GDP, five-year averages against a yearly and a 年均 target,
part years, ranks in place of growths. Every failure is a documented leftover (tests/corpus/test_corpus_leftovers.py).
"""

from __future__ import annotations

from pathlib import Path

import setcheck

HERE = Path(__file__).parent
TARGETS = HERE / "targets_eleventh.tsv"
OUTCOMES = HERE / "outcomes_eleventh.tsv"
#: places of this set that no earlier section of SOURCES.md names (云南, 海南, 上海, 天津 and 重庆 are there, with other
#: documents)
PLACES = ("惠州", "乐山", "曲靖", "三亚", "德宏", "红河", "钦北", "泸州", "宜宾", "汕头", "浦东", "松江", "嘉定", "武清", "东丽",
          "滨海新区", "渝中", "沙坪坝", "江津", "万州", "北碚")
#: the regions the set was collected for, each named by words of its documents' labels
REGIONS = {"四川": ("乐山", "泸州", "宜宾"), "云南": ("云南", "曲靖", "德宏", "红河"), "广东": ("惠州", "汕头"),
           "广西": ("钦北",), "海南": ("海南", "三亚"), "上海's districts": ("浦东", "松江", "嘉定"),
           "天津's districts": ("武清", "东丽", "滨海新区"), "重庆's districts": ("渝中", "沙坪坝", "江津", "万州", "北碚")}


def test_measure_prints_the_set():
    assert setcheck.load_measure().SETS["eleventh"] == (TARGETS, OUTCOMES)


def test_the_targets_are_real_sourced_and_probed_either_side():
    setcheck.check_targets(TARGETS, "ty", documents=12)


def test_the_outcomes_are_real_sourced_and_judged_either_side():
    setcheck.check_outcomes(OUTCOMES, "oy", documents=20)


def test_every_outcome_is_set_against_a_target_of_this_set_or_of_the_first():
    """A district of 天津 is judged against the city's target of the same year (targets.tsv); every other row against a
    target of this set. The note names the target's place (and that it is another place's, where it is)."""
    measure = setcheck.load_measure()
    own = {row.text for row in measure.load_targets(TARGETS)}
    first = {row.id: row.text for row in measure.load_targets(HERE / "targets.tsv")}
    for row in measure.load_outcomes(OUTCOMES):
        if row.target in own:
            assert "same" in row.note or "another place" in row.note or "province" in row.note, row.id
        else:
            cited = row.note.split("targets.tsv ", 1)[1].split(")", 1)[0]
            assert first[cited] == row.target, row.id


def test_the_regions_it_was_collected_for_are_here():
    """Each region of the brief holds at least one document of the set, read from the documents' labels."""
    setcheck.check_regions((TARGETS, OUTCOMES), REGIONS)


def test_the_kinds_of_document_earlier_sets_had_few_of_are_here():
    """A department plan, plan-execution tables, 十五五 and 2026 targets, a statistics bulletin, part years."""
    cells = setcheck.lines(TARGETS) + setcheck.lines(OUTCOMES)
    documents = {line[3] for line in cells}
    kinds = {"department plan": ("健康规划",), "plan-execution table": ("执行情况表",), "2026 targets": ("2026",),
             "statistics bulletin": ("统计公报",), "part year": ("1~5月", "上半年", "一季度", "1—6月")}
    for kind, words in kinds.items():
        assert any(word in doc for doc in documents for word in words), kind
    assert any("十五五" in line[7] for line in setcheck.lines(TARGETS))


def test_every_document_is_listed_and_the_places_are_new():
    setcheck.check_sources((TARGETS, OUTCOMES), "## Eleventh set", PLACES)
