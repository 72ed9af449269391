"""The previous period's figure a reported value states, and the directions judged against it (judge/previous.py).

* a year's figure beside the value (``2.1（2019年为2.05）``) is the previous one only where it is the year before the
  judged period, when a check judges one: another year's figure is no previous figure (pending, saying why);
* 降幅收窄 / 跌幅收窄 / 降幅缩小 and 增幅扩大 / 增幅提高 / 增速回升 compare this period's rate with the previous
  period's (a change of the change): 下降2%（上年下降3%） narrows, 下降4% does not, one rate alone is pending;
* a stated change of a gap after the indicator's own name (城乡居民收入比缩小0.04) is the gap's change.
"""

from __future__ import annotations

import math
from decimal import Decimal
from dataclasses import replace

import pytest

from compliance import evaluate, evaluate_table
from compliance.judge.evaluate import context, judge
from compliance.judge.inputs import read_reported, read_target


def _in_year(target: str, reported: str, year: int | None, polarity: str = "lower"):
    return judge(read_target(target), read_reported(reported), replace(context(polarity), year=year))


# ------------------------------------------------------------------ a year's figure: the year before only


@pytest.mark.parametrize(("reported", "year", "status"), [
    ("2.1（2021年为2.15）", 2022, "met"),  # 2021 is the year before 2022
    ("2.2（2021年为2.15）", 2022, "missed"),
    ("2.1（2019年为2.05）", 2022, "pending"),  # 2019's figure is no previous figure of 2022
    ("2.0（2019年为2.05）", 2022, "pending"),  # whichever side of it the value is
    ("城乡收入倍差从2020年的2.56缩小至2.50", 2022, "pending"),  # a since-clause's year too
    ("城乡收入倍差从2020年的2.56缩小至2.50", 2021, "met"),
    ("2.1（上年2.15）", 2022, "met"),  # 上年 is the year before whatever the period
    ("2.1（2019年为2.05）", None, "missed"),  # the period unknown: the figure set beside the value is taken
])
def test_a_years_figure_is_the_previous_only_for_the_year_after_it(reported, year, status):
    v = _in_year("持续缩小", reported, year)
    assert v.status.value == status
    if status == "pending":
        assert v.reason.value == "previous_unknown"
        assert "not taken as the previous period's value" in v.explain("en")
        assert "不作上期值" in v.explain("zh") and f"{year - 1} 年" in v.explain("zh")


def test_another_years_figure_is_said_not_used_even_where_no_previous_is_needed():
    v = _in_year("2以上", "2.1（2019年为2.05）", 2022, polarity="higher")
    assert v.status.value == "met" and "2019's" in v.explain("en")


RULES = """\
plan: {name: P, periods: ["2022"]}
indicators:
  - id: ratio
    name: 城乡居民收入比
    polarity: lower
    targets:
      "2022": 持续缩小
"""


@pytest.mark.parametrize(("cell", "status"), [
    ("2.1（2021年为2.15）", "met"), ("2.2（2021年为2.15）", "missed"), ("2.1（2019年为2.05）", "pending"),
])
def test_a_check_knows_the_period(tmp_path, cell, status):
    from compliance.plans.check import check
    from compliance.plans.datasets import load_dataset
    from compliance.plans.rules import load_rules

    (tmp_path / "r.yaml").write_text(RULES, encoding="utf-8")
    (tmp_path / "r.csv").write_text(f"indicator,period,reported\nratio,2022,{cell}\n", encoding="utf-8")
    rules = load_rules(tmp_path / "r.yaml")
    data = load_dataset(tmp_path / "r.csv", [i.id for i in rules.indicators])
    (found,) = [j.verdict for j in check(rules, data, "2022")]
    assert found.status.value == status


# ------------------------------------------------------------------ a rate against the previous rate


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("降幅收窄", "下降2%（上年下降3%）", "met"),
    ("降幅收窄", "下降4%（上年下降3%）", "missed"),
    ("降幅收窄", "增长1%（上年下降3%）", "met"),  # the fall turned into growth
    ("降幅收窄", "下降2%（上年为下降3%）", "met"),
    ("跌幅收窄", "下降2%（上年下降3%）", "met"),
    ("降幅缩小", "下降4%（上年下降3%）", "missed"),
    ("工业增加值降幅持续收窄", "下降2.5%（上年下降3%）", "met"),
    ("降幅收窄", "下降2%", "pending"),  # one rate alone says nothing of the narrowing
    ("降幅收窄", "下降2%（上年增长1%）", "pending"),  # no fall the year before: nothing to narrow
    ("增幅扩大", "增长5%（上年增长3%）", "met"),
    ("增幅扩大", "增长2%（上年增长3%）", "missed"),
    ("增幅提高", "增长5%（上年为3%）", "met"),
    ("增速回升", "增长3%（去年增长3.5%）", "missed"),
    ("规上工业增加值增速回升", "增长6%（上年增长5.5%）", "met"),
    ("增幅扩大", "增长5%", "pending"),  # growth alone is no larger growth: never read as > 0
])
def test_a_rate_is_judged_against_the_previous_rate(target, reported, status):
    assert evaluate(target, reported).status.value == status


