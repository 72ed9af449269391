"""What the judge accepts: text, a number or a parsed model, read into a model. Never raises on text.

The public functions (:mod:`compliance._api`), custom rules and the table paths read their inputs
here, so a number, ``None`` or a pathological text is read the same way everywhere.

>>> as_reported(None).kind, as_reported(float("nan")).kind, as_reported(4).kind
('missing', 'missing', 'value')
>>> as_target(6).kind, read_target("（" * 5000).kind
('level', 'unrecognized')
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from numbers import Integral

from .. import models as m
from ..errors import BIDI, InputError

Number = int | float | Decimal  # numpy's integers too (numbers.Integral)


#: the longest text read (a target or a reported value); a longer one is unreadable at once, so that no
#: text can keep the grammar busy (a dataset refuses such a cell: ``plans.datasets.MAX_CELL``)
MAX_TEXT = 10_000


def read_target_text(text: str) -> m.Constraint:
    """The grammar's reading, imported on first use (a check whose readings its rules snapshot kept imports no
    grammar): this stand-in and its sibling give way to ``language.several``'s functions, then call them."""
    _import_grammar()
    return read_target_text(text)


def read_reported_text(text: str) -> m.Reported:
    _import_grammar()
    return read_reported_text(text)


def _import_grammar() -> None:
    global read_target_text, read_reported_text
    from ..language.several import read_reported_text, read_target_text  # noqa: PLC0415


#: a control character no text of a plan holds (ESC, BEL, NUL, DEL, C1; not tab, line breaks or form feed): in a target
#: it split 6以上 from its qualifier, 6以上<ESC>]0;x<BEL> read as the level of an indicator "6以上␛]" at 0 (a wrong MET)
_CONTROL = re.compile(f"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f{BIDI}]")  # or a bidirectional one


#: a bidirectional control (errors.BIDI) shows the text around it in another order than it is read: <RLO>2.3 is shown
#: 3.2 wherever the cell is read by a person (a report escapes it; the file, a spreadsheet, an editor do not), so a
#: text holding one is judged on neither reading: unread, span role BIDI_CONTROL (judge/words.refusals: its note)
_BIDI = re.compile(f"[{BIDI}]")
BIDI_CONTROL = "bidi_control"
CONTROL_CHARACTER = "control_character"  #: any other control of _CONTROL (ESC, BEL, NUL ...): role of its span


def _bidi(text: str) -> tuple[m.Span, ...]:
    """The first control of ``text`` (a bidirectional one first), as a span saying which (judge/words.refusals)."""
    found = _BIDI.search(text)
    role = BIDI_CONTROL
    if found is None:
        found, role = _CONTROL.search(text), CONTROL_CHARACTER
    return () if found is None else (m.Span(start=found.start(), end=found.end(), role=role, text=found[0]),)


def read_target(text: str) -> m.Constraint:
    """A target's text read into a constraint; ``unrecognized`` when the grammar cannot read it."""
    if len(text) > MAX_TEXT or _CONTROL.search(text):
        return m.Unrecognized(text=text, spans=_bidi(text))
    try:
        return read_target_text(text)
    except RecursionError:  # pathological nesting of brackets
        return m.Unrecognized(text=text)


def read_reported(text: str) -> m.Reported:
    """A reported cell's text read into a value; ``unrecognized`` when the grammar cannot read it, or when it holds a
    control character no text of a report holds (``7<ESC>``, read as 7 with the control its unit) or a bidirectional
    one (``<RLO>2.3``: shown as 3.2), as a target holding one is."""
    if len(text) > MAX_TEXT:
        return m.UnrecognizedValue(text=text)
    if _CONTROL.search(text):  # 7<ESC> read 7, its control the unit; a bidirectional one shows another figure
        return m.UnrecognizedValue(text=text, spans=_bidi(text))
    try:
        return read_reported_text(text)
    except RecursionError:
        return m.UnrecognizedValue(text=text)


def as_target(target: str | Number | m.Constraint) -> m.Constraint:
    """A target given as text, a number (``6`` reads as ``"6"``) or a constraint."""
    if isinstance(target, bool):
        raise InputError("a target is text, a number or a parsed constraint, not true/false", text=str(target),
                         hint="write the target as text, such as '6以上'")
    if isinstance(target, str):
        return read_target(target)
    if isinstance(target, (int, float, Decimal, Integral)):  # numpy's int64 (a frame's cell) is Integral
        return read_target(number_text(target))
    if not isinstance(target, m._Constraint):  # bytes, a list: an AttributeError deep in the judge before
        raise TypeError(f"a target is text, a number or a parsed constraint (parse_target), not "
                        f"{type(target).__name__}")
    return target


def as_reported(reported: str | Number | m.Reported | None) -> m.Reported:
    """A reported value given as text, a number, a model or ``None``/NaN (a missing cell)."""
    if reported is None:
        return m.Missing(text="")
    if isinstance(reported, bool):  # as evaluate_table refuses a true/false cell
        raise InputError("a reported value is text, a number or a parsed value, not true/false",
                         text=str(reported), hint="give the figure, such as 6 or '6.2%'")
    if isinstance(reported, str):
        return read_reported(reported)
    if isinstance(reported, (int, float, Decimal, Integral)):  # numpy's int64 (a frame's cell) is Integral
        text = number_text(reported)
        if text == "NaN":  # a missing cell (pandas)
            return m.Missing(text=text)
        if text in ("inf", "-inf"):  # a figure, but no number to compare: unreadable, and said as written
            return m.UnrecognizedValue(text=text)
        return m.Value(text=text, value=m.Quantity(value=Decimal(text)))
    if not isinstance(reported, m._Reported):  # bytes, a Fraction, a list: an AttributeError in the judge before
        raise TypeError(f"a reported value is text, a number, None or a parsed value (parse_reported), not "
                        f"{type(reported).__name__}")
    return reported


def as_decimal(value: Number | str) -> Decimal:
    """A number given to the judge (a reference level, a synced figure) as a decimal; a float by its repr (0.1 is 0.1)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(str(value).strip())


def number_text(value: Number) -> str:
    """A number as the text it would be written as: floats without binary noise (``0.3``); ``inf``, ``NaN``.

    >>> number_text(0.1 + 0.2), number_text(float("inf")), number_text(Decimal("-Infinity")), number_text(float("nan"))
    ('0.30000000000000004', 'inf', '-inf', 'NaN')
    """
    if isinstance(value, Decimal) and not value.is_finite():
        return "NaN" if value.is_nan() else ("-inf" if value.is_signed() else "inf")
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        # float's own repr: a subclass's (numpy's float64: 'np.float64(0.5)') is no number's text
        return float.__repr__(value) if math.isfinite(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, Integral) and not isinstance(value, Decimal):  # numpy's int64; an int of 5,000 digits,
        return str(Decimal(int(value)))  # whose str() is a ValueError (Python's 4,300-digit limit), as Decimal's is not
    return str(value)
