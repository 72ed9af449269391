"""Reading a dataset file whole: the records of a table, or the tree of a YAML / JSON document.

One reader per input format (registered in :mod:`compliance.plans.formats`); what the rows must
satisfy is :mod:`compliance.plans.datasets`' business, not theirs. A table reader yields
:data:`Record` s (a line and its cells, 1-based columns); a tree reader returns the document with
the position of every key, value and item (ruamel's ``.lc`` for YAML, a ``positions`` map for
JSON). Numbers become their exact decimal text (:func:`number_text`), never a float with noise.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError

#: one record of a table: its line (row) number and its cells as (column, text) pairs
Record = tuple[int, list[tuple[int, str]]]


# --------------------------------------------------------------------------- tables: CSV and XLSX


def csv_records(name: str, text: str | None, *, delimiter: str = ",") -> Iterator[Record]:
    """The records of a CSV (``delimiter=","``) or TSV (``"\t"``) text, read from ``name`` unless given."""
    return strict_records(name, io.StringIO(_text_of(name, text), newline=""), delimiter)


def _text_of(name: str, text: str | None) -> str:
    if text is None:
        text = dataset_text(name)
    return text.removeprefix("\ufeff")


#: the most bytes of a dataset read whole (a CSV over 64 MiB streams; a device or a pipe has no size to tell by)
MOST_BYTES = 1 << 30
#: the encodings tried, in order, when none is given (:func:`decode`)
ENCODINGS = ("utf-8", "gb18030")
#: the first bytes an encoding is judged on where a file is not read whole (a streamed CSV's first MiB, as
#: :data:`compliance.plans.chunks.SNIFF_BYTES` reads it); a file read whole is judged so too (:func:`decode`)
SNIFF_BYTES = 1 << 20


def dataset_text(name: str, encoding: str | None = None) -> str:
    """The text of a dataset file, decoded by :func:`decode` (``encoding`` forces one).

    Missing files, folders and unreadable files are :func:`compliance.files.yaml.read_text`'s
    errors, as for every other file; only the decoding differs: a dataset may be GBK.
    """
    from ..files.yaml import read_bounded, read_text

    try:
        raw = read_bounded(name, MOST_BYTES, nul_ends=encoding is None)  # /dev/zero: refused below, never read whole
    except OSError:
        return read_text(name)  # names the missing file or the folder, as every reader does
    if encoding is None:
        refuse_binary(name, raw)
    return decode(name, raw, encoding)


def refuse_binary(name: str, raw: bytes) -> None:
    """A file whose first 8 KiB hold a NUL byte is no text (UTF-16, its byte-order mark first, holds NULs and is)."""
    if not raw.startswith(_UTF16) and b"\x00" in raw[:8192]:
        raise InputError("is a binary file, not text", file=name, line=1, hint="give a CSV, TSV, YAML or JSON text file")


_UTF16 = (b"\xff\xfe", b"\xfe\xff")


def decode(name: str, raw: bytes, encoding: str | None = None) -> str:
    """A text file's bytes as text. Without ``encoding``: UTF-8 (a BOM is dropped); else UTF-16 when the
    file starts with its BOM (Excel's "Unicode text"); else GB18030, the national standard that
    contains GBK and GB2312 (what Chinese spreadsheet software writes by default). Each is strict: a
    byte sequence the encoding does not have is an :class:`InputError` with its line and byte offset.

    Valid UTF-8 is tried first because text in GBK is almost never valid UTF-8 (a GBK Chinese
    character is two bytes, the first 0x81-0xFE, rarely a UTF-8 lead byte followed by the right
    continuation bytes), while UTF-8 Chinese is often valid GB18030 — it would read as other characters.

    >>> decode("d.csv", "地区生产总值,6以上".encode("gbk"))
    '地区生产总值,6以上'
    >>> decode("d.csv", "\ufeff增速".encode("utf-8")), decode("d.csv", "增速".encode("utf-16"))
    ('增速', '增速')
    """
    if encoding is not None:
        text_codec(name, encoding)
        return _strict(name, raw, encoding).removeprefix("\ufeff")
    if raw.startswith(_UTF16):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass  # not UTF-16 after all (a binary file): the error below names its first byte
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as utf8:
        start = utf8.start + len(raw) - len(utf8.object)  # a BOM is not in utf8.object
        line = raw[: start].count(b"\n") + 1
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            raise neither(name, start, line, raw[start:start + 1]) from None
        if start >= SNIFF_BYTES and not raw[:start].isascii():  # UTF-8 text for the first MiB, then not: mixed
            raise utf8_then_not(name, start, line, raw[start:start + 1]) from None
        return text  # ASCII up to the byte reads alike in GB18030: the whole file is GB18030 (the stream reads it so)


def neither(name: str, start: int, line: int, byte: bytes) -> InputError:
    """The error for a file that is neither UTF-8 nor GB18030, naming its first byte that is not UTF-8."""
    return InputError(f"is neither UTF-8 nor GB18030/GBK text: byte {start} ({byte!r}) is not UTF-8", file=name,
                      line=line, hint="save the file as UTF-8, or name its encoding with --encoding")


def utf8_then_not(name: str, start: int, line: int, byte: bytes) -> InputError:
    """The error for a file that is UTF-8 for its first MiB, with UTF-8 text that is not ASCII before ``start``,
    and not UTF-8 from ``start`` on, though GB18030 reads it whole: mixed encodings (GB18030 would read that
    UTF-8 text as other characters). An ASCII start reads alike in both, so such a file is GB18030 throughout
    and read so. Read whole or streamed, the same error."""
    return InputError(f"is UTF-8 text up to byte {start} but not from there: byte {start} ({byte!r}) is not UTF-8",
                      file=name, line=line, hint="save the whole file as UTF-8, or name its encoding with --encoding "
                      "(gb18030 or gbk where the file is GB18030/GBK throughout)")


def not_text(name: str, encoding: str, start: int, line: int, byte: bytes, reason: str) -> InputError:
    """The error for a byte that is not text in a named ``encoding`` (``--encoding``)."""
    return InputError(f"is not {encoding} text: byte {start} ({byte!r}) cannot be read ({reason})", file=name,
                      line=line, hint="name the file's encoding with --encoding (utf-8, gb18030, utf-16 ...)")


def first_undecodable(handle: BinaryIO, encoding: str) -> tuple[int, int, bytes, str] | None:
    """The first byte of ``handle``'s bytes that is not text in ``encoding``: its offset, line (a line is
    counted at each ``\n`` byte, as :func:`decode` counts), the byte and the codec's reason; None if none.
    Read a MiB at a time, for a file too large to decode whole (a streamed CSV)."""
    import codecs

    decoder = codecs.getincrementaldecoder(encoding)()
    offset = lines = 0  # bytes fed before ``block``, and the line breaks in them
    tail = b""  # the last bytes of the block before: a character cut there may start the bad sequence
    while True:
        block = handle.read(1 << 20)
        try:
            decoder.decode(block, final=not block)
        except UnicodeDecodeError as exc:
            start = max(0, offset + len(block) - len(exc.object) + exc.start)  # exc.object: held bytes + block
            window = tail + block
            before = lines - tail.count(b"\n") + window[: start - (offset - len(tail))].count(b"\n")
            return start, before + 1, exc.object[exc.start:exc.start + 1], str(exc.reason)
        if not block:
            return None
        offset, lines, tail = offset + len(block), lines + block.count(b"\n"), block[-8:]


def text_codec(name: str, encoding: str) -> codecs.CodecInfo:
    """``--encoding``'s codec, refused where unknown or of no text (rot13, base64, zlib: bytes to bytes)."""
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        codec = None
    if codec is None or not getattr(codec, "_is_text_encoding", True):
        raise InputError(f"unknown encoding `{encoding}`" if codec is None else f"`{encoding}` is no text encoding",
                         file=name, hint="e.g. --encoding utf-8, --encoding gb18030, --encoding gbk") from None
    return codec


