"""The command line's CSV of a streamed run is assembled from factorised rows (``rows.VerdictParts``,
``report._streamed.CsvParts``): each region's cells and each distinct verdict's cells escaped and quoted once,
the rows' bytes joined. These tests hold it to the generic path, byte for byte: the same rows spread to a
table (``VerdictParts.table``), escaped by ``csv_table`` and written by pyarrow's CSV writer, on a panel whose
region, reported and source cells hold formulas, quotes, commas, line breaks and control characters, read
from a file whose own name needs quoting and a formula guard. And the factorisation itself changes no cell:
a batch's rows built once per distinct verdict equal the rows built one per cell.
"""

from __future__ import annotations

import csv
import io
import random

import pytest
from conftest import SEED_RULES
from test_stream import seed_rows

from compliance.plans.rules import load_rules
from compliance.report._streamed import CsvParts, csv_table, write_rows
from compliance.scale.stream import rows as stream_rows
from compliance.scale.stream import stream_check

pa = pytest.importorskip("pyarrow")
pa_csv = pytest.importorskip("pyarrow.csv")

BY = ("province", "county")
_REGIONS = (("p,1", "=cmd|' /C calc'!A0"), ('p"2"', 'a,"b"'), ("p\n3", "x\r\ny"), ("\x1b[31mred", "+1"),
            ("-2.3", "@SUM(A1)"), ("\tlead", "\rcr"), ("plain", "c1\x85x"), ("plain", "del\x7f"), ("ok", "ok"))
_REPORTED = ("=1+1", '"6"', "4\n5", "-3", " 4 ", "=HYPERLINK(1)", "a,b", "\x07bell", "-x", "+5%", "@x", "5\r", "")
_SOURCES = ("附件1", "=src", 'q"s', "l\nm", "-1", "", "\x1bE", "a,b")


@pytest.fixture()
def hostile(tmp_path, monkeypatch):
    """The seed dataset for nine regions with hostile names; a quarter of the reported cells and of the sources
    hostile, a few rows dropped (cells without a row); the file named ``=x,"y".csv`` (its ``source`` cells need a
    formula guard and quotes doubled), read by that relative name."""
    rng = random.Random(12)
    monkeypatch.chdir(tmp_path)
    path = '=x,"y".csv'
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\n")
        out.writerow(["province", "county", "indicator", "period", "reported", "source"])
        for k, (province, county) in enumerate(_REGIONS):
            for row in seed_rows():
                if rng.random() < 0.05:
                    continue
                text = rng.choice(_REPORTED) if rng.random() < 0.25 else row["reported"]
                source = rng.choice(_SOURCES) if k % 3 == 1 else row["source"]
                out.writerow([province, county, row["indicator"], row["period"], text, source])
    return path


def _generic(table):
    """The CSV rows of a table as the generic path writes them: escaped by csv_table, written by pyarrow."""
    buffer = pa.BufferOutputStream()
    pa_csv.write_csv(csv_table(table), buffer, pa_csv.WriteOptions(include_header=False, eol="\r\n"))
    return buffer.getvalue().to_pybytes()


@pytest.mark.parametrize(("periods", "lang"), [(["2022"], "zh"), ("all", "en"), (["2022"], None)])
@pytest.mark.parametrize("rows", [3, 1 << 14])
def test_assembled_bytes_are_the_generic_writers(hostile, periods, lang, rows, monkeypatch):
    monkeypatch.setattr(CsvParts, "ROWS", rows)  # a batch joined in several pieces, or in one
    rules = load_rules(SEED_RULES)
    batches = list(stream_check(rules, hostile, periods, by=BY, chunksize=200, lang=lang, arrow="parts"))
    assert len(batches) > 1
    written = b""
    for parts in batches:
        assert isinstance(parts, stream_rows.VerdictParts)
        mine = b"".join(bytes(piece) for piece in CsvParts.of(parts).lines())
        assert mine == _generic(parts.table())
        written += mine
    assert written.count(b"\r\n") >= sum(len(parts) for parts in batches)
    # the guards are there: the file's name, the regions, the reported cells
    assert b'"\'=x,""y"".csv:' in written and b"\"'=cmd|' /C calc'!A0\"" in written and b'"\'=1+1"' in written
    assert b"\x1b" not in written and b"\x07" not in written and b"\x7f" not in written


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_the_written_file_is_the_same_from_parts_or_tables(hostile, fmt):
    rules = load_rules(SEED_RULES)
    files = []
    for arrow in ("parts", True):
        run = stream_check(rules, hostile, "all", by=BY, chunksize=200, arrow=arrow)
        out = io.BytesIO()
        write_rows(iter(run), fmt, out, columns=run.columns, meta={"m": 1}, summary=lambda run=run: run.summary)
        files.append(out.getvalue())
    assert files[0] == files[1] and len(files[0]) > 10_000


@pytest.mark.parametrize(("periods", "lang"), [(["2022"], "zh"), ("all", "zh"), (["2022"], "en")])
def test_one_row_per_distinct_verdict_changes_no_cell(hostile, periods, lang, monkeypatch):
    """Rows built once per distinct verdict, then spread, equal rows built for every cell on its own."""
    import numpy as np

    rules = load_rules(SEED_RULES)
    shared = [parts.table() for parts in stream_check(rules, hostile, periods, by=BY, chunksize=200, lang=lang,
                                                      arrow="parts")]
    factorised = [len(parts.verdicts["status"]) < len(parts) for parts in stream_check(
        rules, hostile, periods, by=BY, chunksize=200, lang=lang, arrow="parts")]
    assert any(factorised)  # the panel repeats verdicts: some batch has fewer distinct verdicts than rows

    def each_its_own(batch, evidence):
        n = len(batch.cells)
        return np.arange(n, dtype=np.int64), np.arange(n, dtype=np.int64)

    monkeypatch.setattr(stream_rows, "distinct_verdicts", each_its_own)
    alone = list(stream_check(rules, hostile, periods, by=BY, chunksize=200, lang=lang, arrow=True))
    assert len(shared) == len(alone)
    for a, b in zip(shared, alone):
        assert a.column_names == b.column_names
        for name in a.column_names:
            assert a.column(name).to_pylist() == b.column(name).to_pylist(), name


def test_rows_of_one_verdict_differ_only_in_region_and_source(hostile):
    """Rows sharing a distinct verdict hold the same cells but their region and ``source`` cells; two rows with a
    different reported text never share one."""
    rules = load_rules(SEED_RULES)
    shared = 0
    for parts in stream_check(rules, hostile, ["2022"], by=BY, chunksize=200, arrow="parts"):
        table = parts.table().to_pylist()
        seen: dict[int, dict] = {}
        for row, group in zip(table, parts.group.tolist()):
            rest = {k: v for k, v in row.items() if k not in BY and k != "source"}
            assert seen.setdefault(group, rest) == rest
        shared += len(table) - len(seen)
    assert shared > 0
