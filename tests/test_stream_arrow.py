"""`stream_check(arrow=True)`: the command line's batches as pyarrow Tables, the library's DataFrames made from them.

Both come from one builder (``rows.verdict_table``); the DataFrame is that table as pandas holds it. These
tests hold the two to the same cells, and the CSV and JSON written from either to the same bytes, on a
panel with every kind of row (previous years, words, missing rows, plan periods) and hostile cells (a
formula, a control character, a quote, a line break) that the writer must escape in both.
"""

from __future__ import annotations

import io
import math

import pytest
from conftest import SEED_RULES
from test_stream import panel

from compliance.plans.rules import load_rules
from compliance.report.large import write_rows
from compliance.scale.stream import stream_check

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")

BY = ("province", "county")
_HOSTILE = ("=HYPERLINK(1)", "4\x1b[31m", '5 "quoted"', "6\n以上", "-2.3", "+7")


@pytest.fixture()
def hostile(tmp_path):
    """A panel whose reported cells include formulas, an escape, quotes and a line break."""
    path = panel(tmp_path / "panel.csv", regions=5, drop=0.1, years=("2021", "2022"))
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    out = [lines[0]]
    for n, line in enumerate(lines[1:]):
        cells = line.rstrip("\r\n").split(",")
        if n % 7 == 0 and len(cells) == 6 and '"' not in line:
            text = _HOSTILE[(n // 7) % len(_HOSTILE)]
            cells[4] = '"' + text.replace('"', '""') + '"'
            line = ",".join(cells) + "\n"
        out.append(line)
    path.write_text("".join(out), encoding="utf-8")
    return path


def _cell(value):
    """A DataFrame cell as the arrow table's Python value (missing: None)."""
    return None if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA else value


@pytest.mark.parametrize(("periods", "lang"), [(["2022"], "zh"), ("all", "en"), (["2022"], None)])
def test_tables_hold_the_cells_of_the_dataframes(hostile, periods, lang):
    rules = load_rules(SEED_RULES)
    frames = list(stream_check(rules, hostile, periods, by=BY, chunksize=40, lang=lang))
    tables = list(stream_check(rules, hostile, periods, by=BY, chunksize=40, lang=lang, arrow=True))
    assert len(frames) == len(tables) > 1
    for frame, table in zip(frames, tables):
        assert isinstance(table, pa.Table)
        assert table.column_names == list(frame.columns)
        for name in table.column_names:
            assert table.column(name).to_pylist() == [_cell(v) for v in frame[name].tolist()], name
        for name in ("indicator", "status", "reason", "severity", "progress"):  # a few words, each once
            assert pa.types.is_dictionary(table.column(name).type)
            assert isinstance(frame[name].dtype, pd.CategoricalDtype)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_the_writer_writes_the_same_bytes_from_either(hostile, fmt, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1677628800")
    rules = load_rules(SEED_RULES)
    written = []
    for arrow in (False, True):
        run = stream_check(rules, hostile, "all", by=BY, chunksize=40, arrow=arrow)
        out = io.BytesIO()
        write_rows(iter(run), fmt, out, columns=run.columns, meta={"m": 1}, summary=lambda run=run: run.summary)
        written.append(out.getvalue())
    frames, tables = written
    assert frames == tables
    assert b"'=HYPERLINK(1)" in tables and b"\x1b" not in tables  # escaped, from the table too
    assert "missed".encode() in tables and "未达标".encode() in tables
