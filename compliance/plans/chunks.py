"""Reading a large table chunk by chunk, in bounded memory: CSV/TSV (gzipped too) and Parquet.

One reader class per format, registered in :mod:`compliance.plans.formats`. A reader finds the
header (the first non-blank line of a CSV, the schema of a Parquet file) when it is made, then
:meth:`TableChunks.chunks` yields pandas DataFrames of at most ``chunksize`` rows with each row's
1-based line in the file (the row number for Parquet), and :attr:`TableChunks.fraction` says how far
it has read. Cells are text by default (``4.0`` in Parquet becomes ``"4"``; an empty CSV cell is
missing), so nothing is rounded on the way in. With ``arrow=True`` each chunk is a pyarrow Table
instead (every column arrow ``string``, a missing cell null where the DataFrame holds NaN), made with no
pandas when pyarrow reads the file; a file pyarrow refuses is read on by pandas, each frame converted at
once. Unreadable files raise :class:`~compliance.errors.InputError` with the file and, where known, the line.

These readers only read; what the rows must satisfy is :class:`compliance.plans.datasets.Validator`'s.
They need pandas (and pyarrow for Parquet), imported when a file is read; with ``arrow=True``, pyarrow,
and pandas only for a CSV file pyarrow's reader does not read.
"""

from __future__ import annotations

import csv
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError

#: a chunk: a DataFrame (a pyarrow Table with ``arrow=True``) and the 1-based line of each of its rows (int64 numpy)
Chunk = tuple[Any, Any]
#: a streamed CSV's encoding is judged on this many first bytes (decompressed): UTF-8, UTF-16 or GB18030
SNIFF_BYTES = 1 << 20


def _opener(compressed: bool) -> Any:
    """``gzip.open`` for a gzipped table, else ``open`` (gzip and zlib imported only then: a cold check reads none)."""
    if not compressed:
        return open
    import gzip

    return gzip.open


class _ArrowRefused(Exception):
    """pyarrow's CSV reader stopped on the file: pandas' reads it (or says where it is wrong)."""


class _AsciiThenGb18030(Exception):
    """The first byte that is not UTF-8 comes after ASCII only: the file is GB18030 throughout (as check reads it)."""


class _Wider(Exception):
    """Rows with more fields than the header, the extra ones all blank (check reads them): read them wider."""

    def __init__(self, fields: int) -> None:
        super().__init__(fields)
        self.fields = fields


class TableChunks:
    """A table file read chunk by chunk; the header is read when the reader is made."""

    def __init__(self, path: str) -> None:
        self.path = path
        if not Path(path).is_file():
            raise InputError("file not found" if not Path(path).exists() else "is not a file", file=path,
                             hint="check the path")
        self.size = Path(path).stat().st_size
        self.fraction: float | None = 0.0  #: how much of the file has been read, 0 to 1 (None: unknown)
        self.titles: list[str] = []  #: the column titles as written
        self.header_line = 0  #: the 1-based line of the titles (0: not a line of text, a Parquet schema)

    def chunks(
        self, chunksize: int, names: Sequence[str] | None = None, columns: Sequence[str] | None = None, *,
        text: bool = True, arrow: bool = False,
    ) -> Iterator[Chunk]:
        """DataFrames of at most ``chunksize`` rows and each row's line.

        ``names`` renames the columns (one name per title), ``columns`` keeps only those (by their
        new names; a CSV's lines then count no line breaks inside quoted cells: pass ``columns``
        only when the lines do not matter), ``text=False`` lets pandas read numbers as numbers.
        ``arrow=True`` (text only) yields pyarrow Tables of ``string`` columns instead, the same cells:
        a cell the DataFrame holds as missing (an empty CSV cell, quoted or not; a Parquet null) is null,
        any other the same text (a cell of spaces is its spaces; a Parquet ``""`` stays ``""``).
        """
        raise NotImplementedError


