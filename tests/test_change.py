"""The arithmetic of change (issue 9, section 3): percentage points, changes against levels, 年均,
comparisons with the previous period, 翻一番, and 控制在X左右.

Real strings carry the corpus id (tests/corpus/targets.tsv) they come from; each form is judged on
values either side of its threshold, and pending where an input is honestly missing.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from compliance import evaluate, parse_reported, parse_target
from compliance.language.units import convert


def status(target, reported, **kwargs) -> str:
    return evaluate(target, reported, **kwargs).status.value


# ------------------------------------------------------------------ 个百分点 is its own unit


def test_percentage_points_never_convert_into_percent():
    assert convert(Decimal(1), "个百分点", "%") is None
    assert convert(Decimal(1), "百分点", "个百分点") == Decimal(1)
    assert parse_reported("提高1.2个百分点").value.unit == "个百分点"


def test_a_gap_between_percentages_is_in_percentage_points():
    verdict = evaluate("6%以上", "4")
    assert "低于目标 2 个百分点" in verdict.explain("zh")
    assert "2 percentage points short" in verdict.explain("en")
    # a gap between plain numbers keeps their own (absent) unit
    assert "低于目标 2，" in evaluate("6以上", "4").explain("zh")


# ------------------------------------------------------------------ 较上年提高1个百分点 with levels


@pytest.mark.parametrize(("reported", "previous", "expected"), [
    ("45.5", "44.2", "met"),  # +1.3 points (t0409: 力争清洁能源占比提高1个百分点)
    ("44.6", "44.2", "missed"),  # +0.4 points
    ("45.2", "44.2", "met"),  # exactly +1 point: 提高1个百分点 includes 1
    ("45.5%", "44.2%", "met"),
    ("45.5", None, "pending"),  # a level without the previous one: previous_unknown
    ("提高1.2个百分点", None, "met"),  # a reported change is judged directly
    ("提高0.8个百分点", None, "missed"),
    ("1.2个百分点", None, "met"),
])
def test_points_change_against_levels(reported, previous, expected):
    for target in ("较上年提高1个百分点", "比上年提高1个百分点", "提高1个百分点"):
        verdict = evaluate(target, reported, previous=previous)
        assert verdict.status.value == expected, (target, reported, previous)
    if expected == "pending":
        assert verdict.reason.value == "previous_unknown" and verdict.missing == ("previous",)


def test_points_change_explains_the_difference_of_levels():
    verdict = evaluate("较上年提高1个百分点", "44.6", previous="44.2", unit="%")
    assert verdict.status.value == "missed" and verdict.previous == Decimal("44.2")
    text = verdict.explain("zh")
    assert "≥ 1个百分点" in text and "0.4个百分点" in text and "44.2%" in text


# ------------------------------------------------------------------ 比上年下降3% / 比2020年下降18% with levels


@pytest.mark.parametrize(("reported", "previous", "expected"), [
    ("96", "100", "met"),  # a 4% fall
    ("98", "100", "missed"),  # a 2% fall, though 98 is far above 3
    ("97", "100", "met"),  # exactly 3%
    ("下降3.5%", None, "met"),  # a reported change is judged directly
    ("下降2%", None, "missed"),
    ("增长1%", None, "missed"),
])
def test_relative_change_from_the_previous_level(reported, previous, expected):
    assert status("比上年下降3%", reported, previous=previous, polarity="lower") == expected


def test_relative_change_needs_the_level_of_a_level_indicator():
    verdict = evaluate("比上年下降3%", "96", measure="level")
    assert verdict.status.value == "pending" and verdict.reason.value == "previous_unknown"
    # an indicator that is itself a rate: its figure is the change
    assert status("比上年增长6%", "6.3", previous="5.9", measure="rate") == "met"


@pytest.mark.parametrize(("reported", "expected"), [("80", "met"), ("82", "met"), ("85", "missed")])
def test_change_since_a_base_year(reported, expected):
    # t0349: 到2025年,全国单位国内生产总值能源消耗比2020年下降13.5% (here with 18%, 比2020年下降18%)
    assert status("比2020年下降18%", reported, references={"2020": 100}, polarity="lower") == expected
    assert status("比2020年下降18%", reported, references={"2020年": 100}, polarity="lower") == expected


def test_base_year_level_missing_is_pending_naming_the_year():
    verdict = evaluate("比2020年下降18%", "80", measure="level")
    assert verdict.status.value == "pending" and verdict.missing == ("2020",)
    assert status("比2020年下降18%", "下降19%") == "met"  # t0349's probes are reported changes


# ------------------------------------------------------------------ 年均增长6%左右


def test_annual_average_is_judged_on_a_year_rate():
    # t0320: 全市生產總值年均增長8%左右; t0265: 服務貿易年均增速5%左右
    assert parse_target("年均增长6%左右").annual
    assert status("年均增长6%左右", "6.2") == "met"
    assert status("年均增长6%左右", "5.0") == "missed"
    assert status("年均增长6%左右", "5.8") == "met"  # within the 5% tolerance of 左右
    # from levels: one year's rate, never the level or a total
    assert status("年均增长6%左右", "107", previous="100") == "met"
    assert status("年均增长6%左右", "104", previous="100") == "missed"


# ------------------------------------------------------------------ against the previous period


@pytest.mark.parametrize(("target", "reported", "previous", "polarity", "expected"), [
    ("不低于上年", "100", "100", "higher", "met"),
    ("不低于上年", "99", "100", "higher", "missed"),
    ("不低于上年", "99", None, "higher", "pending"),
    ("高于上年", "101", "100", "higher", "met"),
    ("高于上年", "100", "100", "higher", "missed"),
    ("与上年持平", "99.5", "100", "higher", "met"),  # within 1% of the previous level
    ("与上年持平", "98", "100", "higher", "missed"),
    ("与上年持平", "103", "100", "higher", "met"),  # beating it in the good direction is fine
    ("与上年持平", "103", "100", "band", "missed"),
    ("地方一般公共预算收入与上年基本持平", "0.5", None, "higher", "met"),  # t0140: a growth rate
    ("地方一般公共预算收入与上年基本持平", "-8.0", None, "higher", "missed"),
    ("保持基本稳定", "13650", "13700", "higher", "met"),
    ("保持基本稳定", "13000", "13700", "higher", "missed"),
    ("外贸进出口总额实现正增长", "比上年增长1.2%", None, "higher", "met"),  # t0189
    ("外贸进出口总额实现正增长", "比上年下降2.0%", None, "higher", "missed"),
    ("进出口总额保持正增长", "比上年增长2.0%", None, "higher", "met"),  # t0275
    ("城乡居民收入比持续缩小", "2.45", "2.5", "lower", "met"),
    ("城乡居民收入比持续缩小", "2.55", "2.5", "lower", "missed"),
    ("城乡居民收入比持续缩小", "2.45", None, "lower", "pending"),
    ("一般公共预算收入降幅继续收窄", "-3.0", "-10.0", "higher", "met"),  # t0421
    ("一般公共预算收入降幅继续收窄", "-12.0", "-10.0", "higher", "missed"),
])
def test_against_the_previous_period(target, reported, previous, polarity, expected):
    assert status(target, reported, previous=previous, polarity=polarity) == expected


# ------------------------------------------------------------------ 翻一番


@pytest.mark.parametrize(("target", "reported", "base", "expected"), [
    ("戰略性新興產業增加值比2010年翻一番", "2100", {"2010": "1000"}, "met"),  # t0323
    ("戰略性新興產業增加值比2010年翻一番", "1500", {"2010": "1000"}, "missed"),
    ("比2010年翻一番", "2000", {"2010": "1000"}, "met"),  # exactly twice
    ("比2020年翻一翻", "150000", {"2020": "72000"}, "met"),  # t0379's published misspelling
    ("比2020年翻一翻", "110000", {"2020": "72000"}, "missed"),
    ("比2010年翻两番", "3900", {"2010": "1000"}, "missed"),  # 4x
    ("比2010年翻两番", "4100", {"2010": "1000"}, "met"),
    ("比2010年翻一番", "2100", None, "pending"),
])
def test_doubling(target, reported, base, expected):
    verdict = evaluate(target, reported, references=base)
    assert verdict.status.value == expected
    if expected == "pending":
        assert verdict.reason.value == "previous_unknown"


def test_doubling_without_a_year_uses_the_previous_value():
    assert status("翻一番", "2.1", previous="1") == "met"
    assert status("翻一番", "1.8", previous="1") == "missed"
    assert status("翻一番", "增长105%") == "met"


# ------------------------------------------------------------------ 控制在3%左右 is 3%左右


@pytest.mark.parametrize(("reported", "expected"), [("3.1", "met"), ("3.15", "met"), ("3.2", "missed"), ("2.5", "met")])
def test_control_at_about_is_about(reported, expected):
    # t0413: 居民消费价格涨幅控制在3%左右 (lower is better): the 5% tolerance of 左右 applies
    for target in ("居民消费价格涨幅控制在3%左右", "3%左右"):
        assert parse_target(target).kind == "approx"
        assert status(target, reported, polarity="lower") == expected
    assert status("控制在3%以内", "3.1", polarity="lower") == "missed"
    assert evaluate("控制在3%左右", "3.1", polarity="lower").reason.value == "within_tolerance"


# ------------------------------------------------------------------ in a rules file


CHANGE_RULES = """\
plan: {name: P, periods: ["2020", "2021", "2022", "2021-2022"]}
indicators:
  - id: energy
    name: Energy use
    polarity: lower
    measure: level
    unit: 万吨
    targets:
      "2021": 比上年下降3%
      "2022": 比2020年下降10%
      "2021-2022": 比2020年下降10%
  - id: share
    name: Clean share
    polarity: higher
    measure: level
    unit: "%%"
    targets:
      "2021": 较上年提高1个百分点
      "2022": 较上年提高1个百分点
  - id: output
    name: Output growth
    polarity: higher
    measure: rate
    unit: "%%"
    targets:
      "2021-2022": 年均增长6%%左右
