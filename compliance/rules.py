"""Rules files: a plan's indicators and targets, in YAML (``rules/*.yaml``).

Loaded with ruamel.yaml in round-trip mode so that every error can name ``file:line:column``;
validated with pydantic models that forbid unknown keys (and suggest the key that was meant).
Not imported by ``import compliance``: only the command line and tools that read files need it.
"""

from __future__ import annotations

import difflib
import re
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import InputError
from .models import Measure, Polarity, Tolerance

PERIOD = re.compile(r"^\d{4}(-\d{4})?$")


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Plan(_Strict):
    name: str
    jurisdiction: str | None = None
    periods: tuple[str, ...] = ()
    source: str | None = None

    @field_validator("periods")
    @classmethod
    def _periods(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for period in value:
            _check_period(period)
        return value


class Defaults(_Strict):
    #: how far X左右 may stray (``"5%"`` of X, or an absolute ``0.5``)
    tolerance: Tolerance = Tolerance(value=Decimal("0.05"), relative=True)

    @field_validator("tolerance", mode="before")
    @classmethod
    def _tolerance(cls, value: Any) -> Tolerance:
        return Tolerance.parse(value)


class ReferenceValue(_Strict):
    """A named outside level (市级要求 ...) for an indicator and period, with where it came from."""

    name: str
    value: str
    indicator: str | None = None
    period: str | None = None
    source: str | None = None

    @field_validator("value", mode="before")
    @classmethod
    def _text(cls, value: Any) -> str:
        return str(value)


class Indicator(_Strict):
    id: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    number: str | None = None
    name: str
    source_name: str | None = None
    unit: str | None = None
    polarity: Polarity
    measure: Measure = Measure.LEVEL
    attribute: Literal["约束性", "预期性"] | None = None
    department: str | None = None
    in_plan: bool | None = None
    tolerance: Tolerance | None = None
    #: targets by period, the original strings (``"2022": "6以上"``, ``"2021-2025": "6"``)
    targets: dict[str, str] = Field(default_factory=dict)

    @field_validator("tolerance", mode="before")
    @classmethod
    def _tolerance(cls, value: Any) -> Tolerance | None:
        return None if value is None else Tolerance.parse(value)

    @field_validator("number", mode="before")
    @classmethod
    def _number(cls, value: Any) -> str | None:
        return None if value is None else str(value)

    @field_validator("targets", mode="before")
    @classmethod
    def _targets(cls, value: Any) -> Any:
        if isinstance(value, dict):
            for period, target in value.items():
                _check_period(str(period))
                if not isinstance(target, (str, int, float)):
                    raise ValueError(f"target of {period} must be a string, got {type(target).__name__}")
            return {str(period): str(target) for period, target in value.items()}
        return value


class RulesFile(_Strict):
    plan: Plan
    defaults: Defaults = Defaults()
    references: tuple[ReferenceValue, ...] = ()
    indicators: tuple[Indicator, ...]

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


def _check_period(period: str) -> None:
    if not PERIOD.match(period):
        raise ValueError(f"period {period!r} is not a year (2022) or a plan period (2021-2025)")


def load_rules(path: str | Path, text: str | None = None) -> RulesFile:
    """Read and validate a rules file. Raises :class:`InputError` naming file, line and column."""
    from ._yaml import load_yaml, position

    name = str(path)
    data = load_yaml(name, text)
    if not isinstance(data, dict):
        raise InputError("a rules file is a mapping with `plan` and `indicators`", file=name, line=1, column=1)
    try:
        return RulesFile.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = tuple(error["loc"])
        line, column = position(data, loc)
        where = ".".join(str(part) for part in loc) or "(top level)"
        hint = None
        if error["type"] == "extra_forbidden":
            known = _known_keys(loc[:-1])
            close = difflib.get_close_matches(str(loc[-1]), known, n=1)
            hint = f"did you mean `{close[0]}`?" if close else f"known keys: {', '.join(sorted(known))}"
            message = f"unknown key `{loc[-1]}`"
        elif error["type"] == "enum" or error["type"] == "literal_error":
            message = f"`{where}`: {error['msg']}"
        else:
            message = f"`{where}`: {error['msg']}"
        raise InputError(message, file=name, line=line, column=column, hint=hint) from None


def _known_keys(loc: tuple[Any, ...]) -> list[str]:
    model: type[BaseModel] = RulesFile
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(str(part))
        if field is None:
            return []
        annotation = field.annotation
        inner = getattr(annotation, "__args__", (annotation,))
        found = next((a for a in inner if isinstance(a, type) and issubclass(a, BaseModel)), None)
        if found is None:
            return []
        model = found
    return list(model.model_fields)
