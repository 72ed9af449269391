"""The `compliance` command: check, explain, schema, diff — through `main()` and once as a process."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from compliance.cli import main

from conftest import ROOT, SEED_DATA, SEED_RULES

SHORT = {"gdp_growth", "ftz_revenue_growth", "hightech_revenue_growth", "district_budget_revenue_growth"}


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1677628800")  # reports name a fixed generation time


def test_check_without_arguments_judges_the_seed_plan(capsys):
    code, out, err = run(capsys, "check")
    assert (code, err) == (0, "")
    assert "海淀区" in out and "gdp_growth" in out
    assert "\x1b[" not in out  # not a terminal: no colours


def test_check_json_has_the_documents_four_misses(capsys):
    code, out, _ = run(capsys, "check", "--format", "json")
    report = json.loads(out)
    assert code == 0
    assert report["meta"]["periods"] == ["2022"]
    assert {v["indicator"] for v in report["verdicts"] if v["status"] == "missed"} == SHORT
    pending = [v for v in report["verdicts"] if v["status"] == "pending"]
    assert [(v["indicator"], v["missing"]) for v in pending] == [("work_safety_death_rate", ["国家对北京市的要求"])]
    assert report["summary"]["indicators_by_status"] == {"met": 26, "missed": 4, "pending": 1}


@pytest.mark.parametrize("fmt", ["table", "md", "html", "json", "csv"])
def test_every_format_is_written_to_a_file(tmp_path, capsys, fmt):
    target = tmp_path / f"report.{fmt}"
    target.write_text("old report", encoding="utf-8")
    code, out, _ = run(capsys, "check", str(SEED_RULES), str(SEED_DATA), "--format", fmt, "-o", target, "--lang", "en")
    assert (code, out) == (0, "")
    raw = target.read_bytes()
    bom = b"\xef\xbb\xbf"
    assert raw.startswith(bom) == (fmt == "csv")  # a CSV file has a BOM, so that Excel reads it as UTF-8
    written = raw.removeprefix(bom).decode("utf-8")  # as written: CSV ends lines with CRLF
    assert "gdp_growth" in written and "old report" not in written
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temporary file left
    _, printed, _ = run(capsys, "check", str(SEED_RULES), str(SEED_DATA), "--format", fmt, "--lang", "en")
    assert printed == written  # stdout: the same text, without a BOM


def test_period_all_judges_every_period_with_a_target(capsys):
    code, out, _ = run(capsys, "check", "--period", "all", "--format", "json")
    assert code == 0
    assert json.loads(out)["meta"]["periods"] == ["2021-2025", "2022", "2023"]


def test_periods_repeat_or_separate_with_commas(capsys):
    _, out, _ = run(capsys, "check", "--period", "2023,2022", "--period", "2022", "--format", "json")
    assert json.loads(out)["meta"]["periods"] == ["2023", "2022"]


@pytest.mark.parametrize(("fail_on", "code"), [(None, 0), ("missed", 1), ("pending", 1)])
def test_fail_on(capsys, fail_on, code):
    argv = ["check"] + (["--fail-on", fail_on] if fail_on else [])
    assert run(capsys, *argv)[0] == code


def test_fail_on_pending_passes_when_everything_is_met(tmp_path, capsys):
    rules = tmp_path / "r.yaml"
    rules.write_text(
        'plan: {name: P}\nindicators:\n  - {id: a, name: A, polarity: higher, targets: {"2022": "6以上"}}\n',
        encoding="utf-8",
    )
    data = tmp_path / "d.csv"
    data.write_text("indicator,period,reported\na,2022,6.5\n", encoding="utf-8")
    assert run(capsys, "check", rules, data, "--fail-on", "pending")[0] == 0
    data.write_text("indicator,period,reported\na,2022,5\n", encoding="utf-8")
    assert run(capsys, "check", rules, data, "--fail-on", "missed")[0] == 1


def test_overrides_change_the_final_status(tmp_path, capsys):
    overrides = tmp_path / "review.yaml"
    overrides.write_text(
        "overrides:\n"
        "  - {indicator: gdp_growth, period: 2022, status: met, by: 张三, date: 2023-03-01, reason: 口径调整}\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "check", "--format", "json", "--overrides", overrides)
    verdict = next(v for v in json.loads(out)["verdicts"] if v["indicator"] == "gdp_growth")
    assert code == 0
    assert (verdict["computed_status"], verdict["status"]) == ("missed", "met")
    assert verdict["override"]["by"] == "张三"


def test_explain_shows_the_reading_and_the_verdict(capsys):
    code, out, _ = run(capsys, "explain", "达到市级要求", "3.1", "--polarity", "lower", "--ref", "市级要求=3.2")
    assert code == 0
    assert "kind      reference" in out and "name      市级要求" in out
    assert "span      [0:2] reach '达到'" in out
    assert "verdict   met (measured)" in out
    assert "reference 市级要求 = 3.2 (from references)" in out


def test_explain_without_a_reported_value_shows_what_meets_it(capsys):
    code, out, _ = run(capsys, "explain", "控制在3%以内", "--polarity", "lower", "--unit", "%")
    assert code == 0
    assert "kind      bound" in out and "meets     <= 3%" in out
    assert "verdict" not in out


def test_explain_json(capsys):
    code, out, _ = run(capsys, "explain", "稳步增长", "1.75", "--previous", "0.88", "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert data["target"]["kind"] == "direction" and data["verdict"]["status"] == "met"
    assert data["verdict"]["previous"] == "0.88"


@pytest.mark.parametrize("argv", [["--ref", "市级要求"], ["--tolerance", "lots"]])
def test_explain_bad_options_exit_2(capsys, argv):
    code, out, err = run(capsys, "explain", "35左右", "34", *argv)
    assert code == 2 and out == "" and err.count("\n") == 1


def test_schema(tmp_path, capsys):
    code, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert code == 0
    assert schema["title"] == "compliance rules file"
    assert "polarity" in schema["$defs"]["Indicator"]["required"]
    assert run(capsys, "schema", "-o", tmp_path / "schema.json")[0] == 0
    assert json.loads((tmp_path / "schema.json").read_text(encoding="utf-8")) == schema


def test_diff_lists_changed_verdicts(tmp_path, capsys):
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    assert run(capsys, "check", "--format", "json", "-o", old)[0] == 0
    revised = tmp_path / "revised.csv"
    revised.write_text(SEED_DATA.read_text(encoding="utf-8").replace("gdp_growth,2022,4,", "gdp_growth,2022,6.1,"),
                       encoding="utf-8")
    assert revised.read_text(encoding="utf-8") != SEED_DATA.read_text(encoding="utf-8")
    assert run(capsys, "check", SEED_RULES, revised, "--format", "json", "-o", new)[0] == 0
    code, out, _ = run(capsys, "diff", old, new, "--lang", "en")
    assert code == 0
    assert "gdp_growth" in out and "missed → met" in out
    assert run(capsys, "diff", old, new, "--exit-code")[0] == 1
    assert run(capsys, "diff", old, old, "--exit-code")[0] == 0


def test_diff_of_a_file_that_is_not_a_report(tmp_path, capsys):
    other = tmp_path / "x.json"
    other.write_text("{}", encoding="utf-8")
    code, _, err = run(capsys, "diff", other, other)
    assert code == 2 and "not a compliance JSON report" in err


def test_the_installed_command_runs_as_a_process(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "compliance.cli", "check", "--format", "json", "--fail-on", "missed"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": ""},
    )
    assert done.returncode == 1, done.stderr
    assert {v["indicator"] for v in json.loads(done.stdout)["verdicts"] if v["status"] == "missed"} == SHORT


class _Terminal:
    """A stand-in for stdout attached to a terminal."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True


