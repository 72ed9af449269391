"""Parsed rules files are kept as snapshots (plans/rules.py, language/snapshot.py): a cold ``compliance
check`` of a file it read before neither imports ruamel.yaml nor validates the YAML again. The file
stays the source of truth: a snapshot is read only for the same name, text, package and versions."""

from __future__ import annotations

import pytest

from compliance.errors import InputError
from compliance.language import snapshot
from compliance.plans import rules as rules_module
from compliance.plans.check import check, default_period
from compliance.plans.datasets import load_dataset
from compliance.plans.rules import load_rules
from compliance.seed import dataset_file, rules_file

SMALL = """plan: {name: 测试规划}
indicators:
  - id: growth
    name: 增速
    unit: "%"
    polarity: higher
    targets: {"2022": "6以上"}
    expr: {"2023": "value >= 5"}
"""


@pytest.fixture(autouse=True)
def cache_folder(snapshot_cache):
    """Snapshots of this module's tests go to a folder of their own, never the user's (conftest)."""
    return snapshot_cache / "compliance"


def snapshots(folder):
    return sorted(path.name for path in folder.glob("rules-*.pickle")) if folder.exists() else []


def count_parses(monkeypatch):
    calls = []
    parse = rules_module._load

    def counting(name, text):
        calls.append(name)
        return parse(name, text)

    monkeypatch.setattr(rules_module, "_load", counting)
    return calls


def fresh(path, monkeypatch):
    """The rules as the YAML reads them, with every snapshot turned off."""
    with monkeypatch.context() as patch:
        patch.setenv(snapshot.ENV, "0")
        return load_rules(path)


def test_the_second_load_reads_the_snapshot_and_equals_the_yaml(cache_folder, monkeypatch):
    calls = count_parses(monkeypatch)
    first = load_rules(rules_file())
    again = load_rules(rules_file())
    assert calls == [str(rules_file())]  # parsed once; the second load is the snapshot
    assert len(snapshots(cache_folder)) == 1
    yaml = fresh(rules_file(), monkeypatch)
    assert again == first == yaml
    # where each rule sits is not part of ==: compare every position too
    assert again._where == yaml._where and len(yaml._where) > 30
    assert [i._by_attribute for i in again.indicators] == [i._by_attribute for i in yaml.indicators]
    data = load_dataset(dataset_file(), [i.id for i in yaml.indicators])
    period = default_period(yaml, data)
    assert check(again, data, [period]) == check(yaml, data, [period])


def test_a_changed_file_is_parsed_again(tmp_path, cache_folder, monkeypatch):
    path = tmp_path / "rules.yaml"
    path.write_text(SMALL, encoding="utf-8")
    calls = count_parses(monkeypatch)
    assert load_rules(path).indicators[0].targets == {"2022": "6以上"}
    path.write_text(SMALL.replace("6以上", "7以上"), encoding="utf-8")
    assert load_rules(path).indicators[0].targets == {"2022": "7以上"}  # never the stale snapshot
    assert load_rules(path).indicators[0].targets == {"2022": "7以上"}
    assert len(calls) == 2 and len(snapshots(cache_folder)) == 2


def test_positions_quote_the_name_the_file_was_loaded_by(tmp_path, cache_folder):
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    for path in (first, second):
        path.write_text(SMALL, encoding="utf-8")
    assert load_rules(first).where("growth", "2022") == f"{first}:7:23"
    assert load_rules(second).where("growth", "2022") == f"{second}:7:23"  # same text, its own name
    assert load_rules(second).where("growth", "2023", rule="expr") == f"{second}:8:20"


def test_a_bad_file_is_never_snapshotted_and_its_error_is_the_same_each_time(tmp_path, cache_folder):
    path = tmp_path / "bad.yaml"
    path.write_text(SMALL.replace("targets:", "targest:"), encoding="utf-8")
    errors = []
    for _ in range(2):
        with pytest.raises(InputError) as caught:
            load_rules(path)
        errors.append((str(caught.value), caught.value.line, caught.value.column))
    assert errors[0] == errors[1] and errors[0][1] == 7
    assert snapshots(cache_folder) == []


