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

_NEW = object.__new__
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
    """[label] [hedge|comparator|达到|约]* NUM [- NUM] [以上|左右]*, nothing else.

    A word of one meaning (most) is told by that meaning's name alone: ``means(x)`` is not None exactly where the
    name is ``x``, so the checks below in their order give what asking ``means`` of each would (one lookup, no call
    per check); a word of several meanings is asked in that order (:func:`_before`, :func:`_after`)."""
    size, at = len(items), 0
    while at < size:  # the label: plain words, or an action on a name (新增就业)
        item = items[at]
        if type(item) is not Token:
            break
        # the next item a plain word asked first: most phrases have none, and no word's meanings are then asked
        if item.kind == TEXT or at + 1 < size and type(after := items[at + 1]) is Token and after.kind == TEXT and (
                item.means("action") is not None):
            at += 1
        else:
            break
    if at:
        labels = items[:at]
        label: str | None = r.text_of(labels)
        remarks: tuple[m.Span, ...] = tuple([r.span(item, "label") for item in labels])
    else:
        label, remarks = None, ()
    ops: list[m.Op] = []
    spans: tuple[m.Span, ...] = ()
    reach = approx = False
    while at < size:
        word = items[at]
        if type(word) is not Token or word.kind != WORD:
            break
        at += 1
        meanings = word.meanings
        name, payload = meanings[0] if len(meanings) == 1 else _before(word)
        if name == "op_before" and payload in OPS:
            ops.append(OPS[payload])
            spans += (r.span(word, "comparator"),)
        elif name == "reach":
            reach = True
            spans += (r.span(word, "reach"),)
        elif name == "approx_before":
            approx = True
            spans += (r.span(word, "approx"),)
        elif name == "hedge":
            remarks += (r.span(word, "hedge"),)
        else:
            return None
    if at >= size:
        return None
    low = items[at]
    if type(low) is not Token or low.kind != NUM:
        return None
    low, at = _with_unit(items, at)
    shape = _NEW(Shape)  # each field set here, without a call of its __init__ (one per phrase read)
    shape.low = low
    shape.high = None
    shape.ops = ops
    shape.reach = reach
    shape.approx = approx
    shape.label = label
    shape.spans = spans + (r.span(low, "number"),)
    shape.remarks = remarks
    if at + 1 < size and is_a(items[at], "rsep") and is_kind(items[at + 1], NUM):
        separator = items[at]
        shape.high, at = _with_unit(items, at + 1)
        shape.spans += (r.span(separator, "range"), r.span(shape.high, "number"))
    while at < size:
        word = items[at]
        if type(word) is not Token or word.kind != WORD:
            return None
        at += 1
        meanings = word.meanings
        name, payload = meanings[0] if len(meanings) == 1 else _after(word)
        if name == "op_after" and payload in OPS:
            shape.ops.append(OPS[payload])
            shape.spans += (r.span(word, "comparator"),)
        elif name == "approx_after":
            shape.approx = True
            shape.spans += (r.span(word, "approx"),)
        else:
            return None
    return shape


#: what a word of several meanings is taken as before the figure, in the order asked, and after it
_BEFORE = ("op_before", "reach", "approx_before", "hedge")
_AFTER = ("op_after", "approx_after")


def _before(word: Token) -> tuple[str, str]:
    """The first of :data:`_BEFORE` that ``word`` means and its payload, with ``op_before`` only where its payload is
    a comparator (as ``OPS.get(word.means("op_before") or "")`` asked); ``("", "")`` for none."""
    return _first_meaning(word, _BEFORE)


def _after(word: Token) -> tuple[str, str]:
    return _first_meaning(word, _AFTER)


def _first_meaning(word: Token, order: tuple[str, ...]) -> tuple[str, str]:
    for name in order:
        payload = word.means(name)
        if payload is not None and (name not in ("op_before", "op_after") or payload in OPS):
            return name, payload
    return "", ""


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
    if low.value < 0 and high.value < 0 and reversed_ends(low, high):  # -4.0~-4.5: both ends falls, 4.0 to 4.5 of
        return high, low  # one, no subtraction (a minus on each end): the range [-4.5, -4.0], as -4.5~-4.0 reads
    return low, high


def _without_multiplier(low: m.Quantity, high: m.Quantity) -> m.Quantity | None:
    """``low`` read without ``high``'s multiplier, written in ``high``'s unit (9000 of 9000-1万: 0.9万), where that
    reads low to high and ``low`` is at least a tenth of the multiplier; else None. (In high's unit, not in none:
    a unit left out is the other side's, so 9000 without one would be judged as 9000万 again.)

    >>> q = lambda v, u=None: m.Quantity(value=v, unit=u)
    >>> _without_multiplier(q(9000), q(1, "万")), _without_multiplier(q(8), q(1, "万")), _without_multiplier(q(9), q(8))
    (Quantity(value=Decimal('0.9'), unit='万'), None, None)
    >>> _without_multiplier(q(9000), q(1, "万人"))  # a unit after the multiplier: the low end as written, in it
    Quantity(value=Decimal('9000'), unit='人')
    """
    written = high.unit or ""
    multipliers = units().multipliers
    word = next((word for word in sorted(multipliers, key=len, reverse=True) if written.startswith(word)), None)
    if word is None:
        return None
    factor = multipliers[word]
    if low.value * 10 < factor or low.value > high.value * factor:
        return None
    if written[len(word):]:  # 9000-1万人: 9000人 as written, so a bare reported 9500 is 9500人 (in 万人: 9500万人)
        return low.model_copy(update={"unit": written[len(word):]})
    return low.model_copy(update={"value": low.value / factor, "unit": written})


#: the most words (tokens) a target may hold and be read as one: the longest target the corpora and the documents read
#: holds 20 (地區生産總值能耗、用水量、…達到國家和省控制指標要求, 3 clauses at most). The forms look at a phrase again
#: for each place its subject may end, its predicate begin or a clause be cut, so a longer text cost the square of its
#: length or more (比上年增长 x 2,000: 4 s; 到2025年， x 1,600: 67 s); over the bound it is unread at once (a list of
#: several targets is still read part by part: language/several.py)
MAX_TOKENS = 128
#: the role of the span of a target refused for its length (grammar.parse_target_text; judge/words.refusals notes
#: why, with the bound)
TOO_LONG = "too_long"
#: the role of the span of a range written high to low (``8-负2``), which is refused, not read
REVERSED = "reversed_range"
#: the role of the span of a word that moves to a level, before a reported figure (提高到79岁, 由2.15降至2.1): the
#: figure is the level reached, not a bound nor the change (grammar.reached; judge/change.py reads the role)
REACHED = "reached"


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
