"""A report whose reader closes the pipe early (``compliance check | head -1``) is no success.

As a Unix tool killed by SIGPIPE ends, the command exits 141 (128 + SIGPIPE) and says nothing: no
traceback, no "Exception ignored" from the interpreter's last flush. A reader that takes the whole
report leaves the exit status what the verdicts make it (0 here).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = (str(ROOT / "rules" / "haidian-2022.yaml"), str(ROOT / "datasets" / "haidian-2022.csv"))


def _run(args: list[str], tmp_path: Path, *, closed: bool) -> subprocess.CompletedProcess[bytes]:
    """``compliance args`` writing into a pipe whose read end is closed (``closed``) or read to the end."""
    read, write = os.pipe()
    if closed:
        os.close(read)  # every write into the pipe fails with EPIPE, as after `head -1` has left
    try:
        done = subprocess.Popen(
            [sys.executable, "-m", "compliance.cli", *args], stdout=write, stderr=subprocess.PIPE, cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    finally:
        os.close(write)
    out = b""
    if not closed:
        with os.fdopen(read, "rb") as pipe:
            out = pipe.read()
    _, err = done.communicate(timeout=300)
    return subprocess.CompletedProcess(args, done.returncode, out, err)


@pytest.mark.parametrize("args", [
    pytest.param(["check"], id="whole-table"),
    pytest.param(["check", "--period", "all", "--format", "json"], id="whole-json"),
    pytest.param(["check", *SEED, "--stream", "--format", "csv"], id="streamed-csv"),
    pytest.param(["check", "-o", "-"], id="output-dash"),
    pytest.param(["explain", "6以上", "4"], id="explain"),
])
def test_closed_pipe_exits_141_quietly(args: list[str], tmp_path: Path) -> None:
    done = _run(args, tmp_path, closed=True)
    assert done.returncode == 141
    assert done.stderr == b""


def test_extract_into_closed_pipe_exits_141_and_still_writes_its_files(tmp_path: Path) -> None:
    done = _run(["extract", str(ROOT / "tests" / "documents" / "haidian-2022.txt"), "-o", str(tmp_path / "out")],
                tmp_path, closed=True)
    assert (done.returncode, done.stderr) == (141, b"")
    assert {p.name for p in (tmp_path / "out").iterdir()} == {"rules.yaml", "data.csv", "extract.json"}


def test_a_pipe_read_to_the_end_is_success(tmp_path: Path) -> None:
    done = _run(["check", *SEED, "--stream", "--format", "csv"], tmp_path, closed=False)
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout.startswith(b"indicator,")