class CsvChunks(TableChunks):
    """A CSV or TSV file (``delimiter``), gzipped when ``compressed``."""

    def __init__(
        self, path: str, *, delimiter: str = ",", compressed: bool = False, encoding: str | None = None
    ) -> None:
        super().__init__(path)
        self.delimiter, self.compressed = delimiter, compressed
        if compressed:
            self.fraction = None  # the position in the compressed stream is not known
        self.forced = encoding  #: ``--encoding`` as given (None: detected)
        self.encoding = self._encoding() if encoding is None else self._forced(encoding)
        self.titles, self.header_line = self._header()

    def _encoding(self) -> str:
        """UTF-8, UTF-16 or GB18030 (GBK), as :func:`compliance.plans.readers.sniff` judges the first MiB."""
        from .readers import sniff

        sample = self._sample()
        return sniff(self.path, sample[:SNIFF_BYTES], complete=len(sample) <= SNIFF_BYTES)

    def _sample(self) -> bytes:
        """The first MiB of the file's bytes, and one more (so a caller knows whether that was all)."""
        opener: Any = _opener(self.compressed)
        try:
            with opener(self.path, "rb") as handle:
                sample: bytes = handle.read(SNIFF_BYTES + 1)
        except (OSError, EOFError) as exc:
            raise InputError(f"cannot read: {exc}", file=self.path) from None
        return sample

    def _forced(self, encoding: str) -> str:
        """``--encoding``: a known codec, and the first MiB must be text in it (else the line and byte that is not)."""
        import codecs

        from .readers import decode, text_codec

        name = text_codec(self.path, encoding).name  # unknown, or of no text (rot13): refused as check refuses it
        sample = self._sample()
        complete = len(sample) <= SNIFF_BYTES
        try:
            codecs.getincrementaldecoder(name)().decode(sample[:SNIFF_BYTES], final=complete)
        except UnicodeError:  # punycode's has no place: decode names the line and byte, or the codec's reason
            decode(self.path, sample if complete else sample[: SNIFF_BYTES - 4], name)  # raises
        return "utf-8" if name == "utf-8" else name

    def _header(self) -> tuple[list[str], int]:
        opener: Any = _opener(self.compressed)
        encoding = "utf-8-sig" if self.encoding == "utf-8" else self.encoding
        try:
            with opener(self.path, "rt", encoding=encoding, newline="") as handle:
                reader = csv.reader(handle, delimiter=self.delimiter)
                for cells in reader:
                    if any(cell.strip() for cell in cells):
                        return cells, reader.line_num
        except UnicodeDecodeError:
            raise InputError(f"is not {self.encoding} text", file=self.path,
                             hint="save the table as UTF-8 CSV") from None
        except (csv.Error, OSError, EOFError) as exc:
            raise InputError(f"cannot read the first line: {exc}", file=self.path, line=1) from None
        raise InputError("is empty", file=self.path, line=1,
                         hint="the first line names the columns: indicator,period,reported")

    def chunks(
        self, chunksize: int, names: Sequence[str] | None = None, columns: Sequence[str] | None = None, *,
        text: bool = True, arrow: bool = False,
    ) -> Iterator[Chunk]:
        if arrow and not text:
            raise ValueError("arrow=True reads text")
        tables = arrow
        names = list(names) if names is not None else list(self.titles)
        arrow = text and self._arrow_reads() and not (columns is not None and not set(columns) & set(names))
        extra: list[str] = []  # names for the blank fields some rows have past the header's (as check, read then dropped)
        yielded = 0  # rows yielded: when a reader stops on a row another reads, the next one skips them
        while True:
            skip = yielded
            source = (self._arrow_chunks(chunksize, names, columns, tables=tables) if arrow
                      else self._pandas_chunks(chunksize, names + extra, columns, text=text, wide=bool(extra)))
            try:
                for frame, lines in source:
                    if skip and skip >= len(frame):  # rows read already
                        skip -= len(frame)
                        continue
                    if skip:
                        rest = frame.iloc[skip:] if hasattr(frame, "iloc") else frame.slice(skip)
                        frame, lines, skip = rest, lines[skip:], 0
                    if extra:
                        frame = frame.drop(columns=[name for name in extra if name in frame.columns])
                    if tables and not arrow:  # pandas read it: a Table at once
                        frame = _text_table(frame)
                    yield frame, lines
                    yielded += len(frame)
                return
            except _ArrowRefused:  # a row of another length, text that is not UTF-8 ...: pandas reads on
                arrow = False
                if self.forced is None and _ascii_before_not_utf8(self):  # GB18030 throughout: read on in it
                    self.encoding = "gb18030"
            except _AsciiThenGb18030:  # rows so far were ASCII, read alike in GB18030: read on in it, skipping them
                self.encoding, arrow = "gb18030", False
            except _Wider as wider:
                extra = [f"_extra{position}" for position in range(len(names) + 1, wider.fields + 1)]

    def records(self) -> Generator[tuple[int, list[tuple[int, str]]], None, None]:
        """Every record after the header as the whole-table reader reads it: its first line and its cells.

        Python's ``csv`` reader in strict mode, as :func:`compliance.plans.readers.csv_records`: a quote
        not closed where it should be is an error naming the record's first line, with the same words.
        Slow (a few seconds for a million rows): for finding what is wrong once something is.
        """
        opener: Any = _opener(self.compressed)
        encoding = "utf-8-sig" if self.encoding == "utf-8" else self.encoding
        from .readers import strict_records

        with opener(self.path, "rt", encoding=encoding, newline="") as handle:
            for line, cells in strict_records(self.path, handle, self.delimiter):
                if line > self.header_line:
                    yield line, cells

    def _arrow_reads(self) -> bool:
        """Whether pyarrow's CSV reader reads this file into the rows and lines pandas' would.

        It does for an uncompressed UTF-8 file whose header is its first line: a blank line is a row of
        missing cells in both (``ignore_empty_lines=False``), a line break inside a quoted cell is
        counted in the lines of the rows after it as pandas' rows are. Where pyarrow stops (a row of
        another length, text that is not UTF-8), pandas reads the rest, or says where the file is wrong.
        """
        if self.compressed or self.encoding != "utf-8" or self.header_line != 1:
            return False
        try:
            import pyarrow.csv  # noqa: F401
        except ImportError:
            return False
        return True

    def _arrow_chunks(
        self, chunksize: int, names: list[str], columns: Sequence[str] | None, *, tables: bool = False
    ) -> Iterator[Chunk]:
        """Chunks of exactly ``chunksize`` rows (the last fewer) read by pyarrow, as pandas' reader cuts them;
        pyarrow Tables with ``tables=True``, else DataFrames (numbered on from the file's first row, as pandas')."""
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.csv as pa_csv

        first_line = self.header_line + 1
        wanted = names if columns is None else [name for name in names if name in columns]
        # 1 MiB blocks: with larger ones pyarrow's reader (newlines_in_values) grew with the file (4 MiB blocks:
        # +70 MB of peak RSS from 1M to 2M rows), with these its memory stays flat (222 MB for 1M and 2M rows)
        read = pa_csv.ReadOptions(column_names=names, skip_rows=self.header_line, block_size=1 << 20,
                                  use_threads=False)
        parse = pa_csv.ParseOptions(delimiter=self.delimiter, newlines_in_values=True, ignore_empty_lines=False)
        convert = pa_csv.ConvertOptions(
            column_types={name: pa.string() for name in names}, strings_can_be_null=True, null_values=[""],
            quoted_strings_can_be_null=True, include_columns=wanted,
        )
        start, breaks = 0, 0
        pending: list[Any] = []
        held, last = 0, None  # rows held; the last rows read (Any)

        def chunk(rows: Any) -> Chunk:
            nonlocal start, breaks
            extra = np.zeros(rows.num_rows, dtype=np.int64)
            for array in rows.columns if columns is None else ():
                if any(may_break(chunk) for chunk in array.chunks):  # most columns have none: a memchr each
                    extra += _line_breaks(pc.count_substring(array, "\n"))  # a missing cell: none
            before = breaks + np.cumsum(extra) - extra
            breaks += int(extra.sum())
            lines = first_line + start + np.arange(rows.num_rows, dtype=np.int64) + before
            if tables:
                start += rows.num_rows
                return rows, lines
            frame = rows.to_pandas()
            frame.index = range(start, start + rows.num_rows)  # as pandas numbers a chunk's rows
            start += rows.num_rows
            return frame, lines

        with pa.OSFile(self.path) as raw:  # read by arrow, not through a Python file (and its GIL)
            try:
                reader = pa_csv.open_csv(raw, read_options=read, parse_options=parse, convert_options=convert)
                schema = reader.schema
            except pa.ArrowException:  # a header pandas would refuse too: pandas says where
                raise _ArrowRefused from None
            with reader:  # closed when the caller stops early too: its reading thread must not outlive the run
                try:
                    for batch in reader:
                        pending.append(batch)
                        held += batch.num_rows
                        while held >= chunksize:
                            table = pa.Table.from_batches(pending)
                            out, rest = table.slice(0, chunksize), table.slice(chunksize)
                            pending, held = rest.to_batches(), rest.num_rows
                            self.fraction = min(1.0, raw.tell() / max(1, self.size))
                            last = out
                            yield chunk(out)
                except pa.ArrowException:  # a row of another length, text that is not UTF-8 ...: pandas says where
                    raise _ArrowRefused from None
        rest = pa.Table.from_batches(pending, schema=schema)
        last = rest if rest.num_rows else last
        if last is not None and names[-1] in wanted:  # pyarrow reads a quote never closed to the file's end
            _refuse_unclosed_at_end(self, last.column(names[-1])[-1].as_py())
        if held or not start:  # the last rows; or, as pandas, one empty chunk for a file of no rows
            self.fraction = 1.0
            yield chunk(rest)

    def _pandas_chunks(
        self, chunksize: int, names: list[str], columns: Sequence[str] | None, *, text: bool, wide: bool = False
    ) -> Iterator[Chunk]:
        import numpy as np
        import pandas as pd

        first_line = self.header_line + 1  # the line of the first row after the header
        breaks = 0  # line breaks inside quoted cells so far: they shift every later row's line
        usecols = None if columns is None else [i for i, name in enumerate(names) if name in columns]
        options: dict[str, Any] = {
            "sep": self.delimiter, "names": names,
            # names= wider than the header line: pandas would hold every row to the header's width
            **({"header": None, "skiprows": self.header_line} if wide else {"header": self.header_line - 1}),
            "keep_default_na": False, "na_values": [""], "skip_blank_lines": False,
            # not utf-8-sig (twice as slow): a BOM is on the header line, names= replaces it
            "encoding": self.encoding,
            "chunksize": chunksize, "compression": "gzip" if self.compressed else None, "usecols": usecols,
        }
        if text:
            options["dtype"] = str
        _refuse_first_row_wider(self, None if wide else len(names))
        with open(self.path, "rb") as raw:
            try:
                with pd.read_csv(raw, **options) as reader:
                    for frame in reader:
                        extra = np.zeros(len(frame), dtype=np.int64)
                        for name in frame.columns if columns is None else ():
                            cells = frame[name]
                            if not pd.api.types.is_string_dtype(cells.dtype):
                                continue  # numbers (text=False) hold no line breaks
                            if cells.str.contains("\n", regex=False).fillna(False).any():
                                extra += cells.str.count("\n").fillna(0).to_numpy(dtype=np.int64)
                        before = breaks + np.cumsum(extra) - extra
                        breaks += int(extra.sum())
                        lines = first_line + frame.index.to_numpy(dtype=np.int64) + before
                        if not self.compressed:
                            self.fraction = min(1.0, raw.tell() / max(1, self.size))
                        yield frame, lines
            except pd.errors.ParserError as exc:
                raise _parse_error(self, str(exc), len(names)) from None
            except UnicodeDecodeError:
                if self.forced is None and self.encoding == "utf-8" and _ascii_before_not_utf8(self):
                    raise _AsciiThenGb18030 from None
                raise _decode_error(self) from None
            except (OSError, EOFError) as exc:
                raise InputError(f"cannot read: {exc}", file=self.path) from None


