"""What a custom rule may compute: exact decimals in a bounded context, its operators and functions.

Every operator and function checks its operands are numbers and keeps the result bounded: an
overflow, an invalid operation or a division by zero is :class:`Failed` (the verdict is pending
``expression_failed``), never a huge number or an exception of Python's own.

>>> OPERATORS[ast.Add](Decimal("0.1"), Decimal("0.2"))
Decimal('0.3')
>>> FUNCTIONS["max"](Decimal(1), Decimal(3))
Decimal('3')
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable
from decimal import Clamped, Context, Decimal, DivisionByZero, InvalidOperation, Overflow, localcontext
from typing import Any

from ..models import format_decimal

#: the longest expression accepted, in characters
MAX_LENGTH = 500
#: the most syntax nodes an expression may have
MAX_NODES = 200
#: the deepest nesting accepted
MAX_DEPTH = 32
#: the largest exponent of ``**``
MAX_EXPONENT = 100
#: the longest text literal (a ``ref`` name)
MAX_TEXT = 64

#: exact decimals, bounded: an overflow or an invalid operation is an error, never a huge number
#: 2,000 digits keep a sum or difference of any two numbers in range (1e-999 to 1e999) exact.
BOUNDED = Context(prec=2000, Emax=999, Emin=-999, traps=[Overflow, InvalidOperation, DivisionByZero, Clamped])


class Failed(Exception):
    """A runtime failure (division by zero ...): the verdict is pending ``expression_failed``."""


# --------------------------------------------------------------------------- operators


def _number(value: Any, what: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal):
        shown = "text" if isinstance(value, str) else ("true/false" if isinstance(value, bool) else type(value).__name__)
        raise Failed(f"{what} needs numbers, got {shown}")
    return value


def _arithmetic(symbol: str, function: Callable[[Decimal, Decimal], Decimal]) -> Callable[[Any, Any], Decimal]:
    def apply(left: Any, right: Any) -> Decimal:
        a, b = _number(left, f"`{symbol}`"), _number(right, f"`{symbol}`")
        try:
            with localcontext(BOUNDED):
                return +function(a, b)
        except (Overflow, Clamped):
            raise Failed(f"`{symbol}` gives a number too large") from None
        except DivisionByZero:
            raise Failed("division by zero") from None
        except InvalidOperation:
            raise Failed(f"`{symbol}` is undefined for {format_decimal(a)} and {format_decimal(b)}") from None

    return apply


def _power(base: Decimal, exponent: Decimal) -> Decimal:
    if abs(exponent) > MAX_EXPONENT:
        raise Failed(f"the exponent {format_decimal(exponent)} is larger than {MAX_EXPONENT}")
    if exponent != exponent.to_integral_value() and base < 0:
        raise Failed("a fractional power of a negative number")
    result = base**exponent
    if not result.is_finite():  # 0 ** -1 is Infinity in decimal arithmetic, without a signal
        raise Failed(f"`**` is undefined for {format_decimal(base)} and {format_decimal(exponent)}")
    return result


def _compare(symbol: str, function: Callable[[Any, Any], bool]) -> Callable[[Any, Any], bool]:
    def apply(left: Any, right: Any) -> bool:
        if isinstance(left, bool) and isinstance(right, bool) and symbol in ("==", "!="):
            return function(left, right)
        return function(_number(left, f"`{symbol}`"), _number(right, f"`{symbol}`"))

    return apply


def _negate(value: Any) -> Decimal:
    return -_number(value, "`-`")


def _plus(value: Any) -> Decimal:
    return +_number(value, "`+`")


OPERATORS: dict[type, Callable[..., Any]] = {
    ast.Add: _arithmetic("+", operator.add),
    ast.Sub: _arithmetic("-", operator.sub),
    ast.Mult: _arithmetic("*", operator.mul),
    ast.Div: _arithmetic("/", operator.truediv),
    ast.Mod: _arithmetic("%", operator.mod),
    ast.Pow: _arithmetic("**", _power),
    ast.Eq: _compare("==", operator.eq),
    ast.NotEq: _compare("!=", operator.ne),
    ast.Lt: _compare("<", operator.lt),
    ast.LtE: _compare("<=", operator.le),
    ast.Gt: _compare(">", operator.gt),
    ast.GtE: _compare(">=", operator.ge),
    ast.Not: operator.not_,
    ast.USub: _negate,
    ast.UAdd: _plus,
}

SYMBOLS = {
    ast.FloorDiv: "//", ast.MatMult: "@", ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|", ast.BitXor: "^",
    ast.BitAnd: "&", ast.Invert: "~", ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not",
}

# --------------------------------------------------------------------------- functions


def _abs(value: Any) -> Decimal:
    return abs(_number(value, "abs()"))


def _min(*values: Any) -> Decimal:
    return min(_number(v, "min()") for v in values)


def _max(*values: Any) -> Decimal:
    return max(_number(v, "max()") for v in values)


def _round(value: Any, places: Any = Decimal(0)) -> Decimal:
    digits = _number(places, "round()")
    if digits != digits.to_integral_value() or not 0 <= digits <= 10:
        raise Failed("round() keeps 0 to 10 decimals")
    number = _number(value, "round()")
    try:
        with localcontext(BOUNDED):  # 2,000 digits: every number in range, rounded to 10 decimals, fits
            return number.quantize(Decimal(1).scaleb(-int(digits)))
    except (InvalidOperation, Overflow, Clamped):
        raise Failed(f"round() cannot round {format_decimal(number)}") from None


#: name -> (fewest, most) arguments; ``ref`` is bound per evaluation
ARITY: dict[str, tuple[int, int]] = {"ref": (1, 1), "abs": (1, 1), "min": (2, 10), "max": (2, 10), "round": (1, 2)}
FUNCTIONS: dict[str, Callable[..., Any]] = {"abs": _abs, "min": _min, "max": _max, "round": _round}


def literal(value: int | float | Decimal) -> Decimal:
    """A number literal as an exact decimal (a float by its shortest repr); beyond 1e999 infinite."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    if abs(value) >= 10**999:
        return Decimal("Infinity")
    return Decimal(value)
