"""The summary's regions with the most missed (then pending) verdicts: each batch offers only its own best
``TOP_REGIONS`` to the run's list, which must be the list every region offered would give: the same
regions, counts and order, whatever the batch size, ties broken by the earlier region."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from test_stream import RULES, panel

from compliance.scale.stream import stream_check
from compliance.scale.stream.tally import TOP_REGIONS, _best

pytest.importorskip("pandas")
pytest.importorskip("pyarrow")


def _brute(rows: list[dict]) -> list[tuple[tuple[str, ...], int, int]]:
    order: dict[tuple[str, ...], int] = {}
    counts: dict[tuple[str, ...], Counter] = {}
    for row in rows:
        key = (row["province"], row["county"])
        order.setdefault(key, len(order))
        counts.setdefault(key, Counter())[row["status"]] += 1
    bad = [(c["missed"], c["pending"], -order[k], k) for k, c in counts.items() if c["missed"] + c["pending"]]
    return [(k, m, p) for m, p, _, k in sorted(bad, reverse=True)[:TOP_REGIONS]]


@pytest.mark.parametrize("chunksize", [40, 700, 100_000])
def test_the_top_regions_are_those_of_every_region(tmp_path, chunksize):
    path = panel(tmp_path / "p.csv", regions=3 * TOP_REGIONS, drop=0.3, seed=11, years=("2022",))
    run = stream_check(RULES, path, ["2022"], as_of=2022, by=["province", "county"], chunksize=chunksize)
    rows = [row for frame in run for row in frame.to_dict("records")]
    top = [(t.region, t.counts.missed, t.counts.pending) for t in run.summary.top_regions]
    assert top == _brute(rows)
    assert len(top) == TOP_REGIONS


def test_a_batch_offers_its_best_in_batch_order():
    bad = np.array([[0, 0], [1, 0], [0, 3], [1, 0], [2, 1], [0, 3], [1, 2]])
    assert _best(bad, 10).tolist() == [1, 2, 3, 4, 5, 6]  # all with a missed or pending verdict
    assert _best(bad, 3).tolist() == [1, 4, 6]  # (2, 1), (1, 2), then (1, 0) of the earlier region
    assert _best(bad, 1).tolist() == [4]
