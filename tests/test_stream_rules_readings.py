"""The streamed judge takes a rules file's targets as its snapshot read them (compliance._api.preload), as check does:
a run of a file read before reads none of them with the grammar again (scale/figures.parse_target_cached)."""

from __future__ import annotations

import pytest
# cache_folder: test_rules_readings' autouse fixture (fresh readings and snapshot cache), shared by importing it
from test_rules_readings import RULES, TEXTS, cache_folder, grammar_misses  # noqa: F401

from compliance import _api
from compliance.judge import memo
from compliance.plans.rules import load_rules
from compliance.scale.figures import clear_caches
from compliance.scale.stream import stream_check

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

PANEL = "region,indicator,period,reported\n" + "".join(
    f"R{r},growth,2022,{4 + r}\nR{r},growth,2023,{5 + r / 2}\nR{r},jobs,2022,{4900 + 100 * r}\n" for r in range(4))


def statuses(rules, path) -> list[str]:
    frames = list(stream_check(rules, path, ["2022", "2023"], by=["region"], chunksize=4))
    return [str(s) for s in pd.concat(frames).status]


def test_a_streamed_run_reads_no_target_of_a_snapshot_with_the_grammar(tmp_path, monkeypatch):
    path, data = tmp_path / "rules.yaml", tmp_path / "panel.csv"
    path.write_text(RULES, encoding="utf-8")
    data.write_text(PANEL, encoding="utf-8")
    load_rules(path)  # parsed from the YAML, snapshot written
    rules = load_rules(path)  # another process: from the snapshot, with its targets' readings
    assert set(_api._READ) == TEXTS
    memo.clear()
    clear_caches()
    found = statuses(rules, data)
    assert grammar_misses() == 0
    memo.clear()
    clear_caches()
    monkeypatch.setattr(_api, "_READ", {})
    assert statuses(rules, data) == found  # the same verdicts with each target read by the grammar
    assert grammar_misses() == len(TEXTS)
    assert found[:3] == ["missed", "met", "met"]  # R0: growth 4 against 6以上; 2023 5 against 达到市级要求（3.2）
