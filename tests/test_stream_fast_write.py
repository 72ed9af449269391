"""The streamed CSV's rows are escaped by report/large.csv_table: the bytes report/escape.csv_frame gives.

``csv_table`` sends to ``csv_frame`` only the cells a scan of the column's bytes flags (a control
character anywhere, a formula sign first); every other cell is written as it is. The CSV written from
it must be byte for byte the CSV written from ``csv_frame`` of the whole batch.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
pa_csv = pytest.importorskip("pyarrow.csv")

from compliance.report.escape import csv_frame  # noqa: E402
from compliance.report.large import csv_table  # noqa: E402

TRICKY = [
    "6以上", "-2.3", "-7..-6", "+5%", "-x", "=HYPERLINK(1)", "+cmd", "@SUM(A1)", "\tlead", "\rlead", "4\x1b[31m",
    "bell\x07", "del\x7f", "c1\x85", "csi\x9b", "middle·dot", "°C", "达到市级\n要求（3.2）", "", "a\tb", "x\ry", "-",
    "－2", "＝1", "\x00nul", "ok", "2.63（市级3.12）", "\u0080", "\u009f", "\u00a0nbsp",
]


def _csv(table) -> bytes:
    buffer = pa.BufferOutputStream()
    pa_csv.write_csv(table, buffer, pa_csv.WriteOptions(include_header=False, eol="\r\n"))
    return buffer.getvalue().to_pybytes()


def _expected(frame) -> bytes:
    return _csv(pa.Table.from_pandas(csv_frame(frame), preserve_index=False))


def _frame(cells: list) -> pd.DataFrame:
    n = len(cells)
    return pd.DataFrame({
        "region": pd.array(cells, dtype="str"),
        "reported": pd.array(cells[::-1], dtype="string[pyarrow]"),
        "category": pd.Categorical(cells),
        "number": list(range(n)),
        "plain": pd.array(["text"] * n, dtype="str"),
        "python": pd.array(cells, dtype="string[python]"),
        "objects": pd.Series(cells, dtype=object),
    })


def test_tricky_cells_are_escaped_as_csv_frame_escapes_them():
    cells = [*TRICKY, None, *TRICKY[::2]]
    frame = _frame(cells)
    assert _csv(csv_table(frame)) == _expected(frame)
    assert b"'=HYPERLINK(1)" in _csv(csv_table(frame)) and b"\x1b" not in _csv(csv_table(frame))


def test_a_slice_of_a_batch_and_missing_cells():
    frame = _frame([*TRICKY, None] * 3).iloc[5:40].reset_index(drop=True)
    assert _csv(csv_table(frame)) == _expected(frame)
    empty = _frame([])
    assert _csv(csv_table(empty)) == _expected(empty)
    nothing = _frame([None, None])
    assert _csv(csv_table(nothing)) == _expected(nothing)


TEXT = st.text(alphabet=st.sampled_from([*"ab1.-+=@\t\r\n ", "\x1b", "\x07", "\x7f", "\x85", "\x9b", "·", "达", "－"]),
               max_size=8)


@settings(max_examples=80, deadline=None)
@given(cells=st.lists(st.one_of(st.none(), TEXT), max_size=20))
def test_any_cells_are_escaped_as_csv_frame_escapes_them(cells):
    frame = _frame(cells)
    assert _csv(csv_table(frame)) == _expected(frame)
