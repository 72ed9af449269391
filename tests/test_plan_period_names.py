"""A plan period's name (“十四五”, “十三五”, “十一五”) is no figure: its run of Chinese numerals is no numeral (十四五 has
two digits in a row after 十), and the 四五 after the 十 was read digit by digit as 45 (language/lexer.py). So
“十四五”期间新增就业 met 城镇新增就业5万人 with 45万人, and “十三五”期间森林覆盖率稳步提高 missed 森林覆盖率达到60% with 35.
The figures the sentence does give are still read, either side of the target."""

from __future__ import annotations

import pytest

import compliance
from compliance.language.lexer import NUM, tokenize


@pytest.mark.parametrize("text", ["“十四五”期间新增就业", "“十三五”期间森林覆盖率稳步提高", "「十一五」规划", "万一"])
def test_a_failed_numeral_run_is_no_figure(text):
    assert not [token for token in tokenize(text).items if token.kind == NUM]


@pytest.mark.parametrize(("target", "reported"), [
    ("城镇新增就业5万人", "“十四五”期间新增就业"),
    ("森林覆盖率达到60%", "“十三五”期间森林覆盖率稳步提高"),
    ("人均预期寿命达到80岁", "“十四五”期间人均预期寿命不断提高"),
])
def test_a_plan_period_name_judges_nothing(target, reported):
    assert compliance.evaluate(target, reported).status.value == "pending"


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("城镇新增就业50万人", "“十四五”期间城镇新增就业52万人", "met"),
    ("城镇新增就业55万人", "“十四五”期间城镇新增就业52万人", "missed"),
    ("森林覆盖率达到60%", "“十三五”期间森林覆盖率提高到61%", "met"),
    ("森林覆盖率达到62%", "“十三五”期间森林覆盖率提高到61%", "missed"),
])
def test_the_sentences_own_figures_still_judge(target, reported, status):
    assert compliance.evaluate(target, reported).status.value == status


@pytest.mark.parametrize(("text", "value"), [("十五", 15), ("一万二千", 12000), ("二〇三五", 2035), ("三〇", 30)])
def test_numerals_read_as_before(text, value):
    assert [token.value for token in tokenize(text).items if token.kind == NUM] == [value]
