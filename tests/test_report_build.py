"""build_report: the header, the counts and each verdict row are read off the judgements, never re-judged."""

from __future__ import annotations

import ast
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from reportkit import DATASET, MISSED_2022, NOW, RULES, seed_judgements, seed_report, small_plan

from conftest import ROOT


def test_header_names_the_inputs_with_their_sha256_and_the_engine():
    import compliance

    meta = seed_report().meta
    assert meta.plan == "海淀区国民经济和社会发展计划（2022年执行情况与2023年计划）"
    assert meta.jurisdiction == "北京市海淀区"
    assert meta.periods == ("2022",)
    assert meta.rules.path == RULES and meta.dataset.path == DATASET
    assert meta.rules.sha256 == hashlib.sha256((ROOT / RULES).read_bytes()).hexdigest()
    assert meta.dataset.sha256 == hashlib.sha256((ROOT / DATASET).read_bytes()).hexdigest()
    assert meta.overrides is None
    assert meta.engine_version == compliance.__version__
    assert meta.generated == NOW
    assert meta.schema_version == 2  # 2: gap is a margin, summary.indicators counts indicators (docs/reports.md)


def test_generated_time_defaults_to_now_or_source_date_epoch(monkeypatch):
    from datetime import datetime

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1677628800")
    assert seed_report(now=None).meta.generated == "2023-03-01T00:00:00+00:00"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    generated = datetime.fromisoformat(seed_report(now=None).meta.generated)
    assert generated.tzinfo is not None
    assert seed_report(now=datetime(2023, 3, 1, 8, 30)).meta.generated == "2023-03-01T08:30:00+00:00"


def test_seed_2022_counts():
    summary = seed_report().summary
    assert summary.verdicts == 33
    assert summary.by_status.model_dump() == {"met": 28, "missed": 4, "pending": 1}
    assert summary.computed_by_status == summary.by_status
    # 序号 21 and 25 each have two sub-rows: 33 rows fold into 31 indicators
    assert summary.indicators == 31
    assert summary.indicators_by_status.model_dump() == {"met": 26, "missed": 4, "pending": 1}
    assert summary.by_severity.model_dump() == {"fail": 0, "warn": 4, "ok": 28, "open": 1}
    assert set(summary.by_attribute) == {"约束性", "预期性"}
    assert summary.by_attribute["预期性"].missed == 4
    assert sum(c.total for c in summary.by_attribute.values()) == 33
    assert summary.by_period["2022"] == summary.by_status
    assert summary.overridden == 0


def test_summary_agrees_with_check_summarize():
    from compliance.plans.check import summarize

    _, judgements = seed_judgements()
    ours, theirs = seed_report().summary, summarize(judgements)
    assert ours.indicators == theirs.indicator_count
    expected = {k: theirs.indicators.get(k, 0) for k in ("met", "missed", "pending")}
    assert ours.indicators_by_status.model_dump() == expected


def test_missed_rows_are_the_four_known_ones():
    rows = seed_report().verdicts
    assert {row.indicator for row in rows if row.status.value == "missed"} == MISSED_2022
    assert all(row.severity == "warn" for row in rows if row.status.value == "missed")  # all 预期性


def test_a_row_carries_every_fact():
    row = next(r for r in seed_report().verdicts if r.indicator == "gdp_growth")
    assert (row.number, row.name, row.period) == ("4", "地区生产总值增速", "2022")
    assert (row.attribute, row.department, row.unit) == ("预期性", "区发展改革委", "%")
    assert row.target == "6以上" and row.target_kind == "bound"
    assert row.read_as.zh == "≥ 6%" and row.read_as.en == ">= 6%"
    assert row.reported == "4" and row.reported_kind == "value"
    assert row.reported_as is not None and row.reported_as.zh == "4%"
    assert (row.value, row.threshold, row.gap) == ("4", "6", "-2")
    assert row.computed_status.value == row.status.value == "missed"
    assert row.reason.value == "measured" and row.basis == "measured" and row.severity == "warn"
    assert row.explanation.en == "Target '6以上' means >= 6%; reported '4' read as 4% is 2 percentage points short: missed."
    assert row.explanation.zh.startswith("目标“6以上”即 ≥ 6%")
    assert row.source == f"{DATASET}:9" and row.source_note == "附件1"
    assert row.override is None


