"""``targets.numeric`` and ``targets.change_by`` build their readings unvalidated (``models.trusted``), and
``sentences.sentence`` copies its reading once (it copied it three times: with the change's base, with the
subject, with the text and remarks), peels idle words without a generator per item, and builds the subject's span
without validation; ``items.updated`` copies a model as ``model_copy(update=...)`` does, without pydantic's
generic copy. The grammar reads every text as it did: the former ``sentence``, ``_idle``, ``_subject``, ``_span``
and ``targets.with_base`` are kept below, word for word, and a grammar using them reads the corpus, the seed,
the sentence forms' own examples and generated phrases to the same model, field by field (types, field order,
fields set, repr, JSON)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import HealthCheck, assume, given, settings
from pydantic import BaseModel

from compliance import models as m
from compliance.language import grammar, reported, sentences, targets
from compliance.language.items import Group, Item, Reader, group, is_a, is_kind, updated
from compliance.language.lexer import NUM, PUNCT, TEXT, YEAR, Token, tokenize
from compliance.language.lexicon import lexicon
from compliance.language.nested import leading_side, side
from compliance.language.sentences import (
    _IDLE, _MARK, _change_after, _is_name, _starts_predicate, _subject_mark,
)

from test_parse_fast import _corpus_targets, _models, _seed_targets, phrases

# --------------------------------------------------------------------------- the former code, word for word

def sentence_before(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``地区生产总值增长6%左右``, ``进出口总额力争增长8%左右``, ``增长的预期目标是5%至5.5%``,
    ``经济增长4.5%-5%，在实际工作中努力争取更好结果``, ``15%降幅``, ``12%（即年均下降2.5%）``."""
    rest, remarks = _idle_before(r, items)
    if rest is None:
        return None
    if remarks and rest:
        found = r.target(rest) or _subject_before(r, rest) or _change_after(r, rest)
    else:
        found = _subject_before(r, rest) or _change_after(r, rest)
    if found is None:
        return None
    update: dict[str, object] = {"text": text, "remarks": tuple(remarks) + found.remarks}
    return found.model_copy(update=update)


def _idle_before(r: Reader, items: list[Item]) -> tuple[list[Item] | None, list[m.Span]]:
    """``items`` without hedges, framing words, a trailing gloss bracket and the marks around a
    trailing clause of effort; None where that leaves several clauses (those are read elsewhere)."""
    remarks: list[m.Span] = []
    kept: list[Item] = []
    if len(items) > 2 and is_a(items[0], "rsep") and is_kind(items[1], YEAR):  # 到2025年，…: the year aimed at
        remarks.append(r.span(items[1], "horizon"))
        items = items[3:] if is_kind(items[2], PUNCT) else items[2:]
    # a reading added after this code was kept (2021年全市地区生产总值增长6%以上: the year is the target's own),
    # mirrored here so the comparison stays about speed, not about that reading
    if len(items) > 2 and is_kind(items[0], YEAR) and isinstance(items[1], Token) and items[1].meanings and all(
            name == "level_label" for name, _ in items[1].meanings):
        remarks.append(r.span(items[0], "year"))
        items = items[1:]
    if len(items) > 2 and (is_a(items[0], "reach") or is_a(items[0], "complete")) and _is_name(items[1], items[2]):
        remarks.append(r.span(items[0], "reach"))  # 实现新增就业不少于26万人: the verb before the subject
        items = items[1:]
    for index, item in enumerate(items):
        role = next((_IDLE[name] for name in _IDLE if is_a(item, name)), None)
        # between two words of a name it is part of the name (人均预期寿命), not a hedge
        inside = 0 < index < len(items) - 1 and is_kind(items[index - 1], TEXT) and is_kind(items[index + 1], TEXT)
        if role is not None and not inside:
            remarks.append(r.span(item, role))
        elif isinstance(item, Group) and item.items and is_a(item.items[0], "gloss") and index == len(items) - 1:
            remarks.append(r.span(item, "gloss"))
        else:
            kept.append(item)
    while kept and is_kind(kept[-1], PUNCT):  # the mark before a dropped trailing clause
        kept.pop()
    colon = _subject_mark(kept)
    if colon is not None:  # 服务业增加值：增长8%: a table row's name, its mark and its target
        return kept[:colon] + [_MARK] + kept[colon + 1 :], remarks
    if any(is_kind(item, PUNCT) and item.text not in lexicon().quotes for item in kept if isinstance(item, Token)):
        return None, remarks
    kept = [item for item in kept if not is_kind(item, PUNCT)]
    return kept, remarks

