"""The fast path of the public functions (compliance/judge/memo.py): bounded caches of readings, per
lexicon, and plain numbers read without the grammar into the very model the grammar builds."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from compliance import evaluate, parse_reported, parse_target
from compliance.judge import memo
from compliance.judge.inputs import read_reported as grammar_reported
from compliance.language.normalize import FOLD_CACHE
from compliance.language.overlay import overlay

PLAIN_TEXTS = ["4", "0", "-0", "0.5", "-12.50", "99.7", "313.2", "1000000", "123456789012345678901234567.5"]


@pytest.mark.parametrize("text", PLAIN_TEXTS)
def test_a_plain_number_is_read_as_the_grammar_reads_it(text):
    fast = memo.plain_value(text)
    assert fast is not None
    assert fast == grammar_reported(text)
    assert repr(fast) == repr(grammar_reported(text))  # field by field, Decimal exponents included


@given(st.decimals(allow_nan=False, allow_infinity=False, places=3, min_value=-10**9, max_value=10**9))
def test_any_plain_decimal_is_read_as_the_grammar_reads_it(value):
    text = format(value, "f")
    fast = memo.plain_value(text)
    assert fast is not None, text
    assert repr(fast) == repr(grammar_reported(text))


@pytest.mark.parametrize("text", ["4%", "1e3", "007", "+3", "1,000", "４", " 4", "4.", ".5", "35左右", "8-9", "1" * 40])
def test_anything_else_goes_through_the_grammar(text):
    assert memo.plain_value(text) is None
    assert parse_reported(text) == grammar_reported(text)


def test_a_reading_is_shared_and_cannot_be_changed():
    parse_target("6以上")
    first, again = parse_target("6以上"), parse_target("6以上")
    assert first is again  # kept at its second sight, answered by the cache at the third
    with pytest.raises(ValidationError):
        first.op = "le"  # type: ignore[misc]  # frozen: sharing is safe


def test_cached_readings_judge_as_fresh_ones():
    for _ in range(2):  # the second round reads from the caches
        assert evaluate("6以上", "5.99").status.value == "missed"
        assert evaluate("6以上", "6").status.value == "met"
        assert evaluate("6以上", 6.01).status.value == "met"
        assert evaluate("控制在3%以内", "3.01").status.value == "missed"
        assert evaluate("控制在3%以内", "3").status.value == "met"


def test_the_caches_are_bounded():
    memo.clear()
    for i in range(memo.MAXSIZE + 500):
        for _ in range(2):  # a text is kept at its second sight
            parse_target(f"{i}以上")
            parse_reported(f"{i}.5")
    sizes = memo.info()
    assert sizes["targets"]["currsize"] == memo.MAXSIZE
    assert sizes["reported"]["currsize"] == memo.MAXSIZE
    assert parse_target("3以上").kind == "bound"  # an evicted reading is read again, the same


def test_a_text_seen_once_is_read_and_not_kept():
    memo.clear()
    readings = [parse_target(f"{i}.25以上") for i in range(1000)]
    assert memo.info()["targets"]["currsize"] == 0
    assert memo.info()["targets"]["misses"] == 1000  # each read by the grammar
    assert readings[7] == parse_target("7.25以上") and readings[7] is not parse_target("7.25以上")
    assert evaluate("7.25以上", "7.2").status.value == "missed" and evaluate("7.25以上", "7.25").status.value == "met"


def test_texts_seen_once_leave_nothing_for_the_garbage_collector():
    import gc

    memo.clear()
    for i in range(200):  # every cache's structures built
        evaluate(f"{i}.5以上", f"{i}.75")
    gc.collect()
    before = {id(o) for o in gc.get_objects()}
    for i in range(3000):
        evaluate(f"{i}.5左右", f"{i}.25")  # distinct targets, figures and verdicts
    gc.collect()
    left = [type(o).__name__ for o in gc.get_objects() if id(o) not in before]
    # about six tracked objects a reading, were the readings kept; the fold cache keeps a named tuple a text (a
    # tuple's subclass is never untracked), bounded by its size
    assert len(left) - left.count("Folded") < 500
    assert left.count("Folded") <= FOLD_CACHE


def test_a_text_in_use_stays_kept_through_a_stream_of_distinct_ones():
    memo.clear()
    parse_target("6以上")
    kept = parse_target("6以上")
    for i in range(5 * memo.MAXSIZE):
        parse_target(f"{i}.5以上")
        assert parse_target("6以上") is kept


def test_an_overlay_has_its_own_readings():
    assert parse_target("起码6").kind == "level"  # cached for the shipped lexicon
    with overlay({"comparators": {"before": {"ge": ["起码"]}}}):
        inside = parse_target("起码6")
        assert (inside.kind, inside.op) == ("bound", "ge")
        assert evaluate("起码6", "5.9").status.value == "missed"
        assert evaluate("起码6", "6").status.value == "met"
    assert parse_target("起码6").kind == "level"  # the overlay's reading did not leak


def test_a_number_target_reads_as_its_text():
    assert evaluate(6, "5.9").status.value == "missed"
    assert evaluate(Decimal(6), "6").status.value == "met"
    parse_target("6")
    assert parse_target("6") is memo.read_target("6")


def test_a_remembered_verdict_is_the_same_verdict():
    memo.clear()
    once = evaluate("6以上", "5.99")
    first = evaluate("6以上", "5.99")  # kept at its second sight
    assert evaluate("6以上", "5.99") is first and first == once  # remembered
    assert first.status.value == "missed"
    assert evaluate("6以上", "6.01").status.value == "met"
    assert memo.info()["verdicts"]["hits"] >= 1


def test_the_verdict_key_holds_each_input_and_its_type():
    as_text, as_int, as_float = evaluate("6以上", "6"), evaluate("6以上", 6), evaluate("6以上", 6.0)
    assert as_text.reported.spans and not as_int.reported.spans  # read differently, so kept apart
    assert as_float.reported.text == "6.0" and as_int.reported.text == "6"
    assert {v.status.value for v in (as_text, as_int, as_float)} == {"met"}
    # tolerance, polarity, previous change the verdict: each is part of the key
    assert evaluate("6左右", "5.8").status.value == "met"  # 5% below 6 is 5.7
    assert evaluate("6左右", "5.8", tolerance="1%").status.value == "missed"  # 1% below 6 is 5.94
    assert evaluate("6左右", "5.8", tolerance=0.5).status.value == "met"
    assert evaluate("6", "7", polarity="lower").status.value == "missed"
    assert evaluate("6", "7", polarity="higher").status.value == "met"
    assert evaluate("逐步增加", "1.75", previous="0.88").status.value == "met"
    assert evaluate("逐步增加", "1.75", previous="2").status.value == "missed"


def test_references_are_never_remembered():
    assert evaluate("达到市级要求", "63.7", references={"市级要求": 62}).status.value == "met"
    assert evaluate("达到市级要求", "63.7", references={"市级要求": 64}).status.value == "missed"


def test_an_overlay_has_its_own_verdicts():
    assert evaluate("起码6", "7", polarity="lower").status.value == "missed"  # a level: at most 6
    with overlay({"comparators": {"before": {"ge": ["起码"]}}}):
        assert evaluate("起码6", "7", polarity="lower").status.value == "met"  # at least 6
        assert evaluate("起码6", "5.9", polarity="lower").status.value == "missed"
    assert evaluate("起码6", "7", polarity="lower").status.value == "missed"


def test_the_verdicts_are_bounded():
    memo.clear()
    for i in range(memo.MAXSIZE + 100):
        evaluate("6以上", i)
        evaluate("6以上", i)
    assert memo.info()["verdicts"]["currsize"] == memo.MAXSIZE
    assert evaluate("6以上", 0).status.value == "missed" and evaluate("6以上", 7).status.value == "met"
