"""Target forms read from words and numbers: ``6以上``, ``下降10%``, ``稳步增长``, ``净减1.2平方公里``.

Each form is a function ``(reader, items, text) -> constraint | None`` that reads the whole phrase or
declines; ``grammar.TARGET_FORMS`` lists the forms in the order they are tried. Forms that hold
another target (a revision, a reference's bracket, 累计) are in ``nested.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from .. import models as m
from .items import Change, Item, Reader, change, direction, is_a, is_kind, updated
from .lexer import DURATION, NUM, PUNCT, SYNC, TEXT, WORD, YEAR, Token
from .lexicon import lexicon, per_lexicon
from .shape import combine, read_shape, reversed_ends, reversed_span, share_unit
from .units import info

#: the readings numeric and change_by build unvalidated (models.maker: what models.trusted makes, the names
#: checked once, not at every call)
_RANGE = m.maker(m.Range, "text", "low", "high", "spans", "remarks")
_APPROX = m.maker(m.Approx, "text", "value", "label", "spans", "remarks")
_BOUND = m.maker(m.Bound, "text", "op", "value", "label", "spans", "remarks")
_LEVEL = m.maker(m.Level, "text", "value", "verb", "label", "spans", "remarks")
_CHANGE = m.maker(m.Cumulative, "text", "inner", "change", "base_year", "spans", "remarks")


def sync(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``与经济增长基本同步``: in step with another indicator."""
    items, remarks = r.hedged(items)
    token = items[-1]
    if not is_kind(token, SYNC):
        return None
    assert isinstance(token, Token)
    for item in items[:-1]:  # the indicator's own name in front: 居民人均可支配收入增长
        if not (is_kind(item, TEXT) or is_a(item, "change")):
            return None
        remarks.append(r.span(item, "label"))
    phrase = token.means("sync") or ""
    ref = lexicon().sync.indicators.get(phrase, phrase)
    return m.Sync(
        text=text, ref=ref, phrase=phrase, loose=token.means("sync_loose") == "loose",
        spans=(r.span(token, "sync"),), remarks=tuple(remarks),
    )