def test_the_explanation_gives_both_rates():
    v = evaluate("降幅收窄", "下降2%（上年下降3%）")
    en, zh = v.explain("en"), v.explain("zh")
    assert "-2%" in en and "-3" in en and "上年" in en and "shown, not judged" not in en
    assert "上期 -3" in zh and "下降3%" in zh
    v = evaluate("降幅收窄", "下降2%（上年增长1%）")
    assert v.missing == ("previous_decline",) and "no decline" in v.explain("en")


@pytest.mark.parametrize(("previous", "reported", "status"), [("3", "2", "met"), ("3", "4", "missed")])
def test_a_decline_measured_as_its_size(previous, reported, status):
    assert evaluate("降幅收窄", reported, previous=previous, measure="decline").status.value == status


@pytest.mark.parametrize(("target", "reported", "previous", "status"), [
    ("增速回升", "6.1", "5.5", "met"), ("增速回升", "5.1", "5.5", "missed"), ("增速回升", "5.1", None, "pending"),
])
def test_a_rate_indicator_against_the_previous_rate(target, reported, previous, status):
    assert evaluate(target, reported, previous=previous, measure="rate").status.value == status


def test_a_note_of_the_previous_change_is_no_previous_level():
    # against a level's direction 下降2% is a fall, whatever the fall the year before: never "above last year's rate"
    v = evaluate("逐步增加", "下降2%（上年下降3%）")
    assert v.status.value == "missed" and "shown, not judged" in v.explain("en")


# ------------------------------------------------------------------ a gap's change after its own name


@pytest.mark.parametrize(("target", "reported", "indicator", "status"), [
    ("城乡居民收入比持续缩小", "城乡居民收入比缩小0.04", None, "met"),
    ("城乡居民收入比持续缩小", "城乡居民收入比扩大0.02", None, "missed"),
    ("持续缩小", "城乡居民收入比缩小0.04", "城乡居民收入比", "met"),  # the rules file's name
    ("持续缩小", "城乡居民收入比扩大0.02", "城乡居民收入比", "missed"),
    ("持续缩小", "城乡居民收入比缩小0.04", None, "pending"),  # no name known: whose change it is is not told
    ("城乡居民收入比持续缩小", "农村居民人均可支配收入增长6.5%", None, "pending"),  # another indicator's change
])
def test_the_indicators_name_before_the_change_does_not_hide_it(target, reported, indicator, status):
    v = evaluate(target, reported, polarity="lower", indicator=indicator)
    assert v.status.value == status
    if status != "pending":
        assert "change of a gap" in v.explain("en") and "城乡居民收入比" in v.explain("en")


def test_bulk_equals_evaluate():
    rows = [
        ("降幅收窄", "下降2%（上年下降3%）"), ("降幅收窄", "下降4%（上年下降3%）"), ("降幅收窄", "下降2%（上年增长1%）"),
        ("增幅扩大", "增长5%（上年增长3%）"), ("增幅扩大", "增长5%"), ("增速回升", "增长3%（去年增长3.5%）"),
        ("城乡居民收入比持续缩小", "城乡居民收入比缩小0.04"), ("逐步增加", "下降2%（上年下降3%）"),
        ("低于全省平均水平", "7.5%，高于全省0.8个百分点"), ("低于全省平均水平", "7.5%，高于全市0.8个百分点"),
        ("降幅收窄", "下降2%，降幅比上年收窄1个百分点"), ("增速回升", "增长5.1%，比上年回落0.5个百分点"),
    ]
    table = evaluate_table({"target": [r[0] for r in rows], "reported": [r[1] for r in rows]}, polarity="lower")
    for i, (target, reported) in enumerate(rows):
        v = evaluate(target, reported, polarity="lower")
        assert (table.status[i], table.reason[i]) == (v.status.value, v.reason.value), (target, reported)
        got = float(table.value[i])
        assert (math.isnan(got) and v.value is None) or got == float(v.value)


STREAM_RULES = """\
plan: {name: P, periods: ["2021", "2022"]}
indicators:
  - id: ratio
    name: 城乡居民收入比
    polarity: lower
    targets:
      "2021": 持续缩小
      "2022": 持续缩小
  - id: fall
    name: 工业增加值增速
    polarity: higher
    measure: rate
    unit: "%"
    targets:
      "2022": 降幅收窄
"""
PANEL = """\
region,indicator,period,reported
A,ratio,2022,2.1（2019年为2.05）
A,fall,2022,下降2%（上年下降3%）
B,ratio,2022,2.1（2021年为2.15）
B,fall,2022,下降4%（上年下降3%）
C,ratio,2021,2.2
C,ratio,2022,2.1（2019年为2.05）
D,ratio,2021,2.1（2020年为2.05）
D,ratio,2022,2.0
"""


