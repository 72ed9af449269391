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

By step: :mod:`compliance.judge.expr_ops` (what an expression may compute),
:mod:`compliance.judge.expr_compile` (the allowlist check, compiling once, positions of a refusal
in a file), and this module: evaluating a compiled rule for one period. simpleeval runs the tree
parsed at compile time with our operators and functions only; the names (``value``,
``previous``, ``year``) and ``ref()`` are looked up here, reading reported values as every judging
path does (:func:`compliance.judge.figure.figure`). The verdict keeps the values used, and
:func:`substitute` writes them into the expression for the explanation.

>>> rule = compile_expression("value >= ref('gdp_growth') - 1")
>>> verdict = judge_expression(rule, "2.9", references={"gdp_growth": "4"})
>>> verdict.status.value, verdict.notes[0].params["substituted"]
('missed', '2.9 >= 4 - 1')
>>> compile_expression("().__class__")
Traceback (most recent call last):
...
compliance.judge.expr_compile.ExpressionError: line 1, column 3: attribute access (`.__class__`) is not allowed
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .. import models as m
from ..models import Note, Polarity, Reason, Status, format_decimal
from .expr_compile import NAMES, Checker, Compiled, ExpressionError, char_column, compile_expression, locate
from .expr_ops import ARITY, FUNCTIONS, MAX_DEPTH, MAX_EXPONENT, MAX_LENGTH, MAX_NODES, MAX_TEXT, OPERATORS, Failed, literal
from .figure import Pending, figure
from .inputs import read_reported
from .verdict import Verdict

__all__ = [
    "ARITY", "MAX_DEPTH", "MAX_EXPONENT", "MAX_LENGTH", "MAX_NODES", "MAX_TEXT", "NAMES", "Checker", "Compiled",
    "ExpressionError", "compile_expression", "judge_expression", "locate", "substitute",
]


@dataclass
class _Lacking(Exception):
    """A name without a value: the verdict is pending, naming it."""

    name: str
    reason: Reason


def _evaluator(names: Callable[[ast.Name], Any], ref: Callable[[Any], Decimal]) -> Any:
    from simpleeval import SimpleEval

    class _Evaluator(SimpleEval):
        """simpleeval with our operators and functions only, numbers as exact decimals."""

        nodes: dict[type, Callable[..., Any]]

        def __init__(self) -> None:
            super().__init__(operators=dict(OPERATORS), functions={**FUNCTIONS, "ref": ref}, names=names)
            allowed = (ast.Expr, ast.Name, ast.UnaryOp, ast.BinOp, ast.BoolOp, ast.Compare, ast.IfExp, ast.Call, ast.Constant)
            self.nodes = {kind: handler for kind, handler in self.nodes.items() if kind in allowed}

        @staticmethod
        def _eval_constant(node: ast.Constant) -> Any:
            value = node.value
            if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
                return literal(value)
            if isinstance(value, str) and len(value) > MAX_TEXT:
                raise Failed(f"text longer than {MAX_TEXT} characters")
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
        return literal(raw)
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
            raise Failed("ref() takes a name in quotes")
        if name in refs:
            number = _reference_number(refs[name])
            if number is None:
                raise Failed(f"reference `{name}` is `{refs[name]}`, not a number")
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
    except Failed as failed:
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
        return starts[lineno - 1] + char_column(lines, lineno, byte_col)

    edits: list[tuple[int, int, str]] = []
    for node in ast.walk(ast.parse(text, mode="eval")):
        shown: Decimal | None = None
        if isinstance(node, ast.Name) and node.id in names:
            shown = names[node.id]
        elif (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "ref"
            and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
            and node.args[0].value in refs
        ):
            shown = refs[node.args[0].value]
        if shown is None or not isinstance(node, ast.expr):
            continue
        assert node.end_lineno is not None and node.end_col_offset is not None
        number = format_decimal(shown)
        edits.append((offset(node.lineno, node.col_offset), offset(node.end_lineno, node.end_col_offset),
                      f"({number})" if shown < 0 else number))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text