def change_over_years(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``五年下降14.5``: a change over N years."""
    years = items[0]
    if len(items) < 3 or not isinstance(years, Token) or years.kind != DURATION:
        return None
    way = change(items[1])
    if way is None:
        return None
    inner = numeric(r, items[2:], r.text_of(items[2:]))
    if inner is None:
        return None
    assert years.value is not None
    return m.Cumulative(
        text=text, inner=inner, years=int(years.value), change=way,
        spans=(r.span(years, "years"), r.span(items[1], "change")),
    )


def change_by(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``PM2.5浓度下降10%``, ``研发经费投入增长7%以上``: a change of at least / about / within X."""
    index = 0
    base_year: int | None = None
    own_year: int | None = None  # 2020年地区生产总值增长6%: a leading year is the target's own, not a base
    while index < len(items) and is_kind(items[index], TEXT, YEAR):
        token = items[index]
        assert isinstance(token, Token)
        if token.kind == YEAR and not _is_base(r, items, index):
            if own_year is not None:
                return None
            own_year = index
        elif token.kind == YEAR:  # 比2020年下降18%: the base of the change
            if base_year is not None or token.value is None:
                return None
            base_year = int(token.value)
        index += 1
    if index + 1 >= len(items) or not isinstance(items[index], Token):
        return None
    word = items[index]
    way = change(word) or _growing(word)
    if way is None or is_a(word, "op_before"):
        return None
    rest, rest_text = items[index + 1 :], r.text_of(items[index + 1 :])
    inner = horizon(r, rest, rest_text) or numeric(r, rest, rest_text)
    if inner is None:
        return None
    labels = tuple([r.span(item, "year" if at == own_year else "base_year" if is_kind(item, YEAR) else "label")
                    for at, item in enumerate(items[:index])])
    # every value the engine's own, of its field's type: validation would return them as they are
    found = _CHANGE(text, inner, way, base_year, (r.span(word, "change"),), labels)
    return with_base(found, r.text_of(items[:index]) if index else "")


def _growing(word: Item) -> Change | None:
    """A direction of a growth rate (zh.yaml directions, growth: 实现增长, 保持增长, 稳步增长, 持续下降) before a figure
    states the change's size, as 增长 does: 市场主体实现增长60%以上 is a growth of at least 60%, never a level of 60%
    (地区生产总值实现增长6%以上 read a level of at least 6 with 实现增长 in the name); alone it stays a direction."""
    meaning = word.means("direction") if isinstance(word, Token) else None
    way, _, kind = (meaning or "").partition(":")
    if kind == "level" and isinstance(word, Token) and not _of_rate_word(word.text):
        kind = "growth"  # 持续降低3%, 稳步提高1个百分点: a level's direction ending with a change verb states its size
    if kind != "growth":
        return None
    return "up" if way == "up" else "down" if way == "down" else None


def _of_rate_word(text: str) -> bool:
    """Whether a level's direction word (zh.yaml directions) does not end with a change verb of the lexicon's
    (``change``), or names a rate before it (增幅扩大, 增速提高: the rate's own rise, never a change of the indicator)."""
    lex = lexicon()
    verbs = (*lex.change.up, *lex.change.down)
    verb = next((v for v in verbs if text.endswith(v)), None)
    return verb is None or any(rate in text[: -len(verb)] for rate in lex.choosing.rate_words)


def _is_base(r: Reader, items: list[Item], at: int) -> bool:
    """Whether the year ``items[at]`` is the base of a change: 比 / 较 right before it (``比2020年下降18%``,
    zh.yaml ``subject_trailing``) or 基础上 / 相比 right after it (``change_bases.year_base_after``). Otherwise
    it is the target's own year (``2020年地区生产总值增长6%``, the 2025年 of ``2025年比2020年下降18%``)."""
    lex = lexicon()
    before = r.source[: r.span(items[at], "year").start].rstrip()
    if before.endswith(lex.subject_trailing):
        return True
    token = items[at + 1] if at + 1 < len(items) else None
    return isinstance(token, Token) and token.kind == TEXT and token.text.startswith(lex.change_bases.year_base_after)


def with_base(found: m.Constraint, before: str) -> m.Constraint:
    """A change read after ``before`` (its label or subject): 比上年 / 较上年 measure it from the
    previous period's level, 年均 makes it an average yearly rate (``change_bases`` in zh.yaml)."""
    update = base_update(found, before)
    return found.model_copy(update=update) if update else found  # nothing to change: a copy would equal it


def base_update(found: m.Constraint, before: str) -> dict[str, object]:
    """What :func:`with_base` changes in ``found`` (``{}`` for nothing), for a caller that copies it with more."""
    if not isinstance(found, m.Cumulative) or found.change is None or not before:
        return {}
    bases = lexicon().change_bases
    since_previous = found.since_previous or found.base_year is None and before.endswith(bases.since_previous)
    annual = found.annual or before.endswith(bases.annual)
    if since_previous == found.since_previous and annual == found.annual:
        return {}
    return {"since_previous": since_previous, "annual": annual}


def doubling(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``比2010年翻一番``: the level reaches 2^n times the base, i.e. grows by (2^n - 1) x 100%."""
    items, remarks = r.hedged(items)
    if len(items) > 1 and isinstance(items[-1], Token) and items[-1].means("op_after") == "ge":  # 翻一番以上: at least
        remarks.append(r.span(items[-1], "comparator"))
        items = items[:-1]
    word = items[-1] if items else None
    times = word.means("doubling") if isinstance(word, Token) else None
    if not times or not all(is_kind(item, TEXT, YEAR) or is_a(item, "reach") for item in items[:-1]):
        return None  # 实现翻番: a reach word before it changes nothing
    assert isinstance(word, Token)
    years = [int(item.value) for item in items[:-1] if isinstance(item, Token) and item.kind == YEAR and item.value]
    base_year = years[-1] if years else None
    growth = m.Quantity(value=Decimal(2 ** int(times) - 1) * 100, unit="%")
    inner = m.Level(text=word.text, value=growth, spans=(r.span(word, "doubling"),))
    labels = tuple(r.span(item, "base_year" if is_kind(item, YEAR) else "label" if is_kind(item, TEXT) else "reach")
                   for item in items[:-1])
    return m.Cumulative(
        text=text, inner=inner, change="up", base_year=base_year, since_previous=base_year is None,
        doubling=int(times), spans=(r.span(word, "doubling"),), remarks=tuple(remarks) + labels,
    )


def magnitude(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``保持两位数增长``, ``实现两位数增长``: a word standing for a growth of at least so many % (zh.yaml
    ``change.magnitudes``: 两位数 is 10), then its change verb, ending the text; before them the indicator's name and a
    reach word (保持, 实现). The change is at least the figure, as ``增长10%以上`` reads."""
    items, remarks = r.hedged(items)
    if len(items) < 2:
        return None
    word, verb = items[-2], items[-1]
    size = word.means("magnitude") if isinstance(word, Token) else None
    way = change(verb)
    if size is None or way is None or not all(is_kind(item, TEXT) or is_a(item, "reach") for item in items[:-2]):
        return None
    assert isinstance(word, Token) and isinstance(verb, Token)
    inner = m.Bound(text=word.text, op="ge", value=m.Quantity(value=Decimal(size), unit="%"),
                    spans=(r.span(word, "number"),))
    labels = tuple(r.span(item, "label" if is_kind(item, TEXT) else "reach") for item in items[:-2])
    return _CHANGE(text, inner, way, None, (r.span(verb, "change"),), tuple(remarks) + labels)


def direction_word(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``稳步增长``, ``持续改善``: a direction without a number, after the indicator's own name."""
    items, remarks = r.hedged(items)
    labels = [item for item in items[:-1] if is_kind(item, TEXT)]
    word = items[-1]
    if len(labels) != len(items) - 1 or not isinstance(word, Token):
        return None
    payload = word.means("direction")
    if payload is None:
        return None
    name, _, reading = payload.partition(":")
    way = direction(name)
    assert way is not None, payload  # the lexer only makes up:, down: and better: payloads
    return m.Direction(
        text=text, direction=way, growth=reading == "growth", phrase=word.text,
        spans=(r.span(word, "direction"),), remarks=tuple(remarks) + tuple(r.span(label, "label") for label in labels),
    )


def task(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``净减1.2平方公里``, ``完成净减1.2平方公里任务``."""
    spans = []
    rest = list(items)
    if len(rest) > 1 and is_a(rest[0], "complete") and is_a(rest[1], "action"):
        spans.append(r.span(rest.pop(0), "complete"))
    if rest and is_a(rest[-1], "task_noun"):
        spans.append(r.span(rest.pop(), "task"))
        if len(rest) >= 3 and is_kind(rest[-1], TEXT) and is_kind(rest[1], NUM):  # 完成1000万以上农村贫困人口脱贫任务: its
            spans.append(r.span(rest.pop(), "task_name"))  # name after the amount (国务院's 2016 量化指标, rmzxb.com.cn)
    at_least = len(rest) == 3 and isinstance(rest[-1], Token) and rest[-1].means("op_after") == "ge"
    if at_least:  # 新增900万人以上 (国务院's 2020 量化指标: 超额完成原定新增900萬人以上目標): at least the amount, as a task is
        spans.append(r.span(rest.pop(), "op"))
    if not rest or not is_a(rest[0], "action") or not spans and len(rest) != 2:
        return None
    action = rest.pop(0)
    assert isinstance(action, Token)
    spans.append(r.span(action, "action"))
    amount = None
    if rest:
        number = rest[0]
        if len(rest) != 1 or not isinstance(number, Token) or number.kind != NUM:
            return None
        amount = r.quantity(number)
        spans.append(r.span(number, "number"))
    elif not spans:
        return None
    return m.Task(text=text, action=action.text, amount=amount, spans=tuple(spans))


def horizon(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``2035年达到37``: a target for a named year."""
    year = items[0] if items else None
    if len(items) < 2 or not isinstance(year, Token) or year.kind != YEAR:
        return None
    inner = numeric(r, items[1:], text)
    if not isinstance(inner, m.Level):
        return None
    assert year.value is not None
    return inner.model_copy(update={"horizon": int(year.value), "spans": (r.span(year, "horizon"), *inner.spans)})


def lead_in(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``2025年学前教育毛入园率大于90%``, ``2027年我市“四上企业”需达到2400家左右``, ``其中规上工业企业达到1000家左右``: the
    year the target is for, or a note word (其中: of which), before the indicator's name. The rest is read as the
    target and the lead-in kept as a remark (``year``, or ``label``); a level takes the year as its horizon, as
    :func:`horizon` gives it. Only before a name (plain words, a level label, a quotation mark), never before a
    figure or a verb (2035年达到37 is :func:`horizon`'s), and never a base year (2020年基础上增长10%: ``_is_base``)."""
    head = items[0]
    if type(head) is not Token or len(items) < 3:
        return None
    year = head.kind == YEAR
    if not (year or is_a(head, "note_marker")) or not _names(items[1], items[2]) or year and _is_base(r, items, 0):
        return None
    inner = r.target(items[1:])
    if inner is None or isinstance(inner, m.Unrecognized):
        return None
    if year and isinstance(inner, m.Level) and not inner.horizon and head.value is not None:
        return updated(inner, {"text": text, "horizon": int(head.value), "spans": (r.span(head, "horizon"), *inner.spans)})
    return updated(inner, {"text": text, "remarks": (r.span(head, "year" if year else "label"), *inner.remarks)})


def _names(item: Item, after: Item) -> bool:
    """Whether ``item`` may begin an indicator's name: plain words, a level label (我市, 全市), a quotation mark, or an
    action right before plain words (2025年新增城镇就业12万人以上, 2030年建成区绿地率达到40%以上: as read_shape's label
    takes 新增就业), or a reach word before them (2024年实现地区总值增长8%左右: the eleventh set's ty074)."""
    if type(item) is not Token:
        return False
    if item.kind == TEXT:
        return True
    if is_a(item, "action") or is_a(item, "reach"):
        return type(after) is Token and after.kind == TEXT and after.start == item.end
    if item.kind == PUNCT:
        return item.text in lexicon().quotes
    return is_a(item, "level_label")


def counted_subject(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``10市平均优良天数287.3天``, ``3个国考断面水质达标率100%``: a whole count written right before the name (of
    places, sections) is the name's, not the target's figure; the rest is read with the count in its subject.
    Tried after the forms that read figures, so it reads only what none of them reads."""
    if len(items) < 3:
        return None
    count, name = items[0], items[1]
    if not (type(count) is Token and count.kind == NUM and type(name) is Token and name.kind == TEXT
            and count.end == name.start and _counts(count.unit) and count.value is not None
            and count.value > 0 and count.value == count.value.to_integral_value()):
        return None
    subject = Token(TEXT, count.start, name.end, count.text + name.text)
    found = r.target([subject, *items[2:]])
    return None if found is None else updated(found, {"text": text})


def qualified_subject(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``3岁以下婴幼儿入托率提高6个百分点``, ``5岁以下儿童死亡率控制在6‰以下``, ``65岁及以上老年人健康管理率达到65%``: a
    figure with 以上 / 以下 written right before the name qualifies it (an age group, a size of project), it is not
    the target's figure; the rest is read with it in its subject. Tried after the forms that read figures, so it
    reads only what none of them reads, and only where a figure of the target's own follows the name."""
    if len(items) < 4:
        return None
    figure, bound, name = items[0], items[1], items[2]
    if not (type(figure) is Token and figure.kind == NUM and type(bound) is Token and is_a(bound, "op_after")
            and type(name) is Token and name.kind == TEXT and figure.end == bound.start and bound.end == name.start
            and any(is_kind(item, NUM) for item in items[3:])):
        return None
    subject = Token(TEXT, figure.start, name.end, r.text_of(items[:3]))
    found = r.target([subject, *items[3:]])
    return None if found is None else updated(found, {"text": text})


def rank(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``跃居全省前40位``, ``保持全省第3位``, ``达到全市前3水平``: a rank word (zh.yaml ``ranks``) ending the plain word right
    before the target's only figure, no known unit after it: a position, at most the figure, whatever the indicator's
    direction (it was read as a level of 40, missed by 35th where higher is better). The rank word is read as the
    comparator (at most) and the rest as 不超过40位 is read."""
    at = ranked_at(items)
    if at is None:
        return None
    word = items[at - 1]
    assert type(word) is Token
    mark = next(mark for mark in lexicon().ranks if word.text.endswith(mark))
    cut = word.end - len(mark)
    head = [Token(TEXT, word.start, cut, word.text[: -len(mark)])] if cut > word.start else []
    found = r.target([*items[: at - 1], *head, Token(WORD, cut, word.end, mark, (("op_before", "le"),)), *items[at:]])
    return None if found is None else updated(found, {"text": text})


def ranked_at(items: Sequence[Item]) -> int | None:
    """Where the figure of a rank stands (:func:`rank`): the only figure, right after a plain word ending in a rank word,
    with no unit of the table after it (前10万人 counts people); None where there is none."""
    at = None
    for index, item in enumerate(items):
        if type(item) is not Token:
            return None
        if item.kind == NUM:
            if at is not None:
                return None
            at = index
    if not at:
        return None
    word, figure = items[at - 1], items[at]
    assert type(word) is Token and type(figure) is Token
    ranks = lexicon().ranks
    if not ranks or word.kind != TEXT or word.end != figure.start or not word.text.endswith(ranks):
        return None
    return at if figure.unit is None or info(figure.unit).dimension in ("", figure.unit) else None


def counted_action(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``新增5000个就业岗位``, ``建成10所学校``, ``培育10家以上龙头企业``, ``兴建约30 000个单位``: an action (task words,
    plain words), the figure with its counter (约, 不少于, 以上 around it), then the words of what is counted and
    nothing after them: the figure is the target, the counted words its subject and the action a remark, as
    ``促进12万城镇就业困难人员实现就业`` reads (sentences.counted, whose action is one plain word and figure bare).
    Only a figure of a counter or a measure (个, 所, 万人, 平方米), never a share or a bare number (500强企业)."""
    at = 0
    while at < len(items) and (is_kind(items[at], TEXT, YEAR, DURATION) or is_a(items[at], "action")
                               or is_a(items[at], "complete")):
        at += 1
    start = at
    while at < len(items) and (is_a(items[at], "op_before") or is_a(items[at], "approx_before")):
        at += 1
    number = items[at] if 0 < start and at < len(items) and not is_kind(items[0], YEAR, DURATION) else None
    if type(number) is not Token or number.kind != NUM or not _measured(number.unit):
        return None
    end = at + 1
    while end < len(items) and is_a(items[end], "op_after"):
        end += 1
    if end != len(items) - 1 or not is_kind(items[end], TEXT):
        return None
    found = r.target(items[start:end])
    if not isinstance(found, (m.Level, m.Bound, m.Approx)):
        return None
    remarks = (*(r.span(item, "action") for item in items[:start]), *found.remarks)
    return updated(found, {"text": text, "subject": r.span(items[end], "subject"), "remarks": remarks})


def _measured(unit: str | None) -> bool:
    """Whether a figure in ``unit`` counts or measures things (个, 万所, 平方米): a unit of the table, not a share."""
    if unit is None:
        return False
    found = info(unit)
    return found.dimension not in ("", unit, info("%").dimension, "percentage_point")  # units.yaml's dimensions


def _counts(unit: str | None) -> bool:
    """Whether a figure in ``unit`` may count the places of a name: none (10市) or a counter of the unit table
    without a multiplier (3个国考断面), never a share (5%企业)."""
    if unit is None:
        return True
    found = info(unit)
    return found.dimension not in ("", unit, info("%").dimension) and found.factor == 1


def numeric(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``6以上``, ``8-9``, ``35左右``, ``达到63.7``, ``6``: a bound, a range, about X, or a level."""
    shape = read_shape(r, items)
    if shape is None:
        return None
    spans, remarks, label = shape.spans, shape.remarks, shape.label
    if shape.high is not None:
        if shape.ops:
            return None
        low, high = share_unit(r.quantity(shape.low), r.quantity(shape.high))
        if reversed_ends(low, high):  # 8-负2: a range written high to low, or 8 - (-2)? refused, not guessed
            return m.Unrecognized(text=text, spans=(reversed_span(r, spans),))
        return _RANGE(text, low, high, spans, remarks)
    # built unvalidated (models.trusted): the quantity, spans (tuples of spans) and label (str or None) are the
    # engine's own, each of its field's type; tests/test_parse_fast_sentence.py validates every model of the readings
    value = r.quantity(shape.low)
    if shape.approx:  # 控制在3%左右 is 3%左右: 左右 says how close, the placing word adds no bound
        return _APPROX(text, value, label, spans, remarks)
    if shape.ops:
        way = combine(shape.ops)
        if way is None:
            return None
        return _BOUND(text, way, value, label, spans, remarks)
    verb = "reach" if shape.reach else "bare"
    return _LEVEL(text, value, verb, label, spans, remarks)



def stretch_aim(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``确保增长8%力争10%``, ``增长8%以上力争10%``: a stretch word (zh.yaml ``floor_stretch.stretch``) right after the
    target's figure, with no mark between them, begins the aim: the words before it are the target and the aim a
    remark of effort (role ``hedge``), as the ``确保增长8%，力争10%`` form with a comma reads. Tried after the forms that
    read figures, so it reads only what none of them reads."""
    at = stretch_at(items)
    if at is None:
        return None
    found = r.target(items[:at])
    if found is None or isinstance(found, m.Unrecognized):
        return None
    start, end = r.bounds(items[at], items[-1])
    aim = m.Span(start=start, end=end, role="hedge", text=r.source[start:end])
    return updated(found, {"text": text, "remarks": (*found.remarks, aim)})


def stretch_at(items: Sequence[Item]) -> int | None:
    """Where the aim of :func:`stretch_aim` begins: the first stretch word (a whole word) right after a figure (or a
    comparator or 左右 after it), a figure after it and no bracket anywhere; None where there is none."""
    words = lexicon().floor_stretch.stretch
    for at in range(1, len(items) - 1):
        item, before = items[at], items[at - 1]
        if type(item) is not Token or item.text not in words or type(before) is not Token:
            continue
        if before.kind == NUM or is_a(before, "op_after") or is_a(before, "approx_after"):
            rest = items[at + 1 :]
            if any(type(part) is not Token for part in rest) or not any(is_kind(part, NUM) for part in rest):
                return None
            return at
    return None


def place_compared(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``比全省高1个百分点以上``, ``高于全国0.5个百分点``: a place's level label that names a reference (zh.yaml
    ``level_labels``: 全省 -> 全省平均水平), right after a comparator (高于) or after 比 / 较 (``subject_trailing``) with a
    side word (``reference_sides``: 高, 低) right after it, compares with that reference: read as the reference's word,
    so the bracket of a reported ``6.0（全省5.2）`` gives its level and without one the verdict is pending
    reference_unknown. It was a name (比全省高) and the margin alone the target (>= 1个百分点: 6.0 met). Anywhere else
    (全省地区生产总值增长6.5%) a label stays a label."""
    at = compared_at(items)
    if at is None:
        return None
    token = items[at]
    assert type(token) is Token
    name = token.means("level_label") or ""
    found = r.target([*items[:at], Token(WORD, token.start, token.end, token.text, (("ref", name),)), *items[at + 1 :]])
    return None if found is None else updated(found, {"text": text})


@per_lexicon
def _place_labels() -> frozenset[str]:
    """The level labels that name a reference of zh.yaml ``references`` (全省, 全市, 全国; not 上年: no reference)."""
    lex = lexicon()
    names = {entry.name for entry in lex.references}
    return frozenset(label for label, name in lex.level_labels.items() if name in names)


def compared_at(items: Sequence[Item]) -> int | None:
    """Where :func:`place_compared`'s label stands, or None."""
    lex = lexicon()
    for at in range(1, len(items)):
        token, before = items[at], items[at - 1]
        if type(token) is not Token or token.kind != WORD or type(before) is not Token:
            continue
        if token.means("level_label") is None or token.text not in _place_labels():
            continue
        if before.kind == WORD and before.means("op_before") in ("gt", "lt", "ge", "le"):
            return at
        after = items[at + 1] if at + 1 < len(items) else None
        sides = tuple(word for relation in ("gt", "lt") for word in lex.reference_sides.get(relation, ()))
        if before.kind == TEXT and before.text.endswith(lex.subject_trailing) and type(after) is Token and (
                after.kind == TEXT and after.text.startswith(sides)):
            return at
    return None