def _subject_before(r: Reader, items: list[Item]) -> m.Constraint | None:
    """The indicator phrase before the predicate, and the predicate read as a target."""
    if _MARK in items:  # the subject is what stands before the mark (and words of the name after it: 新增)
        at = items.index(_MARK)
        found = r.target(items[at + 1 :])
        if found is not None:
            return found.model_copy(update={"subject": _span_before(r, items[:at])})
        items, start = items[:at] + items[at + 1 :], at + 1
    else:
        # a name begins with plain words, a place (全省) or an action on a name (新增就业), not an action on a number (净减1.2)
        if len(items) < 2 or not _is_name(items[0], items[1]):
            return None
        start = 1
    for cut in range(start, len(items)):
        if not _starts_predicate(items[cut]):
            if is_kind(items[cut], NUM):
                break
            continue
        # mirrors the comparisons the grammar keeps out of a name (7fe170f; 地区生产总值<GDP增速<6 is unrecognized)
        if cut >= 3 and is_a(items[cut - 2], "ref") and side(items[cut - 3], items[cut - 1]):
            return None
        if cut >= 2 and is_a(items[cut - 1], "ref") and leading_side(items[cut - 2]) is not None:
            return None
        found = r.target(items[cut:])
        following = items[cut + 1] if cut + 1 < len(items) else None
        if found is None and is_a(items[cut], "op_before") and is_a(following, "ref"):
            return None
        if found is not None:
            found = with_base_before(found, r.text_of(items[:cut]))  # 地区生产总值比上年增长6%, GDP年均增长6%
            subject = _span_before(r, items[:cut], items[cut])
            update: dict[str, object] = {"subject": subject}
            if subject is not None and getattr(found, "label", "") is None:  # PM2.5达到30: the label too
                update["label"] = subject.text
            return found.model_copy(update=update)
    return None

def _span_before(r: Reader, items: list[Item], following: Item | None = None) -> m.Span | None:
    """The subject over ``items``, without a last word that begins a comparison (能耗比 -> 能耗, where a
    year follows: 研发费用与营收之比达到3.25% keeps its 比)."""
    start, end = r.span(items[0], "subject").start, r.span(items[-1], "subject").end
    text = r.source[start:end]
    lex = lexicon()
    # 比 of 能耗比2020年下降, and 年均 / 比上年 (the change's base, read off the phrase by the change forms)
    trailing = lex.subject_trailing if is_kind(following, YEAR) else ()
    # stop 28: an adverb before the verb (再 of 资费再降低, zh.yaml verb_adverbs) is dropped as sentences._span drops it
    words = (*trailing, *lex.change_bases.since_previous, *lex.change_bases.annual, *lex.verb_adverbs)
    for word in sorted(words, key=len)[::-1]:
        if text.endswith(word):
            end -= len(word)
            break
    text = r.source[start:end].strip()
    return m.Span(start=start, end=start + len(text), role="subject", text=text) if text else None

def with_base_before(found: m.Constraint, before: str) -> m.Constraint:
    """A change read after ``before`` (its label or subject): 比上年 / 较上年 measure it from the
    previous period's level, 年均 makes it an average yearly rate (``change_bases`` in zh.yaml)."""
    if not isinstance(found, m.Cumulative) or found.change is None or not before:
        return found
    bases = lexicon().change_bases
    since_previous = found.since_previous or found.base_year is None and before.endswith(bases.since_previous)
    annual = found.annual or before.endswith(bases.annual)
    if since_previous == found.since_previous and annual == found.annual:
        return found  # nothing to change (a copy would equal it)
    return found.model_copy(update={"since_previous": since_previous, "annual": annual})


# --------------------------------------------------------------------------- the grammar with the former code

_USED: list[str] = []  # the texts the former sentence read (the comparison is not empty)


