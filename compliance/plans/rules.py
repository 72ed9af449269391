"""Rules files: a plan's indicators and targets, in YAML (``rules/*.yaml``).

Loaded with ruamel.yaml in round-trip mode so that every error can name ``file:line:column``;
validated with pydantic models that forbid unknown keys (and suggest the key that was meant).
Not imported by ``import compliance``: only the command line and tools that read files need it.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    BeforeValidator,
    PlainSerializer,
    ValidationError,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from ..errors import InputError
from ..models import Measure, Polarity, Tolerance
from ..judge.progress import ProgressSettings

PERIOD = re.compile(r"^\d{4}(-\d{4})?$")


def _period_text(value: Any) -> str:
    """A period key as text: YAML reads an unquoted ``2022`` as a number."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError(f"a period is text such as \"2022\" or \"2021-2025\", got {type(value).__name__}")
    text = str(value)
    if not PERIOD.match(text):
        raise ValueError(f"period `{text}` is not a year (2022) or a plan period (2021-2025)")
    return text


def scalar_text(value: Any) -> str:
    """A target or level as text. Numbers keep their exact text (``load_rules`` gives it from the file)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        raise ValueError(f"expected text such as \"6以上\", got {value!r}")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (float, Decimal)):
        from ..models import format_decimal

        return format_decimal(Decimal(repr(value)) if isinstance(value, float) else value)
    raise ValueError(f"expected text such as \"6以上\", got a {type(value).__name__}")


def parse_tolerance(value: Any) -> Any:
    if isinstance(value, Tolerance):
        return value
    if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
        raise ValueError("a tolerance is a share of the target such as \"5%\" or an absolute amount such as 0.5")
    try:
        tolerance = Tolerance.parse(scalar_text(value))
    except ArithmeticError:
        raise ValueError(
            f"tolerance `{value}` is neither a share of the target (\"5%\") nor an absolute amount (0.5)"
        ) from None
    if not tolerance.value.is_finite() or tolerance.value < 0:
        raise ValueError(f"tolerance `{value}` must be a finite amount of at least 0")
    return tolerance


#: A period as written in a rules file: ``"2022"`` or ``"2021-2025"`` (an unquoted 2022 is accepted).
Period = Annotated[
    str,
    BeforeValidator(_period_text),
    WithJsonSchema(
        {"anyOf": [{"type": "string", "pattern": PERIOD.pattern}, {"type": "integer", "minimum": 1000, "maximum": 9999}]}
    ),
]
#: A target or a level, kept as the original text (``"6以上"``, ``"达到市级要求（3.2）"``).
Text = Annotated[str, BeforeValidator(scalar_text), WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "number"}]})]
def _target_texts(value: Any) -> Any:
    """One target (text) or several for the same period (a list of texts)."""
    if isinstance(value, (list, tuple)):
        if not value:
            raise ValueError("an empty list of targets: give one target or several")
        return tuple(scalar_text(item) for item in value)
    return scalar_text(value)


#: The target(s) of a period: ``"6以上"``, or several judged each (``["6以上", "稳步增长"]``).
Targets = Annotated[
    str | tuple[str, ...],
    BeforeValidator(_target_texts),
    WithJsonSchema({
        "anyOf": [
            {"type": "string"}, {"type": "number"},
            {"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "number"}]}, "minItems": 1},
        ]
    }),
]
#: A tolerance as written in a rules file: ``"5%"`` (of the target) or ``0.5`` (in the indicator's unit).
ToleranceSpec = Annotated[
    Tolerance,
    BeforeValidator(parse_tolerance),
    PlainSerializer(str, return_type=str, when_used="json"),
    WithJsonSchema(
        {
            "anyOf": [{"type": "string", "pattern": r"^\s*\d+(\.\d+)?\s*%?\s*$"}, {"type": "number", "minimum": 0}],
            "examples": ["5%", 0.5],
        }
    ),
]


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Plan(_Strict):
    """The plan the targets come from."""

    name: str = Field(description="the plan's title, as the document gives it")
    jurisdiction: str | None = Field(None, description="who the plan binds (北京市海淀区)")
    periods: tuple[Period, ...] = Field(
        (),
        description="the periods the plan sets targets for: years (`\"2022\"`) and plan periods "
        "(`\"2021-2025\"`); `compliance rules lint` flags a target outside them",
        examples=[["2021-2025", "2022", "2023"]],
    )
    source: str | None = Field(None, description="where the targets were taken from (document, table)")


class Defaults(_Strict):
    """Settings that apply to every indicator unless it says otherwise."""

    tolerance: ToleranceSpec = Field(
        Tolerance(value=Decimal("0.05"), relative=True),
        description="how far a target `X左右` (about X) may be missed and still count as met: "
        "`\"5%\"` of X (the default) or an absolute amount such as `0.5` in the indicator's unit",
        json_schema_extra={"default": "5%"},
    )
    sync_tolerance: ToleranceSpec = Field(
        Tolerance(value=Decimal(1), relative=False),
        description="how far `与经济增长基本同步` (roughly in step) may trail the indicator it follows: an absolute "
        "amount (the default 1, a percentage point for growth rates) or a share such as `\"10%\"`",
        json_schema_extra={"default": 1},
    )
    progress: ProgressSettings = Field(
        ProgressSettings(),
        description="how progress toward a plan-period target is rated in an interim year: `method` (`cagr`, "
        "the default, or `linear`), `base_year`, `cutoffs` (0.95, 0.6, 0)",
    )


class SyncSettings(_Strict):
    """What `与...同步` (in step with ...) refers to for one indicator, and how close counts."""

    indicator: str | None = Field(
        None, description="the id of the indicator it follows; default: `links`, else the lexicon's (经济增长: gdp_growth)"
    )
    tolerance: ToleranceSpec | None = Field(None, description="this indicator's tolerance for 基本同步")


class ReferenceValue(_Strict):
    """A named outside level (市级要求 ...) for an indicator and period, with where it came from."""

    name: str = Field(
        description="the reference a target names, in canonical form: 市级要求, 国家对北京市的要求, 全市平均水平 ...",
        examples=["市级要求"],
    )
    value: Text = Field(description="the level, as text (`\"3.2\"`, `\"<3.2\"`): read like a reported value")
    indicator: str | None = Field(None, description="the indicator id it applies to; omitted: every indicator")
    period: Period | None = Field(None, description="the period it applies to; omitted: every period")
    source: str | None = Field(None, description="where the level comes from (document, page, date)")


class Indicator(_Strict):
    """One row of the plan's table: what is measured, which way is good, and its targets by period."""

    id: str = Field(
        pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
        description="a stable identifier (letters, digits, `_`): datasets name the indicator by it",
        examples=["gdp_growth"],
    )
    number: str | None = Field(None, description="the row's number (序号) in the plan's table; sub-rows share it")
    name: str = Field(description="the indicator's name (地区生产总值增速)")
    source_name: str | None = Field(None, description="the name exactly as the document prints it, unit included")
    unit: str | None = Field(None, description="the unit of targets and reported figures (`%`, `万人`, `亿元`)")
    polarity: Polarity = Field(
        description="which way is good: `higher` (more is better), `lower` (less is better), "
        "`band` (close to the target is best)",
    )
    measure: Measure = Field(
        Measure.LEVEL,
        description="what the figure measures: `level` (an amount), `rate` (a growth rate in %: "
        "稳步增长 means above zero), `decline` (a rate of decline: 下降3.7% reports 3.7)",
    )
    attribute: Literal["约束性", "预期性"] | None = Field(
        None, description="约束性 (binding: a miss is a `fail`) or 预期性 (expected: a miss is a `warn`)"
    )
    department: str | None = Field(None, description="the department responsible (责任单位)")
    in_plan: bool | None = Field(None, description="whether the indicator is one of the five-year plan's own")
    tolerance: ToleranceSpec | None = Field(
        None, description="this indicator's tolerance for `X左右`, instead of `defaults.tolerance`"
    )
    targets: dict[Period, Targets] = Field(
        default_factory=dict,
        description="targets by period, the document's original text: `\"2022\": \"6以上\"`, "
        "`\"2021-2025\": \"6\"`; a list gives several targets for one period, each judged",
        examples=[{"2021-2025": "6", "2022": "6以上"}],
        json_schema_extra={
            "patternProperties": {PERIOD.pattern: {"anyOf": [
                {"type": "string"}, {"type": "number"},
                {"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "number"}]}, "minItems": 1},
            ]}},
            "additionalProperties": False,
        },
    )
    expr: str | dict[Period, str] | None = Field(
        None,
        description="a custom rule, judged besides the targets: `\"value >= ref('gdp_growth') - 1\"` for every "
        "year of the plan, or a mapping period -> rule (see docs/expressions.md)",
        examples=["value >= ref('gdp_growth') - 1 and value > previous"],
    )
    sync: SyncSettings | None = Field(None, description="what this indicator's `与...同步` target follows, and how closely")
    progress: ProgressSettings | None = Field(None, description="this indicator's progress settings, instead of `defaults.progress`")

    @field_validator("expr")
    @classmethod
    def _expr(cls, value: Any) -> Any:
        """Check and parse each rule now (once), so that a bad one is an error when the rules load."""
        from ..judge.expr import compile_expression

        for period, text in (value.items() if isinstance(value, dict) else [(None, value)]):
            if text is not None:
                try:
                    compile_expression(text)
                except ValueError as exc:
                    raise _Located(
                        str(exc), (period,) if period is not None else (), cause=exc,
                        hint="a rule may use value, previous, year, ref('id'), abs, min, max, round (docs/expressions.md)",
                    ) from None
        return value

    def targets_for(self, period: str) -> tuple[str, ...]:
        """The period's targets, one or several."""
        found = self.targets.get(period)
        if found is None:
            return ()
        return (found,) if isinstance(found, str) else tuple(found)

    @field_validator("number", mode="before")
    @classmethod
    def _number(cls, value: Any) -> Any:
        return scalar_text(value) if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool) else value


