"""Exactness under hostile numbers (issue 12, item 4 and the number cases of item 5).

Each test judges values on both sides of the threshold, so a reading that loses exactness (a float,
a rounding at 28 digits, an exponent read as a unit) fails it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from compliance import Reason, Status, evaluate, parse_reported, parse_target
from compliance.errors import InputError
from compliance.judge.expr import ExpressionError, compile_expression, judge_expression

# --------------------------------------------------------------------------- e-notation


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("6以上", "0.7e1", Status.MET),  # 7, not 0.7 with the unit "e1"
    ("6以上", "0.5e1", Status.MISSED),
    ("1e3以上", "500", Status.MISSED),  # 1000, not 1 with the unit "e3"
    ("1e3以上", "1500", Status.MET),
    ("6以上", "6E0", Status.MET),
    ("0.1以下", "1e-2", Status.MET),
    ("0.1以下", "1e-0", Status.MISSED),
])
def test_e_notation_is_a_number_never_a_unit(target, reported, status):
    verdict = evaluate(target, reported)
    assert verdict.status is status, verdict.explain("en")
    assert parse_reported(reported).value.unit is None


def test_e_notation_beyond_the_range_is_refused_not_read_as_a_unit():
    for text in ("1e99999", "2E-5000"):
        assert parse_reported(text).kind == "unrecognized"
        assert evaluate("6以上", text).reason is Reason.UNRECOGNIZED
    assert parse_target("1e99999以上").kind == "unrecognized"


# --------------------------------------------------------------------------- custom rules


@pytest.mark.parametrize(("rule", "reported", "status"), [
    # the literal is 5.99999999999999999999, not the float 6.0
    ("value >= 5.99999999999999999999", "5.999999999999999999995", Status.MET),
    ("value >= 5.99999999999999999999", "5.99999999999999999998", Status.MISSED),
    # 1e-400 is not 0
    ("value >= 1e-400", "0", Status.MISSED),
    ("value >= 1e-400", "1e-399", Status.MET),
    ("value + 1e-30 > 1", "1", Status.MET),  # exact at more than 28 digits
    ("value + 1e-30 > 1", "0.999999999999999999999999999999", Status.MISSED),
    ("value > 1_000.5", "1000.6", Status.MET),
    ("value > 1_000.5", "1000.4", Status.MISSED),
])
def test_rule_literals_are_exact_decimals(rule, reported, status):
    assert judge_expression(rule, reported).status is status


@pytest.mark.parametrize(("reported", "status"), [
    ("1e28", Status.MET),
    ("20000000000000000000000000000000.4", Status.MET),
    ("9999999999999999999999999999.4", Status.MISSED),  # rounds to 28 nines, below 1e28
])
def test_round_of_huge_values_is_exact(reported, status):
    verdict = judge_expression("round(value) >= 1e28", reported)
    assert verdict.status is status and verdict.reason is Reason.MEASURED
    assert judge_expression("round(value, 10) >= 1e28", reported).status is status


@pytest.mark.parametrize(("reported", "status", "reason"), [
    ("0", Status.PENDING, Reason.EXPRESSION_FAILED),  # 0 ** -1 is Infinity in decimal arithmetic: never met
    ("2", Status.MET, Reason.MEASURED),
    ("4", Status.MISSED, Reason.MEASURED),
])
def test_negative_power_at_zero_is_not_met(reported, status, reason):
    verdict = judge_expression("value ** -1 > 0.4", reported)
    assert (verdict.status, verdict.reason) == (status, reason)


@pytest.mark.parametrize(("rule", "column"), [
    ("value and True", 1),
    ("True and value", 10),
    ("value > 1 and value", 15),
    ("not value", 5),
    ("value > 1 or (value - 1)", 15),
    ("value if value > 1 else False", 1),
    ("True if value else False", 9),
])
def test_a_rule_of_numbers_read_as_true_or_false_is_refused_at_its_position(rule, column):
    with pytest.raises(ExpressionError, match="must be true or false") as caught:
        compile_expression(rule)
    assert caught.value.column == column


def test_rules_of_comparisons_joined_by_logic_are_accepted():
    rule = "value > 1 and not (value > 5) or (True if value > 9 else False)"
    assert judge_expression(rule, "3").status is Status.MET
    assert judge_expression(rule, "7").status is Status.MISSED
    assert judge_expression(rule, "10").status is Status.MET


# --------------------------------------------------------------------------- huge and odd inputs


def test_a_million_digits_is_unreadable_not_an_overflow():
    verdict = evaluate("6以上", "1" * 1_000_000)
    assert verdict.status is Status.PENDING and verdict.reason is Reason.UNRECOGNIZED
    assert evaluate("6以上", "1" * 999).status is Status.MET  # a thousand digits still read
    assert evaluate("6以上", "0." + "0" * 990 + "1").status is Status.MISSED


def test_thousands_of_chinese_digits_do_not_raise():
    assert parse_reported("一" * 4301).kind == "unrecognized"
    assert parse_reported("十" * 16_000).kind == "unrecognized"  # one piece of text, read once
    assert evaluate("6以上", "七" * 3).status is Status.MET  # 777, digit by digit
    assert evaluate("1000以上", "九" * 3).status is Status.MISSED


@pytest.mark.parametrize(("reported", "status"), [
    ("13999.99999999999999999999999999个", Status.MISSED),  # rounded at 28 digits it was 1.4万
    ("14000个", Status.MET),
    ("14000.00000000000000000000000001个", Status.MET),
])
def test_unit_conversion_keeps_every_digit(reported, status):
    assert evaluate("1.4万个以上", reported).status is status


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("5%以上", "60‰", Status.MET),  # 6%
    ("5%以上", "40‰", Status.MISSED),
    ("6‰以下", "0.5%", Status.MET),  # 5‰
    ("6‰以下", "0.7%", Status.MISSED),
])
def test_per_mille_converts_to_per_cent(target, reported, status):
    verdict = evaluate(target, reported)
    assert verdict.status is status and verdict.reason is Reason.MEASURED


@pytest.mark.parametrize("infinite", [float("inf"), float("-inf"), Decimal("Infinity")])
def test_infinity_is_said_as_infinity_not_nan(infinite):
    verdict = evaluate("6以上", infinite)
    assert verdict.status is Status.PENDING and verdict.reason is Reason.UNRECOGNIZED
    assert "inf" in verdict.explain("en") and "NaN" not in verdict.explain("en")
    assert evaluate("6以上", float("nan")).reason is Reason.NO_DATA  # NaN is pandas' missing cell


@pytest.mark.parametrize("flag", [True, False])
def test_true_or_false_is_a_clear_input_error(flag):
    with pytest.raises(InputError, match="not true/false"):
        evaluate("6以上", flag)
    with pytest.raises(InputError, match="not true/false"):
        evaluate(flag, "6")
    assert evaluate("6以上", int(flag) + 6).status is Status.MET


# --------------------------------------------------------------------------- periods in other digits

RULES = """plan:
  name: t
  periods: ["2022"]
