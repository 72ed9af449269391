"""What every grammar form reads: tokens with brackets grouped, and spans back to the source.

The lexer gives a flat run of tokens; :func:`group` nests each bracket into a :class:`Group`, so a
form can ask "is the last item a bracket?" (``达到市级要求（3.2）``). A :class:`Reader` holds the
text being read: it turns items into source spans and numbers into quantities, and reads a nested
target (the inside of ``（调整为5.5）``) with the same table of forms as the whole text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

from .. import models as m
from .lexer import LPAREN, PUNCT, RPAREN, WORD, Token, Tokens

Change = Literal["up", "down"]
DirectionName = Literal["up", "down", "better", "steady", "narrower", "at_least"]

#: the comparators a word may mean (its payload): ``op_before`` / ``op_after`` meanings
OPS: dict[str, m.Op] = {"ge": "ge", "gt": "gt", "le": "le", "lt": "lt"}
_CHANGES: dict[str, Change] = {"up": "up", "down": "down"}
_DIRECTIONS: dict[str, DirectionName] = {
    "up": "up", "down": "down", "better": "better", "steady": "steady", "narrower": "narrower", "at_least": "at_least",
}


@dataclass(frozen=True, slots=True)
class Group:
    """A bracketed part: ``（3.2）``."""

    open: Token
    items: tuple[Item, ...]
    close: Token | None


Item = Token | Group

#: a target form: the reader, the items of a phrase and its source text -> a constraint, or None to decline
TargetForm = Callable[["Reader", list[Item], str], "m.Constraint | None"]
#: a further condition of a guard: what the items hold (:func:`features`) and the items -> may the form read them
Check = Callable[[frozenset[str], Sequence[Item]], bool]


@dataclass(frozen=True, slots=True)
class Guard:
    """When a form may read a phrase: a necessary condition of its reading, read off its code, so the form
    is not tried where it would decline anyway. Never a preference: the guarded grammar reads every text
    as the unguarded one (``tests/test_parse_fast.py``).

    The form may read the items only if they hold one of ``any_of`` (token kinds, word meanings,
    :data:`GROUP`; empty: no such condition) and ``check`` (if given) says yes.
    """

    any_of: frozenset[str] = frozenset()
    check: Check | None = None

    def allows(self, held: frozenset[str], items: Sequence[Item]) -> bool:
        """Whether the form may read ``items``, which hold ``held``."""
        if self.any_of and self.any_of.isdisjoint(held):
            return False
        return self.check is None or self.check(held, items)


#: the feature of an item that is a bracket (:class:`Group`)
GROUP = "GROUP"


def group(tokens: Sequence[Token]) -> list[Item]:
    """Nest bracketed tokens into groups; an unclosed bracket keeps what follows it."""
    for token in tokens:
        kind = token.kind
        if kind == LPAREN or kind == RPAREN:
            break
    else:  # no bracket (most phrases)
        return list(tokens)
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


def first(item: Item) -> Token:
    return item.open if isinstance(item, Group) else item


def last(item: Item) -> Token:
    if isinstance(item, Group):
        return item.close or (last(item.items[-1]) if item.items else item.open)
    return item


def is_a(item: Item | None, category: str) -> bool:
    """Whether ``item`` is a word with the lexicon meaning ``category`` (``"hedge"``, ``"ref"`` ...): ``means``
    written out (asked of most items of every phrase read)."""
    if type(item) is not Token:
        return False
    for name, payload in item.meanings:
        if name == category:
            return payload is not None
    return False


def is_kind(item: Item | None, *kinds: str) -> bool:
    """Whether ``item`` is a token of one of ``kinds`` (``NUM``, ``TEXT`` ...), not a bracket."""
    return isinstance(item, Token) and item.kind in kinds


def op(item: Item, category: str) -> m.Op | None:
    """The comparator ``item`` means as ``category`` (``op_before``/``op_after``), if any."""
    return OPS.get(item.means(category) or "") if isinstance(item, Token) else None


def change(item: Item) -> Change | None:
    """The change verb's direction: 增长 -> up, 下降 -> down."""
    return _CHANGES.get(item.means("change") or "") if isinstance(item, Token) else None


def direction(name: str) -> DirectionName | None:
    return _DIRECTIONS.get(name)


def trim(items: Sequence[Item]) -> list[Item]:
    """Without punctuation at either end."""
    items = list(items)
    if not items or not (_is_mark(items[0]) or _is_mark(items[-1])):  # most phrases: nothing to trim
        return items
    while items and is_kind(items[0], PUNCT):
        items.pop(0)
    while items and is_kind(items[-1], PUNCT):
        items.pop()
    return items


def _is_mark(item: Item) -> bool:
    return type(item) is Token and item.kind == PUNCT


