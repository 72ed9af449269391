"""Judging every (indicator, period) cell of a plan: periods, progress, references, several rules."""

from __future__ import annotations

import textwrap
from decimal import Decimal

import pytest

from compliance import Reason, Status
from compliance.plans.check import ALL, check, latest_year, matrix, periods_with_targets, summarize
from compliance.plans.datasets import load_dataset
from compliance.errors import InputError
from compliance.models import ProgressRating
from compliance.plans.rules import load_rules

from conftest import SEED_DATA, SEED_RULES

PLAN = "2021-2025"


@pytest.fixture(scope="module")
def seed():
    rules = load_rules(SEED_RULES)
    data = load_dataset(SEED_DATA, [i.id for i in rules.indicators])
    return rules, data


@pytest.fixture(scope="module")
def everything(seed):
    rules, data = seed
    return check(rules, data, ALL)


def by_id(judgements, period):
    return {j.indicator.id: j for j in judgements if j.period == period}


# --------------------------------------------------------------------------- the seed, every cell


def test_all_judges_every_cell_with_a_target(seed, everything):
    rules, data = seed
    assert periods_with_targets(rules) == [PLAN, "2022", "2023"]
    assert latest_year(data) == 2022
    cells = {(j.indicator.id, j.period) for j in everything}
    expected = {(i.id, p) for i in rules.indicators for p in i.targets}
    assert cells == expected
    assert len(everything) == 26 + 33 + 33


def test_2022_is_as_the_document_says(everything):
    summary = summarize([j for j in everything if j.period == "2022"])
    assert (summary.indicators["met"], summary.indicators["missed"], summary.indicators["pending"]) == (26, 4, 1)
    missed = {j.indicator.id for j in everything if j.period == "2022" and j.verdict.status is Status.MISSED}
    assert missed == {"gdp_growth", "ftz_revenue_growth", "hightech_revenue_growth", "district_budget_revenue_growth"}


def test_2023_targets_are_pending_no_data(everything):
    cells = [j for j in everything if j.period == "2023"]
    assert cells and all(j.verdict.status is Status.PENDING for j in cells)
    assert {j.verdict.reason for j in cells} == {Reason.NO_DATA}
    assert all(j.verdict.missing[0] == "reported" for j in cells)
    explained = cells[0].verdict.explain("en")
    assert "the data run to 2022, with no value for 2023 yet" in explained


def test_a_year_that_ended_without_a_value_is_no_data(seed):
    rules, data = seed
    judgements = check(rules, data, ["2023"], as_of=2024)
    assert {j.verdict.reason for j in judgements} == {Reason.NO_DATA}


def test_every_plan_target_gets_a_progress_rating_with_its_numbers(everything):
    plan = [j for j in everything if j.period == PLAN]
    assert len(plan) == 26
    for j in plan:
        assert j.verdict.status is Status.PENDING and j.verdict.reason is Reason.PERIOD_OPEN
        progress = j.progress
        assert progress is not None, j.indicator.id
        assert (progress.start_year, progress.as_of) == (2021, 2022)
        assert progress.cutoffs == (Decimal("0.95"), Decimal("0.6"), Decimal("0"))
        assert progress.notes and all(note in j.verdict.notes for note in progress.notes), j.indicator.id
        rating_note = progress.notes[-1].code
        assert rating_note.startswith("progress_"), j.indicator.id
        for lang in ("zh", "en"):
            sentence = progress.explain(lang)
            assert sentence[:-1] in j.verdict.explain(lang), (j.indicator.id, lang)