class RulesFile(_Strict):
    """A plan's rules file (``rules/*.yaml``): the plan, defaults, outside levels and indicators."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        title="compliance rules file",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    plan: Plan = Field(description="the plan the targets come from")
    defaults: Defaults = Field(Defaults(), description="settings for every indicator")
    references: tuple[ReferenceValue, ...] = Field(
        (),
        description="named outside levels (市级要求 ...) that targets refer to, per indicator and period, "
        "each with its source",
    )
    indicators: tuple[Indicator, ...] = Field(description="the plan's indicators, in the document's order")
    links: dict[str, str] = Field(
        default_factory=dict,
        description="which indicator a phrase of a `与...同步` target names: `经济增长: gdp_growth` "
        "(default: the lexicon's)",
        examples=[{"经济增长": "gdp_growth"}],
    )

    @model_validator(mode="after")
    def _references_resolve(self) -> RulesFile:
        """Links name known indicators, and no indicator's target depends on itself through others."""
        ids = {indicator.id for indicator in self.indicators}
        for phrase, target in self.links.items():
            if target not in ids:
                raise _Located(f"`{phrase}` links to `{target}`, which is not an indicator id", ("links", phrase),
                               absolute=True)
        for index, indicator in enumerate(self.indicators):
            sync = indicator.sync
            if sync is not None and sync.indicator is not None and sync.indicator not in ids:
                raise _Located(f"`sync.indicator` names `{sync.indicator}`, which is not an indicator id",
                               ("indicators", index, "sync", "indicator"), absolute=True)
        cycle = _cycle(self)
        if cycle is not None:
            path, loc = cycle
            raise _Located(f"a cycle of references: {' -> '.join(path)}", loc, absolute=True,
                           hint="an indicator's target cannot depend on itself through other indicators")
        return self

    @model_validator(mode="after")
    def _unique_ids(self) -> RulesFile:
        seen: set[str] = set()
        for indicator in self.indicators:
            if indicator.id in seen:
                raise ValueError(f"duplicate indicator id {indicator.id!r}")
            seen.add(indicator.id)
        return self

    def indicator(self, indicator_id: str) -> Indicator:
        for indicator in self.indicators:
            if indicator.id == indicator_id:
                return indicator
        raise KeyError(indicator_id)


