"""Custom rules: what they may use, how they are judged and explained, and where their errors point."""

from __future__ import annotations

import textwrap
from decimal import Decimal

import pytest

from compliance import Reason, Status, parse_reported
from compliance.plans.check import ALL, check
from compliance.plans.datasets import load_dataset
from compliance.errors import InputError
from compliance.judge.expr import ExpressionError, compile_expression, judge_expression, substitute
from compliance.plans.rules import load_rules

RULE = "value >= ref('gdp_growth') - 1 and value > previous"


def test_compiled_once_and_cached():
    first = compile_expression(RULE)
    assert compile_expression(RULE) is first
    assert first.names == {"value", "previous"} and first.refs == ("gdp_growth",)


@pytest.mark.parametrize(("value", "previous", "gdp", "status", "substituted"), [
    ("7.8", "5", "8.8", Status.MET, "7.8 >= 8.8 - 1 and 7.8 > 5"),
    ("2.9", "7.8", "4", Status.MISSED, "2.9 >= 4 - 1 and 2.9 > previous"),  # `and` stops at the first false
    ("7.8", "9", "8.8", Status.MISSED, "7.8 >= 8.8 - 1 and 7.8 > 9"),
], ids=lambda x: str(x))
def test_judged_with_the_values_substituted(value, previous, gdp, status, substituted):
    verdict = judge_expression(RULE, value, previous=previous, references={"gdp_growth": gdp}, indicators={"gdp_growth"})
    assert verdict.status is status and verdict.reason is Reason.MEASURED
    assert verdict.notes[0].params["substituted"] == substituted
    assert verdict.target.kind == "expr" and verdict.target.text == RULE
    assert verdict.reference.name == "gdp_growth"


def test_explained_in_both_languages():
    verdict = judge_expression(RULE, "7.8", previous="5", references={"gdp_growth": "8.8"}, indicators={"gdp_growth"})
    assert verdict.explain("en") == (
        "Rule 'value >= ref('gdp_growth') - 1 and value > previous' with the values is "
        "'7.8 >= 8.8 - 1 and 7.8 > 5', which holds: met; gdp_growth = 8.8 (source: the indicator's figure for the period)."
    )
    assert verdict.explain("zh") == (
        "规则“value >= ref('gdp_growth') - 1 and value > previous”代入数值为“7.8 >= 8.8 - 1 and 7.8 > 5”，"
        "结果成立，达标；gdp_growth 取 8.8（来源：同期指标值）。"
    )
    assert verdict.to_dict()["explanation"]["en"] == verdict.explain("en")


@pytest.mark.parametrize(("value", "previous", "refs", "reason", "missing"), [
    (None, "5", {"gdp_growth": "8"}, Reason.NO_DATA, ("reported",)),
    ("可完成", "5", {"gdp_growth": "8"}, Reason.NO_DATA, ("value",)),
    ("7.8", None, {"gdp_growth": "7"}, Reason.PREVIOUS_UNKNOWN, ("previous",)),
    ("7.8", "5", {}, Reason.REFERENCE_UNKNOWN, ("gdp_growth",)),
    ("8-9", "5", {"gdp_growth": "8"}, Reason.IMPRECISE_VALUE, ("precise",)),
    ("7.8", "5", {"gdp_growth": "<8"}, Reason.EXPRESSION_FAILED, ("reference `gdp_growth` is `<8`, not a number",)),
], ids=lambda x: str(x))
def test_pending_names_what_is_lacking(value, previous, refs, reason, missing):
    verdict = judge_expression(RULE, value, previous=previous, references=refs)
    assert verdict.status is Status.PENDING and verdict.reason is reason and verdict.missing == missing
    assert verdict.explain("en") and verdict.explain("zh")


def test_ref_finds_a_level_in_the_reported_cell():
    verdict = judge_expression("value < ref('全市平均水平')", parse_reported("2.63（市级3.12）"))
    assert verdict.status is Status.MET and verdict.reference.source == "reported"
    assert "2.63 < 3.12" in verdict.explain("en")


