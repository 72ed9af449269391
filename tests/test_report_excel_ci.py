"""Reports for Excel users and CI: the workbook, the CSV's BOM, JUnit XML and what --fail-on says on stderr.

Every count below is taken from the JSON report of the same run, not written down: the tests show
that the workbook and the JUnit file say what the engine decided.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections import Counter

import openpyxl
import pytest

from compliance.cli import main
from compliance.report._xlsx import FILLS

from conftest import SEED_DATA, SEED_RULES

BOM = b"\xef\xbb\xbf"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1677628800")


def json_report(capsys, *argv) -> dict:
    code, out, _ = run(capsys, "check", *argv, "--format", "json")
    assert code == 0
    return json.loads(out)


def csv_rows(capsys, *argv) -> list[dict[str, str]]:
    code, out, _ = run(capsys, "check", *argv, "--format", "csv")
    assert code == 0
    return list(csv.DictReader(io.StringIO(out, newline="")))


# --------------------------------------------------------------------------- xlsx


@pytest.mark.parametrize("period", [[], ["--period", "all"]], ids=["2022", "all"])
def test_the_workbook_has_the_csv_rows_and_the_json_statuses(tmp_path, capsys, period):
    target = tmp_path / "r.xlsx"
    assert run(capsys, "check", *period, "-o", target) == (0, "", "")
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["verdicts", "summary"]  # no claims: a report of a rules file and dataset
    sheet = book["verdicts"]
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    expected = csv_rows(capsys, *period)
    report = json_report(capsys, *period)
    assert len(body) == len(expected) == len(report["verdicts"])
    if not period:
        assert len(body) == 33  # the seed's 2022 verdicts, as `compliance check --format csv` has them
    assert list(header) == [c for c in expected[0] if not c.startswith("claim_")]  # the CSV's columns
    got = [dict(zip(header, row)) for row in body]
    assert [(r["id"], r["status"]) for r in got] == [(v["id"], v["status"]) for v in report["verdicts"]]
    assert Counter(r["status"] for r in got) == Counter(report["summary"]["by_status"]) - Counter()
    for row, want in zip(got, expected):  # every cell says what the CSV says (figures as numbers)
        for column, value in row.items():
            text = "" if value is None else str(value)
            if isinstance(value, (int, float)) and column != "index":
                assert float(value) == float(want[column]), column
            else:  # the CSV guards a text starting with = + - @ with ' (a workbook cell is text already)
                assert want[column] in (text, "'" + text), column
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}{len(rows)}"
    status = header.index("status") + 1
    for line in range(2, len(rows) + 1):
        cell = sheet.cell(line, status)
        assert cell.fill.fgColor.rgb[-6:] == FILLS[cell.value]


def test_the_summary_sheet_counts_as_the_json_does(tmp_path, capsys):
    target = tmp_path / "r.xlsx"
    assert run(capsys, "check", "-o", target)[0] == 0
    sheet = openpyxl.load_workbook(target)["summary"]
    values = [row for row in sheet.iter_rows(values_only=True)]
    summary = json_report(capsys)["summary"]

    def table(title: str) -> dict[str, tuple]:
        start = values.index((title, None, None, None, None)) + 2
        found = {}
        for row in values[start:]:
            if row[0] is None:
                break
            found[row[0]] = row[1:]
        return found

    assert table("verdicts by status")["final"] == (*summary["by_status"].values(), summary["verdicts"])
    for attribute, counts in summary["by_attribute"].items():
        assert table("verdicts by attribute")[attribute][:3] == tuple(counts.values())
    assert table("indicators by status")["final"][:3] == tuple(summary["indicators_by_status"].values())
    facts = {row[0]: row[1] for row in values if row[0] in ("verdicts", "indicators", "dataset_sha256")}
    assert facts["verdicts"] == summary["verdicts"] and facts["indicators"] == summary["indicators"]


def test_with_several_periods_the_summary_sheet_says_it_counts_cells(tmp_path, capsys):
    target = tmp_path / "r.xlsx"
    assert run(capsys, "check", "--period", "all", "-o", target)[0] == 0
    values = list(openpyxl.load_workbook(target)["summary"].iter_rows(values_only=True))
    summary = json_report(capsys, "--period", "all")["summary"]
    titles = [row[0] for row in values if row[1] is None and row[0]]
    assert "indicator x period cells by status" in titles and "indicators by status" not in titles
    start = values.index(("indicator x period cells by status", None, None, None, None))
    assert values[start + 2][1:] == (*summary["indicators_by_status"].values(), summary["cells"])
    facts = {row[0]: row[1] for row in values if row[0] in ("indicators", "cells")}
    assert (facts["indicators"], facts["cells"]) == (summary["indicators"], summary["cells"]) and facts["cells"] > 31


def test_the_workbook_is_the_same_bytes_for_the_same_report(tmp_path, capsys):
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert run(capsys, "check", "-o", first)[0] == run(capsys, "check", "--format", "xlsx", "-o", second)[0] == 0
    assert first.read_bytes() == second.read_bytes()


def test_without_openpyxl_the_workbook_is_a_one_line_error(tmp_path, capsys, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "openpyxl", None)  # `import openpyxl` raises ModuleNotFoundError
    code, out, err = run(capsys, "check", "-o", tmp_path / "r.xlsx")
    assert (code, out) == (2, "")
    assert err == "compliance: error: writing an xlsx report needs openpyxl; pip install 'compliance[xlsx]'\n"
    assert not (tmp_path / "r.xlsx").exists()


def test_a_binary_report_is_not_written_to_a_terminal(capsys, monkeypatch):
    import sys

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    code, out, err = run(capsys, "check", "--format", "xlsx")
    assert (code, out) == (2, "") and "binary workbook, not for a terminal; give -o FILE.xlsx" in err


# --------------------------------------------------------------------------- csv


def test_a_csv_file_has_a_bom_and_stdout_has_none(tmp_path, capsys):
    target = tmp_path / "r.csv"
    assert run(capsys, "check", "-o", target)[0] == 0
    raw = target.read_bytes()
    _, printed, _ = run(capsys, "check", "--format", "csv")
    assert raw.startswith(BOM) and not printed.startswith("\ufeff")
    assert raw[len(BOM):] == printed.encode("utf-8")
    # what Excel does with the BOM: read the file as UTF-8, so the names are Chinese, not mojibake
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["id"] and "地区生产总值增速" in {row["name"] for row in rows}


# --------------------------------------------------------------------------- junit


@pytest.mark.parametrize("period", [[], ["--period", "all"]], ids=["2022", "all"])
def test_junit_has_a_testcase_per_verdict_failing_the_misses(capsys, period):
    code, out, _ = run(capsys, "check", *period, "--format", "junit", "--lang", "en")
    assert code == 0
    root = ET.fromstring(out.encode("utf-8"))
    report = json_report(capsys, *period)
    verdicts, counts = report["verdicts"], report["summary"]["by_status"]
    cases = list(root.iter("testcase"))
    assert root.tag == "testsuites" and len(cases) == len(verdicts)
    assert (int(root.get("tests")), int(root.get("failures")), int(root.get("skipped")), root.get("errors")) == (
        len(verdicts), counts["missed"], counts["pending"], "0")
    if not period:
        assert (len(cases), len(root.findall(".//failure"))) == (33, 4)
    assert [s.get("name").rsplit(" ", 1)[1] for s in root.iter("testsuite")] == report["meta"]["periods"]
    for suite in root.iter("testsuite"):
        assert int(suite.get("tests")) == len(suite.findall("testcase"))
    for case, verdict in zip(cases, verdicts):
        assert case.get("classname") == verdict["indicator"] and case.get("name").startswith(verdict["name_en"] or verdict["name"])
        failure, skipped = case.find("failure"), case.find("skipped")
        assert (failure is not None, skipped is not None) == (verdict["status"] == "missed", verdict["status"] == "pending")
        if failure is not None:
            assert failure.get("message") == verdict["explanation"]["en"] and verdict["id"] in failure.text
        if skipped is not None:
            assert skipped.get("message") == verdict["explanation"]["en"]


def test_junit_carries_the_rule_the_data_row_and_the_note_of_each_verdict(tmp_path, capsys):
    """Every verdict in every format has the rule's file:line:column and its data row (issue 11 §3): JUnit too,
    with the dataset's note; a derived value names its rows."""
    noted = tmp_path / "noted.csv"
    lines = SEED_DATA.read_text(encoding="utf-8-sig").splitlines()
    rows = list(csv.reader(lines))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(rows[0] + ["note"])
    writer.writerows(row + [f"N:{row[0]}:{row[1]}"] for row in rows[1:])
    noted.write_text(out.getvalue(), encoding="utf-8")
    for period in ([], ["--period", "all"]):
        report = json_report(capsys, SEED_RULES, noted, *period)
        root = ET.fromstring(run(capsys, "check", SEED_RULES, noted, *period, "--format", "junit")[1].encode("utf-8"))
        for case, verdict in zip(root.iter("testcase"), report["verdicts"]):
            text = "\n".join(e.text or "" for e in case)  # a failure's text, or the system-out beside it
            assert f"rule_source: {verdict['rule_source']}" in text
            if verdict["source"]:
                assert f"source: {verdict['source']}" in text and f"note: N:{verdict['indicator']}:" in text
            if verdict["derived"]:
                assert all(i["source"] in text for i in verdict["derived"]["inputs"])


