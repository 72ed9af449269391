"""Target readings of stop 21, second shift (A5): A1's leftovers, each with verdicts either side of its threshold."""

from __future__ import annotations

import os
from decimal import Decimal

import pytest

import compliance


def status(target: str, reported: str | None, **kw: object) -> str:
    return compliance.evaluate(target, reported, **kw).status.value  # type: ignore[arg-type]


# ---------------------------------------------------------------- a sign mark between a figure and its unit: 2.0↓%

@pytest.mark.parametrize("reported", ["2.0↓%", "2.0▼%", "2.0↓ %"])
def test_a_sign_mark_between_a_figure_and_its_unit_keeps_the_unit(reported):
    r = compliance.parse_reported(reported)
    assert r.value.unit == "%" and r.value.value == 2  # the % was lost: 2.0 in no unit
    v = compliance.evaluate("增长1%", reported)
    assert v.status.value == "missed" and v.value == -2 and "negative growth" in v.explain("en")
    assert status("增长-3%", reported) == "met" and status("下降1%", reported) == "met"
    assert status("下降3%", reported) == "missed"


def test_a_rise_mark_before_a_unit_and_a_level_s_mark():
    assert compliance.parse_reported("3▲万元").value.unit == "万元"
    assert status("增长3%", "3.5↑%") == "met" and status("增长4%", "3.5↑%") == "missed"
    assert status("6以上", "7▼%") == "met" and status("6以上", "5▲%") == "missed"  # beside a level: a row's mark
    assert compliance.parse_reported("2.0↓").value.unit is None  # the mark alone is no unit
    assert compliance.parse_reported("2.0△%").value.unit is None  # a table mark, no sign: as before


def test_evaluate_table_agrees_on_a_mark_before_the_unit():
    pd = pytest.importorskip("pandas") if not os.environ.get("CI") else __import__("pandas")
    rows = [("增长1%", "2.0↓%"), ("增长-3%", "2.0↓%"), ("下降3%", "3.5▲%"), ("6以上", "7▼%")]
    frame = pd.DataFrame({"target": [t for t, _ in rows], "reported": [r for _, r in rows]})
    out = compliance.evaluate_table(frame, polarity="higher").to_pandas()
    expected = [(v.status.value, v.reason.value) for v in (compliance.evaluate(t, r) for t, r in rows)]
    assert list(zip(out["status"], out["reason"])) == expected


# ---------------------------------------------------------------- a rank stated in words: 全省第2位 wherever it is parsed

@pytest.mark.parametrize("reported, unit", [("全省第2位", "位"), ("居全省第2位", "位"), ("位居全省第二位", "位"),
                                            ("排名全省第2名", "名"), ("第2位", "位")])
def test_a_rank_in_words_reads_as_a_rank_figure(reported, unit):
    r = compliance.parse_reported(reported)  # was unrecognized (第 before a figure: a count) but for 第2位 alone
    assert r.kind == "value" and r.value.value == 2 and r.value.unit == unit


def test_a_rank_in_words_is_judged_either_side():
    assert status("增速居全省前3位", "全省第2位") == "met" and status("增速居全省前3位", "全省第5位") == "missed"
    assert status("保持全省第3位", "居全省第3位") == "met" and status("保持全省第3位", "居全省第4位") == "missed"


@pytest.mark.parametrize("reported", ["全省第3", "第一产业", "前三季度", "全省第3位，全国第10位", "全省前3位"])
def test_other_figures_after_a_place_word_stay_unread(reported):
    assert compliance.parse_reported(reported).kind == "unrecognized"  # a count, no rank, or two ranks


def test_a_rank_beside_another_figure_leaves_that_figure_the_value():
    r = compliance.parse_reported("增长8.4%，居全省第3位")
    assert r.value.value == Decimal("8.4") and r.value.unit == "%"  # as before: the rank is read for a rank target only
    assert status("增长8%", "增长8.4%，居全省第3位") == "met" and status("增速居全省前三位", "增长8.4%，居全省第3位") == "met"


# ---------------------------------------------------------------- two references joined by 、: both must hold

BOTH = "增速高于全国、全省平均水平"
TE075 = "农村常住居民人均可支配收入增速高於全國水平、高於城鎮居民收入增速"  # eighth set te075 (安徽 2026, traditional)


@pytest.mark.parametrize("target, names", [
    (BOTH, ("全国平均水平", "全省平均水平")), ("增速高于全国平均水平、全省平均水平", ("全国平均水平", "全省平均水平")),
    ("高于全国平均水平、高于全省平均水平", ("全国平均水平", "全省平均水平")), (TE075, ("全国平均水平", "城镇居民收入增速")),
])
def test_two_references_joined_are_two_conditions_of_one_subject(target, names):
    c = compliance.parse_target(target)  # it was qualitative: pending whatever the references
    assert c.kind == "several" and tuple(p.name for p in c.parts) == names
    assert all(p.kind == "reference" and p.relation == "gt" for p in c.parts)
    assert len({p.subject.text if p.subject else None for p in c.parts}) == 1


def test_both_must_hold():
    refs = {"全国平均水平": 6, "全省平均水平": 7}
    assert status(BOTH, "8", references=refs) == "met"
    assert status(BOTH, "6.5", references=refs) == "missed"  # above one, not the other
    assert status(BOTH, "5", references=refs) == "missed"
    assert status(TE075, "6.5", references={"全国水平": 6, "城镇居民收入增速": 5}) == "met"
    assert status(TE075, "5.8", references={"全国水平": 6, "城镇居民收入增速": 5}) == "missed"


def test_one_unknown_reference_is_never_taken_for_both():
    v = compliance.evaluate(BOTH, "6.5", references={"全国平均水平": 6})  # above the known one: not met
    assert v.status.value == "pending" and v.reason.value == "reference_unknown" and v.missing == ("全省平均水平",)
    assert "one is never taken for all" in v.explain("en") and "不以一个条件代替全部" in v.explain("zh")
    assert status(BOTH, "5", references={"全国平均水平": 6}) == "missed"  # below a known one: missed whatever the other
    assert status(BOTH, "8") == "pending"


def test_other_texts_with_references_read_as_before():
    assert compliance.parse_target("增速高于全国平均水平").kind == "reference"
    assert compliance.parse_target("城镇、农村居民收入增速高于全国平均水平").kind == "qualitative"  # two subjects
    assert compliance.parse_target("增速高于全国、全国平均水平").kind == "qualitative"  # one reference twice
