"""English names: a rules file's ``name_en`` / ``unit_en`` are what English reports call indicators."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import xml.etree.ElementTree as ET

import openpyxl
import pytest

from compliance.cli import main
from compliance.plans.lint import lint_rules
from compliance.plans.rules import load_rules
from compliance.report.formats import REGISTRY

from conftest import SEED_DATA as SEED_DATA_PATH
from conftest import SEED_RULES

CJK = re.compile(r"[\u3400-\u9fff]")
RULES = """\
plan: {{name: P}}
indicators:
  - {{id: a, name: 增速甲, {a}polarity: higher, unit: "%", targets: {{"2022": "6以上"}}}}
  - {{id: b, name: 人口乙, {b}polarity: lower, unit: 万人, targets: {{"2022": "<313.2"}}}}
"""


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1677628800")


def test_every_seed_indicator_has_an_english_name():
    rules = load_rules(str(SEED_RULES))
    assert len(rules.indicators) == 33  # 31 numbered rows, two of them with two sub-rows
    names = [indicator.name_en for indicator in rules.indicators]
    assert all(names) and len(set(names)) == len(names)
    assert not any(CJK.search(name or "") for name in names)
    assert not any(CJK.search(i.unit_en) for i in rules.indicators if i.unit_en)
    units = {i.unit: i.unit_en for i in rules.indicators}
    assert units["万人"] == "10,000 persons" and units["%"] is None  # % needs no English label
    assert lint_rules(SEED_RULES) == []


@pytest.mark.parametrize("fmt", [f.name for f in REGISTRY if f.name != "json"])
def test_english_reports_name_indicators_in_english(tmp_path, capsys, fmt):
    rules = load_rules(str(SEED_RULES))
    target = tmp_path / f"r{dict((f.name, f.suffixes[0]) for f in REGISTRY)[fmt]}"
    for lang in ("en", "zh"):
        assert run(capsys, "check", "--format", fmt, "--lang", lang, "-o", target)[0] == 0
        if fmt == "xlsx":
            sheet = openpyxl.load_workbook(target)["verdicts"]
            text = " ".join(str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None)
        else:
            text = html.unescape(target.read_bytes().decode("utf-8-sig"))
        gdp = rules.indicator("gdp_growth")
        shown, hidden = (gdp.name_en, gdp.name) if lang == "en" else (gdp.name, gdp.name_en)
        assert shown in text and hidden not in text, (fmt, lang)


def test_csv_and_junit_rows_carry_each_english_name(capsys):
    rules = {i.id: i for i in load_rules(str(SEED_RULES)).indicators}
    rows = list(csv.DictReader(io.StringIO(run(capsys, "check", "--format", "csv", "--lang", "en")[1], newline="")))
    assert len(rows) == 33
    for row in rows:
        assert row["name"] == rules[row["indicator"]].name_en
        assert row["unit"] == (rules[row["indicator"]].unit_en or rules[row["indicator"]].unit)
    root = ET.fromstring(run(capsys, "check", "--format", "junit", "--lang", "en")[1])
    assert {c.get("classname"): c.get("name") for c in root.iter("testcase")} == {
        key: indicator.name_en for key, indicator in rules.items()}


def test_json_holds_both_names_whatever_the_language(capsys):
    zh = json.loads(run(capsys, "check", "--format", "json")[1])
    en = json.loads(run(capsys, "check", "--format", "json", "--lang", "en")[1])
    assert zh == en
    gdp = next(v for v in zh["verdicts"] if v["indicator"] == "gdp_growth")
    assert (gdp["name"], gdp["name_en"], gdp["unit"], gdp["unit_en"]) == ("地区生产总值增速", "Growth of regional GDP", "%", None)
    people = next(v for v in zh["verdicts"] if v["indicator"] == "resident_population")
    assert (people["unit"], people["unit_en"]) == ("万人", "10,000 persons")


def test_without_name_en_english_reports_keep_the_chinese_name(tmp_path, capsys):
    rules, data = tmp_path / "r.yaml", tmp_path / "d.csv"
    rules.write_text(RULES.format(a="", b=""), encoding="utf-8")
    data.write_text("indicator,period,reported\na,2022,5\nb,2022,313\n", encoding="utf-8")
    out = run(capsys, "check", rules, data, "--lang", "en", "--format", "md")[1]
    assert "增速甲" in out and "人口乙" in out
    assert lint_rules(rules) == []  # no English names at all: nothing to complete


def test_lint_names_an_indicator_left_without_its_english_name(tmp_path, capsys):
    rules, data = tmp_path / "r.yaml", tmp_path / "d.csv"
    rules.write_text(RULES.format(a="name_en: Growth A, unit_en: percent, ", b=""), encoding="utf-8")
    data.write_text("indicator,period,reported\na,2022,5\nb,2022,313\n", encoding="utf-8")
    findings = lint_rules(rules)
    assert [(f.line, f.code) for f in findings] == [(4, "missing-name-en")]
    assert "b: `人口乙` has no name_en" in str(findings[0])
    out = run(capsys, "check", rules, data, "--lang", "en", "--format", "md")[1]
    assert "Growth A" in out and "增速甲" not in out and "人口乙" in out


def test_a_name_en_that_is_not_text_is_located(tmp_path):
    rules = tmp_path / "r.yaml"
    rules.write_text(RULES.format(a="name_en: [A], ", b=""), encoding="utf-8")
    findings = lint_rules(rules)
    assert [(f.line, f.code) for f in findings if f.code == "bad-value"] == [(3, "bad-value")]


def test_a_streamed_runs_english_summary_page_names_indicators_in_english(capsys):
    rules = load_rules(str(SEED_RULES))
    en = run(capsys, "check", SEED_RULES, SEED_DATA_PATH, "--stream", "--format", "md", "--lang", "en")[1]
    zh = run(capsys, "check", SEED_RULES, SEED_DATA_PATH, "--stream", "--format", "md")[1]
    gdp = rules.indicator("gdp_growth")
    assert gdp.name_en in en and gdp.name not in en
    assert gdp.name in zh and gdp.name_en not in zh