def test_junit_is_chosen_by_an_xml_file(tmp_path, capsys):
    target = tmp_path / "junit.xml"
    assert run(capsys, "check", "-o", target)[0] == 0
    _, printed, _ = run(capsys, "check", "--format", "junit")
    assert target.read_text(encoding="utf-8") == printed and ET.parse(target).getroot().tag == "testsuites"


def test_junit_of_several_rules_names_each_rule(tmp_path, capsys):
    rules = tmp_path / "r.yaml"
    rules.write_text('plan: {name: P}\nindicators:\n  - {id: a, name: A, polarity: higher, '
                     'targets: {"2022": ["6以上", "8以下"]}}\n', encoding="utf-8")
    data = tmp_path / "d.csv"
    data.write_text("indicator,period,reported\na,2022,9\n", encoding="utf-8")
    root = ET.fromstring(run(capsys, "check", rules, data, "--format", "junit")[1])
    assert [(c.get("name"), c.find("failure") is not None) for c in root.iter("testcase")] == [
        ("A #0", False), ("A #1", True)]


# --------------------------------------------------------------------------- --fail-on


def test_fail_on_missed_says_how_many_and_which(capsys):
    code, _, err = run(capsys, "check", "--fail-on", "missed")
    missed = [v["indicator"] for v in json_report(capsys)["verdicts"] if v["status"] == "missed"]
    assert code == 1 and len(missed) == 4
    assert err == f"compliance: fail-on missed: 4 verdicts missed: {', '.join(missed)}\n"


