"""The streamed rows and their writer take the batch as a pyarrow Table, with no pandas.

``rows.verdict_parts`` / ``verdict_table`` / ``verdict_rows`` and ``evidence.Evidence`` read the judged batch's
``frame``: a pyarrow Table (text columns arrow strings, null for a missing cell; ``_line`` int64). These tests hold
the DataFrames a library caller gets (``verdict_rows``, the only place pandas is imported) to the Table's cells,
with the dtypes the batch's DataFrame had before it became a Table (``to_pandas``'s), and build and write the rows
(CSV and JSON) with ``import pandas`` refused, in the run and in a fresh process. The panel has formulas, quotes,
commas, line breaks and control characters in its region, reported and source cells
(``test_stream_csv_parts.hostile``), previous years, missing rows and plan periods.
"""

from __future__ import annotations

import builtins
import io
import sys
import threading
from contextlib import nullcontext
from dataclasses import replace

import pytest
from conftest import SEED_RULES
from test_stream_csv_parts import hostile  # noqa: F401 - the fixture

from compliance.plans.rules import load_rules
from compliance.report.large import write_rows
from compliance.scale.stream import rows as stream_rows
from compliance.scale.stream import stream_check

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")

BY = ("province", "county")


def _cell(value):
    return None if value is None or (isinstance(value, float) and value != value) or value is pd.NA else value


@pytest.mark.parametrize(("periods", "lang"), [(["2022"], "zh"), ("all", "en"), (["2022"], None)])
def test_the_library_frames_hold_the_tables_cells_with_the_readers_dtypes(hostile, periods, lang):  # noqa: F811
    run = stream_check(load_rules(SEED_RULES), hostile, periods, by=BY, chunksize=50, lang=lang)
    build, seen = run._rows, []

    def rows(batch, *args):
        seen.append((batch.frame, stream_rows.verdict_table(batch, *args)))
        return build(batch, *args)

    run._rows = rows
    frames = list(run)
    assert len(frames) == len(seen) > 1
    for frame, (batch, table) in zip(frames, seen):
        assert isinstance(batch, pa.Table) and batch.schema.field("_line").type == pa.int64()
        assert all(batch.schema.field(name).type == pa.string() for name in (*BY, "reported", "source"))
        assert list(frame.columns) == table.column_names == list(run.columns)
        for name in table.column_names:
            assert [_cell(v) for v in frame[name].tolist()] == table.column(name).to_pylist(), name
        before = batch.to_pandas()  # the batch as a DataFrame, as the reader gave it before
        for name, own in [*((b, b) for b in BY), ("reported", "reported"), ("source_note", "source")]:
            assert frame[name].dtype == before[own].dtype, name


class _NoPandas:
    """``import pandas`` (any of its modules) refused in this thread while inside, but pandas' own imports of its
    modules: code that imports it fails (``import pandas``, ``to_pandas``). The reader's thread (read ahead) is not
    this one, and the judge's objects may still be pandas' while they move to Tables."""

    def __enter__(self):
        self.thread, self.real = threading.get_ident(), builtins.__import__

        def guarded(name, globals=None, *args, **kwargs):  # noqa: A002 - __import__'s own parameter
            inside = str((globals or {}).get("__name__", "")).split(".")[0] == "pandas"  # pandas' own lazy imports
            if name.split(".")[0] == "pandas" and not inside and threading.get_ident() == self.thread:
                raise ImportError(f"{name} imported where the streamed rows must do without it")
            return self.real(name, globals, *args, **kwargs)

        builtins.__import__ = guarded
        return self

    def __exit__(self, *exc):
        builtins.__import__ = self.real


def test_no_pandas_refuses_the_import():
    with _NoPandas(), pytest.raises(ImportError):
        import pandas  # noqa: F401
    import pandas  # noqa: F401, F811 - and gives it back after


