"""The public surface: pinned names, light import, accepted argument types."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest
from pydantic import ValidationError

import compliance
from compliance import Status, evaluate, parse_reported, parse_target

EXPECTED_ALL = [
    "Ambiguous", "Approx", "ApproxValue", "Attested", "Bound", "BoundValue", "ComplianceError", "Constraint",
    "Cumulative", "Direction", "Expression", "InputError", "Interval", "Level", "LevelValue", "LexiconError", "Measure",
    "Missing", "NotAvailable", "Note", "Polarity", "Progress", "ProgressRating", "Provisional", "Qualitative", "Quantity", "Range", "RangeValue", "Reason",
    "Reference", "ReferenceUse", "Reported", "Revised", "Several", "SeveralValues", "Span", "Status", "Sync", "Task", "Tolerance",
    "Unrecognized", "UnrecognizedValue", "Value", "Verdict", "VerdictTable", "evaluate", "evaluate_table",
    "parse_reported", "parse_target", "parse_targets",
]


def test_exported_names_are_pinned():
    assert sorted(compliance.__all__) == sorted(EXPECTED_ALL)
    assert compliance.__all__ == sorted(compliance.__all__, key=lambda n: (n[0].islower(), n))
    for name in compliance.__all__:
        assert hasattr(compliance, name), name


def test_import_is_light():
    code = (
        "import sys, compliance\n"
        "heavy = {'pandas', 'numpy', 'polars', 'compliance.cli', 'compliance.plans.rules', 'compliance.plans.check',"
        " 'compliance.report', 'compliance.plans.datasets', 'compliance.judge.explain', 'ruamel.yaml', 'simpleeval'}\n"
        "print(sorted(heavy & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_status_values():
    assert [s.value for s in Status] == ["met", "missed", "pending"]


def test_reason_values_are_pinned():
    """Reason codes are stable (reports and tools filter on them): a new one is added at the end, deliberately."""
    assert [r.value for r in compliance.Reason] == [
        "measured", "within_tolerance", "attested", "attested_shortfall", "no_data", "reference_unknown",
        "previous_unknown", "unrecognized", "imprecise_value", "not_comparable", "ambiguous_value", "period_open",
        "expression_failed", "value_count", "qualitative", "no_target",
    ]


@pytest.mark.parametrize("reported", ["4", 4, 4.0, Decimal("4"), parse_reported("4")])
def test_evaluate_accepts_strings_numbers_and_models(reported):
    verdict = evaluate(parse_target("6以上"), reported)
    assert verdict.status is Status.MISSED
    assert verdict.gap == Decimal(-2)


def test_numeric_target_and_float_without_noise():
    verdict = evaluate(0.3, 0.1 + 0.2, polarity="lower")  # 0.30000000000000004 > 0.3
    assert verdict.status is Status.MISSED
    assert evaluate(0.3, "0.3", polarity="lower").status is Status.MET


@pytest.mark.parametrize("bad", [None, 3, b"6"])
def test_parse_functions_reject_non_strings(bad):
    with pytest.raises(TypeError):
        parse_target(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_reported(bad)  # type: ignore[arg-type]


def test_missing_reported_none_and_nan():
    assert evaluate("6", None).reason.value == "no_data"
    assert evaluate("6", float("nan")).reason.value == "no_data"


def test_unknown_polarity_is_an_error():
    with pytest.raises(ValueError):
        evaluate("6", "5", polarity="up")


def test_explain_languages():
    verdict = evaluate("6以上", "4")
    assert verdict.explain("zh") == "目标“6以上”即 ≥ 6；报告值 4，低于目标 2，未达标。"
    assert verdict.explain("en") == "Target '6以上' means >= 6; reported 4 is 2 short: missed."
    with pytest.raises(ValueError):
        verdict.explain("fr")  # type: ignore[arg-type]


def test_verdict_is_immutable_and_serialisable():
    verdict = evaluate("达到市级要求", "63.7", references={"市级要求": 62})
    with pytest.raises(ValidationError, match="frozen"):
        verdict.status = Status.MISSED  # type: ignore[misc]
    data = verdict.to_dict()
    assert data["status"] == "met" and data["threshold"] == "62" and data["basis"] == "measured"
    assert data["reference"] == {"name": "市级要求", "value": "62", "source": "references"}
    assert "62" in data["explanation"]["en"]
