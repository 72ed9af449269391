"""evaluate_table's fast paths give evaluate()'s verdicts: arrow-coded text columns, arrow-read plain figures,
the block-wise interval judgement, and the parse caches kept per lexicon (a plan's overlay reads its own words)."""

from __future__ import annotations

import math
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compliance import evaluate, evaluate_table
from compliance.language.overlay import overlay
from compliance.scale.figures import MAX_SCALE, float_places

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

TARGETS = ["6以上", "8左右", "<313.2", "达到市级要求（3.2）", "不低于99.5", "控制在3%以内", "7.2（调整为5.5）", "稳步增长"]
#: reported texts that look like figures and some that do not; the arrow kernels must read the first kind as float() does
FIGURES = [
    "6", "6.0", "-0", "-0.0", "007.50", "5.9999999999999999999", "6.0000000000000000001", "313.2", "313.20",
    "0.1", "123456789012345678901234567.5", "1e3", "6.", ".5", "+6", "６", "8-9", "35左右", "-", "", None, "3.2\n",
    " 6", "6 ", "99.5", "7.6", "8.4", "2.63（市级3.12）",
]


def _same(a: float, b) -> bool:
    b = math.nan if b is None else float(b)
    return a == b or (math.isnan(a) and math.isnan(b))


def _assert_rows(frame, **options) -> None:
    table = evaluate_table(frame, **options)
    for i in range(len(frame)):
        row = frame.iloc[i]
        reported = row["reported"]
        reported = None if pd.isna(reported) else reported.item() if isinstance(reported, np.generic) else reported
        verdict = evaluate(row["target"], reported, polarity=options.get("polarity", row.get("polarity")))
        assert table.status[i] == verdict.status.value, (row["target"], row["reported"])
        assert table.reason[i] == verdict.reason.value, (row["target"], row["reported"])
        for name in ("threshold", "value", "gap"):
            assert _same(getattr(table, name)[i], getattr(verdict, name)), (name, row["target"], row["reported"])


@pytest.mark.parametrize("dtype", ["str", "string[pyarrow]", "string[python]", object])
def test_text_reported_cells_in_every_string_dtype(dtype):
    pairs = [(t, r) for t in TARGETS for r in FIGURES]
    frame = pd.DataFrame({
        "target": pd.array([t for t, _ in pairs], dtype=dtype),
        "reported": pd.array([r for _, r in pairs], dtype=dtype),
    })
    for polarity in ("higher", "lower"):
        _assert_rows(frame, polarity=polarity)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(TARGETS), st.integers(-2000, 20000), st.integers(0, 4),
                          st.sampled_from(["higher", "lower", "band"])), min_size=1, max_size=40))
def test_figures_either_side_of_and_at_thresholds(cells):
    """Figures drawn around the seed's thresholds, as text and as floats, judged as evaluate judges them."""
    texts = [f"{n / 10 ** k:.{k}f}" for _, n, k, _ in cells]
    frame = pd.DataFrame({"target": [c[0] for c in cells], "reported": pd.array(texts, dtype="str"),
                          "polarity": [c[3] for c in cells]})
    _assert_rows(frame)
    _assert_rows(frame.assign(reported=[float(t) for t in texts]))


def test_float_places_finds_the_places_of_the_shortest_repr():
    values = np.array([6.0, 7.25, 0.1 + 0.2, 1e300, 0.5, -0.0, 12.345, 1e-7, 2.0 ** 52, np.nan, np.inf, 3.1])
    expected = []
    for x in values.tolist():
        if not math.isfinite(x):
            expected.append(-1)
            continue
        places = max(0, -Decimal(repr(x)).normalize().as_tuple().exponent)
        expected.append(places if places <= MAX_SCALE and abs(x) * 10**places < 2**50 else -1)
    assert float_places(values).tolist() == expected


def test_a_plan_overlay_reads_its_own_targets_in_evaluate_table():
    """The table's parse caches are per lexicon: a reading made under a plan's words never answers outside them."""
    words = {"comparators": {"before": {"ge": ["起码"]}}}
    table = {"target": ["起码6"], "reported": [6.5]}
    for _ in range(2):  # either order: the shipped reading first, then the overlay's, and back
        assert evaluate_table(table, polarity="lower").status.tolist() == [evaluate("起码6", 6.5, polarity="lower").status.value]
        with overlay(words):
            inside = evaluate_table(table, polarity="lower").status.tolist()
            assert inside == [evaluate("起码6", 6.5, polarity="lower").status.value] == ["met"]
        assert evaluate_table(table, polarity="lower").status.tolist() == ["missed"]
