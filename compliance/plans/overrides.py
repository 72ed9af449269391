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
accepted. Where a cell has several rules (a list of targets, a target and an ``expr``), ``index``
(0, 1, ...: the row id ``indicator/period/index`` of the report) says which; it may be left out
when the cell has a single rule. Every bad entry raises :class:`~compliance.errors.InputError`
naming ``file:line:column``.
Not imported by ``import compliance``.
"""

from __future__ import annotations

import datetime
import difflib
import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import InputError
from ..models import Status
from .schema import PERIOD


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _Entry(_Strict):
    """The keys of one entry, as written in the file."""

    indicator: str
    period: str
    index: int | None = Field(default=None, ge=0, strict=True)
    status: Status
    by: str
    date: datetime.date
    reason: str

    @field_validator("period", mode="before")
    @classmethod
    def _period(cls, value: Any) -> str:
        """The period as a dataset's is read (``plans.datasets.normalize_period``): ``２０２２`` and ``2022年`` are 2022,
        which a dataset's row of either is judged as (an override of ``２０２２`` matched no verdict, ``2022年`` was
        refused)."""
        from .datasets import normalize_period  # here: the lexicon's words, loaded only when a file has overrides

        text = str(value).strip()
        period = normalize_period(text)
        if period is None or not PERIOD.match(period):
            raise ValueError(f"period {text!r} is not a year (2022) or a plan period (2021-2025)")
        return period

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
    #: which of the cell's rules (``Judgement.index``); None: the cell's only rule
    index: int | None = None
    status: Status
    by: str
    date: datetime.date
    reason: str
    line: int | None = None
    column: int | None = None

    def label(self) -> str:
        """``gdp_growth 2022`` or, with an index, ``gdp_growth 2022 index 1``."""
        return f"{self.indicator} {self.period}" + (f" index {self.index}" if self.index is not None else "")


class Overrides(_Strict):
    """The entries of an overrides file, with the file's path and SHA-256 (shown in report headers)."""

    file: str | None = None
    sha256: str | None = None
    entries: tuple[Override, ...] = ()

    def find(self, indicator: str, period: str, index: int = 0) -> Override | None:
        """The entry naming this rule: its ``index``, or no index for rule 0 (see :meth:`assign`)."""
        for entry in self.entries:
            if entry.indicator != indicator or entry.period != period:
                continue
            if entry.index == index or (entry.index is None and index == 0):
                return entry
        return None

    def assign(self, rules: Mapping[tuple[str, str], int]) -> dict[tuple[str, str, int], Override]:
        """Each entry's verdict, given how many rules were judged in each (indicator, period) cell.

        An entry without ``index`` applies to the cell's only rule; where the cell has several it
        is an :class:`InputError` asking for ``index``, as is an entry naming no judged rule or two
        entries for the same rule.
        """
        assigned: dict[tuple[str, str, int], Override] = {}
        for entry in self.entries:
            count = rules.get((entry.indicator, entry.period))
            if count is None:
                ids = sorted({indicator for indicator, _ in rules})
                close = difflib.get_close_matches(entry.indicator, ids, n=1)
                periods = sorted({period for _, period in rules})
                hint = f"did you mean `{close[0]}`?" if close and close[0] != entry.indicator else (
                    f"judged periods: {', '.join(periods)}"
                )
                raise self.error(entry, f"override for {entry.label()} matches no verdict", hint)
            if entry.index is None and count > 1:
                raise self.error(
                    entry, f"{entry.indicator} {entry.period} has {count} rules; the override must say which",
                    f"add `index:` 0 to {count - 1} (the row id {entry.indicator}/{entry.period}/INDEX in the report)",
                )
            index = 0 if entry.index is None else entry.index
            if index >= count:
                rules_text = "one rule: index 0" if count == 1 else f"{count} rules: index 0 to {count - 1}"
                raise self.error(
                    entry, f"override for {entry.label()} matches no verdict",
                    f"{entry.indicator} {entry.period} has {rules_text}",
                )
            key = (entry.indicator, entry.period, index)
            if key in assigned:
                first = assigned[key]
                raise self.error(
                    entry, f"a second override for {entry.indicator} {entry.period} index {index} "
                    f"(first on line {first.line})", "keep one decision per rule",
                )
            assigned[key] = entry
        return assigned

    def error(self, entry: Override, message: str, hint: str | None = None) -> InputError:
        """An :class:`InputError` pointing at ``entry`` in the file."""
        return InputError(message, file=self.file, line=entry.line, column=entry.column, hint=hint)


_HINT = (
    "each entry has indicator, period, status (met/missed/pending), by, date (YYYY-MM-DD), reason, "
    "and index (0, 1, ...) where the cell has several rules"
)


def load_overrides(path: str | Path, text: str | None = None) -> Overrides:
    """Read and validate an overrides file. Raises :class:`InputError` naming file, line and column.

    >>> ov = load_overrides("review.yaml", text='''
    ... overrides:
    ...   - {indicator: gdp_growth, period: 2022, status: missed, by: 张三, date: 2023-03-01, reason: 确认}
    ... ''')
    >>> ov.entries[0].period, ov.entries[0].status.value, ov.entries[0].line
    ('2022', 'missed', 3)
    """
    from ..files.yaml import load_yaml, position, read_text

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
    seen: dict[tuple[str, str, int | None], int | None] = {}
    for index, item in enumerate(items):
        line, column = position(data, ("overrides", index))
        if not isinstance(item, dict):
            raise InputError(f"entry {index + 1} is not a mapping", file=name, line=line, column=column, hint=_HINT)
        try:
            entry = _Entry.model_validate(dict(item))
        except ValidationError as exc:
            raise _entry_error(name, data, index, exc) from None
        key = (entry.indicator, entry.period, entry.index)
        if key in seen:
            what = f"{entry.indicator} {entry.period}" + (f" index {entry.index}" if entry.index is not None else "")
            raise InputError(
                f"a second override for {what} (first on line {seen[key]})",
                file=name, line=line, column=column, hint="keep one decision per indicator, period and index",
            )
        seen[key] = line
        entries.append(Override(**entry.model_dump(), line=line, column=column))
    digest = hashlib.sha256(raw).hexdigest()
    return Overrides(file=name, sha256=digest, entries=tuple(entries))


def _entry_error(name: str, data: Any, index: int, exc: ValidationError) -> InputError:
    from ..files.yaml import position

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
    elif key == "index":
        hint = "the rule's number in its cell, 0, 1, ... (the last part of the row id indicator/period/index)"
    else:
        hint = None
    message = error["msg"].removeprefix("Value error, ")
    # a bad value is pointed at where it is written, with its text (period: 二〇二二 at the 二, not at `period`)
    line, column = position(data, loc, at_value=True)
    written = error.get("input")
    text = str(written) if isinstance(written, (str, int, float)) and not isinstance(written, bool) else None
    return InputError(f"`{key}`: {message}", file=name, line=line, column=column, text=text, hint=hint)
