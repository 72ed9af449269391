"""The streamed run finds ``as_of`` (the latest year the file reports on) while it reads, with no pass of its own over
the ``period`` column: the verdicts are check's as of the file's latest year even where the first rows do not name it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from test_stream import RULES, expected, panel, streamed

from compliance.scale.stream import stream_check

pytest.importorskip("pandas")
pytest.importorskip("pyarrow")


def later_years_later(path: Path, *, first: int = 2, regions: int = 5) -> Path:
    """A panel whose first ``first`` regions report 2021 and 2022 only, the rest 2023 too (their 2022 rows again)."""
    panel(path, regions=regions, shuffle=False)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    out = [rows[0]]
    counties = [f"C{r}" for r in range(first)]
    for row in rows[1:]:
        out.append(row)
        if row[1] not in counties and row[3] == "2022":
            out.append([*row[:3], "2023", row[4], row[5]])
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(out)
    return path


@pytest.mark.parametrize("periods", [["2022"], ["2023"], ["2021"], "all"], ids=str)
@pytest.mark.parametrize("chunksize", [7, 100_000])
def test_a_later_year_met_after_the_first_rows_is_the_runs_as_of(tmp_path, periods, chunksize):
    path = later_years_later(tmp_path / "panel.csv")
    run = stream_check(RULES, path, periods, by=["province", "county"], chunksize=chunksize)
    assert streamed(run) == expected(path, periods)  # as of 2023, the file's latest year
    assert run.as_of == 2023 and run.summary.as_of == 2023


def test_as_of_asked_before_the_run_is_read_from_the_file(tmp_path):
    path = later_years_later(tmp_path / "panel.csv")
    run = stream_check(RULES, path, ["2022"], by=["province", "county"], chunksize=7)
    assert run.as_of == 2023  # the JSON report's header needs it before the first verdict
    assert streamed(run) == expected(path, ["2022"]) and run.summary.as_of == 2023


def test_a_given_as_of_is_kept(tmp_path):
    path = later_years_later(tmp_path / "panel.csv")
    run = stream_check(RULES, path, ["2022"], as_of=2022, by=["province", "county"], chunksize=7)
    assert streamed(run) == expected(path, ["2022"], as_of=2022) and run.as_of == 2022