def test_rows_are_the_verdicts_own_facts():
    """Every status, reason and explanation is the judgement's; the report decides nothing."""
    _, judgements = seed_judgements()
    rows = seed_report().verdicts
    assert [(r.indicator, r.period) for r in rows] == [(j.indicator.id, j.period) for j in judgements]
    for row, j in zip(rows, judgements):
        assert row.status is j.verdict.status and row.computed_status is j.verdict.status
        assert row.reason is j.verdict.reason
        assert row.severity == j.severity
        # English in the rules file's unit label (unit_en) where it gives one for the verdict's unit
        assert row.explanation.zh == j.verdict.explain("zh") and row.explanation.en == j.verdict.explain("en", row.unit_en)
        assert row.target == j.indicator.targets["2022"]


def test_read_as_without_a_threshold_names_the_kind():
    row = next(r for r in seed_report().verdicts if r.indicator == "work_safety_death_rate")
    assert row.status.value == "pending" and row.reason.value == "reference_unknown"
    assert row.read_as.en == "outside requirement" and row.threshold is None
    assert row.missing


def test_a_miss_on_a_binding_indicator_is_fail_and_sub_rows_fold_worst_wins(tmp_path):
    from compliance.report import build_report

    rules, rules_path, data_path, judgements = small_plan(tmp_path)
    report = build_report(
        judgements, rules=rules, rules_path=rules_path, data_path=data_path, periods=["2022"], now=NOW
    )
    by_id = {row.indicator: row for row in report.verdicts}
    assert by_id["pm25"].status.value == "missed" and by_id["pm25"].severity == "fail"
    assert by_id["gdp_growth"].severity == "ok"
    assert by_id["beds_b"].status.value == "missed" and by_id["beds_b"].severity == "warn"  # no attribute: warn
    s = report.summary
    assert s.verdicts == 4 and s.indicators == 3
    assert s.indicators_by_status.model_dump() == {"met": 1, "missed": 2, "pending": 0}
    assert s.by_severity.fail == 1 and s.by_severity.warn == 1
    assert s.by_attribute["unspecified"].model_dump() == {"met": 1, "missed": 1, "pending": 0}
    assert s.indicators_by_attribute["unspecified"].missed == 1
    assert report.meta.rules.path == str(rules_path)


def test_no_dataset_row_leaves_the_source_empty(tmp_path):
    from compliance.report import build_report
    from reportkit import SMALL_DATA

    data = "\n".join(line for line in SMALL_DATA.splitlines() if not line.startswith("pm25")) + "\n"
    rules, rules_path, data_path, judgements = small_plan(tmp_path, data_text=data)
    report = build_report(
        judgements, rules=rules, rules_path=rules_path, data_path=data_path, periods=["2022"], now=NOW
    )
    row = next(r for r in report.verdicts if r.indicator == "pm25")
    assert row.status.value == "pending" and row.reason.value == "no_data"
    assert row.source is None and row.reported == ""


def test_an_unreadable_input_file_is_an_input_error(tmp_path):
    from compliance.errors import InputError
    from compliance.report import build_report

    rules, _, data_path, judgements = small_plan(tmp_path)
    with pytest.raises(InputError, match="nowhere.yaml"):
        build_report(
            judgements, rules=rules, rules_path=tmp_path / "nowhere.yaml", data_path=data_path, periods=["2022"]
        )


def test_report_is_frozen():
    from pydantic import ValidationError

    report = seed_report()
    with pytest.raises(ValidationError):
        report.meta.plan = "x"  # type: ignore[misc]


# ---------------------------------------------------------------------------- layering

REPORT = ROOT / "compliance" / "report"
EVALUATING = {"_evaluate", "_api", "_grammar", "_lexer", "_normalize", "_numerals", "bulk"}


def _relative_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level >= 2:  # from ..x import y
            found.add((node.module or "").split(".")[0] or next(a.name for a in node.names))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("compliance."):
            found.add(node.module.split(".")[1])
    return found


@pytest.mark.parametrize("module", sorted(p.name for p in REPORT.glob("*.py")))
def test_reports_never_evaluate(module):
    tree = ast.parse((REPORT / module).read_text(encoding="utf-8"))
    assert _relative_imports(REPORT / module) & EVALUATING == set()
    called = {
        node.func.id if isinstance(node.func, ast.Name) else node.func.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute))
    }
    assert called & {"judge", "evaluate", "parse_target", "parse_reported", "check", "prepare"} == set()


def test_import_compliance_does_not_import_reports():
    code = (
        "import sys, compliance; "
        "print(any(m.startswith('compliance.report') or m == 'compliance.plans.overrides' for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
