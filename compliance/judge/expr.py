"""Custom rules: a rules file's ``expr: "value >= ref('gdp_growth') - 1 and value > previous"``.

An expression is checked and parsed once, when the rules file loads (:func:`compile_expression`,
cached by text), and evaluated for each period with simpleeval in a locked-down configuration:

* only the syntax of a comparison: numbers, ``+ - * / % **``, comparisons, ``and or not``,
  ``x if c else y``, parentheses, and calls of our own small function table (``ref``, ``abs``,
  ``min``, ``max``, ``round``); no attribute access, indexing, lambdas, comprehensions,
  containers, f-strings, assignment, and no name that starts with ``_``;
* names: ``value`` (the indicator's figure in the period), ``previous`` (the year before),
  ``year``; ``ref('id or name')`` gives another indicator's figure of the same period or a named
  reference (rules file, then the reported cell's bracket);
* numbers are exact decimals in a bounded context: a power's exponent is at most
  :data:`MAX_EXPONENT`, results beyond ``1e999`` are refused, text is only a short ``ref`` name,
  and an expression is at most :data:`MAX_LENGTH` characters and :data:`MAX_NODES` nodes. Constant
  parts (``9**9**9``) are computed when the rules load, so a runaway is an error at load time.

Every refusal is an :class:`ExpressionError` with the line and column inside the expression (the
rules loader adds the file's). The verdict's explanation shows the expression with the values
substituted (``2.9 >= 4 - 1``). See ``docs/expressions.md``.

>>> rule = compile_expression("value >= ref('gdp_growth') - 1")
>>> verdict = judge_expression(rule, "2.9", references={"gdp_growth": "4"})
>>> verdict.status.value, verdict.notes[0].params["substituted"]
('missed', '2.9 >= 4 - 1')
>>> compile_expression("().__class__")
Traceback (most recent call last):
...
compliance.judge.expr.ExpressionError: line 1, column 3: attribute access (`.__class__`) is not allowed
"""

from __future__ import annotations

import ast
import warnings
import difflib
import operator
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Clamped, Context, Decimal, DivisionByZero, InvalidOperation, Overflow, localcontext
from functools import lru_cache
from typing import Any

from .. import models as m
from ..models import Note, Polarity, Reason, Status, format_decimal
from .figure import Pending, figure
from .inputs import read_reported
from .verdict import Verdict

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

NAMES = ("value", "previous", "year")

#: exact decimals, bounded: an overflow or an invalid operation is an error, never a huge number
_CONTEXT = Context(prec=28, Emax=999, Emin=-999, traps=[Overflow, InvalidOperation, DivisionByZero, Clamped])


class ExpressionError(ValueError):
    """An expression that is refused, with the 1-based line and column inside the expression."""

    def __init__(self, message: str, line: int = 1, column: int = 1, expression: str = "") -> None:
        self.message = message
        self.line = line
        self.column = column
        self.expression = expression
        super().__init__(f"line {line}, column {column}: {message}")


class _Failed(Exception):
    """A runtime failure (division by zero ...): the verdict is pending ``expression_failed``."""


@dataclass
class _Lacking(Exception):
    """A name without a value: the verdict is pending, naming it."""

    name: str
    reason: Reason


# --------------------------------------------------------------------------- operators


def _number(value: Any, what: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal):
        shown = "text" if isinstance(value, str) else ("true/false" if isinstance(value, bool) else type(value).__name__)
        raise _Failed(f"{what} needs numbers, got {shown}")
    return value


def _arithmetic(symbol: str, function: Callable[[Decimal, Decimal], Decimal]) -> Callable[[Any, Any], Decimal]:
    def apply(left: Any, right: Any) -> Decimal:
        a, b = _number(left, f"`{symbol}`"), _number(right, f"`{symbol}`")
        try:
            with localcontext(_CONTEXT):
                return +function(a, b)
        except (Overflow, Clamped):
            raise _Failed(f"`{symbol}` gives a number too large") from None
        except DivisionByZero:
            raise _Failed("division by zero") from None
        except InvalidOperation:
            raise _Failed(f"`{symbol}` is undefined for {format_decimal(a)} and {format_decimal(b)}") from None

    return apply


