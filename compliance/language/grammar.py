"""Tokens -> constraints and reported values (the second step of parsing).

Each rule reads a whole sequence or declines (returns ``None``); nothing is skipped silently, so
leftover words make a target ``unrecognized`` rather than a guess. Brackets become groups, which
the rules for revisions (``7.2（调整为5.5）``), references (``达到市级要求（3.2）``), comparison
levels (``2.63（市级3.12）``) and notes (``0.1（同口径8%）``) read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Union

from .. import models as m
from .lexer import DURATION, LPAREN, NUM, PUNCT, RPAREN, SYNC, TEXT, WORD, YEAR, Token, Tokens, tokenize
from .lexicon import lexicon


@dataclass(frozen=True, slots=True)
class Group:
    """A bracketed part: ``（3.2）``."""

    open: Token
    items: tuple[Item, ...]
    close: Token | None


Item = Union[Token, Group]

#: a word this short right after a number, ending the phrase, is read as a unit the table lacks
_MAX_UNIT = 3


def _group(tokens: Sequence[Token]) -> list[Item]:
    stack: list[tuple[Token | None, list[Item]]] = [(None, [])]
    for token in tokens:
        if token.kind == LPAREN:
            stack.append((token, []))
        elif token.kind == RPAREN and len(stack) > 1:
            opener, items = stack.pop()
            assert opener is not None
            stack[-1][1].append(Group(opener, tuple(items), token))
        else:
            stack[-1][1].append(token)
    while len(stack) > 1:  # an unclosed bracket: keep what it holds as a group
        opener, items = stack.pop()
        assert opener is not None
        stack[-1][1].append(Group(opener, tuple(items), None))
    return stack[0][1]


def _first(item: Item) -> Token:
    return item.open if isinstance(item, Group) else item


def _last(item: Item) -> Token:
    if isinstance(item, Group):
        return item.close or (_last(item.items[-1]) if item.items else item.open)
    return item


def _is(item: Item, category: str) -> bool:
    return isinstance(item, Token) and item.means(category) is not None


def _trim(items: Sequence[Item]) -> list[Item]:
    items = list(items)
    while items and isinstance(items[0], Token) and items[0].kind == PUNCT:
        items.pop(0)
    while items and isinstance(items[-1], Token) and items[-1].kind == PUNCT:
        items.pop()
    return items


class _Reader:
    """Builds models from token items, tracking source spans."""

    def __init__(self, tokens: Tokens) -> None:
        self.tokens = tokens
        self.source = tokens.folded.source

    def span(self, item: Item, role: str) -> m.Span:
        start, _ = self.tokens.source_span(_first(item))
        _, end = self.tokens.source_span(_last(item))
        return m.Span(start=start, end=end, role=role, text=self.source[start:end])

    def text_of(self, items: Sequence[Item]) -> str:
        if not items:
            return ""
        start, _ = self.tokens.source_span(_first(items[0]))
        _, end = self.tokens.source_span(_last(items[-1]))
        return self.source[start:end]

    def quantity(self, token: Token) -> m.Quantity:
        assert token.value is not None
        return m.Quantity(value=token.value, unit=token.unit)

    # ------------------------------------------------------------------ targets

    def target(self, items: Sequence[Item]) -> m.Constraint | None:
        items = _trim(items)
        if not items:
            return None
        text = self.text_of(items)
        for rule in (
            self._revised, self._provisional, self._sync, self._reference, self._cumulative,
            self._change_over_years, self._change, self._direction, self._task, self._horizon, self._numeric,
        ):
            found = rule(items, text)
            if found is not None:
                return found
        return None

    def _hedged(self, items: list[Item]) -> tuple[list[Item], list[m.Span]]:
        """Drop leading words of effort (力争, 确保) and keep them as remarks."""
        remarks = []
        while items and _is(items[0], "hedge") and len(items) > 1:
            remarks.append(self.span(items[0], "hedge"))
            items = items[1:]
        return items, remarks

    def _revised(self, items: list[Item], text: str) -> m.Constraint | None:
        for index, item in enumerate(items):
            if isinstance(item, Group) and item.items and _is(item.items[0], "revise"):
                rest: Sequence[Item] = item.items[1:]
            elif _is(item, "revise") and index:
                rest = items[index + 1 :]
            else:
                continue
            original = self.target(items[:index])
            revised = self.target(rest)
            if original is None or revised is None or (isinstance(item, Group) and items[index + 1 :]):
                return None
            word = item.items[0] if isinstance(item, Group) else item
            return m.Revised(text=text, original=original, revised=revised, spans=(self.span(word, "revision"),))
        return None

    def _provisional(self, items: list[Item], text: str) -> m.Constraint | None:
        if not _is(items[0], "provisional"):
            return None
        rest = list(items[1:])
        if len(rest) == 1 and isinstance(rest[0], Group):
            rest = list(rest[0].items)
        inner = self.target(rest)
        if inner is None:
            return None
        word = items[0]
        assert isinstance(word, Token)
        return m.Provisional(text=text, note=word.text, inner=inner, spans=(self.span(word, "provisional"),))

    def _sync(self, items: list[Item], text: str) -> m.Constraint | None:
        items, remarks = self._hedged(items)
        if not isinstance(items[-1], Token) or items[-1].kind != SYNC:
            return None
        for item in items[:-1]:  # the indicator's own name in front: 居民人均可支配收入增长
            if not isinstance(item, Token) or not (item.kind == TEXT or item.means("change")):
                return None
            remarks.append(self.span(item, "label"))
        token = items[-1]
        phrase = token.means("sync") or ""
        ref = lexicon().sync.indicators.get(phrase, phrase)
        return m.Sync(
            text=text, ref=ref, phrase=phrase, loose=token.means("sync_loose") == "loose",
            spans=(self.span(token, "sync"),), remarks=tuple(remarks),
        )

    def _reference(self, items: list[Item], text: str) -> m.Constraint | None:
        index = next((i for i, item in enumerate(items) if _is(item, "ref")), None)
        if index is None:
            return None
        before, after = list(items[:index]), _trim(items[index + 1 :])
        before, remarks = self._hedged(before)
        relation: m.Relation = "reach"
        spans = [self.span(items[index], "reference")]
        for item in before:
            if isinstance(item, Token) and item.means("op_before") in ("ge", "gt", "le", "lt"):
                relation = item.means("op_before")  # type: ignore[assignment]
                spans.append(self.span(item, "comparator"))
            elif _is(item, "reach"):
                spans.append(self.span(item, "reach"))
            elif _is(item, "complete") or _is(item, "attested"):
                relation = "complete"
                spans.append(self.span(item, "complete"))
            elif isinstance(item, Token) and (item.kind == TEXT or item.means("change")):
                remarks.append(self.span(item, "label"))  # the indicator's own name: 劳动生产率增长高于…
            else:
                return None
        inline: m.Constraint | None = None
        if after:
            if len(after) != 1 or not isinstance(after[0], Group):
                return None
            inline = self.target(after[0].items)
            if inline is None:
                return None
            spans.append(self.span(after[0], "inline"))
        token = items[index]
        assert isinstance(token, Token)
        return m.Reference(
            text=text, name=token.means("ref") or token.text, phrase=token.text, relation=relation,
            inline=inline, spans=tuple(spans), remarks=tuple(remarks),
        )

    def _cumulative(self, items: list[Item], text: str) -> m.Constraint | None:
        if not _is(items[0], "cumulative"):
            return None
        inner = self.target(items[1:])
        if inner is None:
            return None
        return m.Cumulative(text=text, inner=inner, spans=(self.span(items[0], "cumulative"),))

    def _change_over_years(self, items: list[Item], text: str) -> m.Constraint | None:
        """``五年下降14.5``: a change over N years."""
        if len(items) < 3 or not isinstance(items[0], Token) or items[0].kind != DURATION:
            return None
        change = items[1].means("change") if isinstance(items[1], Token) else None
        if change not in ("up", "down"):
            return None
        inner = self._numeric(items[2:], self.text_of(items[2:]))
        if inner is None:
            return None
        assert items[0].value is not None
        return m.Cumulative(
            text=text, inner=inner, years=int(items[0].value), change=change,  # type: ignore[arg-type]
            spans=(self.span(items[0], "years"), self.span(items[1], "change")),
        )

    def _change(self, items: list[Item], text: str) -> m.Constraint | None:
        """``PM2.5浓度下降10%``, ``研发经费投入增长7%以上``: a change of at least / about / within X."""
        index = 0
        base_year: int | None = None
        while index < len(items) and isinstance(items[index], Token) and items[index].kind in (TEXT, YEAR):  # type: ignore[union-attr]
            token = items[index]
            assert isinstance(token, Token)
            if token.kind == YEAR:  # 比2020年下降18%: the base of the change
                if base_year is not None or token.value is None:
                    return None
                base_year = int(token.value)
            index += 1
        if index + 1 >= len(items) or not isinstance(items[index], Token):
            return None
        word = items[index]
        assert isinstance(word, Token)
        change = word.means("change")
        if change not in ("up", "down") or word.means("op_before"):
            return None
        rest, rest_text = items[index + 1 :], self.text_of(items[index + 1 :])
        inner = self._horizon(rest, rest_text) or self._numeric(rest, rest_text)
        if inner is None:
            return None
        labels = tuple(
            self.span(item, "base_year" if isinstance(item, Token) and item.kind == YEAR else "label")
            for item in items[:index]
        )
        return m.Cumulative(
            text=text, inner=inner, change=change, base_year=base_year,  # type: ignore[arg-type]
            spans=(self.span(word, "change"),), remarks=labels,
        )

    def _direction(self, items: list[Item], text: str) -> m.Constraint | None:
        items, remarks = self._hedged(items)
        labels = [item for item in items[:-1] if isinstance(item, Token) and item.kind == TEXT]
        if len(labels) != len(items) - 1 or not isinstance(items[-1], Token):
            return None
        payload = items[-1].means("direction")
        if payload is None:
            return None
        direction, _, reading = payload.partition(":")
        return m.Direction(
            text=text, direction=direction, growth=reading == "growth",  # type: ignore[arg-type]
            phrase=items[-1].text, spans=(self.span(items[-1], "direction"),),
            remarks=tuple(remarks) + tuple(self.span(label, "label") for label in labels),
        )

    def _task(self, items: list[Item], text: str) -> m.Constraint | None:
        """``净减1.2平方公里``, ``完成净减1.2平方公里任务``."""
        spans = []
        rest = list(items)
        if len(rest) > 1 and _is(rest[0], "complete") and _is(rest[1], "action"):
            spans.append(self.span(rest.pop(0), "complete"))
        if rest and _is(rest[-1], "task_noun"):
            spans.append(self.span(rest.pop(), "task"))
        if not rest or not _is(rest[0], "action") or not spans and len(rest) != 2:
            return None
        action = rest.pop(0)
        assert isinstance(action, Token)
        spans.append(self.span(action, "action"))
        amount = None
        if rest:
            if len(rest) != 1 or not isinstance(rest[0], Token) or rest[0].kind != NUM:
                return None
            amount = self.quantity(rest[0])
            spans.append(self.span(rest[0], "number"))
        elif not spans:
            return None
        return m.Task(text=text, action=action.text, amount=amount, spans=tuple(spans))

    def _horizon(self, items: list[Item], text: str) -> m.Constraint | None:
        """``2035年达到37``: a target for a named year."""
        if len(items) < 2 or not isinstance(items[0], Token) or items[0].kind != YEAR:
            return None
        inner = self._numeric(items[1:], text)
        if not isinstance(inner, m.Level):
            return None
        assert items[0].value is not None
        return inner.model_copy(
            update={"horizon": int(items[0].value), "spans": (self.span(items[0], "horizon"), *inner.spans)}
        )

    def _numeric(self, items: list[Item], text: str) -> m.Constraint | None:
        shape = self._shape(items)
        if shape is None:
            return None
        spans = shape.spans
        if shape.high is not None:
            if shape.ops:
                return None
            low, high = _share_unit(self.quantity(shape.low), self.quantity(shape.high))
            return m.Range(text=text, low=low, high=high, spans=spans, remarks=shape.remarks)
        value = self.quantity(shape.low)
        if shape.ops:
            op = _combine(shape.ops)
            if op is None:
                return None
            return m.Bound(text=text, op=op, value=value, label=shape.label, spans=spans, remarks=shape.remarks)
        if shape.approx:
            return m.Approx(text=text, value=value, label=shape.label, spans=spans, remarks=shape.remarks)
        return m.Level(
            text=text, value=value, verb="reach" if shape.reach else "bare", label=shape.label, spans=spans,
            remarks=shape.remarks,
        )

    def _shape(self, items: list[Item]) -> _Shape | None:
        """[label] [hedge|comparator|达到|约]* NUM [- NUM] [以上|左右]*, nothing else."""
        items = list(items)
        shape = _Shape()
        labels: list[Item] = []
        while items and isinstance(items[0], Token) and (
            items[0].kind == TEXT
            or len(items) > 1 and _is(items[0], "action") and isinstance(items[1], Token) and items[1].kind == TEXT
        ):
            labels.append(items.pop(0))
        if labels:
            shape.label = self.text_of(labels)
            shape.remarks = tuple(self.span(item, "label") for item in labels)
        while items and isinstance(items[0], Token) and items[0].kind == WORD:
            word = items.pop(0)
            assert isinstance(word, Token)
            if word.means("op_before"):
                shape.ops.append(word.means("op_before"))  # type: ignore[arg-type]
                shape.spans += (self.span(word, "comparator"),)
            elif word.means("reach") is not None:
                shape.reach = True
                shape.spans += (self.span(word, "reach"),)
            elif word.means("approx_before") is not None:
                shape.approx = True
                shape.spans += (self.span(word, "approx"),)
            elif word.means("hedge") is not None:
                shape.remarks += (self.span(word, "hedge"),)
            else:
                return None
        if not items or not isinstance(items[0], Token) or items[0].kind != NUM:
            return None
        shape.low = self._with_unit(items)
        shape.spans += (self.span(shape.low, "number"),)
        if len(items) >= 2 and _is(items[0], "rsep") and isinstance(items[1], Token) and items[1].kind == NUM:
            separator = items.pop(0)
            shape.high = self._with_unit(items)
            shape.spans += (self.span(separator, "range"), self.span(shape.high, "number"))
        for word in items:
            if not isinstance(word, Token) or word.kind != WORD:
                return None
            if word.means("op_after"):
                shape.ops.append(word.means("op_after"))  # type: ignore[arg-type]
                shape.spans += (self.span(word, "comparator"),)
            elif word.means("approx_after") is not None:
                shape.approx = True
                shape.spans += (self.span(word, "approx"),)
            else:
                return None
        return shape

    def _with_unit(self, items: list[Item]) -> Token:
        """Pop a number; a short word right after it that the unit table lacks (亩) is its unit."""
        number = items.pop(0)
        assert isinstance(number, Token)
        if items and isinstance(items[0], Token) and items[0].kind == TEXT and len(items[0].text) <= _MAX_UNIT:
            if all(isinstance(rest, Token) and rest.kind == WORD for rest in items[1:]):
                word = items.pop(0)
                assert isinstance(word, Token)
                return Token(NUM, number.start, word.end, number.text + word.text, value=number.value,
                             unit=(number.unit or "") + word.text)
        return number

    # ------------------------------------------------------------------ reported values

    def reported(self, items: Sequence[Item], text: str) -> m.Reported:
        head = _trim([item for item in items if not isinstance(item, Group)])
        groups = [item for item in items if isinstance(item, Group)]
        levels: list[m.LevelValue] = []
        notes: list[str] = []
        spans: list[m.Span] = []
        for group in groups:
            level = self._level(group)
            if level is not None:
                levels.append(level)
                spans.append(self.span(group, "level"))
            else:
                notes.append(self.text_of(list(group.items)) or self.text_of([group]))
                spans.append(self.span(group, "note"))
        extra = {"levels": tuple(levels), "note": "；".join(notes) or None}

        if any(_is(item, "not_available") for item in items):
            return m.NotAvailable(text=text, spans=tuple(spans), **extra)
        numbers = [item for item in head if isinstance(item, Token) and item.kind == NUM]
        if self._attests(head, numbers):
            return m.Attested(text=text, spans=(self.span(head[0], "attested"), *spans), **extra)
        shape = self._reported_shape(head)
        if shape is not None:
            return self._reported_value(shape, text, spans, extra)
        candidates = [
            index for index, item in enumerate(head)
            if isinstance(item, Token) and item.kind == NUM and self._is_candidate(head, index)
        ]
        if len(candidates) == 1:
            value = self._sentence_value(head, candidates[0], text)
            return value.model_copy(update={"spans": value.spans + tuple(spans), **extra})
        if len(candidates) > 1:
            found = tuple(self._sentence_value(head, i, self.text_of([head[i]])) for i in candidates)
            return m.Ambiguous(
                text=text, candidates=found, spans=tuple(self.span(head[i], "candidate") for i in candidates), **extra
            )
        return m.UnrecognizedValue(text=text, spans=tuple(spans), **extra)

    def _level(self, group: Group) -> m.LevelValue | None:
        items = _trim(group.items)
        if len(items) == 2 and _is(items[0], "level_label"):
            number = items[1]
            if isinstance(number, Token) and number.kind == NUM:
                label = items[0]
                assert isinstance(label, Token)
                return m.LevelValue(name=label.means("level_label") or "", label=label.text, value=self.quantity(number))
        return None

    def _attests(self, head: list[Item], numbers: list[Token]) -> bool:
        if not head or not (_is(head[0], "attested") or _is(head[0], "complete") or _is(head[0], "reach")):
            return False
        if not numbers:
            return any(_is(item, "attested") or _is(item, "ref") or _is(item, "task_noun") for item in head)
        return _is(head[-1], "task_noun")

    def _reported_shape(self, head: list[Item]) -> tuple[_Shape, str | None, str | None] | None:
        """[label] [action|change] <numeric shape>: 优良水体比例87.5, 净减1.2平方公里, 比上年增长4.1%."""
        index = 0
        while index < len(head) and isinstance(head[index], Token) and head[index].kind == TEXT:  # type: ignore[union-attr]
            index += 1
        change = action = None
        if index < len(head) and isinstance(head[index], Token):
            word = head[index]
            assert isinstance(word, Token)
            if word.means("change") and not word.means("op_before"):
                change = word.means("change")
                index += 1
            elif word.means("action") is not None and not word.means("op_before"):
                action = word.text
                index += 1
        shape = self._shape(list(head[index:]))
        if shape is None:
            return None
        label_items = head[:index]
        if label_items:
            shape.label = self.text_of(label_items)
            shape.remarks = tuple(self.span(item, "label") for item in label_items)
        return shape, change, action

    def _reported_value(
        self, found: tuple[_Shape, str | None, str | None], text: str, spans: list[m.Span], extra: dict
    ) -> m.Reported:
        shape, change, _ = found
        all_spans = shape.spans + shape.remarks + tuple(spans)
        common = {"text": text, "spans": all_spans, "label": shape.label, **extra}
        if shape.high is not None:
            if shape.ops:
                return m.UnrecognizedValue(**common)
            low, high = _share_unit(self.quantity(shape.low), self.quantity(shape.high))
            return m.RangeValue(low=low, high=high, **common)
        value = self.quantity(shape.low)
        if shape.ops:
            op = _combine(shape.ops)
            return m.BoundValue(op=op, value=value, **common) if op else m.UnrecognizedValue(**common)
        if shape.approx:
            return m.ApproxValue(value=value, **common)
        return m.Value(value=value, change=change, **common)  # type: ignore[arg-type]

    def _is_candidate(self, head: list[Item], index: int) -> bool:
        after = head[index + 1] if index + 1 < len(head) else None
        before = head[index - 1] if index else None
        words = lexicon().not_values
        if isinstance(after, Token) and after.text.startswith(words.after):
            return False  # 12月, 3个月: a date or a count, not the value
        return not (isinstance(before, Token) and before.text.endswith(words.before))  # 第3

    def _sentence_value(self, head: list[Item], index: int, text: str) -> m.Value:
        """The number of a sentence (比上年增长4.1%), labelled by the words just before it."""
        number = head[index]
        assert isinstance(number, Token)
        start = index
        while start and not (isinstance(head[start - 1], Token) and head[start - 1].kind in (PUNCT, NUM)):
            start -= 1
        before = head[start:index]
        change = None
        if before and isinstance(before[-1], Token) and before[-1].means("change"):
            change = before[-1].means("change")
        return m.Value(
            text=text, value=self.quantity(number), change=change, label=self.text_of(before) or None,  # type: ignore[arg-type]
            spans=(self.span(number, "number"),),
        )


@dataclass(slots=True)
class _Shape:
    """What the numeric part of a phrase held: the number(s) and the words around them."""

    low: Token = None  # type: ignore[assignment]  # set as soon as the number is read
    high: Token | None = None
    ops: list[m.Op] = field(default_factory=list)
    reach: bool = False
    approx: bool = False
    label: str | None = None
    spans: tuple[m.Span, ...] = ()
    remarks: tuple[m.Span, ...] = ()


def _combine(ops: list[m.Op]) -> m.Op | None:
    """控制在3%以内 = le and le -> le; 不低于6以下 contradicts -> None. A strict word wins."""
    kinds = set(ops)
    if kinds <= {"ge", "gt"}:
        return "gt" if "gt" in kinds else "ge"
    if kinds <= {"le", "lt"}:
        return "lt" if "lt" in kinds else "le"
    return None


def _share_unit(low: m.Quantity, high: m.Quantity) -> tuple[m.Quantity, m.Quantity]:
    """7-7.5%: a unit written once applies to both ends."""
    if low.unit is None and high.unit is not None:
        low = low.model_copy(update={"unit": high.unit})
    elif high.unit is None and low.unit is not None:
        high = high.model_copy(update={"unit": low.unit})
    return low, high


def parse_target_text(text: str) -> m.Constraint:
    tokens = tokenize(text)
    reader = _Reader(tokens)
    found = reader.target(_group(tokens.items))
    if found is None:
        return m.Unrecognized(text=text)
    if found.text != text:
        found = found.model_copy(update={"text": text})
    return found


def parse_reported_text(text: str) -> m.Reported:
    tokens = tokenize(text)
    folded = tokens.folded.text
    words = lexicon().reported
    if not folded or folded in words.missing:
        return m.Missing(text=text)
    return _Reader(tokens).reported(_group(tokens.items), text)

