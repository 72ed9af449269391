"""Datasets: reported values by indicator and period, kept as the original strings.

Read from CSV (``.csv``, ``.tsv``), Excel workbooks (``.xlsx``, with the ``xlsx`` extra), YAML
(``.yaml``/``.yml``) and JSON (``.json``) — the formats :mod:`compliance.plans.formats` lists as read
whole — in either shape:

* **long**: one record per (indicator, period) with ``indicator``, ``period``, ``reported`` and
  optionally ``source`` and ``note`` (and ``name``/``unit``, labels for people, not read);
* **wide**: one record per indicator with a column per period (``indicator,2021,2022``); in
  YAML/JSON a mapping ``{indicator: {period: reported}}``. An empty cell is no value.

Reported values stay text: a number in a spreadsheet or a JSON file becomes its exact decimal text
(``4`` -> ``"4"``, ``0.1`` -> ``"0.1"``, a cell formatted as ``4.1%`` -> ``"4.1%"``), never a float
with noise. Every row keeps its file and line (the spreadsheet row), so an error can point at it.
A row naming an unknown indicator, a second row for one (indicator, period), an unknown column, a
period that is not a year or a plan period, and an unreadable file are errors, never dropped.

What a dataset must satisfy is one :class:`Validator`: :func:`load_dataset` asks it row by row, the
streaming path (:mod:`compliance.scale.stream`) chunk by chunk, once per distinct value.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import InputError
from ..frozen import record
from ..judge.periods import Period
from ..language.lexicon import lexicon, per_lexicon
from .formats import format_of, suffixes
from .readers import Record, dataset_text, number_text, stray_error
from .rules import PERIOD

__all__ = [
    "LABELS", "OPTIONAL", "REQUIRED", "Dataset", "Header", "Row", "Validator", "load_dataset", "normalize_period",
    "number_text", "swallowed_rows",
]

REQUIRED = ("indicator", "period", "reported")
#: the longest reported value read, in characters (a long sentence is a few hundred)
MAX_CELL = 10_000
#: columns (keys) read into a row besides the required ones
OPTIONAL = ("source", "note")
#: columns for people reading the file (an indicator's name, its unit); accepted and not read
LABELS = ("name", "unit")
#: a field shaped like an indicator id (letters, digits, ``_``, ``.``, ``-``): a line of a note rarely is one
_ID = re.compile(r"[\w.\-]+")
#: marks that join the two years of a plan period (2021—2025), besides the lexicon's range separators (至)
_DASH_MARKS = "-‐‑‒–—―~～－"


class Row(NamedTuple):
    """One reported value: indicator, period and the text as given, with where it was read."""

    indicator: str
    period: str
    reported: str
    source: str | None
    file: str
    line: int  #: 1-based line of the file (the row of a spreadsheet)
    note: str | None = None
    column: int | None = None  #: 1-based column of the reported cell, where the format has one

    @property
    def where(self) -> str:
        """``file:line`` (``file:line:column`` where known)."""
        return ":".join(str(part) for part in (self.file, self.line, self.column) if part is not None)


@record(slots=False)  # dataclass(frozen=True) compiling its methods late or never (frozen.record)
class Dataset:
    file: str
    rows: tuple[Row, ...]

    def value(self, indicator: str, period: str) -> Row | None:
        return self._index.get((indicator, period))

    @property
    def periods(self) -> tuple[str, ...]:
        """The periods that have a reported value, sorted."""
        return tuple(sorted({row.period for row in self.rows}))

    @cached_property
    def _index(self) -> dict[tuple[str, str], Row]:
        return {(row.indicator, row.period): row for row in self.rows}


def load_dataset(
    path: str | Path, indicators: Iterable[str] | None = None, text: str | None = None, *, encoding: str | None = None
) -> Dataset:
    """Read a dataset; with ``indicators`` (the rules file's ids), a row naming another id is an error.

    ``text`` is the file's text when already read. A text file is UTF-8, else UTF-16 with a BOM, else
    GB18030/GBK (:func:`compliance.plans.readers.decode`); ``encoding`` forces one (a workbook has
    none). Raises :class:`InputError` with file and line for anything it cannot read as given.
    """
    name = str(path)
    fmt = format_of(name)
    if fmt is None or fmt.read is None:
        suffix = Path(name).suffix.lower()
        hint = f"give one of {', '.join(sorted(suffixes(whole=True)))}"
        if fmt is not None:
            hint = "it is read chunk by chunk: compliance check --stream"
        elif suffix in (".xls", ".ods", ".numbers"):
            hint = "save it as .xlsx"
        raise InputError(f"unsupported dataset format `{suffix or '(no extension)'}`", file=name, hint=hint)
    if text is None and encoding is not None and not fmt.cells:
        text = dataset_text(name, encoding)
    rows = _Rows(Validator(name, indicators), spreadsheet=fmt.cells)
    try:
        if fmt.shape == "table":
            _table(rows, fmt.read(name, text), fmt.delimiter)
        else:
            _tree(rows, fmt.read(name, text))
    except InputError as exc:
        if fmt.name != "xlsx" or exc.file != name:
            raise
        from .readers import merged_cause  # a workbook's error only: a merged range may be its cause

        raise merged_cause(name, exc) from None
    return Dataset(name, tuple(rows.rows))


def normalize_period(value: str) -> str | None:
    """``"2022"``, ``"2022年"``, ``"2021—2025"`` -> the period's canonical text; ``None`` if not a period.

    >>> normalize_period("2022年"), normalize_period("2021～2025年"), normalize_period("去年")
    ('2022', '2021-2025', None)
    """
    dashes, year = _period_words()
    text = _plain_digits(unicodedata.normalize("NFKC", str(value)))  # ２０２２ is 2022, not a period of its own
    text = dashes.sub("-", text.strip().replace(year, "")).replace(" ", "")
    return text if PERIOD.match(text) else None


def _plain_digits(text: str) -> str:
    """Every decimal digit of any script as its ASCII digit (٢٠٢٢ -> 2022)."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(char)) if char.isdecimal() else char for char in text)


@per_lexicon
def _period_words() -> tuple[re.Pattern[str], str]:
    """What joins a plan period's years (the lexicon's range separators and dashes), and the year word (年)."""
    words = lexicon()
    separators = sorted({*_DASH_MARKS, *words.range_separators}, key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(map(re.escape, separators)) + r")\s*"), words.numerals.year


# --------------------------------------------------------------------------- the one validator


class Header(NamedTuple):
    """The first line of a table, checked: which column holds what."""

    line: int | None  #: its 1-based line (None: not a line of text, e.g. a Parquet schema)
    #: each named column by what it holds (``indicator``, ``source``, ``name`` ...; a region's own name), 1-based
    columns: dict[str, int]
    periods: dict[int, str]  #: a wide table's period columns: column -> period (a long table: none)

    @property
    def wide(self) -> bool:
        return bool(self.periods)


class Validator:
    """What every value of a dataset must satisfy, checked one value at a time.

    Each check returns the value as read or raises :class:`InputError` naming ``file:line`` (and the
    column where the format has one) with the fix. ``indicators``: the rules file's ids (None: any).
    ``load_dataset`` checks each row; the streaming path each distinct value of a chunk, with the
    line of its first row.
    """

    def __init__(self, file: str, indicators: Iterable[str] | None = None) -> None:
        self.file = file
        self.known = None if indicators is None else set(indicators)

    def fail(self, message: str, line: int | None, column: int | None = None, hint: str | None = None) -> InputError:
        return InputError(message, file=self.file, line=line, column=column, hint=hint)

    def indicator(self, value: str | None, line: int | None, column: int | None = None) -> str:
        indicator = (value or "").strip()
        if not indicator:
            raise self.fail("no indicator id", line, column, "name the indicator by its id in the rules file")
        if self.known is not None and indicator not in self.known:
            import difflib  # only where a name is wrong: not loaded by a check of a good file
            close = difflib.get_close_matches(indicator, sorted(self.known), n=1)
            raise self.fail(
                f"unknown indicator `{indicator}`", line, column,
                f"did you mean `{close[0]}`?" if close else "add it to the rules file or fix the id",
            )
        return indicator

    def period(self, value: str | None, line: int | None, column: int | None = None) -> str:
        """A year or a plan period, in its canonical text (``2022年`` -> ``2022``)."""
        if value is None or not str(value).strip():
            raise self.fail("no period", line, column, "write the period as digits: 2022, or 2021-2025")
        period = normalize_period(value)
        if period is not None:
            try:
                Period.parse(period)
            except ValueError:  # 2025-2021
                period = None
        if period is None:
            raise self.fail(
                f"period `{value}` is not a year (2022) or a plan period (2021-2025)", line, column,
                "write the period as digits: 2022, or 2021-2025",
            )
        return period

    def region(self, value: str | None, column_name: str, line: int | None) -> str:
        """A value of a region column (``county``) of a panel: never empty."""
        region = (value or "").strip()
        if not region:
            raise self.fail(f"no value in the region column `{column_name}`", line, hint="every row names its region")
        return region

    def duplicate(
        self, indicator: str, period: str, line: int, first: int, *, column: int | None = None,
        region: Iterable[str] | None = None,
    ) -> InputError:
        """The error for a second value of one (indicator, period) (in one region), the first on line ``first``."""
        where = f" in region {' / '.join(region)}" if region is not None else ""
        return self.fail(
            f"second value for {indicator} {period}{where} (the first is on line {first})", line, column,
            "keep one value per indicator and period" + (" in each region" if region is not None else ""),
        )

    def too_long(self, indicator: str, period: str, length: int, line: int, column: int | None = None) -> InputError:
        """The error for a reported value of more than :data:`MAX_CELL` characters (a quote left open, most often)."""
        return self.fail(f"the reported value of {indicator} {period} is {length:,} characters long, more than "
                         f"{MAX_CELL:,}", line, column, "a reported value is a figure or a sentence; check the quotes")

    def stray(self, column: int, line: int, *, spreadsheet: bool = False) -> InputError:
        """The error for a value in a column the first line gives no name."""
        return stray_error(self.file, column, line, spreadsheet=spreadsheet)

    def swallowed(
        self, cell: str, line: int, column: int, *, delimiter: str, fields: int, period: int | None
    ) -> InputError | None:
        """The error for a quoted cell (opened on ``line``) whose text goes on in a line shaped like a row.

        A line after a line break inside the quotes is a row when its first field is a known indicator
        id, or when it has the header's ``fields``, a first field shaped like an id (``gdp_growth``, no
        spaces or punctuation) and a period in the ``period`` column: a quote left
        open, which would make the rows one cell. ``None`` for a note of several lines.
        """
        for offset, text in enumerate(cell.split("\n")[1:], 1):
            parts = text.rstrip("\r").split(delimiter)
            first = parts[0].strip()
            if not first:
                continue
            known = self.known is not None and first in self.known
            if known or (len(parts) == fields and period is not None and period <= fields and _ID.fullmatch(first)
                         and normalize_period(parts[period - 1].strip()) is not None):
                what = f"indicator `{first}`" if known else f"`{first}`"
                return self.fail(
                    f"the quote opened in column {column} is not closed before line {line + offset}, a row of "
                    f"{what}: the rows would be read as one cell", line, column,
                    "close the quote at the end of its cell (or remove it)",
                )
        return None

    def header(self, cells: Iterable[tuple[int, str]], line: int | None, *, regions: tuple[str, ...] | None = None) -> Header:
        """Check the first line of a table (``(column, title)`` cells); what each column holds.

        ``regions``: the region columns of a panel read by the streaming path (long tables only:
        a column named like a period is refused with the hint to reshape); ``None`` for
        :func:`load_dataset`, which reads wide tables too.
        """
        streaming = regions is not None
        regions = regions or ()
        titles: dict[int, str] = {}
        for column, raw in cells:
            title = raw.strip().removeprefix("\ufeff")
            if title:
                titles[column] = title
        if len(titles) == 1 and any(sep in next(iter(titles.values())) for sep in (";", "\t", "|")):
            raise self.fail("the columns are not separated by commas", line, hint="save the table as CSV (comma-separated)")
        columns: dict[str, int] = {}
        for column, title in titles.items():
            role = title if title in regions else title.lower()
            if role in columns:
                raise self.fail(f"two columns named `{title}`", line, column, "name each column once")
            columns[role] = column
        if "indicator" not in columns:
            raise self.fail(
                "no `indicator` column", line, hint="the first line names the columns: indicator,period,reported"
                "[,source,note]" + ("" if streaming else " or indicator,2021,2022 (one column per period)"),
            )
        periods = {column: period for role, column in columns.items() if (period := normalize_period(role))}
        if not streaming and "period" not in columns and "reported" not in columns and periods:
            return self._wide(columns, periods, line)
        known = REQUIRED + OPTIONAL + LABELS
        unknown = {role: column for role, column in columns.items() if role not in known and role not in regions}
        by_hint = " If it names the region, pass --by {}" if streaming else ""
        for role, column in unknown.items():
            if streaming and column in periods:
                raise self.fail(f"unknown column `{titles[column]}`", line, column, "the streaming path reads long "
                                "tables (indicator, period, reported): reshape the wide table to one row per period")
        for required in REQUIRED:  # a missing column, or one spelt differently
            if required not in columns:
                import difflib  # only where a name is wrong: not loaded by a check of a good file
                close = difflib.get_close_matches(required, list(unknown), n=1)
                if close:
                    column = unknown[close[0]]
                    raise self.fail(f"unknown column `{titles[column]}`", line, column,
                                    f"did you mean `{required}`?" + by_hint.format(titles[column]))
                raise self.fail(f"no `{required}` column", line,
                                hint="the first line names the columns: indicator,period,reported[,source,note]")
        for role, column in unknown.items():
            import difflib  # only where a name is wrong: not loaded by a check of a good file
            close = difflib.get_close_matches(role, known, n=1)
            raise self.fail(
                f"unknown column `{titles[column]}`", line, column,
                f"did you mean `{close[0]}`?" + by_hint.format(titles[column]) if close else
                f"name it as a region column with --by {titles[column]}, or remove it" if streaming else
                f"known columns: {', '.join(known)}",
            )
        for region in regions:
            if region not in columns:
                raise self.fail(f"no region column `{region}`", line,
                                hint=f"the columns are {', '.join(titles.values())}")
        return Header(line, columns, {})

    def _wide(self, columns: dict[str, int], periods: dict[int, str], line: int | None) -> Header:
        seen: dict[str, int] = {}
        for column, period in periods.items():
            if period in seen:
                raise self.fail(f"two columns for period {period}", line, column, "keep one column per period")
            seen[period] = column
        allowed = ("indicator",) + OPTIONAL + LABELS
        for role, column in columns.items():
            if column not in periods and role not in allowed:
                import difflib  # only where a name is wrong: not loaded by a check of a good file
                close = difflib.get_close_matches(role, allowed, n=1)
                raise self.fail(
                    f"unknown column `{role}`", line, column, f"did you mean `{close[0]}`?" if close else
                    "a wide table has `indicator`, one column per period (2021, 2022 ...) and optionally source, "
                    "note, name, unit",
                )
        return Header(line, {role: c for role, c in columns.items() if c not in periods}, periods)


class _Rows:
    """The rows of a dataset read whole, each checked by the validator; a second value is an error."""

    def __init__(self, validator: Validator, *, spreadsheet: bool = False) -> None:
        self.check = validator
        self.spreadsheet = spreadsheet  #: rows keep their cell's column
        self.rows: list[Row] = []
        self.seen: dict[tuple[str, str], int] = {}

    def fail(self, message: str, line: int | None, column: int | None = None, hint: str | None = None) -> InputError:
        return self.check.fail(message, line, column, hint)

    def add(
        self, indicator: str, period: str, reported: str, *, line: int, column: int | None = None,
        source: str | None = None, note: str | None = None,
    ) -> None:
        if len(reported) > MAX_CELL:  # a runaway quote or a hostile file, not a figure: say so, never parse minutes
            raise self.check.too_long(indicator, period, len(reported), line, column)
        key = (indicator, period)
        if key in self.seen:
            raise self.check.duplicate(indicator, period, line, self.seen[key], column=column)
        self.seen[key] = line
        self.rows.append(Row(indicator, period, reported, source or None, self.check.file, line, note or None, column))


# --------------------------------------------------------------------------- tables: CSV and XLSX


def _table(rows: _Rows, records: Iterator[Record], delimiter: str | None = None) -> None:
    first: Record | None = None
    for record in records:
        if any(text.strip() for _, text in record[1]):
            first = record
            break
    if first is None:
        raise rows.fail("is empty", 1, hint="the first line names the columns: indicator,period,reported")
    header = rows.check.header(first[1], first[0])
    named = set(header.columns.values()) | set(header.periods)
    columns = header.columns
    for line, cells in records:
        row = dict(cells)
        if not any(text.strip() for text in row.values()):
            continue
        if delimiter is not None:  # a quote left open: rows swallowed into one cell
            flaw = swallowed_rows(rows.check, line, cells, delimiter, len(first[1]), columns.get("period"))
            if flaw is not None:
                raise flaw
        stray = [column for column, text in row.items() if column not in named and text.strip()]
        if stray:
            raise rows.check.stray(stray[0], line, spreadsheet=rows.spreadsheet)
        indicator = rows.check.indicator(row.get(columns["indicator"], ""), line)
        source = row.get(columns["source"], "").strip() if "source" in columns else None
        note = row.get(columns["note"], "").strip() if "note" in columns else None
        if header.wide:
            for column, period in header.periods.items():
                reported = row.get(column, "")
                if reported.strip():
                    rows.add(indicator, period, reported, line=line, column=column if rows.spreadsheet else None,
                             source=source, note=note)
        else:
            period = rows.check.period(row.get(columns["period"], ""), line)
            reported_column = columns["reported"]
            rows.add(indicator, period, row.get(reported_column, ""), line=line,
                     column=reported_column if rows.spreadsheet else None, source=source, note=note)


def swallowed_rows(
    check: Validator, line: int, cells: Iterable[tuple[int, str]], delimiter: str, fields: int, period: int | None
) -> InputError | None:
    """:meth:`Validator.swallowed` for the cells of the record on ``line`` (a cell's own line counted)."""
    breaks = 0
    for column, text in cells:
        if "\n" in text:
            flaw = check.swallowed(text, line + breaks, column, delimiter=delimiter, fields=fields, period=period)
            if flaw is not None:
                return flaw
            breaks += text.count("\n")
    return None


# --------------------------------------------------------------------------- trees: YAML and JSON


def _tree(builder: _Rows, data: Any) -> None:
    if isinstance(data, list):
        for index, record in enumerate(data):
            _record(builder, data, index, record)
    elif isinstance(data, dict):
        for key, periods in data.items():
            line, column = _where(data, key)
            indicator = builder.check.indicator(_text(builder, key, line, column, "an indicator id"), line, column)
            if not isinstance(periods, dict):
                raise builder.fail(
                    f"`{indicator}`: expected a mapping of period to reported value", line, column,
                    'write `gdp_growth: {"2022": "4"}`',
                )
            for period_key, value in periods.items():
                line, column = _where(periods, period_key)
                period = builder.check.period(_text(builder, period_key, line, column, "a period"), line, column)
                if isinstance(value, dict):
                    _check_keys(builder, value, ("reported",) + OPTIONAL + LABELS, line, column)
                    reported = value.get("reported")
                    source, note = value.get("source"), value.get("note")
                else:
                    reported, source, note = value, None, None
                if reported is None:
                    continue  # an empty cell
                value_line, value_column = _where(periods, period_key, value=True)
                builder.add(
                    indicator, period, _text(builder, reported, value_line, value_column, "the reported text"),
                    line=value_line, column=value_column,
                    source=_optional(builder, source, line, column), note=_optional(builder, note, line, column),
                )
    else:
        raise builder.fail(
            "expected a list of records (indicator, period, reported) or a mapping of indicator to periods", 1, 1
        )


def _record(builder: _Rows, data: list[Any], index: int, record: Any) -> None:
    line, column = _where(data, index)
    if not isinstance(record, dict):
        raise builder.fail(
            f"record {index + 1} is not a mapping", line, column, "each record has indicator, period and reported"
        )
    _check_keys(builder, record, REQUIRED + OPTIONAL + LABELS, line, column)
    for required in ("indicator", "period"):
        if required not in record:
            raise builder.fail(f"record {index + 1} has no `{required}`", line, column,
                               "each record has indicator, period and reported")
    if "reported" not in record:
        raise builder.fail(f"record {index + 1} has no `reported`", line, column,
                           "write `reported: ''` for a value that was not reported")
    key_line, key_column = _where(record, "indicator", value=True)
    indicator = builder.check.indicator(_text(builder, record["indicator"], key_line, key_column, "an indicator id"),
                                  key_line, key_column)
    key_line, key_column = _where(record, "period", value=True)
    period = builder.check.period(_text(builder, record["period"], key_line, key_column, "a period"), key_line, key_column)
    key_line, key_column = _where(record, "reported", value=True)
    reported = record["reported"]
    builder.add(
        indicator, period, "" if reported is None else _text(builder, reported, key_line, key_column, "the reported text"),
        line=line, column=column,
        source=_optional(builder, record.get("source"), line, column),
        note=_optional(builder, record.get("note"), line, column),
    )


def _check_keys(builder: _Rows, record: dict[Any, Any], allowed: tuple[str, ...], line: int, column: int) -> None:
    for key in record:
        if key not in allowed:
            key_line, key_column = _where(record, key)
            import difflib  # only where a name is wrong: not loaded by a check of a good file
            close = difflib.get_close_matches(str(key), allowed, n=1)
            raise builder.fail(
                f"unknown key `{key}`", key_line or line, key_column or column,
                f"did you mean `{close[0]}`?" if close else f"known keys: {', '.join(allowed)}",
            )


def _text(builder: _Rows, value: Any, line: int | None, column: int | None, what: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, (float, Decimal)):
        return number_text(value)
    shown = "nothing" if value is None else str(value).lower() if isinstance(value, bool) else f"a {type(value).__name__}"
    raise builder.fail(f"expected {what} as text or a number, got {shown}", line, column)


def _optional(builder: _Rows, value: Any, line: int, column: int) -> str | None:
    return None if value is None else _text(builder, value, line, column, "text").strip()


def _where(container: Any, key: Any, *, value: bool = False) -> tuple[int, int]:
    """1-based line and column of ``container[key]`` (its key, or its value)."""
    lc = getattr(container, "lc", None)
    if lc is not None:  # ruamel
        try:
            if isinstance(container, dict):
                line, column = lc.value(key) if value else lc.key(key)
            else:
                line, column = lc.item(key)
            return line + 1, column + 1
        except (KeyError, IndexError, TypeError):
            pass
    positions = getattr(container, "positions", None)
    if positions is not None:  # our JSON reader
        if isinstance(container, dict):
            return positions.get(("value", key) if value else ("key", key), positions.get("start", (1, 1)))
        return positions.get(key, positions.get("start", (1, 1)))
    return 1, 1
