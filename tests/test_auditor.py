"""Reports read as an auditor reads them (issue 11, items 1-6): what was reported and what was derived,
margins in the good direction and in the right unit, where every verdict comes from, counts that say
what they count, progress numbers with units."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import cache

import pytest

from compliance import evaluate
from conftest import ROOT


@cache
def seed_all() -> dict:
    """``compliance check --period all --format json`` on the seed, as a user runs it."""
    out = subprocess.run(
        [sys.executable, "-m", "compliance.cli", "check", "--period", "all", "--format", "json"],
        capture_output=True, text=True, cwd=ROOT, check=True,
    ).stdout
    return json.loads(out)


def rows() -> dict[str, dict]:
    return {row["id"]: row for row in seed_all()["verdicts"]}


# ------------------------------------------------------------------ margins (item 2)


@pytest.mark.parametrize(("target", "reported", "polarity", "margin"), [
    ("6以上", "4", "higher", "-2"),  # 2 short
    ("6以上", "6.5", "higher", "0.5"),
    ("33以下", "30", "lower", "3"),  # lower is better: 3 under the limit is a positive margin
    ("33以下", "34", "lower", "-1"),
    ("8至9", "8.2", "band", "0.2"),  # inside a band: the distance to the nearer edge
    ("8至9", "9.5", "band", "-0.5"),
])
def test_margin_is_positive_when_better_than_required(target, reported, polarity, margin):
    from compliance.models import format_decimal

    verdict = evaluate(target, reported, polarity=polarity)
    assert format_decimal(verdict.margin) == margin
    assert (verdict.margin >= 0) == (verdict.status.value == "met")


def test_seed_gdp_is_two_percentage_points_short_and_pm25_three_to_spare():
    gdp, pm25 = rows()["gdp_growth/2022/0"], rows()["pm25/2022/0"]
    assert gdp["gap"] == "-2" and gdp["status"] == "missed"
    assert "低于目标 2 个百分点" in gdp["explanation"]["zh"]
    assert "2 percentage points short" in gdp["explanation"]["en"]
    assert (pm25["reported"], pm25["threshold"], pm25["gap"], pm25["status"]) == ("30", "33", "3", "met")


def test_a_tolerance_edge_is_shown_beside_the_stated_target():
    """``15左右`` against ``8-9``: 5.25 short of the tolerance's edge 14.25, 6 to 7 points below the stated 15."""
    ftz = rows()["ftz_revenue_growth/2022/0"]
    assert (ftz["threshold"], ftz["gap"], ftz["stated"], ftz["gap_to_target"]) == ("14.25", "-5.25", "15", ["-7", "-6"])
    assert "比所定目标 15% 低 6 至 7 个百分点" in ftz["explanation"]["zh"]
    assert "6 to 7 percentage points below the stated 15%" in ftz["explanation"]["en"]
    # just inside the tolerance, and just outside it: the sentence follows the verdict
    inside = evaluate("15左右", "14.3", unit="%")
    outside = evaluate("15左右", "14.2", unit="%")
    assert inside.status.value == "met" and outside.status.value == "missed"
    assert "0.7 percentage points below the stated 15%" in inside.explain("en")
    assert "0.8 percentage points below the stated 15%" in outside.explain("en")


def test_explain_command_prints_the_margin_in_percentage_points():
    out = subprocess.run(
        [sys.executable, "-m", "compliance.cli", "explain", "6以上", "4", "--unit", "%"],
        capture_output=True, text=True, check=True,
    ).stdout
    assert "margin    -2 percentage points" in out and "-2%" not in out
    out = subprocess.run(
        [sys.executable, "-m", "compliance.cli", "explain", "15左右", "8-9", "--unit", "%"],
        capture_output=True, text=True, check=True,
    ).stdout
    assert "to target -7 to -6 percentage points (from the stated 15%)" in out


# ------------------------------------------------------------------ reported vs derived (item 1)


def dataset_cells() -> dict[str, tuple[str, str]]:
    """``file:line`` -> (indicator, reported) of every row of the seed dataset, read with the csv module."""
    import csv

    path = ROOT / "datasets" / "haidian-2022.csv"
    found = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        for record in reader:
            found[f"{path}:{reader.line_num - record[2].count(chr(10))}"] = (record[0], record[2])
    return found


