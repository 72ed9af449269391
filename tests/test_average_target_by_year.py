"""A target of a yearly average over a plan's years (年均增长6%, “十四五”期间年均增长6%) in one year's cell of a rules
file is not judged on that year's figure: a year's growth is no five-year average. It was met or missed on it (or,
for an indicator measured as a level, a fall of 37.5% from 8 to 5 was judged against 6%): now pending not_comparable,
the explanation saying why and where the average is judged (the plan period's cell: the compound average of the
years). evaluate() alone, which knows no period, still reads a bare figure as the average (the corpus' probes), and a
reported text saying 年均 is judged in the year's cell too. The stream hands such cells to check (stream == check)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

import compliance
from compliance.plans.check import check
from compliance.plans.datasets import load_dataset
from compliance.plans.rules import load_rules

RULES = """\
plan:
  name: 测试计划
  jurisdiction: 测试区
  periods: ["2021-2025", "2022", "2023"]
indicators:
  - id: inv
    number: "1"
    name: 固定资产投资增速
    unit: "%"
    polarity: higher
    measure: rate
    targets: {"2021-2025": "年均增长6%", "2022": "年均增长6%", "2023": "增长6%"}
  - id: gdp
    number: "2"
    name: 地区生产总值增速
    unit: "%"
    polarity: higher
    measure: rate
    targets: {"2022": "“十四五”期间年均增长6%"}
"""
DATA = """\
indicator,period,reported
inv,2021,8.0
inv,2022,5.0
inv,2023,6.5
inv,2024,5.5
inv,2025,{last}
gdp,2021,8.0
gdp,2022,{gdp}
"""


def _judged(tmp_path: Path, last: str = "5.2", gdp: str = "5.0") -> dict[tuple[str, str], compliance.Verdict]:
    (tmp_path / "plan.yaml").write_text(RULES, encoding="utf-8")
    (tmp_path / "data.csv").write_text(DATA.format(last=last, gdp=gdp), encoding="utf-8")
    rules = load_rules(tmp_path / "plan.yaml")
    data = load_dataset(tmp_path / "data.csv", [i.id for i in rules.indicators])
    return {(j.indicator.id, j.period): j.verdict for j in check(rules, data, "all")}


@pytest.mark.parametrize("gdp", ["5.0", "7.0"])  # either side of 6: pending both ways
def test_one_years_figure_against_an_average_is_pending(tmp_path: Path, gdp: str) -> None:
    found = _judged(tmp_path, gdp=gdp)
    for key in (("inv", "2022"), ("gdp", "2022")):
        v = found[key]
        assert (v.status.value, v.reason.value, v.missing) == ("pending", "not_comparable", ("average_target",))
        assert "2022 年一年的数值不是年均数" in v.explain("zh") and "is no such average" in v.explain("en")
        assert "即 ≥ 6%" in v.explain("zh") and v.previous is None
    assert found[("inv", "2023")].status.value == "met"  # 增长6%, one year's: judged on the year's 6.5


@pytest.mark.parametrize(("last", "status"), [("5.2", "met"), ("2.0", "missed")])
def test_the_plan_period_judges_the_average(tmp_path: Path, last: str, status: str) -> None:
    v = _judged(tmp_path, last=last)[("inv", "2021-2025")]
    assert v.status.value == status  # compound average of 8, 5, 6.5, 5.5 and the last: 6.03 or 5.4
    assert v.derived is not None


def test_a_reported_average_is_judged_in_a_years_cell(tmp_path: Path) -> None:
    found = _judged(tmp_path, gdp="年均增长6.5%")
    assert found[("gdp", "2022")].status.value == "met"


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("年均增长7%", "7.5", "met"), ("年均增长7%", "5", "missed"), ("“十四五”期间年均增长6%", "6.5", "met"),
])
def test_evaluate_alone_reads_the_figure_as_the_average(target: str, reported: str, status: str) -> None:
    assert compliance.evaluate(target, reported).status.value == status


def test_the_stream_agrees(tmp_path: Path) -> None:
    if not os.environ.get("CI"):
        pytest.importorskip("pyarrow")
        pytest.importorskip("pandas")
    sys.path.insert(0, str(Path(__file__).parent))
    from test_differential_stream import checked, streamed, write_case

    from compliance.scale.stream import stream_check

    plan = {"plan": {"name": "t", "jurisdiction": "t", "periods": ["2021-2023", "2022", "2023"]}, "indicators": [
        {"id": "inv", "number": "1", "name": "固定资产投资增速", "unit": "%", "polarity": "higher", "measure": "rate",
         "targets": {"2021-2023": "年均增长6%", "2022": "年均增长6%", "2023": "“十四五”期间年均增长6%"}},
        {"id": "life", "number": "2", "name": "人均预期寿命", "unit": "岁", "polarity": "higher",
         "targets": {"2022": "提高1岁", "2023": "较上年提高1个百分点"}}]}
    rows = [[county, ident, year, value, ""] for county, values in (("a", ("8", "5", "7")), ("b", ("5", "7", "6.5")))
            for ident, offset in (("inv", 0), ("life", 78)) for year, value in zip(("2021", "2022", "2023"),
                                                                                  [str(float(v) + offset) for v in values])]
    rules, path = write_case(tmp_path, plan, rows)
    run = stream_check(rules, path, "all", by=["county"], chunksize=3, sample=2, lang="zh")
    expected = checked(path, rules, rows, "all", None, "zh")
    assert streamed(run) == [e[:-1] for e in expected]
    assert any(e[6] == "not_comparable" for e in expected)
