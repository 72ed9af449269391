"""A list target judged on the one part a report names (judge/parts.py, note ``one_part_named``): 氨氮排放量下降3.5%
against 化学需氧量、氨氮排放量下降3% is met on 氨氮排放量 alone, 化学需氧量 not reported. The status is the part's (met at
3.5, missed at 2.5); every report format shows that one part was judged: the read-as column (CSV, Markdown, JSON,
the terminal table) gives the part's reading and names the parts not reported, and the explanation says so (the
streamed CSV, which has no read-as column, too)."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from compliance import evaluate
from compliance.cli import main

TARGET = "化学需氧量、氨氮排放量下降3%"
RULES = f"""plan: {{name: 减排, periods: ["2022"]}}
indicators:
  - {{id: cut, name: 主要污染物排放量, unit: "%", polarity: higher, targets: {{"2022": "{TARGET}"}}}}
"""


@pytest.mark.parametrize(("reported", "status"), [("氨氮排放量下降3.5%", "met"), ("氨氮排放量下降2.5%", "missed")])
def test_the_status_is_the_named_parts(reported: str, status: str) -> None:
    verdict = evaluate(TARGET, reported)
    assert verdict.status.value == status and [n.code for n in verdict.notes] == ["one_part_named"]
    assert "其余（化学需氧量）未报告" in verdict.explain("zh") and "(化学需氧量) are not reported" in verdict.explain("en")


def _report(tmp_path: Path, reported: str, *options: str, capsys: pytest.CaptureFixture[str]) -> str:
    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    (tmp_path / "data.csv").write_text(f"indicator,period,reported\ncut,2022,{reported}\n", encoding="utf-8")
    main(["check", str(tmp_path / "rules.yaml"), str(tmp_path / "data.csv"), *options])
    return capsys.readouterr().out


@pytest.mark.parametrize(("reported", "status"), [("氨氮排放量下降3.5%", "met"), ("氨氮排放量下降2.5%", "missed")])
def test_every_format_shows_one_part_was_judged(tmp_path: Path, capsys: pytest.CaptureFixture[str], reported: str,
                                                 status: str) -> None:
    row = next(csv.DictReader(io.StringIO(_report(tmp_path, reported, "--format", "csv", capsys=capsys))))
    assert (row["status"], row["read_as"]) == (status, "仅按“氨氮排放量”一项：≥ 3%；其余（化学需氧量）未报告")
    assert "其余（化学需氧量）未报告" in row["explanation"]
    found = json.loads(_report(tmp_path, reported, "--format", "json", capsys=capsys))["verdicts"][0]
    assert found["status"] == status and [n["code"] for n in found["notes"]] == ["one_part_named"]
    assert found["read_as"] == {"zh": "仅按“氨氮排放量”一项：≥ 3%；其余（化学需氧量）未报告",
                                "en": "'氨氮排放量' alone: >= 3%; the others (化学需氧量) not reported"}
    markdown = _report(tmp_path, reported, "--format", "md", capsys=capsys)
    table_row = next(line for line in markdown.splitlines() if line.startswith("|") and TARGET in line)
    assert "仅按“氨氮排放量”一项：≥ 3%；其余（化学需氧量）未报告" in table_row
    english = _report(tmp_path, reported, "--format", "md", "--lang", "en", capsys=capsys)
    assert "'氨氮排放量' alone: >= 3%; the others (化学需氧量) not reported" in english
    assert "仅按“氨氮排放量”一项" in _report(tmp_path, reported, capsys=capsys)  # the terminal table


def test_the_streamed_rows_explain_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not os.environ.get("CI"):
        pytest.importorskip("pyarrow")
    row = next(csv.DictReader(io.StringIO(_report(tmp_path, "氨氮排放量下降3.5%", "--stream", "--format", "csv",
                                                  capsys=capsys))))
    assert row["status"] == "met" and "其余（化学需氧量）未报告" in row["explanation"]
