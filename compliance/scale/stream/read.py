"""Reading a panel for the streaming path: chunks of validated, coded rows, cut after complete regions.

The file is read by the chunk reader its format registers (:mod:`compliance.plans.formats`); every
value is checked by the dataset :class:`~compliance.plans.datasets.Validator`, once per distinct
value of a chunk, so an error names the same thing ``load_dataset`` would, with the line of the first
row that has it. A batch is a pyarrow Table (no pandas on this path): the text columns as read, arrow
``string`` with a missing cell null (the region columns stripped, as ``load_dataset`` strips them), and
four int64 columns added: ``_line`` (the row's line), ``_ind`` (the indicator's code: its position in the
rules file), ``_per`` (a code into :class:`PeriodCodes`) and, with region columns, ``_region`` (a number
that grows by one where the region changes, across batches). Each column is one chunk.

The rows of one region must be contiguous: :meth:`PanelReader.batches` yields the rows of complete
regions and carries the last region's rows into the next chunk; a region whose rows resume after
other regions' is an error, as is a second row for one (region, indicator, period).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from ...errors import InputError
from ...judge.periods import Period
from ...plans.chunks import CsvChunks, may_break
from ..arrays import arrow_of, numpy_of, one_chunk, strings_of
from ...plans.datasets import LABELS, MAX_CELL, OPTIONAL, REQUIRED, Validator, swallowed_rows
from ...plans.formats import format_of, suffixes

__all__ = ["PanelReader", "PeriodCodes"]

_CLEAN_CELLS = 10_000  #: clean cells of several lines remembered (then forgotten, and looked at again)


class PeriodCodes:
    """The periods met in a file, coded 0, 1, ... as first met; a cell's raw text is read once."""

    def __init__(self, validator: Validator) -> None:
        self.validator = validator
        self.text: list[str] = []  #: code -> canonical period
        self.year: list[int] = []  #: code -> the year (-1: a plan period)
        self.end: list[int] = []  #: code -> the last year
        self.of: dict[str, int] = {}  #: canonical period -> code
        self._raw: dict[Any, int] = {}  #: a cell's text -> code (-1: not a period)

    def code(self, raw: Any) -> int:
        code = self._raw.get(raw)
        if code is None:
            code = -1
            if isinstance(raw, str):
                try:
                    period = self.validator.period(raw, None)
                except InputError:
                    period = None
                if period is not None:
                    code = self.of.get(period, -1)
                    if code < 0:
                        code = self.of[period] = len(self.text)
                        span = Period.parse(period)
                        self.text.append(period)
                        self.year.append(span.start if span.is_year else -1)
                        self.end.append(span.end)
            self._raw[raw] = code
        return code


