"""Every verdict row of a streamed run written to CSV or JSON, batch by batch: the writer :mod:`.large` uses.

The formats are described in :mod:`compliance.report.large`. CSV rows are escaped as
:func:`compliance.report.escape.csv_frame` escapes them (:func:`csv_table`), turned into bytes by
pyarrow's CSV writer and written by a second thread while the next batch is judged (:class:`_Writer`).
The command line's batches come factorised (:class:`~compliance.scale.stream.rows.VerdictParts`): their
CSV text is made once per region and once per distinct verdict, and each row's bytes are joined from
those and its ``source`` cell (:class:`CsvParts`): the same bytes, without escaping or formatting a cell
per row. JSON lines are built column-wise on arrow arrays (:func:`_json_lines`). A regular file's rows and lines
go past the page cache where the file allows it (:class:`~._direct.DirectSink`: the same bytes, less CPU).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, BinaryIO

from ..scale.arrays import arrow_of, numpy_of, one_chunk, strings_of
from ._frame_text import arrow_text, categorical_text

if TYPE_CHECKING:  # pragma: no cover
    from ..scale.stream import StreamSummary

__all__ = ["csv_table", "summary_json", "write_rows"]

def write_rows(
    batches: Iterable[Any], fmt: str, out: BinaryIO, *, columns: Iterable[str], meta: dict[str, Any],
    summary: Callable[[], StreamSummary],
) -> None:
    """Write every verdict row of ``batches`` (DataFrames or pyarrow Tables) to ``out`` as ``csv`` or ``json``.

    ``summary`` is called once the batches are exhausted (the JSON document ends with it). A CSV batch
    is escaped, turned into bytes (pyarrow's writer) and written to ``out`` by a second thread while the
    next batch is judged: pyarrow releases the GIL. At most one batch waits for it (memory stays bounded), a
    failed write stops the run with its error, and nothing is written after this function returns.
    """
    import pyarrow as pa

    columns = list(columns)
    if fmt == "csv":
        out.write((",".join(_csv_cell(name) for name in columns) + "\r\n").encode("utf-8"))
        with _Writer(out) as writer:
            for frame in batches:
                writer.put(frame)  # escaped (no formula, no control character from the data) and written
        return
    if fmt != "json":
        raise ValueError(f"rows are written as csv or json, not {fmt!r}")
    from ._direct import DirectSink

    sink = DirectSink(out) if _regular_file(out) else None  # a file's lines past the page cache where it may
    write = (sink or out).write
    try:
        write(b'{\n"meta": ' + _json(meta).encode("utf-8") + b',\n"verdicts": [\n')
        first = True
        for frame in batches:
            if not len(frame):
                continue
            table = frame.table() if hasattr(frame, "verdicts") else frame  # VerdictParts: its rows spread
            table = table if isinstance(table, pa.Table) else pa.Table.from_pandas(table, preserve_index=False)
            data = _json_lines(table)
            write(data[2:] if first else data)  # each line starts with ",\n" but the very first
            first = False
        write(b"\n],\n\"summary\": " + _json(summary_json(summary())).encode("utf-8") + b"\n}\n")
        if sink is not None:
            sink.close()
    finally:
        if sink is not None:
            sink.abandon()


class _Writer:
    """Batches of verdict rows escaped (:func:`csv_table`) and written as CSV rows to ``out`` in order, by one
    thread beside the caller's.

    :meth:`put` hands a batch over and returns once the one before it is written (so at most one
    batch waits, one is being written); an error of a write is raised by the next :meth:`put` or
    on leaving the block. Leaving the block, by an error or not, waits for the thread's last write:
    the caller's file is never written after it is closed. Only a regular file is written by the
    thread: a pipe, a terminal or a FIFO may block a write for as long as its reader waits, and a
    Ctrl-C must then interrupt the write itself, so those are written by the caller, in turn."""

    def __init__(self, out: BinaryIO) -> None:
        import pyarrow.csv as pa_csv

        self.out, self.pending = out, None
        self.options = pa_csv.WriteOptions(include_header=False, eol="\r\n")
        self.pool: Any = None
        self.sink: Any = None  #: a regular file's rows: written past the page cache where it may (report._direct)

    def __enter__(self) -> _Writer:
        from concurrent.futures import ThreadPoolExecutor

        from ._direct import DirectSink

        if _regular_file(self.out):
            self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="compliance-csv")
            self.sink = DirectSink(self.out)
        return self

    def _write(self, frame: Any) -> None:
        import pyarrow.csv as pa_csv

        if hasattr(frame, "verdicts"):  # VerdictParts: each region's and each verdict's text made here, once
            frame = CsvParts.of(frame)
        if isinstance(frame, CsvParts):
            for data in frame.lines():
                (self.sink or self.out).write(data)
            return
        if self.sink is not None:
            self.sink.plain()  # what it holds first: pyarrow's writer writes into the file itself
        pa_csv.write_csv(csv_table(frame), self.out, self.options)  # straight into the file, a few hundred rows a write

    def _write_here(self, frame: Any) -> None:
        """A batch's bytes made by pyarrow in memory, written by Python: pyarrow writing into a pipe whose
        reader stalls does not give way to a Ctrl-C; Python's own write does (KeyboardInterrupt)."""
        import pyarrow as pa
        import pyarrow.csv as pa_csv

        if isinstance(frame, CsvParts) or hasattr(frame, "verdicts"):
            self._write(frame)  # Python's own writes
            return
        buffer = pa.BufferOutputStream()
        pa_csv.write_csv(csv_table(frame), buffer, self.options)
        self.out.write(memoryview(buffer.getvalue()))

    def put(self, frame: Any) -> None:
        if self.pool is None:
            self._write_here(frame)
            return
        self.wait()
        self.pending = self.pool.submit(self._write, frame)

    def wait(self) -> None:
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.result()  # the write's own error (disk full ...), raised here

    def __exit__(self, kind: Any, error: Any, trace: Any) -> None:
        try:
            if kind is None:
                self.wait()
                if self.sink is not None:
                    self.sink.close()  # the bytes it holds, after its last direct write
            elif self.pending is not None:  # an error already stops the run: let the last write end, quietly
                self.pending.exception()
        finally:
            if self.pool is not None:
                self.pool.shutdown(wait=True)
            if self.sink is not None:
                self.sink.abandon()


class CsvParts:
    """A batch of :class:`~compliance.scale.stream.rows.VerdictParts` as CSV text: each region's cells (escaped,
    quoted, joined) once, each distinct verdict's once, the ``source`` cells (``"path:line"``) with one cast of
    the line numbers; :meth:`lines` takes each row's bytes from them, :data:`ROWS` rows at a time.

    The bytes are those pyarrow's writer writes for :func:`csv_table` of the same rows: a text cell escaped as
    :func:`~.escape.csv_frame` escapes it and quoted (its quotes doubled), a missing cell empty, cells joined
    by commas, each row ended by CRLF (tests/test_stream_csv_parts.py compares them)."""

    ROWS = 1 << 13  #: rows taken at a time: each take's buffer stays small (fresh pages cost system time)

    def __init__(self, pieces: list[tuple[str, Any]], unit: Any, group: Any, count: int) -> None:
        self.pieces, self.unit, self.group, self.count = pieces, unit, group, count

    @classmethod
    def of(cls, parts: Any) -> CsvParts:
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc

        from .escape import csv_one

        runs: list[tuple[str, list[Any]]] = []  # adjacent columns of one kind: region, verdict, source
        for name in parts.columns:
            kind = "unit" if name in parts.regions else "source" if name == "source" else "group"
            array = parts.line if kind == "source" else (parts.regions if kind == "unit" else parts.verdicts)[name]
            if runs and runs[-1][0] == kind and kind != "source":
                runs[-1][1].append(array)
            else:
                runs.append((kind, [array]))
        pieces: list[tuple[str, Any]] = []
        opening: Any = None  # the texts that open the verdict's cells after a folded source cell
        for k, (kind, arrays) in enumerate(runs):
            if kind == "source" and 0 < k < len(runs) - 1 and runs[k - 1][0] == runs[k + 1][0] == "group":
                # whether a row has a line is its verdict's (a cell without a row is a verdict of its own): the
                # quotes and the file's name around the line number go into the verdict's texts either side
                has = np.zeros(len(pieces[-2][1]), dtype=np.int64)
                has[np.asarray(parts.group)[np.asarray(parts.line) >= 0]] = 1
                lead = ',"' + csv_one(parts.path + ":").replace('"', '""')
                which = arrow_of(has)
                pieces[-2] = ("group", _join([pieces[-2][1], _texts([",", lead]).take(which)]))
                opening = _texts([",", '",']).take(which)
                line = np.asarray(parts.line, dtype=np.int64)
                pieces.pop()  # its comma: in the texts
                pieces.append(("source", pc.cast(arrow_of(line, line < 0), pa.string())))
                continue
            if kind == "source":
                pieces += _source_cells(parts.path, arrays[0])
            else:
                cells = _cells(arrays)  # joined here, once per region or distinct verdict: each row takes one
                if opening is not None:
                    cells, opening = [opening, *cells], None
                pieces.append((kind, cells[0] if len(cells) == 1 else _join(cells)))
            pieces.append(("", "\r\n" if k == len(runs) - 1 else ","))
        merged: list[tuple[str, Any]] = []  # each text joined to the array before it (or after it)
        for kind, piece in pieces:
            if kind == "" and merged and merged[-1][0] in ("unit", "group"):
                merged[-1] = (merged[-1][0], _join([merged[-1][1], piece]))
            elif merged and merged[-1][0] == "" and kind in ("unit", "group"):
                merged[-1] = (kind, _join([merged[-1][1], piece]))
            elif kind == "" and merged and merged[-1][0] == "":
                merged[-1] = ("", merged[-1][1] + piece)
            else:
                merged.append((kind, piece))
        return cls(merged, np.asarray(parts.unit, dtype=np.int64), np.asarray(parts.group, dtype=np.int64), len(parts))

    def lines(self) -> Any:
        """The rows' bytes, :data:`ROWS` rows at a time (views of arrow buffers).

        Every piece's texts are one arrow array (a region's, a verdict's, each row's line, a text all rows share);
        one ``take`` of a row's pieces in turn, row after row, writes the rows' bytes back to back in the taken
        array's data buffer: one copy of the bytes, no join."""
        import numpy as np
        import pyarrow as pa

        arrays, bases, base = [], [], 0
        for kind, piece in self.pieces:
            array = _texts([piece]) if kind == "" else piece
            arrays.append(array if array.type == pa.string() else array.cast(pa.string()))
            bases.append(base)
            base += len(array)
        every = pa.concat_arrays(arrays)
        width = len(self.pieces)
        for begin in range(0, self.count, self.ROWS):
            end = min(begin + self.ROWS, self.count)
            at = np.empty((end - begin, width), dtype=np.int64)
            for p, ((kind, _), first) in enumerate(zip(self.pieces, bases)):
                at[:, p] = first + (0 if kind == "" else self.unit[begin:end] if kind == "unit" else
                                    self.group[begin:end] if kind == "group" else np.arange(begin, end))
            rows = every.take(arrow_of(at.reshape(-1)))
            offsets = np.frombuffer(rows.buffers()[1], dtype=np.int32)[rows.offset : rows.offset + len(rows) + 1]
            data = rows.buffers()[2]
            if data is not None:
                yield memoryview(data)[int(offsets[0]) : int(offsets[-1])]


def _cells(arrays: list[Any]) -> list[Any]:
    """Adjacent columns of text (one entry per region or distinct verdict) as their CSV text, commas between: one
    array (in a list). A run of dictionary columns is written once per combination of their words; a text
    column's cells are escaped (:func:`_escaped`), their quotes doubled (only where a cell has one) and quoted, a
    missing cell empty. The entries' texts are taken in one go: each cell and the commas and quotes between
    cells (one of six texts, by which of the two cells is missing), back to back."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    items: list[tuple[Any, Any]] = []  # (texts, where a quoted cell is there: None for texts written as they are)
    k = 0
    while k < len(arrays):
        array = arrays[k]
        if pa.types.is_dictionary(array.type):  # this column and the dictionary columns after it: per combination
            run = [array]
            while k + len(run) < len(arrays) and pa.types.is_dictionary(arrays[k + len(run)].type):
                run.append(arrays[k + len(run)])
            k += len(run)
            codes = [numpy_of(a.indices, null=-1).astype(np.int64) for a in run]
            group, first = _combinations(codes)
            words = [_quoted_words(a) for a in run]
            texts = [",".join(w[c[f]] if c[f] >= 0 else "" for w, c in zip(words, codes)) for f in first.tolist()]
            items.append((_texts(texts).take(arrow_of(np.asarray(group, dtype=np.int64))), None))
            continue
        k += 1
        quoted: list[bool | None] = []
        cells = _escaped(array, quoted)  # and whether a cell holds a quote (escaping adds none, takes none away)
        if cells.type != pa.string():
            cells = cells.cast(pa.string())
        if quoted[0] if quoted[0] is not None else pc.any(pc.match_substring(cells, '"')).as_py():
            cells = pc.replace_substring(cells, '"', '""')
        there = np.ones(len(cells), dtype=bool) if not cells.null_count else \
            ~numpy_of(pc.is_null(cells))
        items.append((cells, there))
    n = len(items[0][0])
    between = _texts(["", '"', ",", '",', ',"', '","'])  # what may stand between two cells
    every = pa.concat_arrays([between] + [texts for texts, _ in items])
    at = np.empty((n, 2 * len(items) + 1), dtype=np.int64)
    base, before = len(between), np.zeros(n, dtype=np.int64)  # before: the cell before closes with a quote
    for j, (texts, there) in enumerate(items):
        opens = np.zeros(n, dtype=np.int64) if there is None else there.astype(np.int64)
        at[:, 2 * j] = opens if j == 0 else 2 + before + 2 * opens  # "" '"' / "," '",' ',"' '","'
        at[:, 2 * j + 1] = base + np.arange(n)  # a missing cell: nothing
        base += len(texts)
        before = opens
    at[:, -1] = before  # the last cell's closing quote
    taken = every.take(arrow_of(at.reshape(-1)))
    offsets = np.frombuffer(taken.buffers()[1], dtype=np.int32)[taken.offset :: at.shape[1]]
    data = taken.buffers()[2] if taken.buffers()[2] is not None else pa.py_buffer(b"")
    return [pa.StringArray.from_buffers(n, pa.py_buffer(np.ascontiguousarray(offsets)), data)]


def _join(pieces: list[Any]) -> Any:
    """Arrays and texts joined element-wise (no separator)."""
    import pyarrow.compute as pc

    parts = [_text(piece) if isinstance(piece, str) else piece for piece in pieces]
    return pc.binary_join_element_wise(*parts, _text(""), null_handling="replace")  # missing: empty


def _combinations(codes: list[Any]) -> tuple[Any, Any]:
    """Each entry's combination of ``codes`` (columns of codes, -1 or more) as dense codes, and the first entry of
    each combination."""
    import numpy as np

    key, size = np.zeros(len(codes[0]), dtype=np.int64), 1
    for column in codes:
        width = int(column.max(initial=-1)) + 2  # -1 (missing) is 0
        if size * width >= 2**62:  # dense again before the key could overflow
            uniques, key = np.unique(key, return_inverse=True)
            size = len(uniques)
        key, size = key * width + (column + 1), size * width
    uniques, first, group = np.unique(key, return_index=True, return_inverse=True)
    return group.reshape(-1), first


#: a dictionary column's words (a tuple) -> each escaped and quoted: the per-rule columns (indicator, name, target
#: ...) have the plan's words in every batch, so each is escaped once for the run, not once a batch (bounded)
_QUOTED: dict[tuple[Any, ...], list[str]] = {}
_QUOTED_MOST = 256  #: dictionaries kept; emptied when full


def _quoted_words(array: Any) -> list[str]:
    """The words of a dictionary column, each as :func:`~.escape.csv_one` writes it, quoted (:func:`_quote_one`)."""
    from .escape import csv_one

    words = tuple(array.dictionary.to_pylist())
    found = _QUOTED.get(words)
    if found is None:
        if len(_QUOTED) >= _QUOTED_MOST:
            _QUOTED.clear()
        found = _QUOTED[words] = [_quote_one(csv_one(word)) for word in words]
    return found


def _quote_one(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _source_cells(path: str, line: Any) -> list[tuple[str, Any]]:
    """The ``source`` cells of the rows, ``"path:line"`` as the CSV writes them (escaped once: a line number is
    digits, so ``csv_one(path + ":" + digits)`` is ``csv_one(path + ":")`` and the digits); missing: empty."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from .escape import csv_one

    lead = '"' + csv_one(path + ":").replace('"', '""')
    if not (line < 0).any():  # every row has its line: the texts around the numbers are the same for all
        return [("", lead), ("source", pc.cast(arrow_of(np.asarray(line, dtype=np.int64)), pa.string())), ("", '"')]
    line = np.asarray(line, dtype=np.int64)
    numbers = pc.cast(arrow_of(line, line < 0), pa.string())
    cells = pc.binary_join_element_wise(_text(lead), numbers, _text('"'), _text(""))
    return [("source", cells)]  # missing where the cell has no row: the row's join writes it empty


def _texts(values: list[str], kind: Any = None) -> Any:
    """Python texts as an arrow text array (``kind``: string by default), without pyarrow's crossing from Python,
    which imports pandas (:func:`~compliance.scale.arrays.strings_of`)."""
    found = strings_of(values)
    return found if kind is None or found.type == kind else found.cast(kind)


def _text(value: str, kind: Any = None) -> Any:
    """A text as an arrow scalar (``kind``: string by default), without importing pandas (``pa.scalar`` does)."""
    return _texts([value], kind)[0]


def _regular_file(out: Any) -> bool:
    """Whether ``out`` is an open regular file (not a pipe, terminal, FIFO or device; not a Python buffer)."""
    import os
    import stat

    try:
        return stat.S_ISREG(os.fstat(out.fileno()).st_mode)
    except (AttributeError, OSError, ValueError):  # io.BytesIO and the like: no descriptor
        return False


def csv_table(frame: Any) -> Any:
    """A batch of verdict rows as the arrow table the CSV is written from: :func:`~.escape.csv_frame` applied.

    ``frame`` is a DataFrame (or an arrow table). Only the cells that ``csv_frame`` may change go
    through its per-cell function: a cell holding a control character (found on the bytes of the
    whole column: a byte below 0x20 but tab and line feed, 0x7f, the UTF-8 of U+0080-U+009F or of a bidirectional
    control, errors.BIDI) or
    starting with a formula sign (its first byte one of ``=+-@``, tab, CR) that is not a plain
    number of ASCII digits (``-2.3``, kept as it is). Every other cell is written as it is, so a column of
    plain text costs a few passes over its bytes instead of two regular expressions per cell. A
    categorical column of text (arrow: a dictionary) has its categories escaped, once each. Other
    columns (numbers, Python objects) go through ``csv_frame`` whole. Text columns come out as arrow
    strings (dictionaries decoded), which pyarrow's CSV writer writes fastest.
    """
    import pyarrow as pa

    from .escape import csv_frame

    if isinstance(frame, pa.Table):
        return pa.table({name: _escaped(frame.column(name)) for name in frame.column_names})
    arrays: dict[str, Any] = {}
    rest = []
    for name in frame.columns:
        series = frame[name]
        text = arrow_text(series)
        if text is None:
            text = categorical_text(series)
        if text is None:
            rest.append(name)
            continue
        arrays[name] = _escaped(text)
    if rest:
        escaped = pa.Table.from_pandas(csv_frame(frame[rest]), preserve_index=False)
        arrays.update(zip(escaped.column_names, escaped.columns))
    return pa.table({name: arrays[name] for name in frame.columns})


def _escaped(array: Any, quoted: list[bool | None] | None = None) -> Any:
    """An arrow text column (or dictionary of text) with ``csv_cell(visible_controls(cell))`` on every cell.

    ``quoted``, a list, gets whether any cell holds a double quote (None: not looked at)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from .escape import PLAIN_NUMBER, csv_one

    array = one_chunk(array)
    if pa.types.is_dictionary(array.type):  # few values: each escaped once, then spread by the codes
        words = _texts([csv_one(word) for word in array.dictionary.to_pylist()])
        if quoted is not None:
            quoted.append(None)
        return words.take(array.indices)
    if not (pa.types.is_string(array.type) or pa.types.is_large_string(array.type)):
        if quoted is not None:
            quoted.append(None)
        return array
    flagged = np.flatnonzero(_may_change(array, quoted))
    if not flagged.size:
        return array
    cells = array.take(arrow_of(flagged))
    number = numpy_of(pc.match_substring_regex(cells, PLAIN_NUMBER), null=False).astype(bool)
    flagged, cells = flagged[~number], cells.filter(arrow_of(~number))  # -2.3: a number, written as it is
    if not flagged.size:
        return array
    fixed = [csv_one(cell) for cell in cells.to_pylist()]
    mask = np.zeros(len(array), dtype=bool)
    mask[flagged] = True
    return pc.replace_with_mask(array, arrow_of(mask), _texts(fixed, array.type))


#: bytes csv_frame may change anywhere in a cell: C0 controls but tab and line feed, and DEL (C1 controls: below)
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F])
#: first bytes of a cell csv_frame may prefix with ' (a formula sign)
_FORMULA_BYTES = b"=+-@\t\r"


_BLOCK = 1 << 18  #: bytes looked at in one go by _may_change: its temporaries stay small and warm, never fresh pages


def _may_change(text: Any, quoted: list[bool | None] | None = None) -> Any:
    """A bool per cell of an arrow string array: may ``csv_frame`` change it (a superset, found on bytes).

    The bytes are scanned in blocks of :data:`_BLOCK` into two reused buffers (a whole column's worth of
    temporaries, twice per column and batch, cost more in fresh memory pages than in comparisons). ``quoted``, a
    list, gets whether a byte is a double quote (the same scan; a cell's quotes are doubled only if one is)."""
    import numpy as np
    import pyarrow as pa

    from .escape import BIDI_LEADS, bidi_at

    n = len(text)
    flagged = np.zeros(n, dtype=bool)
    offsets_buffer, data_buffer = text.buffers()[1], text.buffers()[2]
    if data_buffer is None or n == 0:
        if quoted is not None:
            quoted.append(False)
        return flagged
    wide = pa.types.is_large_string(text.type)  # 64-bit offsets
    offsets = np.frombuffer(offsets_buffer, dtype=np.int64 if wide else np.int32)[text.offset : text.offset + n + 1]
    data = np.frombuffer(data_buffer, dtype=np.uint8)[int(offsets[0]) : int(offsets[-1])]
    offsets = offsets.astype(np.int64) - int(offsets[0])
    found, other = np.empty(min(len(data), _BLOCK), dtype=bool), np.empty(min(len(data), _BLOCK), dtype=bool)
    candidates = []  # bytes below 0x20, DEL, C2 (the lead byte of U+0080-U+00BF), D8 and E2 (of the bidi controls)
    quote = False
    for begin in range(0, len(data), _BLOCK):
        block = data[begin : begin + _BLOCK]
        a, b = found[: len(block)], other[: len(block)]
        if quoted is not None and not quote:
            np.equal(block, 0x22, out=b)
            quote = bool(b.any())
        np.less(block, 0x20, out=a)
        np.equal(block, 0x7F, out=b)
        np.logical_or(a, b, out=a)
        for first in (0xC2, *BIDI_LEADS):
            np.equal(block, first, out=b)
            np.logical_or(a, b, out=a)
        hits = np.flatnonzero(a)
        if hits.size:
            candidates.append(hits + begin)
    if quoted is not None:
        quoted.append(quote)
    if candidates:
        at = np.concatenate(candidates)
        byte = data[at]
        table = np.zeros(256, dtype=bool)
        table[list(_CONTROL_BYTES)] = True  # tab and line feed are not controls here
        lead = at[(byte == 0xC2) & (at + 1 < len(data))]
        follow = data[lead + 1]
        c1 = lead[(follow >= 0x80) & (follow <= 0x9F)]  # C2 80..C2 9F
        positions = np.concatenate([at[table[byte]], c1, bidi_at(data, at, byte)])
        if positions.size:
            flagged[np.searchsorted(offsets, positions, side="right") - 1] = True
    starts, ends = offsets[:-1], offsets[1:]
    filled = np.flatnonzero(ends > starts)
    flagged[filled[_formula_table()[data[starts[filled]]]]] = True  # a formula sign first
    return flagged


@functools.cache
def _formula_table() -> Any:
    """Whether a byte is one of :data:`_FORMULA_BYTES`, by byte (a look-up, not ``np.isin``'s sort)."""
    import numpy as np

    table = np.zeros(256, dtype=bool)
    table[list(_FORMULA_BYTES)] = True
    return table


def summary_json(summary: StreamSummary) -> dict[str, Any]:
    """The summary as the JSON report holds it."""
    return summary.model_dump(mode="json")


def _json(value: Any) -> str:
    from .escape import json_bidi  # a bidirectional control escaped, \u202e (_SPECIAL finds the cells holding one)
    return json_bidi(json.dumps(value, ensure_ascii=False))


def _csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\r\n') else text


_SPECIAL = '["\\\\\\x00-\\x1f\\x{61c}\\x{200e}\\x{200f}\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}]'  # JSON's, or bidi


def _json_values(array: Any, key: str) -> Any:
    """``"key":value`` for each cell (value a JSON string or ``null``), on arrow arrays."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if pa.types.is_dictionary(array.type):  # few distinct values: encode each once, then gather
        words = [key + _json(v) for v in array.dictionary.to_pylist()]
        encoded = _texts(words, pa.large_string()).take(array.indices)
        return pc.fill_null(encoded, _text(key + "null", pa.large_string()))
    if not pa.types.is_large_string(array.type):
        array = pc.cast(array, pa.large_string())
    text = lambda value: _text(value, pa.large_string())  # one string type for the kernel
    quoted = pc.binary_join_element_wise(text(key + '"'), array, text('"'), text(""))
    found = numpy_of(pc.match_substring_regex(array, _SPECIAL), null=False).astype(bool)
    if found.any():  # quotes, backslashes, line breaks: rare, escaped by json itself
        special = arrow_of(found)
        fixed = [key + _json(v) for v in array.filter(special).to_pylist()]
        quoted = pc.replace_with_mask(quoted, special, _texts(fixed, pa.large_string()))
    return pc.fill_null(quoted, text(key + "null"))


def _json_lines(table: Any) -> memoryview:
    """One JSON object per row, each preceded by ``,\\n`` (the bytes of one arrow buffer)."""
    import pyarrow.compute as pc

    parts = [
        _json_values(table.column(i), (",\n{" if i == 0 else ",") + json.dumps(name, ensure_ascii=False) + ":")
        for i, name in enumerate(table.column_names)
    ]
    import numpy as np
    import pyarrow as pa

    end, nothing = _text("}", pa.large_string()), _text("", pa.large_string())
    lines = pc.binary_join_element_wise(*parts, end, nothing)
    if isinstance(lines, pa.ChunkedArray):
        lines = lines.combine_chunks()
    wide = pa.types.is_large_string(lines.type)
    offsets, data = lines.buffers()[1], lines.buffers()[2]
    ends = np.frombuffer(offsets, dtype=np.int64 if wide else np.int32)[lines.offset : lines.offset + len(lines) + 1]
    return memoryview(data)[int(ends[0]) : int(ends[-1])]  # the lines, back to back, without a copy
