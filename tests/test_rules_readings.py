"""A rules file's snapshot keeps what the grammar read each of its targets as, and each reported cell checked
against it (plans/rules.py): a cold check of a file read before takes those readings from there, not from the
grammar (compliance._api.preload). They are the grammar's own readings, and are not used under an overlay."""

from __future__ import annotations

import pytest

from compliance import _api
from compliance.judge import memo
from compliance.language.overlay import overlay
from compliance.plans.check import check
from compliance.plans.datasets import load_dataset
from compliance.plans import rules as rules_module
from compliance.plans.rules import keep_reported, load_rules

RULES = """plan: {name: 测试规划}
indicators:
  - id: growth
    name: 增速
    unit: "%"
    polarity: higher
    targets: {"2022": "6以上", "2023": ["达到市级要求（3.2）", "7.2（调整为5.5）"]}
  - id: jobs
    name: 就业
    unit: 万人
    polarity: higher
    targets: {"2022": "累计5000左右"}
"""
DATA = "indicator,period,reported\ngrowth,2022,4\ngrowth,2023,5.6\njobs,2022,5100\n"
TEXTS = {"6以上", "达到市级要求（3.2）", "7.2（调整为5.5）", "累计5000左右"}


@pytest.fixture(autouse=True)
def cache_folder(snapshot_cache, monkeypatch):
    monkeypatch.setattr(_api, "_READ", {})
    monkeypatch.setattr(_api, "_READ_REPORTED", {})
    monkeypatch.setattr(rules_module, "_LOADED", {})
    return snapshot_cache


def grammar_misses(kind: str = "targets") -> int:
    return int(memo.info()[kind]["misses"])  # type: ignore[index]


def written(tmp_path):
    path, data = tmp_path / "rules.yaml", tmp_path / "data.csv"
    path.write_text(RULES, encoding="utf-8")
    data.write_text(DATA, encoding="utf-8")
    return path, data


def test_a_snapshot_brings_the_readings_of_its_targets(tmp_path, monkeypatch):
    path, data = written(tmp_path)
    first = load_rules(path)  # parsed from the YAML, snapshot written
    assert set(_api._READ) == set()
    again = load_rules(path)  # another process: from the snapshot, with its targets' readings
    assert again == first and set(_api._READ) == TEXTS
    for text in TEXTS:
        assert _api.read_rules_target(text) is _api._READ[text]
        assert _api.parse_target(text) is memo.read_target(text)  # the public function reads through the memo
        assert _api._READ[text] == memo._read_target_grammar(text)  # what the grammar reads now
    memo.clear()
    verdicts = check(again, load_dataset(data, ["growth", "jobs"]), ["2022", "2023"])
    assert grammar_misses() == 0  # no target read by the grammar
    memo.clear()
    monkeypatch.setattr(_api, "_READ", {})
    assert check(again, load_dataset(data, ["growth", "jobs"]), ["2022", "2023"]) == verdicts
    assert grammar_misses() == len(TEXTS)  # without them, each read once
    assert [j.verdict.status.value for j in verdicts] == ["missed", "met", "met", "met"]


def test_the_readings_are_not_used_under_an_overlay(tmp_path, monkeypatch):
    path, _ = written(tmp_path)
    load_rules(path)
    load_rules(path)
    words = tmp_path / "words.yaml"
    words.write_text("comparators: {after: {ge: [起码]}}\n", encoding="utf-8")
    from compliance.language.overlay import load_overlay

    with overlay(load_overlay(str(words))):
        assert _api.read_rules_target("6以上") is not _api._READ["6以上"]
        assert _api.read_rules_target("6起码").kind == "bound"


def test_the_readings_kept_are_bounded(monkeypatch):
    monkeypatch.setattr(_api, "PRELOADED", 3)
    reading = _api.parse_target("6以上")
    _api.preload({"a": reading, "b": reading})
    _api.preload({"c": reading})
    assert set(_api._READ) == {"a", "b", "c"}
    _api.preload({"d": reading})  # one more than kept: the others are forgotten
    assert set(_api._READ) == {"d"}
    _api.preload({"e": reading, "f": reading, "g": reading, "h": reading})  # more than are kept at all
    assert set(_api._READ) == set()


def test_a_snapshot_keeps_the_readings_of_the_cells_checked_against_it(tmp_path, monkeypatch):
    path, data = written(tmp_path)
    cells = {"4", "5.6", "5100"}
    rules = load_rules(path)
    dataset = load_dataset(data, ["growth", "jobs"])
    check(rules, dataset, ["2022", "2023"])
    keep_reported(rules, (row.reported for row in dataset.rows))  # what `compliance check` does after judging
    again = load_rules(path)  # another process
    assert set(_api._READ_REPORTED) == cells
    for text in cells:
        assert _api.read_rules_reported(text) == memo._reported(text)  # what the grammar reads now
        assert _api.parse_reported(text) is memo.read_reported(text)
    memo.clear()
    verdicts = check(again, dataset, ["2022", "2023"])
    assert grammar_misses("targets") == grammar_misses("reported") == 0
    monkeypatch.setattr(_api, "_READ_REPORTED", {})
    monkeypatch.setattr(_api, "_READ", {})
    assert check(again, dataset, ["2022", "2023"]) == verdicts


def test_cells_are_kept_only_for_rules_of_a_snapshot_and_within_the_bound(tmp_path, monkeypatch):
    path, _ = written(tmp_path)
    rules = load_rules(path)
    keep_reported(load_rules(path, RULES), ["4"])  # rules loaded from the snapshot: kept
    (kept,) = rules_module._LOADED.values()
    assert set(kept.reported) == {"4"}
    other = load_rules(path).model_copy()  # equal rules, not the snapshot's object: nothing kept
    keep_reported(other, ["7"])
    assert set(next(iter(rules_module._LOADED.values())).reported) == {"4"}
    monkeypatch.setattr(rules_module, "KEPT_REPORTED", 2)
    keep_reported(load_rules(path), ["5", "6"])  # three in all: more than kept
    assert set(next(iter(rules_module._LOADED.values())).reported) == {"4"}
