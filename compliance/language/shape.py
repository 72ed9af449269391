"""The numeric phrase every target and reported value is built on: ``不低于6``, ``8-9``, ``35左右``.

:func:`read_shape` reads ``[label] [hedge|comparator|达到|约]* NUM [- NUM] [以上|左右]*`` and nothing
else, into a :class:`Shape` that records the number(s) and the words around them; the target forms
(``targets.py``) and the reported forms (``reported.py``) each turn a shape into their own models.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import models as m
from .items import Item, Reader, is_a, is_kind, op
from .lexer import NUM, TEXT, WORD, Token
from .units import info

#: a word this short right after a number, ending the phrase, is read as a unit the table lacks
_MAX_UNIT = 3


@dataclass(slots=True)
class Shape:
    """What the numeric part of a phrase held: the number(s) and the words around them."""

    low: Token
    high: Token | None = None
    ops: list[m.Op] = field(default_factory=list)
    reach: bool = False
    approx: bool = False
    label: str | None = None
    spans: tuple[m.Span, ...] = ()
    remarks: tuple[m.Span, ...] = ()


def read_shape(r: Reader, items: list[Item]) -> Shape | None:
    """[label] [hedge|comparator|达到|约]* NUM [- NUM] [以上|左右]*, nothing else."""
    items = list(items)
    labels: list[Item] = []
    while items and (
        is_kind(items[0], TEXT) or len(items) > 1 and is_a(items[0], "action") and is_kind(items[1], TEXT)
    ):
        labels.append(items.pop(0))
    label = r.text_of(labels) if labels else None
    remarks = tuple(r.span(item, "label") for item in labels)
    ops: list[m.Op] = []
    spans: tuple[m.Span, ...] = ()
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
    shape = Shape(_with_unit(items), ops=ops, reach=reach, approx=approx, label=label, remarks=remarks)
    shape.spans = spans + (r.span(shape.low, "number"),)
    if len(items) >= 2 and is_a(items[0], "rsep") and is_kind(items[1], NUM):
        separator = items.pop(0)
        shape.high = _with_unit(items)
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


def _with_unit(items: list[Item]) -> Token:
    """Pop a number; a short word right after it that the unit table lacks (亩) is its unit."""
    number = items.pop(0)
    assert isinstance(number, Token)
    unit = items[0] if items else None
    ends = all(is_kind(rest, WORD) for rest in items[1:])
    # 1.4万亿斤新台阶: a number whose unit the table knows (斤) takes no further word as its unit
    known = number.unit is not None and info(number.unit).dimension not in ("", number.unit)
    if isinstance(unit, Token) and unit.kind == TEXT and len(unit.text) <= _MAX_UNIT and ends and not known:
        items.pop(0)
        return Token(NUM, number.start, unit.end, number.text + unit.text, value=number.value,
                     unit=(number.unit or "") + unit.text)
    return number


def combine(ops: list[m.Op]) -> m.Op | None:
    """控制在3%以内 = le and le -> le; 不低于6以下 contradicts -> None. A strict word wins."""
    kinds = set(ops)
    if kinds <= {"ge", "gt"}:
        return "gt" if "gt" in kinds else "ge"
    if kinds <= {"le", "lt"}:
        return "lt" if "lt" in kinds else "le"
    return None


def share_unit(low: m.Quantity, high: m.Quantity) -> tuple[m.Quantity, m.Quantity]:
    """7-7.5%: a unit written once applies to both ends."""
    if low.unit is None and high.unit is not None:
        low = low.model_copy(update={"unit": high.unit})
    elif high.unit is None and low.unit is not None:
        high = high.model_copy(update={"unit": low.unit})
    return low, high
