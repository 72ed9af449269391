"""The streamed rows and their writer take the batch as a pyarrow Table, with no pandas.

``rows.verdict_parts`` / ``verdict_table`` / ``verdict_rows`` and ``evidence.Evidence`` read the judged batch's
``frame``: a pyarrow Table (text columns arrow strings, null for a missing cell; ``_line`` int64), or, while the
reader and the judge move off pandas, a DataFrame. These tests build every batch's rows both ways and hold them to
the same cells (and ``verdict_rows`` to the same DataFrame, dtypes included), and build and write the rows of a
Table batch (CSV and JSON) with ``import pandas`` refused: the bytes are those of the DataFrame path. The panel
has formulas, quotes, commas, line breaks and control characters in its region, reported and source cells
(``test_stream_csv_parts.hostile``), previous years, missing rows and plan periods.
"""

from __future__ import annotations

import builtins
import io
import threading
from contextlib import nullcontext
from dataclasses import replace

import pytest
from conftest import SEED_RULES
from test_stream_csv_parts import hostile  # noqa: F401 - the fixture

from compliance.plans.rules import load_rules
from compliance.report.large import write_rows
from compliance.scale.arrays import frame_of, table_of
from compliance.scale.stream import stream_check

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")

BY = ("province", "county")


def _both(run, seen):
    """``run``'s rows builder made to build each batch's rows from a Table and from a DataFrame; ``seen`` gets both."""
    build = run._rows

    def rows(batch, *args):
        table = build(replace(batch, frame=table_of(batch.frame)), *args)
        frame = build(replace(batch, frame=frame_of(batch.frame)), *args)
        seen.append((table, frame))
        return table

    run._rows = rows


@pytest.mark.parametrize(("periods", "lang", "arrow"),
                         [(["2022"], "zh", "parts"), ("all", "en", True), (["2022"], None, "parts"), ("all", "zh", False)])
def test_a_table_batch_gives_the_rows_a_dataframe_batch_gives(hostile, periods, lang, arrow):  # noqa: F811
    run = stream_check(load_rules(SEED_RULES), hostile, periods, by=BY, chunksize=50, lang=lang, arrow=arrow)
    seen: list = []
    _both(run, seen)
    list(run)
    assert len(seen) > 1
    for from_table, from_frame in seen:
        if arrow is False:  # DataFrames for a library caller: the same frame, dtypes included
            pd.testing.assert_frame_equal(from_table, from_frame)
            assert isinstance(from_table["reported"].dtype, type(from_frame["reported"].dtype))
            continue
        table = from_table.table() if arrow == "parts" else from_table
        other = from_frame.table() if arrow == "parts" else from_frame
        assert table.column_names == other.column_names == list(run.columns)
        for name in table.column_names:
            assert table.column(name).to_pylist() == other.column(name).to_pylist(), name


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
            if not table:
                return build(replace(batch, frame=frame_of(batch.frame)), *args)
            batch = replace(batch, frame=table_of(batch.frame))
            with _NoPandas():  # the rows' builder, the evidence and the sentences: no pandas
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
