"""A lone CR inside a quoted CSV cell is no line: check and the stream give every row after it the same line.

A record ends its line; a line break inside a quoted cell (LF, CRLF) is one more line; a carriage return
alone inside a cell is none (the line ``grep -n`` and an editor on a LF file show). check read it as a
line (Python's csv counts universal newlines), the stream did not, so the sources after it differed by one.
A file whose lines all end in CR (old Mac) still has a line per record.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED_DATA, SEED_RULES

from compliance.errors import InputError
from compliance.plans.check import check
from compliance.plans.datasets import load_dataset
from compliance.plans.readers import csv_records
from compliance.plans.rules import load_rules
from compliance.scale.stream import stream_check

pd = pytest.importorskip("pandas")

RULES = load_rules(SEED_RULES)
IDS = [indicator.id for indicator in RULES.indicators]


def _with_cells(tmp_path: Path, breaks: dict[str, str], *, ending: str = "\n") -> Path:
    """The seed dataset, the source cell of the rows starting with each key quoted with its line break inside."""
    out = []
    for text in SEED_DATA.read_text(encoding="utf-8").splitlines():
        for start, inside in breaks.items():
            if text.startswith(start):
                head, source = text.rsplit(",", 1)
                text = f'{head},"{source}{inside}注"'
        out.append(text)
    path = tmp_path / "cells.csv"
    path.write_bytes((ending.join(out) + ending).encode("utf-8"))
    return path


def _lines_of_check(path: Path) -> dict[tuple[str, str], int]:
    return {(j.indicator.id, j.period): j.row.line
            for j in check(RULES, load_dataset(path, IDS), ["2022"], as_of=2022) if j.row is not None}


def _lines_of_stream(path: Path, chunksize: int) -> dict[tuple[str, str], int]:
    frame = pd.concat(list(stream_check(RULES, path, ["2022"], chunksize=chunksize)), ignore_index=True)
    return {(r["indicator"], r["period"]): int(r["source"].rsplit(":", 1)[1])
            for r in frame.to_dict("records") if isinstance(r["source"], str)}


def _line_of(path: Path, start: str) -> int:
    """The 1-based line of the line starting with ``start``, lines ending in LF only (as grep -n counts)."""
    return next(n for n, text in enumerate(path.read_bytes().decode("utf-8").split("\n"), 1) if text.startswith(start))


def test_records_count_lf_inside_cells_and_not_a_lone_cr() -> None:
    text = 'a,b\n1,"x\ry"\n2,"x\r\ny"\n3,"x\ny"\n4,z\n'
    assert [(line, cells[0][1]) for line, cells in csv_records("t.csv", text)] == [
        (1, "a"), (2, "1"), (3, "2"), (5, "3"), (7, "4"),
    ]


def test_a_file_of_cr_line_ends_has_a_line_per_record() -> None:
    assert [line for line, _ in csv_records("t.csv", "a,b\r1,2\r\r3,4\r")] == [1, 2, 3, 4]


@pytest.mark.parametrize("chunksize", [3, 5000])
def test_a_lone_cr_in_a_cell_shifts_no_line_on_either_path(tmp_path: Path, chunksize: int) -> None:
    # a lone CR in a 2021 row's cell, a CRLF in another's: the 2022 rows after them are where grep -n finds them
    path = _with_cells(tmp_path, {"construction_land,2021,": "\r", "water_use,2021,": "\r\n"})
    whole = _lines_of_check(path)
    assert whole[("construction_land", "2022")] == _line_of(path, "construction_land,2022,")
    assert whole[("gdp_growth", "2022")] == _line_of(path, "gdp_growth,2022,")
    assert _lines_of_stream(path, chunksize) == whole


def test_a_crlf_file_with_a_lone_cr_in_a_cell_agrees_too(tmp_path: Path) -> None:
    path = _with_cells(tmp_path, {"construction_land,2021,": "\r"}, ending="\r\n")
    whole = _lines_of_check(path)
    assert whole[("gdp_growth", "2022")] == _line_of(path, "gdp_growth,2022,")
    assert _lines_of_stream(path, 5000) == whole


def test_an_error_after_a_lone_cr_names_the_same_line_on_both_paths(tmp_path: Path) -> None:
    path = _with_cells(tmp_path, {"construction_land,2021,": "\r"})
    text = path.read_bytes().decode("utf-8").replace("gdp_growth,2022,", "gdp_growht,2022,")
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(InputError) as whole:
        load_dataset(path, IDS)
    with pytest.raises(InputError) as streamed:
        for _ in stream_check(RULES, path, ["2022"], chunksize=3).run():
            pass
    assert whole.value.line == streamed.value.line == _line_of(path, "gdp_growht,2022,")