def test_the_streamed_check_agrees_with_check(tmp_path, capsys):
    # the arrays know no period: a cell dated another year than the one before is judged by check (scale/stream)
    import csv
    import io

    from compliance.cli import main

    (tmp_path / "r.yaml").write_text(STREAM_RULES, encoding="utf-8")
    (tmp_path / "p.csv").write_text(PANEL, encoding="utf-8")
    found = {}
    for name, extra in (("check", []), ("stream", ["--stream"])):
        verdicts = {}
        for region in "ABCD":
            rows = [line for line in PANEL.splitlines()[1:] if line.startswith(region + ",")]
            path = tmp_path / f"{region}.csv"
            path.write_text("indicator,period,reported\n" + "".join(line[2:] + "\n" for line in rows), encoding="utf-8")
            main(["check", str(tmp_path / "r.yaml"), str(path), "--period", "all", "--format", "csv", *extra])
            for row in csv.DictReader(io.StringIO(capsys.readouterr().out)):
                verdicts[region, row["indicator"], row["period"]] = (row["status"], row["reason"])
        main(["check", str(tmp_path / "r.yaml"), str(tmp_path / "p.csv"), "--by", "region", "--period", "all",
              "--format", "csv"])
        by = {(row["region"], row["indicator"], row["period"]): (row["status"], row["reason"])
              for row in csv.DictReader(io.StringIO(capsys.readouterr().out))}
        found[name] = verdicts
        assert {k: v for k, v in by.items() if k in verdicts} == verdicts
    assert found["check"] == found["stream"]
    assert found["check"]["A", "ratio", "2022"] == ("pending", "previous_unknown")  # 2019's figure, judged in 2022
    assert found["check"]["B", "ratio", "2022"] == ("met", "measured")
    assert found["check"]["C", "ratio", "2022"] == ("met", "measured")  # the dataset's 2021 row wins
    assert found["check"]["D", "ratio", "2021"] == ("missed", "measured")  # 2020 is the year before 2021
    assert found["check"]["A", "fall", "2022"] == ("met", "measured")
    assert found["check"]["B", "fall", "2022"] == ("missed", "measured")


@pytest.mark.parametrize(("target", "reported", "status", "previous"), [
    ("降幅收窄", "下降2%，降幅比上年收窄1个百分点", "met", "-3%"),  # the decline 1 point smaller: 3% the year before
    ("降幅收窄", "下降5.1%，降幅比上年扩大0.8个百分点", "missed", "-4.3%"),
    ("增速回升", "增长6.1%，增速比上年提高0.5个百分点", "met", "5.6%"),
    ("增速回升", "增长5.1%，比上年回落0.5个百分点", "missed", "5.6%"),
    ("增幅扩大", "增长8%，增幅比上年扩大2个百分点", "met", "6%"),
])
def test_a_sentence_states_the_rate_and_its_change(target, reported, status, previous):
    v = evaluate(target, reported)
    assert v.status.value == status and f"the previous rate is {previous}" in v.explain("en")
    assert "上期增速推得为" in v.explain("zh")
    assert v.value is not None and abs(v.value) == abs(Decimal(reported.split("，")[0][2:-1]))  # the rate is judged


@pytest.mark.parametrize(("target", "reported"), [
    ("降幅收窄", "降幅收窄1.2个百分点"),  # the change alone: no rate to judge
    ("增速回升", "增长6.1%，第三产业比重比上年提高0.5个百分点"),  # another indicator's change
    ("逐步增加", "增长6.1%，增速比上年提高0.5个百分点"),  # a level's direction: the rate's change says nothing
])
def test_a_change_not_of_the_rate_judged_stays_pending(target, reported):
    assert evaluate(target, reported).status.value == "pending"


@pytest.mark.parametrize(("target", "reported", "previous", "status", "value"), [
    ("降幅收窄", "下降4%，降幅比上年扩大1个百分点", "下降3%", "missed", "-4"),  # was met, reading +1 point
    ("降幅收窄", "下降2%，降幅比上年收窄1个百分点", "下降3%", "met", "-2"),
    ("增速回升", "增长5.1%，比上年回落0.5个百分点", "5.6", "missed", "5.1"),
])
def test_with_the_callers_previous_the_rate_is_still_the_figure(target, reported, previous, status, value):
    v = evaluate(target, reported, previous=previous)
    assert (v.status.value, v.value) == (status, Decimal(value))
