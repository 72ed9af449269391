"""A whole number of years right after a change word is a length in years (grammar._years_long, units.yaml age 年).

人均预期寿命提高1年 was unread: the lexer reads 1年 as the years a change is spread over (五年下降14.5%). It now
reads as 提高1岁 and 提高0.5年 do: a rise of at least one year.
"""

import pytest

import compliance


@pytest.mark.parametrize(
    ("target", "reported", "previous", "status"),
    [
        ("人均预期寿命提高1年", "1.2年", None, "met"),
        ("人均预期寿命提高1年", "1年", None, "met"),
        ("人均预期寿命提高1年", "0.8年", None, "missed"),
        ("人均预期寿命提高1年", "1.2岁", None, "met"),
        ("人均预期寿命提高1年", "79.2", "78", "met"),
        ("人均预期寿命提高1年", "78.5", "78", "missed"),
        ("人均预期寿命提高1年", "79.2岁", "78岁", "met"),
        ("人均预期寿命提高1年以上", "0.5年", None, "missed"),
        ("人均预期寿命比上年提高1年", "1.1", None, "met"),
        ("平均受教育年限提高1年左右", "1年", None, "met"),
        ("平均受教育年限提高1年左右", "0.5年", None, "missed"),
    ],
)
def test_a_rise_of_years_is_a_length(target: str, reported: str, previous: str | None, status: str) -> None:
    verdict = compliance.evaluate(target, reported, previous=previous)
    assert verdict.status.value == status, verdict.explain("en")


def test_read_like_years_of_age() -> None:
    years, age = compliance.parse_target("人均预期寿命提高1年"), compliance.parse_target("人均预期寿命提高1岁")
    assert years.kind == age.kind == "cumulative" and years.change == age.change == "up"
    assert years.inner.value.value == age.inner.value.value == 1 and years.years is None


def test_years_a_change_spans_stay_years() -> None:
    # 五年下降14.5%: five years, a fall of 14.5% over them
    parsed = compliance.parse_target("五年下降14.5%")
    assert parsed.kind == "cumulative" and parsed.years == 5 and parsed.inner.value.unit == "%"
    assert compliance.evaluate("五年下降14.5%", "15").status.value == "met"
    assert compliance.evaluate("五年下降14.5%", "14").status.value == "missed"