class PanelReader:
    """A long table of many regions, read chunk by chunk; the header is checked when it is made."""

    def __init__(
        self, path: str, by: tuple[str, ...], indicators: Sequence[str], chunksize: int, *, encoding: str | None = None
    ) -> None:
        self.path, self.by, self.chunksize = path, by, chunksize
        fmt = format_of(path)
        if fmt is None or fmt.chunks is None:
            raise InputError(
                f"the streaming path reads {', '.join(suffixes(chunked=True))} files", file=path,
                hint="save the table as CSV or Parquet, or judge it without --stream",
            )
        if encoding is not None and fmt.name.split(".")[0] not in ("csv", "tsv"):
            raise InputError(f"--encoding {encoding}: a {fmt.name} file is not text", file=path,
                             hint="--encoding names the text encoding of a CSV or TSV file; drop it")
        self.table = fmt.chunks(path, encoding=encoding) if encoding is not None else fmt.chunks(path)
        self.validator = Validator(path, indicators)
        self.ids = list(indicators)
        header = self.validator.header(enumerate(self.table.titles, 1), self.table.header_line or None, regions=by)
        role_of = {column: role for role, column in header.columns.items()}
        self.names: list[str] = []  #: each column's name in the chunks: its role, a region's name, or ignored
        for position, title in enumerate(self.table.titles, 1):
            role = role_of.get(position)
            if role is None:
                self.names.append(f"_unnamed{position}")
            elif role in LABELS and role not in by:
                self.names.append(f"_label{position}")  # for people, not read
            else:
                self.names.append(role)
        self.periods = PeriodCodes(self.validator)
        self.rows_read = 0  #: data rows read so far (blank lines not counted)
        self._finished: dict[tuple[str, ...], int] = {}  #: region -> the last line of its rows
        #: (column, text) of cells of several lines found to swallow no row: whether a cell does depends
        #: on its text and column alone (Validator.swallowed), so a text met again is not looked at again
        self._clean_cells: set[tuple[int, str]] = set()
        import pyarrow  # noqa: F401  (every step needs it: loaded here, before the first)

        self._id_code = {indicator_id: code for code, indicator_id in enumerate(self.ids)}
        self._serial = -1  #: the number of the last region read (_serials)
        self._last_region: tuple[Any, ...] | None = None  #: the region of the last row read

    @property
    def fraction(self) -> float | None:
        """How much of the file has been read, 0 to 1 (None when unknown: a gzipped file)."""
        return self.table.fraction

    def scan_periods(self) -> set[str]:
        """The valid periods the file names (a bad one is reported with its line by the main pass)."""
        import pyarrow.compute as pc

        found: set[str] = set()
        seen: set[Any] = set()
        for table, _ in self.table.chunks(max(self.chunksize, 1_000_000), self.names, columns=["period"], arrow=True):
            for raw in pc.unique(table.column("period")).to_pylist():  # in order of first appearance
                if raw is not None and raw not in seen:
                    seen.add(raw)
                    code = self.periods.code(raw)
                    if code >= 0:
                        found.add(self.periods.text[code])
        self.table.fraction = 0.0 if self.table.fraction is not None else None
        return found

    # ------------------------------------------------------------------ batches of complete regions

    def batches(self) -> Iterator[Any]:
        """pyarrow Tables of the rows of complete regions (text columns, ``_line``, ``_ind``, ``_per``, ``_region``:
        see the module's docstring), each column one chunk."""
        import pyarrow as pa

        needed = set(self.by) | set(REQUIRED + OPTIONAL)
        carry = None
        try:
            for table, lines in _ahead(self.table.chunks(self.chunksize, self.names, arrow=True)):
                table = self._clean(table, lines, needed)
                self.rows_read += table.num_rows
                if carry is not None and carry.num_rows:
                    table = pa.concat_tables([carry, table])
                complete, carry = self._split(table)
                if carry.num_rows > self.chunksize:  # one region larger than a chunk: its duplicates fail early
                    self.refuse_duplicates(carry, self.units(carry)[0])
                if complete is not None and complete.num_rows:
                    yield complete.combine_chunks()
        except InputError as error:
            raise _first_flaw(self, error) from None
        if carry is not None and carry.num_rows:
            yield carry.combine_chunks()

    def _clean(self, table: Any, lines: np.ndarray, needed: set[str]) -> Any:
        """Drop blank lines, check every cell that must hold something, and code indicators and periods."""
        import pyarrow as pa
        import pyarrow.compute as pc

        # no Python scalar, pa.array or to_numpy here: each imports pandas (arrays.numpy_of, arrow_of instead)
        if isinstance(self.table, CsvChunks) and len(lines):  # a quote left open that swallowed rows
            self._refuse_swallowed(table, lines)
        for position, name in enumerate(self.names, 1):
            cells = table.column(name)
            if name.startswith("_unnamed") and cells.null_count < len(cells):
                filled = numpy_of(pc.utf8_length(pc.utf8_trim_whitespace(cells)), null=0) > 0  # blank: as check
                if filled.any():
                    raise self.validator.stray(position, int(lines[int(np.flatnonzero(filled)[0])]))
        table = table.select([name for name in table.column_names if name in needed])
        # each check and code is found per distinct cell of the chunk, not per row (a panel repeats its cells)
        indicator = _Distinct(table.column("indicator"))
        empty = indicator.empty()
        if empty.any():  # a blank line, or a row without an indicator (an error below)
            blank = empty.copy()
            rows = arrow_of(np.flatnonzero(empty))
            for name in table.column_names:
                text = table.column(name).take(rows)
                blank[empty] &= numpy_of(pc.utf8_length(pc.utf8_trim_whitespace(text)), null=0) == 0  # missing: 0
            if blank.any():
                keep = ~blank
                table, lines, indicator = table.filter(arrow_of(keep)), lines[keep], indicator.subset(keep)
        codes = indicator.lookup(self._id_code)  # -1: unknown or missing
        if (codes < 0).any():
            row = int(np.flatnonzero(codes < 0)[0])
            self.validator.indicator(indicator.value(row), int(lines[row]))  # raises
        period = _Distinct(table.column("period"), strip=False)
        periods = np.array([self.periods.code(raw) for raw in period.values] + [-1], dtype=np.int64)[period.codes]
        if (periods < 0).any():
            row = int(np.flatnonzero(periods < 0)[0])
            self.validator.period(period.value(row), int(lines[row]))  # raises
        long = _longer(table.column("reported"), MAX_CELL)  # as load_dataset refuses it
        if long.any():
            row = int(np.flatnonzero(long)[0])
            raise self.validator.too_long(self.ids[int(codes[row])], self.periods.text[int(periods[row])],
                                          len(table.column("reported")[row].as_py()), int(lines[row]))
        added: dict[str, Any] = {}
        regions = []
        for name in self.by:
            region = _Distinct(table.column(name))
            empty = region.empty()
            if empty.any():
                self.validator.region(None, name, int(lines[int(np.flatnonzero(empty)[0])]))  # raises
            if region.stripped:
                added[name] = region.column()
            regions.append(region)
        added["_line"], added["_ind"], added["_per"] = lines, codes, periods
        if regions:
            added["_region"], self._serial, self._last_region = _serials(regions, self._serial, self._last_region)
        names = table.column_names
        columns = [added.pop(name) if name in added else table.column(name) for name in names]
        numbers = [arrow_of(added[name]) for name in added]
        return pa.Table.from_arrays([*columns, *numbers], names=[*names, *added])

    def _refuse_swallowed(self, table: Any, lines: np.ndarray) -> None:
        """A quoted cell whose line breaks are followed by lines shaped like rows is an error, as check says.

        Only rows that span lines are looked at: those followed by a row more than one line on, and the last.
        """
        assert isinstance(self.table, CsvChunks)
        rows = np.append(np.flatnonzero(np.diff(lines) > 1), len(lines) - 1)
        period = self.names.index("period") + 1 if "period" in self.names else None
        few = len(rows) <= 256  # (a chunk without line breaks: its last row) taken at once, no column's text scanned
        columns = [(position, _texts_at(table.column(name), rows)) for position, name in enumerate(self.names, 1)
                   if few or _may_break(table.column(name))]  # most columns hold no line break at all: not taken
        columns = [(position, column) for position, column in columns  # column-wise, not a Series a row
                   if any(isinstance(cell, str) and "\n" in cell for cell in column)]
        clean = self._clean_cells
        seen: set[tuple[Any, ...]] = set()  # the cells of a row looked at already: the same note in every region
        for k, texts in enumerate(zip(*(column for _, column in columns))):
            if texts in seen:
                continue
            seen.add(texts)
            row = int(rows[k])
            cells = [(position, text) for (position, _), text in zip(columns, texts)
                     if isinstance(text, str) and "\n" in text]
            if not cells or all(cell in clean for cell in cells):
                continue
            flaw = swallowed_rows(self.validator, int(lines[row]), cells, self.table.delimiter,
                                  len(self.table.titles), period)
            if flaw is not None:
                raise flaw
            if len(clean) >= _CLEAN_CELLS:
                clean.clear()
            clean.update(cells)

    def units(self, batch: Any) -> tuple[np.ndarray, np.ndarray]:
        """Each row's region (0, 1, ... in order) and the first row of each region (``batch``: a Table)."""
        n = len(batch)
        change = np.zeros(n, dtype=bool)
        if n:
            change[0] = True
        if "_region" in batch.column_names:  # numbered by _clean
            serial = _numbers(batch, "_region")
            change[1:] |= serial[1:] != serial[:-1]
        else:
            for name in self.by:
                change[1:] |= _changes(_texts(batch, name)) if n else False
        return np.cumsum(change) - 1, np.flatnonzero(change)

    def region_key(self, batch: Any, row: int) -> tuple[str, ...]:
        """The values of the region columns at ``row`` (``batch``: a Table)."""
        return tuple(str(batch.column(name)[row].as_py()) for name in self.by)

    def _split(self, table: Any) -> tuple[Any, Any]:
        """The rows of complete regions, and the rows of the last one (which may go on in the next chunk)."""
        if not self.by:
            return None, table
        _, starts = self.units(table)
        if not len(starts):
            return None, table
        keys = list(zip(*(_texts_at(table.column(name), starts) for name in self.by)))
        lines = _numbers(table, "_line")
        ends = np.append(starts[1:], table.num_rows) - 1
        cut = int(starts[-1])
        if len(set(keys)) == len(keys) and self._finished.keys().isdisjoint(keys):  # no region met twice
            self._finished.update(zip(keys[:-1], lines[ends[:-1]].tolist()))
            return table.slice(0, cut), table.slice(cut)
        here: dict[tuple[str, ...], int] = {}  # a region met twice: found in order, for the error check gives
        for block, key in enumerate(keys):
            earlier = self._finished.get(key, here.get(key))
            if earlier is not None:
                raise InputError(
                    f"the rows of region {' / '.join(key)} go on here after other regions' rows "
                    f"(its earlier rows end on line {earlier})", file=self.path, line=int(lines[starts[block]]),
                    hint="sort the file by its region columns: the streaming path needs each region's rows together",
                )
            here[key] = int(lines[ends[block]])
        raise AssertionError("a region met twice was not found")  # pragma: no cover

    def refuse_duplicates(self, frame: Any, unit: np.ndarray) -> None:
        """A second row for one (region, indicator, period) is an error naming both lines (``frame``: a Table)."""
        ind, per = _numbers(frame, "_ind"), _numbers(frame, "_per")
        key = (unit * len(self.ids) + ind) * max(1, len(self.periods.text)) + per
        space = (int(unit[-1]) + 1 if len(unit) else 0) * len(self.ids) * max(1, len(self.periods.text))
        if space <= 4 * len(key) + (1 << 16) and not (np.bincount(key, minlength=space) > 1).any():
            return  # no key twice, counted on a direct table (the usual case: no sort)
        order = np.argsort(key, kind="stable")
        ordered = key[order]
        same = np.flatnonzero(ordered[1:] == ordered[:-1])
        if not same.size:
            return
        row = int(order[same + 1].min())  # the first second row in file order
        first = int(order[np.searchsorted(ordered, key[row])])
        lines = _numbers(frame, "_line")
        raise self.validator.duplicate(
            self.ids[int(ind[row])], self.periods.text[int(per[row])],
            int(lines[row]), int(lines[first]), region=self.region_key(frame, row) if self.by else None,
        )


