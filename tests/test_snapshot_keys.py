"""Snapshot keys take a file by its size and modification time (as Python's bytecode cache does), by its
bytes when it changed in the last seconds: a snapshot is never read for a file that changed."""

from __future__ import annotations

import os
import time
from pathlib import Path

from compliance.language import snapshot

HOUR = 3600 * 10**9


def aged(path: Path, text: str, mtime_ns: int) -> Path:
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(mtime_ns, mtime_ns))
    return path


def test_an_old_file_is_taken_by_size_and_time_not_bytes(tmp_path):
    then = time.time_ns() - HOUR
    path = aged(tmp_path / "zh.yaml", "a: 1\n", then)
    print_ = snapshot.fingerprint(path)
    assert not print_.startswith(b"bytes") and str(then).encode() in print_
    assert snapshot.fingerprint(path) == print_  # the same file, the same key


def test_an_edit_keeping_the_size_changes_the_key(tmp_path):
    then = time.time_ns() - HOUR
    path = aged(tmp_path / "zh.yaml", "a: 1\n", then)
    before = snapshot.key([path])
    aged(path, "a: 2\n", then + 1)  # same size, one nanosecond later
    assert snapshot.key([path]) != before


def test_a_file_changed_just_now_is_taken_by_its_bytes(tmp_path):
    now = time.time_ns()
    path = aged(tmp_path / "zh.yaml", "a: 1\n", now)
    first = snapshot.key([path])
    aged(path, "a: 2\n", now)  # same size, same time (a coarse clock): only the bytes tell them apart
    assert snapshot.fingerprint(path).startswith(b"bytes") and snapshot.key([path]) != first


def test_the_same_bytes_elsewhere_is_another_file(tmp_path):
    then = time.time_ns() - HOUR
    one = aged(tmp_path / "one.yaml", "a: 1\n", then)
    (tmp_path / "b").mkdir()
    two = aged(tmp_path / "b" / "one.yaml", "a: 1\n", then)
    assert snapshot.key([one]) != snapshot.key([two])


def test_the_package_digest_follows_its_files(monkeypatch):
    first = snapshot.package_digest()
    monkeypatch.setattr(snapshot, "_PACKAGE_DIGEST", None)
    assert snapshot.package_digest() == first  # nothing changed
    monkeypatch.setattr(snapshot, "_PACKAGE_DIGEST", None)
    monkeypatch.setattr(snapshot, "_stat_print", lambda path, stat: f"{path}\0{stat.st_size + 1}".encode())
    assert snapshot.package_digest() != first  # a file of another size: another digest
