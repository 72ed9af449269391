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


# --------------------------------------------------------------------------- the numeric phrase


def _shape_before(r: Reader, items: list[Item]):  # noqa: ANN202 -- read_shape as it was written before it was made lean
    """``shape.read_shape`` before it read by index instead of popping a copy (the reference it must equal)."""
    from compliance.language.items import is_a, is_kind, op
    from compliance.language.lexer import NUM, TEXT, WORD, Token
    from compliance.language.shape import _MAX_UNIT, Shape
    from compliance.language.units import info

    def with_unit(items: list[Item]) -> Token:
        number = items.pop(0)
        assert isinstance(number, Token)
        unit = items[0] if items else None
        ends = all(is_kind(rest, WORD) for rest in items[1:])
        known = number.unit is not None and info(number.unit).dimension not in ("", number.unit)
        if isinstance(unit, Token) and unit.kind == TEXT and len(unit.text) <= _MAX_UNIT and ends and not known:
            items.pop(0)
            return Token(NUM, number.start, unit.end, number.text + unit.text, value=number.value,
                         unit=(number.unit or "") + unit.text)
        return number

    items = list(items)
    labels: list[Item] = []
    while items and (
        is_kind(items[0], TEXT) or len(items) > 1 and is_a(items[0], "action") and is_kind(items[1], TEXT)
    ):
        labels.append(items.pop(0))
    label = r.text_of(labels) if labels else None
    remarks = tuple(r.span(item, "label") for item in labels)
    ops: list = []
    spans: tuple = ()
    reach = approx = False
    while items and is_kind(items[0], WORD):
        word = items.pop(0)
        before = op(word, "op_before")
        if before:
            ops.append(before)
            spans += (r.span(word, "comparator"),)
        elif is_a(word, "reach"):
            reach = True
            spans += (r.span(word, "reach"),)
        elif is_a(word, "approx_before"):
            approx = True
            spans += (r.span(word, "approx"),)
        elif is_a(word, "hedge"):
            remarks += (r.span(word, "hedge"),)
        else:
            return None
    if not items or not is_kind(items[0], NUM):
        return None
    shape = Shape(with_unit(items), ops=ops, reach=reach, approx=approx, label=label, remarks=remarks)
    shape.spans = spans + (r.span(shape.low, "number"),)
    if len(items) >= 2 and is_a(items[0], "rsep") and is_kind(items[1], NUM):
        separator = items.pop(0)
        shape.high = with_unit(items)
        shape.spans += (r.span(separator, "range"), r.span(shape.high, "number"))
    for word in items:
        if not is_kind(word, WORD):
            return None
        after = op(word, "op_after")
        if after:
            shape.ops.append(after)
            shape.spans += (r.span(word, "comparator"),)
        elif is_a(word, "approx_after"):
            shape.approx = True
            shape.spans += (r.span(word, "approx"),)
        else:
            return None
    return shape


def _same_shapes(text: str) -> None:
    from compliance.language.items import Group, group
    from compliance.language.lexer import tokenize
    from compliance.language.shape import read_shape

    tokens = tokenize(text)
    reader = Reader(tokens)
    runs: list[list[Item]] = [group(tokens.items)]
    while runs:
        items = runs.pop()
        runs += [list(item.items) for item in items if isinstance(item, Group)]
        for start in range(len(items)):  # every tail: the forms read a shape after their own words
            tail = items[start:]
            assert read_shape(reader, tail) == _shape_before(reader, tail), text


def test_the_numeric_phrase_reads_as_before_on_the_corpus():
    for text in _corpus_targets():
        _same_shapes(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(phrases())
def test_the_numeric_phrase_reads_as_before_on_generated_phrases(text):
    _same_shapes(text)


# --------------------------------------------------------------------------- folding and units


def _fold_before(source: str):  # noqa: ANN202 -- fold as it was written before its fast path
    import unicodedata

    from compliance.language import normalize

    table = normalize._table()
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(source):
        if char.isspace():
            # a space between two figures, or a figure and a point, is kept (2. 7 is not 2.7: test_spaced_point.py)
            if chars and (chars[-1].isdigit() or chars[-1] == ".") and normalize._next_is_digit(source, index, point=True):
                chars.append(" ")
                origin.append(index)
            elif chars and chars[-1].isdigit() and char in "\n\r" and normalize._next_is_signed(source, index):
                chars.append(" ")  # a minus at a line's start after a figure (bdca6e1): a cell's sign, never a dash
                origin.append(index)
            continue
        folded = normalize.nfkc(char).translate(table) if ord(char) > 0x7F else char  # a footnote mark (①) folds to none
        if char in normalize._RAISED and chars and chars[-1].isdigit():  # 5²: set apart from the figure (s27)
            chars.append(" ")
            origin.append(index)
        for piece in folded:
            if piece.isspace():
                continue
            chars.append(piece)
            origin.append(index)
    return "".join(chars), tuple(origin)


def test_folding_is_the_same_on_every_character_of_the_basic_plane():
    from compliance.language.normalize import fold_once

    for code in range(0x10000):
        text = "6" + chr(code) + "7" + chr(code)
        folded = fold_once(text)
        assert (folded.text, folded.origin) == _fold_before(text), hex(code)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(["６", "以", "上", "（", "）", "　", " ", "\n", "−", "﹣", "萬", "億", "½", "¨", "ﬁ",
                                          "3", ".", "%", "％", "A", "Ａ", "\u0301", "\t", "\u3000"]), max_size=12))
