"""Datasets: reported values by indicator and period, kept as the original strings.

Read from CSV (``.csv``, ``.tsv``), Excel workbooks (``.xlsx``, with the ``xlsx`` extra), YAML
(``.yaml``/``.yml``) and JSON (``.json``), in either shape:

* **long**: one record per (indicator, period) with ``indicator``, ``period``, ``reported`` and
  optionally ``source`` and ``note`` (and ``name``/``unit``, labels for people, not read);
* **wide**: one record per indicator with a column per period (``indicator,2021,2022``); in
  YAML/JSON a mapping ``{indicator: {period: reported}}``. An empty cell is no value.

Reported values stay text: a number in a spreadsheet or a JSON file becomes its exact decimal text
(``4`` -> ``"4"``, ``0.1`` -> ``"0.1"``, a cell formatted as ``4.1%`` -> ``"4.1%"``), never a float
with noise. Every row keeps its file and line (the spreadsheet row), so an error can point at it.
A row naming an unknown indicator, a second row for one (indicator, period), an unknown column, a
period that is not a year or a plan period, and an unreadable file are errors, never dropped.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

from ..errors import InputError
from .rules import PERIOD

REQUIRED = ("indicator", "period", "reported")
#: columns (keys) read into a row besides the required ones
OPTIONAL = ("source", "note")
#: columns for people reading the file (an indicator's name, its unit); accepted and not read
LABELS = ("name", "unit")
FORMATS = {
    ".csv": "csv", ".tsv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".yaml": "yaml", ".yml": "yaml", ".json": "json",
}
_DASHES = re.compile(r"\s*[-‐‑‒–—―~～至－]\s*")


@dataclass(frozen=True, slots=True)
class Row:
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


@dataclass(frozen=True)
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


def load_dataset(path: str | Path, indicators: Iterable[str] | None = None, text: str | None = None) -> Dataset:
    """Read a dataset; with ``indicators`` (the rules file's ids), a row naming another id is an error.

    Raises :class:`InputError` with file and line for anything it cannot read as given.
    """
    name = str(path)
    suffix = Path(name).suffix.lower()
    kind = FORMATS.get(suffix)
    if kind is None:
        hint = "save it as .xlsx" if suffix in (".xls", ".ods", ".numbers") else None
        raise InputError(
            f"unsupported dataset format `{suffix or '(no extension)'}`", file=name,
            hint=hint or f"give one of {', '.join(sorted(FORMATS))}",
        )
    builder = _Builder(name, None if indicators is None else set(indicators))
    if kind == "xlsx":
        _table(builder, _xlsx_records(name))
    else:
        if text is None:
            from ..files.yaml import read_text

            text = read_text(name)
        text = text.removeprefix("\ufeff")
        if kind == "csv":
            _table(builder, _csv_records(name, text, "\t" if suffix == ".tsv" else ","))
        elif kind == "yaml":
            from ..files.yaml import exact_numbers, load_yaml

            data = load_yaml(name, text, empty_hint="give a list of records or a mapping of indicator to periods")
            exact_numbers(data, text)
            _tree(builder, data)
        else:
            _tree(builder, _load_json(name, text))
    return Dataset(name, tuple(builder.rows))


# --------------------------------------------------------------------------- checking and collecting rows


class _Builder:
    def __init__(self, name: str, known: set[str] | None) -> None:
        self.name = name
        self.known = known
        self.rows: list[Row] = []
        self.seen: dict[tuple[str, str], int] = {}

    def fail(self, message: str, line: int | None, column: int | None = None, hint: str | None = None) -> InputError:
        return InputError(message, file=self.name, line=line, column=column, hint=hint)

    def period(self, value: str, line: int | None, column: int | None = None) -> str:
        period = normalize_period(value)
        if period is None:
            raise self.fail(
                f"period `{value}` is not a year (2022) or a plan period (2021-2025)", line, column,
                "write the period as digits: 2022, or 2021-2025",
            )
        return period

    def indicator(self, value: str, line: int | None, column: int | None = None) -> str:
        indicator = value.strip()
        if not indicator:
            raise self.fail("no indicator id", line, column, "name the indicator by its id in the rules file")
        if self.known is not None and indicator not in self.known:
            close = difflib.get_close_matches(indicator, sorted(self.known), n=1)
            raise self.fail(
                f"unknown indicator `{indicator}`", line, column,
                f"did you mean `{close[0]}`?" if close else "add it to the rules file or fix the id",
            )
        return indicator

    def add(
        self, indicator: str, period: str, reported: str, *, line: int, column: int | None = None,
        source: str | None = None, note: str | None = None,
    ) -> None:
        key = (indicator, period)
        if key in self.seen:
            raise self.fail(
                f"second value for {indicator} {period} (the first is on line {self.seen[key]})", line, column,
                "keep one value per indicator and period",
            )
        self.seen[key] = line
        self.rows.append(Row(indicator, period, reported, source or None, self.name, line, note or None, column))


def normalize_period(value: str) -> str | None:
    """``"2022"``, ``"2022年"``, ``"2021—2025"`` -> the period's canonical text; ``None`` if not a period.

    >>> normalize_period("2022年"), normalize_period("2021～2025年"), normalize_period("去年")
    ('2022', '2021-2025', None)
    """
    text = _DASHES.sub("-", str(value).strip().replace("年", "")).replace(" ", "")
    return text if PERIOD.match(text) else None


# --------------------------------------------------------------------------- tables: CSV and XLSX

#: one record of a table: its line (row) number and its cells as (column, text) pairs
Record = tuple[int, list[tuple[int, str]]]


def _table(builder: _Builder, records: Iterator[Record]) -> None:
    header: Record | None = None
    for record in records:
        if any(text.strip() for _, text in record[1]):
            header = record
            break
    if header is None:
        raise builder.fail("is empty", 1, hint="the first line names the columns: indicator,period,reported")
    line, cells = header
    names = {column: text.strip().lower().removeprefix("\ufeff") for column, text in cells if text.strip()}
    if len(names) == 1 and any(sep in next(iter(names.values())) for sep in (";", "\t", "|")):
        raise builder.fail("the columns are not separated by commas", line, hint="save the table as CSV (comma-separated)")
    by_name: dict[str, int] = {}
    for column, title in names.items():
        if title in by_name:
            raise builder.fail(f"two columns named `{title}`", line, column, "name each column once")
        by_name[title] = column
    if "indicator" not in by_name:
        raise builder.fail(
            "no `indicator` column", line, hint="the first line names the columns: indicator,period,reported[,source,note] "
            "or indicator,2021,2022 (one column per period)",
        )
    periods = {column: normalize_period(title) for column, title in names.items()}
    wide = "period" not in by_name and "reported" not in by_name and any(periods.values())
    if wide:
        _wide_table(builder, by_name, {c: p for c, p in periods.items() if p}, line, records)
    else:
        _long_table(builder, by_name, line, records)


def _check_columns(builder: _Builder, by_name: dict[str, int], allowed: tuple[str, ...], line: int, hint: str) -> None:
    for title, column in by_name.items():
        if title not in allowed:
            close = difflib.get_close_matches(title, allowed, n=1)
            raise builder.fail(
                f"unknown column `{title}`", line, column, f"did you mean `{close[0]}`?" if close else hint
            )


def _long_table(builder: _Builder, by_name: dict[str, int], header_line: int, records: Iterator[Record]) -> None:
    allowed = REQUIRED + OPTIONAL + LABELS
    for required in REQUIRED:
        if required not in by_name:
            close = difflib.get_close_matches(required, [t for t in by_name if t not in allowed], n=1)
            raise builder.fail(
                f"no `{required}` column", header_line,
                hint=f"did you mean `{required}` for `{close[0]}`?" if close else
                "the first line names the columns: indicator,period,reported[,source,note]",
            )
    _check_columns(builder, by_name, allowed, header_line, f"known columns: {', '.join(allowed)}")
    for line, cells in records:
        row = dict(cells)
        if not any(text.strip() for text in row.values()):
            continue
        _no_stray_cells(builder, row, set(by_name.values()), line)
        indicator = builder.indicator(row.get(by_name["indicator"], ""), line)
        period = builder.period(row.get(by_name["period"], ""), line)
        reported_column = by_name["reported"]
        builder.add(
            indicator, period, row.get(reported_column, ""), line=line,
            column=reported_column if builder.name.lower().endswith((".xlsx", ".xlsm")) else None,
            source=row.get(by_name["source"], "").strip() if "source" in by_name else None,
            note=row.get(by_name["note"], "").strip() if "note" in by_name else None,
        )


def _wide_table(
    builder: _Builder, by_name: dict[str, int], periods: dict[int, str], header_line: int, records: Iterator[Record]
) -> None:
    seen: dict[str, int] = {}
    for column, period in periods.items():
        if period in seen:
            raise builder.fail(f"two columns for period {period}", header_line, column, "keep one column per period")
        seen[period] = column
    others = {title: column for title, column in by_name.items() if column not in periods}
    _check_columns(
        builder, others, ("indicator",) + OPTIONAL + LABELS, header_line,
        "a wide table has `indicator`, one column per period (2021, 2022 ...) and optionally source, note, name, unit",
    )
    spreadsheet = builder.name.lower().endswith((".xlsx", ".xlsm"))
    for line, cells in records:
        row = dict(cells)
        if not any(text.strip() for text in row.values()):
            continue
        _no_stray_cells(builder, row, set(by_name.values()), line)
        indicator = builder.indicator(row.get(by_name["indicator"], ""), line)
        source = row.get(by_name["source"], "").strip() if "source" in by_name else None
        note = row.get(by_name["note"], "").strip() if "note" in by_name else None
        for column, period in periods.items():
            reported = row.get(column, "")
            if reported.strip():
                builder.add(
                    indicator, period, reported, line=line, column=column if spreadsheet else None,
                    source=source, note=note,
                )


def _no_stray_cells(builder: _Builder, row: dict[int, str], columns: set[int], line: int) -> None:
    stray = [column for column, text in row.items() if column not in columns and text.strip()]
    if stray:
        raise builder.fail(
            f"a value in column {stray[0]}, which has no name in the first line", line,
            stray[0] if builder.name.lower().endswith((".xlsx", ".xlsm")) else None,
            "name the column in the first line, or remove the value",
        )


def _csv_records(name: str, text: str, delimiter: str) -> Iterator[Record]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"not valid CSV: {exc}", file=name, line=line, hint="check the quotes on this line") from None
        yield line, list(enumerate(cells, 1))


def _xlsx_records(name: str) -> Iterator[Record]:
    try:
        import openpyxl
    except ImportError:
        raise InputError(
            "reading .xlsx needs openpyxl", file=name, hint="pip install 'compliance[xlsx]', or save the sheet as CSV"
        ) from None
    import zipfile

    if not Path(name).is_file():
        raise InputError("file not found" if not Path(name).exists() else "is not a file", file=name, hint="check the path")
    try:
        formulas = openpyxl.load_workbook(name, read_only=True, data_only=False)
        values = openpyxl.load_workbook(name, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, openpyxl.utils.exceptions.InvalidFileException) as exc:
        raise InputError(f"not a readable .xlsx workbook ({type(exc).__name__})", file=name,
                         hint="open and save it again as .xlsx, or save the sheet as CSV") from None
    try:
        sheet = _sheet(name, formulas)
        cached = values[sheet.title]
        for formula_row, value_row in zip(sheet.iter_rows(), cached.iter_rows()):
            cells = []
            line = None
            for formula_cell, cell in zip(formula_row, value_row):
                if getattr(cell, "row", None) is None:  # an empty cell of a read-only sheet
                    continue
                line = cell.row
                if cell.value is None and formula_cell.data_type == "f":
                    raise InputError(
                        f"cell {cell.coordinate} holds a formula without a saved value", file=name, line=cell.row,
                        column=cell.column, hint="open the workbook in a spreadsheet program and save it, or type the value",
                    )
                cells.append((cell.column, _cell_text(name, cell)))
            if line is not None:
                yield line, cells
    finally:
        formulas.close()
        values.close()


def _sheet(name: str, workbook: Any) -> Any:
    sheets = workbook.worksheets
    if len(sheets) == 1:
        return sheets[0]
    named = [sheet for sheet in sheets if sheet.title.strip().lower() == "data"]
    if named:
        return named[0]
    raise InputError(
        f"the workbook has {len(sheets)} sheets ({', '.join(s.title for s in sheets)}) and none is named `data`",
        file=name, hint="name the sheet with the values `data`, or keep one sheet",
    )


def _cell_text(name: str, cell: Any) -> str:
    """A cell's value as text: numbers exact (and as shown when formatted as a percentage)."""
    import datetime

    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise InputError(
            f"cell {cell.coordinate} is {str(value).upper()}, not a value", file=name, line=cell.row, column=cell.column,
            hint="type the reported value as text or a number",
        )
    if isinstance(value, (int, float, Decimal)):
        text = number_text(value)
        if "%" in (cell.number_format or "") and not isinstance(value, bool):
            text = number_text(Decimal(text) * 100) + "%"
        return text
    if isinstance(value, (datetime.date, datetime.time, datetime.timedelta)):
        raise InputError(
            f"cell {cell.coordinate} is a date ({value}), not a reported value", file=name, line=cell.row,
            column=cell.column, hint="format the cell as text and type the value again",
        )
    raise InputError(f"cell {cell.coordinate} has a value of kind {type(value).__name__}", file=name,
                     line=cell.row, column=cell.column)


def number_text(value: int | float | Decimal) -> str:
    """The shortest exact decimal text of a number: ``4`` -> ``"4"``, ``0.1`` -> ``"0.1"``, ``4.0`` -> ``"4"``.

    A float is written as its shortest repr (what the spreadsheet showed), never as the binary
    expansion (0.1000000000000000055...).

    >>> number_text(4), number_text(0.1), number_text(4.0), number_text(1e-7), number_text(2.5e6)
    ('4', '0.1', '4', '0.0000001', '2500000')
    """
    from ..models import format_decimal

    if isinstance(value, bool):
        raise TypeError("a boolean is not a number here")
    if isinstance(value, int):
        return str(value)
    return format_decimal(Decimal(repr(value)) if isinstance(value, float) else value)


# --------------------------------------------------------------------------- trees: YAML and JSON


def _tree(builder: _Builder, data: Any) -> None:
    if isinstance(data, list):
        for index, record in enumerate(data):
            _record(builder, data, index, record)
    elif isinstance(data, dict):
        for key, periods in data.items():
            line, column = _where(data, key)
            indicator = builder.indicator(_text(builder, key, line, column, "an indicator id"), line, column)
            if not isinstance(periods, dict):
                raise builder.fail(
                    f"`{indicator}`: expected a mapping of period to reported value", line, column,
                    'write `gdp_growth: {"2022": "4"}`',
                )
            for period_key, value in periods.items():
                line, column = _where(periods, period_key)
                period = builder.period(_text(builder, period_key, line, column, "a period"), line, column)
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


def _record(builder: _Builder, data: list[Any], index: int, record: Any) -> None:
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
    indicator = builder.indicator(_text(builder, record["indicator"], key_line, key_column, "an indicator id"),
                                  key_line, key_column)
    key_line, key_column = _where(record, "period", value=True)
    period = builder.period(_text(builder, record["period"], key_line, key_column, "a period"), key_line, key_column)
    key_line, key_column = _where(record, "reported", value=True)
    reported = record["reported"]
    builder.add(
        indicator, period, "" if reported is None else _text(builder, reported, key_line, key_column, "the reported text"),
        line=line, column=column,
        source=_optional(builder, record.get("source"), line, column),
        note=_optional(builder, record.get("note"), line, column),
    )


def _check_keys(builder: _Builder, record: dict[Any, Any], allowed: tuple[str, ...], line: int, column: int) -> None:
    for key in record:
        if key not in allowed:
            key_line, key_column = _where(record, key)
            close = difflib.get_close_matches(str(key), allowed, n=1)
            raise builder.fail(
                f"unknown key `{key}`", key_line or line, key_column or column,
                f"did you mean `{close[0]}`?" if close else f"known keys: {', '.join(allowed)}",
            )


def _text(builder: _Builder, value: Any, line: int | None, column: int | None, what: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, (float, Decimal)):
        return number_text(value)
    shown = "nothing" if value is None else str(value).lower() if isinstance(value, bool) else f"a {type(value).__name__}"
    raise builder.fail(f"expected {what} as text or a number, got {shown}", line, column)


def _optional(builder: _Builder, value: Any, line: int, column: int) -> str | None:
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


class _JsonObject(dict):  # type: ignore[type-arg]
    positions: dict[Any, tuple[int, int]]


class _JsonArray(list):  # type: ignore[type-arg]
    positions: dict[Any, tuple[int, int]]


def _load_json(name: str, text: str) -> Any:
    """Parse JSON keeping the position of every key, value and item, numbers as their exact text."""
    import bisect
    import json
    import json.decoder
    import json.scanner

    if not text.strip():
        raise InputError("is empty", file=name, line=1, hint="give a list of records or a mapping of indicators")
    starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def at(index: int) -> tuple[int, int]:
        line = bisect.bisect_right(starts, index)
        return line, index - starts[line - 1] + 1

    whitespace = json.decoder.WHITESPACE.match

    def parse_object(s_and_end: tuple[str, int], strict: bool, scan_once: Any, object_hook: Any,
                     object_pairs_hook: Any, memo: Any = None) -> tuple[Any, int]:
        s, end = s_and_end
        result = _JsonObject()
        result.positions = {"start": at(end - 1)}
        index = whitespace(s, end).end()
        if s[index : index + 1] == "}":
            return result, index + 1
        while True:
            index = whitespace(s, index).end()
            if s[index : index + 1] != '"':
                raise json.JSONDecodeError("Expecting property name enclosed in double quotes", s, index)
            key_at = index
            key, index = json.decoder.scanstring(s, index + 1, strict)
            index = whitespace(s, index).end()
            if s[index : index + 1] != ":":
                raise json.JSONDecodeError("Expecting ':' delimiter", s, index)
            index = whitespace(s, index + 1).end()
            value_at = index
            try:
                value, index = scan_once(s, index)
            except StopIteration as err:
                raise json.JSONDecodeError("Expecting value", s, err.value) from None
            if key in result:
                line, column = at(key_at)
                raise InputError(f"key `{key}` appears twice in one object", file=name, line=line, column=column,
                                 hint="keep one of them")
            result[key] = value
            result.positions[("key", key)] = at(key_at)
            result.positions[("value", key)] = at(value_at)
            index = whitespace(s, index).end()
            mark = s[index : index + 1]
            if mark == "}":
                return result, index + 1
            if mark != ",":
                raise json.JSONDecodeError("Expecting ',' delimiter", s, index)
            index += 1

    def parse_array(s_and_end: tuple[str, int], scan_once: Any) -> tuple[Any, int]:
        s, end = s_and_end
        result = _JsonArray()
        result.positions = {"start": at(end - 1)}
        index = whitespace(s, end).end()
        if s[index : index + 1] == "]":
            return result, index + 1
        while True:
            index = whitespace(s, index).end()
            result.positions[len(result)] = at(index)
            try:
                value, index = scan_once(s, index)
            except StopIteration as err:
                raise json.JSONDecodeError("Expecting value", s, err.value) from None
            result.append(value)
            index = whitespace(s, index).end()
            mark = s[index : index + 1]
            if mark == "]":
                return result, index + 1
            if mark != ",":
                raise json.JSONDecodeError("Expecting ',' delimiter", s, index)
            index += 1

    def constant(word: str) -> str:
        raise json.JSONDecodeError(f"{word} is not JSON", text, text.find(word))

    decoder = json.JSONDecoder(parse_float=str, parse_int=str, parse_constant=constant)
    decoder.parse_object = parse_object  # type: ignore[attr-defined]
    decoder.parse_array = parse_array  # type: ignore[attr-defined]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    try:
        return decoder.decode(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}", file=name, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise InputError("JSON nested too deeply", file=name) from None