def _ahead(chunks: Iterator[Any]) -> Iterator[Any]:
    """``chunks``' items, the next one read in a thread while the caller works on this one (pyarrow's reader lets go
    of the GIL while it parses: on two cores, reading overlaps judging). Up to two chunks read ahead of the one the
    caller holds: one waiting in the queue (``maxsize=1``) and one the reader has read and holds while it waits to
    hand it over (memory: up to two chunks more); an error comes out where its chunk would have, so errors keep file
    order; the reader is closed in its own thread when the caller stops early."""
    import queue
    import threading

    handoff: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def put(item: tuple[str, Any]) -> bool:
        while not stop.is_set():
            try:
                handoff.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for chunk in chunks:
                if not put(("chunk", chunk)):
                    break
            else:
                put(("end", None))
        except BaseException as error:  # noqa: BLE001  (handed to the caller, raised there)
            put(("error", error))
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()

    reader = threading.Thread(target=read, name="compliance-read-ahead", daemon=True)
    reader.start()
    try:
        while True:
            kind, item = handoff.get()
            if kind == "end":
                return
            if kind == "error":
                raise item
            yield item
    finally:
        stop.set()
        reader.join()


def _serials(regions: list[_Distinct], serial: int, last: tuple[Any, ...] | None
             ) -> tuple[np.ndarray, int, tuple[Any, ...] | None]:
    """Each row's region as a number that grows by one where the region changes, across chunks (a region whose
    rows go on in the next chunk keeps its number: :meth:`PanelReader.units` reads these); ``serial`` and
    ``last``: the number and the region of the last row read before. Returns them for this chunk's last row."""
    n = len(regions[0].codes)
    change = np.zeros(n, dtype=bool)
    if not n:
        return np.zeros(0, dtype=np.int64), serial, last
    for region in regions:  # equal stripped texts, equal codes
        same = region.same[region.codes]
        change[1:] |= same[1:] != same[:-1]
    change[0] = tuple(region.value(0) for region in regions) != last
    serials = np.cumsum(change) + serial
    return serials, int(serials[-1]), tuple(region.value(n - 1) for region in regions)