EXPECTED_RATINGS = {
    "water_use": "achieved_early",  # 2.8 <= 3.2
    "gdp_growth": "on_track",  # (8.8, 4) average 6.37 >= 6
    "labour_productivity": "regressing",  # 39.4 -> 35, below 38
    "park_rd_intensity": "achieved_early",  # 6.6 >= 6.2
    "tech_contract_growth": "on_track",
    "pct_applications": "on_track",  # 4085 -> 4500 toward 5000: ratio 1.96
    "digital_economy_growth": "on_track",
    "ftz_revenue_growth": "needs_acceleration",  # (16.1, 8-9) averages 12-12.5 against 15
    "pm25": "achieved_early",
    "surface_water_quality": "achieved_early",
    "waste_recycling_rate": "on_track",
    "energy_intensity_decline": "on_track",  # 6.6% in two years against a 6.1% steady pace
    "disposable_income_growth": "on_track",  # 5.32 a year against GDP's 6.37 less 1
    "registered_unemployment": "achieved_early",  # 2.63 <= 3.12 (the reported cell's bracket)
    "school_places_preschool": "on_track",  # 1530 + 1350 = 2880 against 1900 by now
    "doctors_per_1000": "on_track",
    "cdc_staff_per_10000": "achieved_early",
    "work_safety_death_rate": "achieved_early",
    # no rating possible, each for a stated reason
    "resident_population": "insufficient_data",  # <313.2 is a bound, its ends rate differently
    "construction_land": "insufficient_data",  # attested, no figures
    "rd_share_gdp": "insufficient_data",  # 10以上
    "foreign_investment": "insufficient_data",  # 市级要求 unknown
    "forest_cover": "insufficient_data",  # 2022 attested: a single figure
    "co2_intensity_decline": "insufficient_data",  # 2021 not yet available
    "food_pass_rate": "insufficient_data",
    "drug_pass_rate": "insufficient_data",
}


def test_the_seed_progress_ratings(everything):
    ratings = {i: j.progress.rating.value for i, j in by_id(everything, PLAN).items()}
    assert ratings == EXPECTED_RATINGS


def test_park_rd_intensity_is_achieved_early_with_its_numbers(everything):
    j = by_id(everything, PLAN)["park_rd_intensity"]
    p = j.progress
    assert p.rating is ProgressRating.ACHIEVED_EARLY
    assert (p.base_year, p.base_value, p.current_year, p.current_value, p.target_value) == (
        2021, Decimal("6.2"), 2022, Decimal("6.6"), Decimal("6.2"))
    assert "6.6% already meets the target 6.2%" in j.verdict.explain("en")
    assert "6.6% 已满足目标 6.2%" in j.verdict.explain("zh")


def test_energy_intensity_compounds_declines_against_the_steady_pace(everything):
    j = by_id(everything, PLAN)["energy_intensity_decline"]
    p = j.progress
    assert p.method == "compound" and p.rating is ProgressRating.ON_TRACK
    # 1-(1-0.037)(1-0.03) = 6.589%; 1-(1-0.145)^(2/5) = 6.07%
    assert p.current_value == Decimal("6.589")
    assert round(p.pace, 2) == Decimal("6.07")
    assert round(p.ratio, 2) == Decimal("1.09")  # 3.35% a year against 3.08% needed
    assert [(v.year, v.low) for v in p.values] == [(2021, Decimal("3.7")), (2022, Decimal("3"))]
    en, zh = j.verdict.explain("en"), j.verdict.explain("zh")
    assert "compound to a decline of 6.6% in 2 years" in en and "needs 6.1% by now" in en
    assert "2 年累计下降 6.6%" in zh and "此时应下降 6.1%" in zh
    assert "on track (ratio 1.09 >= 0.95)" in en


def test_growth_rates_are_compared_level_to_level(everything):
    p = by_id(everything, PLAN)["gdp_growth"].progress
    assert p.method == "average"
    assert round(p.current_value, 2) == Decimal("6.37")  # (1.088 * 1.04) ** 0.5 - 1, not a growth of a rate
    assert p.target_value == Decimal("6")


def test_running_total_against_the_pace(everything):
    p = by_id(everything, PLAN)["school_places_preschool"].progress
    assert p.method == "sum"
    assert (p.current_value, p.target_value, p.pace) == (Decimal("2880"), Decimal("4750"), Decimal("1900"))


def test_horizon_in_the_text_sets_the_year_the_target_is_for(everything):
    j = by_id(everything, PLAN)["forest_cover"]
    assert j.progress.end_year == 2035
    assert "the target is for 2035" in j.verdict.explain("en")


def test_gradually_more_uses_the_previous_year_from_the_dataset(everything):
    j = by_id(everything, "2022")["cdc_staff_per_10000"]
    assert j.verdict.status is Status.MET and j.verdict.previous == Decimal("0.88")
    assert j.verdict.value == Decimal("1.75")