def test_functions_year_and_negative_values():
    assert judge_expression("abs(value - previous) <= 0.5 and year >= 2022", "3", previous="2.6", year=2022).status is Status.MET
    assert judge_expression("max(value, previous) > 5 or min(value, previous) < 0", "-2", previous="1").status is Status.MET
    verdict = judge_expression("value ** 2 >= 4", "下降2%")
    assert verdict.notes[0].params["substituted"] == "(-2) ** 2 >= 4"
    assert judge_expression("value == 3 if year > 2022 else value == 2", "2", year=2022).status is Status.MET


def test_substitute_keeps_the_rest_of_the_text():
    rule = compile_expression("  value >= ref('市级要求') * 0.9  ")
    assert substitute(rule, {"value": Decimal("5")}, {"市级要求": Decimal("6")}) == "5 >= 6 * 0.9"


# --------------------------------------------------------------------------- in a rules file


def write(tmp_path, text: str, name: str = "r.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.mark.parametrize(("expr_line", "line", "column", "said"), [
    ('    expr: "value > 1 and value.real > 0"', 6, 31, "attribute access (`.real`)"),
    ("    expr: 'value > rand()'", 6, 20, "unknown function `rand`"),
    ("    expr: value > prevous", 6, 19, "unknown name `prevous`; did you mean `previous`?"),
    ('    expr: {"2022": "value > 9**9**9"}', 6, 29, "larger than 100"),
    ("    expr: |\n      (value > 1 and\n       value < __import__('os'))", 8, 16, "names starting with `_`"),
    ("    expr: |\n      value > 1 and\n      value < 2", 7, 20, "not a valid expression"),
    ("    expr: >\n      value > 1 and\n      value < x", 8, 15, "unknown name `x`"),
    ("    expr: value >", 6, 11, "not a valid expression"),
], ids=lambda x: str(x)[:30])
def test_an_expression_error_points_at_its_place_in_the_file(tmp_path, expr_line, line, column, said):
    base = "plan: {name: P}\nindicators:\n  - id: a\n    name: A\n    polarity: higher\n"
    path = tmp_path / "r.yaml"
    path.write_text(base + expr_line + "\n", encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_rules(path)
    error = caught.value
    assert said in error.message and (error.line, error.column) == (line, column), str(error)
    assert str(error).startswith(f"{path}:{line}:{column}: `indicators[0] (a).expr")
    assert "docs/expressions.md" in str(error)
    assert text  # the file is left as written


def test_expressions_are_checked_when_the_rules_load_not_later(tmp_path):
    with pytest.raises(InputError, match="must be true or false"):
        load_rules(write(tmp_path, """\
            plan: {name: P}
            indicators:
              - {id: a, name: A, polarity: higher, expr: "value + 1"}
        """))
    with pytest.raises(ExpressionError):
        compile_expression("value + 1")


def test_expressions_in_check_by_period(tmp_path):
    rules = load_rules(write(tmp_path, """\
        plan: {name: P, periods: ["2021", "2022", "2023"]}
        indicators:
          - id: gdp_growth
            name: GDP
            polarity: higher
            measure: rate
            targets: {"2022": 6以上}
          - id: income_growth
            name: Income
            polarity: higher
            measure: rate
            expr: "value >= ref('gdp_growth') - 1 and value > previous"
          - id: beds
            name: Beds
            polarity: higher
            expr: {"2022": "value >= 5.5"}
    """))
    data_path = tmp_path / "d.csv"
    data_path.write_text(textwrap.dedent("""\
        indicator,period,reported
        gdp_growth,2021,8.8
        gdp_growth,2022,4
        income_growth,2020,6
        income_growth,2021,7.8
        income_growth,2022,2.9
        beds,2022,5.5左右
    """), encoding="utf-8")
    data = load_dataset(data_path, [i.id for i in rules.indicators])
    cells = {(j.indicator.id, j.period): j for j in check(rules, data, ALL)}
    assert sorted(p for i, p in cells if i == "income_growth") == ["2021", "2022", "2023"]
    assert cells[("income_growth", "2021")].verdict.status is Status.MET
    assert cells[("income_growth", "2021")].rule == "expr"
    assert cells[("income_growth", "2022")].verdict.status is Status.MISSED
    assert cells[("income_growth", "2023")].verdict.reason is Reason.NO_DATA
    assert cells[("beds", "2022")].verdict.status is Status.MET
    assert ("beds", "2021") not in cells
