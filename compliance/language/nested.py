"""Target forms that hold another target: ``7.2（调整为5.5）``, ``征求意见中（3）``,
``达到市级要求（3.2）``, ``累计5000左右``.

Each reads its own words and hands the rest (often a bracket's inside) back to ``reader.target``,
so the inner target may be any form of ``grammar.TARGET_FORMS``.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import models as m
from .items import Group, Item, Reader, is_a, is_kind, op, trim
from .lexer import TEXT, Token
from .lexicon import lexicon


def revised(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``7.2（调整为5.5）`` or ``7.2调整为5.5``: the original target and its revision."""
    for index, item in enumerate(items):
        if isinstance(item, Group) and item.items and is_a(item.items[0], "revise"):
            rest: Sequence[Item] = item.items[1:]
        elif is_a(item, "revise") and index:
            rest = items[index + 1 :]
        else:
            continue
        original = r.target(items[:index])
        revision = r.target(rest)
        if original is None or revision is None or (isinstance(item, Group) and items[index + 1 :]):
            return None
        word = item.items[0] if isinstance(item, Group) else item
        return m.Revised(text=text, original=original, revised=revision, spans=(r.span(word, "revision"),))
    return None


def provisional(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``征求意见中（3）``: a target not yet final, judged and marked provisional."""
    word = items[0]
    if not isinstance(word, Token) or not is_a(word, "provisional"):
        return None
    rest = list(items[1:])
    if len(rest) == 1 and isinstance(rest[0], Group):
        rest = list(rest[0].items)
    inner = r.target(rest)
    if inner is None:
        return None
    return m.Provisional(text=text, note=word.text, inner=inner, spans=(r.span(word, "provisional"),))


def reference(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``达到市级要求（3.2）``, ``低于全市平均水平``: a level someone else sets, maybe given in a bracket."""
    index = next((i for i, item in enumerate(items) if is_a(item, "ref")), None)
    if index is None:
        return None
    token = items[index]
    assert isinstance(token, Token)
    before, after = list(items[:index]), trim(items[index + 1 :])
    before, remarks = r.hedged(before)
    relation: m.Relation = "reach"
    spans = [r.span(token, "reference")]
    for item in before:
        comparator = op(item, "op_before")
        if comparator is not None:
            relation = comparator
            spans.append(r.span(item, "comparator"))
        elif is_a(item, "reach"):
            spans.append(r.span(item, "reach"))
        elif is_a(item, "complete") or is_a(item, "attested"):
            relation = "complete"
            spans.append(r.span(item, "complete"))
        elif is_kind(item, TEXT) or is_a(item, "change"):
            remarks.append(r.span(item, "label"))  # the indicator's own name: 劳动生产率增长高于…
        else:
            return None
    inline: m.Constraint | None = None
    if len(after) == 1 and isinstance(after[0], Token) and after[0].kind == TEXT and after[0].text.endswith(
            lexicon().reference_assessed):
        remarks.append(r.span(after[0], "assessed"))  # 根据全省平均水平综合考核: assessed against it
        after = []
    if after:
        bracket = after[0]
        if len(after) != 1 or not isinstance(bracket, Group):
            return None
        inline = r.target(bracket.items)
        if inline is None:
            return None
        spans.append(r.span(bracket, "inline"))
    return m.trusted(  # every value the engine's own, of its field's type (tests/test_parse_fast.py validates them)
        m.Reference, text=text, name=token.means("ref") or token.text, phrase=token.text, relation=relation,
        inline=inline, spans=tuple(spans), remarks=tuple(remarks),
    )


def cumulative(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``累计5000左右``: a total over the plan period."""
    if not is_a(items[0], "cumulative"):
        return None
    inner = r.target(items[1:])
    if inner is None:
        return None
    return m.trusted(m.Cumulative, text=text, inner=inner, spans=(r.span(items[0], "cumulative"),))
