"""Snapshot keys take a file by its path, size and modification time (as Python's bytecode cache does);
nothing is saved under a key of a file changed in the last seconds (racy): a snapshot is never read for a
file that changed."""

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
    assert not print_.startswith(b"bytes") and str(then).encode() in print_ and b"a: 1" not in print_
    assert snapshot.fingerprint(path) == print_  # the same file, the same key
    assert not snapshot.racy(snapshot.key([path]))


def test_an_edit_keeping_the_size_changes_the_key(tmp_path):
    then = time.time_ns() - HOUR
    path = aged(tmp_path / "zh.yaml", "a: 1\n", then)
    before = snapshot.key([path])
    aged(path, "a: 2\n", then + 1)  # same size, one nanosecond later
    assert snapshot.key([path]) != before


def test_nothing_is_saved_under_the_key_of_a_file_changed_just_now(tmp_path):
    now = time.time_ns()
    path = aged(tmp_path / "zh.yaml", "a: 1\n", now)
    first = snapshot.key([path])
    assert snapshot.racy(first)
    built = []
    assert snapshot.load(first, lambda: built.append(1) or "one", where=[tmp_path]) == "one"
    assert list(tmp_path.glob("*.pickle")) == []  # not saved
    aged(path, "a: 2\n", now)  # same size, same time (a second edit within the clock's tick): same key
    assert snapshot.key([path]) == first
    assert snapshot.load(first, lambda: built.append(2) or "two", where=[tmp_path]) == "two"  # built again
    assert built == [1, 2]


def test_the_key_stays_when_the_file_ages(tmp_path, monkeypatch):
    path = aged(tmp_path / "zh.yaml", "a: 1\n", time.time_ns())
    recent = snapshot.key([path])
    monkeypatch.setattr(snapshot, "RECENT", 0.0)  # the same file, seconds later
    assert snapshot.key([path]) == recent  # a second process finds what the first saved


def test_the_same_bytes_elsewhere_is_another_file(tmp_path):
    then = time.time_ns() - HOUR
    one = aged(tmp_path / "one.yaml", "a: 1\n", then)
    (tmp_path / "b").mkdir()
    two = aged(tmp_path / "b" / "one.yaml", "a: 1\n", then)
    assert snapshot.key([one]) != snapshot.key([two])


def test_a_folder_digest_follows_its_files(tmp_path):
    then = time.time_ns() - HOUR
    (tmp_path / "judge").mkdir()
    (tmp_path / "__pycache__").mkdir()
    aged(tmp_path / "models.py", "x = 1\n", then)
    aged(tmp_path / "judge" / "evaluate.py", "y = 2\n", then)
    aged(tmp_path / "__pycache__" / "models.py", "ignored\n", time.time_ns())
    first, racy = snapshot.folder_digest(str(tmp_path))
    assert snapshot.folder_digest(str(tmp_path)) == (first, False) and not racy  # nothing changed
    aged(tmp_path / "judge" / "evaluate.py", "y = 3\n", then + 1)  # same size, a nanosecond later
    assert snapshot.folder_digest(str(tmp_path))[0] != first
    aged(tmp_path / "notes.txt", "not a source\n", time.time_ns())
    second = snapshot.folder_digest(str(tmp_path))
    aged(tmp_path / "data.yaml", "a: 1\n", time.time_ns())  # a data file, changed just now
    third, racy = snapshot.folder_digest(str(tmp_path))
    assert third != second[0] and racy and not second[1]


def test_the_package_digest_is_its_folders(monkeypatch):
    monkeypatch.setattr(snapshot, "_PACKAGE_DIGEST", None)
    monkeypatch.setattr(snapshot, "_PACKAGE_RACY", False)  # both restored after the test
    monkeypatch.setattr(snapshot, "folder_digest", lambda root, since=None: (root, True))
    assert snapshot.package_digest() == str(Path(snapshot.__file__).resolve().parents[1])
    assert snapshot.package_racy()


