"""负 written directly before a figure is its minus sign, as - and － are (zh.yaml numerals.minus): a reported
负2 or 增长负2% read as +2 before, so a floor below zero was "met" by a value below it and a ceiling "missed"
by a value far under it. Before anything else 负 is no sign: 负增长 stays a change verb (de12007), 负担 a word."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

import compliance
from compliance.language.lexer import NUM, tokenize
from compliance.language.lexicon import Numerals, lexicon


@pytest.mark.parametrize(("target", "reported", "status", "value"), [
    ("-1以上", "负2", "missed", -2),          # -2 is below a floor of -1
    ("-1以上", "负0.5", "met", -0.5),         # -0.5 is above it
    ("-1以上", "负1", "met", -1),             # at the floor
    ("3以下", "负5", "met", -5),              # -5 is under a ceiling of 3
    ("-6以下", "负5", "missed", -5),          # -5 is over a ceiling of -6
    ("增长-1%以上", "增长负2%", "missed", -2),
    ("增长-3%以上", "增长负2%", "met", -2),
    ("一万以上", "负2", "missed", -2),
    ("-1以上", "负二", "missed", -2),          # a Chinese numeral takes the sign too
    ("-1以上", "负零点五", "met", -0.5),
    ("-1%以上", "百分之负二", "missed", -2),
    ("-1以上", "負2", "missed", -2),          # traditional 負 folds to 负
    ("-1以上", "负.5", "met", -0.5),
])
def test_a_minus_word_makes_the_reported_figure_negative(target, reported, status, value):
    v = compliance.evaluate(target, reported)
    assert (v.status.value, v.value) == (status, value), v.explain("zh")


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("负2以上", "-1", "met"),
    ("负2以上", "-3", "missed"),
    ("增长负1%以上", "增长-0.5%", "met"),
    ("增长负1%以上", "增长-1.5%", "missed"),
    ("负1到1", "-0.5", "met"),
    ("负1到1", "-1.5", "missed"),
])
def test_a_minus_word_in_a_target_makes_its_threshold_negative(target, reported, status):
    v = compliance.evaluate(target, reported)
    assert v.status.value == status, v.explain("zh")


@pytest.mark.parametrize("target", ["-1以上", "3以下", "增长-1%以上", "增长6%", "下降3%", "-2到2", "0以上", "6左右"])
@pytest.mark.parametrize("reported", ["-2", "-0.5", "增长-2%", "-1", "-3.25", "比上年增长-4.1%"])
def test_a_minus_word_reads_as_the_minus_sign(target, reported):
    """The same text with 负 in place of - gets the same verdict, value, threshold and margin."""
    with_sign = compliance.evaluate(target, reported)
    with_word = compliance.evaluate(target, reported.replace("-", "负", 1))
    assert (with_word.status, with_word.value, with_word.threshold, with_word.gap) == (
        with_sign.status, with_sign.value, with_sign.threshold, with_sign.gap)


def test_the_explanation_says_the_negative_figure():
    text = compliance.evaluate("-1以上", "负2").explain("zh")
    assert "读作 -2" in text and "未达标" in text


@pytest.mark.parametrize(("target", "reported", "status", "value"), [
    ("增长-1%以上", "负增长2%", "missed", -2),   # de12007: 负增长 is a change down, not a sign before 增长
    ("下降3%", "负增长2%", "missed", 2),
    ("下降1%", "负增长2%", "met", 2),
])
def test_negative_growth_stays_a_change_verb(target, reported, status, value):
    v = compliance.evaluate(target, reported)
    assert (v.status.value, v.value) == (status, value), v.explain("zh")


def test_minus_only_directly_before_a_figure():
    numbers = [t.value for t in tokenize("负担2万亿元").items if t.kind == NUM]
    assert numbers == [2]  # 负担 is a word, not a sign
    assert [t.means("change") for t in tokenize("负增长2%").items if t.means("change")] == ["down"]
    assert all(t.value != 2 for t in tokenize("负-2").items if t.kind == NUM)  # not a double sign read as 2
    assert [t.value for t in tokenize("负2-负1").items if t.kind == NUM] == [-2, -1]


def test_a_minus_word_may_not_begin_as_a_figure():
    numerals = lexicon().numerals.model_dump()
    for word in ("一", "3", "-", "点"):
        with pytest.raises(ValidationError):
            Numerals.model_validate({**numerals, "minus": [word]})
    assert Numerals.model_validate({**numerals, "minus": ["负", "负数"]}).minus == ("负", "负数")