def test_every_reported_field_is_a_cell_of_the_dataset_with_its_line():
    cells = dataset_cells()
    reported = [row for row in seed_all()["verdicts"] if row["reported"]]
    assert len(reported) == 51  # 59 before: 7 derived values and a one-year figure taken for a five-year change
    for row in reported:
        assert cells[row["source"]] == (row["indicator"], row["reported"]), row["id"]


def test_derived_values_list_their_inputs_with_their_lines():
    cells = dataset_cells()
    derived = {row["id"]: row for row in seed_all()["verdicts"] if row["derived"]}
    assert {key.split("/")[0]: row["derived"]["method"] for key, row in derived.items()} == {
        "gdp_growth": "average", "tech_contract_growth": "average", "digital_economy_growth": "average",
        "ftz_revenue_growth": "average", "disposable_income_growth": "average",
        "energy_intensity_decline": "compound", "school_places_preschool": "sum",
    }
    for row in derived.values():
        assert row["reported"] == "" and row["reported_kind"] == "derived" and row["source"] is None
        assert [i["period"] for i in row["derived"]["inputs"]] == ["2021", "2022"]
        for item in row["derived"]["inputs"]:
            assert cells[item["source"]] == (row["indicator"], item["reported"])
        # the sentence says the figure was derived, never that it was reported
        assert "报告值“" not in row["explanation"]["zh"].split("；")[1]
        assert row["derived"]["value_as"]["zh"] in row["explanation"]["zh"]
    gdp = derived["gdp_growth/2021-2025/0"]
    assert gdp["derived"]["value"] == "6.3729" and gdp["derived"]["value_as"]["en"] == "6.37%"
    assert "推算值 6.37%（逐年数值的复合年均值）" in gdp["explanation"]["zh"]
    school = derived["school_places_preschool/2021-2025/0"]
    assert school["derived"]["value"] == "2880"  # 1530 + 1350
    # the yearly figures a progress rating read name their cells too
    values = [value for row in seed_all()["verdicts"] if row["progress"] for value in row["progress"]["values"]]
    assert len(values) == 52
    for value in values:
        assert cells[value["source"]][1] == value["text"]


def test_a_one_year_figure_is_not_a_five_year_change():
    """co2: 2021 has no figure (该指标年底出上年数据), so 2022's one-year decline of 3 says nothing of the
    five-year 下降21: no value, no gap, insufficient data naming 2021."""
    co2 = rows()["co2_intensity_decline/2021-2025/0"]
    assert (co2["reported"], co2["value"], co2["gap"], co2["derived"]) == ("", None, None, None)
    assert co2["progress"]["rating"] == "insufficient_data" and co2["progress"]["missing"] == ["2021"]
    # 2022's figure was reported: not "nothing reported", but no value for the period could be made of it
    assert "已报告逐年数值，但未能合成全期的数值" in co2["explanation"]["zh"] and "尚无报告值" not in co2["explanation"]["zh"]
    assert "报告值视为" not in co2["explanation"]["zh"]
    # with 2021's figure there, the two years compound: a derived change with both cells
    energy = rows()["energy_intensity_decline/2021-2025/0"]
    assert energy["derived"]["value"] == "6.589"  # 1 - (1 - 3.7%)(1 - 3%)


# ------------------------------------------------------------------ provenance (item 3)

NOTED_DATA = """\
indicator,period,reported,source,note
pm25,2022,33,公报,监测站点调整后口径
gdp_growth,2022,6.5,公报,初步核算数
beds_a,2022,12,公报,
beds_b,2022,8,公报,
"""


def noted_report(tmp_path):
    from reportkit import small_plan

    from compliance.report import build_report

    rules, rules_path, data_path, judgements = small_plan(tmp_path, data_text=NOTED_DATA)
    return build_report(judgements, rules=rules, rules_path=rules_path, data_path=data_path, periods=["2022"],
                        now="2023-03-01T00:00:00+08:00"), rules_path, data_path


def test_every_verdict_of_the_seed_names_its_rule_and_its_data_row():
    rules_lines = (ROOT / "rules" / "haidian-2022.yaml").read_text(encoding="utf-8").splitlines()
    for row in seed_all()["verdicts"]:
        path, line, column = row["rule_source"].rsplit(":", 2)
        assert path.endswith("haidian-2022.yaml")
        # the rule's text starts at that line and column (a quoted YAML string: after its quote)
        written = rules_lines[int(line) - 1][int(column) - 1:]
        assert written.lstrip('"').startswith(row["target"].split("\n")[0]), (row["id"], written)
        if row["reported"]:
            assert row["source"].endswith(f"haidian-2022.csv:{row['source'].rsplit(':', 1)[1]}")


