"""build_report makes the report's models unvalidated (models.trusted: the values are the engine's own), so a
cold check builds no validator for them. What it makes must be exactly what validation would make: each
report equals its own dump validated again, field types included (a list where a tuple belongs would not)."""

from __future__ import annotations

import os

import pytest
from reportkit import DATASET, NOW, RULES

from conftest import ROOT


def _report(periods: str | list[str], overrides: bool) -> object:
    from compliance.plans.check import check
    from compliance.plans.datasets import load_dataset
    from compliance.plans.rules import load_rules
    from compliance.report import build_report, load_overrides

    here = os.getcwd()
    os.chdir(ROOT)
    try:
        rules = load_rules(RULES)
        data = load_dataset(DATASET, [indicator.id for indicator in rules.indicators])
        judgements = check(rules, data, periods)
        named = sorted({j.period for j in judgements})
        return build_report(judgements, rules=rules, rules_path=RULES, data_path=DATASET, periods=named,
                            overrides=load_overrides("examples/overrides.yaml") if overrides else None, now=NOW)
    finally:
        os.chdir(here)


@pytest.mark.parametrize(("periods", "overrides"), [(["2022"], False), (["2022"], True), ("all", False)])
def test_a_built_report_is_what_validation_makes(periods, overrides):
    from compliance.report import Report

    report = _report(periods, overrides)
    again = Report.model_validate(report.model_dump())
    assert again == report
    assert again.model_dump_json() == report.model_dump_json()
    if periods == "all":
        assert report.matrix is not None and any(row.progress is not None for row in report.verdicts)
    if overrides:
        assert any(row.override is not None for row in report.verdicts)


def test_every_row_keeps_the_fields_it_was_given():
    report = _report(["2022"], False)
    for row in report.verdicts:
        assert {"id", "indicator", "period", "status", "explanation"} <= row.model_fields_set