def _text_table(frame: Any) -> Any:
    """A chunk pandas read (text columns) as a pyarrow Table of ``string`` columns, a missing cell null."""
    import pyarrow as pa

    table = pa.Table.from_pandas(frame, preserve_index=False)
    return table.cast(pa.schema([pa.field(name, pa.string()) for name in table.column_names]))


def _line_breaks(counts: Any) -> Any:
    """``count_substring``'s counts (an int32 arrow array, chunked or not) as int64 numpy, a missing cell's 0.

    Read from the array's buffers: pyarrow's own ``to_numpy`` (and ``pc.fill_null`` with a Python value)
    imports pandas (0.2-0.3 s), which the streamed path does without (``compliance.scale.arrays.numpy_of``
    does the same for the layers above).
    """
    import numpy as np
    import pyarrow as pa

    found = np.zeros(len(counts), dtype=np.int64)
    at = 0
    for array in counts.chunks if isinstance(counts, pa.ChunkedArray) else [counts]:
        n, offset = len(array), array.offset
        if n:
            validity, data = array.buffers()[:2]
            part = np.frombuffer(data, dtype=np.int32, count=offset + n)[offset:]
            if validity is not None and array.null_count:
                valid = np.unpackbits(np.frombuffer(validity, dtype=np.uint8), bitorder="little")[offset:offset + n]
                part = np.where(valid.astype(bool), part, 0)
            found[at:at + n] = part
        at += n
    return found


