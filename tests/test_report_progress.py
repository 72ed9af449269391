"""Reports over every period (`compliance check --period all`): progress ratings and the indicator x period matrix.

The figures are the engine's (`Verdict.progress`, `compliance.plans.check.matrix`); these tests pin that
every format shows them and that the report copies them rather than working them out again.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
from functools import cache

import pytest
from reportkit import DATASET, NOW, RULES

from compliance.report import Report, build_report, load_overrides, render
from conftest import ROOT

PERIODS = ["2021-2025", "2022", "2023"]


@cache
def _judged():
    from compliance.plans.check import check, periods_with_targets
    from compliance.plans.datasets import load_dataset
    from compliance.plans.rules import load_rules

    here = os.getcwd()
    os.chdir(ROOT)
    try:
        rules = load_rules(RULES)
        data = load_dataset(DATASET, [indicator.id for indicator in rules.indicators])
    finally:
        os.chdir(here)
    periods = periods_with_targets(rules)  # what `--period all` judges
    return rules, tuple(check(rules, data, periods)), periods


def all_report(overrides=None) -> Report:
    rules, judgements, periods = _judged()
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        return build_report(judgements, rules=rules, rules_path=RULES, data_path=DATASET, periods=periods,
                            overrides=overrides, now=NOW)
    finally:
        os.chdir(here)


@pytest.fixture(scope="module")
def report() -> Report:
    return all_report()


@pytest.fixture(scope="module")
def data(report) -> dict:
    return json.loads(render(report, "json"))


def _verdict(data: dict, vid: str) -> dict:
    return next(v for v in data["verdicts"] if v["id"] == vid)


# ---------------------------------------------------------------------------- JSON: progress


def test_all_periods_are_judged(data):
    assert _judged()[2] == PERIODS
    assert list(data) == ["meta", "summary", "verdicts", "matrix", "claims"]
    assert data["meta"]["periods"] == PERIODS
    assert data["summary"]["verdicts"] == len(data["verdicts"]) == 92
    assert list(data["summary"]["by_period"]) == PERIODS  # plan periods first, as in a plan table


def test_park_rd_intensity_is_achieved_early(data):
    park = _verdict(data, "park_rd_intensity/2021-2025/0")
    assert (park["status"], park["reason"], park["index"], park["rule"]) == ("pending", "period_open", 0, "target")
    progress = park["progress"]
    assert (progress["rating"], progress["method"]) == ("achieved_early", "cagr")
    assert (progress["start_year"], progress["end_year"], progress["as_of"]) == (2021, 2025, 2022)
    assert (progress["current_year"], progress["current_value"], progress["target_value"]) == (2022, "6.6", "6.2")
    assert progress["cutoffs"] == ["0.95", "0.6", "0"]


def test_energy_intensity_decline_is_on_track_with_both_figures(data):
    progress = _verdict(data, "energy_intensity_decline/2021-2025/0")["progress"]
    assert (progress["rating"], progress["method"], progress["base_year"]) == ("on_track", "compound", 2020)
    # 3.7 and 3 compound to 6.6% in two years, against about 6.1% a steady pace needs
    assert (progress["current_value"], progress["pace"], progress["target_value"]) == ("6.589", "6.0739", "14.5")
    assert (progress["observed"], progress["required"], progress["ratio"]) == ("3.3506", "3.0845", "1.0863")
    assert progress["values"] == [  # each with the dataset row it was read from
        {"year": 2021, "text": "3.7", "low": "3.7", "high": "3.7", "source": "datasets/haidian-2022.csv:34"},
        {"year": 2022, "text": "3", "low": "3", "high": "3", "source": "datasets/haidian-2022.csv:35"},
    ]
    assert "6.6%" in progress["explanation"]["en"] and "6.1%" in progress["explanation"]["en"]
    assert {note["code"] for note in progress["notes"]} == {"progress_compound_down", "progress_on_track"}


def test_labour_productivity_is_regressing(data):
    progress = _verdict(data, "labour_productivity/2021-2025/0")["progress"]
    assert progress["rating"] == "regressing"
    assert progress["ratio"].startswith("-")


def test_progress_is_the_engines_own(report):
    from compliance.models import format_decimal

    _, judgements, _ = _judged()
    assert [row.id for row in report.verdicts] == [f"{j.indicator.id}/{j.period}/{j.index}" for j in judgements]
    for row, j in zip(report.verdicts, judgements):
        p = j.verdict.progress
        if p is None:
            assert row.progress is None
            continue
        assert row.progress is not None and row.progress.rating is p.rating and row.progress.method == p.method
        for field in ("ratio", "observed", "required", "current_value", "target_value", "base_value", "pace"):
            value = getattr(p, field)
            assert getattr(row.progress, field) == (None if value is None else format_decimal(value)), field
        assert row.progress.base_year == p.base_year and row.progress.notes == p.notes
        assert row.progress.explanation.en == p.explain("en", row.unit, row.unit_en)
        assert row.progress.explanation.zh == p.explain("zh")
    ratings = [j.verdict.progress.rating.value for j in judgements if j.verdict.progress is not None]
    assert report.summary.by_progress == {r: ratings.count(r) for r in dict.fromkeys(
        ["achieved_early", "on_track", "needs_acceleration", "regressing", "insufficient_data"]) if r in ratings}
    assert sum(report.summary.by_progress.values()) == 26  # every 14th-Five-Year-Plan target rated


def test_only_open_plan_period_rows_carry_progress(data):
    for verdict in data["verdicts"]:
        if verdict["period"] == "2021-2025":
            assert verdict["progress"] is not None, verdict["id"]
        else:
            assert verdict["progress"] is None, verdict["id"]


# ---------------------------------------------------------------------------- JSON: matrix


def test_matrix_is_the_engines(report, data):
    from compliance.plans.check import matrix

    rules, judgements, _ = _judged()
    theirs = matrix(judgements)
    ours = data["matrix"]
    assert ours["periods"] == list(theirs.periods) == PERIODS
    # rows in the rules file's order (the plan table's), each indicator once
    order = [i.id for i in rules.indicators]
    assert [row["indicator"] for row in ours["rows"]] == sorted(
        (i.id for i in theirs.indicators), key=order.index
    )
    for row in ours["rows"]:
        assert len(row["cells"]) == len(PERIODS)
        for period, cell in zip(PERIODS, row["cells"]):
            engine = theirs.cell(row["indicator"], period)
            if engine is None:
                assert cell is None
                continue
            assert cell["period"] == period
            assert cell["status"] == cell["computed_status"] == engine.status.value
            assert cell["reason"] == engine.reason.value
            assert cell["progress"] == (engine.progress.rating.value if engine.progress else None)
            assert cell["verdicts"] == [f"{j.indicator.id}/{j.period}/{j.index}" for j in engine.judgements]
    for period in PERIODS:
        assert ours["counts"][period] == {k: theirs.counts(period).get(k, 0) for k in ("met", "missed", "pending")}
    assert Report.model_validate(data) == report


def test_matrix_cells(data):
    rows = {row["indicator"]: dict(zip(PERIODS, row["cells"])) for row in data["matrix"]["rows"]}
    assert rows["park_rd_intensity"]["2021-2025"]["progress"] == "achieved_early"
    assert rows["energy_intensity_decline"]["2021-2025"]["progress"] == "on_track"
    assert rows["labour_productivity"]["2021-2025"]["progress"] == "regressing"
    assert rows["gdp_growth"]["2022"]["status"] == "missed" and rows["gdp_growth"]["2022"]["progress"] is None
    assert rows["gdp_growth"]["2023"]["reason"] == "no_data"
    assert rows["school_places_primary_secondary"]["2021-2025"] is None  # no plan-period target
    assert data["matrix"]["counts"]["2022"] == {"met": 28, "missed": 4, "pending": 1}
    assert data["matrix"]["counts"]["2023"] == {"met": 0, "missed": 0, "pending": 33}


def test_an_override_changes_the_final_status_of_its_cell(tmp_path):
    path = tmp_path / "review.yaml"
    path.write_text(
        "overrides:\n"
        "  - {indicator: gdp_growth, period: '2022', status: met, by: 李四, date: 2023-03-02, reason: 复核}\n",
        encoding="utf-8",
    )
    report = all_report(overrides=load_overrides(path))
    assert report.matrix is not None
    row = next(r for r in report.matrix.rows if r.indicator == "gdp_growth")
    cell = row.cells[PERIODS.index("2022")]
    assert (cell.status.value, cell.computed_status.value) == ("met", "missed")
    assert report.matrix.counts["2022"].missed == 3
    assert "~~未达标~~ → ✓ 达标" in render(report, "md") and "✓ 达标*" in render(report, "md")


def test_json_is_the_same_in_either_language(report):
    assert render(report, "json", lang="zh") == render(report, "json", lang="en")


# ---------------------------------------------------------------------------- every format


@pytest.mark.parametrize("fmt", ["md", "table", "html"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_text_formats_show_the_matrix_and_the_ratings(report, fmt, lang):
    from compliance.report._labels import labels

    L = labels(lang)
    text = render(report, fmt, lang=lang)
    if fmt == "html":
        assert 'id="matrix"' in text and 'id="filter-progress"' in text and 'id="filter-period"' in text
        text = html.unescape(text)
    assert L["matrix"]["heading"] in text and L["columns"]["progress"] in text
    for rating in ("achieved_early", "on_track", "needs_acceleration", "regressing", "insufficient_data"):
        assert L["progress"]["rating"][rating] in text, rating
    # the figures behind a rating are shown with it, rounded as its sentence rounds them, with units
    for figure in ("3.35%", "3.08%", "1.09", "6.1%", "0.95 / 0.6 / 0", "2021: 3.7, 2022: 3"):
        assert figure in text, figure
    for period in PERIODS:
        assert period in text


def test_markdown_matrix_rows(report):
    text = render(report, "md", lang="en")
    lines = text.splitlines()
    start = lines.index("## Indicators × periods")
    header = next(line for line in lines[start:] if line.startswith("| No."))
    assert header == "| No. | Indicator | 2021-2025 | 2022 | 2023 |"
    park = next(line for line in lines[start:] if "`park_rd_intensity`" in line)
    assert park.endswith("| ? pending · achieved early | ✓ met | ? pending |")
    school = next(line for line in lines[start:] if "`school_places_primary_secondary`" in line)
    assert school.endswith("| — | ✓ met | ? pending |")
    assert lines.index("## Verdicts") > start
    evidence = next(line for line in lines if "**on track** (`on_track`)" in line and "(compound)" in line)
    assert "Ratio 1.09" in evidence and "1.0863" not in evidence


def test_table_matrix_lines_up(report):
    from compliance.report._text import width

    text = render(report, "table", lang="zh")
    lines = text.splitlines()
    start = lines.index("指标 × 期间")
    header = lines[start + 1]
    rows = [line for line in lines[start + 3:start + 3 + len(report.matrix.rows)]]
    assert len(rows) == 33
    column = width(header[: header.index("2022")])
    for line in rows:  # the 2022 column starts at the same terminal cell on every row
        cut = next(i for i in range(len(line)) if width(line[:i]) == column)
        assert line[cut] in "✓✗?—", line


def test_csv_carries_progress_and_the_cell(report):
    from compliance.report._csv import COLUMNS

    rows = [dict(zip(COLUMNS, record)) for record in
            list(csv.reader(io.StringIO(render(report, "csv", lang="en"), newline="")))[1:]]
    assert len(rows) == 92
    energy = next(r for r in rows if r["id"] == "energy_intensity_decline/2021-2025/0")
    assert (energy["progress"], energy["progress_method"], energy["progress_ratio"]) == ("on_track", "compound", "1.0863")
    assert (energy["progress_observed"], energy["progress_required"]) == ("3.3506", "3.0845")
    assert energy["progress_cutoffs"] == "0.95/0.6/0" and energy["progress_values"] == "2021=3.7; 2022=3"
    assert (energy["cell_status"], energy["cell_progress"]) == ("pending", "on_track")
    gdp = next(r for r in rows if r["id"] == "gdp_growth/2022/0")
    assert (gdp["progress"], gdp["cell_status"], gdp["cell_progress"]) == ("", "missed", "")
    # the matrix is the pivot of cell_status by indicator and period
    pivot = {(r["indicator"], r["period"]): r["cell_status"] for r in rows}
    matrix = {(row.indicator, cell.period): cell.status.value
              for row in report.matrix.rows for cell in row.cells if cell is not None}
    assert pivot == matrix