"""
CHANGE_DATA = """\
indicator,period,reported
energy,2020,100
energy,2021,96
energy,2022,91
share,2020,44.2
share,2021,45.5
share,2022,45.9
output,2021,6.5
output,2022,5.9
"""


def test_a_rules_file_passes_the_previous_and_the_base_year_levels(tmp_path):
    from compliance.plans.check import check
    from compliance.plans.datasets import load_dataset
    from compliance.plans.rules import load_rules

    (tmp_path / "r.yaml").write_text(CHANGE_RULES.replace("%%", "%"), encoding="utf-8")
    (tmp_path / "r.csv").write_text(CHANGE_DATA, encoding="utf-8")
    rules = load_rules(tmp_path / "r.yaml")
    data = load_dataset(tmp_path / "r.csv", [i.id for i in rules.indicators])
    verdicts = {(j.indicator.id, j.period): j.verdict for j in check(rules, data, "all")}
    assert verdicts["energy", "2021"].status.value == "met"  # 96 against 100: a 4% fall
    assert verdicts["energy", "2022"].status.value == "missed"  # 91 against 2020's 100: a 9% fall
    assert verdicts["energy", "2022"].previous == Decimal(100)
    # over the plan period the change is compounded from the levels and judged as the change
    assert verdicts["energy", "2021-2022"].status.value == "missed"
    assert verdicts["share", "2021"].status.value == "met"  # +1.3 points
    assert verdicts["share", "2022"].status.value == "missed"  # +0.4 points
    # 年均增长6%左右 over two years of 6.5 and 5.9: the compound average (6.2), not the total (12.8)
    period = verdicts["output", "2021-2022"]
    assert period.status.value == "met" and period.value is not None and period.value < 7
