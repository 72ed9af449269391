"""The grammar's guards (language/grammar.py ``TARGET_GUARDS``) change no reading.

A guard says when a form may read a phrase, so that the forms that would decline are not tried. Each
guard must be a necessary condition of its form: wherever a guard says no, the form itself declines
(checked by trying the form anyway, at every phrase the grammar reads, nested ones included), and the
guarded grammar reads every text exactly as the unguarded one (the same model, field by field) -- over
every target of the real corpus, the seed, and generated phrases of the lexicon's own words, numbers
of every kind (years, negatives, ranges, Chinese numerals, full-width digits, exponents), brackets and
marks.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance import models as m
from compliance.language import grammar
from compliance.language.items import Item, Reader, features, trim
from compliance.language.lexicon import lexicon
from compliance.language.several import read_target_text

CORPUS = Path(__file__).resolve().parent / "corpus"


def _corpus_targets() -> list[str]:
    texts: list[str] = []
    with open(CORPUS / "targets.tsv", encoding="utf-8", newline="") as handle:
        texts += [row["text"].replace("\\n", "\n") for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)]
    with open(CORPUS / "outcomes.tsv", encoding="utf-8", newline="") as handle:
        texts += [row["target"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                  if row["target"] not in ("", "-")]
    return texts


def _seed_targets() -> list[str]:
    from compliance.plans.rules import load_rules  # the seed's own targets

    rules = load_rules(Path(__file__).resolve().parents[1] / "rules" / "haidian-2022.yaml")
    texts: list[str] = []
    for indicator in rules.indicators:
        for targets in indicator.targets.values():
            texts += [str(t) for t in (targets if isinstance(targets, list) else [targets])]
    return texts


class _Checking(Reader):
    """A reader that, at every phrase it reads, tries each form its guard skips: each must decline."""

    skipped: list[str]

    def target(self, items: Sequence[Item]) -> m.Constraint | None:
        phrase = trim(items)
        if phrase:
            held, text = features(phrase), self.text_of(phrase)
            for form, guard in grammar.TARGET_GUARDS:
                if not guard.allows(held, phrase):
                    found = form(self, list(phrase), text)
                    assert found is None, f"{form.__name__} reads {text!r} though its guard skips it: {found!r}"
                    self.skipped.append(form.__name__)
        return super().target(items)


def _unguarded(text: str) -> m.Constraint:
    grammar.GUARDED = False
    try:
        return read_target_text(text)
    finally:
        grammar.GUARDED = True


def _check(text: str) -> list[str]:
    """The guards are sound on ``text`` and change nothing in its reading; the forms they skipped."""
    from compliance.language.items import group
    from compliance.language.lexer import tokenize

    tokens = tokenize(text)
    checking = _Checking(tokens, grammar.TARGET_FORMS, grammar.TARGET_GUARDS)
    checking.skipped = []
    checking.target(group(tokens.items))
    guarded, unguarded = read_target_text(text), _unguarded(text)
    assert guarded == unguarded, text
    assert repr(guarded) == repr(unguarded), text  # Decimal exponents and field order too
    return checking.skipped


def test_the_guards_change_no_reading_of_the_corpus():
    texts = _corpus_targets()
    assert len(texts) > 450
    skipped = [name for text in texts for name in _check(text)]
    assert len(skipped) > 5 * len(texts)  # the guards do skip forms: the check is not empty


def test_the_guards_change_no_reading_of_the_seed():
    texts = _seed_targets()
    assert texts
    for text in texts:
        _check(text)


def test_a_common_target_skips_the_forms_that_cannot_read_it():
    assert "sentence" in _check("6以上") and "reference" in _check("6以上")
    assert "numeric" not in _check("6以上")  # the form that reads it is tried


# --------------------------------------------------------------------------- generated phrases


def _words() -> list[str]:
    return sorted({claim.word for claim in lexicon().claims()})


NUMBERS = [
    "6", "35", "3.2", "0", "-2", "+5", "−3", "-0.5", "2025", "2025年", "２０２５", "１２.５", "8-9", "5%至5.5%", "7-7.5%",
    "十二", "三点五", "百分之六", "二〇二五年", "一万二千", "五年", "1e3", "0.7e1", "1,000", "12万", "1.4万亿", "3个百分点",
    "313.2", "99.99%", "5‰", "〔18〕",
]
PLAIN = ["地区生产总值", "市级", "居民", "PM2.5", "优良水体比例", "且", "的", "亩", "年均", "比", "较上年", "全市"]
MARKS = ["，", "、", "：", "；", "（", "）", "(", ")", "〔", "〕", "“", "”", " ", "\n", "。"]


@st.composite
def phrases(draw: st.DrawFn) -> str:
    pieces = st.one_of(
        st.sampled_from(_words()), st.sampled_from(NUMBERS), st.sampled_from(PLAIN), st.sampled_from(MARKS),
        st.decimals(min_value=-10**6, max_value=10**6, places=2, allow_nan=False, allow_infinity=False).map(str),
    )
    return "".join(draw(st.lists(pieces, min_size=1, max_size=7)))


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(phrases())
def test_the_guards_change_no_reading_of_generated_phrases(text):
    _check(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_words()), max_size=2),
    st.sampled_from(NUMBERS) | st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
    st.lists(st.sampled_from(_words()), max_size=2),
)
def test_the_guards_change_no_reading_of_a_number_with_words(before, number, after):
    _check("".join(before) + number + "".join(after))


def _every_form_has_a_guard() -> Iterator[str]:
    guarded = {form for form, _ in grammar.TARGET_GUARDS}
    return (form.__name__ for form in grammar.TARGET_FORMS if form not in guarded)


def test_every_form_of_the_table_has_a_guard():
    assert list(_every_form_has_a_guard()) == []


def test_a_form_without_a_guard_is_always_tried(monkeypatch):
    seen: list[str] = []

    def spy(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
        seen.append(text)
        return None

    monkeypatch.setattr(grammar, "TARGET_FORMS", (spy, *grammar.TARGET_FORMS))
    assert grammar.parse_target_text("6以上").kind == "bound"
    assert seen == ["6以上"]


@pytest.mark.parametrize("text", ["6以上", "达到市级要求（3.2）", "年均增长5%", "7.2（调整为5.5）", "好好干"])
def test_unguarded_reading_is_the_same(text):
    assert read_target_text(text) == _unguarded(text)
