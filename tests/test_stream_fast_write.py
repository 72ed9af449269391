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


def test_an_arrow_table_is_escaped_as_its_frame():
    cells = [*TRICKY, None]
    frame = _frame(cells)[["region", "reported", "category"]]
    table = pa.table({
        "region": pa.array(cells, pa.large_string()), "reported": pa.array(cells[::-1], pa.string()),
        "category": pa.array(cells).dictionary_encode(),
    })
    assert _csv(csv_table(table)) == _expected(frame)


class _Failing:
    """A file whose second write fails (a disk that fills up), recording what it was given and when."""

    def __init__(self) -> None:
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data) -> int:
        assert not self.closed, "written after the writer returned"
        if len(self.writes) == 1:
            raise OSError(28, "No space left on device")
        self.writes.append(bytes(data))
        return len(data)


def _batches(n: int):
    for i in range(n):
        yield _frame([f"row {i}", f"-{i}x"])


@pytest.fixture(params=["thread", "in turn"])
def writer_mode(request, monkeypatch):
    """A regular file is written by a second thread, a pipe or a terminal by the caller: both are tried."""
    import compliance.report._streamed as streamed

    monkeypatch.setattr(streamed, "_regular_file", lambda out: request.param == "thread")
    return request.param


def test_a_failed_write_stops_the_run_with_its_error(writer_mode):
    from compliance.report.large import write_rows

    out = _Failing()
    read = []

    def batches():
        for frame in _batches(6):
            read.append(1)
            yield frame

    with pytest.raises(OSError, match="No space"):
        write_rows(batches(), "csv", out, columns=list(_frame([]).columns), meta={}, summary=lambda: None)
    out.closed = True
    assert len(out.writes) == 1  # the header; the first batch's write failed
    assert len(read) <= 3  # the run stopped within a batch or two of the failure, not at the end


def test_rows_are_written_in_order_and_all_before_the_writer_returns(writer_mode):
    from compliance.report.large import write_rows

    class Out:
        def __init__(self) -> None:
            self.data = bytearray()
            self.closed = False

        def write(self, data) -> int:
            assert not self.closed
            self.data += bytes(data)
            return len(data)

    out = Out()
    write_rows(_batches(5), "csv", out, columns=list(_frame([]).columns), meta={}, summary=lambda: None)
    out.closed = True
    expected = b"".join(_csv(csv_table(frame)) for frame in _batches(5))
    assert bytes(out.data).split(b"\r\n", 1)[1] == expected
    assert b"'-0x" in out.data and b"'-4x" in out.data


def test_an_error_of_the_run_waits_for_the_last_write(writer_mode):
    from compliance.report.large import write_rows

    class Slow:
        def __init__(self) -> None:
            self.writes = 0
            self.closed = False

        def write(self, data) -> int:
            import time

            time.sleep(0.05)  # a slow disk: the run's error comes while this write is under way
            assert not self.closed
            self.writes += 1
            return len(data)

    def failing():
        yield from _batches(2)
        raise ValueError("a bad row")

    out = Slow()
    with pytest.raises(ValueError, match="bad row"):
        write_rows(failing(), "csv", out, columns=list(_frame([]).columns), meta={}, summary=lambda: None)
    out.closed = True
    assert out.writes == 3  # the header and both batches, all before write_rows raised


@settings(max_examples=60, deadline=None)
@given(cells=st.lists(st.one_of(st.none(), TEXT), max_size=20), block=st.integers(1, 9))
def test_the_byte_scan_in_small_blocks_finds_what_one_block_finds(cells, block):
    """A control character or a C1 control (two bytes) across the edge of two blocks is found."""
    import compliance.report._streamed as streamed

    frame = _frame(cells)
    whole = _csv(csv_table(frame))
    saved = streamed._BLOCK
    streamed._BLOCK = block
    try:
        assert _csv(csv_table(frame)) == whole == _expected(frame)
    finally:
        streamed._BLOCK = saved


def test_only_a_regular_file_is_written_by_a_thread(tmp_path):
    import io
    import os

    from compliance.report._streamed import _regular_file

    with open(tmp_path / "v.csv", "wb") as out:
        assert _regular_file(out)
    read, write = os.pipe()
    try:
        with os.fdopen(write, "wb") as out:
            assert not _regular_file(out)
    finally:
        os.close(read)
    assert not _regular_file(io.BytesIO())


def test_ctrl_c_interrupts_a_write_into_a_stalled_pipe(tmp_path):
    # review R1 F12: pyarrow writing straight into a pipe nobody reads never gave way to SIGINT (the run hung);
    # a pipe is written by Python's own write, which a Ctrl-C interrupts: exit 130, "interrupted"
    import csv
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    with open(root / "datasets" / "haidian-2022.csv", encoding="utf-8", newline="") as handle:
        seed = list(csv.DictReader(handle))
    panel = tmp_path / "panel.csv"
    with panel.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["county", "indicator", "period", "reported"])
        for county in range(300):  # ~10,000 rows: far more verdict bytes than a pipe holds (64 KiB)
            out.writerows((f"c{county:03d}", r["indicator"], r["period"], r["reported"]) for r in seed)
    read, write = os.pipe()
    child = subprocess.Popen(
        [sys.executable, "-m", "compliance.cli", "check", str(root / "rules" / "haidian-2022.yaml"), str(panel),
         "--by", "county", "--format", "csv"], stdout=write, stderr=subprocess.PIPE, cwd=root)
    os.close(write)
    try:
        time.sleep(4)  # the pipe fills; nobody reads it
        assert child.poll() is None, "the run ended before its output filled the pipe"
        child.send_signal(signal.SIGINT)
        error = child.communicate(timeout=60)[1].decode()
    finally:
        if child.poll() is None:
            child.kill()
        os.close(read)
    assert child.returncode == 130 and "Traceback" not in error