def sniff(name: str, sample: bytes, *, complete: bool) -> str:
    """The encoding :func:`decode` would read a file in, judged on its first bytes (a file streamed in
    chunks is not read whole first): ``utf-8``, ``utf-16`` or ``gb18030``. ``complete`` says the sample
    is the whole file; otherwise a character cut at its end is not held against it.

    >>> sniff("d.csv", "指标,2022".encode("gbk"), complete=True), sniff("d.csv", "指标".encode()[:-1], complete=False)
    ('gb18030', 'utf-8')
    """
    import codecs

    refuse_binary(name, sample)  # as read_dataset_text refuses it
    for encoding in ("utf-16", *ENCODINGS) if sample.startswith(_UTF16) else ENCODINGS:
        try:
            codecs.getincrementaldecoder(encoding)().decode(sample, final=complete)
            return encoding
        except UnicodeDecodeError:
            continue
    decode(name, sample if complete else sample[: len(sample) - 4])  # raises, naming the line and byte
    return "gb18030"  # pragma: no cover - decode raised


def _strict(name: str, raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        start = exc.start + len(raw) - len(exc.object)
        raise not_text(name, encoding, start, raw[:start].count(b"\n") + 1, raw[start:start + 1], str(exc.reason)) \
            from None
    except UnicodeError as exc:  # punycode, undefined: no place named
        raise InputError(f"is not {encoding} text ({exc})", file=name,
                         hint="name the file's encoding with --encoding (utf-8, gb18030, utf-16 ...)") from None


def strict_records(name: str, lines: Iterable[str], delimiter: str) -> Iterator[Record]:
    """Records of CSV text (a string's lines or an open file) read strictly, each with its first line:
    a quote not closed where it should be is an error naming that line and how far the quote ran.
    The whole-table reader and the streamed reader's re-read (:meth:`compliance.plans.chunks.CsvChunks.records`)
    both read through it, so they refuse the same text with the same words."""
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    line = 1  # the next record's first line
    while True:
        read = reader.line_num
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            reached = line + reader.line_num - read - 1
            raise InputError(f"not valid CSV: {exc}{quote_reach(line, reached)}", file=name, line=line,
                             hint="check the quotes on this line") from None
        yield line, list(enumerate(cells, 1))
        # a record ends its line; a line break inside its quoted cells is one more ("\n", "\r\n"), a lone CR
        # there none: as the streamed reader counts, and as grep -n and an editor on a LF file show
        line += 1 if reader.line_num - read == 1 else 1 + sum(cell.count("\n") for cell in cells)


def stray_error(name: str, column: int, line: int, *, spreadsheet: bool = False) -> InputError:
    """The error for a value in a column the first line gives no name (the column said where cells have one)."""
    return InputError(f"a value in column {column}, which has no name in the first line", file=name, line=line,
                      column=column if spreadsheet else None, hint="name the column in the first line, or remove the value")


def quote_reach(line: int, reached: int) -> str:
    """How far a record read on from ``line`` (a quote left open reads on to ``reached``), for a CSV error."""
    return f" (a quote opened on this line is read on to line {reached})" if reached > line else ""


def xlsx_records(name: str, text: str | None = None) -> Iterator[Record]:
    """The records of the data sheet of an Excel workbook (``text`` is not used: a workbook is binary)."""
    try:
        import openpyxl
    except ImportError:
        raise InputError(
            "reading .xlsx needs openpyxl", file=name, hint="pip install 'compliance[xlsx]', or save the sheet as CSV"
        ) from None
    import zipfile

    if not Path(name).is_file():
        raise InputError("file not found" if not Path(name).exists() else "is not a file", file=name, hint="check the path")
    from ..files.ooxml import check_ooxml

    check_ooxml(name)  # no shared-strings bomb, no DTD (issue 12)
    try:
        formulas = openpyxl.load_workbook(name, read_only=True, data_only=False)
        values = openpyxl.load_workbook(name, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, openpyxl.utils.exceptions.InvalidFileException) as exc:
        raise InputError(f"not a readable .xlsx workbook ({type(exc).__name__})", file=name,
                         hint="open and save it again as .xlsx, or save the sheet as CSV") from None
    try:
        sheet = _sheet(name, formulas)
        cached = values[sheet.title]
        for measured in (sheet, cached):  # its cells, not a declared <dimension ref="A1:XFD1048576"/>
            measured.reset_dimensions()
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


def merged_cause(name: str, error: InputError) -> InputError:
    """``error`` (the dataset's, at a line of the workbook ``name``) told where its cause is: a merged range of the data
    sheet that covers the line below its first row, in the error's column if it names one. A merged cell's value is its
    first cell's, the other rows' cells are empty, so a merged indicator cell over two rows (A2:A3) left row 3 with no
    indicator id, and the error said to name it (stop 29's try, tests/hostile/README.md). ``error`` as it is otherwise."""
    import openpyxl

    from ..files.ooxml import merged_ranges

    if error.line is None:
        return error
    workbook = openpyxl.load_workbook(name, read_only=True)
    try:
        part = getattr(_sheet(name, workbook), "_worksheet_path", "")  # the data sheet's part in the archive
    finally:
        workbook.close()
    for ref, top, left, bottom, right in merged_ranges(name, part) if part else ():
        if top < error.line <= bottom and (error.column is None or left <= error.column <= right):
            return InputError(f"{error.message}: row {error.line} is inside the merged cells {ref}, whose value only "
                              f"their first row, {top}, holds", file=error.file, line=error.line, column=left,
                              hint="unmerge the cells and write the value in each row")
    return error


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
    """A cell's value as text: numbers exact, with the words and signs their format shows (``formatted``)."""
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
    if isinstance(value, (int, float, Decimal)):  # as the format shows it: 7 in 0"万人" is 7万人, 0.07 in 0.0% is 7%
        return formatted(number_text(value), cell.number_format)
    if isinstance(value, (datetime.date, datetime.time, datetime.timedelta)):
        raise InputError(
            f"cell {cell.coordinate} is a date ({value}), not a reported value", file=name, line=cell.row,
            column=cell.column, hint="format the cell as text and type the value again",
        )
    raise InputError(f"cell {cell.coordinate} has a value of kind {type(value).__name__}", file=name,
                     line=cell.row, column=cell.column)


def formatted(number: str, number_format: str | None) -> str:
    """A workbook number's exact text with what its number format shows around it (``files/numfmt.py``): ``7`` in
    ``0"万人"`` is ``7万人``, in ``0.0"%"`` ``7%``, and ``0.07`` in ``0.0%`` is ``7%``. Before, the format's unit was left
    out (7 in ``0"万人"`` was 7 in the indicator's unit, whatever it is) and any ``%`` in it, quoted or not, multiplied by
    100 (``0.0"%"`` shows 7 as 7.0%, not 700%).

    >>> formatted("7", '#,##0"万人"'), formatted("0.07", "0.0%"), formatted("7", '0.0"%"'), formatted("7", "0.00")
    ('7万人', '7%', '7%', '7')
    """
    from ..files.numfmt import shown

    words = shown(number_format)
    if words.percent:
        number = number_text(Decimal(number) * 100**words.percent)
    return words.before + number + words.after


def number_text(value: float | Decimal) -> str:
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


def yaml_tree(name: str, text: str | None) -> Any:
    """A YAML document with ruamel's positions, its numbers as their exact text."""
    from ..files.yaml import exact_numbers, load_yaml

    text = _text_of(name, text)
    data = load_yaml(name, text, empty_hint="give a list of records or a mapping of indicator to periods")
    exact_numbers(data, text)
    return data


def json_tree(name: str, text: str | None) -> Any:
    """A JSON document keeping the position of every key, value and item, numbers as their exact text."""
    return _load_json(name, _text_of(name, text))


_SPACE = re.compile(r"[ \t\n\r]*")


class _JsonObject(dict[Any, Any]):
    positions: dict[Any, tuple[int, int]]


class _JsonArray(list[Any]):
    positions: dict[Any, tuple[int, int]]


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # JSON joins an escaped pair (\\ud842\\udfb7); one left is alone


def _refuse_lone_surrogate(name: str, value: Any, where: tuple[int, int]) -> None:
    if isinstance(value, str) and _LONE_SURROGATE.search(value):
        raise InputError("text holds a lone UTF-16 surrogate (an escape such as \\ud800 without its pair)", file=name,
                         line=where[0], column=where[1], hint="write the character itself, or both halves of its escape")


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

    def skip(s: str, index: int) -> int:
        """The index after the whitespace at ``index`` (JSON's four characters)."""
        found = _SPACE.match(s, index)
        return found.end() if found else index

    def parse_object(s_and_end: tuple[str, int], strict: bool, scan_once: Any, object_hook: Any,
                     object_pairs_hook: Any, memo: Any = None) -> tuple[Any, int]:
        s, end = s_and_end
        result = _JsonObject()
        result.positions = {"start": at(end - 1)}
        index = skip(s, end)
        if s[index : index + 1] == "}":
            return result, index + 1
        while True:
            index = skip(s, index)
            if s[index : index + 1] != '"':
                raise json.JSONDecodeError("Expecting property name enclosed in double quotes", s, index)
            key_at = index
            key, index = json.decoder.scanstring(s, index + 1, strict)  # type: ignore[attr-defined]  # not in typeshed
            index = skip(s, index)
            if s[index : index + 1] != ":":
                raise json.JSONDecodeError("Expecting ':' delimiter", s, index)
            index = skip(s, index + 1)
            value_at = index
            try:
                value, index = scan_once(s, index)
            except StopIteration as err:
                raise json.JSONDecodeError("Expecting value", s, err.value) from None
            if key in result:
                line, column = at(key_at)
                raise InputError(f"key `{key}` appears twice in one object", file=name, line=line, column=column,
                                 hint="keep one of them")
            _refuse_lone_surrogate(name, key, at(key_at))
            _refuse_lone_surrogate(name, value, at(value_at))
            result[key] = value
            result.positions[("key", key)] = at(key_at)
            result.positions[("value", key)] = at(value_at)
            index = skip(s, index)
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
        index = skip(s, end)
        if s[index : index + 1] == "]":
            return result, index + 1
        while True:
            index = skip(s, index)
            result.positions[len(result)] = at(index)
            try:
                value, index = scan_once(s, index)
            except StopIteration as err:
                raise json.JSONDecodeError("Expecting value", s, err.value) from None
            _refuse_lone_surrogate(name, value, result.positions[len(result)])
            result.append(value)
            index = skip(s, index)
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