class _Distinct:
    """A text column of a chunk by distinct cell: each row's code (-1: missing) into the distinct texts, each
    stripped once (``strip``), as ``load_dataset`` strips a row's indicator and region cells."""

    def __init__(self, cells: Any, *, strip: bool = True) -> None:
        import pyarrow.compute as pc

        coded = pc.dictionary_encode(one_chunk(cells))  # arrow's hashing: no Python string a row
        self.codes = np.asarray(numpy_of(coded.indices, null=-1), dtype=np.int64)
        raw: list[Any] = coded.dictionary.to_pylist()
        self.raw = raw
        #: the distinct cells (stripped where asked; None for a cell that is not text)
        self.values: list[Any] = [v.strip() if isinstance(v, str) else None for v in raw] if strip else raw
        self.stripped = strip and any(a != b for a, b in zip(raw, self.values))  #: whether a cell changed
        seen: dict[Any, int] = {}
        #: by distinct cell, the first one with its (stripped) text, and -1 for a missing one (codes[-1] picks it)
        self.same = np.array([seen.setdefault(v, i) for i, v in enumerate(self.values)] + [-1], dtype=np.int64)

    def value(self, row: int) -> Any:
        """Row ``row``'s (stripped) text, None where missing."""
        code = int(self.codes[row])
        return self.values[code] if code >= 0 else None

    def empty(self) -> np.ndarray:
        """Whether each row's cell is missing or blank."""
        blank = np.array([v is None or v == "" for v in self.values] + [True], dtype=bool)
        return blank[self.codes]

    def subset(self, keep: np.ndarray) -> _Distinct:
        """The rows ``keep`` (a mask) only."""
        other = object.__new__(_Distinct)
        other.raw, other.values, other.stripped, other.same = self.raw, self.values, self.stripped, self.same
        other.codes = self.codes[keep]
        return other

    def lookup(self, code_of: dict[str, int]) -> np.ndarray:
        """Each row's code of its (stripped) text in ``code_of`` (-1: not there, or missing)."""
        found = np.array([code_of.get(v, -1) if v is not None else -1 for v in self.values] + [-1], dtype=np.int64)
        return found[self.codes]

    def column(self) -> Any:
        """The column with each cell stripped: an arrow ``string`` array, null where missing."""
        return strings_of(self.values).take(arrow_of(self.codes, mask=self.codes < 0))