class _Located(ValueError):
    """A validation error that knows where it is: ``loc`` below the field (or from the top, ``absolute``)."""

    def __init__(
        self, message: str, loc: tuple[Any, ...] = (), *, absolute: bool = False, cause: Exception | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.loc = loc
        self.absolute = absolute
        self.cause = cause
        self.hint = hint


def _dependencies(rules: RulesFile) -> dict[str, list[tuple[str, tuple[Any, ...]]]]:
    """Indicator id -> the indicators its targets and rules read (与...同步, ref('id')), each with where."""
    from .._api import parse_target
    from ..judge.expr import compile_expression

    ids = {indicator.id for indicator in rules.indicators}
    found: dict[str, list[tuple[str, tuple[Any, ...]]]] = {}
    for index, indicator in enumerate(rules.indicators):
        edges = found.setdefault(indicator.id, [])
        for period, value in indicator.targets.items():
            texts = (value,) if isinstance(value, str) else value
            for number, text in enumerate(texts):
                sync = _sync_of(parse_target(text))
                if sync is None:
                    continue
                ref = (indicator.sync.indicator if indicator.sync is not None else None) or rules.links.get(
                    sync.phrase, sync.ref
                )
                loc = ("indicators", index, "targets", period) + ((number,) if not isinstance(value, str) else ())
                if ref in ids:
                    edges.append((ref, loc))
        expr = indicator.expr
        for period, text in (expr.items() if isinstance(expr, dict) else [(None, expr)]):
            if text is None:
                continue
            loc = ("indicators", index, "expr") + ((period,) if period is not None else ())
            edges.extend((ref, loc) for ref in compile_expression(text).refs if ref in ids)
    return found


def _sync_of(target: Any) -> Any:
    from ..models import Sync, find

    return find(target, Sync)


def _cycle(rules: RulesFile) -> tuple[list[str], tuple[Any, ...]] | None:
    """The first cycle of dependencies in file order (``a -> b -> a``) and where its first link is."""
    graph = _dependencies(rules)
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[tuple[str, tuple[Any, ...]]] = []

    def visit(node: str) -> tuple[list[str], tuple[Any, ...]] | None:
        state[node] = 1
        for target, loc in graph.get(node, ()):
            path.append((node, loc))
            if state.get(target) == 1:
                start = next(i for i, (name, _) in enumerate(path) if name == target)
                names = [name for name, _ in path[start:]] + [target]
                return names, path[start][1]
            if state.get(target) is None:
                found = visit(target)
                if found is not None:
                    return found
            path.pop()
        state[node] = 2
        return None

    for indicator in rules.indicators:
        if indicator.id not in state:
            found = visit(indicator.id)
            if found is not None:
                return found
    return None


def _check_period(period: str) -> None:
    if not PERIOD.match(period):
        raise ValueError(f"period {period!r} is not a year (2022) or a plan period (2021-2025)")


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


def load_rules(path: str | Path, text: str | None = None) -> RulesFile:
    """Read and validate a rules file. Raises :class:`InputError` naming file, line and column.

    The first problem is raised; ``compliance rules lint`` lists them all.
    """
    from ..files.yaml import load_yaml, read_text

    name = str(path)
    if text is None:
        text = read_text(name)
    data = load_yaml(name, text)
    rules, problems = validate(data, text)
    if rules is None:
        first = problems[0]
        error = first.error(name)
        if len(problems) > 1:
            more = f"{len(problems) - 1} more problem{'s' if len(problems) > 2 else ''}"
            error = InputError(
                first.message, file=name, line=first.line, column=first.column,
                hint=f"{first.hint + '; ' if first.hint else ''}{more}: `compliance rules lint {name}` lists all",
            )
        raise error
    return rules


def validate(data: Any, text: str) -> tuple[RulesFile | None, list[Problem]]:
    """Validate a loaded YAML document: the rules, or every problem found (in file order).

    Numbers in the document are first replaced by their exact text in ``text`` (``99.50`` stays
    ``"99.50"``), so that a target is always the original string.
    """
    from ..files.yaml import exact_numbers

    if not isinstance(data, dict):
        return None, [
            Problem("bad-value", "a rules file is a mapping with `plan` and `indicators`", 1, 1,
                    "start the file with `plan:`")
        ]
    exact_numbers(data, text)
    problems = _duplicate_ids(data)
    try:
        return RulesFile.model_validate(data), problems
    except ValidationError as exc:
        for error in exc.errors():
            if error["type"] == "value_error" and not error["loc"] and problems:
                continue  # the duplicate ids, already located
            problems.append(_problem(data, error, text))
    problems = _merge_misspelt(problems)
    problems.sort(key=lambda p: (p.line or 0, p.column or 0))
    return None, problems


def _merge_misspelt(problems: list[Problem]) -> list[Problem]:
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


def _duplicate_ids(data: dict[str, Any]) -> list[Problem]:
    from ..files.yaml import position

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


def _problem(data: dict[str, Any], error: Any, text: str = "") -> Problem:
    """A pydantic error as a located, readable problem with a hint."""
    from ..files.yaml import position

    cause = (error.get("ctx") or {}).get("error")
    if isinstance(cause, _Located):
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


def _located_problem(data: dict[str, Any], error: Any, cause: _Located, text: str) -> Problem:
    """An error that knows its place: a bad rule at its own line and column inside the file."""
    from ..files.yaml import position

    full = cause.loc if cause.absolute else tuple(error["loc"]) + cause.loc
    loc = _data_loc(data, full)
    line, column = position(data, loc, at_value=True)
    inner = cause.cause
    if inner is not None and hasattr(inner, "column") and line is not None and column is not None:
        from ..judge.expr import locate

        line, column = locate(text, line, column, inner)
        message = getattr(inner, "message", str(inner))
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
