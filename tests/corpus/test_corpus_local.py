"""The second collection of the real corpus (``targets_local.tsv``, ``outcomes_local.tsv``: targets and
outcomes of cities, districts and counties, each copied verbatim with its source address and judged by
hand): every row the engine gets wrong is marked as a documented leftover, and no marked row is right
(test_corpus_leftovers.py).

A row that fails without a mark is a regression (or a new failure to fix or document); a marked row that
is now right should lose its mark (``python tests/corpus/measure.py --wrong`` lists both).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


_spec = importlib.util.spec_from_file_location("corpus_measure_local", Path(__file__).parent / "measure.py")
assert _spec is not None and _spec.loader is not None
measure = importlib.util.module_from_spec(_spec)
sys.modules["corpus_measure_local"] = measure  # dataclasses look their module up while the class is made
_spec.loader.exec_module(measure)


def test_the_local_set_is_real_sourced_and_judged():
    targets_path, outcomes_path = measure.SETS["local"]
    targets, outcomes = measure.load_targets(targets_path), measure.load_outcomes(outcomes_path)
    assert len(targets) + len(outcomes) >= 60
    assert all(row.source.startswith("http") for row in targets)
    with outcomes_path.open(encoding="utf-8") as handle:
        documents = {line.split("\t")[3] for line in handle.read().splitlines()[1:]}
    with targets_path.open(encoding="utf-8") as handle:
        documents |= {line.split("\t")[3] for line in handle.read().splitlines()[1:]}
    assert len(documents) >= 10
    for row in targets:  # a numeric target has a probe either side of its threshold (a task: done, or not told)
        if not row.qualitative and not {p.value for p in row.probes} <= {"完成", "实现", "-"}:
            assert {"met", "missed"} <= {p.expected for p in row.probes}, row.id
    assert {row.verdict for row in outcomes} >= {"met", "missed"}


def test_the_corpus_figures_of_the_first_set_are_unchanged_by_the_second():
    """The first set's loader ignores the leftover column it does not have."""
    rows = measure.load_targets(measure.SETS["corpus"][0])
    assert rows and not any(row.leftover for row in rows)
