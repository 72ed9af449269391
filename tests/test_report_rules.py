"""Several rules on one (indicator, period) cell: a row per rule, told apart by `index` and `rule`, in every format."""

from __future__ import annotations

import csv
import html
import io
import json
from pathlib import Path

import pytest
from reportkit import NOW

from compliance.report import Report, build_report, render

MULTI_RULES = """\
plan:
  name: 测试计划
  jurisdiction: 测试区
  periods: ["2021", "2022"]
indicators:
  - id: revenue
    number: "1"
    name: 区级收入
    unit: 亿元
    polarity: higher
    attribute: 预期性
    department: 区财政局
    targets: {"2022": ["9000以上", "稳步增长"]}
    expr: {"2022": "value >= previous * 1.05"}
  - id: gdp_growth
    number: "2"
    name: 地区生产总值增速
    unit: "%"
    polarity: higher
    measure: rate
    attribute: 预期性
    department: 区发展改革委
    targets: {"2021": "6以上", "2022": "6以上"}
"""

MULTI_DATA = """\
indicator,period,reported,source
revenue,2021,8800,公报
revenue,2022,9100,公报
gdp_growth,2021,8.8,公报
gdp_growth,2022,4,公报
"""


def multi_rule_plan(tmp_path: Path, periods=("2022",), rules_text: str = MULTI_RULES):
    """A plan whose revenue cell in 2022 holds two targets and a custom rule; judged for ``periods``."""
    from compliance.plans.check import check
    from compliance.plans.datasets import load_dataset
    from compliance.plans.rules import load_rules

    rules_path, data_path = tmp_path / "plan.yaml", tmp_path / "data.csv"
    rules_path.write_text(rules_text, encoding="utf-8")
    data_path.write_text(MULTI_DATA, encoding="utf-8")
    rules = load_rules(rules_path)
    data = load_dataset(data_path, [indicator.id for indicator in rules.indicators])
    return rules, rules_path, data_path, check(rules, data, list(periods))


def multi_rule_report(tmp_path: Path, periods=("2022",), overrides=None) -> Report:
    rules, rules_path, data_path, judgements = multi_rule_plan(tmp_path, periods)
    return build_report(judgements, rules=rules, rules_path=rules_path, data_path=data_path, periods=list(periods),
                        overrides=overrides, now=NOW)


@pytest.fixture
def report(tmp_path) -> Report:
    return multi_rule_report(tmp_path)


def test_a_row_per_rule_with_its_own_target(report):
    rows = [row for row in report.verdicts if row.indicator == "revenue"]
    assert [row.id for row in rows] == ["revenue/2022/0", "revenue/2022/1", "revenue/2022/2"]
    assert [(row.index, row.rule) for row in rows] == [(0, "target"), (1, "target"), (2, "expr")]
    # each row shows its own target text, not the period's list
    assert [row.target for row in rows] == ["9000以上", "稳步增长", "value >= previous * 1.05"]
    assert [row.target_kind for row in rows] == ["bound", "direction", "expr"]
    assert [row.status.value for row in rows] == ["met", "met", "missed"]
    expr = rows[2]
    assert expr.read_as.en == "custom rule" and expr.read_as.zh == "自定义规则"
    assert "'9100 >= 8800 * 1.05'" in expr.explanation.en  # the values substituted, by the engine
    assert len({row.key for row in report.verdicts}) == len(report.verdicts)


def test_the_indicator_folds_worst_wins(report):
    s = report.summary
    assert s.verdicts == 4 and s.indicators == 2
    assert s.indicators_by_status.model_dump() == {"met": 0, "missed": 2, "pending": 0}


def test_json_rows_are_told_apart_and_round_trip(report):
    data = json.loads(render(report, "json"))
    revenue = [v for v in data["verdicts"] if v["indicator"] == "revenue"]
    assert [(v["id"], v["index"], v["rule"]) for v in revenue] == [
        ("revenue/2022/0", 0, "target"), ("revenue/2022/1", 1, "target"), ("revenue/2022/2", 2, "expr"),
    ]
    assert revenue[2]["target"] == "value >= previous * 1.05" and revenue[2]["target_kind"] == "expr"
    assert data["matrix"] is None
    assert Report.model_validate(data) == report


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_markdown_and_table_mark_each_rule(report, lang):
    from compliance.report._labels import labels

    expr = labels(lang)["rules"]["expr"]
    md = render(report, "md", lang=lang)
    assert "`revenue` #0 |" in md and "`revenue` #1 |" in md and f"`revenue` #2 {expr} |" in md
    assert "`gdp_growth` |" in md  # a cell with one rule needs no mark
    assert "`value >= previous * 1.05`" in md  # the expression text, in the evidence
    table = render(report, "table", lang=lang)
    assert f"(revenue, 2022, #2 {expr})" in table and "(revenue, 2022, #0)" in table
    assert "(gdp_growth, 2022)" in table
    header = next(line for line in table.splitlines() if labels(lang)["columns"]["rule"] in line)
    assert header


def test_html_and_csv_keep_every_rule(report):
    text = render(report, "html", lang="en")
    for vid, rule in (("revenue/2022/0", "target"), ("revenue/2022/1", "target"), ("revenue/2022/2", "expr")):
        assert f'data-id="{vid}"' in text
    assert 'data-rule="expr"' in text and "#2 custom rule" in html.unescape(text)
    assert "value &gt;= previous * 1.05" in text
    from compliance.report._csv import COLUMNS

    rows = [dict(zip(COLUMNS, r)) for r in list(csv.reader(io.StringIO(render(report, "csv"), newline="")))[1:]]
    assert [(r["id"], r["index"], r["rule"]) for r in rows if r["indicator"] == "revenue"] == [
        ("revenue/2022/0", "0", "target"), ("revenue/2022/1", "1", "target"), ("revenue/2022/2", "2", "expr"),
    ]


def test_matrix_cell_holds_every_rule(tmp_path):
    report = multi_rule_report(tmp_path, periods=("2021", "2022"))
    assert report.matrix is not None and report.matrix.periods == ("2021", "2022")
    revenue = next(row for row in report.matrix.rows if row.indicator == "revenue")
    assert revenue.cells[0] is None  # no rule for 2021
    cell = revenue.cells[1]
    assert cell.status.value == "missed" and cell.reason.value == "measured"  # the expression decided it
    assert cell.verdicts == ("revenue/2022/0", "revenue/2022/1", "revenue/2022/2")
    assert [row.indicator for row in report.matrix.rows] == ["revenue", "gdp_growth"]
    assert "(3 rules)" in render(report, "md", lang="en") and "3 条规则" in render(report, "table", lang="zh")


def test_a_report_written_before_rows_had_ids_reads_back(report):
    data = json.loads(render(report, "json"))
    for verdict in data["verdicts"]:
        for key in ("id", "index", "rule", "progress"):
            verdict.pop(key)
    del data["matrix"], data["summary"]["by_progress"]
    old = Report.model_validate(data)
    assert [row.id for row in old.verdicts] == ["revenue/2022/0"] * 3 + ["gdp_growth/2022/0"]
    assert old.matrix is None and old.summary.by_progress == {}
