"""The streamed judge keys each cell by what can change its verdict, so the run's memo (evaluate_table's, kept across
batches) finds a cell judged in an earlier batch: a missing value is keyed by its previous value only where the rule's
requirement reads it (逐步增加), as a plain figure is."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from conftest import SEED_RULES, seed_rows
from test_stream import PLAIN, RULES, expected, streamed

import compliance.scale.bulk as bulk
from compliance import evaluate
from compliance.plans.rules import load_rules
from compliance.scale.bulk import previous_matters
from compliance.scale.stream import stream_check

pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

PREVIOUS = ("5", "-3.2", "100", "增长5%", "", "2.1（2020年为2.05）")


def test_a_missing_value_reads_the_previous_one_only_where_the_requirement_does():
    rules = load_rules(SEED_RULES)
    targets = sorted({text for indicator in rules.indicators for text in indicator.targets.values()
                      if isinstance(text, str)} | {"逐步增加", "6以上", "比上年增长5%", "不低于上年", "稳步提高"})
    for polarity in ("higher", "lower"):
        matters = previous_matters({"target": targets}, polarity=polarity, measure="level").tolist()
        assert True in matters and False in matters
        for target, reads in zip(targets, matters):
            alone = evaluate(target, None, polarity=polarity, measure="level")
            fields = (alone.status, alone.reason, alone.threshold, alone.value, alone.gap)
            for previous in PREVIOUS:
                v = evaluate(target, None, polarity=polarity, measure="level", previous=previous)
                if not reads:  # the streamed judge then judges the cell once for every previous value
                    assert (v.status, v.reason, v.threshold, v.value, v.gap) == fields, (target, previous)


def regions_alike(path: Path, regions: int) -> Path:
    """Regions reporting the same 2022 texts (some 2022 rows missing), each with 2021 figures of its own where the
    2022 cell is a plain figure or missing (any other text may state a previous figure of its own: keyed by it)."""
    rows = [row for row in seed_rows() if row["period"] in ("2021", "2022")]
    dropped = {row["indicator"] for k, row in enumerate(rows) if row["period"] == "2022" and k % 3 == 0}
    plain = {row["indicator"] for row in rows if row["period"] == "2022" and PLAIN.fullmatch(row["reported"])}
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["province", "county", "indicator", "period", "reported", "source"])
        for r in range(regions):
            for k, row in enumerate(rows):
                text = row["reported"]
                if row["period"] == "2022" and row["indicator"] in dropped:
                    continue  # a cell without a row
                if row["period"] == "2021" and PLAIN.fullmatch(text) and row["indicator"] in dropped | plain:
                    text = f"{float(text) + r / 10:g}"
                out.writerow(["P", f"C{r}", row["indicator"], row["period"], text, row["source"]])
    return path


def test_a_later_batch_of_the_same_texts_asks_the_engine_nothing_new(tmp_path, monkeypatch):
    path = regions_alike(tmp_path / "panel.csv", regions=6)
    per_region = sum(1 for _ in path.open(encoding="utf-8")) // 6
    calls: list[int] = []
    engine = bulk.evaluate

    def counted(**inputs):
        calls.append(1)
        return engine(**inputs)

    monkeypatch.setattr(bulk, "evaluate", counted)
    run = stream_check(RULES, path, ["2022"], by=["province", "county"], chunksize=per_region * 3)
    batches = []
    for batch in run:
        batches.append(len(calls))
    assert len(batches) >= 2 and batches[0] > 0
    assert batches[-1] == batches[0]  # regions 4-6: their previous figures differ, their verdicts' inputs do not
    assert streamed(stream_check(RULES, path, ["2022"], by=["province", "county"], chunksize=per_region * 3)) \
        == expected(path, ["2022"])
