"""A plan cell that says none (``-``, ``—``, ``/``, ``无``, ``——``, empty) in a target column sets no target for its
period, as a period the rules file leaves out: not judged, not linted as unreadable, never a verdict against a
number. The same marks as reported values are no data (pending), never a figure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import compliance
from compliance.cli import main
from compliance.plans.lint import lint_rules
from compliance.plans.rules import load_rules

MARKS = ["-", "—", "/", "无", "——", "／", "－", "", " "]

RULES = """\
plan:
  name: 无目标年份
  periods: ["2021", "2022", "2023"]
indicators:
  - id: jobs
    name: 城镇新增就业
    unit: 万人
    polarity: higher
    targets:
      "2021": {mark}
      "2022": "6以上"
  - id: gdp
    name: 地区生产总值增速
    unit: "%"
    polarity: higher
    targets:
      "2021": "6以上"
      "2022": {mark}
"""

DATA = "indicator,period,reported\njobs,2021,5\njobs,2022,7\ngdp,2021,5\ngdp,2022,7\n"


def _files(tmp_path: Path, mark: str) -> tuple[Path, Path]:
    rules, data = tmp_path / "rules.yaml", tmp_path / "data.csv"
    rules.write_text(RULES.format(mark=json.dumps(mark, ensure_ascii=False)), encoding="utf-8")
    data.write_text(DATA, encoding="utf-8")
    return rules, data


@pytest.mark.parametrize("mark", MARKS, ids=repr)
def test_a_target_cell_saying_none_is_no_target(tmp_path: Path, mark: str) -> None:
    rules_path, _ = _files(tmp_path, mark)
    rules = load_rules(rules_path)
    jobs, gdp = rules.indicators
    assert (jobs.targets_for("2021"), jobs.targets_for("2022")) == ((), ("6以上",))
    assert (gdp.targets_for("2021"), gdp.targets_for("2022")) == (("6以上",), ())
    assert lint_rules(rules_path) == []


def test_an_empty_yaml_cell_is_no_target_either(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(RULES.replace('"2021": {mark}', '"2021":').format(mark='"-"'), encoding="utf-8")
    jobs, gdp = load_rules(path).indicators
    assert (jobs.targets_for("2021"), gdp.targets_for("2022")) == ((), ())
    assert lint_rules(path) == []


@pytest.mark.parametrize("mark", ["-", "无", ""], ids=repr)
def test_only_the_periods_with_targets_are_judged(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  mark: str) -> None:
    rules_path, data_path = _files(tmp_path, mark)
    for period, indicator, status in (("2021", "gdp", "missed"), ("2022", "jobs", "met")):
        assert main(["check", str(rules_path), str(data_path), "--period", period, "--format", "json"]) == 0
        verdicts = json.loads(capsys.readouterr().out)["verdicts"]
        # 5 and 7 either side of 6: the indicator with a target is judged by it, the other one not at all
        assert [(v["indicator"], v["status"]) for v in verdicts] == [(indicator, status)]


def test_a_mark_among_several_targets_is_kept_as_written(tmp_path: Path) -> None:
    text = RULES.format(mark='["6以上", "-"]').replace('"2022": "-"', '"2022": "7以上"')
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_rules(path).indicators[0].targets_for("2021") == ("6以上", "-")


@pytest.mark.parametrize("mark", ["-", "—", "/", "无", "——", "／", "－", "--", "暂无"], ids=repr)
def test_a_reported_cell_saying_none_is_no_data(mark: str) -> None:
    assert compliance.parse_reported(mark).kind == "missing"
    for target in ("6以上", "<313.2", "完成年度任务"):
        v = compliance.evaluate(target, mark)
        assert (v.status.value, v.reason.value) in (("pending", "no_data"), ("pending", "qualitative"))
        assert v.value is None