def features(items: Sequence[Item]) -> frozenset[str]:
    """What the items hold, for the forms' guards: the kinds of its tokens (``NUM``, ``TEXT`` ...), the
    lexicon meanings of its words (``op_before``, ``ref`` ...) and :data:`GROUP` for a bracket."""
    found: set[str] = set()
    add = found.add
    for item in items:
        if type(item) is Token:
            add(item.kind)
            for name, _ in item.meanings:
                add(name)
        else:
            add(GROUP)
    return frozenset(found)


class _Plan:
    """A table of forms with their guards: for each set of :func:`features`, the forms that may read
    (remembered: the sets met are few, bounded by :data:`_PLAN_SIZE`)."""

    def __init__(self, forms: Sequence[TargetForm], guards: Sequence[tuple[TargetForm, Guard]]) -> None:
        by_form = dict(guards)
        self.forms = tuple((form, by_form.get(form)) for form in forms)
        self._by_features: dict[frozenset[str], tuple[tuple[TargetForm, Check | None], ...]] = {}

    def __call__(self, held: frozenset[str]) -> tuple[tuple[TargetForm, Check | None], ...]:
        found = self._by_features.get(held)
        if found is None:
            found = tuple(
                (form, guard.check if guard is not None else None) for form, guard in self.forms
                if guard is None or not guard.any_of or not guard.any_of.isdisjoint(held)
            )
            if len(self._by_features) >= _PLAN_SIZE:
                self._by_features.clear()
            self._by_features[held] = found
        return found


_PLAN_SIZE = 4096
#: plans per (forms, guards) pair of tables, by identity: the tables are module constants (a table built
#: anew, as a test's, is planned anew)
_PLANS: dict[tuple[int, int], tuple[object, object, _Plan]] = {}


def _plan(forms: Sequence[TargetForm], guards: Sequence[tuple[TargetForm, Guard]]) -> _Plan:
    """The plan of the tables (the one asked last remembered: the grammar's own, nearly always)."""
    global _LAST_PLAN
    last = _LAST_PLAN
    if last is not None and last[0] is forms and last[1] is guards:
        return last[2]
    found = _planned(forms, guards)
    _LAST_PLAN = (forms, guards, found)
    return found


_LAST_PLAN: tuple[object, object, _Plan] | None = None


def _planned(forms: Sequence[TargetForm], guards: Sequence[tuple[TargetForm, Guard]]) -> _Plan:
    key = (id(forms), id(guards))
    known = _PLANS.get(key)
    if known is not None and known[0] is forms and known[1] is guards:
        return known[2]
    plan = _Plan(forms, guards)
    if len(_PLANS) >= 64:
        _PLANS.clear()
    _PLANS[key] = (forms, guards, plan)
    return plan


_M = TypeVar("_M", bound=BaseModel)
_NEW = object.__new__
_SET = object.__setattr__
_COPIED: set[type] = set()  # model classes updated() may copy directly


def updated(model: _M, update: dict[str, Any]) -> _M:
    """``model.model_copy(update=update)``: the fields as ``__dict__`` with ``update`` over them (in the model's
    field order, a new name after them, as ``dict.update`` leaves them), the fields set with the names updated;
    without pydantic's generic copy (a copy of the extras and privates these models never have), ~1.5 -> ~0.5 us.
    Equal to ``model_copy`` field by field, fields set and order included (``tests/test_parse_fast_sentence.py``).
    A class with private attributes or extras allowed, or an instance holding extras, is copied by ``model_copy``."""
    cls = type(model)
    if cls not in _COPIED:
        if cls.__private_attributes__ or cls.model_config.get("extra") == "allow":
            return model.model_copy(update=update)
        _COPIED.add(cls)
    if model.__pydantic_extra__ is not None or model.__pydantic_private__ is not None:
        return model.model_copy(update=update)
    made = _NEW(cls)
    _SET(made, "__dict__", {**model.__dict__, **update})
    _SET(made, "__pydantic_fields_set__", _fields_set(cls, model.__pydantic_fields_set__, update))
    _SET(made, "__pydantic_extra__", None)
    _SET(made, "__pydantic_private__", None)
    return made


#: fields sets of copies, shared as ``frozen.trusted`` shares them: (the original's set, the copy's) by the
#: original set's id and the names updated, at most this many
_COPY_SETS = 256
_COPY_SET: dict[tuple[int, tuple[str, ...]], tuple[set[str], set[str]]] = {}


def _fields_set(cls: type[BaseModel], before: set[str], update: dict[str, Any]) -> set[str]:
    """``before | update.keys()``; for a frozen class (whose fields set is never changed) the one set made for the
    same ``before`` and names, so that a copy keeps no set of its own for the garbage collector to traverse."""
    if not cls.model_config.get("frozen"):
        return before | update.keys()
    key = (id(before), tuple(update))
    known = _COPY_SET.get(key)
    if known is not None and known[0] is before:
        return known[1]
    after = before | update.keys()
    if len(_COPY_SET) >= _COPY_SETS:
        _COPY_SET.clear()
    _COPY_SET[key] = (before, after)
    return after

