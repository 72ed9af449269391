"""A reported value as the numbers it stands for: the one reading every judging path shares.

The evaluator (:mod:`compliance.judge.evaluate`), progress (:mod:`compliance.judge.progress`) and
custom rules (:mod:`compliance.judge.expr`) all turn a reported value into numbers here, so the
three can never read one cell differently:

* a figure (``4``, ``35左右``) is a point; a bound (``10以上``) a half-line; a range (``8-9``) a
  closed interval; all in the working unit, or :class:`Pending` ``not_comparable``;
* a change written in front of the number (``下降2.3%``) is negative growth, unless the indicator
  measures a decline (``measure="decline"``) or the target itself states a change (``change_of``);
  a signed negative figure against a target stating a fall (``-3.4`` against ``下降3.4%以上``) is that
  fall, as a table of signed changes writes it, unless the indicator measures a decline;
* a sentence with several figures (:class:`~compliance.models.Ambiguous`) yields the one figure in
  the working unit, or :class:`Pending` ``ambiguous_value``;
* anything else (``可完成``, a missing cell, unreadable text) is :class:`Pending` ``no_data``.

>>> from compliance import parse_reported
>>> figure(parse_reported("下降2.3%"), "%")
Interval(lo=Decimal('-2.3'), hi=Decimal('-2.3'), lo_closed=True, hi_closed=True)
>>> figure(parse_reported("8-9"), None).is_point
False
>>> str(figure(parse_reported("1.4万个"), "个").lo)
'14000.0'
"""

from __future__ import annotations

from dataclasses import field
from decimal import Decimal
from typing import Literal

from .. import models as m
from ..frozen import record
from ..language.lexicon import lexicon
from ..language.normalize import fold
from ..language.numerals import SHARE_LIMIT, grouped_figure
from ..language.units import convert, info
from ..models import Interval, Measure, Note, Reason, trusted
from .marks import marked_change
from .more_than import more_than_cap


@record(frozen=False, slots=False)  # dataclass compiling its methods late or never (frozen.record)
class Pending(Exception):
    """A verdict cannot be reached: the reason code and what is missing."""

    reason: Reason
    missing: tuple[str, ...]
    notes: list[Note] = field(default_factory=list)


@record(frozen=False, slots=False)  # as Pending
class Undecided(Pending):
    """Several figures of one sentence left, each given under the same words (none names another indicator than the
    others): pending ``ambiguous_value`` unless every one gives the same verdict (judge/agreed.py)."""

    left: tuple[m.Value | m.ApproxValue | m.BoundValue, ...] = ()


def note(code: str, **params: object) -> Note:
    """A note of an explanation (a template code of ``messages.yaml``), its parameters as text."""
    return m.trusted(Note, code=code, params={key: str(value) for key, value in params.items()})


def number(quantity: m.Quantity, unit: str | None) -> Decimal:
    """A quantity in the working unit (unwritten units are the other side's)."""
    value = convert(quantity.value, quantity.unit, unit)
    if value is None:
        raise Pending(Reason.NOT_COMPARABLE, (f"{quantity.unit} / {unit}",))
    return value