def test_colours_only_on_a_terminal_for_the_table(monkeypatch, capsys):
    monkeypatch.delenv("NO_COLOR", raising=False)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["check"]) == 0
    assert "\x1b[" in "".join(terminal.parts)
    terminal.parts.clear()
    assert main(["check", "--format", "md"]) == 0
    assert "\x1b[" not in "".join(terminal.parts)
    monkeypatch.setenv("NO_COLOR", "1")
    terminal.parts.clear()
    assert main(["check"]) == 0
    assert "\x1b[" not in "".join(terminal.parts)


def test_as_of_makes_later_years_pending(capsys):
    _, out, _ = run(capsys, "check", "--period", "2022", "--as-of", "2021", "--format", "json")
    verdicts = json.loads(out)["verdicts"]
    assert verdicts and all(v["status"] == "pending" for v in verdicts)
    assert {v["reason"] for v in verdicts} == {"no_data"}
    assert all("the data run to 2021" in v["explanation"]["en"] for v in verdicts)


@pytest.mark.parametrize(("name", "start"), [("r.json", "{"), ("r.html", "<!DOCTYPE html>"), ("r.md", "#"), ("r.txt", "")])
def test_the_format_follows_the_output_file_name(tmp_path, capsys, name, start):
    target = tmp_path / name
    assert run(capsys, "check", "-o", target)[0] == 0
    text = target.read_text(encoding="utf-8")
    assert text.lower().startswith(start.lower())
    if name == "r.txt":
        assert "\x1b[" not in text and not text.startswith(("{", "<", "#"))
