"""A streamed CSV written past the page cache (report/_direct.DirectSink, Linux O_DIRECT): the same bytes in the
file whatever the offset the rows start at, the sizes of the writes, a refused or short direct write, a file
opened for appending or a standard stream (written as before), and bytes written around the sink."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

from compliance.report import _direct
from compliance.report._direct import ALIGN, DirectSink


def _direct_writes_here(folder: Path) -> bool:
    """Whether this file system takes O_DIRECT writes (a tmpfs may not: the sink then writes as before)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "O_DIRECT"):
        return False
    probe = folder / "probe"
    probe.write_bytes(b"")
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_DIRECT))
    except OSError:
        return False
    return True


@pytest.fixture
def folder(tmp_path):
    """A folder whose file system takes O_DIRECT writes where one is at hand: the test's temporary folder, or else
    (a tmpfs /tmp) one made beside this file, on the checkout's file system. Where neither takes them the sink's
    fallback alone is tested; under CI on Linux that fails instead, saying why, so the direct path is never left
    untested without a word."""
    if _direct_writes_here(tmp_path):
        yield tmp_path
        return
    import shutil
    import tempfile

    beside = Path(tempfile.mkdtemp(prefix=".direct-", dir=Path(__file__).parent))
    try:
        if _direct_writes_here(beside):
            yield beside
            return
        if os.environ.get("CI") and sys.platform.startswith("linux"):
            pytest.fail(f"neither {tmp_path} nor {beside} takes O_DIRECT writes: the direct path of "
                        "report/_direct.DirectSink would go untested (point TMPDIR at a disk-backed folder)")
        yield tmp_path
    finally:
        shutil.rmtree(beside, ignore_errors=True)


def _pieces(seed: int, total: int) -> list[bytes]:
    rng = random.Random(seed)
    out, size = [], 0
    while size < total:
        n = rng.choice([1, 7, 100, ALIGN - 1, ALIGN, ALIGN + 1, 3 * ALIGN + 5, 50_000])
        out.append(bytes(rng.randrange(256) for _ in range(min(n, 64))) * (n // 64 + 1))
        out[-1] = out[-1][:n]
        size += n
    return out


@pytest.mark.parametrize("head", [0, 1, 3, ALIGN - 1, ALIGN, ALIGN + 17])
@pytest.mark.parametrize("block", [ALIGN, 4 * ALIGN])
def test_the_file_holds_every_byte_in_order(folder, head, block):
    pieces = _pieces(head * 31 + block, 20 * block + 123)
    path = folder / "v.csv"
    with open(path, "wb") as out:
        out.write(b"h" * head)  # a header (and a BOM) written before, through the file
        sink = DirectSink(out, block)
        assert sink.direct == _direct_writes_here(folder)
        for piece in pieces:
            sink.write(memoryview(piece))
        sink.close()
        out.write(b"after")  # the caller's own writes go on after the rows
    assert path.read_bytes() == b"h" * head + b"".join(pieces) + b"after"


@pytest.mark.parametrize("failure", ["refused", "short", "second refused"])
def test_a_refused_or_short_direct_write_is_written_as_before(folder, monkeypatch, failure):
    calls = []
    real = os.pwrite

    def pwrite(fd, data, offset):
        calls.append(offset)
        if failure == "refused" or (failure == "second refused" and len(calls) == 2):
            raise OSError(22, "Invalid argument")
        if failure == "short":
            return real(fd, memoryview(data)[:ALIGN], offset)
        return real(fd, data, offset)

    monkeypatch.setattr(_direct.os, "pwrite", pwrite)
    pieces = _pieces(7, 12 * ALIGN)
    path = folder / "v.csv"
    with open(path, "wb") as out:
        out.write(b"x" * 10)
        sink = DirectSink(out, 2 * ALIGN)
        for piece in pieces:
            sink.write(piece)
        sink.close()
    assert path.read_bytes() == b"x" * 10 + b"".join(pieces)
    if _direct_writes_here(folder):
        assert calls  # a direct write was tried
        assert not sink.direct  # and given up after the failure


def test_plain_writes_what_it_holds_before_the_callers_own_bytes(tmp_path):
    path = tmp_path / "v.csv"
    with open(path, "wb") as out:
        sink = DirectSink(out, ALIGN)
        sink.write(b"a" * (3 * ALIGN + 5))
        sink.plain()
        out.write(b"<pyarrow's own>")
        sink.write(b"b" * ALIGN)  # after plain: through the file
        sink.close()
    assert path.read_bytes() == b"a" * (3 * ALIGN + 5) + b"<pyarrow's own>" + b"b" * ALIGN


def test_a_file_opened_for_appending_and_a_buffer_are_written_as_before(tmp_path):
    import io

    path = tmp_path / "v.csv"
    path.write_bytes(b"old\n")
    with open(path, "ab") as out:
        sink = DirectSink(out, ALIGN)
        assert not sink.direct
        sink.write(b"z" * (5 * ALIGN))
        sink.close()
    assert path.read_bytes() == b"old\n" + b"z" * (5 * ALIGN)
    buffer = io.BytesIO()
    sink = DirectSink(buffer, ALIGN)
    assert not sink.direct
    sink.write(b"q" * (2 * ALIGN + 1))
    sink.close()
    assert buffer.getvalue() == b"q" * (2 * ALIGN + 1)


def test_abandon_writes_nothing_more(tmp_path):
    path = tmp_path / "v.csv"
    with open(path, "wb") as out:
        sink = DirectSink(out, ALIGN)
        sink.write(b"a" * (ALIGN + 10))
        sink.abandon()
        sink.abandon()
    data = path.read_bytes()  # at most what was given; none of it after abandon
    assert len(data) <= ALIGN + 10 and set(data) <= {ord("a")}


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_the_command_writes_the_same_bytes_to_a_file_as_to_its_output(tmp_path, fmt):
    """The by-region CSV (JSON) written to a file (direct where it may) is the one written to standard output."""
    import subprocess

    root = Path(__file__).resolve().parents[1]
    rules, data = root / "rules" / "haidian-2022.yaml", root / "datasets" / "haidian-2022.csv"
    panel = tmp_path / "panel.csv"
    import csv

    with data.open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    with panel.open("w", encoding="utf-8", newline="") as handle:  # enough regions for several direct writes
        out = csv.writer(handle)
        out.writerow(["region", *header])
        for region in range(400):
            out.writerows([f"r{region:04d}", *row] for row in rows)
    args = [sys.executable, "-m", "compliance.cli", "check", str(rules), str(panel), "--by", "region", "--period",
            "2022", "--chunk-size", "3000", "--format", fmt]
    env = {**os.environ, "PYTHONPATH": str(root)}
    piped = subprocess.run(args + ["-o", "-"], capture_output=True, env=env, cwd=tmp_path)
    assert piped.returncode in (0, 1), piped.stderr.decode()
    written = subprocess.run(args + ["-o", str(tmp_path / f"v.{fmt}")], capture_output=True, env=env, cwd=tmp_path)
    assert written.returncode == piped.returncode, written.stderr.decode()
    assert len(piped.stdout) > 4 << 20  # more than one of the sink's blocks (4 MiB)
    def same(data: bytes) -> list[bytes]:  # a JSON report's header names when it was made: not compared
        return [line for line in data.split(b"\n") if b'"generated"' not in line and b'"elapsed' not in line]

    assert same((tmp_path / f"v.{fmt}").read_bytes()) == same(piped.stdout)
    assert len((tmp_path / f"v.{fmt}").read_bytes()) == len(piped.stdout) or fmt == "json"