def figure(
    reported: m.Reported | None,
    unit: str | None,
    measure: Measure | None = None,
    *,
    change_of: Literal["up", "down"] | None = None,
    spread: m.Tolerance | None = None,
    notes: list[Note] | None = None,
) -> Interval:
    """The numbers a reported value stands for, in ``unit``. Raises :class:`Pending` when it is none.

    ``change_of`` is the change a target states (``下降10%``): then ``下降12%`` reads 12 and
    ``增长3%`` reads -3. ``spread`` widens a reported ``X左右`` (default: judged at X). ``notes``,
    when given, receives what the reading did (a picked figure, a sign, an approximation).
    """
    said: list[Note] = notes if notes is not None else []
    if isinstance(reported, m.SeveralValues):  # a list of values for one target: as a sentence of figures
        figures = tuple(v for v in reported.values if isinstance(v, m.Value))
        reported = m.Ambiguous(text=reported.text, candidates=figures)
    if isinstance(reported, m.Ambiguous):
        reported = _pick(reported, unit, said)
    if isinstance(reported, m.Value):
        if unit is not None and info(unit).dimension != unit and reported.value.unit is None and ratio_text(reported):
            # 2.33:1 against 增长6.5% or 万人 (units the language knows); a unit it does not know (倍) as before
            raise Pending(Reason.NOT_COMPARABLE, (f"{ratio_text(reported)} / {unit}",))
        if unit is not None and reported.value.unit is None and info(unit).dimension in _SHARES and grouped_text(reported):
            raise Pending(Reason.NOT_COMPARABLE, (f"{grouped_text(reported)} / {unit}",))  # 30 000 against 6%以上: a count
        value = number(reported.value, unit)
        if change_of is not None and reported.change is not None:
            return _point(reported, value if reported.change == change_of else -value, said)
        if reported.change == "down" and measure is not Measure.DECLINE:
            said.append(note("decline_sign", verb=reported.label or change_word("down")))
            return _point(reported, -value, said)
        if reported.change == "up" and measure is Measure.DECLINE:  # 增长2% of an indicator measuring its decline:
            return _point(reported, -value, said)  # a decline of -2, as against a target stating a decline (change_of)
        marked = marked_change(reported) if change_of or measure in (Measure.RATE, Measure.DECLINE) else None
        if marked is not None:  # ▼2.0 beside a change figure: its sign; beside a level a row's mark (judge/marks.py)
            own = marked[0] == (change_of or ("down" if measure is Measure.DECLINE else "up"))
            said.extend([] if own or marked[0] == "up" else [note("decline_sign", verb=marked[1])])
            return _point(reported, value if own else -value, said)
        if change_of == "down" and value < 0 and measure is not Measure.DECLINE:  # -3.4 against 下降3.4%以上: a fall of 3.4
            said.append(note("signed_fall", value=reported.value.value, size=-value))  # as in a table of signed changes
            return _point(reported, -value, said)
        return _point(reported, value, said)
    # 下降8%左右, 下降8%以上, 下降8%-10%: a decline word before an approximate, bounded or ranged figure turns it as it
    # turns a plain one (下降8%左右 against 增长5%左右 was 8, met); a decline target or measure reads its size
    sign = -1 if _declines(reported, measure, change_of, said) else 1
    if isinstance(reported, m.ApproxValue):
        value = sign * number(reported.value, unit)
        if nearly(reported):  # 增长接近7%: under 7, not about it
            return _point(reported, value, said)
        if spread is None:
            return Interval.point(value)
        around = spread.around(value)
        said.append(note("approximate_reported", value=reported.value))
        return trusted(Interval, lo=value - around, hi=value + around, lo_closed=True, hi_closed=True)
    if isinstance(reported, m.BoundValue):
        op = reported.op if sign > 0 else _FLIPPED[reported.op]
        cap = more_than_cap(reported)  # 2300多万套: more than 2300万, short of 2400万 (judge/more_than.py)
        if cap is not None:
            top = m.Quantity(value=cap, unit=reported.value.unit)
            said.append(note("more_than_cap", value=reported.value, cap=top))
            low, high = sorted((sign * number(reported.value, unit), sign * number(top, unit)))
            return trusted(Interval, lo=low, hi=high, lo_closed=False, hi_closed=False)
        return Interval.bound(op, sign * number(reported.value, unit))
    if isinstance(reported, m.RangeValue):
        low, high = sign * number(reported.low, unit), sign * number(reported.high, unit)
        return trusted(Interval, lo=min(low, high), hi=max(low, high), lo_closed=True, hi_closed=True)  # Decimals
    raise Pending(Reason.NO_DATA, ("reported",))


_FLIPPED: dict[m.Op, m.Op] = {"ge": "le", "gt": "lt", "le": "ge", "lt": "gt"}


def _point(reported: m.Value | m.ApproxValue, value: Decimal, said: list[Note]) -> Interval:
    """A figure's point, or where it was said to be nearly reached (:func:`nearly`: 增长近7%, 下降近3%, a sentence's
    近10万人) what lies between it and 0, both open: short of the figure as written, on its side of 0 (0 to 7; a
    decline's size 0 to 3; a growth read against a decline target, -7 to 0). Judged at 7 it MET 增长7%以上; how far
    short is not said, so a threshold between 0 and it stays pending."""
    if not nearly(reported):
        return Interval.point(value)
    said.append(note("nearly_reported", value=reported.value, words=reported.label or reported.text))
    return trusted(Interval, lo=min(value, Decimal(0)), hi=max(value, Decimal(0)), lo_closed=False, hi_closed=False)