def test_a_rules_key_on_a_package_changed_just_now_is_not_saved(monkeypatch):
    from compliance.plans import rules

    monkeypatch.setattr(snapshot, "_PACKAGE_DIGEST", "digest")
    monkeypatch.setattr(snapshot, "_PACKAGE_RACY", False)
    assert not snapshot.racy(rules._cache_key("a.yaml", "plan: {}"))
    monkeypatch.setattr(snapshot, "_PACKAGE_RACY", True)
    assert snapshot.racy(rules._cache_key("b.yaml", "plan: {}"))


def test_a_file_dated_ahead_of_the_clock_is_not_racy(tmp_path):
    ahead = aged(tmp_path / "zh.yaml", "a: 1\n", time.time_ns() + HOUR)  # copied from a clock an hour ahead
    assert not snapshot.racy(snapshot.key([ahead]))
    near = aged(tmp_path / "units.yaml", "a: 1\n", time.time_ns() + 10**9 // 2)  # half a second ahead
    assert snapshot.racy(snapshot.key([near]))


def test_a_package_file_changed_after_the_code_was_imported_is_racy(tmp_path):
    # a notebook imported the package, then the lexicon was edited: what the old code builds must not be saved
    # under the digest of the new files (it would be read as theirs by every later process)
    imported = time.time_ns() - HOUR
    aged(tmp_path / "lexer.py", "x = 1\n", imported - HOUR)  # old, before the import
    digest, racy = snapshot.folder_digest(str(tmp_path), since=imported)
    assert not racy
    aged(tmp_path / "zh.yaml", "a: 1\n", imported + HOUR // 2)  # edited half an hour after the import
    again, racy = snapshot.folder_digest(str(tmp_path), since=imported)
    assert racy and again != digest
    assert not snapshot.folder_digest(str(tmp_path), since=imported + 2 * HOUR)[1]  # imported after the edit
    aged(tmp_path / "zh.yaml", "a: 1\n", time.time_ns() + 2 * HOUR)  # ahead of the clock: no edit made now
    assert not snapshot.folder_digest(str(tmp_path), since=imported)[1]


def test_the_package_digest_is_taken_since_the_import(monkeypatch):
    import compliance

    seen = {}
    monkeypatch.setattr(snapshot, "_PACKAGE_DIGEST", None)
    monkeypatch.setattr(snapshot, "_PACKAGE_RACY", False)
    monkeypatch.setattr(snapshot, "folder_digest", lambda root, since=None: seen.setdefault("since", since) and ("d", False))
    snapshot.package_digest()
    assert seen["since"] == compliance.IMPORTED_NS


def test_a_key_of_code_edited_after_the_import_is_racy(tmp_path, monkeypatch):
    import compliance

    monkeypatch.setattr(compliance, "IMPORTED_NS", time.time_ns() - HOUR)
    code = aged(tmp_path / "lexicon.py", "x = 1\n", time.time_ns() - HOUR // 2)  # edited after the import
    data = aged(tmp_path / "zh.yaml", "a: 1\n", time.time_ns() - HOUR // 2)  # data is read when the key is taken
    assert snapshot.racy(snapshot.key([code])) and not snapshot.racy(snapshot.key([data]))
    monkeypatch.setattr(compliance, "IMPORTED_NS", time.time_ns())  # imported after that edit
    assert not snapshot.racy(snapshot.key([aged(tmp_path / "lexicon.py", "x = 2\n", time.time_ns() - HOUR // 2)]))


def test_a_snapshot_in_the_users_folder_is_the_users_only(tmp_path):
    # a rules snapshot keeps readings of the dataset cells a check judged: not for other users of the machine
    import stat

    user = tmp_path / "cache" / "compliance"
    snapshot.save("k" * 24, {"cells": ["4"]}, kind="rules", where=[user])
    (written,) = user.glob("rules-*.pickle")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600 and stat.S_IMODE(user.stat().st_mode) == 0o700
    package = tmp_path / "data" / "__pycache__"
    snapshot.save("k" * 24, {"tables": 1}, kind="lexicon", where=[package])
    (shared,) = package.glob("lexicon-*.pickle")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644  # the package's own, like a .pyc