def test_folding_is_the_same_on_mixed_text(text):
    from compliance.language.normalize import fold_once

    folded = fold_once(text)
    assert (folded.text, folded.origin) == _fold_before(text)


def test_the_lexer_folds_a_text_of_known_characters_as_fold_does(monkeypatch):
    """``tokenize`` takes a text of characters seen to fold to themselves as its own folding (no translate): the same
    Folded as ``fold_once`` on every character of the basic plane, each seen first (learned) and then again (known),
    alone and among others; a character that folds to another or to none is never learned; the set is bounded."""
    from compliance.language import lexer
    from compliance.language.normalize import fold_once

    monkeypatch.setattr(lexer, "_KEPT", set())
    for code in range(0x10000):
        text = "6" + chr(code) + "以上" + chr(code)
        for _ in range(2):  # learned from the first, taken as known (or not) by the second
            assert lexer.tokenize(text).folded == fold_once(text), hex(code)
    assert not lexer._KEPT & {"　", " ", "\n", "（", "萬", "６", "−"}
    assert {"6", "以", "上", "(", "万"} <= lexer._KEPT
    monkeypatch.setattr(lexer, "KEPT_CHARACTERS", 3)
    monkeypatch.setattr(lexer, "_KEPT", set())
    for text in ("6以上", "7左右", "8万人", "6以上"):
        assert lexer.tokenize(text).folded == fold_once(text)
        assert len(lexer._KEPT) <= 3 + len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(["６", "以", "上", "（", "）", "　", " ", "\n", "萬", "3", ".", "%", "％", "Ａ"]),
               max_size=10))
def test_the_lexer_folds_mixed_text_as_fold_does(text):
    from compliance.language.lexer import tokenize
    from compliance.language.normalize import fold_once

    for _ in range(2):
        assert tokenize(text).folded == fold_once(text)


def test_a_space_kept_between_figures_is_not_learned_as_folding_to_itself():
    from compliance.language import lexer
    from compliance.language.normalize import fold_once

    for text in ("3 .5", "8 9", " ", "3 ", "6以上 "):  # the space parts two figures in the first two, and only there
        assert lexer.tokenize(text).folded == fold_once(text)
    assert " " not in lexer._KEPT


_QUICK_SAMPLE = [
    "2500.75以上", "不低于6", "控制在3%以内", "净减1.2平方公里", "6", "<6", ">6", "增长6%左右", "累计5000左右", "6万人",
    "6.5.以上", "6.以上", "6%.", "2025年", "1.5年", "1,000以上", "6e3以上", "6e以上", "达到63.7", "约6", "6左右以上",
    "地区生产总值6", "6亩", "6平方公里以上", "负6以上", "6以上。", "6 以上", "６以上", "不超过6‰", "增长6", "经济增长6",
    "年均增长6%", "年均6以上", "地区生产总值增长6%左右", "人均GDP6", "全市、全区6", "年均增加值6", "优良水体比例达到62.5",
    "一般6", "约束性6", "（年均）增长6%", "年均 增长6%",
]


def _reads_alike(text: str) -> None:
    """The quick reader of one-figure texts gives _scan's tokens, or leaves the text to it."""
    from compliance.language.lexer import _quick, _scan
    from compliance.language.normalize import fold_once

    folded = fold_once(text).text
    quick = _quick(folded)
    assert quick is None or quick == _scan(folded), text


def test_the_quick_reader_gives_the_scan_s_tokens():
    read = 0
    for text in _QUICK_SAMPLE + _corpus_targets() + _seed_targets():
        _reads_alike(text)
        read += _quick_reads(text)
    assert read > 40  # most of the sample and many corpus targets are read quickly


def _quick_reads(text: str) -> bool:
    from compliance.language.lexer import _quick
    from compliance.language.normalize import fold_once

    return _quick(fold_once(text).text) is not None


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(phrases())
def test_the_quick_reader_gives_the_scan_s_tokens_on_generated_phrases(text):
    _reads_alike(text)


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.sampled_from(_words() + PLAIN + MARKS), max_size=2),
    st.sampled_from(NUMBERS) | st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str)
    | st.integers(min_value=0, max_value=10**20).map(str),
    st.lists(st.sampled_from(_words() + PLAIN + MARKS + ["%", "‰", ".", "年", "e", ","]), max_size=2),
)
def test_the_quick_reader_gives_the_scan_s_tokens_on_a_figure_with_words(before, number, after):
    _reads_alike("".join(before) + number + "".join(after))


