"""The streamed CSV is read by pyarrow's reader: the same rows, cells and lines as pandas' reader gives.

``CsvChunks.chunks`` reads an uncompressed UTF-8 file with ``pyarrow.csv`` (about twice as fast as
pandas' reader on a panel) and falls back to pandas where pyarrow stops. Every frame (cells, dtypes,
index) and every row's line must equal what the pandas reader (``_pandas_chunks``) gives on the same
file, for files with blank lines, line breaks inside quoted cells (LF and CRLF), lone CRs, short and
long rows, a BOM, quoted empty cells; and an error found after such lines names the right line.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import SEED_RULES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance.errors import InputError
from compliance.plans.chunks import CsvChunks
from compliance.plans.rules import load_rules

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow.csv")

TRICKY = {
    "plain": "a,b,c\n1,2,3\n4,5,6\n7,8,9\n10,11,12\n",
    "crlf": "a,b,c\r\n1,2,3\r\n4,5,6\r\n7,8,9\r\n",
    "quoted-breaks": 'a,b,c\n1,"x\ny",3\n4,5,6\n7,"p\r\nq\nr",9\n10,11,12\n13,14,15\n',
    "empty-cells": 'a,b,c\n1,,3\n,"",\n7,8,9\n',
    "spaces": "a,b,c\n 1 , 2,3 \n4,5,6\n",
    "short-row": "a,b,c\n1,2,3\n4,5\n7,8,9\n10,11,12\n",
    "blank-lines": "a,b,c\n1,2,3\n\n4,5,6\n\n\n7,8,9\n",
    "blank-end": "a,b,c\n1,2,3\n4,5,6\n\n",
    "blank-crlf": "a,b,c\r\n1,2,3\r\n\r\n4,5,6\r\n\r\n",
    "blank-in-quotes": 'a,b,c\n1,"x\n\ny",3\n\n4,5,6\n',
    "no-final-newline": "a,b,c\n1,2,3\n4,5,6",
    "bom": "\ufeffa,b,c\n1,2,3\n4,5,6\n",
    "quote-inside": 'a,b,c\n1,ab"c,3\n"q""r",8,9\n',
    "lone-cr": 'a,b,c\r1,2,3\r4,"x\ry",6\r',
    "whitespace-line": "a,b,c\n1,2,3\n   \n4,5,6\n",
    "commas-only": "a,b,c\n1,2,3\n,,\n4,5,6\n",
    "header-only": "a,b,c\n",
    "one-column": "a\n1\n\n2\n\n",
    "wide-text": "a,b,c\n达到市级\u3000要求,６,3\n4,\"稳步\n增长\",6\n",
}


def _write(tmp_path: Path, text: str, name: str = "t.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _both(path: Path, chunksize: int, columns=None) -> tuple[list, list]:
    reader = CsvChunks(str(path))
    names = list(reader.titles)
    assert reader._arrow_reads()  # the fast reader is the one under test
    fast = list(reader.chunks(chunksize, names, columns))
    slow = list(CsvChunks(str(path))._pandas_chunks(chunksize, names, columns, text=True))
    return fast, slow


def _assert_same(fast: list, slow: list) -> None:
    assert len(fast) == len(slow)
    for (frame, lines), (frame0, lines0) in zip(fast, slow):
        pd.testing.assert_frame_equal(frame, frame0)  # cells, missing cells, dtypes and the index
        assert lines.tolist() == lines0.tolist()


@pytest.mark.parametrize("name", sorted(TRICKY))
@pytest.mark.parametrize("chunksize", [1, 2, 3, 100])
def test_arrow_reads_the_rows_and_lines_pandas_reads(tmp_path, name, chunksize):
    path = _write(tmp_path, TRICKY[name])
    _assert_same(*_both(path, chunksize))
    if name != "one-column":
        _assert_same(*_both(path, chunksize, columns=["b"]))


def test_a_late_row_arrow_refuses_is_read_by_pandas_from_where_arrow_stopped(tmp_path):
    """A short row after several chunks: pandas reads it (missing cells), and the rows before are not repeated."""
    body = "".join(f'{i},"x\ny{i}",{i}\n' for i in range(2500)) + "1,2\n" + "".join(f"{i},{i},{i}\n" for i in range(700))
    fast, slow = _both(_write(tmp_path, "a,b,c\n" + body), 1000)
    _assert_same(fast, slow)
    assert sum(len(frame) for frame, _ in fast) == 3201


def test_a_row_too_long_after_quoted_breaks_is_refused_at_its_line(tmp_path):
    body = "".join(f'{i},"x\ny",{i}\n' for i in range(3000)) + "9,9,9,9\n"
    path = _write(tmp_path, "a,b,c\n" + body)
    reader = CsvChunks(str(path))
    with pytest.raises(InputError) as caught:
        list(reader.chunks(1000, list(reader.titles)))
    with pytest.raises(InputError) as caught0:
        list(reader._pandas_chunks(1000, list(reader.titles), None, text=True))
    # the file's line (3,000 two-line rows after the header), and check's words for a value past the named columns
    assert caught.value.line == 6002 and caught.value.message.startswith("a value in column 4, which has no name")
    assert (caught.value.line, caught.value.message) == (caught0.value.line, caught0.value.message)


def test_an_error_after_blank_lines_and_multiline_cells_names_its_line(tmp_path):
    """The streamed run reports an unknown indicator at the line a person sees in an editor."""
    from compliance.scale.stream import stream_check

    text = (
        "county,indicator,period,reported\n"  # line 1
        'A,gdp_growth,2022,"6\n左右"\n'  # lines 2-3
        "\n"  # line 4: blank
        'A,water_use,2022,"3.2\r\n（达标）\n"\n'  # lines 5-7
        "\r\n"  # line 8: blank
        "A,no_such_indicator,2022,4\n"  # line 9
    )
    path = _write(tmp_path, text, "data.csv")
    assert CsvChunks(str(path))._arrow_reads()
    for chunksize in (1, 2, 100):
        with pytest.raises(InputError) as caught:
            stream_check(load_rules(SEED_RULES), path, ["2022"], as_of=2022, by=["county"], chunksize=chunksize).run()
        assert (caught.value.line, caught.value.message) == (9, "unknown indicator `no_such_indicator`")


def test_compressed_and_other_encodings_are_read_by_pandas(tmp_path):
    import gzip

    path = tmp_path / "t.csv.gz"
    path.write_bytes(gzip.compress(TRICKY["quoted-breaks"].encode("utf-8")))
    assert not CsvChunks(str(path), compressed=True)._arrow_reads()
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes(("a,b,c\n" + "达到市级要求,6,3\n" * 2000).encode("gb18030"))
    reader = CsvChunks(str(gbk))
    assert reader.encoding != "utf-8" and not reader._arrow_reads()
    assert sum(len(frame) for frame, _ in reader.chunks(500, list(reader.titles))) == 2000


CELL = st.one_of(
    st.just(""), st.sampled_from(["6以上", "8-9", "35左右", "-", "可完成", '"', ",", "\n", "\r\n", " ", "达到市级\n要求"]),
    st.text(alphabet=st.sampled_from('ab1,"\n\r 　６'), max_size=6),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELL, min_size=3, max_size=3), max_size=12), blank=st.booleans(), crlf=st.booleans(),
       chunksize=st.integers(1, 5))
def test_any_quoted_table_reads_the_same(tmp_path, rows, blank, crlf, chunksize):
    end = "\r\n" if crlf else "\n"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=end).writerows([["a", "b", "c"], *rows])
    text = buffer.getvalue()
    if blank:  # a blank line after the header and one at the end
        first = text.index(end) + len(end)
        text = text[:first] + end + text[first:] + end
    _assert_same(*_both(_write(tmp_path, text), chunksize))