@pytest.mark.parametrize(("fmt", "lang"), [("csv", "zh"), ("csv", None), ("json", "en")])
def test_rows_of_a_table_batch_are_built_and_written_without_pandas(hostile, fmt, lang, monkeypatch):  # noqa: F811
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1677628800")
    rules = load_rules(SEED_RULES)
    written = []
    for table in (False, True):
        run = stream_check(rules, hostile, ["2022"], by=BY, chunksize=50, lang=lang, arrow="parts")
        build = run._rows

        def rows(batch, *args, build=build, table=table):
            with _NoPandas() if table else nullcontext():  # the rows' builder, the evidence, the sentences
                return build(batch, *args)

        run._rows = rows
        batches = list(run)
        out = io.BytesIO()
        with _NoPandas() if table else nullcontext():  # the writer: no pandas either
            write_rows(iter(batches), fmt, out, columns=run.columns, meta={"m": 1}, summary=lambda run=run: run.summary)
        written.append(out.getvalue())
    assert written[0] == written[1]
    assert b"\x1b" not in written[1] and b"=cmd|" in written[1]  # ESC visible (CSV) or escaped (JSON)
    if fmt == "csv":
        assert b"'=cmd|" in written[1]  # the region's formula guarded


@pytest.mark.parametrize("where", ["first", "last", "after the regions", "between two verdict columns"])
def test_a_source_column_anywhere_is_written_as_the_generic_writer_writes_it(hostile, where):  # noqa: F811
    """``source`` folded into the verdicts' texts (between two verdict columns, the default) or written on its own
    (first, last, beside a region column): the bytes of pyarrow's writer for the same rows, missing lines empty."""
    from test_stream_csv_parts import _generic

    from compliance.report._streamed import CsvParts

    run = stream_check(load_rules(SEED_RULES), hostile, ["2022"], by=BY, chunksize=200, arrow="parts")
    rest = [name for name in run.columns if name != "source"]
    at = {"first": 0, "last": len(rest), "after the regions": len(BY), "between two verdict columns": len(BY) + 3}
    columns = tuple(rest[: at[where]] + ["source"] + rest[at[where]:])
    missing = 0
    for parts in run:
        parts = replace(parts, columns=columns)
        assert b"".join(bytes(piece) for piece in CsvParts.of(parts).lines()) == _generic(parts.table())
        missing += int((parts.line < 0).sum())
    assert missing > 0  # cells without a row: their source cell is empty


_NO_PANDAS_WRITER = r"""
import io, sys
import numpy as np
import pyarrow as pa
from compliance.scale.arrays import arrow_of, strings_of
from compliance.scale.stream.rows import VerdictParts, _decimal_texts, _dictionary
from compliance.scale.stream.sentences import Template, fill
import pyarrow.csv
from compliance.report._streamed import _json_lines, csv_table, write_rows
assert "pandas" not in sys.modules
regions = {"county": strings_of(["=c1", 'q"2', "c3\x1b"])}
verdicts = {
    "indicator": _dictionary(np.array([0, 1, -1]), ["gdp", "=x"]),
    "reported": strings_of(["4", None, "-x"]),
    "value": _decimal_texts(np.array([4.0, np.nan, 1e-7]), strings_of(["4", None, "-x"])),
    "explanation": fill([Template(("a ", " b"), (1,))], np.array([0, -1, 0]), {
        "text": strings_of(["4", "", "-x"]), "value": strings_of(["4", "", "x"]), "gap": strings_of(["", "", ""]),
        "distance": strings_of(["", "", ""]), "previous": strings_of(["", "", ""])}, 3),
}
columns = ("county", "indicator", "reported", "source", "value", "explanation")
parts = VerdictParts(columns, regions, np.array([0, 1, 2, 2]), verdicts, np.array([0, 1, 2, 0]), "=p.csv",
                     np.array([2, -1, 4, 5]))
out = io.BytesIO()
write_rows(iter([parts]), "csv", out, columns=columns, meta={}, summary=lambda: None)
lines = out.getvalue()
pa.csv.write_csv(csv_table(parts.table()), pa.BufferOutputStream())
json = bytes(_json_lines(parts.table()))
print("pandas" in sys.modules, lines.count(b"\r\n"), b"'=c1" in lines, json.count(b'"county":'))
"""


def test_the_rows_parts_and_the_csv_writer_load_no_pandas():
    """Parts, their table, their CSV bytes and the escaping, in a fresh process: pyarrow's own crossings from
    Python or numpy (``pa.array``, ``pa.scalar``, ``to_numpy``, a compute function given a Python value) import
    pandas, so none is used on this path (``scale.arrays`` crosses over buffers)."""
    import subprocess

    found = subprocess.run([sys.executable, "-c", _NO_PANDAS_WRITER], capture_output=True, text=True, check=True)
    assert found.stdout.split() == ["False", "5", "True", "4"]  # the header and 4 rows; 4 JSON objects
