"""A reported figure without a unit against a target whose unit has a multiplier (6万人以上 vs 60000): read in the
indicator's unit when one is given (a rules file's ``unit``, the caller's ``unit=``: a plan table states it once),
and so in the target's unit where the figure is under 1000 times the target; at 1000 times or more, with no unit
given, 60000万人 and 60000人 (6万人) are both readings, so the verdict is pending with both named. The bulk and
streamed paths send such targets to the engine, so they agree (tests/test_differential_*.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import compliance
from compliance.cli import main


@pytest.mark.parametrize("target, cell, status", [
    ("6万人以上", "7", "met"), ("6万人以上", "5.9", "missed"), ("6万人以上", "5999", "met"),
    ("1600亿元以上", "1610", "met"), ("1600亿元以上", "1590", "missed"), ("6万人以下", "5.9", "met"),
])
def test_under_1000_times_the_target_it_is_read_in_the_targets_unit(target: str, cell: str, status: str) -> None:
    v = compliance.evaluate(target, cell)
    assert (v.status.value, v.reason.value) == (status, "measured")


@pytest.mark.parametrize("target, cell", [("6万人以上", "60000"), ("6万人以上", "6000"), ("6万人以下", "60000"),
                                          ("1600亿元以上", "1600000"), ("6万人以上", "约60000"),
                                          ("6万人以上", "50000-70000"), ("6万以上", "60000")])
def test_at_1000_times_or_more_without_a_unit_both_readings_are_named(target: str, cell: str) -> None:
    v = compliance.evaluate(target, cell)
    assert (v.status.value, v.reason.value) == ("pending", "ambiguous_value")
    assert "has no unit" in v.explain("en") and "without the multiplier" in v.explain("en")
    assert "未写单位" in v.explain("zh")


@pytest.mark.parametrize("cell, status", [("60000", "met"), ("5", "missed")])
def test_the_indicators_unit_given_reads_the_figure_in_it(cell: str, status: str) -> None:
    assert compliance.evaluate("6万人以上", cell, unit="万人").status.value == status


@pytest.mark.parametrize("cell, status", [("60000人", "met"), ("59999人", "missed"), ("60000", "met")])
def test_a_written_unit_or_a_target_without_multiplier_is_judged(cell: str, status: str) -> None:
    target = "6万人以上" if cell.endswith("人") else "6以上"
    assert compliance.evaluate(target, cell).status.value == status


def test_the_table_paths_agree_with_evaluate() -> None:
    cells = ["60000", "7", "5.9", "6000", "60000人"]
    frame = pd.DataFrame({"target": ["6万人以上"] * len(cells), "reported": cells})
    table = compliance.evaluate_table(frame, target="target", reported="reported", polarity="higher")
    got = [(str(s), str(r)) for s, r in zip(table.status, table.reason)]
    want = [(v.status.value, v.reason.value) for v in (compliance.evaluate("6万人以上", c) for c in cells)]
    assert got == want and got[0] == ("pending", "ambiguous_value")


RULES = """\
plan: {{name: P, periods: ["2022"]}}
indicators:
  - id: jobs
    name: 城镇新增就业
    polarity: higher
{unit}    targets: {{"2022": "6万人以上"}}
"""


@pytest.mark.parametrize("unit, status", [("", "pending"), ("    unit: 万人\n", "met")])
def test_a_check_reads_the_rules_unit(tmp_path: Path, capsys: pytest.CaptureFixture[str], unit: str,
                                      status: str) -> None:
    (tmp_path / "r.yaml").write_text(RULES.format(unit=unit), encoding="utf-8")
    (tmp_path / "d.csv").write_text("indicator,period,reported\njobs,2022,60000\n", encoding="utf-8")
    main(["check", str(tmp_path / "r.yaml"), str(tmp_path / "d.csv"), "--format", "json"])
    assert [v["status"] for v in json.loads(capsys.readouterr().out)["verdicts"]] == [status]
    main(["check", str(tmp_path / "r.yaml"), str(tmp_path / "d.csv"), "--format", "json", "--stream"])
    assert json.loads(capsys.readouterr().out)["summary"]["by_status"][status] == 1  # the streamed path agrees
