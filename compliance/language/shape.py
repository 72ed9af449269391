"""The numeric phrase every target and reported value is built on: ``不低于6``, ``8-9``, ``35左右``.

:func:`read_shape` reads ``[label] [hedge|comparator|达到|约]* NUM [- NUM] [以上|左右]*`` and nothing
else, into a :class:`Shape` that records the number(s) and the words around them; the target forms
(``targets.py``) and the reported forms (``reported.py``) each turn a shape into their own models.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import models as m
from .items import OPS, Item, Reader, is_a, is_kind
from .lexer import NUM, TEXT, WORD, Token
from .lexicon import units
from .units import convert, info

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


def read_shape(r: Reader, items: Sequence[Item]) -> Shape | None:
    """[label] [hedge|comparator|达到|约]* NUM [- NUM] [以上|左右]*, nothing else."""
    size, at = len(items), 0
    while at < size:  # the label: plain words, or an action on a name (新增就业)
        item = items[at]
        if not isinstance(item, Token):
            break
        if item.kind == TEXT or at + 1 < size and item.means("action") is not None and is_kind(items[at + 1], TEXT):
            at += 1
        else:
            break
    labels = items[:at]
    label = r.text_of(labels) if labels else None
    remarks = tuple([r.span(item, "label") for item in labels]) if labels else ()
    ops: list[m.Op] = []
    spans: tuple[m.Span, ...] = ()
    reach = approx = False
    while at < size:
        word = items[at]
        if not isinstance(word, Token) or word.kind != WORD:
            break
        at += 1
        before = OPS.get(word.means("op_before") or "")
        if before:
            ops.append(before)
            spans += (r.span(word, "comparator"),)
        elif word.means("reach") is not None:
            reach = True
            spans += (r.span(word, "reach"),)
        elif word.means("approx_before") is not None:
            approx = True
            spans += (r.span(word, "approx"),)
        elif word.means("hedge") is not None:
            remarks += (r.span(word, "hedge"),)
        else:
            return None
    if at >= size or not is_kind(items[at], NUM):
        return None
    low, at = _with_unit(items, at)
    shape = Shape(low, ops=ops, reach=reach, approx=approx, label=label, remarks=remarks)
    shape.spans = spans + (r.span(low, "number"),)
    if at + 1 < size and is_a(items[at], "rsep") and is_kind(items[at + 1], NUM):
        separator = items[at]
        shape.high, at = _with_unit(items, at + 1)
        shape.spans += (r.span(separator, "range"), r.span(shape.high, "number"))
    for word in items[at:]:
        if not isinstance(word, Token) or word.kind != WORD:
            return None
        after = OPS.get(word.means("op_after") or "")
        if after:
            shape.ops.append(after)
            shape.spans += (r.span(word, "comparator"),)
        elif word.means("approx_after") is not None:
            shape.approx = True
            shape.spans += (r.span(word, "approx"),)
        else:
            return None
    return shape


def _with_unit(items: Sequence[Item], at: int) -> tuple[Token, int]:
    """The number at ``at`` and where the phrase goes on; a short word right after it that the unit table
    lacks (亩), ending the phrase but for words, is its unit."""
    number = items[at]
    assert isinstance(number, Token)
    unit = items[at + 1] if at + 1 < len(items) else None
    if not isinstance(unit, Token) or unit.kind != TEXT or len(unit.text) > _MAX_UNIT:
        return number, at + 1
    # 1.4万亿斤新台阶: a number whose unit the table knows (斤) takes no further word as its unit
    known = number.unit is not None and info(number.unit).dimension not in ("", number.unit)
    if known or not all(is_kind(rest, WORD) for rest in items[at + 2 :]):
        return number, at + 1
    return Token(NUM, number.start, unit.end, number.text + unit.text, value=number.value,
                 unit=(number.unit or "") + unit.text), at + 2


def combine(ops: list[m.Op]) -> m.Op | None:
    """控制在3%以内 = le and le -> le; 不低于6以下 contradicts -> None. A strict word wins."""
    kinds = set(ops)
    if kinds <= {"ge", "gt"}:
        return "gt" if "gt" in kinds else "ge"
    if kinds <= {"le", "lt"}:
        return "lt" if "lt" in kinds else "le"
    return None


def share_unit(low: m.Quantity, high: m.Quantity) -> tuple[m.Quantity, m.Quantity]:
    """7-7.5%: a unit written once applies to both ends. But 9000-1万: the high end's multiplier would make
    the low end 9000万, the range high to low; a careful reader reads 9000 to 10000 (0.9万-1万), so the low end
    takes the unit without the multiplier where that reads low to high and the low end is at least a tenth of
    the multiplier (9000 of 万; 8-1万 stays refused: 8万 or 8, no one reading)."""
    if low.unit is None and high.unit is not None:
        if low.value > high.value:  # the multiplier shared runs the range high to low
            bare = _without_multiplier(low, high)
            if bare is not None:
                return bare, high
        low = low.model_copy(update={"unit": high.unit})
    elif high.unit is None and low.unit is not None:
        high = high.model_copy(update={"unit": low.unit})
    return low, high


def _without_multiplier(low: m.Quantity, high: m.Quantity) -> m.Quantity | None:
    """``low`` read without ``high``'s multiplier, written in ``high``'s unit (9000 of 9000-1万: 0.9万), where that
    reads low to high and ``low`` is at least a tenth of the multiplier; else None. (In high's unit, not in none:
    a unit left out is the other side's, so 9000 without one would be judged as 9000万 again.)

    >>> q = lambda v, u=None: m.Quantity(value=v, unit=u)
    >>> _without_multiplier(q(9000), q(1, "万人")), _without_multiplier(q(8), q(1, "万")), _without_multiplier(q(9), q(8))
    (Quantity(value=Decimal('0.9'), unit='万人'), None, None)
    """
    written = high.unit or ""
    multipliers = units().multipliers
    word = next((word for word in sorted(multipliers, key=len, reverse=True) if written.startswith(word)), None)
    if word is None:
        return None
    factor = multipliers[word]
    if low.value * 10 < factor or low.value > high.value * factor:
        return None
    return low.model_copy(update={"value": low.value / factor, "unit": written})


#: the role of the span of a range written high to low (``8-负2``), which is refused, not read
REVERSED = "reversed_range"


def reversed_ends(low: m.Quantity, high: m.Quantity) -> bool:
    """Whether a range is written high to low (``8-负2``, ``9-8``): not a range as written, and perhaps a
    subtraction (8 - (-2)), so no reading is guessed. Ends in units that do not compare are not judged here.

    >>> q = lambda v, u=None: m.Quantity(value=v, unit=u)
    >>> reversed_ends(q(8), q(-2)), reversed_ends(q(-2), q(8)), reversed_ends(q(1, "万"), q(5000, "万"))
    (True, False, False)
    """
    other = convert(high.value, high.unit, low.unit)
    return other is not None and low.value > other


def reversed_span(r: Reader, spans: Sequence[m.Span]) -> m.Span:
    """The span of a range's two ends and separator (``8-负2``), with the role :data:`REVERSED`."""
    ends = [span for span in spans if span.role in ("number", "range")]
    start, end = min(span.start for span in ends), max(span.end for span in ends)
    return m.Span(start=start, end=end, role=REVERSED, text=r.source[start:end])