def test_a_file_with_a_lexicon_overlay_is_not_snapshotted(tmp_path, cache_folder):
    (tmp_path / "words.yaml").write_text("comparators:\n  before:\n    ge: [起码]\n", encoding="utf-8")
    path = tmp_path / "rules.yaml"
    path.write_text(SMALL.replace("plan: {name: 测试规划}", "plan: {name: 测试规划, lexicon: words.yaml}"),
                    encoding="utf-8")
    assert load_rules(path).overlay is not None
    assert snapshots(cache_folder) == []  # the overlay is another file, which the key would not cover


def test_the_key_covers_the_package_the_name_and_the_text(monkeypatch):
    key = rules_module._cache_key("r.yaml", SMALL)
    assert rules_module._cache_key("other.yaml", SMALL) != key
    assert rules_module._cache_key("r.yaml", SMALL + "\n") != key
    monkeypatch.setattr(snapshot, "_PACKAGE_DIGEST", "another version of the code")
    assert rules_module._cache_key("r.yaml", SMALL) != key


def test_the_package_digest_covers_every_source_file():
    from pathlib import Path

    root = Path(snapshot.__file__).resolve().parents[1]
    files = {path.relative_to(root).as_posix() for path in snapshot._package_files(root)}
    assert {"plans/schema.py", "models.py", "language/data/zh.yaml", "judge/expr.py"} <= files
    assert not any("__pycache__" in name for name in files)


def test_the_cache_keeps_only_the_newest_files(tmp_path, cache_folder, monkeypatch):
    monkeypatch.setattr(rules_module, "CACHED_RULES", 3)
    for number in range(5):
        path = tmp_path / f"r{number}.yaml"
        path.write_text(SMALL, encoding="utf-8")
        load_rules(path)
    assert len(snapshots(cache_folder)) == 3


def test_snapshots_can_be_turned_off(tmp_path, cache_folder, monkeypatch):
    monkeypatch.setenv(snapshot.ENV, "0")
    calls = count_parses(monkeypatch)
    load_rules(rules_file())
    load_rules(rules_file())
    assert len(calls) == 2 and snapshots(cache_folder) == []


def test_a_broken_snapshot_is_parsed_again(cache_folder, monkeypatch):
    load_rules(rules_file())
    (only,) = cache_folder.glob("rules-*.pickle")
    only.write_bytes(b"\x80\x05garbage")
    yaml = fresh(rules_file(), monkeypatch)
    calls = count_parses(monkeypatch)
    assert load_rules(rules_file()) == yaml
    assert len(calls) == 1
    assert load_rules(rules_file()) == yaml and len(calls) == 1  # rewritten, read again


def test_the_cache_holds_at_most_its_size(tmp_path, cache_folder, monkeypatch):
    path = tmp_path / "r.yaml"
    path.write_text(SMALL, encoding="utf-8")
    load_rules(path)
    (one,) = cache_folder.glob("rules-*.pickle")
    size = one.stat().st_size
    monkeypatch.setattr(rules_module, "CACHED_RULES_BYTES", 2 * size + size // 2)
    for number in range(4):
        other = tmp_path / f"r{number}.yaml"  # a name of the same length: a snapshot of the same size
        other.write_text(SMALL, encoding="utf-8")
        load_rules(other)
    assert len(snapshots(cache_folder)) == 2
    monkeypatch.setattr(rules_module, "CACHED_RULES_BYTES", size - 1)
    big = tmp_path / "r9.yaml"
    big.write_text(SMALL, encoding="utf-8")
    assert load_rules(big).where("growth", "2022") == f"{big}:7:23"  # loaded, but too large to keep
    assert len(snapshots(cache_folder)) == 2


def test_under_a_callers_overlay_the_file_is_parsed_with_its_words(tmp_path, cache_folder, monkeypatch):
    from compliance.language.overlay import overlay

    yaml = fresh(rules_file(), monkeypatch)
    calls = count_parses(monkeypatch)
    load_rules(rules_file())
    with overlay({"comparators": {"before": {"ge": ["起码"]}}}):
        assert load_rules(rules_file()) == yaml
    assert len(calls) == 2 and len(snapshots(cache_folder)) == 1  # read with the overlay, never snapshotted
    load_rules(rules_file())
    assert len(calls) == 2  # without it, the snapshot again
