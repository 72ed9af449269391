"""``rules lint`` warns (``measure-unset``) where a growth rate's indicator has no ``measure:``.

Without it an indicator is judged as a level (schema.Indicator.measure's default), so 增长6% against 6.2 reported
after 6.5 came out missed as a change of -4.6%; with ``measure: rate`` it is met (6.2 >= 6). The finding is at the
indicator's id and says what to write.
"""

from pathlib import Path

import pytest

from compliance.plans.check import check
from compliance.plans.datasets import load_dataset
from compliance.plans.lint import lint_rules
from compliance.plans.rules import load_rules

RULES = """\
plan:
  name: 增速
  periods: ["2021", "2022"]
indicators:
  - id: growth
    name: {name}
    unit: "{unit}"
    polarity: higher
{measure}    targets:
      "2021": "{target}"
      "2022": "{target}"
"""


def _rules(tmp_path: Path, target: str, name: str = "地区生产总值增速", unit: str = "%", measure: str = "") -> Path:
    path = tmp_path / "rules.yaml"
    line = f"    measure: {measure}\n" if measure else ""
    path.write_text(RULES.format(name=name, unit=unit, measure=line, target=target), encoding="utf-8")
    return path


def _codes(path: Path) -> list[tuple[int | None, str]]:
    return [(f.line, f.code) for f in lint_rules(path) if f.code == "measure-unset"]


@pytest.mark.parametrize(
    ("target", "name"),
    [("增长6%", "地区生产总值增速"), ("增长6%", "居民人均可支配收入"), ("6%以上", "地区生产总值增速"),
     ("稳步增长", "规模以上工业增加值增长率"), ("增长6", "固定资产投资增幅")],
)
def test_a_growth_rate_without_measure_is_flagged_at_its_id(tmp_path: Path, target: str, name: str) -> None:
    path = _rules(tmp_path, target, name)
    assert _codes(path) == [(5, "measure-unset")]
    finding = next(f for f in lint_rules(path) if f.code == "measure-unset")
    assert "growth" in finding.message and "`measure: rate`" in (finding.hint or "")


@pytest.mark.parametrize("measure", ["rate", "level", "decline"])
def test_a_written_measure_clears_it(tmp_path: Path, measure: str) -> None:
    assert _codes(_rules(tmp_path, "增长6%", measure=measure)) == []


@pytest.mark.parametrize(
    ("target", "name", "unit"),
    [("5.5%以内", "城镇调查失业率", "%"),  # a level in %, no change, no rate name
     ("提高1个百分点", "服务业增加值占比", "%"),  # a change in points of a share
     ("增长6%", "城镇新增就业", "万人"),  # a count
     ("6以上", "城镇新增就业", "万人")],
)
def test_levels_are_not_flagged(tmp_path: Path, target: str, name: str, unit: str) -> None:
    assert _codes(_rules(tmp_path, target, name, unit)) == []


def test_the_shipped_rules_files_are_clean() -> None:
    root = Path(__file__).resolve().parent.parent
    files = [root / "rules" / "haidian-2022.yaml", *sorted((root / "tests" / "tables").glob("*/rules.yaml"))]
    assert len(files) >= 2
    for path in files:
        assert _codes(path) == [], path


@pytest.mark.parametrize(("measure", "status"), [("", "missed"), ("rate", "met")])
def test_what_the_finding_is_about(tmp_path: Path, measure: str, status: str) -> None:
    """6.2 after 6.5 against 增长6%: a level's change (-4.6%) without measure, the rate itself with measure: rate."""
    path = _rules(tmp_path, "增长6%", measure=measure)
    data = tmp_path / "data.csv"
    data.write_text("indicator,period,reported\ngrowth,2021,6.5\ngrowth,2022,6.2\n", encoding="utf-8")
    rules = load_rules(path)
    found = check(rules, load_dataset(data, [i.id for i in rules.indicators]), "2022")
    assert [j.verdict.status.value for j in found] == [status]