def test_note_rule_and_row_reach_every_format(tmp_path):
    from compliance.report import render
    from compliance.report._csv import table

    report, rules_path, data_path = noted_report(tmp_path)
    pm25 = next(row for row in report.verdicts if row.indicator == "pm25")
    assert pm25.note == "监测站点调整后口径" and pm25.source == f"{data_path}:2"
    assert pm25.rule_source == f"{rules_path}:13:23"  # line 13 `    targets: {"2022": "<30"}`: the value
    beds = next(row for row in report.verdicts if row.indicator == "beds_a")
    assert beds.note is None  # an empty note cell is no note
    for fmt in ("json", "md", "html", "csv", "table"):
        for lang in ("zh", "en"):
            text = render(report, fmt, lang=lang)
            for row in report.verdicts:
                assert row.rule_source in text and row.source in text, (fmt, lang, row.id)
            assert "监测站点调整后口径" in text and "初步核算数" in text, (fmt, lang)
    columns, rows = table(report, "zh")  # the row model the CSV and the workbook write
    record = dict(zip(columns, rows[0]))
    assert (record["note"], record["rule_source"], record["source"]) == (pm25.note, pm25.rule_source, pm25.source)
    import io

    import openpyxl

    from compliance.report.formats import render_bytes

    sheet = openpyxl.load_workbook(io.BytesIO(render_bytes(report, "xlsx", lang="zh"))).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    first = {name: cell.value for name, cell in zip(header, sheet[2])}
    assert (first["note"], first["rule_source"], first["source"]) == (pm25.note, pm25.rule_source, pm25.source)


def test_a_reference_names_its_declared_source(tmp_path):
    from reportkit import SMALL_DATA, SMALL_RULES, small_plan

    rules_text = SMALL_RULES.replace('targets: {"2022": "<30"}', 'targets: {"2022": "达到市级要求"}').replace(
        "indicators:\n",
        "references:\n  - {name: 市级要求, indicator: pm25, value: \"35\", source: \"北京市2022年大气污染防治行动计划\"}\n"
        "indicators:\n", 1)
    rules, _, _, judgements = small_plan(tmp_path, rules_text, SMALL_DATA)
    j = next(j for j in judgements if j.indicator.id == "pm25")
    assert j.verdict.status.value == "met"  # 33 against <= 35
    assert j.reference_source == "北京市2022年大气污染防治行动计划"
    assert "来源：规则文件所注“北京市2022年大气污染防治行动计划”" in j.verdict.explain("zh")
    assert "caller or rules file" not in j.verdict.explain("en")


def test_another_indicator_as_reference_is_named_and_located():
    row = rows()["disposable_income_growth/2021-2025/0"]
    assert "gdp_growth" not in row["explanation"]["zh"] and "gdp_growth" not in row["explanation"]["en"]
    assert "参照“地区生产总值增速”" in row["explanation"]["zh"]
    assert row["reference_source"].endswith("haidian-2022.csv:8; " + row["reference_source"].split("; ")[1])


# ------------------------------------------------------------------ progress numbers (item 6)


def test_progress_figures_carry_units_and_the_sentence_rounding():
    """labour_productivity: 39.4 (2021) -> 35 (2022) against 38 by 2025 is regressing; the facts beside the
    sentence say -11.17% a year against -0.9% needed, ratio -12.4, as the sentence does (not -11.1675)."""
    row = rows()["labour_productivity/2021-2025/0"]
    p = row["progress"]
    assert (p["observed"], p["required"], p["ratio"]) == ("-11.1675", "-0.9004", "-12.4027")  # every digit kept
    assert (p["shown"]["observed"], p["shown"]["required"], p["shown"]["ratio"]) == ("-11.17%", "-0.9%", "-12.4")
    assert p["shown"]["pace"] == "39.05万元/人" and p["shown"]["base"] == "39.4万元/人"
    for shown in ("-11.17%", "-0.9%", "-12.4", "39.05万元/人"):
        assert shown in row["explanation"]["zh"]
    markdown = subprocess.run(
        [sys.executable, "-m", "compliance.cli", "check", "--period", "all", "--format", "md"],
        capture_output=True, text=True, cwd=ROOT, check=True,
    ).stdout
    line = next(line for line in markdown.splitlines() if "(`regressing`)" in line)
    assert "实际 -11.17%; 需要 -0.9%; 比值 -12.4" in line and "-11.1675" not in line
    missing = next(line for line in markdown.splitlines() if "缺少 " in line and "(`insufficient_data`)" in line)
    assert "precise" not in missing


