"""A target cell saying none (-, 无, —, /, empty) judged alone is no target, as a rules file reads it (its period is
left out, e0371a6): evaluate('-', '5') said "target could not be read" (pending unrecognized); now pending no_target
(was no_data until the reason was added) lacking the target, and the explanation says the cell sets none. An unreadable target is still unrecognized; the
vectorised path agrees (a missing target cell is empty text: no target)."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize("target", ["-", "无", "—", "/", "", " - "])
@pytest.mark.parametrize("reported", ["5", "7", None])
def test_a_cell_saying_none_is_no_target(target, reported):
    v = compliance.evaluate(target, reported)
    assert (v.status.value, v.reason.value) == ("pending", "no_target")
    assert "target" in v.missing
    assert "sets no target" in v.explain("en") and "could not be read" not in v.explain("en")
    assert "未对该期设定目标" in v.explain("zh")


@pytest.mark.parametrize("target", ["好好干", "-6以上以下"])
def test_an_unreadable_target_is_still_unrecognized(target):
    v = compliance.evaluate(target, "5")
    assert (v.status.value, v.reason.value) == ("pending", "unrecognized")
    assert "could not be read" in v.explain("en")


def test_bulk_agrees():
    from compliance.scale.bulk import evaluate_table

    table = evaluate_table({"target": ["-", "无", "好好干", "6以上"], "reported": ["5", "5", "5", "5"]}, polarity="higher")
    assert table.reason.tolist() == ["no_target", "no_target", "unrecognized", "measured"]
    assert [table.verdict(i) for i in range(2)] == [compliance.evaluate(t, "5") for t in ("-", "无")]
