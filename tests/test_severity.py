"""What a miss costs: by attribute (约束性 fail, 预期性 warn) unless the rules file says otherwise.

The seed plan's four misses are all 预期性, so they are `warn`; a rules file can make them `fail`
per attribute (``defaults.severity``) or per indicator (``severity``). The report, the JSON, JUnit
and the streaming path all follow the one rule (compliance.plans.severity).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from compliance.cli import main
from compliance.errors import InputError
from compliance.models import STATUS_RANK, Status
from compliance.plans import severity as sev
from compliance.plans.lint import lint_rules
from compliance.plans.rules import load_rules
from compliance.report import _model

from conftest import SEED_DATA, SEED_RULES

RULES = """\
plan: {{name: P}}
{defaults}indicators:
  - {{id: a, name: A, polarity: higher, attribute: 约束性, targets: {{"2022": "6以上"}}{a}}}
  - {{id: b, name: B, polarity: higher, attribute: 预期性, targets: {{"2022": "6以上"}}{b}}}
  - {{id: c, name: C, polarity: higher, targets: {{"2022": "6以上"}}{c}}}
"""


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1677628800")


def severities(capsys, tmp_path, reported: str, defaults: str = "", **own: str) -> dict[str, str]:
    rules = tmp_path / "r.yaml"
    rules.write_text(RULES.format(defaults=defaults, **{k: own.get(k, "") for k in "abc"}), encoding="utf-8")
    data = tmp_path / "d.csv"
    data.write_text("indicator,period,reported\n" + "".join(f"{i},2022,{reported}\n" for i in "abc"), encoding="utf-8")
    code, out, err = run(capsys, "check", rules, data, "--format", "json")
    assert (code, err) == (0, "")
    return {v["indicator"]: v["severity"] for v in json.loads(out)["verdicts"]}


def test_by_default_a_binding_miss_fails_and_another_warns(tmp_path, capsys):
    assert severities(capsys, tmp_path, "5.9") == {"a": "fail", "b": "warn", "c": "warn"}
    assert severities(capsys, tmp_path, "6") == {"a": "ok", "b": "ok", "c": "ok"}  # 6 is 6以上: met


def test_defaults_severity_changes_it_per_attribute(tmp_path, capsys):
    defaults = "defaults:\n  severity: {约束性: warn, 预期性: fail, unspecified: fail}\n"
    assert severities(capsys, tmp_path, "5.9", defaults) == {"a": "warn", "b": "fail", "c": "fail"}
    assert severities(capsys, tmp_path, "6", defaults) == {"a": "ok", "b": "ok", "c": "ok"}
    # a key left out keeps its default
    assert severities(capsys, tmp_path, "5.9", "defaults:\n  severity: {预期性: fail}\n") == {
        "a": "fail", "b": "fail", "c": "warn"}


def test_an_indicators_own_severity_wins(tmp_path, capsys):
    defaults = "defaults:\n  severity: {预期性: fail}\n"
    got = severities(capsys, tmp_path, "5.9", defaults, a=", severity: warn", b=", severity: warn", c=", severity: fail")
    assert got == {"a": "warn", "b": "warn", "c": "fail"}


def test_the_seed_misses_fail_when_its_rules_say_so(tmp_path, capsys):
    text = SEED_RULES.read_text(encoding="utf-8").replace('  tolerance: "5%"\n',
                                                          '  tolerance: "5%"\n  severity: {预期性: fail}\n', 1)
    assert "severity" in text
    rules = tmp_path / "rules.yaml"
    rules.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "check", rules, SEED_DATA, "--format", "json")
    report = json.loads(out)
    missed = [v for v in report["verdicts"] if v["status"] == "missed"]
    assert code == 0 and len(missed) == 4 and {v["severity"] for v in missed} == {"fail"}
    assert report["summary"]["by_severity"]["fail"] == 4 and report["summary"]["by_severity"]["warn"] == 0
    root = ET.fromstring(run(capsys, "check", rules, SEED_DATA, "--format", "junit")[1])
    assert [f.get("type") for f in root.iter("failure")] == ["fail"] * 4


def test_a_bad_severity_is_located(tmp_path):
    rules = tmp_path / "r.yaml"
    rules.write_text(RULES.format(defaults="defaults:\n  severity: {预期性: fatal, 约束: fail}\n", a="", b="",
                                  c=", severity: error"), encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_rules(str(rules))
    assert raised.value.line == 3
    findings = [(f.line, f.code) for f in lint_rules(rules)]
    assert (3, "bad-value") in findings and (7, "bad-value") in findings
    assert any(f.code in ("bad-value", "unknown-key") and "约束" in f.message for f in lint_rules(rules))


def test_one_ranking_and_one_list_of_severities():
    assert {s: sev.rank(s) for s in Status} == STATUS_RANK
    assert sev.worst([Status.PENDING, Status.MISSED, Status.MET]) is Status.MISSED
    assert _model.SEVERITIES is sev.SEVERITIES and _model.Severity is sev.Severity
