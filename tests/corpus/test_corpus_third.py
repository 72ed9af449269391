"""The third collection of the real corpus (``outcomes_third.tsv``): outcome sentences of places in neither
earlier set (南昌, 通辽, 内蒙古, 杭州 and, without a target found, 赤峰, 邯郸, 邢台, 贵州 ...), each copied verbatim
with its source address and paired, where one was found, with the same place's target for the same year and
indicator, judged by hand. Every row the engine gets wrong is a documented leftover; no marked row is right
(test_corpus_leftovers.py).

Several rows set a sentence about another indicator against a target (第二产业增加值…增长4.6% against
规模以上工业增加值增长8.5%左右): the reader's verdict is pending, never a verdict on the other figure.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


_spec = importlib.util.spec_from_file_location("corpus_measure_third", Path(__file__).parent / "measure.py")
assert _spec is not None and _spec.loader is not None
measure = importlib.util.module_from_spec(_spec)
sys.modules["corpus_measure_third"] = measure  # dataclasses look their module up while the class is made
_spec.loader.exec_module(measure)


def _all_rows() -> list[list[str]]:
    _, path = measure.SETS["third"]
    with path.open(encoding="utf-8") as handle:
        return [line.split("\t") for line in handle.read().splitlines()[1:]]


def test_the_third_set_is_real_sourced_and_judged():
    rows = _all_rows()
    assert len(rows) >= 40 and all(len(row) == 10 for row in rows)
    assert all(row[2].startswith("http") for row in rows)
    assert len({row[3] for row in rows}) >= 10  # documents
    _, path = measure.SETS["third"]
    paired = measure.load_outcomes(path)
    assert len(paired) >= 30
    # each verdict on both sides, and sentences about another indicator left pending
    assert {row.verdict for row in paired} == {"met", "missed", "pending"}
    assert len({row.target for row in paired}) >= 12


def test_the_third_set_comes_from_places_not_in_the_earlier_sets():
    sources = (Path(__file__).parent / "SOURCES.md").read_text(encoding="utf-8")
    earlier = sources.split("## Third set")[0]
    for place in ("南昌", "通辽", "赤峰", "邯郸", "邢台", "贵州", "黔西南", "呼和浩特", "克什克腾"):
        assert place not in earlier, place


def test_the_earlier_sets_are_unchanged_by_the_third():
    """No wrong verdict appears on the earlier sets: their failures are the ones known before this set."""
    corpus, _ = measure.measure_set("corpus")
    assert {line.split("\t")[0] for line in corpus.outcomes_wrong} == {
        "o0062", "o0172"}
    local, marked = measure.measure_set("local")
    assert not measure.surprises(local, marked)[0]
