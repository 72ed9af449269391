"""The lexicon snapshot (compliance/language/snapshot.py): the YAML stays the source of truth."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from compliance.language import lexicon as lex
from compliance.language import snapshot


@pytest.fixture(autouse=True)
def imported_now(monkeypatch):
    """The package counts as imported now: a working tree's lexicon.py edited while the suite runs (after its
    import) would make every key racy, and these tests are about the key, not about code changed under a process."""
    import compliance

    monkeypatch.setattr(compliance, "IMPORTED_NS", time.time_ns())


def the_key(folder: Path | None = None, code: Path | None = None) -> str:
    data = [(folder / name) if folder else snapshot.data_file(name) for name in lex.DATA_FILES]
    return snapshot.key([*data, code or Path(lex.__file__)])


def test_the_snapshot_in_use_equals_what_the_yaml_builds():
    assert lex._shipped_tables() == lex.build_shipped()


def test_a_snapshot_is_written_then_read(tmp_path):
    calls = []

    def build():
        calls.append(1)
        return lex.build_shipped()

    first = snapshot.load(the_key(), build, where=[tmp_path])
    again = snapshot.load(the_key(), build, where=[tmp_path])
    assert calls == [1]  # the second process reads the snapshot, not the YAML
    assert again == first
    assert again.lexicon.comparators == lex.shipped().comparators


def test_a_changed_yaml_file_is_read_from_the_yaml(tmp_path):
    snapshot.load(the_key(), lex.build_shipped, where=[tmp_path])
    data = tmp_path / "data"
    data.mkdir()
    for name in lex.DATA_FILES:  # a copy of the data files, one of them edited
        text = (Path(lex.__file__).parent / "data" / name).read_text(encoding="utf-8")
        (data / name).write_text(text + ("\n# edited\n" if name == "zh.yaml" else ""), encoding="utf-8")
        os.utime(data / name, ns=(time.time_ns() - 10**12,) * 2)  # written a while ago: not racy, so saved
    changed = the_key(data)
    assert changed != the_key()
    built = []
    snapshot.load(changed, lambda: built.append(1) or "from yaml", where=[tmp_path])
    assert built == [1]  # the old snapshot was not taken for the new files
    assert snapshot.load(changed, lambda: "never", where=[tmp_path]) == "from yaml"


def test_the_key_covers_the_code_that_builds_the_tables(tmp_path):
    code = tmp_path / "lexicon.py"
    code.write_text(Path(lex.__file__).read_text(encoding="utf-8") + "\n# a new field\n", encoding="utf-8")
    assert the_key(code=code) != the_key()


@pytest.mark.parametrize("payload", [b"", b"not a pickle", b"\x80\x05garbage"])
def test_a_broken_snapshot_is_rebuilt(tmp_path, payload):
    (tmp_path / f"lexicon-{the_key()}.pickle").write_bytes(payload)
    assert snapshot.load(the_key(), lambda: "rebuilt", where=[tmp_path]) == "rebuilt"
    assert snapshot.load(the_key(), lambda: "never", where=[tmp_path]) == "rebuilt"


def test_a_snapshot_of_another_key_is_never_read(tmp_path):
    snapshot.load("old", lambda: "old tables", where=[tmp_path])
    (tmp_path / "lexicon-old.pickle").rename(tmp_path / "lexicon-new.pickle")  # same name, other key inside
    assert snapshot.load("new", lambda: "new tables", where=[tmp_path]) == "new tables"


def test_the_snapshot_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv(snapshot.ENV, "0")
    snapshot.load("k", lambda: "built", where=[tmp_path])
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_place_still_gives_the_tables(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert snapshot.load("k", lambda: "built", where=[blocked / "sub"]) == "built"


def test_the_report_labels_in_use_equal_the_yaml():
    from importlib import resources

    from compliance.report import _labels

    text = (resources.files("compliance.report") / "labels.yaml").read_text(encoding="utf-8")
    assert _labels._all() == _labels._read(text)
