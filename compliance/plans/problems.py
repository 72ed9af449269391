"""What is wrong in a rules file, said where: pydantic's errors as located, readable problems.

A :class:`Problem` has a code, a message naming the place (``indicators[3] (gdp_growth).polarity``),
a 1-based line and column (from ruamel's positions, :func:`compliance.files.yaml.position`) and a
hint: the key that was probably meant (``polarty`` -> ``polarity``), the values allowed, or the
schema's description of the key. A misspelt key is one problem, not two; a bad custom rule points at
the column inside the expression. :func:`compliance.plans.rules.validate` collects them;
``compliance rules lint`` lists them all.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from ..errors import InputError
from ..files.yaml import position
from ..judge.expr import ExpressionError, locate
from .schema import Located, RulesFile


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a rules file, with its 1-based position."""

    code: str  #: ``unknown-key``, ``missing-key``, ``missing-polarity``, ``bad-value``, ``duplicate-id``
    message: str
    line: int | None = None
    column: int | None = None
    hint: str | None = None
    #: where in the document (keys and list indexes), for tools
    loc: tuple[Any, ...] = ()

    def error(self, file: str) -> InputError:
        return InputError(self.message, file=file, line=self.line, column=self.column, hint=self.hint)


def merge_misspelt(problems: list[Problem]) -> list[Problem]:
    """A misspelt key is one problem, not two: drop "missing `polarity`" when `polarty` is there."""
    meant = {
        (problem.loc[:-1], problem.hint)
        for problem in problems
        if problem.code == "unknown-key" and problem.hint and problem.hint.startswith("did you mean")
    }
    return [
        problem for problem in problems
        if problem.code not in ("missing-key", "missing-polarity")
        or (problem.loc[:-1], f"did you mean `{problem.loc[-1]}`?") not in meant
    ]


def duplicate_ids(data: dict[str, Any]) -> list[Problem]:
    problems = []
    indicators = data.get("indicators")
    if not isinstance(indicators, list):
        return []
    first: dict[str, int] = {}
    for index, item in enumerate(indicators):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        if item["id"] in first:
            line, column = position(data, ("indicators", index, "id"), at_value=True)
            first_line, _ = position(data, ("indicators", first[item["id"]], "id"))
            problems.append(Problem(
                "duplicate-id", f"duplicate indicator id `{item['id']}` (first on line {first_line})", line, column,
                "give each indicator its own id",
            ))
        else:
            first[item["id"]] = index
    return problems