# ------------------------------------------------------------------ counts (item 5)


def test_counts_say_what_they_count():
    """--period all: 31 indicators (sub-rows folded by number), 87 indicator x period cells, 92 verdict rows."""
    summary = seed_all()["summary"]
    assert (summary["indicators"], summary["cells"], summary["verdicts"]) == (31, 87, 92)
    assert sum(summary["indicators_by_status"].values()) == summary["cells"]
    html = subprocess.run(
        [sys.executable, "-m", "compliance.cli", "check", "--period", "all", "--format", "html"],
        capture_output=True, text=True, cwd=ROOT, check=True,
    ).stdout
    cards = dict(re.findall(r'data-count="(\w+)"><div class="n">(\d+)</div>', html))
    assert (cards["indicators"], cards["cells"], cards["total"]) == ("31", "87", "92")
    assert (cards["met"], cards["missed"], cards["pending"]) == ("28", "4", "60")  # as the counts table
    # the chart's total bar counts what the table beside it counts: verdict rows by status
    total = re.search(r'<g class="bar" data-attribute="">(.*?)</g>', html).group(1)
    assert re.search(r'class="sum"[^>]*>(\d+)<', total).group(1) == "92"
    markdown = subprocess.run(
        [sys.executable, "-m", "compliance.cli", "check", "--period", "all", "--format", "md"],
        capture_output=True, text=True, cwd=ROOT, check=True,
    ).stdout
    assert "指标: 31 · 指标×期间单元格: 87" in markdown and "| 指标数（" not in markdown


def test_the_margin_from_the_stated_target_is_listed_under_the_verdict():
    from reportkit import seed_report

    from compliance.report import render

    text = render(seed_report(), "md", lang="zh")
    assert "距所定目标 15% 的余量: -7 至 -6 个百分点" in text  # 15左右 against 8-9
    assert "距所定目标 6% 的余量: +9 个百分点" in text  # 6左右 against 15
    english = render(seed_report(), "md", lang="en")
    assert "Margin from the stated 15%: -7 to -6 percentage points" in english


@pytest.mark.parametrize(("value", "shown", "gap"), [
    ("13.8674", "推算值 13.9%", "低于目标 0.6 个百分点"),  # rounded as the progress sentence rounds a compounded change
    ("14.46", "推算值 14.46%", "低于目标 0.04 个百分点"),  # one decimal would show 14.5, at the threshold: two
    ("14.5", "推算值 14.5%", "恰好等于阈值 14.5%"),
])
def test_a_derived_value_and_its_gap_are_rounded_alike_and_never_onto_the_threshold(value, shown, gap):
    verdict = evaluate("五年下降14.5", value, unit="%").model_copy(update={"derived": "compound"})
    text = verdict.explain("zh")
    assert shown in text and gap in text, text
    assert "报告值" not in text


def test_a_reference_without_a_declared_source_is_located_in_the_rules_file(tmp_path):
    from reportkit import SMALL_DATA, SMALL_RULES, small_plan

    rules_text = SMALL_RULES.replace('targets: {"2022": "<30"}', 'targets: {"2022": "达到市级要求"}').replace(
        "indicators:\n", "references:\n  - {name: 市级要求, indicator: pm25, value: \"32\"}\nindicators:\n", 1)
    rules, rules_path, _, judgements = small_plan(tmp_path, rules_text, SMALL_DATA)
    j = next(j for j in judgements if j.indicator.id == "pm25")
    assert j.verdict.status.value == "missed"  # 33 against <= 32
    assert j.reference_source == f"{rules_path}:6:5"  # the entry under `references:`
    assert f"来源：规则文件 {rules_path}:6:5" in j.verdict.explain("zh")
    assert f"source: the rules file at {rules_path}:6:5" in j.verdict.explain("en")