def nearly(reported: m.Value | m.ApproxValue) -> bool:
    """A figure said to be nearly reached: the words before it end with zh.yaml ``approx.near`` (近, 将近) but not
    ``approx.near_not`` (最近, 附近), or it is approximated by ``approx.below`` (接近). A change said so too (增长近7%,
    比上年增长近7%, 增长接近7%), which language/reported.py reads as a change of 7 (a level alone it reads as a bound)."""
    words = lexicon().approx
    label = fold(reported.label).text if reported.label else ""
    if words.near and label.endswith(tuple(words.near)) and not label.endswith(tuple(words.near_not)):
        return True
    return any(span.role == "approx" and fold(span.text).text in words.below for span in reported.spans)


def _declines(reported: m.Reported | None, measure: Measure | None, change_of: Literal["up", "down"] | None,
              said: list[Note]) -> bool:
    """An approximate, bounded or ranged figure after a decline word (its label ends in one: 固定资产投资下降8%左右)
    read as negative growth, as :func:`figure` reads a plain 下降8%: unless the target states that decline or the
    indicator measures one. After a rise word against a target stating a decline, the decline's negative, as a plain
    增长8% is read: 增长8%左右 and 增长8%以上 were read as a fall of 8 and MET 单位GDP能耗下降3%."""
    if not isinstance(reported, (m.ApproxValue, m.BoundValue, m.RangeValue)) or not reported.label:
        return False
    label = fold(reported.label).text
    near = next((w for w in lexicon().approx.near if label.endswith(w)), "")  # 增长近 of 增长近7%
    label = label[:len(label) - len(near)]
    word = next((w for w in lexicon().change.down if label.endswith(w)), None)
    if word is None:  # a rise word: the decline's negative where the target states a decline or the indicator measures one
        return (change_of or ("down" if measure is Measure.DECLINE else None)) == "down" \
            and any(label.endswith(w) for w in lexicon().change.up)
    if change_of == "down" or (change_of is None and measure is Measure.DECLINE):
        return False
    said.append(note("decline_sign", verb=word))
    return True


def ratio_text(reported: m.Value) -> str:
    """The text of a figure written as a ratio to one (2.33:1, 2.33：1: ``numerals.ratio``, folded), a number of
    times, never a percentage nor a figure in a unit; "" for any other figure."""
    marks = lexicon().numerals.ratio
    return next((s.text for s in reported.spans if s.role == "number" and any(k in fold(s.text).text for k in marks)), "")


#: the dimensions (units.yaml) of a share and of a difference of shares, which a figure in thousands groups never is
_SHARES = ("percent", "percentage_point")


def grouped_text(reported: m.Value) -> str:
    """The text of a figure that counts or measures things, never a share: written in thousands groups (30 000, 30,000:
    numerals.grouped_figure) or of 1000 or more however written (30000, 三万: numerals.SHARE_LIMIT); "" for any other."""
    if abs(reported.value.value) >= SHARE_LIMIT:
        return next((s.text for s in reported.spans if s.role == "number"), "")
    return next((s.text for s in reported.spans if s.role == "number" and len(s.text) > 4 and grouped_figure(fold(s.text).text)), "")


def _pick(reported: m.Ambiguous, unit: str | None, notes: list[Note]) -> m.Value | m.ApproxValue | m.BoundValue:
    """Of several figures, the one whose unit is the working unit; otherwise say so (pending)."""
    fitting = [
        candidate for candidate in reported.candidates
        if unit is not None and candidate.value.unit is not None
        and convert(candidate.value.value, candidate.value.unit, unit) is not None
    ]
    if len(fitting) == 1:
        notes.append(note("ambiguous_pick", value=fitting[0].value))
        return fitting[0]
    shown = lexicon().render.join.join(str(c.value) for c in reported.candidates)
    raise Pending(Reason.AMBIGUOUS_VALUE, (shown,))


def change_word(change: Literal["up", "down"]) -> str:
    """The word that names a change in explanations (增长, 下降), from the lexicon."""
    return lexicon().render.change[change]


def narrows_gap(c: m.Direction) -> bool:
    """持续缩小 of a gap (a ratio, a difference), not 降幅收窄 (a decline rate nearer zero): a stated change of the gap
    (缩小0.04, 扩大0.02) says whether it narrowed."""
    return c.direction == "narrower" and not any(word in c.phrase for word in lexicon().measures.decline)
