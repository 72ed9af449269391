"""Helpers for the report tests: the seed plan judged for 2022, and small plans written to a tmp dir."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from conftest import ROOT

RULES = "rules/haidian-2022.yaml"
DATASET = "datasets/haidian-2022.csv"
NOW = "2023-03-01T00:00:00+08:00"
MISSED_2022 = {"gdp_growth", "ftz_revenue_growth", "hightech_revenue_growth", "district_budget_revenue_growth"}


@cache
def seed_judgements():
    from compliance.plans.check import check
    from compliance.plans.datasets import load_dataset
    from compliance.plans.rules import load_rules

    here = os.getcwd()
    os.chdir(ROOT)  # files named relative to the repository, as in examples/
    try:
        rules = load_rules(RULES)
        data = load_dataset(DATASET, [indicator.id for indicator in rules.indicators])
    finally:
        os.chdir(here)
    return rules, tuple(check(rules, data, ["2022"]))


def seed_report(overrides=None, now=NOW):
    """The 2022 report of the seed plan, files named relative to the repository as in examples/."""
    from compliance.report import build_report

    rules, judgements = seed_judgements()
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        return build_report(
            judgements, rules=rules, rules_path=RULES, data_path=DATASET, periods=["2022"],
            overrides=overrides, now=now,
        )
    finally:
        os.chdir(here)


SMALL_RULES = """\
plan:
  name: 测试计划
  jurisdiction: 测试区
  periods: ["2022"]
indicators:
  - id: pm25
    number: "1"
    name: 细颗粒物浓度
    unit: 微克/立方米
    polarity: lower
    attribute: 约束性
    department: 区生态环境局
    targets: {"2022": "<30"}
  - id: gdp_growth
    number: "2"
    name: 地区生产总值增速
    unit: "%"
    polarity: higher
    measure: rate
    attribute: 预期性
    department: 区发展改革委
    targets: {"2022": "6以上"}
  - id: beds_a
    number: "3"
    name: 床位（甲）
    unit: 张
    polarity: higher
    targets: {"2022": "10"}
  - id: beds_b
    number: "3"
    name: 床位（乙）
    unit: 张
    polarity: higher
    targets: {"2022": "10"}
"""

SMALL_DATA = """\
indicator,period,reported,source
pm25,2022,33,公报
gdp_growth,2022,6.5,公报
beds_a,2022,12,公报
beds_b,2022,8,公报
"""


def small_plan(tmp_path: Path, rules_text: str = SMALL_RULES, data_text: str = SMALL_DATA):
    """Write a small plan (a 约束性 miss, a 预期性 met, two sub-rows of one 序号) and judge 2022."""
    from compliance.plans.check import check
    from compliance.plans.datasets import load_dataset
    from compliance.plans.rules import load_rules

    rules_path, data_path = tmp_path / "plan.yaml", tmp_path / "data.csv"
    rules_path.write_text(rules_text, encoding="utf-8")
    data_path.write_text(data_text, encoding="utf-8")
    rules = load_rules(rules_path)
    data = load_dataset(data_path, [indicator.id for indicator in rules.indicators])
    return rules, rules_path, data_path, check(rules, data, ["2022"])
