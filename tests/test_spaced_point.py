"""A space never joins the parts of one figure, and a point ending the text keeps a Chinese numeral a number.

``2.  7`` read as 2.7 (spaces after the point were dropped with all other spaces): a target of ``2.  7``
met 2.7 exactly. A space between a figure and a point is now kept as it is between two figures (``8 9``),
so the text holds two figures (2. and 7), never one: a target is unread, a reported value ambiguous (pending).
``表一.`` read its 一 into the text (表一 as a word) where ``表一。`` and ``表一`` read the figure 1.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import compliance
from compliance.language.lexer import tokenize


@pytest.mark.parametrize("text", ["2.  7", "2. 7", "2 .7", "2． 7", "2 . 7", "2.\t7"])
def test_a_space_by_the_point_is_never_one_figure(text):
    assert tokenize(text).folded.text != "2.7"
    assert compliance.parse_target(text).kind == "unrecognized"
    v = compliance.evaluate("2.7", text)
    assert v.status.value == "pending"
    assert v.value is None


@pytest.mark.parametrize(("text", "value"), [("2.7", "2.7"), ("2．7", "2.7"), ("6.", "6"), ("6.5%", "6.5")])
def test_a_figure_without_spaces_reads_as_before(text, value):
    assert compliance.parse_reported(text).value.value == Decimal(value)


def test_either_side_of_the_threshold_with_and_without_the_space():
    assert compliance.evaluate("2.7以上", "2.7").status.value == "met"
    assert compliance.evaluate("2.7以上", "2.6").status.value == "missed"
    assert compliance.evaluate("2.7以上", "2. 7").status.value == "pending"  # not 2.7, not 2 or 7 guessed
    assert compliance.evaluate("6以上", "6. 以上").status.value == "met"  # a point then words: as 6.以上


def test_a_space_between_two_figures_still_parts_them_and_other_spaces_go():
    assert tokenize("8 9").folded.text == "8 9"
    assert tokenize("6 以上").folded.text == "6以上"
    assert tokenize("达到 市级要求").folded.text == "达到市级要求"


@pytest.mark.parametrize("text", ["表一.", "表一. ", "表一。", "表一"])
def test_a_point_ending_the_text_keeps_the_numeral(text):
    c, r = compliance.parse_target(text), compliance.parse_reported(text)
    assert (c.kind, c.value.value) == ("level", Decimal(1))
    assert [(s.role, s.text) for s in c.spans] == [("number", "一")]
    assert (r.kind, r.value.value, r.label) == ("value", Decimal(1), "表")


@pytest.mark.parametrize("text", ["一.总体要求", "附表一.说明", "表一.."])
def test_a_point_before_more_text_is_no_full_stop(text):
    assert compliance.parse_target(text).kind == "unrecognized"