def _power(base: Decimal, exponent: Decimal) -> Decimal:
    if abs(exponent) > MAX_EXPONENT:
        raise _Failed(f"the exponent {format_decimal(exponent)} is larger than {MAX_EXPONENT}")
    if exponent != exponent.to_integral_value() and base < 0:
        raise _Failed("a fractional power of a negative number")
    return base**exponent


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


_OPERATORS: dict[type, Callable[..., Any]] = {
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

_SYMBOLS = {
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
        raise _Failed("round() keeps 0 to 10 decimals")
    with localcontext(_CONTEXT):
        return _number(value, "round()").quantize(Decimal(1).scaleb(-int(digits)))


#: name -> (fewest, most) arguments; ``ref`` is bound per evaluation
ARITY: dict[str, tuple[int, int]] = {"ref": (1, 1), "abs": (1, 1), "min": (2, 10), "max": (2, 10), "round": (1, 2)}
_FIXED: dict[str, Callable[..., Any]] = {"abs": _abs, "min": _min, "max": _max, "round": _round}

# --------------------------------------------------------------------------- compiling


@dataclass(frozen=True, eq=False)
class Compiled:
    """A checked expression: its text, simpleeval's parsed tree, the names and references it uses."""

    text: str
    tree: ast.AST
    names: frozenset[str]
    refs: tuple[str, ...]  #: the names passed to ``ref()``, in order
    lead: int  #: characters of leading whitespace stripped before parsing


def _char_column(lines: list[str], lineno: int, byte_offset: int) -> int:
    """ast counts columns in UTF-8 bytes; people count characters."""
    line = lines[lineno - 1] if 0 < lineno <= len(lines) else ""
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8", errors="ignore"))


class Checker:
    def __init__(self, text: str, lead: int) -> None:
        self.text = text
        self.lines = text.split("\n")
        self.lead = lead
        self.names: set[str] = set()
        self.refs: list[str] = []
        self.count = 0

    def error(self, node: ast.AST | None, message: str) -> ExpressionError:
        line, column = 1, 0
        if node is not None and hasattr(node, "lineno"):
            line = node.lineno
            column = _char_column(self.lines, line, node.col_offset)
        if line == 1:
            column += self.lead
        return ExpressionError(message, line, column + 1, self.text)

    def check(self, node: ast.AST, depth: int = 0, *, text_ok: bool = False) -> Decimal | None:
        """Walk the tree, refusing what is not allowed; returns a constant part's value (folded)."""
        self.count += 1
        if self.count > MAX_NODES:
            raise self.error(node, f"the expression is too long (more than {MAX_NODES} parts)")
        if depth > MAX_DEPTH:
            raise self.error(node, f"the expression nests deeper than {MAX_DEPTH} levels")
        kind = type(node)
        if kind is ast.Constant:
            return self.constant(node, text_ok)  # type: ignore[arg-type]
        if kind is ast.Name:
            return self.name(node)  # type: ignore[arg-type]
        if kind is ast.BinOp:
            assert isinstance(node, ast.BinOp)
            self.operator(node, node.op)
            left = self.check(node.left, depth + 1)
            right = self.check(node.right, depth + 1)
            return self.fold(node, node.op, left, right)
        if kind is ast.UnaryOp:
            assert isinstance(node, ast.UnaryOp)
            self.operator(node, node.op)
            operand = self.check(node.operand, depth + 1)
            if operand is not None and not isinstance(node.op, ast.Not):
                return self.fold(node, node.op, operand)
            return None
        if kind is ast.BoolOp:
            assert isinstance(node, ast.BoolOp)
            for value in node.values:
                self.check(value, depth + 1)
            return None
        if kind is ast.Compare:
            assert isinstance(node, ast.Compare)
            for op in node.ops:
                self.operator(node, op)
            for part in (node.left, *node.comparators):
                self.check(part, depth + 1)
            return None
        if kind is ast.IfExp:
            assert isinstance(node, ast.IfExp)
            for part in (node.test, node.body, node.orelse):
                self.check(part, depth + 1)
            return None
        if kind is ast.Call:
            self.call(node, depth)  # type: ignore[arg-type]
            return None
        if isinstance(node, ast.Attribute):
            dot = ast.Name(id="", lineno=node.end_lineno, col_offset=(node.end_col_offset or 0) - len(node.attr.encode()) - 1)
            raise self.error(dot, f"attribute access (`.{node.attr}`) is not allowed")
        raise self.error(node, _REFUSED.get(kind, f"`{kind.__name__}` is not allowed in an expression"))

    def constant(self, node: ast.Constant, text_ok: bool) -> Decimal | None:
        value = node.value
        if isinstance(value, bool):
            return None
        if isinstance(value, str):
            if not text_ok:
                raise self.error(node, "text is only allowed as the name in ref('...')")
            if len(value) > MAX_TEXT:
                raise self.error(node, f"text longer than {MAX_TEXT} characters")
            if value.startswith("_"):
                raise self.error(node, "a name starting with `_` is not allowed")
            return None
        if isinstance(value, (int, float)):
            number = _literal(value)
            if not number.is_finite() or abs(number) >= Decimal("1e999"):
                raise self.error(node, "a number too large")
            return number
        raise self.error(node, f"the literal `{ast.unparse(node)}` is not allowed")

    def name(self, node: ast.Name) -> None:
        if node.id.startswith("_"):
            raise self.error(node, f"names starting with `_` (such as `{node.id}`) are not allowed")
        if node.id in ARITY:
            raise self.error(node, f"`{node.id}` is a function: call it, as in {node.id}(...)")
        if node.id not in NAMES:
            close = difflib.get_close_matches(node.id, [*NAMES, *ARITY], n=1)
            hint = f"; did you mean `{close[0]}`?" if close else f"; names: {', '.join(NAMES)}"
            raise self.error(node, f"unknown name `{node.id}`{hint}")
        self.names.add(node.id)
        return None

    def call(self, node: ast.Call, depth: int) -> None:
        if not isinstance(node.func, ast.Name):
            self.check(node.func, depth + 1)  # an attribute, a lambda ...: say what it is
            raise self.error(node, f"only the functions {', '.join(sorted(ARITY))} may be called")
        name = node.func.id
        if name.startswith("_"):
            raise self.error(node.func, f"names starting with `_` (such as `{name}`) are not allowed")
        if name not in ARITY:
            close = difflib.get_close_matches(name, list(ARITY), n=1)
            hint = f"; did you mean `{close[0]}`?" if close else ""
            raise self.error(node.func, f"unknown function `{name}`{hint}; functions: {', '.join(sorted(ARITY))}")
        if node.keywords:
            raise self.error(node, f"{name}() takes no keyword arguments")
        fewest, most = ARITY[name]
        if not fewest <= len(node.args) <= most:
            count = str(fewest) if fewest == most else f"{fewest} to {most}"
            raise self.error(node, f"{name}() takes {count} argument{'s' if most > 1 else ''}, got {len(node.args)}")
        if name == "ref":
            arg = node.args[0]
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                raise self.error(arg, "ref() takes a name in quotes, as in ref('gdp_growth')")
            self.check(arg, depth + 1, text_ok=True)
            self.refs.append(arg.value)
            return
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                raise self.error(arg, "`*` arguments are not allowed")
            self.check(arg, depth + 1)

    def operator(self, node: ast.AST, op: ast.AST) -> None:
        if type(op) not in _OPERATORS:
            symbol = _SYMBOLS.get(type(op), type(op).__name__)
            raise self.error(node, f"the operator `{symbol}` is not allowed")

    def fold(self, node: ast.AST, op: ast.AST, *operands: Decimal | None) -> Decimal | None:
        """Compute a constant part now, so that ``9**9**9`` is refused when the rules load."""
        if any(operand is None for operand in operands):
            return None
        try:
            return _OPERATORS[type(op)](*operands)  # type: ignore[no-any-return]
        except _Failed as exc:
            raise self.error(node, str(exc)) from None


_REFUSED: dict[type, str] = {
    ast.Attribute: "attribute access (`.`) is not allowed",
    ast.Subscript: "indexing (`[...]`) is not allowed",
    ast.Lambda: "`lambda` is not allowed",
    ast.ListComp: "comprehensions are not allowed",
    ast.SetComp: "comprehensions are not allowed",
    ast.DictComp: "comprehensions are not allowed",
    ast.GeneratorExp: "comprehensions are not allowed",
    ast.List: "lists are not allowed",
    ast.Tuple: "tuples are not allowed",
    ast.Dict: "dicts are not allowed",
    ast.Set: "sets are not allowed",
    ast.JoinedStr: "f-strings are not allowed",
    ast.NamedExpr: "assignment (`:=`) is not allowed",
    ast.Starred: "`*` is not allowed",
    ast.Await: "`await` is not allowed",
    ast.Yield: "`yield` is not allowed",
    ast.YieldFrom: "`yield` is not allowed",
    ast.Slice: "slices are not allowed",
}


def _literal(value: int | float) -> Decimal:
    if isinstance(value, float):
        return Decimal(repr(value))
    if abs(value) >= 10**999:
        return Decimal("Infinity")
    return Decimal(value)


def _is_boolean(node: ast.AST) -> bool:
    if isinstance(node, (ast.Compare, ast.BoolOp)):
        return True
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return True
    if isinstance(node, ast.Constant) and isinstance(node.value, bool):
        return True
    if isinstance(node, ast.IfExp):
        return _is_boolean(node.body) and _is_boolean(node.orelse)
    return False


@lru_cache(maxsize=4096)
def compile_expression(text: str) -> Compiled:
    """Check and parse an expression once (cached by its text). Raises :class:`ExpressionError`.

    >>> compile_expression("value > previous").names == {"value", "previous"}
    True
    >>> compile_expression("value + 1")
    Traceback (most recent call last):
    ...
    compliance.judge.expr.ExpressionError: line 1, column 1: a rule must be true or false, such as `value >= 6`; this one computes a number
    """
    from simpleeval import SimpleEval

    if not isinstance(text, str):
        raise ExpressionError(f"an expression is text, got {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        raise ExpressionError(f"the expression is longer than {MAX_LENGTH} characters", 1, MAX_LENGTH + 1, text)
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    if not stripped:
        raise ExpressionError("the expression is empty", 1, 1, text)
    try:
        with warnings.catch_warnings():  # "1a" would print Python's SyntaxWarning before our own error
            warnings.simplefilter("ignore", SyntaxWarning)
            tree = ast.parse(stripped, mode="eval")
    except SyntaxError as exc:
        line = exc.lineno or 1
        column = (exc.offset or 1) + (lead if line == 1 else 0)
        raise ExpressionError(f"not a valid expression: {exc.msg}", line, column, text) from None
    except (RecursionError, MemoryError, ValueError) as exc:
        raise ExpressionError(f"not a valid expression: {type(exc).__name__}", 1, 1 + lead, text) from None
    checker = Checker(text, lead)
    checker.lines = stripped.split("\n")
    checker.check(tree.body)
    if not _is_boolean(tree.body):
        raise checker.error(
            tree.body, "a rule must be true or false, such as `value >= 6`; this one computes a number"
        )
    parsed = SimpleEval.parse(stripped)  # simpleeval's parse-once: evaluated later with previously_parsed
    return Compiled(text, parsed, frozenset(checker.names), tuple(checker.refs), lead)


# --------------------------------------------------------------------------- evaluating


def _evaluator(names: Callable[[ast.Name], Any], ref: Callable[[Any], Decimal]) -> Any:
    from simpleeval import SimpleEval

    class _Evaluator(SimpleEval):  # type: ignore[misc]
        """simpleeval with our operators and functions only, numbers as exact decimals."""

        def __init__(self) -> None:
            super().__init__(operators=dict(_OPERATORS), functions={**_FIXED, "ref": ref}, names=names)
            allowed = (ast.Expr, ast.Name, ast.UnaryOp, ast.BinOp, ast.BoolOp, ast.Compare, ast.IfExp, ast.Call, ast.Constant)
            self.nodes = {kind: handler for kind, handler in self.nodes.items() if kind in allowed}

        @staticmethod
        def _eval_constant(node: ast.Constant) -> Any:
            value = node.value
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return _literal(value)
            if isinstance(value, str) and len(value) > MAX_TEXT:
                raise _Failed(f"text longer than {MAX_TEXT} characters")
            return value

    return _Evaluator()


@dataclass
class _Resolved:
    """What the evaluation looked up, for the substituted text and the notes."""

    names: dict[str, Decimal]
    refs: dict[str, tuple[Decimal, str]]  #: name -> (value, source)


def _figure(reported: m.Reported | None, unit: str | None, measure: m.Measure | None, name: str, reason: Reason) -> Decimal:
    """A name's single figure, read as the evaluator reads a reported value; lacking it says why."""
    try:
        found = figure(reported, unit, measure)
    except Pending as pending:
        raise _Lacking(name, reason if pending.reason is Reason.NO_DATA else pending.reason) from None
    if not found.is_point:
        raise _Lacking(name, Reason.IMPRECISE_VALUE)
    return found.lo


def _reference_number(raw: Any) -> Decimal | None:
    if isinstance(raw, m.Quantity):
        return raw.value
    if isinstance(raw, Decimal):
        return raw
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return _literal(raw)
    if isinstance(raw, str):
        parsed = read_reported(raw)
        if isinstance(parsed, m.Value):
            return parsed.value.value
    return None


def judge_expression(
    rule: Compiled | str,
    reported: m.Reported | str | None,
    *,
    previous: m.Reported | str | None = None,
    references: Mapping[str, Any] | None = None,
    unit: str | None = None,
    measure: m.Measure | None = None,
    polarity: Polarity = Polarity.HIGHER,
    year: int | None = None,
    indicators: Iterable[str] = (),
) -> Verdict:
    """Evaluate a custom rule: met when true, missed when false, pending when a value is lacking.

    ``references`` maps indicator ids (other indicators' figures of the same period) and reference
    names (rules file) to values; ``ref(name)`` also finds a level the reported cell carries
    (``2.63（市级3.12）``). ``indicators`` are the ids of the plan's indicators.
    """
    compiled = compile_expression(rule) if isinstance(rule, str) else rule
    if isinstance(reported, str):
        reported = read_reported(reported)
    if isinstance(previous, str):
        previous = read_reported(previous)
    current: m.Reported = reported if reported is not None else m.Missing(text="")
    refs = dict(references or {})
    ids = set(indicators)
    resolved = _Resolved({}, {})

    def names(node: ast.Name) -> Decimal:
        if node.id == "value":
            found = _figure(current, unit, measure, "value", Reason.NO_DATA)
        elif node.id == "previous":
            found = _figure(previous, unit, measure, "previous", Reason.PREVIOUS_UNKNOWN)
        elif node.id == "year" and year is not None:
            found = Decimal(year)
        else:
            raise _Lacking(node.id, Reason.NO_DATA)
        resolved.names[node.id] = found
        return found

    def ref(name: Any) -> Decimal:
        if not isinstance(name, str):
            raise _Failed("ref() takes a name in quotes")
        if name in refs:
            number = _reference_number(refs[name])
            if number is None:
                raise _Failed(f"reference `{name}` is `{refs[name]}`, not a number")
            found = (number, "indicator" if name in ids else "references")
        else:
            level = next((lv for lv in current.levels if name in (lv.name, lv.label)), None)
            if level is None:
                raise _Lacking(name, Reason.REFERENCE_UNKNOWN)
            found = (level.value.value, "reported")
        resolved.refs[name] = found
        return found[0]

    base: dict[str, Any] = {
        "target": m.Expression(text=compiled.text), "reported": current, "polarity": polarity, "unit": unit,
    }
    try:
        result = _evaluator(names, ref).eval(compiled.text.strip(), previously_parsed=compiled.tree)
    except _Lacking as lacking:
        notes = _notes(compiled, resolved, None)
        missing = lacking.name
        if lacking.name == "value" and isinstance(current, (m.Missing, m.NotAvailable)):
            missing = "reported"
        reason = lacking.reason
        if reason is Reason.IMPRECISE_VALUE:
            missing = "precise"
        return Verdict(status=Status.PENDING, reason=reason, missing=(missing,), notes=notes, **_evidence(resolved), **base)
    except _Failed as failed:
        notes = _notes(compiled, resolved, None)
        return Verdict(status=Status.PENDING, reason=Reason.EXPRESSION_FAILED, missing=(str(failed),), notes=notes,
                         **_evidence(resolved), **base)
    if not isinstance(result, bool):  # pragma: no cover - refused when compiled
        return Verdict(status=Status.PENDING, reason=Reason.EXPRESSION_FAILED, missing=("true/false",), **base)
    notes = _notes(compiled, resolved, result)
    status = Status.MET if result else Status.MISSED
    return Verdict(status=status, reason=Reason.MEASURED, notes=notes, **_evidence(resolved), **base)


def _evidence(resolved: _Resolved) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if "value" in resolved.names:
        found["value"] = resolved.names["value"]
    if "previous" in resolved.names:
        found["previous"] = resolved.names["previous"]
    if resolved.refs:
        name, (value, source) = next(iter(resolved.refs.items()))
        found["reference"] = m.ReferenceUse(
            name=name, value=format_decimal(value), source="reported" if source == "reported" else "references"
        )
    return found


def _notes(compiled: Compiled, resolved: _Resolved, result: bool | None) -> tuple[Note, ...]:
    notes = []
    if resolved.names or resolved.refs:
        params = {"substituted": substitute(compiled, resolved.names, {k: v for k, (v, _) in resolved.refs.items()})}
        if result is not None:
            params["result"] = "holds" if result else "fails"
        notes.append(Note(code="expr_values", params=params))
    for name, (value, source) in resolved.refs.items():
        notes.append(Note(code="expr_ref", params={"name": name, "value": format_decimal(value), "source": source}))
    return tuple(notes)


def substitute(compiled: Compiled, names: Mapping[str, Decimal], refs: Mapping[str, Decimal]) -> str:
    """The expression's text with the values it used in place of ``value``, ``previous``, ``ref('x')``.

    >>> substitute(compile_expression("value > previous and value >= ref('市级要求')"),
    ...            {"value": Decimal("1.75"), "previous": Decimal("0.88")}, {"市级要求": Decimal("1.36")})
    '1.75 > 0.88 and 1.75 >= 1.36'
    """
    text = compiled.text.strip()
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)

    def offset(lineno: int, byte_col: int) -> int:
        return starts[lineno - 1] + _char_column(lines, lineno, byte_col)

    edits: list[tuple[int, int, str]] = []
    for node in ast.walk(ast.parse(text, mode="eval")):
        shown: Decimal | None = None
        if isinstance(node, ast.Name) and node.id in names:
            shown = names[node.id]
        elif (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "ref"
            and node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value in refs
        ):
            shown = refs[node.args[0].value]
        if shown is None:
            continue
        assert node.end_lineno is not None and node.end_col_offset is not None
        number = format_decimal(shown)
        edits.append((offset(node.lineno, node.col_offset), offset(node.end_lineno, node.end_col_offset),
                      f"({number})" if shown < 0 else number))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


# --------------------------------------------------------------------------- positions in a file


def locate(source: str, line: int, column: int, error: ExpressionError) -> tuple[int, int]:
    """The file position of an error inside an expression that a YAML file holds at ``line:column``.

    ``line:column`` (1-based) is where the YAML value starts: a quote, a block indicator (``|``,
    ``>``) or the first character of a plain scalar (whose lines YAML folds into one).
    """
    lines = source.lstrip("\ufeff").splitlines()
    if not 0 < line <= len(lines):
        return line, column
    first = lines[line - 1][column - 1 : column]
    if first in ('"', "'"):
        if error.line == 1:
            return _folded(lines, line - 1, column, error.column)
        return line + error.line - 1, error.column
    if first in ("|", ">"):
        row = line
        while row < len(lines) and not lines[row].strip():
            row += 1
        if row >= len(lines):
            return line, column
        indent = len(lines[row]) - len(lines[row].lstrip())
        if first == "|":
            return row + error.line, indent + error.column
        return _folded(lines, row, indent, error.column)
    if error.line == 1:
        return _folded(lines, line - 1, column - 1, error.column)
    return line + error.line - 1, error.column


def _folded(lines: list[str], row: int, start: int, target: int) -> tuple[int, int]:
    """Walk a scalar folded over several lines (joined by one space) to its ``target``-th character."""
    offset = target - 1
    while True:
        segment = lines[row][start:].rstrip()
        if offset <= len(segment) or row + 1 >= len(lines):
            return row + 1, start + offset + 1
        offset -= len(segment) + 1
        row += 1
        start = len(lines[row]) - len(lines[row].lstrip())