indicators:
  - id: a
    name: A
    unit: "%"
    polarity: higher
    targets:
      "2022": "6以上"
"""


@pytest.mark.parametrize("period", ["２０２２", "٢٠٢٢", "2022年", "２０２２年"])
@pytest.mark.parametrize(("reported", "status"), [("7", Status.MET), ("5", Status.MISSED)])
def test_a_period_in_full_width_digits_is_the_same_period(tmp_path, period, reported, status):
    from compliance.plans.check import check
    from compliance.plans.datasets import load_dataset
    from compliance.plans.rules import load_rules

    (tmp_path / "rules.yaml").write_text(RULES, encoding="utf-8")
    (tmp_path / "data.csv").write_text(f"indicator,period,reported\na,{period},{reported}\n", encoding="utf-8")
    data = load_dataset(tmp_path / "data.csv", ["a"])
    assert data.periods == ("2022",)  # never a period of its own whose value is silently dropped
    (judgement,) = check(load_rules(tmp_path / "rules.yaml"), data, "2022")
    assert judgement.verdict.status is status


def test_a_text_past_the_limit_is_unreadable_at_once():
    from compliance.judge.inputs import MAX_TEXT

    assert evaluate("6以上", "7" + " " * (MAX_TEXT - 1)).status is Status.MET  # at the limit: read
    assert evaluate("6以上", "7" + " " * MAX_TEXT).reason is Reason.UNRECOGNIZED  # past it: not parsed at all
    assert parse_target("6以上" + " " * MAX_TEXT).kind == "unrecognized"
    assert evaluate("6以上", "中" * 1_000_000).reason is Reason.UNRECOGNIZED
