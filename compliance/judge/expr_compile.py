"""Checking and compiling a custom rule once, when the rules load; positions of a refusal in a file.

:func:`compile_expression` walks the parsed tree and refuses whatever is not in the allowlist
(:class:`Checker`) with an :class:`ExpressionError` at the line and column inside the expression;
:func:`locate` turns that position into one in the YAML file holding the expression.

>>> compile_expression("value > previous").names == {"value", "previous"}
True
>>> compile_expression("round(value) >= 9**9**9")
Traceback (most recent call last):
...
compliance.judge.expr_compile.ExpressionError: line 1, column 17: the exponent 387420489 is larger than 100
"""

from __future__ import annotations

import ast
import difflib
import warnings
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .expr_ops import ARITY, MAX_DEPTH, MAX_LENGTH, MAX_NODES, MAX_TEXT, OPERATORS, SYMBOLS, Failed, literal

#: the names an expression may use
NAMES = ("value", "previous", "year")


class ExpressionError(ValueError):
    """An expression that is refused, with the 1-based line and column inside the expression."""

    def __init__(self, message: str, line: int = 1, column: int = 1, expression: str = "") -> None:
        self.message = message
        self.line = line
        self.column = column
        self.expression = expression
        super().__init__(f"line {line}, column {column}: {message}")


@dataclass(frozen=True, eq=False)
class Compiled:
    """A checked expression: its text, simpleeval's parsed tree, the names and references it uses."""

    text: str
    tree: ast.AST
    names: frozenset[str]
    refs: tuple[str, ...]  #: the names passed to ``ref()``, in order
    lead: int  #: characters of leading whitespace stripped before parsing


def char_column(lines: list[str], lineno: int, byte_offset: int) -> int:
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
        lineno = getattr(node, "lineno", None)
        if isinstance(lineno, int):
            line = lineno
            column = char_column(self.lines, line, getattr(node, "col_offset", 0))
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
        if isinstance(node, ast.Constant):
            return self.constant(node, text_ok)
        if isinstance(node, ast.Name):
            self.name(node)
            return None
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
        if isinstance(node, ast.Call):
            self.call(node, depth)
            return None
        if isinstance(node, ast.Attribute):
            dot = ast.Name(id="", lineno=node.end_lineno or node.lineno, col_offset=(node.end_col_offset or 0) - len(node.attr.encode()) - 1)
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
        if isinstance(value, (int, float, Decimal)):
            number = literal(value)
            if not number.is_finite() or abs(number) >= Decimal("1e999"):
                raise self.error(node, "a number too large (at most 1e999)")
            if number and number.adjusted() < -999:
                raise self.error(node, "a number too small (at least 1e-999, or 0)")
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
        if type(op) not in OPERATORS:
            symbol = SYMBOLS.get(type(op), type(op).__name__)
            raise self.error(node, f"the operator `{symbol}` is not allowed")

    def fold(self, node: ast.AST, op: ast.AST, *operands: Decimal | None) -> Decimal | None:
        """Compute a constant part now, so that ``9**9**9`` is refused when the rules load."""
        if any(operand is None for operand in operands):
            return None
        try:
            folded: Decimal = OPERATORS[type(op)](*operands)
            return folded
        except Failed as exc:
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


def exact_literals(tree: ast.AST, source: str) -> None:
    """Replace, in place, every number literal by the exact decimal its text writes.

    Python reads ``5.99999999999999999999`` as the float 6.0 and ``1e-400`` as 0.0; a rule compares
    what its author wrote, so the literal's own text (``_`` separators dropped) is read as a decimal.
    """
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant):
            continue
        value = node.value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            written = ast.get_source_segment(source, node) or ""
            try:
                exact = Decimal(written.replace("_", ""))
            except ArithmeticError:  # 0x10, 0o7: integers Python reads exactly
                exact = literal(value)
            setattr(node, "value", exact)  # noqa: B010 - an ast.Constant holds any object; typeshed says otherwise


def _non_boolean(node: ast.AST) -> ast.AST | None:
    """The part of a rule that computes a number where true or false is needed, if there is one.

    A rule is a comparison, or comparisons joined by ``and``/``or``/``not`` and ``x if c else y``:
    ``value and True`` would be met for any non-zero value, so it is refused.
    """
    if isinstance(node, ast.Compare) or isinstance(node, ast.Constant) and isinstance(node.value, bool):
        return None
    if isinstance(node, ast.BoolOp):
        return next((bad for bad in map(_non_boolean, node.values) if bad is not None), None)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return _non_boolean(node.operand)
    if isinstance(node, ast.IfExp):
        return _non_boolean(node.test) or _non_boolean(node.body) or _non_boolean(node.orelse)
    return node


@lru_cache(maxsize=4096)
def compile_expression(text: str) -> Compiled:
    """Check and parse an expression once (cached by its text). Raises :class:`ExpressionError`.

    >>> compile_expression("value > previous").names == {"value", "previous"}
    True
    >>> compile_expression("value + 1")
    Traceback (most recent call last):
    ...
    compliance.judge.expr_compile.ExpressionError: line 1, column 1: a rule must be true or false, such as `value >= 6`; this one computes a number
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
    exact_literals(tree, stripped)
    checker = Checker(text, lead)
    checker.lines = stripped.split("\n")
    checker.check(tree.body)
    bad = _non_boolean(tree.body)
    if bad is not None:
        what = "this one computes a number" if bad is tree.body else f"`{ast.unparse(bad)}` is a number, not a comparison"
        raise checker.error(bad, f"a rule must be true or false, such as `value >= 6`; {what}")
    parsed = SimpleEval.parse(stripped)  # simpleeval's parse-once: evaluated later with previously_parsed
    exact_literals(parsed, stripped)
    return Compiled(text, parsed, frozenset(checker.names), tuple(checker.refs), lead)


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