def test_fail_on_pending_counts_both_and_names_misses_first(capsys):
    code, _, err = run(capsys, "check", "--fail-on", "pending")
    verdicts = json_report(capsys)["verdicts"]
    missed = [v["indicator"] for v in verdicts if v["status"] == "missed"]
    pending = [v["indicator"] for v in verdicts if v["status"] == "pending"]
    assert code == 1
    assert err == (f"compliance: fail-on pending: {len(missed) + len(pending)} verdicts missed or pending "
                   f"({len(missed)} missed, {len(pending)} pending): {', '.join(missed + pending)}\n")


def test_fail_on_over_several_periods_names_indicator_and_period_and_stops_at_twenty(capsys):
    code, _, err = run(capsys, "check", "--period", "all", "--fail-on", "pending")
    verdicts = json_report(capsys, "--period", "all")["verdicts"]
    failing = [v for v in verdicts if v["status"] != "met"]
    names = list(dict.fromkeys(f"{v['indicator']}/{v['period']}" for v in sorted(
        failing, key=lambda v: v["status"] != "missed")))
    assert code == 1 and len(names) > 20
    assert err.startswith(f"compliance: fail-on pending: {len(failing)} verdicts missed or pending")
    assert err.endswith(f": {', '.join(names[:20])} and {len(names) - 20} more\n")


