"""The streamed reader yields pyarrow Tables, with no pandas on its path: what the Tables must keep.

``TableChunks.chunks(..., arrow=True)`` gives the cells the DataFrame mode gives (a missing cell null
where the frame holds NaN, every other cell its text), whichever reader reads the file (pyarrow's; pandas'
for a file pyarrow refuses; Parquet). ``PanelReader.batches`` yields Tables of whole regions: text columns
arrow ``string`` (region cells stripped), ``_line``, ``_ind``, ``_per``, ``_region`` int64. Each case is
checked either side: a blank cell against a missing one, a region carried across chunks against two
regions, a region cell with spaces against another region's.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from compliance.errors import InputError
from compliance.plans.chunks import CsvChunks, ParquetChunks
from compliance.scale.stream.read import PanelReader

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")

HEAD = "province,county,indicator,period,reported,source\n"
IDS = ["gdp", "jobs"]


def _write(tmp_path: Path, text: str, name: str = "p.csv", encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def _cells(frame) -> dict[str, list]:
    return {name: [None if v is None or (isinstance(v, float) and v != v) else v for v in frame[name].tolist()]
            for name in frame.columns}


def _same_as_frames(reader_of, chunksize: int) -> list:
    frames = list(reader_of().chunks(chunksize))
    tables = list(reader_of().chunks(chunksize, arrow=True))
    assert len(frames) == len(tables)
    for (frame, lines), (table, table_lines) in zip(frames, tables):
        assert isinstance(table, pa.Table)
        assert all(column.type == pa.string() for column in table.columns)
        assert table_lines.dtype == np.int64 and lines.tolist() == table_lines.tolist()
        assert _cells(frame) == {name: table.column(name).to_pylist() for name in table.column_names}
    return tables


def test_a_missing_cell_is_null_and_a_blank_one_its_spaces(tmp_path):
    path = _write(tmp_path, HEAD + 'a,b,gdp,2022,,s\na,b,gdp,2021,"",s\na,b,jobs,2022,   ,s\na,b,jobs,2021,4, \n')
    (table, lines), = _same_as_frames(lambda: CsvChunks(path), 10)
    assert table.column("reported").to_pylist() == [None, None, "   ", "4"]
    assert table.column("source").to_pylist() == ["s", "s", "s", " "]
    assert lines.tolist() == [2, 3, 4, 5]


@pytest.mark.parametrize("case", ["wider", "gb18030", "gzip", "short-row-later"])
def test_files_pyarrow_refuses_give_the_same_tables(tmp_path, case):
    rows = "".join(f"p,c{i // 4},{IDS[i % 2]},{2021 + i % 4 // 2},{i}.5,附件\n" for i in range(40))
    if case == "wider":
        path = _write(tmp_path, HEAD + rows + "p,c99,gdp,2022,1,s,,\n")
    elif case == "gb18030":
        path = _write(tmp_path, HEAD + rows, encoding="gb18030")
    elif case == "gzip":
        path = str(tmp_path / "p.csv.gz")
        Path(path).write_bytes(gzip.compress((HEAD + rows).encode()))
        tables = _same_as_frames(lambda: CsvChunks(path, compressed=True), 7)
        assert sum(t.num_rows for t, _ in tables) == 40
        return
    else:
        path = _write(tmp_path, HEAD + rows + "p,c99,gdp\n" + rows)
    tables = _same_as_frames(lambda: CsvChunks(path), 7)
    assert sum(t.num_rows for t, _ in tables) >= 40


def test_parquet_keeps_an_empty_text_and_a_null_apart(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = str(tmp_path / "p.parquet")
    pq.write_table(pa.table({"indicator": ["gdp", "jobs", "gdp"], "period": [2022, 2022, None],
                             "reported": pa.array(["", None, "4"], pa.large_string())}), path)
    (table, lines), = _same_as_frames(lambda: ParquetChunks(path), 10)
    assert table.column("reported").to_pylist() == ["", None, "4"]
    assert table.column("period").to_pylist() == ["2022", "2022", None]
    assert lines.tolist() == [1, 2, 3]


def _batches(path: str, by=("province", "county"), chunksize: int = 3) -> tuple[PanelReader, list]:
    reader = PanelReader(path, by, IDS, chunksize)
    return reader, list(reader.batches())


def test_a_batch_is_a_table_of_text_and_int64_columns(tmp_path):
    path = _write(tmp_path, HEAD + "p,a,gdp,2022,1,s\np,a,jobs,2022,,s\n\np,b,gdp,2022,2,\n")
    reader, batches = _batches(path, chunksize=10)
    table = pa.concat_tables(batches)
    assert table.column_names == ["province", "county", "indicator", "period", "reported", "source",
                                  "_line", "_ind", "_per", "_region"]
    assert [str(t) for t in table.schema.types] == ["string"] * 6 + ["int64"] * 4
    assert table.column("reported").to_pylist() == ["1", None, "2"]
    assert table.column("source").to_pylist() == ["s", "s", None]
    assert table.column("_line").to_pylist() == [2, 3, 5]  # the blank line 4 is no row
    assert table.column("_ind").to_pylist() == [0, 1, 0]
    assert table.column("_region").to_pylist() == [0, 0, 1]
    assert reader.rows_read == 3
    assert all(column.num_chunks == 1 for batch in batches for column in batch.columns)


def test_a_line_of_blank_cells_is_dropped_but_a_row_missing_its_indicator_is_refused(tmp_path):
    blank = _write(tmp_path, HEAD + "p,a,gdp,2022,1,s\n , ,  ,, ,\np,a,jobs,2022,2,s\n", "blank.csv")
    reader, batches = _batches(blank)
    assert sum(batch.num_rows for batch in batches) == 2 and reader.rows_read == 2
    missing = _write(tmp_path, HEAD + "p,a,gdp,2022,1,s\n , ,  ,, 3,\np,a,jobs,2022,2,s\n", "missing.csv")
    with pytest.raises(InputError) as error:
        _batches(missing)
    assert error.value.line == 3


def test_a_region_carried_across_chunks_is_one_region_and_a_split_one_is_refused(tmp_path):
    rows = "".join(f"p,a,{IDS[i % 2]},{2018 + i // 2},{i},s\n" for i in range(8)) + "p,b,gdp,2022,1,s\n"
    reader, batches = _batches(_write(tmp_path, HEAD + rows, "carried.csv"), chunksize=3)
    regions = [(batch.column("county").to_pylist(), batch.column("_region").to_pylist()) for batch in batches]
    assert regions[0] == (["a"] * 8, [0] * 8)  # a's 8 rows, read in three chunks, come out together
    assert regions[-1] == (["b"], [1])
    assert pa.concat_tables(batches).column("_line").to_pylist() == list(range(2, 11))
    split = HEAD + "p,a,gdp,2022,1,s\np,a,jobs,2022,1,s\np,b,gdp,2022,2,s\np,b,jobs,2022,2,s\np,a,gdp,2021,3,s\n"
    with pytest.raises(InputError, match="go on here after other regions") as error:
        _batches(_write(tmp_path, split, "split.csv"), chunksize=2)
    assert error.value.line == 6


def test_a_region_cell_with_spaces_is_stripped_as_load_dataset_strips_it(tmp_path):
    same = HEAD + " p , a ,gdp,2022,1,s\np,a,jobs,2022,2,s\n p,b ,gdp,2022,3,s\n"
    _, batches = _batches(_write(tmp_path, same, "same.csv"), chunksize=1)
    table = pa.concat_tables(batches)
    assert table.column("province").to_pylist() == ["p", "p", "p"]
    assert table.column("county").to_pylist() == ["a", "a", "b"]
    assert table.column("_region").to_pylist() == [0, 0, 1]  # " a " and "a": one region
    other = HEAD + " p , a ,gdp,2022,1,s\np,b,jobs,2022,2,s\np,a,jobs,2022,2,s\n"
    with pytest.raises(InputError, match="region p / a go on"):
        _batches(_write(tmp_path, other, "other.csv"), chunksize=1)
    blank = HEAD + "p,a,gdp,2022,1,s\np,  ,jobs,2022,2,s\n"
    with pytest.raises(InputError) as error:
        _batches(_write(tmp_path, blank, "blank.csv"))
    assert error.value.line == 3


def test_a_duplicate_row_is_refused_with_both_lines(tmp_path):
    def refuse(path: str, chunksize: int) -> int:
        reader, batches = _batches(path, chunksize=chunksize)
        for batch in batches:
            reader.refuse_duplicates(batch, reader.units(batch)[0])
        return sum(len(batch) for batch in batches)

    path = _write(tmp_path, HEAD + "p,a,gdp,2022,1,s\np,a,jobs,2022,2,s\np,a, gdp ,2022,3,s\np,b,gdp,2022,3,s\n")
    with pytest.raises(InputError, match="p / a") as error:
        refuse(path, 10)
    assert error.value.line == 4 and "line 2" in str(error.value)
    with pytest.raises(InputError) as error:  # the region held longer than a chunk: refused while read
        list(_batches(path, chunksize=1)[1])
    assert error.value.line == 4
    ok = _write(tmp_path, HEAD + "p,a,gdp,2022,1,s\np,a,jobs,2022,2,s\np,a,gdp,2021,3,s\np,b,gdp,2022,3,s\n", "ok.csv")
    assert refuse(ok, 10) == 4


def test_the_reader_imports_no_pandas(tmp_path):
    path = _write(tmp_path, HEAD + "p,a,gdp,2022,1,s\np,a,jobs,2021,,s\np,b,gdp,2022,2,s\n")
    code = (
        "import sys\nfrom compliance.scale.stream.read import PanelReader\n"
        f"r = PanelReader({path!r}, ('province', 'county'), ['gdp', 'jobs'], 2)\n"
        "assert sorted(r.scan_periods()) == ['2021', '2022']\n"
        "assert sum(b.num_rows for b in r.batches()) == 3\n"
        "print('pandas' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
