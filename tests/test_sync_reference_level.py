"""与经济增长基本同步 keeps pace with a growth RATE. H8 (stop 18) found the 武昌 2024 pair's income target shown as
'≥ 2019': the reference indicator's cell was 地区生产总值完成2020亿元, a level, and its 2020 was taken as the growth
to keep pace with. A level reference is now not comparable (said, with both units); a reference given as text reads
as a figure instead of crashing (references={'经济增长': '6.5%'} raised decimal.InvalidOperation)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from compliance import evaluate
from compliance.errors import InputError
from compliance.models import Quantity

TARGET = "增长与经济增长基本同步"


@pytest.mark.parametrize("reference", [Quantity(value=Decimal(2020), unit="亿元"), "2020亿元", "3.2万亿元"])
@pytest.mark.parametrize("reported", ["6.8", "5", "2100"])
def test_a_level_is_no_growth_to_keep_pace_with(reference, reported):
    v = evaluate(TARGET, reported, references={"经济增长": reference})
    assert (v.status.value, v.reason.value) == ("pending", "not_comparable")
    assert "/ %" in v.explain("zh") and v.threshold is None


@pytest.mark.parametrize("reference", ["6.5", "6.5%", 6.5, Quantity(value=Decimal("6.5"), unit="%")])
@pytest.mark.parametrize(("reported", "status"), [("6.8", "met"), ("5.5", "met"), ("5.4", "missed")])
def test_a_rate_given_as_text_or_number_is_judged_either_side(reference, reported, status):
    v = evaluate(TARGET, reported, references={"经济增长": reference})
    assert v.status.value == status  # 基本同步 of 6.5: at least 5.5 with the default tolerance


def test_a_text_that_is_no_one_figure_is_an_unknown_reference():
    v = evaluate(TARGET, "6.8", references={"经济增长": "6%-7%"})  # a range: no one rate to keep pace with
    assert (v.status.value, v.reason.value) == ("pending", "reference_unknown")


def test_an_unreadable_reference_is_a_clear_error():
    with pytest.raises(InputError, match="较快增长"):
        evaluate(TARGET, "6.8", references={"经济增长": "较快增长"})


def test_the_document_pair_no_longer_shows_the_level_as_a_threshold(tmp_path: Path):
    from compliance.cli import main

    pair = Path(__file__).parent / "documents" / "pairs" / "wuchang-2024"
    out = tmp_path / "v.json"
    main(["check", "--document", str(pair / "targets.txt"), "--outcomes", str(pair / "outcomes.txt"),
          "--period", "2024", "--format", "json", "-o", str(out)])
    text = out.read_text(encoding="utf-8")
    assert "2019" not in text and "≥ 2020" not in text


RULES = """\
plan: {{name: P, periods: ["2024"]}}
indicators:
  - id: gdp
    name: 地区生产总值
    unit: 亿元
    measure: {measure}
    role: economic_growth
    polarity: higher
    targets: {{"2024": "增长6%"}}
  - id: income
    name: 居民人均可支配收入
    unit: "%"
    polarity: higher
    targets: {{"2024": "与经济增长基本同步"}}
"""


@pytest.mark.parametrize(("measure", "gdp", "income", "status"), [
    ("rate", "6.5左右", "6.8", "met"),  # the GDP row holds its growth: the indicator's 亿元 is its level's unit
    ("rate", "6.5左右", "5.4", "missed"),
    ("rate", "6.5", "5.4", "missed"),
    ("level", "2020亿元", "6.8", "pending"),  # the GDP row holds its size: no growth to keep pace with
])
def test_in_a_rules_file_the_reference_rows_measure_decides(tmp_path: Path, measure, gdp, income, status):
    from compliance.plans.check import check
    from compliance.plans.datasets import load_dataset
    from compliance.plans.rules import load_rules

    (tmp_path / "r.yaml").write_text(RULES.format(measure=measure), encoding="utf-8")
    (tmp_path / "d.csv").write_text(f"indicator,period,reported\ngdp,2024,{gdp}\nincome,2024,{income}\n",
                                    encoding="utf-8")
    rules = load_rules(tmp_path / "r.yaml")
    data = load_dataset(tmp_path / "d.csv", [i.id for i in rules.indicators])
    verdicts = {j.indicator.id: j.verdict for j in check(rules, data, "2024")}
    assert verdicts["income"].status.value == status