def test_the_quick_reader_takes_only_words_the_scan_reads_whole():
    from compliance.language.lexer import _quick_words

    words = {
        "以上": (("op_after", "ge"),), "PM": (("hedge", ""),), "PM2.5": (("level_label", ""),), "增加值": (("plain", ""),),
        "市级要求": (("ref", "市级要求"),), "完成": (("complete", ""), ("ref", "x")), "负增长": (("change", "down"),),
        "（注）": (("gloss", ""),), "与": (("hedge", ""),), "约": (("approx_before", ""),),
    }
    taken = _quick_words(words, frozenset({"负", "（", " "}), frozenset({"与"}))
    assert taken == {"以上", "PM2.5", "约"}  # PM: a longer word goes on with a digit; the rest begin or mean otherwise
    assert _quick_words(words, frozenset(), None) == frozenset()  # the patterns' first characters unknown: none


def test_a_unit_is_matched_as_the_loop_over_the_words_did():
    import itertools

    from compliance.language.units import _base_words, _tables, match_unit

    multipliers, bases, _ = _tables()

    def loop(text: str, start: int) -> int:
        end = start
        for word in sorted(multipliers, key=len, reverse=True):
            if text.startswith(word, start):
                end = start + len(word)
                break
        for word in _base_words():
            if text.startswith(word, end):
                return end + len(word)
        return end

    def before(text: str, start: int) -> int:
        """The loop's reading, or a base word opening with a multiplier read whole where that is longer (stop 28:
        24亿度电 was 24亿 and the words 度电, 5千克 was 5千 and 克)."""
        whole = [start + len(word) for word in _base_words()
                 if word.startswith(tuple(multipliers)) and text.startswith(word, start)]
        return max([loop(text, start), *whole])

    words = [*multipliers, *bases, "x", "", "%"]
    for first, second in itertools.product(words, repeat=2):
        for text in (first + second, "6" + first + second):
            for start in range(len(text) + 1):
                assert match_unit(text, start) == before(text, start), (text, start)


# --------------------------------------------------------------------------- shared word spans


def test_a_word_span_is_shared_and_equal_to_the_one_built_anew():
    from compliance.language.several import read_target_text

    one, two = read_target_text("1234以上"), read_target_text("5678以上")
    assert one.spans[1] is two.spans[1]  # the span of the word, at the same place with the same role
    assert one.spans[1] == m.Span(start=4, end=6, role="comparator", text="以上")
    assert repr(one.spans[1]) == repr(m.Span(start=4, end=6, role="comparator", text="以上"))
    assert one.spans[0] is not two.spans[0] and one.spans[0].text == "1234"  # a figure's span is its own


def test_the_shared_word_spans_are_bounded(monkeypatch):
    from compliance.language import items
    from compliance.language.several import read_target_text

    monkeypatch.setattr(items, "WORD_SPANS", 50)
    monkeypatch.setattr(items, "_WORD_SPANS", {})
    seen = 0
    for length in range(1, 120):  # the word at 120 places: more spans than are kept
        read_target_text("1" * length + "以上")
        seen = max(seen, len(items._WORD_SPANS))
        assert len(items._WORD_SPANS) <= 50
    assert seen == 50


# --------------------------------------------------------------------------- models built without validation


def _models(value: object):  # noqa: ANN202 -- every pydantic model in a reading
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        yield value
        for name in type(value).model_fields:
            yield from _models(getattr(value, name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _models(item)


def _as_validated(text: str) -> None:
    """Every span and quantity of the readings of ``text`` is the model validation builds from its fields."""
    from compliance.language.several import read_target_text
    from compliance.language.grammar import parse_reported_text

    for reading in (read_target_text(text), parse_reported_text(text)):
        for model in _models(reading):
            if isinstance(model, (m.Span, m.Quantity)):
                validated = type(model)(**model.__dict__)
                assert model == validated and repr(model) == repr(validated), text
                assert model.model_fields_set == validated.model_fields_set, text
                assert list(model.__dict__) == list(validated.__dict__), text
                assert model.model_dump_json() == validated.model_dump_json(), text
        assert type(reading).model_validate(reading.model_dump()) == reading, text  # validation accepts it whole


def test_models_built_without_validation_equal_the_validated_ones_on_the_corpus():
    for text in _corpus_targets():
        _as_validated(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(phrases())
def test_models_built_without_validation_equal_the_validated_ones_on_generated_phrases(text):
    _as_validated(text)


@settings(max_examples=300, deadline=None)
@given(st.decimals(allow_nan=False, allow_infinity=False), st.sampled_from(["", "%", "万元", "亩", "以上", "个百分点"]))
def test_a_figure_of_any_exponent_is_the_validated_quantity(value, unit):
    _as_validated(f"{value}{unit}")
    _as_validated(f"{value:e}{unit}")
