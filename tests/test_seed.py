"""The seed plan: every string is read, and 2022 agrees with the document's own assessment."""

from __future__ import annotations

from compliance import Status, parse_reported, parse_target
from compliance.plans.check import check, summarize
from compliance.plans.datasets import load_dataset
from compliance.plans.rules import load_rules

from conftest import SEED_DATA, SEED_RULES

# The report (p. 162 of the seed): 27 of 31 met; GDP growth, FTZ enterprise revenue growth,
# high-tech enterprise revenue growth and district budget revenue growth fell short.
SHORT = {"gdp_growth", "ftz_revenue_growth", "hightech_revenue_growth", "district_budget_revenue_growth"}


def test_every_seed_string_is_read(indicators, rows):
    for indicator in indicators:
        for period, text in indicator["targets"].items():
            assert parse_target(text).kind != "unrecognized", (indicator["id"], period, text)
    for row in rows:
        assert parse_reported(row["reported"]).kind not in ("unrecognized", "ambiguous"), row


def _judge_2022():
    rules = load_rules(SEED_RULES)
    data = load_dataset(SEED_DATA, [i.id for i in rules.indicators])
    return check(rules, data, ["2022"])


def test_2022_agrees_with_the_document():
    judgements = _judge_2022()
    missed = {j.indicator.id for j in judgements if j.verdict.status is Status.MISSED}
    assert missed == SHORT
    pending = [j for j in judgements if j.verdict.status is Status.PENDING]
    # pending only where an input is absent from the document, and the verdict names it
    assert [(j.indicator.id, j.verdict.missing) for j in pending] == [("work_safety_death_rate", ("国家对北京市的要求",))]
    assert "国家对北京市的要求" in pending[0].verdict.explain("zh")
    summary = summarize(judgements)
    assert summary.indicator_count == 31
    assert summary.indicators["missed"] == 4
    assert summary.indicators["met"] + summary.indicators["pending"] == 27


def test_2022_reasons_are_the_right_ones():
    by_id = {j.indicator.id: j.verdict for j in _judge_2022()}
    assert by_id["construction_land"].basis == "attested"
    assert by_id["forest_cover"].basis == "attested"
    assert by_id["registered_unemployment"].reference.source == "reported"
    assert by_id["cdc_staff_per_10000"].previous == parse_reported("0.88").value.value
    assert by_id["energy_intensity_decline"].provisional
    assert by_id["elderly_beds_per_1000"].threshold == parse_target("5.5").value.value
    assert by_id["disposable_income_growth"].status is Status.MET  # a growth rate above zero
    assert by_id["ftz_revenue_growth"].gap < 0
