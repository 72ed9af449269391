"""A reference target that names a decline before its reference (单位GDP能耗下降完成省下达目标（3%）) asks the
decline's size of a reported 下降3.2%: 3.2 against 3, met (it was read as -3.2 and missed), as 下降3% reads it;
a reported rise is a negative decline. Plain figures, and references without a decline, read as before."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize(("target", "reported", "kwargs", "status", "value"), [
    ("单位GDP能耗下降完成省下达目标（3%）", "单位地区生产总值能耗下降3.2%", {}, "met", 3.2),
    ("单位GDP能耗下降完成省下达目标（3%）", "单位地区生产总值能耗下降2.5%", {}, "missed", 2.5),
    ("单位GDP能耗下降完成省下达目标（3%）", "单位地区生产总值能耗增长1%", {}, "missed", -1),
    ("单位地区生产总值能耗降低完成省下达任务（3）", "下降3.2%", {}, "met", 3.2),
    ("单位地区生产总值能耗下降率达到市级要求（3）", "下降2.8%", {}, "missed", 2.8),
    ("能耗强度下降达到省定目标", "下降3.2%", {"references": {"省级要求": 3}}, "met", 3.2),
    ("能耗强度下降达到省定目标", "下降2.5%", {"references": {"省级要求": 3}}, "missed", 2.5),
    # unchanged either side: plain figures, a reference without a decline, an approximate decline
    ("单位GDP能耗下降完成省下达目标（3%）", "3.2", {}, "met", 3.2),
    ("单位GDP能耗下降完成省下达目标（3%）", "2.5", {}, "missed", 2.5),
    ("单位GDP能耗下降完成省下达目标（3%）", "下降3%左右", {}, "met", 3),
    ("达到市级要求（3）", "3.2", {}, "met", 3.2),
    ("达到市级要求（3）", "下降3.2%", {}, "missed", -3.2),
    ("PM2.5浓度下降完成省下达目标（35）", "32", {"polarity": "lower"}, "met", 32),
])
def test_a_decline_before_a_reference_reads_the_decline_s_size(target, reported, kwargs, status, value):
    verdict = compliance.evaluate(target, reported, **kwargs)
    assert (verdict.status.value, float(verdict.value)) == (status, value)


def test_the_table_agrees():
    pd = pytest.importorskip("pandas")
    from compliance.scale.bulk import evaluate_table

    rows = [("单位GDP能耗下降完成省下达目标（3%）", text) for text in ("下降3.2%", "下降2.5%", "增长1%", "3.2", "2.5")]
    table = pd.DataFrame(rows, columns=["target", "reported"])
    verdicts = evaluate_table(table, polarity="higher")
    assert [str(s) for s in verdicts.status] == [compliance.evaluate(t, r).status.value for t, r in rows]
    assert [str(s) for s in verdicts.status] == ["met", "missed", "missed", "met", "missed"]