def _counting_before(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    found = sentence_before(r, items, text)
    if found is not None:
        _USED.append(text)
    return found


_FORMS_BEFORE = tuple(_counting_before if form is sentences.sentence else form for form in grammar.TARGET_FORMS)
_GUARDS_BEFORE = tuple((_counting_before if form is sentences.sentence else form, guard)
                       for form, guard in grammar.TARGET_GUARDS)


@contextmanager
def _former_helpers() -> Iterator[None]:
    """The other forms that build a subject's span (counted, qualitative, a leading clause) and change_by's base
    with the former code too."""
    kept = sentences._span, targets.with_base
    sentences._span, targets.with_base = _span_before, with_base_before  # type: ignore[assignment]
    try:
        yield
    finally:
        sentences._span, targets.with_base = kept


def _read_before(text: str) -> m.Constraint:
    """``grammar.parse_target_text`` with the former code (the grammar's passes over the tokens before the forms, 30 000
    and 10/10万 made one figure, as now: the former forms are what is compared; hypothesis drew '6 635')."""
    tokens = tokenize(text)
    if " " in tokens.folded.text and grammar._GROUPED.search(tokens.folded.text):
        tokens = grammar._joined(tokens)
    if "/" in text:
        tokens = grammar.per_units(tokens)
    tokens = grammar.amounts(tokens)  # since 166f043: 12万5 one amount (hypothesis drew 12万5%至5.5%)
    tokens = grammar.leads.period_led(tokens)  # the passes added since (stop 23): 全年 opening a target, 近 before a figure
    if grammar.near.may_hold(text):
        tokens = grammar.near.nearly(tokens)
    if grammar.more_units.may_hold(text):  # 8000多亿元: more than 8000 亿元
        tokens = grammar.more_units.more_units(tokens)
    with _former_helpers():
        found = Reader(tokens, _FORMS_BEFORE, _GUARDS_BEFORE).target(group(tokens.items))
    if found is None:  # a refusal names a ratio that is no figure (1:2.48) as the grammar's does (894847b)
        ratios = reported.ratio_spans(Reader(tokens), tokens.items)
        return m.Unrecognized(text=text, spans=ratios) if ratios else m.Unrecognized(text=text)
    if found.text != text:
        found = found.model_copy(update={"text": text})
    return found


def _same(a: object, b: object, text: str) -> None:
    assert type(a) is type(b), text
    if isinstance(a, BaseModel):
        assert isinstance(b, BaseModel)
        assert list(a.__dict__) == list(b.__dict__), text
        assert a.model_fields_set == b.model_fields_set, text
        assert (a.__pydantic_extra__, a.__pydantic_private__) == (b.__pydantic_extra__, b.__pydantic_private__), text
        for name, value in a.__dict__.items():
            _same(value, b.__dict__[name], text)
    elif isinstance(a, tuple):
        assert isinstance(b, tuple) and len(a) == len(b), text
        for one, two in zip(a, b):
            _same(one, two, text)
    else:
        assert a == b and repr(a) == repr(b), text


def _reads_as_before(text: str) -> None:
    now, before = grammar.parse_target_text(text), _read_before(text)
    assert now == before and repr(now) == repr(before), text
    assert now.model_dump_json() == before.model_dump_json(), text
    _same(now, before, text)
    assert type(now).model_validate(now.model_dump()) == now, text  # validation accepts it whole


#: the sentence forms' own examples and the benchmark's phrasings with a subject
EXAMPLES = [
    "地区生产总值增长6%左右", "进出口总额力争增长8%左右", "增长的预期目标是5%至5.5%", "15%降幅", "12%（即年均下降2.5%）",
    "经济增长4.5%-5%，在实际工作中努力争取更好结果", "服务业增加值：增长8%", "服务业增加值：新增就业1万人",
    "GDP年均增长6%", "年均增长6.5%", "地区生产总值比上年增长6%", "全市地区生产总值较上年增长5%以上", "PM2.5达到30",
    "能耗比2020年下降13.5%", "研发费用与营收之比达到3.25%", "到2025年，地区生产总值增长6%", "实现新增就业不少于26万人",
    "力争地区生产总值增长6%", "居民人均可支配收入与经济增长同步", "“十四五”期间年均增长5%", "城镇调查失业率：5.5%以内",
    "人均预期寿命力争达到81岁", "地区生产总值“增长6%”", "优良水体比例达到62.5%（即提高2个百分点）",
]


def test_the_sentence_forms_read_as_before():
    _USED.clear()
    for text in EXAMPLES:
        _reads_as_before(text)
    assert len(_USED) >= len(EXAMPLES) // 2


def test_the_corpus_and_the_seed_read_as_before():
    _USED.clear()
    texts = _corpus_targets() + _seed_targets()
    for text in texts:
        _reads_as_before(text)
    assert len(_USED) > 100  # the sentence form read many of them


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def _framed(text: str) -> bool:
    """Whether ``text`` opens with words read as a frame before the target: a list of targets' opening, a framing word
    and a subject mark (報告提出2025年主要預期目標:經濟增長6%左右, the thirteenth set's tr060, 5ad4990), or a news verb
    setting the target (广东设定了2025年GDP增长预期目标为5%左右, the fourteenth set's tq027, 89ecfa1). Both are
    deliberate changes of reading, which the former ``_idle`` kept below did not peel (hypothesis drew 的区间：6 and
    确定了，6, levels of 6 now, unread before); each is tested either side in its own tests."""
    reading = grammar.parse_target_text(text)
    return any(span.role in _OPENING_ROLES and span.start == 0 for span in getattr(reading, "remarks", ()))


#: remarks opening a text that the former ``_idle`` did not peel: a frame (above), and a qualitative aim's words read
#: as a remark of role ``reach`` before a name (促稳提质地区生产总值6: a level of 6 of 地区生产总值 now, unread by the
#: former code; hypothesis drew it at stop 27, and the start tree ec647a6 reads it the same: a difference of the copy,
#: not of this stop's code; met by 7, missed by 5 in test_a_qualitative_aims_words_before_a_name_are_a_remark)
_OPENING_ROLES = ("framing", "reach")


def test_a_qualitative_aims_words_before_a_name_are_a_remark():
    import compliance

    assert [compliance.evaluate("促稳提质地区生产总值6", v).status.value for v in ("7", "5")] == ["met", "missed"]


@given(phrases())
def test_generated_phrases_read_as_before(text):
    assume(not _framed(text))  # deliberate changes of reading (5ad4990, 89ecfa1), tested either side in their own tests
    _reads_as_before(text)


def test_updated_is_model_copy():
    """For every model of the corpus's readings, an update of each field alone and of all of them: the copy
    ``model_copy`` makes, field by field; the model copied is left as it was."""
    for text in _corpus_targets()[:200] + EXAMPLES:
        for model in _models(grammar.parse_target_text(text)):
            names = list(type(model).model_fields)
            for update in [{}, *({name: getattr(model, name)} for name in names), {name: None for name in names[::-1]}]:
                before = (dict(model.__dict__), set(model.model_fields_set))
                _same(updated(model, dict(update)), model.model_copy(update=dict(update)), text)
                assert updated(model, dict(update)) is not model, text
                assert (model.__dict__, model.model_fields_set) == before, text


def _validated_alike(text: str) -> None:
    """Every model of the reading of ``text`` (numeric's bound, level, approx and range and change_by's cumulative
    are built by ``models.trusted``) is the model validation builds from the fields it was given: the same
    values, types, field order and fields set."""
    for model in _models(grammar.parse_target_text(text)):
        given = {name: model.__dict__[name] for name in model.model_fields_set}
        _same(model, type(model)(**given), text)


def test_the_readings_are_the_validated_models_on_the_corpus():
    for text in _corpus_targets() + _seed_targets() + EXAMPLES:
        _validated_alike(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(phrases())
def test_the_readings_are_the_validated_models_on_generated_phrases(text):
    _validated_alike(text)


def test_a_model_with_private_attributes_is_copied_by_pydantic():
    from pydantic import PrivateAttr

    class Private(BaseModel):
        a: int
        _hidden: int = PrivateAttr(default=3)

    made = updated(Private(a=1), {"a": 2})
    assert (made.a, made._hidden) == (2, 3)