def test_fail_on_that_does_not_trigger_says_nothing(tmp_path, capsys):
    rules = tmp_path / "r.yaml"
    rules.write_text('plan: {name: P}\nindicators:\n  - {id: a, name: A, polarity: higher, targets: {"2022": "6以上"}}\n',
                     encoding="utf-8")
    data = tmp_path / "d.csv"
    data.write_text("indicator,period,reported\na,2022,6\n", encoding="utf-8")  # 6 is 6以上: met
    assert run(capsys, "check", rules, data, "--fail-on", "pending", "-o", tmp_path / "r.json") == (0, "", "")
    data.write_text("indicator,period,reported\na,2022,5.99\n", encoding="utf-8")
    assert run(capsys, "check", rules, data, "--fail-on", "missed", "-o", tmp_path / "r.json") == (
        1, "", "compliance: fail-on missed: 1 verdict missed: a\n")


# --------------------------------------------------------------------------- documents and streamed runs


def test_a_report_from_documents_has_a_claims_sheet_and_a_claims_suite(tmp_path, capsys):
    from conftest import ROOT

    document = ROOT / "tests" / "documents" / "haidian-2022.txt"
    report = json.loads(run(capsys, "check", "--document", document, "--format", "json")[1])
    target = tmp_path / "r.xlsx"
    assert run(capsys, "check", "--document", document, "-o", target)[0] == 0
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["verdicts", "summary", "claims"]
    rows = list(book["claims"].iter_rows(values_only=True))
    assert rows[0][:3] == ("id", "source", "claim_kind") and len(rows) - 1 == len(report["claims"])
    assert [r[1] for r in rows[1:]] == [c["source"] for c in report["claims"]]
    assert book["verdicts"].max_row - 1 == len(report["verdicts"])
    root = ET.fromstring(run(capsys, "check", "--document", document, "--format", "junit")[1])
    claims = [s for s in root.iter("testsuite") if s.get("name").endswith(" claims")]
    assert len(claims) == 1 and int(claims[0].get("tests")) == len(report["claims"])
    assert int(claims[0].get("failures")) == sum(c["agrees"] is False for c in report["claims"])
    assert int(claims[0].get("skipped")) == sum(c["agrees"] is None for c in report["claims"])


@pytest.mark.parametrize("fmt", ["xlsx", "junit"])
def test_a_streamed_run_refuses_a_format_it_cannot_write(tmp_path, capsys, fmt):
    code, out, err = run(capsys, "check", SEED_RULES, SEED_DATA, "--stream", "--format", fmt)
    assert (code, out) == (2, "")
    assert err == (f"compliance: error: a streamed run cannot write a {fmt} report; use --format "
                   "table or md or html or json or csv\n")


def test_a_text_that_looks_like_a_formula_stays_text_in_the_workbook(tmp_path, capsys):
    rules, data, target = tmp_path / "r.yaml", tmp_path / "d.csv", tmp_path / "r.xlsx"
    rules.write_text('plan: {name: "=1+1"}\nindicators:\n  - {id: a, name: "=SUM(A1:A9)", polarity: higher, '
                     'targets: {"2022": "6以上"}}\n', encoding="utf-8")
    data.write_text('indicator,period,reported\na,2022,"=HYPERLINK(""http://x"",""4"")"\n', encoding="utf-8")
    assert run(capsys, "check", rules, data, "-o", target)[0] == 0
    sheet = openpyxl.load_workbook(target)["verdicts"]  # formulas as written, not their values
    header = [cell.value for cell in sheet[1]]
    row = {name: cell for name, cell in zip(header, sheet[2])}
    assert (row["name"].value, row["name"].data_type) == ("=SUM(A1:A9)", "s")
    assert (row["reported"].value, row["reported"].data_type) == ('=HYPERLINK("http://x","4")', "s")
    assert row["plan"].data_type == "s" and not any(c.data_type == "f" for line in sheet.iter_rows() for c in line)
