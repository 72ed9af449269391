"""Overrides files: a reviewer accepts or changes verdicts, with name, date and reason.

An input like a rules file or a dataset (read here, applied when a report is built, never inside
the evaluator). The file is YAML, loaded safely with positions (``_yaml.load_yaml``)::

    overrides:
      - indicator: gdp_growth
        period: "2022"
        status: missed          # met / missed / pending: the final status
        by: 张三
        date: 2023-03-01
        reason: 核实统计公报，确认未达标

Keeping the computed status (``status`` equal to it) records that the verdict was reviewed and
accepted. Every bad entry raises :class:`~compliance.errors.InputError` naming ``file:line:column``.
Not imported by ``import compliance``.
"""

from __future__ import annotations

import datetime
import difflib
import hashlib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from .errors import InputError
from .models import Status
from .rules import PERIOD


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _Entry(_Strict):
    """The keys of one entry, as written in the file."""

    indicator: str
    period: str
    status: Status
    by: str
    date: datetime.date
    reason: str

    @field_validator("period", mode="before")
    @classmethod
    def _period(cls, value: Any) -> str:
        text = str(value).strip()
        if not PERIOD.match(text):
            raise ValueError(f"period {text!r} is not a year (2022) or a plan period (2021-2025)")
        return text

    @field_validator("indicator", "by", "reason", mode="before")
    @classmethod
    def _text(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip()
            if not value:
                raise ValueError("must not be empty")
        return value

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, value: Any) -> Any:
        if isinstance(value, datetime.datetime):
            return value.date()
        return value


class Override(_Strict):
    """One reviewer decision, and where it was written (1-based line and column)."""

    indicator: str
    period: str
    status: Status
    by: str
    date: datetime.date
    reason: str
    line: int | None = None
    column: int | None = None


class Overrides(_Strict):
    """The entries of an overrides file, with the file's path and SHA-256 (shown in report headers)."""

    file: str | None = None
    sha256: str | None = None
    entries: tuple[Override, ...] = ()

    def find(self, indicator: str, period: str) -> Override | None:
        for entry in self.entries:
            if entry.indicator == indicator and entry.period == period:
                return entry
        return None

    def error(self, entry: Override, message: str, hint: str | None = None) -> InputError:
        """An :class:`InputError` pointing at ``entry`` in the file."""
        return InputError(message, file=self.file, line=entry.line, column=entry.column, hint=hint)


_HINT = "each entry has indicator, period, status (met/missed/pending), by, date (YYYY-MM-DD), reason"


def load_overrides(path: str | Path, text: str | None = None) -> Overrides:
    """Read and validate an overrides file. Raises :class:`InputError` naming file, line and column.

    >>> ov = load_overrides("review.yaml", text='''
    ... overrides:
    ...   - {indicator: gdp_growth, period: 2022, status: missed, by: 张三, date: 2023-03-01, reason: 确认}
    ... ''')
    >>> ov.entries[0].period, ov.entries[0].status.value, ov.entries[0].line
    ('2022', 'missed', 3)
    """
    from ._yaml import load_yaml, position, read_text

    name = str(path)
    if text is None:
        text = read_text(name)  # raises InputError for a missing, binary or non-UTF-8 file
        raw = Path(name).read_bytes()
    else:
        raw = text.encode("utf-8")
    if not text.lstrip("\ufeff").strip():
        hint = "an overrides file has a list under `overrides:`"
        raise InputError("is empty", file=name, line=1, column=1, hint=hint)
    data = load_yaml(name, text)
    if not isinstance(data, dict):
        raise InputError(
            "an overrides file is a mapping with a list under `overrides`", file=name, line=1, column=1,
            hint="start the file with `overrides:` and list the entries below it",
        )
    unknown = [key for key in data if key != "overrides"]
    if unknown:
        line, column = position(data, (unknown[0],))
        close = difflib.get_close_matches(str(unknown[0]), ["overrides"], n=1)
        raise InputError(
            f"unknown key `{unknown[0]}`", file=name, line=line, column=column,
            hint="did you mean `overrides`?" if close else "the file has one key, `overrides`",
        )
    if "overrides" not in data:
        raise InputError("no `overrides` list", file=name, line=1, column=1, hint=_HINT)
    items = data["overrides"]
    if items is None:
        items = []
    if not isinstance(items, list):
        line, column = position(data, ("overrides",))
        raise InputError("`overrides` must be a list of entries", file=name, line=line, column=column, hint=_HINT)

    entries: list[Override] = []
    seen: dict[tuple[str, str], int | None] = {}
    for index, item in enumerate(items):
        line, column = position(data, ("overrides", index))
        if not isinstance(item, dict):
            raise InputError(f"entry {index + 1} is not a mapping", file=name, line=line, column=column, hint=_HINT)
        try:
            entry = _Entry.model_validate(dict(item))
        except ValidationError as exc:
            raise _entry_error(name, data, index, exc) from None
        key = (entry.indicator, entry.period)
        if key in seen:
            raise InputError(
                f"a second override for {entry.indicator} {entry.period} (first on line {seen[key]})",
                file=name, line=line, column=column, hint="keep one decision per indicator and period",
            )
        seen[key] = line
        entries.append(Override(**entry.model_dump(), line=line, column=column))
    digest = hashlib.sha256(raw).hexdigest()
    return Overrides(file=name, sha256=digest, entries=tuple(entries))


def _entry_error(name: str, data: Any, index: int, exc: ValidationError) -> InputError:
    from ._yaml import position

    errors = exc.errors()
    # an unknown key first: a misspelt `reason` also makes `reason` missing, and the misspelling is the fix
    error = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
    loc = ("overrides", index, *error["loc"])
    line, column = position(data, loc)
    key = str(error["loc"][-1]) if error["loc"] else ""
    if error["type"] == "extra_forbidden":
        close = difflib.get_close_matches(key, list(_Entry.model_fields), n=1)
        return InputError(
            f"unknown key `{key}`", file=name, line=line, column=column,
            hint=f"did you mean `{close[0]}`?" if close else _HINT,
        )
    if error["type"] == "missing":
        return InputError(f"entry {index + 1} has no `{key}`", file=name, line=line, column=column, hint=_HINT)
    if key == "status":
        hint = "use met, missed or pending"
    elif key == "date":
        hint = "write the date as YYYY-MM-DD"
    else:
        hint = None
    message = error["msg"].removeprefix("Value error, ")
    return InputError(f"`{key}`: {message}", file=name, line=line, column=column, hint=hint)
