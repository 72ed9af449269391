"""evaluate_table(memo=...): a memo kept across calls (a panel read chunk by chunk) changes no verdict."""

from __future__ import annotations

import math

import pytest

from compliance.scale.bulk import evaluate_table

pd = pytest.importorskip("pandas")

TARGETS = ["6以上", "逐步增加", "35左右", "达到市级要求", "不低于5", "8-9"]
REPORTED = ["4", "6", "约5", "可完成", "8-9", "", None, "0.1（同口径8%）", "-0", "0"]


def table(rows: list[tuple]) -> object:
    return pd.DataFrame(rows, columns=["target", "reported", "previous"]).assign(polarity="higher")


def columns(result) -> list[tuple]:
    def same(x):
        return "nan" if isinstance(x, float) and math.isnan(x) else (x, math.copysign(1, x) if isinstance(x, float) else 0)

    return [tuple(same(v) for v in row) for row in zip(
        result.status.tolist(), result.reason.tolist(), result.threshold.tolist(), result.value.tolist(),
        result.gap.tolist(),
    )]


def test_two_chunks_through_one_memo_judge_as_each_alone():
    first = table([(t, r, p) for t in TARGETS for r in REPORTED for p in ("3", None)])
    second = table([(t, r, p) for t in reversed(TARGETS) for r in reversed(REPORTED) for p in (None, "7")])
    memo: dict = {}
    for chunk in (first, second, first):
        assert columns(evaluate_table(chunk, previous="previous", memo=memo)) == \
            columns(evaluate_table(chunk, previous="previous"))
    assert memo  # it was used


def test_the_memo_tells_apart_what_compares_equal_in_python():
    # 0.0 and -0.0, 1 and 1.0 and True are equal dict keys: each must be judged as itself
    numbers = pd.DataFrame({"target": ["6以上"] * 4 + ["不超过0"] * 2, "reported": [1, 1.0, 7, 7.5, 0.0, -0.0]})
    memo: dict = {}
    got = evaluate_table(numbers, polarity="higher", memo=memo)
    alone = evaluate_table(numbers, polarity="higher")
    assert columns(got) == columns(alone)
    assert columns(evaluate_table(numbers.iloc[::-1].reset_index(drop=True), polarity="higher", memo=memo)) == \
        columns(evaluate_table(numbers.iloc[::-1].reset_index(drop=True), polarity="higher"))


def test_a_full_memo_starts_again(monkeypatch):
    import compliance.scale.bulk as bulk

    monkeypatch.setattr(bulk, "MEMO", 3)
    memo: dict = {}
    chunk = table([(t, r, "3") for t in TARGETS for r in REPORTED])
    for _ in range(3):
        assert columns(evaluate_table(chunk, previous="previous", memo=memo)) == \
            columns(evaluate_table(chunk, previous="previous"))
    assert len(memo) <= 3 + len(TARGETS) * len(REPORTED) * 2  # emptied before a call, filled by it