def _numbers(batch: Any, name: str) -> np.ndarray:
    """An int64 column of a batch (a Table) as a numpy array."""
    return np.asarray(numpy_of(batch.column(name), null=0), dtype=np.int64)


def _texts(batch: Any, name: str) -> Any:
    """A text column of a batch (a Table) as one arrow array."""
    return one_chunk(batch.column(name))


def _may_break(cells: Any) -> bool:
    """Whether an arrow text column may hold a line break: one of its data buffers has one."""
    import pyarrow as pa

    return any(may_break(chunk) for chunk in (cells.chunks if isinstance(cells, pa.ChunkedArray) else [cells]))


def _texts_at(cells: Any, rows: np.ndarray) -> list[Any]:
    """The cells of an arrow text column at ``rows`` as Python values (taken by arrow)."""
    return list(cells.take(arrow_of(rows)).to_pylist())


def _changes(text: Any) -> np.ndarray:
    """Whether each cell of an arrow array but the first differs from the one before it (a missing cell equals
    only another)."""
    import pyarrow.compute as pc

    after, before = text.slice(1), text.slice(0, len(text) - 1)
    differ = pc.if_else(pc.or_(pc.is_null(after), pc.is_null(before)),
                        pc.xor(pc.is_null(after), pc.is_null(before)), pc.not_equal(after, before))
    return np.asarray(numpy_of(differ, null=0), dtype=bool)


def _longer(cells: Any, limit: int) -> np.ndarray:
    """Whether each cell of an arrow text column has more than ``limit`` characters; from its bytes first (never
    fewer than its characters), so a column of short cells is not counted character by character."""
    import pyarrow.compute as pc

    size = pc.max(pc.binary_length(cells)).as_py()
    if size is None or size <= limit:
        return np.zeros(len(cells), dtype=bool)
    return numpy_of(pc.utf8_length(cells), null=0) > limit


def _first_flaw(reader: PanelReader, error: InputError) -> InputError:
    """``error``, or the flaw of an earlier record that check would have named first.

    pyarrow's and pandas' readers are lenient where the whole-table reader is strict: a quote left
    open is read on across lines (into a cell that may end much later, or never), so what fails
    comes later and for another cause. The records up to ``error``'s line are read again as check
    reads them: a quote not closed where it should be, a row swallowed by a quote, a value past the
    named columns, on an earlier (or the same) line, is the error.
    """
    if not isinstance(reader.table, CsvChunks) or error.line is None or error.file != reader.path:
        return error
    named = {position for position, title in enumerate(reader.table.titles, 1) if title.strip()}
    period = reader.names.index("period") + 1 if "period" in reader.names else None
    try:
        for line, cells in reader.table.records():
            if line > error.line:
                break
            if not any(cell.strip() for _, cell in cells):
                continue
            flaw = swallowed_rows(reader.validator, line, cells, reader.table.delimiter, len(reader.table.titles), period)
            if flaw is None:
                stray = [column for column, cell in cells if column not in named and cell.strip()]
                flaw = reader.validator.stray(stray[0], line) if stray else None
            if flaw is not None:
                return flaw if (flaw.line or line) <= error.line else error
    except InputError as flaw:
        return flaw if flaw.line is not None and flaw.line <= error.line else error
    except (UnicodeDecodeError, OSError, EOFError):
        pass
    return error
