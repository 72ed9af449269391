"""The floor of ``benchmarks/stream_bench.py --floor`` (stop 26): its child reads the panel as the streamed reader
does and writes the run's bytes unchanged, and prints its timed part and what reading those bytes back cost (left
out of the process's figures). The child is a program in a string: a slip in it (an escape the outer string
turns into a line break) fails only when the floor is run by hand, so it is run here on a small panel."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pandas")
pytest.importorskip("pyarrow.csv")

ROOT = Path(__file__).resolve().parents[1]


def _bench():
    spec = importlib.util.spec_from_file_location("stream_bench_s26", ROOT / "benchmarks" / "stream_bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _child(step: str, panel: Path, verdicts: Path, out: Path) -> list[float]:
    bench = _bench()
    done = subprocess.run([sys.executable, "-c", bench._FLOOR_CHILD, step, str(panel), str(verdicts), str(out)],
                          cwd=ROOT, capture_output=True, text=True, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-2000:]
    return [float(x) for x in done.stdout.split()]


def test_the_floor_child_writes_the_runs_bytes_and_says_what_their_read_back_cost(tmp_path: Path) -> None:
    panel = tmp_path / "panel.csv"
    assert _bench().make_panel(panel, 2_000) == 2_000
    verdicts = tmp_path / "v.csv"
    verdicts.write_bytes(os.urandom(5 << 20) + b"tail")  # more than one 3 MiB piece, and a part past the last block
    out = tmp_path / "w.csv"
    figures = _child("write", panel, verdicts, out)
    assert len(figures) == 4 and all(x >= 0 for x in figures)  # timed cpu, wall; read-back cpu, wall
    assert out.read_bytes() == verdicts.read_bytes()


def test_the_floor_child_reads_every_row_as_text(tmp_path: Path) -> None:
    """The read step reads as the run's reader: a cell with a line break in quotes is one cell, and a row of another
    length stops it, as pyarrow's reader stops the run."""
    panel = tmp_path / "panel.csv"
    panel.write_text('province,county,indicator,period,reported,source\n'
                     'p,c,gdp_growth,2022,"6.5\n(line two)",附件1\n', encoding="utf-8")
    figures = _child("read", panel, panel, tmp_path / "unused.csv")
    assert len(figures) == 4 and figures[2] < 0.05  # nothing read back for a read step
    panel.write_text("province,county,indicator,period,reported,source\np,c,gdp_growth,2022\n", encoding="utf-8")
    bench = _bench()
    done = subprocess.run([sys.executable, "-c", bench._FLOOR_CHILD, "read", str(panel), str(panel), "x"],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode != 0 and "Expected 6 columns" in done.stderr