def test_matrix_of_the_seed(everything):
    mx = matrix(everything)
    assert mx.periods == (PLAN, "2022", "2023")
    assert len(mx.indicators) == 33
    row = mx.row("gdp_growth")
    assert [cell.status for cell in row] == [Status.PENDING, Status.MISSED, Status.PENDING]
    assert row[0].progress.rating is ProgressRating.ON_TRACK and row[1].progress is None
    assert mx.cell("school_places_primary_secondary", PLAN) is None
    assert mx.counts("2022") == {"met": 28, "missed": 4, "pending": 1}


# --------------------------------------------------------------------------- small plans written here


def plan(tmp_path, rules: str, data: str, *, name: str = "r"):
    rules_path = tmp_path / f"{name}.yaml"
    rules_path.write_text(textwrap.dedent(rules), encoding="utf-8")
    data_path = tmp_path / f"{name}.csv"
    data_path.write_text(textwrap.dedent(data).lstrip(), encoding="utf-8")
    loaded = load_rules(rules_path)
    return loaded, load_dataset(data_path, [i.id for i in loaded.indicators])


SYNC_RULES = """\
plan: {name: P, periods: ["2021", "2022"]}
%s
indicators:
  - id: gdp_growth
    name: GDP growth
    polarity: higher
    measure: rate
    unit: "%%"
    role: economic_growth  # what 与经济增长基本同步 names; an English name binds no role by itself
  - id: output_growth
    name: Output growth
    polarity: higher
    measure: rate
    unit: "%%"
  - id: income_growth
    name: Income growth
    polarity: higher
    measure: rate
    unit: "%%"
    %s
    targets:
      "2021": 与经济增长基本同步
      "2022": 与经济增长基本同步
"""
SYNC_DATA = """\
indicator,period,reported
gdp_growth,2021,8.8
gdp_growth,2022,4
output_growth,2021,7
output_growth,2022,2
income_growth,2021,7.8
income_growth,2022,2.9
"""


def test_income_growth_is_judged_against_gdp_growth_of_the_same_year(tmp_path):
    rules, data = plan(tmp_path, SYNC_RULES % ("", ""), SYNC_DATA)
    verdicts = {j.period: j.verdict for j in check(rules, data, ALL)}
    assert verdicts["2021"].status is Status.MET and verdicts["2021"].reason is Reason.WITHIN_TOLERANCE
    assert verdicts["2021"].reference.name == "gdp_growth" and verdicts["2021"].reference.value == "8.8"
    assert verdicts["2021"].threshold == Decimal("7.8")  # 8.8 less the default tolerance of 1
    assert verdicts["2022"].status is Status.MISSED and verdicts["2022"].threshold == Decimal("3")


def test_sync_tolerance_and_indicator_are_configurable(tmp_path):
    strict, data = plan(tmp_path, SYNC_RULES % ("defaults: {sync_tolerance: 0.5}", ""), SYNC_DATA, name="a")
    assert {j.period: j.verdict.status for j in check(strict, data, ALL)}["2021"] is Status.MISSED
    linked, data = plan(tmp_path, SYNC_RULES % ("links: {经济增长: output_growth}", ""), SYNC_DATA, name="b")
    verdict = {j.period: j.verdict for j in check(linked, data, ALL)}["2022"]
    assert verdict.reference.name == "output_growth" and verdict.status is Status.MET
    own, data = plan(tmp_path, SYNC_RULES % ("", "sync: {indicator: output_growth, tolerance: 0}"), SYNC_DATA, name="c")
    verdict = {j.period: j.verdict for j in check(own, data, ALL)}["2021"]
    assert verdict.reference.name == "output_growth" and verdict.status is Status.MET and verdict.tolerance == 0


def test_a_link_to_an_unknown_indicator_is_a_load_error(tmp_path):
    with pytest.raises(InputError, match=r"r\.yaml:2:\d+: .*links to `gpd_growth`"):
        plan(tmp_path, SYNC_RULES % ("links: {经济增长: gpd_growth}", ""), SYNC_DATA)


CYCLE = """\
plan: {name: P}
indicators:
  - id: a
    name: A
    polarity: higher
    measure: rate
    targets:
      "2022": 与经济增长基本同步
  - id: b
    name: B
    polarity: higher
    expr: "value >= ref('a')"
links: {经济增长: b}
"""