def may_break(array: Any) -> bool:
    """Whether a text array may hold a line break: its data buffer (all of it, a slice's too) has one."""
    buffers = array.buffers()
    data = buffers[2] if len(buffers) > 2 else None
    return data is not None and data.size > 0 and data.to_pybytes().find(b"\n") >= 0


class ParquetChunks(TableChunks):
    """A Parquet file, read a record batch at a time; a row's "line" is its 1-based row number."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            self.titles = list(pq.read_schema(self.path).names)
        except (pa.ArrowException, OSError) as exc:  # ArrowInvalid: not Parquet
            raise InputError(f"not a readable Parquet file ({type(exc).__name__})", file=self.path,
                             hint="write it again with pandas or pyarrow, or give a CSV file") from None

    def chunks(
        self, chunksize: int, names: Sequence[str] | None = None, columns: Sequence[str] | None = None, *,
        text: bool = True, arrow: bool = False,
    ) -> Iterator[Chunk]:
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        if arrow and not text:
            raise ValueError("arrow=True reads text")
        rename = dict(zip(self.titles, names if names is not None else self.titles))
        wanted = [title for title in self.titles if columns is None or rename[title] in columns]
        start = 0
        with pq.ParquetFile(self.path) as handle:
            total = handle.metadata.num_rows
            for batch in handle.iter_batches(batch_size=chunksize, columns=wanted):
                arrays = {}
                for title, array in zip(batch.schema.names, batch.columns):
                    if text and not (pa.types.is_string(array.type) or pa.types.is_large_string(array.type)):
                        array = pc.cast(array, pa.string())  # numbers as their shortest text: 4.0 -> "4"
                    elif arrow and pa.types.is_large_string(array.type):
                        array = array.cast(pa.string())  # one text type in every chunk of a Table
                    arrays[rename[title]] = array
                frame = pa.table(arrays) if arrow else pa.table(arrays).to_pandas()
                lines = start + 1 + np.arange(len(frame), dtype=np.int64)
                start += len(frame)
                self.fraction = start / max(1, total)
                yield frame, lines


def _parse_error(table: CsvChunks, text: str, width: int) -> InputError | _Wider:
    """pandas' parser stopped (a row longer than ``width`` fields, a quote): the record and cause, as check says.

    pandas counts a line break inside quotes in no line, so its "line" is not the file's: the
    records are read again to find the first that is wrong (a quote, or a value past the named
    columns). Rows whose fields past the header's are all blank are read by check: when they are
    all the file has, :class:`_Wider` says how many fields the widest has, to be read again so.
    """
    from .readers import stray_error

    named = {position for position, title in enumerate(table.titles, 1) if title.strip()}
    widest = 0
    try:
        for line, cells in table.records():
            stray = [column for column, cell in cells if column not in named and cell.strip()]
            if stray:
                return stray_error(table.path, stray[0], line)
            widest = max(widest, len(cells))
    except InputError as error:
        return error
    except (UnicodeDecodeError, OSError, EOFError):
        pass
    if widest > width:
        return _Wider(widest)
    message = " ".join(text.split("C error: ")[-1].split()).rstrip(".")
    return InputError(f"not valid CSV: {message}", file=table.path, hint="check the separators and quotes")


def _refuse_first_row_wider(table: CsvChunks, width: int | None) -> None:
    """Where the first record after the header has more than ``width`` fields (read as check reads it), check's
    error or :class:`_Wider`: pandas, given ``width`` names, would read the row's first cell as its index (every
    other cell one column to the left) or refuse it with a bare ``ValueError``. None: read wider already."""
    if width is None:
        return
    records = table.records()
    try:
        first = next(records, None)
    except InputError:
        raise _parse_error(table, "a quote", width) from None  # check refuses the record: it says where
    finally:
        records.close()
    if first is not None and len(first[1]) > width:
        raise _parse_error(table, "the first row has more fields than the header", width)


def _refuse_unclosed_at_end(table: CsvChunks, cell: str | None) -> None:
    """Check's error where ``table``'s file (UTF-8) ends inside a quote never closed, ``cell`` its last row's
    last cell as pyarrow read it (a cell running to the end of the file, the rows after the quote in it).

    The file then ends with the quote and the cell's text (quotes in it doubled); only where it does (a cell
    closed ends so only when its text ends as the file does, ``"<LF>"<LF>``) are the records read again, strictly.
    """
    tail = ('"' + (cell or "").replace('"', '""')).encode("utf-8")
    if cell is None:  # a quote opened right at the end: `,"`, where a quoted empty cell ends `,""`
        tail = table.delimiter.encode("utf-8") + tail
    if table.size < len(tail):
        return
    with open(table.path, "rb") as handle:
        handle.seek(table.size - len(tail))
        if handle.read() != tail:
            return
    for _ in table.records():  # raises check's error
        pass


def _ascii_before_not_utf8(table: CsvChunks) -> bool:
    """Whether the file's first byte that is not ASCII is also its first that is not UTF-8: then every byte
    before it reads alike in GB18030, and check reads the file as GB18030 (:func:`~.readers.decode`)."""
    import codecs
    import re

    opener: Any = _opener(table.compressed)
    with opener(table.path, "rb") as handle:
        while True:
            block = handle.read(1 << 20)
            if not block:
                return False
            if block.isascii():
                continue
            found = re.search(rb"[\x80-\xff]", block)
            if found is not None:
                window = block[found.start():found.start() + 4]
                window += handle.read(4 - len(window))  # a character cut at the block's end
                break
    try:
        codecs.getincrementaldecoder("utf-8")().decode(window, final=False)
    except UnicodeDecodeError as exc:
        return exc.start == 0
    return False


def _decode_error(table: CsvChunks) -> InputError:
    """A byte past the first MiB is not text in the file's encoding: the line and byte, in check's words.

    With ``--encoding`` check names the first byte that is not text in it; else (:func:`decode`) the
    first that is not UTF-8, when the file is not GB18030 either. A file that is UTF-8 in its first
    MiB and GB18030 as a whole is refused at its first byte that is not UTF-8, as check refuses it.
    """
    from .readers import first_undecodable, neither, not_text, utf8_then_not

    opener: Any = _opener(table.compressed)

    def first(encoding: str) -> tuple[int, int, bytes, str] | None:
        with opener(table.path, "rb") as handle:
            return first_undecodable(handle, encoding)

    try:
        if table.forced is not None:
            found = first(table.encoding)
            if found is not None:
                return not_text(table.path, table.forced, *found)
        else:
            found = first("utf-8")
            if found is not None and first("gb18030") is not None:
                return neither(table.path, *found[:3])
            if found is not None:  # GB18030 as a whole: check refuses it so too (readers.decode)
                return utf8_then_not(table.path, *found[:3])
    except (OSError, EOFError) as exc:
        return InputError(f"cannot read: {exc}", file=table.path)
    return InputError(f"is not {table.encoding} text past its first MiB", file=table.path,
                      hint="save the table as UTF-8 CSV")
