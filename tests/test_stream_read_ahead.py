"""The streamed reader reads the next chunk in a thread while the current batch is judged: errors still come out in
file order with their line, and a run stopped early leaves no thread behind."""

from __future__ import annotations

import threading

import pytest
from test_stream import RULES, expected, panel, streamed

from compliance.errors import InputError
from compliance.scale.stream import stream_check

pytest.importorskip("pandas")
pytest.importorskip("pyarrow")


def _readers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "compliance-read-ahead"]


def test_read_ahead_gives_the_verdicts_of_check(tmp_path):
    path = panel(tmp_path / "panel.csv", regions=7)
    assert streamed(stream_check(RULES, path, ["2022"], by=["province", "county"], chunksize=5)) \
        == expected(path, ["2022"])
    assert not _readers()


def test_an_error_comes_after_the_batches_before_it_with_its_line(tmp_path):
    path = panel(tmp_path / "panel.csv", regions=6)
    lines = path.read_text(encoding="utf-8").splitlines()
    bad = len(lines) - 20  # a row near the end: its chunk is read ahead while earlier batches are judged
    cells = lines[bad - 1].split(",")
    cells[2] = "no_such_indicator"
    lines[bad - 1] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = stream_check(RULES, path, ["2022"], by=["province", "county"], chunksize=10)
    batches = 0
    with pytest.raises(InputError) as caught:
        for _ in run:
            batches += 1
    assert batches >= 2 and caught.value.line == bad and "no_such_indicator" in str(caught.value)
    assert not _readers()


def test_a_run_stopped_early_leaves_no_reading_thread(tmp_path):
    path = panel(tmp_path / "panel.csv", regions=8)
    run = stream_check(RULES, path, ["2022"], by=["province", "county"], chunksize=5)
    batches = iter(run)
    next(batches)
    assert len(_readers()) == 1
    batches.close()
    assert not _readers()
