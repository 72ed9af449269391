"""Load the lexicon data files (``compliance/language/data/*.yaml``) into frozen, validated models.

The files are read once, on first use, with ruamel.yaml's safe loader; a malformed file raises
:class:`~compliance.errors.LexiconError` naming the file and the offending key.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import LexiconError

Op = Literal["ge", "gt", "le", "lt"]
_M = TypeVar("_M", bound=BaseModel)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Comparators(_Frozen):
    before: dict[Op, tuple[str, ...]]
    after: dict[Op, tuple[str, ...]]


class Approx(_Frozen):
    before: tuple[str, ...]
    after: tuple[str, ...]


class ReferenceEntry(_Frozen):
    name: str
    words: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            re.compile(pattern)
        return value


class DirectionWords(_Frozen):
    growth: tuple[str, ...]
    level: tuple[str, ...]


class Directions(_Frozen):
    up: DirectionWords
    down: DirectionWords
    better: DirectionWords


class Sync(_Frozen):
    patterns: tuple[str, ...]
    indicators: dict[str, str]

    @field_validator("patterns")
    @classmethod
    def _has_ref_group(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            if "ref" not in re.compile(pattern).groupindex:
                raise ValueError(f"sync pattern {pattern!r} needs a named group (?P<ref>...)")
        return value


class Change(_Frozen):
    up: tuple[str, ...]
    down: tuple[str, ...]


class Tasks(_Frozen):
    actions: tuple[str, ...]
    complete: tuple[str, ...]
    task_nouns: tuple[str, ...]


class ReportedWords(_Frozen):
    attested: tuple[str, ...]
    not_available: tuple[str, ...]
    missing: tuple[str, ...]
    note_markers: tuple[str, ...]


class NotValues(_Frozen):
    after: tuple[str, ...]
    before: tuple[str, ...]


class Measures(_Frozen):
    rate: tuple[str, ...]
    decline: tuple[str, ...]


class Lexicon(_Frozen):
    """The words of one language (``language/data/zh.yaml``)."""

    comparators: Comparators
    reach: tuple[str, ...]
    approx: Approx
    hedges: tuple[str, ...]
    range_separators: tuple[str, ...]
    references: tuple[ReferenceEntry, ...]
    level_labels: dict[str, str]
    directions: Directions
    sync: Sync
    revisions: tuple[str, ...]
    provisional: tuple[str, ...]
    cumulative: tuple[str, ...]
    change: Change
    tasks: Tasks
    reported: ReportedWords
    not_values: NotValues
    measures: Measures


class Units(_Frozen):
    """Units and multipliers (``language/data/units.yaml``)."""

    multipliers: dict[str, Decimal]
    dimensions: dict[str, dict[str, Decimal]]
    compound: tuple[str, ...] = ()


class Hant(_Frozen):
    pairs: str

    @field_validator("pairs")
    @classmethod
    def _pairs(cls, value: str) -> str:
        for item in value.split():
            if len(item) != 2:
                raise ValueError(f"expected pairs of two characters, got {item!r}")
        return value

    def table(self) -> dict[int, str]:
        return {ord(item[0]): item[1] for item in self.pairs.split() if item[0] != item[1]}


class Messages(_Frozen):
    """Explanation templates by language (``language/data/messages.yaml``)."""

    zh: dict[str, object] = Field(default_factory=dict)
    en: dict[str, object] = Field(default_factory=dict)


def _read(name: str) -> object:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    path = resources.files("compliance.language") / "data" / name
    try:
        return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    except YAMLError as exc:  # pragma: no cover - the shipped files are tested
        raise LexiconError(f"language/data/{name}: {exc}") from exc


def _validated(model: type[_M], name: str) -> _M:
    try:
        return model.model_validate(_read(name))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise LexiconError(f"language/data/{name}: at {where}: {first['msg']}") from exc


@cache
def lexicon() -> Lexicon:
    return _validated(Lexicon, "zh.yaml")


@cache
def units() -> Units:
    return _validated(Units, "units.yaml")


@cache
def hant() -> dict[int, str]:
    return _validated(Hant, "hant.yaml").table()


@cache
def messages() -> Messages:
    return _validated(Messages, "messages.yaml")
