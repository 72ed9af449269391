"""Reported values read as targets read them, in the same units: digits grouped by a space in threes (30 000个, Hong
Kong's usage: e7c9936 for targets) were read as 30 and 000个, several figures, and against 新建5G基站30 000个 the
figure chosen was 0 (missed on 31 000个); a rate per 100,000 (9/10万) and a density (4辆/千人) are one figure in the
target's unit. 5G and 5A级 name a kind (zh.yaml numerals.named): 全年新建5G基站2.8万个 was met on its 5."""

from __future__ import annotations

import pytest

import compliance


@pytest.mark.parametrize(("reported", "value", "unit"), [
    ("30 000个", "30000", "个"), ("1 234 567.5元", "1234567.5", "元"), ("9/10万", "9", "/10万"),
    ("4辆/千人", "4", "辆/千人"),
])
def test_read_as_one_figure_in_the_targets_unit(reported, value, unit):
    quantity = compliance.parse_reported(reported).value
    assert (str(quantity.value), quantity.unit) == (value, unit)
    assert compliance.parse_target(f"达到{reported}").value.unit == unit


@pytest.mark.parametrize("reported", ["8 9", "12 3456", "3 5"])
def test_figures_not_grouped_in_threes_stay_apart(reported):
    assert compliance.parse_reported(reported).kind == "ambiguous"


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("新建5G基站30 000个", "31 000个", "met"), ("新建5G基站30 000个", "30 000个", "met"),
    ("新建5G基站30 000个", "29 000个", "missed"), ("新建5G基站30000个", "全年新建5G基站29 999个", "missed"),
    ("新建5G基站3万个", "全年新建5G基站2.8万个", "missed"), ("新建5G基站3万个", "全年新建5G基站3.2万个", "met"),
    ("孕产妇死亡率控制在10/10万以下", "9/10万", "met"), ("孕产妇死亡率控制在10/10万以下", "11/10万", "missed"),
    ("每千人汽车保有量达到3辆/千人", "4辆/千人", "met"), ("每千人汽车保有量达到3辆/千人", "2辆/千人", "missed"),
    ("新增4A级以上景区3个", "新增4A级景区4个", "met"), ("新增4A级以上景区3个", "新增4A级景区2个", "missed"),
])
def test_judged_either_side(target, reported, status):
    v = compliance.evaluate(target, reported, polarity="lower" if "以下" in target else "higher")
    assert v.status.value == status, v.explain("en")
    assert v.value is not None and v.value != 5  # the reported figure, never the 5 of 5G


@pytest.mark.parametrize(("text", "figure"), [("装机容量达到5GW", "5"), ("新建5G基站3万个", "3")])
def test_a_latin_word_after_a_figure_is_no_name(text, figure):
    """5G names a kind; 5GW is a figure of 5 in GW (a unit written in Latin), read as before."""
    assert str(compliance.parse_target(text).value.value) == figure
