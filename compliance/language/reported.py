"""Reported-value forms: ``4``, ``8-9``, ``可完成``, ``比上年增长4.1%``, ``2.63（市级3.12）``.

A reported cell is first split into its head and its brackets (:class:`Cell`): a bracket that
names a level (``（市级3.12）``) becomes a :class:`~compliance.models.LevelValue`, any other one a
note (``（同口径8%）``). Then each form ``(reader, cell) -> reported | None`` reads the head or
declines; ``grammar.REPORTED_FORMS`` lists them in the order they are tried, and a cell no form
reads is ``unrecognized``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .. import models as m
from .items import Change, Group, Item, Reader, change, is_a, is_kind, trim
from .lexer import NUM, PUNCT, TEXT, YEAR, Token
from .lexicon import lexicon, per_lexicon, units
from .numerals import RATIO  # 1:2.48: a ratio that is no figure, its span's role
from .ordinals import ordinal_run
from .roles import COUNTED, PRELIMINARY
from .normalize import fold_once
from .shape import Shape, combine, read_shape, reversed_ends, reversed_span, share_unit
from .signs import open_range, sign_unsure


@dataclass(frozen=True, slots=True)
class Cell:
    """A reported cell taken apart: the words outside brackets, and what the brackets said."""

    text: str
    items: tuple[Item, ...]
    head: tuple[Item, ...]  #: the items outside brackets, trimmed of punctuation
    spans: tuple[m.Span, ...]  #: one per bracket: a level or a note
    levels: tuple[m.LevelValue, ...]
    note: str | None

    @property
    def extra(self) -> dict[str, Any]:
        """What every reported model of this cell carries."""
        return {"levels": self.levels, "note": self.note}


#: a reported form: the reader and the cell -> a reported value, or None to decline
ReportedForm = Callable[[Reader, Cell], "m.Reported | None"]


def read_reported(r: Reader, items: Sequence[Item], text: str, forms: Sequence[ReportedForm]) -> m.Reported:
    """The first form (in table order) that reads the cell; ``unrecognized`` if none does."""
    cell = _cell(r, items, text)
    opened = open_range(r, cell.head)  # ~7, 7-: about 7, up to 7, 7 and over, a range cut short? unread, saying so
    for form in forms if not (opened or sign_unsure(cell.head)) else ():  # –7, 增长—7%: a minus or a stray dash?
        found = form(r, cell)
        if found is not None:
            return found
    return m.UnrecognizedValue(text=text, spans=(*opened, *ratio_spans(r, cell.head), *cell.spans), **cell.extra)


def ratio_spans(r: Reader, items: Sequence[Item]) -> tuple[m.Span, ...]:
    """The spans of the ratios among ``items`` that are no figure (1:2.48, 3:2), role :data:`RATIO`: where a text is
    refused, the judge says why (judge/words.py, refusals)."""
    return tuple(r.span(item, RATIO) for item in items if isinstance(item, Token) and item.means(RATIO) == "")


def _cell(r: Reader, items: Sequence[Item], text: str) -> Cell:
    levels: list[m.LevelValue] = []
    notes: list[str] = []
    spans: list[m.Span] = []
    items = _unclosed_opened(items, text)
    for index, bracket in enumerate(items):
        if not isinstance(bracket, Group):
            continue
        if _footnote(bracket, items[index + 1] if index + 1 < len(items) else None):
            spans.append(r.span(bracket, "footnote"))
            continue
        level = _level(r, bracket)
        if level is not None:
            levels.append(level)
            spans.append(r.span(bracket, "level"))
        else:
            notes.append(r.text_of(list(bracket.items)) or r.text_of([bracket]))
            spans.append(r.span(bracket, "note"))
    head = trim([item for item in items if not isinstance(item, Group)])
    note = lexicon().reported.note_separator.join(notes) or None
    return Cell(text, tuple(items), tuple(head), tuple(spans), tuple(levels), note)


def _unclosed_opened(items: Sequence[Item], text: str = "") -> Sequence[Item]:
    """``…优良天数比例达89.3%(扣除沙尘影响,重污染天数比例仅为0.9%。``: a bracket opened and never closed (a copy lost its
    end) holding a clause mark is no note on the figure before it but the sentence going on: its items are the head's;
    as is one going on past a line break (a pasted row's cells, one a line: 1 / 地区生产总值增速(% / 7 / 6.8, the
    eleventh set's oy033, was judged on its row number 1, the rest a note). A closed bracket, or one without a clause
    mark or line (``8.5（同口径``), stays as it was."""
    last = items[-1] if items else None
    if not (isinstance(last, Group) and last.close is None and (any(
            isinstance(item, Token) and is_kind(item, PUNCT) and item.text in lexicon().choosing.clause_marks
            for item in last.items) or "\n" in text[last.open.start:])):
        return items
    return (*items[:-1], *last.items)


def _footnote(bracket: Group, after: Item | None) -> bool:
    """``国内生产总值[2]1210207亿元``: a bracket holding only a whole number, right before the figure,
    marks a footnote; it is neither the value nor a note on it."""
    inner = trim(bracket.items)
    return (
        len(inner) == 1 and isinstance(inner[0], Token) and is_kind(inner[0], NUM) and inner[0].unit is None
        and inner[0].value is not None and inner[0].value == inner[0].value.to_integral_value()
        and is_kind(after, NUM)
    )


#: the role of a figure's span in a sentence where it counts or dates something (2项指标, 12月), never the value
NOT_VALUE = "not_value"
#: the name of the level a bracket's 上年 (zh.yaml level_labels) or an earlier year gives: the previous period's figure
PREVIOUS = m.PREVIOUS_LEVEL


def _level(r: Reader, bracket: Group) -> m.LevelValue | None:
    """``（市级3.12）``, ``（上年为2.15）``: the level a bracket names, or None. ``（2021年为2.15）``: a year's figure
    beside a reported value is the earlier one it is set against (the previous period's)."""
    items = trim(bracket.items)
    if len(items) == 3 and isinstance(items[1], Token) and is_kind(items[1], TEXT) \
            and items[1].text in lexicon().reported.stated:
        items = [items[0], items[2]]  # 上年为2.15: the label, its figure
    if len(items) == 2 and isinstance(items[0], Token) and isinstance(items[1], Token) and is_kind(items[1], NUM):
        label, number = items[0], items[1]
        if is_a(label, "level_label"):
            return m.LevelValue(name=label.means("level_label") or "", label=label.text, value=r.quantity(number))
        if is_kind(label, YEAR) and len(bracket.items) > 2:  # （2021年为2.15）, never a bare （2021年2.15）
            return m.LevelValue(name=PREVIOUS, label=label.text, value=r.quantity(number))
    return None


def says_none(text: str) -> bool:
    """Whether a cell says "none" and nothing else (``-``, ``—``, ``/``, ``无``, ``／``, or nothing at all:
    ``reported.missing``, matched on the folded text): a reported cell without a value, a plan cell without a target
    for its period (plan tables leave a year without a target so)."""
    folded = fold_once(text).text
    return not folded or folded in lexicon().reported.missing


def not_available(r: Reader, cell: Cell) -> m.Reported | None:
    """``该指标年底出上年数据``: the value comes later."""
    if not any(is_a(item, "not_available") for item in cell.items):
        return None
    return m.NotAvailable(text=cell.text, spans=cell.spans, **cell.extra)


def attested(r: Reader, cell: Cell) -> m.Reported | None:
    """``可完成``, ``完成净减1.2平方公里任务``: completion attested, without a value to judge. ``全年可完成``,
    ``预计全年完成``, ``有望完成``: words saying when or how sure (``reported.estimate``) may come before it."""
    head = cell.head
    lead = _estimate(head)
    if lead:
        head = head[lead:]
    if not head or not (is_a(head[0], "attested") or is_a(head[0], "complete") or is_a(head[0], "reach")):
        return None
    if any(is_kind(item, NUM) for item in head):
        # one clause only: figures of other clauses before a task done (…增长9.4%；全面完成省下达的节能减排任务, 海口
        # 2012 in a review) are those clauses' own, no completion of this one
        marks = lexicon().choosing.clause_marks
        attests = is_a(head[-1], "task_noun") and not any(
            isinstance(item, Token) and is_kind(item, PUNCT) and item.text in marks for item in head)
    else:
        attests = any(is_a(item, "attested") or is_a(item, "ref") or is_a(item, "task_noun") for item in head)
        # plain words ending it say how it went (完成情况不理想, 完成任务较差, 完成率低于序时进度: no attestation)
        # unless they name what was completed (完成年度计划, …约束性指标)
        ends = (*lexicon().outcome.plan, *lexicon().tasks.listed)
        attests = attests and (not is_kind(head[-1], TEXT) or len(head) == 1 or r.text_of([head[-1]]).endswith(ends))
    if not attests:
        return None
    said: tuple[m.Span, ...] = ()
    if lead:  # 预计全年: one span from the first word to the last
        start, end = r.bounds(cell.head[0], cell.head[lead - 1])
        said = (m.Span(start=start, end=end, role="estimate", text=r.text_of(list(cell.head[:lead]))),)
    return m.Attested(text=cell.text, spans=(*said, r.span(head[0], "attested"), *cell.spans), **cell.extra)


def _estimate(head: Sequence[Item]) -> int:
    """How many items at the head's start are words of ``reported.estimate`` (全年, 预计, 有望), one after another and
    nothing else, before a word that is no plain text; 0 where none are, or where other words are among them
    (预计较难完成: hard to complete, no attestation)."""
    words = lexicon().reported.estimate
    said = ""
    for index, item in enumerate(head):
        if not isinstance(item, Token) or is_kind(item, NUM, YEAR, PUNCT):
            return 0
        # a task's noun among them is their word too (这些任务均已完成: 这些任务 + 均)
        if index and not is_kind(item, TEXT) and item.means("hedge") is None and not is_a(item, "task_noun"):
            return index if _made_of(said, words) else 0
        said += item.text
    return 0


def _made_of(text: str, words: Sequence[str]) -> bool:
    """Whether ``text`` is ``words`` one after another (全年有望: 全年 + 有望), the longest word tried first at each place."""
    if not text:
        return False
    while text:
        word = next((w for w in sorted(words, key=len, reverse=True) if text.startswith(w)), None)
        if word is None:
            return False
        text = text[len(word):]
    return True


def flat(r: Reader, cell: Cell) -> m.Reported | None:
    """``与上年持平``, ``持平``: no change from the previous period, read as a change of 0 labelled with its words
    (against a level's target it gives no figure: pending, judge/evaluate.py)."""
    head = cell.head
    if not head or not all(isinstance(item, Token) for item in head):
        return None
    words = "".join(item.text for item in head if isinstance(item, Token))
    if words not in lexicon().reported.flat:
        found = _flat_pattern().search(words)  # 全年居民消费价格与上年持平 (国家统计局's 2025 公报), 与2024年持平: a name
        name = words[:found.start()] if found else ""  # then no change: labelled with both, the year as 上年
        if not found or not name or any(ch.isdigit() for ch in name) or any(word in name for word in (
                *lexicon().choosing.rate_words, *lexicon().measures.rate, *lexicon().measures.decline)):
            return None  # 增速与上年持平: the rate is last year's, no change of 0
        if name.endswith((*lexicon().level_labels, *(word for entry in lexicon().references for word in entry.words))):
            return None  # 规上工业增加值与全省持平: level with the province's, no change of 0
        words = name + lexicon().reported.flat[int(str(found.lastgroup)[1:])]
    return m.Value(
        text=cell.text, value=m.Quantity(value=Decimal(0), unit=None), change="up", label=words,
        spans=(r.span(head[0], "flat"), *cell.spans), **cell.extra,
    )


def _flat_pattern_of() -> re.Pattern[str]:
    """A flat word of zh.yaml ``reported.flat`` ending a text (与上年持平), or with a year in place of the previous
    year's word (与2024年持平: change_bases.previous_year, numerals.year); group ``w<i>``: the i-th flat word."""
    words, year = lexicon().reported.flat, re.escape(lexicon().numerals.year)
    previous = sorted(lexicon().change_bases.previous_year, key=len, reverse=True)
    alternatives = []
    for i, word in enumerate(words):
        said = next((p for p in previous if p in word), None)
        pattern = re.escape(word)
        if said is not None:
            before, _, after = word.partition(said)
            pattern += "|" + re.escape(before) + r"\d{4}" + year + re.escape(after)
        alternatives.append((len(word), f"(?P<w{i}>{pattern})"))
    return re.compile("(?:" + "|".join(p for _, p in sorted(alternatives, key=lambda a: -a[0])) + ")$")


_flat_pattern = per_lexicon(_flat_pattern_of)


def measured(r: Reader, cell: Cell) -> m.Reported | None:
    """[label] [action|change] <numeric shape>: ``4``, ``8-9``, ``优良水体比例87.5``, ``比上年增长4.1%``."""
    head = list(cell.head)
    done = _done(r, head, cell)
    if done is not None:
        return done
    index = 0
    while index < len(head) and is_kind(head[index], TEXT):
        index += 1
    way = None
    if index < len(head) and isinstance(head[index], Token) and not is_a(head[index], "op_before"):
        way = change(head[index])
        if way is not None or is_a(head[index], "action"):
            index += 1
    head, remark = _preliminary(r, head)  # 6.5快报数: a remark that the figure is preliminary, no unit
    shape = read_shape(r, head[index:])
    if shape is None:
        return None
    shape.remarks += remark
    label_items = head[:index]
    if label_items:  # 新增 | 就业参保大学生 35万人: the label is the words before the action and the shape's own after it
        label_items += head[index:index + sum(span.role == "label" for span in shape.remarks)]
        shape.label = r.text_of(label_items)
        shape.remarks = tuple(r.span(item, "label") for item in label_items) + tuple(
            span for span in shape.remarks if span.role != "label")
    return _value(r, shape, way, cell)


def _preliminary(r: Reader, head: list[Item]) -> tuple[list[Item], tuple[m.Span, ...]]:
    """A cell's figure then words saying it is preliminary (6.5快报数, 6.5初步统计: zh.yaml reported.preliminary): the
    head without them, and their span (role :data:`PRELIMINARY`); the words were read as the figure's unit."""
    last = head[-1] if len(head) >= 2 else None
    if isinstance(last, Token) and is_kind(last, TEXT) and is_kind(head[-2], NUM) and (
            fold_once(last.text).text in lexicon().reported.preliminary):
        return head[:-1], (r.span(last, PRELIMINARY),)
    return head, ()


def _done(r: Reader, head: list[Item], cell: Cell) -> m.Completion | None:
    """``完成95%``, ``全年完成95%``, ``固定资产投资完成95%``: a completion verb right before the one figure, in %, without
    the plan named (完成目标的95% names it: language/outcomes.py). The share of the year's task done, as a
    plan-execution table's cell writes it, or the indicator's own figure where that is in %: the judge tells which
    (``of_plan`` False), or says it cannot. None for any other cell."""
    if len(head) < 2:
        return None
    number, verb = head[-1], head[-2]
    if not (isinstance(number, Token) and is_kind(number, NUM) and number.unit == "%" and isinstance(verb, Token)):
        return None
    if not is_a(verb, "complete") or is_a(verb, "reach"):  # 完成, not 超额完成5% (5% more) nor 实现 (reach)
        return None
    if not all(isinstance(item, Token) and (is_kind(item, TEXT) or is_a(item, "hedge")) for item in head[:-2]):
        return None
    label = r.text_of(head[:-2]) or None
    spans = (r.span(number, "ratio"), r.span(verb, "complete"), *cell.spans)
    return m.Completion(text=cell.text, ratio=r.quantity(number), label=label, of_plan=False, spans=spans,
                        **cell.extra)


def _value(r: Reader, shape: Shape, way: Change | None, cell: Cell) -> m.Reported:
    common = {"text": cell.text, "spans": shape.spans + shape.remarks + cell.spans, "label": shape.label, **cell.extra}
    if shape.high is not None:
        if shape.ops:
            return m.UnrecognizedValue(**common)
        low, high = share_unit(r.quantity(shape.low), r.quantity(shape.high))
        if reversed_ends(low, high):  # 8-负2: a range written high to low, or 8 - (-2)? refused, not guessed
            return m.UnrecognizedValue(**{**common, "spans": (reversed_span(r, shape.spans), *cell.spans)})
        return m.RangeValue(low=low, high=high, **common)
    value = r.quantity(shape.low)
    if shape.ops:
        comparator = combine(shape.ops)
        return m.BoundValue(op=comparator, value=value, **common) if comparator else m.UnrecognizedValue(**common)
    if _nearly(shape) and way is None:  # 近10万人, 接近10万人: nearly, so under it (was judged at 10万: met 10万人以上)
        return m.BoundValue(op="lt", value=value, **common)
    if shape.approx:
        return m.ApproxValue(value=value, **common)
    return m.Value(value=value, change=way, **common)


def _nearly(shape: Shape) -> bool:
    """A reported figure said to be nearly reached (zh.yaml ``approx.below``: 接近; ``approx.near`` ending the words
    before it: 近, 将近), not a word ending so (``approx.near_not``: 最近, 附近): under the figure, how far not said."""
    words = lexicon().approx
    if any(span.role == "approx" and fold_once(span.text).text in words.below for span in shape.spans):
        return True
    label = fold_once(shape.label).text if shape.label else ""
    return bool(words.near) and label.endswith(words.near) and not label.endswith(words.near_not)


def sentence(r: Reader, cell: Cell) -> m.Reported | None:
    """A bulletin sentence: its one candidate number (``比上年增长4.1%``), or ``ambiguous`` for several."""
    head = _mended(r, list(cell.head))
    since = _since(r, head, cell)
    if since is not None:
        return since
    candidates = [index for index, item in enumerate(head) if is_kind(item, NUM) and _is_candidate(head, index)]
    if len(candidates) == 1:
        value = _sentence_value(r, head, candidates[0], cell.text)
        return value.model_copy(update={"spans": value.spans + cell.spans, **cell.extra})
    if len(candidates) > 1:
        found = tuple(_sentence_value(r, head, i, r.text_of([head[i]])) for i in candidates)
        spans = tuple(r.span(head[i], "candidate") for i in candidates)
        return m.Ambiguous(text=cell.text, candidates=found, spans=spans, **cell.extra)
    ranks = [index for index, item in enumerate(head) if is_kind(item, NUM) and _rank_counter(head, index)]
    if len(ranks) == 1:  # 全省第2位 (a count by its 第 above): a rank stated in words, the figure in its counter 位
        value = _sentence_value(r, head, ranks[0], cell.text)
        unit = _rank_counter(head, ranks[0])
        return value.model_copy(update={"value": m.Quantity(value=value.value.value, unit=unit),
                                        "spans": value.spans + cell.spans, **cell.extra})
    counts = [r.span(item, NOT_VALUE) for item in head if is_kind(item, NUM)]
    if counts:  # 2项指标完成全年目标任务, 12月: figures there are, but each a count or a date (refused: judge/words.py)
        return m.UnrecognizedValue(text=cell.text, spans=(*counts, *cell.spans), **cell.extra)
    return None


def _mended(r: Reader, head: list[Item]) -> list[Item]:
    """``生產總值6835. 27億元``, ``人口自然增長率6. 2‰``: a decimal point a copy parted from its next digits by a space,
    after text, joined again into one figure (6835.27, 6.2), as documents.readers.mend_figures mends a document (a
    Chinese sentence never ends in a point); the lexer read 6835. and 27 apart, and 27亿元 was the GDP's level."""
    text = r.tokens.folded.text
    at = len(head) - 2
    while at >= 1:
        whole, part = head[at], head[at + 1]
        if isinstance(whole, Token) and isinstance(part, Token) and is_kind(whole, NUM) and is_kind(part, NUM) \
                and whole.text.endswith(".") and whole.text[:-1].isdigit() and len(whole.text) <= 7 \
                and part.start == whole.end + 1 and text[whole.end] == " " and _written(text[whole.start - 1]):
            digits = part.text[:len(part.text) - len(part.unit or "")]
            if digits.isdigit():
                value = Decimal(whole.text + digits)
                head[at:at + 2] = [Token(NUM, whole.start, part.end, text[whole.start:part.end], (), value, part.unit)]
        at -= 1
    return head


def _written(char: str) -> bool:
    """A character of a script's words, not a Latin letter, digit or mark (Chinese text before a figure)."""
    return char.isalpha() and not char.isascii()


def _is_candidate(head: list[Item], index: int) -> bool:
    after = head[index + 1] if index + 1 < len(head) else None
    before = head[index - 1] if index else None
    words = lexicon().not_values
    number = head[index]
    if isinstance(number, Token) and number.text.startswith(".") and index and not is_kind(before, NUM):
        return False  # 生产总值^[^2^].63亿元: a mirror lost the figure's leading digits (0.63 is no reading of it)
    if isinstance(after, Token) and after.text.startswith(words.after):
        return False  # 12月, 3个月: a date or a count, not the value
    if _qualifies_name(head, index):
        return False  # 实际利用省外2000万元以上项目资金增长5%: which projects, a name's words (targets.qualified_subject)
    if _from_figure(head, index):
        return False  # …，服务业比重由45.3%提高到51.6%，…: the previous period's figure, as _since reads a clause alone
    if isinstance(before, Token) and before.text.endswith(tuple(lexicon().approx.near)) and isinstance(after, Token) \
            and after.text.startswith(tuple(lexicon().change.multiples)):
        return False  # 增长近1倍 in a sentence: a multiple nearly reached, unread here (1 was judged a growth of 1%)
    return not (isinstance(before, Token) and before.text.endswith(words.before)) and not ordinal_run(head, index)  # 第3


def _from_figure(head: list[Item], index: int) -> bool:
    """The first figure of ``由45.3%提高到51.6%`` (a ``since`` word right before it, a comparator word or a change word
    and 到/至 after it, then a figure) in a sentence of several: the previous period's, never a candidate value."""
    since_at = index - 1 - _dated(head, index)
    before = head[since_at] if since_at >= 0 else None
    if not (isinstance(before, Token) and is_kind(before, TEXT)
            and before.text.endswith(tuple(lexicon().reported.since))):
        return False
    between = head[index + 1:index + 3]
    if len(between) == 2 and is_a(between[0], "op_before") and is_kind(between[1], NUM):
        return True
    return len(head) > index + 3 and change(between[0]) is not None and _to(between[1]) \
        and is_kind(head[index + 3], NUM)


def _to(item: Item) -> bool:
    """到 or 至 (a range's separator) after a change word, or 为 (zh.yaml ``reported.stated``): 由2.05:1下降为2.02:1 as
    降至 (the X was judged the value: 2.05 MISSED 缩小到2.03以内)."""
    return is_a(item, "rsep") or isinstance(item, Token) and is_kind(item, TEXT) and fold_once(item.text).text in \
        lexicon().reported.stated


def _from_label(r: Reader, head: list[Item], start: int, before: list[Item]) -> str | None:
    """The label of the Y of ``研发投入强度从2.77%提高到3.3%`` in a sentence (:func:`_from_figure`: X no candidate): the
    words naming what rose (研发投入强度, its since word left out, as :func:`_since` labels it) with those after X
    (提高到); labelled only 提高到, the figure named nothing and was taken for any target's (地区生产总值增长5%: MISSED)."""
    if not (start and is_kind(head[start - 1], NUM) and _from_figure(head, start - 1)):
        return None
    since_at = start - 2 - _dated(head, start - 1)
    begin = since_at
    while begin and not is_kind(head[begin - 1], PUNCT, NUM):
        begin -= 1
    mark = head[since_at]  # its folded text ends with the since word (從 as 从), as _from_figure found
    word = next((word for word in lexicon().reported.since if isinstance(mark, Token) and mark.text.endswith(word)), "")
    named = r.text_of(head[begin:since_at + 1])
    return (named[:len(named) - len(word)] + r.text_of(before)) or None


def _rank_counter(head: list[Item], index: int) -> str | None:
    """The rank's counter (zh.yaml ``rank_counters``: 位, 名) of a figure in no unit between a place word
    (``rank_places``: 第) and that counter, written against both (全省第2位); None for any other figure (第3, 第一产业)."""
    number, lex = head[index], lexicon()
    before = head[index - 1] if index else None
    after = head[index + 1] if index + 1 < len(head) else None
    if not (isinstance(number, Token) and isinstance(before, Token) and before.end == number.start
            and before.text.endswith(lex.rank_places)):
        return None
    if number.unit is not None:  # 第2名: the counter read as the figure's unit already
        return number.unit if number.unit in lex.rank_counters else None
    if not (isinstance(after, Token) and is_kind(after, TEXT) and after.start == number.end):
        return None
    return next((counter for counter in lex.rank_counters if after.text.startswith(counter)), None)


def _qualifies_name(head: list[Item], index: int) -> bool:
    """``2000万元以上项目资金…增长5%``: a figure with 以上/以下 written right against the words of a name after it, and a
    figure of its own later in the clause, says which things the name counts (as a target's 5岁以下儿童死亡率); never
    after a change word (增长5%以上，…) or where the clause has no other figure (新增就业1.2万人以上完成全年目标)."""
    if index + 2 >= len(head) or index and change(head[index - 1]) is not None:
        return False
    side, name = head[index + 1], head[index + 2]
    if not (is_a(side, "op_after") and isinstance(side, Token) and isinstance(name, Token)
            and is_kind(name, TEXT) and name.start == side.end):
        return False
    for item in head[index + 3:]:
        if is_kind(item, PUNCT):
            return False
        if is_kind(item, NUM):
            return True
    return False


def _sentence_value(
    r: Reader, head: list[Item], index: int, text: str
) -> m.Value | m.BoundValue | m.ApproxValue:
    """The number of a sentence (比上年增长4.1%), labelled by the words just before it; a comparator or
    左右 right after it keeps it a bound or an approximation (调查失业率在5.3%以下)."""
    number = head[index]
    assert isinstance(number, Token)
    start = index
    while start and not is_kind(head[start - 1], PUNCT, NUM):
        start -= 1
    before = head[start:index]
    way = change(before[-1]) if before else None
    if way is None and len(before) >= 2 and (r.text_of(before[-1:]) in lexicon().reported.particles
                                             or fold_once(r.text_of(before[-1:])).text in lexicon().approx.near):
        way = change(before[-2])  # 较去年同期增长了6.4%: the particle after the change word; 比上年增长近7%: nearly
    if way is None and start and before and r.text_of(before) in lexicon().several.conjunctions and is_kind(
            head[start - 1], NUM):  # …增长2.9%,与1至10月份持平: a mark before 与, no figure (was an AssertionError)
        prior = _sentence_value(r, head, start - 1, text)  # 分别增长5%和8%: the 8% is a rise too, as the 5% is
        way = prior.change if isinstance(prior, m.Value) else None
    after = head[index + 1] if index + 1 < len(head) else None
    common: dict[str, Any] = {
        "text": text, "value": r.quantity(number), "label": _from_label(r, head, start, before) or r.text_of(before) or None,
        "spans": (r.span(number, "number"), *_counted(r, head, index)),
    }
    side = after.means("op_after") if isinstance(after, Token) else None
    if side in ("ge", "gt", "le", "lt") and way is None and isinstance(after, Token):  # its word a comparator, as a
        return m.BoundValue(op=side, **{**common, "spans": (*common["spans"], r.span(after, "comparator"))})  # cell's
    if is_a(after, "approx_after") and way is None:
        return m.ApproxValue(**common)
    ahead = before[-1].means("op_before") if before and isinstance(before[-1], Token) and way is None else None
    if ahead in ("gt", "lt"):  # …,经济总量突破5000亿元: above 5000, as the clause alone reads (never 升至, 提高到: reached)
        # labelled without the comparator, as the clause alone is: 下降超过2%，… a fall (it was a rise: MET 增长1%)
        spans = (r.span(before[-1], "comparator"), *common["spans"])
        return m.BoundValue(op=ahead, **{**common, "label": r.text_of(before[:-1]) or None, "spans": spans})
    return m.Value(change=way, **common)


def _counted(r: Reader, head: list[Item], index: int) -> tuple[m.Span, ...]:
    """The span (role :data:`COUNTED`) of the plain words right after a sentence's figure whose unit is a multiplier
    alone (units.yaml ``multipliers``), past its 多/以上/左右: 约5000多万居民搬进新家 counts 居民, so its 万 is no target's
    unit left out (5000万套: judge/unwritten.check_counted). A cell of the figure alone (5000万) has no such words.
    A figure with no unit at all has the plain words written right against it (a space apart at most) marked so: the
    unit the table lacks, or whatever they count (完成投资7兆兆亿元, 178 GW新增装机量), is no target's unit left out.
    Words saying the figure is preliminary (6.5初步统计: zh.yaml reported.preliminary) are marked :data:`PRELIMINARY`
    instead, whatever its unit: a remark, the figure judged."""
    number = head[index]
    if not isinstance(number, Token):
        return ()
    after = head[index + 1] if index + 1 < len(head) else None  # 6.5初步统计: a remark, no unit (PRELIMINARY)
    if isinstance(after, Token) and is_kind(after, TEXT) and fold_once(after.text).text in lexicon().reported.preliminary:
        return (r.span(after, PRELIMINARY),)
    if r.quantity(number).unit is None:
        after = head[index + 1] if index + 1 < len(head) else None
        apart = r.tokens.folded.text[number.end:after.start] if isinstance(after, Token) else "x"
        if isinstance(after, Token) and is_kind(after, TEXT) and not apart.strip():
            return (r.span(after, COUNTED),)
        return ()
    if r.quantity(number).unit not in units().multipliers:
        return ()
    at = index + 1
    while at < len(head) and (is_a(head[at], "op_after") or is_a(head[at], "approx_after")):
        at += 1
    after = head[at] if at < len(head) else None
    return (r.span(after, COUNTED),) if isinstance(after, Token) and is_kind(after, TEXT) else ()


def _since(r: Reader, head: list[Item], cell: Cell) -> m.Value | None:
    """``由2.15降至2.1``, ``城乡居民收入比从2.15缩小到2.1``: the second figure is the value, the first the previous
    period's (a level named :data:`PREVIOUS`): words ending with a ``since`` word, a figure, a comparator word or a
    change word and 到/至, and the last figure. Anything else declines."""
    numbers = [index for index, item in enumerate(head) if is_kind(item, NUM)]
    if len(numbers) != 2 or numbers[1] != len(head) - 1 or not numbers[0]:
        return None
    first, second = numbers
    since_at = first - 1 - _dated(head, first)  # 从2020年的2.56: the year of the first figure, and 的
    between = head[first + 1:second - _dated(head, second)]  # 提高到2002年的3.1
    if since_at < 0:
        return None
    before = head[since_at]
    if not (isinstance(before, Token) and is_kind(before, TEXT)):
        return None
    word = next((word for word in lexicon().reported.since if before.text.endswith(word)), None)
    if word is None:
        return None
    to = len(between) == 1 and is_a(between[0], "op_before") or len(between) == 2 and change(between[0]) is not None \
        and _to(between[1])
    if not to:
        return None
    start, end = head[first], head[second]
    assert isinstance(start, Token) and isinstance(end, Token)
    said = word + r.text_of(head[since_at + 1:first + 1])  # 由2.15, 从2020年的2.56
    previous = m.LevelValue(name=PREVIOUS, label=said, value=r.quantity(start))
    label = r.text_of(head[:since_at + 1])[:-len(word)] or None  # 城乡居民收入比由: the name, without 由
    return m.Value(
        text=cell.text, value=r.quantity(end), change=None, label=label, levels=(*cell.levels, previous),
        note=cell.note, spans=(r.span(end, "number"), r.span(start, "level"), *cell.spans),
    )


def _dated(head: list[Item], at: int) -> int:
    """How many items before the figure at ``at`` date it (``2020年的``: a year and a ``stated`` word; ``上年同期的``: the
    previous period's label, level_labels), or 0."""
    if at < 2 or not (is_kind(head[at - 2], YEAR) or is_a(head[at - 2], "level_label")):
        return 0
    word = head[at - 1]
    return 2 if isinstance(word, Token) and is_kind(word, TEXT) and word.text in lexicon().reported.stated else 0