#: spans of lexicon words kept to be shared (a span is frozen: equal spans may be one object): at most this
#: many, then forgotten at once. Building a span is a pydantic validation, and each span a reading keeps is
#: two more objects for the garbage collector; the words' spans recur (``以上`` after a four-character
#: figure), the figures' do not and are not kept
WORD_SPANS = 4096
_WORD_SPANS: dict[tuple[int, int, str, str], m.Span] = {}
#: a span and a figure's quantity made unvalidated, each of the engine's own values (models.maker: what
#: models.trusted makes, the names checked once, not at every call)
_SPAN = m.maker(m.Span, "start", "end", "role", "text")
_QUANTITY = m.maker(m.Quantity, "value", "unit")


class Reader:
    """Builds models from token items, tracking source spans.

    ``guards`` pairs forms with their :data:`Guard`; a form without one is always tried.
    """

    # one reader per text read: slots make it and its attributes cheaper to reach than a __dict__ would
    __slots__ = ("tokens", "source", "_origin", "forms", "_plan")

    def __init__(self, tokens: Tokens, forms: Sequence[TargetForm] = (),
                 guards: Sequence[tuple[TargetForm, Guard]] = ()) -> None:
        self.tokens = tokens
        self.source = tokens.folded.source
        self._origin = tokens.folded.origin
        self.forms = tuple(forms)
        self._plan = _plan(forms, guards)

    def target(self, items: Sequence[Item]) -> m.Constraint | None:
        """The first form (in table order) that reads all of ``items``; None if none does."""
        if not items:
            return None
        # trim, text_of and features written out here (asked at every phrase read, nested ones too): the same
        # values, without three calls and a generator (tests/test_parse_fast.py reads with the functions)
        head, tail = items[0], items[-1]
        if type(head) is Token and head.kind == PUNCT or type(tail) is Token and tail.kind == PUNCT:
            items = trim(items)
            if not items:
                return None
            head, tail = items[0], items[-1]
        else:
            items = list(items)
        if type(head) is Token and type(tail) is Token and head.start < head.end and tail.start < tail.end:
            origin = self._origin
            text = self.source[origin[head.start] : origin[tail.end - 1] + 1]
        else:
            text = self.text_of(items)
        held = features(items)
        plan = self._plan
        for form, check in plan._by_features.get(held) or plan(held):
            if check is not None and not check(held, items):
                continue
            read = form(self, items, text)
            if read is not None:
                return read
        return None

    def span(self, item: Item, role: str) -> m.Span:
        if type(item) is Token:
            start, end = item.start, item.end
            if start < end:  # a token that is not empty (most): its own offsets
                origin = self._origin
                start, end = origin[start], origin[end - 1] + 1
            else:
                start, end = self._bounds(item, item)
            text = self.source[start:end]
            if item.kind != WORD:
                return _SPAN(start, end, role, text)
        else:
            start, end = self._bounds(item, item)
            return _SPAN(start, end, role, self.source[start:end])
        key = (start, end, role, text)  # a lexicon word's span: the same in many readings (以上 at 1-3)
        found = _WORD_SPANS.get(key)
        if found is None:
            found = m.Span(start=start, end=end, role=role, text=text)
            if len(_WORD_SPANS) >= WORD_SPANS:
                _WORD_SPANS.clear()
            _WORD_SPANS[key] = found
        return found

    def text_of(self, items: Sequence[Item]) -> str:
        if not items:
            return ""
        head, tail = items[0], items[-1]
        if type(head) is Token and type(tail) is Token and head.start < head.end and tail.start < tail.end:
            origin = self._origin  # tokens that are not empty (most): their own offsets
            return self.source[origin[head.start] : origin[tail.end - 1] + 1]
        start, end = self._bounds(head, tail)
        return self.source[start:end]

    def bounds(self, head: Item, tail: Item) -> tuple[int, int]:
        """The source offsets from the start of ``head`` to the end of ``tail``: ``span(head).start`` and
        ``span(tail).end``, without building the spans."""
        return self._bounds(head, tail)

    def _bounds(self, head: Item, tail: Item) -> tuple[int, int]:
        """The source offsets from the start of ``head`` to the end of ``tail`` (as ``Folded.span`` gives them)."""
        folded = self.tokens.folded
        one = head if type(head) is Token else first(head)
        two = tail if type(tail) is Token else last(tail)
        if one.start < one.end:
            start = folded.origin[one.start]
        else:
            start, _ = folded.span(one.start, one.end)
        if two.start < two.end:
            return start, folded.origin[two.end - 1] + 1
        return start, folded.span(two.start, two.end)[1]

    def quantity(self, token: Token) -> m.Quantity:
        assert token.value is not None
        return _QUANTITY(token.value, token.unit)

    def hedged(self, items: list[Item]) -> tuple[list[Item], list[m.Span]]:
        """Drop leading words of effort (力争, 确保) and keep them as remarks."""
        remarks = []
        while items and is_a(items[0], "hedge") and len(items) > 1:
            remarks.append(self.span(items[0], "hedge"))
            items = items[1:]
        return items, remarks