def test_a_cycle_of_references_is_a_load_error_naming_it(tmp_path):
    path = tmp_path / "cycle.yaml"
    path.write_text(CYCLE, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_rules(path)
    assert "a cycle of references: a -> b -> a" in str(caught.value)
    assert (caught.value.line, caught.value.column) == (8, 15)


def test_a_rule_reading_its_own_indicator_is_a_cycle(tmp_path):
    path = tmp_path / "self.yaml"
    path.write_text("plan: {name: P}\nindicators:\n  - {id: a, name: A, polarity: higher, expr: \"value > ref('a')\"}\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match="a cycle of references: a -> a"):
        load_rules(path)


def test_no_cycle_without_a_loop(tmp_path):
    path = tmp_path / "chain.yaml"
    path.write_text(CYCLE.replace("links: {经济增长: b}", "  - {id: c, name: C, polarity: higher}\nlinks: {经济增长: c}"),
                    encoding="utf-8")
    rules = load_rules(path)  # a -> c and b -> a: a chain, not a loop
    assert [i.id for i in rules.indicators] == ["a", "b", "c"]


REFERENCES = """\
plan: {name: P, periods: ["2021-2025", "2021", "2022"]}
references:
  - {name: 市级要求, value: "60", source: general}
  - {name: 市级要求, value: "62", indicator: foreign_investment, period: "2022", source: 市商务局}
  - {name: 市级要求, value: "64", indicator: foreign_investment, period: "2021-2025"}
indicators:
  - id: foreign_investment
    name: FDI
    unit: 亿美元
    polarity: higher
    targets:
      "2021-2025": 达到市级要求
      "2022": 达到市级要求
  - id: water_use
    name: Water
    polarity: lower
    targets:
      "2022": 达到市级要求（3.2）
"""


def test_rules_file_references_per_indicator_and_period(tmp_path):
    rules, data = plan(tmp_path, REFERENCES, """\
        indicator,period,reported
        foreign_investment,2021,62.43
        foreign_investment,2022,63.7
        water_use,2022,2.8
    """)
    cells = {(j.indicator.id, j.period): j.verdict for j in check(rules, data, ALL)}
    fdi_2022 = cells[("foreign_investment", "2022")]
    assert fdi_2022.reference.value == "62" and fdi_2022.reference.source == "references"
    assert fdi_2022.status is Status.MET
    fdi_plan = cells[("foreign_investment", PLAN)]
    assert fdi_plan.reference.value == "64" and fdi_plan.progress.rating is ProgressRating.ON_TRACK
    # the general 市级要求 (60) applies to every indicator, and beats the target's own bracket (3.2)
    water = cells[("water_use", "2022")]
    assert water.reference.source == "references" and water.reference.value == "60"
    assert "the rules file, citing 'general'" in water.explain("en")  # its declared source:


def test_a_reference_nobody_gives_is_pending_naming_it(tmp_path):
    rules, data = plan(tmp_path, REFERENCES.replace("  - {name: 市级要求, value: \"60\", source: general}\n", "")
                       .replace('indicator: foreign_investment, period: "2022"', 'indicator: water_use, period: "2020"'),
                       "indicator,period,reported\nforeign_investment,2022,63.7\n")
    verdict = {(j.indicator.id, j.period): j.verdict for j in check(rules, data, ["2022"])}[("foreign_investment", "2022")]
    assert verdict.status is Status.PENDING and verdict.reason is Reason.REFERENCE_UNKNOWN
    assert verdict.missing == ("市级要求",)


SEVERAL = """\
plan: {name: P, periods: ["2022"]}
indicators:
  - id: gdp
    name: GDP
    unit: 亿元
    polarity: higher
    targets:
      "2022": ["9000以上", "稳步增长"]
    expr: "value >= previous * 1.05"
"""


def test_several_rules_on_one_indicator_are_each_judged_and_the_worst_wins(tmp_path):
    rules, data = plan(tmp_path, SEVERAL, "indicator,period,reported\ngdp,2021,8800\ngdp,2022,9100\n")
    judgements = check(rules, data, ALL)
    assert [(j.index, j.rule, j.verdict.status) for j in judgements] == [
        (0, "target", Status.MET), (1, "target", Status.MET), (2, "expr", Status.MISSED)]
    assert judgements[2].verdict.notes[0].params["substituted"] == "9100 >= 8800 * 1.05"
    cell = matrix(judgements).cell("gdp", "2022")
    assert cell.status is Status.MISSED and len(cell.judgements) == 3
    assert summarize(judgements).indicators == {"missed": 1}


# --------------------------------------------------------------------------- after the plan period


FINAL_RULES = """\
plan: {name: P, periods: ["2021-2025"]}
indicators:
  - {id: level, name: L, polarity: higher, targets: {"2021-2025": "6.2"}}
  - {id: total, name: T, polarity: higher, targets: {"2021-2025": 累计5000左右}}
  - {id: decline, name: D, polarity: higher, measure: decline, targets: {"2021-2025": 五年下降14.5}}
  - {id: growth, name: G, polarity: higher, measure: rate, targets: {"2021-2025": "6"}}
"""


def final_data(**override: str) -> str:
    rows = {
        "level": ["6.0", "6.1", "6.1", "6.2", "6.3"],
        "total": ["1530", "1350", "1000", "800", "700"],
        "decline": ["3.7", "3", "3", "3", "2"],
        "growth": ["8.8", "4", "5", "5.5", "7"],
    }
    lines = ["indicator,period,reported"]
    for indicator, values in rows.items():
        for year, value in zip(range(2021, 2026), values):
            value = override.get(f"{indicator}_{year}", value)
            if value:
                lines.append(f"{indicator},{year},{value}")
    return "\n".join(lines) + "\n"


def test_after_the_period_the_target_is_judged_against_the_periods_value(tmp_path):
    rules, data = plan(tmp_path, FINAL_RULES, final_data())
    cells = {j.indicator.id: j for j in check(rules, data, ALL)}
    assert all(j.progress is None for j in cells.values())
    level, total, decline, growth = (cells[k].verdict for k in ("level", "total", "decline", "growth"))
    assert level.status is Status.MET and level.value == Decimal("6.3")
    assert total.status is Status.MET and total.value == Decimal("5380")
    # 1-(0.963)(0.97)^3(0.98) = 13.87%: short of 14.5
    assert decline.status is Status.MISSED and round(decline.value, 2) == Decimal("13.87")
    assert growth.status is Status.MET and round(growth.value, 2) == Decimal("6.05")  # compound average of 8.8, 4, 5, 5.5, 7
    assert "the sum of the yearly figures of 2021–2025" in total.explain("en")


def test_after_the_period_a_missing_year_is_no_data(tmp_path):
    rules, data = plan(tmp_path, FINAL_RULES, final_data(total_2023=""))
    verdict = {j.indicator.id: j.verdict for j in check(rules, data, ALL)}["total"]
    assert verdict.status is Status.PENDING and verdict.reason is Reason.NO_DATA and "2023" in verdict.missing


def test_as_of_moves_the_end_of_the_data(tmp_path):
    rules, data = plan(tmp_path, FINAL_RULES, final_data())
    cells = {j.indicator.id: j for j in check(rules, data, ALL, as_of=2023)}
    assert all(j.verdict.reason is Reason.PERIOD_OPEN for j in cells.values())
    assert cells["total"].progress.current_value == Decimal("3880")  # 2024 and 2025 are not known yet


def test_progress_settings_from_the_rules_file(tmp_path):
    rules_text = """\
plan: {name: P, periods: ["2021-2025"]}
defaults:
  progress: {method: linear}
indicators:
  - {id: patents, name: PCT, polarity: higher, targets: {"2021-2025": "5000"}}
  - {id: own, name: Own, polarity: higher, targets: {"2021-2025": "5000"}, progress: {cutoffs: [2, 1, 0], base_year: 2020}}
"""
    rules, data = plan(tmp_path, rules_text, """\
        indicator,period,reported
        patents,2021,4085
        patents,2022,4500
        own,2020,4000
        own,2021,4085
        own,2022,4500
    """)
    cells = {j.indicator.id: j.progress for j in check(rules, data, ALL)}
    assert cells["patents"].method == "linear" and cells["patents"].rating is ProgressRating.ON_TRACK
    assert cells["own"].method == "cagr" and cells["own"].base_year == 2020
    assert cells["own"].rating is ProgressRating.NEEDS_ACCELERATION  # ratio 1.3 under the cut-off 2
