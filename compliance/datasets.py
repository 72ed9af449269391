"""Datasets: reported values by indicator and period, kept as the original strings.

Long form, one row per (indicator, period): columns ``indicator``, ``period``, ``reported`` and
optionally ``source`` / ``note``. Every row keeps its line number, so an error can point at it;
a row naming an unknown indicator or repeating an (indicator, period) is an error, never dropped.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ._yaml import read_text
from .errors import InputError
from .rules import PERIOD

REQUIRED = ("indicator", "period", "reported")


@dataclass(frozen=True, slots=True)
class Row:
    indicator: str
    period: str
    reported: str
    source: str | None
    file: str
    line: int


@dataclass(frozen=True)
class Dataset:
    file: str
    rows: tuple[Row, ...]

    def value(self, indicator: str, period: str) -> Row | None:
        return self._index.get((indicator, period))

    @cached_property
    def _index(self) -> dict[tuple[str, str], Row]:
        return {(row.indicator, row.period): row for row in self.rows}


def load_dataset(path: str | Path, indicators: Iterable[str] | None = None, text: str | None = None) -> Dataset:
    name = str(path)
    if text is None:
        text = read_text(name)
    if not name.lower().endswith(".csv"):
        raise InputError("unsupported dataset format", file=name, hint="give a .csv file (indicator,period,reported)")
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("is empty", file=name, line=1, hint="the first line names the columns: indicator,period,reported") from None
    columns = [column.strip().lower() for column in header]
    for required in REQUIRED:
        if required not in columns:
            raise InputError(
                f"no `{required}` column", file=name, line=1, text=",".join(header),
                hint="the first line names the columns: indicator,period,reported[,source]",
            )
    at = {column: columns.index(column) for column in columns}
    known = set(indicators) if indicators is not None else None
    rows: list[Row] = []
    seen: dict[tuple[str, str], int] = {}
    while True:
        line = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(f"not valid CSV: {exc}", file=name, line=line) from None
        if not any(cell.strip() for cell in record):
            continue
        if len(record) < len(header):
            record = record + [""] * (len(header) - len(record))
        indicator = record[at["indicator"]].strip()
        period = record[at["period"]].strip()
        if known is not None and indicator not in known:
            import difflib

            close = difflib.get_close_matches(indicator, sorted(known), n=1)
            raise InputError(
                f"unknown indicator `{indicator}`", file=name, line=line,
                hint=f"did you mean `{close[0]}`?" if close else "add it to the rules file or fix the id",
            )
        if not PERIOD.match(period):
            raise InputError(
                f"period `{period}` is not a year (2022) or a plan period (2021-2025)", file=name, line=line
            )
        key = (indicator, period)
        if key in seen:
            raise InputError(
                f"duplicate row for {indicator} {period} (first on line {seen[key]})", file=name, line=line,
                hint="keep one value per indicator and period",
            )
        seen[key] = line
        source = record[at["source"]] if "source" in at else (record[at["note"]] if "note" in at else None)
        rows.append(Row(indicator, period, record[at["reported"]], source or None, name, line))
    return Dataset(name, tuple(rows))
