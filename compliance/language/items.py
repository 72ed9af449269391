"""What every grammar form reads: tokens with brackets grouped, and spans back to the source.

The lexer gives a flat run of tokens; :func:`group` nests each bracket into a :class:`Group`, so a
form can ask "is the last item a bracket?" (``达到市级要求（3.2）``). A :class:`Reader` holds the
text being read: it turns items into source spans and numbers into quantities, and reads a nested
target (the inside of ``（调整为5.5）``) with the same table of forms as the whole text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from .. import models as m
from .lexer import LPAREN, PUNCT, RPAREN, Token, Tokens

Change = Literal["up", "down"]
DirectionName = Literal["up", "down", "better", "steady", "narrower", "at_least"]

_OPS: dict[str, m.Op] = {"ge": "ge", "gt": "gt", "le": "le", "lt": "lt"}
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


def group(tokens: Sequence[Token]) -> list[Item]:
    """Nest bracketed tokens into groups; an unclosed bracket keeps what follows it."""
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
    """Whether ``item`` is a word with the lexicon meaning ``category`` (``"hedge"``, ``"ref"`` ...)."""
    return isinstance(item, Token) and item.means(category) is not None


def is_kind(item: Item | None, *kinds: str) -> bool:
    """Whether ``item`` is a token of one of ``kinds`` (``NUM``, ``TEXT`` ...), not a bracket."""
    return isinstance(item, Token) and item.kind in kinds


def op(item: Item, category: str) -> m.Op | None:
    """The comparator ``item`` means as ``category`` (``op_before``/``op_after``), if any."""
    return _OPS.get(item.means(category) or "") if isinstance(item, Token) else None


def change(item: Item) -> Change | None:
    """The change verb's direction: 增长 -> up, 下降 -> down."""
    return _CHANGES.get(item.means("change") or "") if isinstance(item, Token) else None


def direction(name: str) -> DirectionName | None:
    return _DIRECTIONS.get(name)


def trim(items: Sequence[Item]) -> list[Item]:
    """Without punctuation at either end."""
    items = list(items)
    while items and is_kind(items[0], PUNCT):
        items.pop(0)
    while items and is_kind(items[-1], PUNCT):
        items.pop()
    return items


class Reader:
    """Builds models from token items, tracking source spans."""

    def __init__(self, tokens: Tokens, forms: Sequence[TargetForm] = ()) -> None:
        self.tokens = tokens
        self.source = tokens.folded.source
        self.forms = tuple(forms)

    def target(self, items: Sequence[Item]) -> m.Constraint | None:
        """The first form (in table order) that reads all of ``items``; None if none does."""
        items = trim(items)
        if not items:
            return None
        text = self.text_of(items)
        for form in self.forms:
            found = form(self, items, text)
            if found is not None:
                return found
        return None

    def span(self, item: Item, role: str) -> m.Span:
        start, _ = self.tokens.source_span(first(item))
        _, end = self.tokens.source_span(last(item))
        return m.Span(start=start, end=end, role=role, text=self.source[start:end])

    def text_of(self, items: Sequence[Item]) -> str:
        if not items:
            return ""
        start, _ = self.tokens.source_span(first(items[0]))
        _, end = self.tokens.source_span(last(items[-1]))
        return self.source[start:end]

    def quantity(self, token: Token) -> m.Quantity:
        assert token.value is not None
        return m.Quantity(value=token.value, unit=token.unit)

    def hedged(self, items: list[Item]) -> tuple[list[Item], list[m.Span]]:
        """Drop leading words of effort (力争, 确保) and keep them as remarks."""
        remarks = []
        while items and is_a(items[0], "hedge") and len(items) > 1:
            remarks.append(self.span(items[0], "hedge"))
            items = items[1:]
        return items, remarks