def from_error(data: dict[str, Any], error: Any, text: str = "") -> Problem:
    """A pydantic error as a located, readable problem with a hint."""
    cause = (error.get("ctx") or {}).get("error")
    if isinstance(cause, Located):
        return _located_problem(data, error, cause, text)
    loc = _data_loc(data, tuple(error["loc"]))
    kind = error["type"]
    on_key = "[key]" in error["loc"]
    where = _where(data, loc)
    value = error.get("input")
    shown = f"`{value}`" if isinstance(value, (str, int, float)) and not isinstance(value, bool) else None
    if kind == "extra_forbidden":
        line, column = position(data, loc)
        known = _known_keys(loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
        hint = f"did you mean `{close[0]}`?" if close else f"known keys: {', '.join(known)}"
        owner = f" in {_where(data, loc[:-1])}" if loc[:-1] else ""
        return Problem("unknown-key", f"unknown key `{loc[-1]}`{owner}", line, column, hint, loc)
    if kind == "missing":
        line, column = position(data, loc)
        key = str(loc[-1])
        field = _field(loc)
        owner = _where(data, loc[:-1]) or "the file"
        code = "missing-polarity" if key == "polarity" else "missing-key"
        hint = f"add `{key}:` ({field.description})" if field is not None and field.description else f"add `{key}:`"
        return Problem(code, f"{owner}: missing key `{key}`", line, column, hint, loc)
    line, column = position(data, loc, at_value=not on_key)
    if kind in ("enum", "literal_error"):
        allowed = [part.strip(" '") for part in re.split(r",| or ", error["ctx"]["expected"]) if part.strip(" '")]
        close = difflib.get_close_matches(str(value), allowed, n=1, cutoff=0.5)
        hint = f"did you mean `{close[0]}`?" if close else f"use one of {', '.join(f'`{a}`' for a in allowed)}"
        message = f"`{where}`: {shown or 'the value'} is not one of {', '.join(f'`{a}`' for a in allowed)}"
        return Problem("bad-value", message, line, column, hint)
    if kind == "string_pattern_mismatch" and loc[-1] == "id":
        return Problem(
            "bad-value", f"`{where}`: {shown} is not a valid id", line, column,
            "use letters, digits and `_`, starting with a letter (gdp_growth)",
        )
    expected = {
        "string_type": "text",
        "dict_type": "a mapping (key: value lines)",
        "model_type": "a mapping (key: value lines)",
        "model_attributes_type": "a mapping (key: value lines)",
        "tuple_type": "a list (lines starting with `- `)",
        "list_type": "a list (lines starting with `- `)",
        "bool_type": "true or false",
        "bool_parsing": "true or false",
    }.get(kind)
    if expected is not None:
        got = _kind_of(value)
        return Problem("bad-value", f"`{where}`: expected {expected}, got {got}", line, column, _describe(loc))
    message = str(error["msg"]).removeprefix("Value error, ")
    return Problem("bad-value", f"`{where}`: {message}", line, column, _describe(loc))


def _located_problem(data: dict[str, Any], error: Any, cause: Located, text: str) -> Problem:
    """An error that knows its place: a bad rule at its own line and column inside the file."""
    full = cause.loc if cause.absolute else tuple(error["loc"]) + cause.loc
    loc = _data_loc(data, full)
    line, column = position(data, loc, at_value=True)
    inner = cause.cause
    if isinstance(inner, ExpressionError) and line is not None and column is not None:
        line, column = locate(text, line, column, inner)
        message = inner.message
    else:
        message = str(cause)
    return Problem("bad-value", f"`{_where(data, loc)}`: {message}", line, column, cause.hint or _describe(loc))


def _kind_of(value: Any) -> str:
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"`{value}`"


def _data_loc(data: Any, loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """The part of a pydantic ``loc`` that names places in the document (drops validator tags)."""
    found: list[Any] = []
    node = data
    for part in loc:
        if part == "[key]":
            break
        if isinstance(node, dict):
            key = next((k for k in node if k == part or str(k) == str(part)), _MISSING)
            if key is _MISSING:
                if not isinstance(part, int) and _known_name(part):
                    found.append(part)  # a missing key: still the place to name
                break
            found.append(key)
            node = node[key]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            found.append(part)
            node = node[part]
        elif isinstance(node, list) or not isinstance(part, str) or not _known_name(part):
            continue
        else:
            break
    return tuple(found)


_MISSING = object()


def _known_name(part: Any) -> bool:
    return isinstance(part, str) and re.fullmatch(r"[a-z_]+", part) is not None


def _where(data: Any, loc: tuple[Any, ...]) -> str:
    """``indicators[3] (gdp_growth).polarity``: the path, with the indicator's id where known."""
    text = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                text += f" ({node['id']})"
        else:
            text += f".{part}" if text else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return text


def _field(loc: tuple[Any, ...]) -> Any:
    model = _model_at(loc[:-1])
    return model.model_fields.get(str(loc[-1])) if model is not None else None


def _describe(loc: tuple[Any, ...]) -> str | None:
    """The schema's description of the key at ``loc`` (what was expected), if it has one."""
    for cut in range(len(loc), 0, -1):
        if isinstance(loc[cut - 1], str):
            field = _field(loc[:cut])
            if field is not None and field.description:
                return f"`{loc[cut - 1]}` is {field.description}"
    return None


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    model: type[BaseModel] = RulesFile
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(str(part))
        if field is None:
            return None
        annotation = field.annotation
        inner = getattr(annotation, "__args__", (annotation,))
        found = next((a for a in inner if isinstance(a, type) and issubclass(a, BaseModel)), None)
        if found is None:
            return None
        model = found
    return model


def _known_keys(loc: tuple[Any, ...]) -> list[str]:
    model = _model_at(loc)
    return list(model.model_fields) if model is not None else []
