"""A standard or a range set above is a reference (zh.yaml references): 达到国家标准 and 符合国家标准 were unread,
控制在省市规定范围以内 read as qualitative (nested.reference took no comparator after the reference: 以内 closes
控制在's frame). Without the reference's value: pending reference_unknown naming it; with it (rules file
``references:`` or ``references=``): judged either side, as 达到市级要求 is."""

from __future__ import annotations

import pytest

import compliance

RANGE = "主要约束性指标控制在省市规定范围以内"


@pytest.mark.parametrize(("target", "name", "phrase", "relation"), [
    (RANGE, "省市要求", "省市规定范围", "le"), ("控制在省市规定范围内", "省市要求", "省市规定范围内", "le"),
    ("控制在市级要求以内", "市级要求", "市级要求", "le"), ("达到国家标准", "国家标准", "国家标准", "reach"),
    ("符合国家标准", "国家标准", "国家标准", "reach"), ("达到全省平均水平以上", "全省平均水平", "全省平均水平", "ge"),
])
def test_read_as_a_reference(target, name, phrase, relation):
    c = compliance.parse_target(target)
    assert (c.kind, c.name, c.phrase, c.relation) == ("reference", name, phrase, relation)
    v = compliance.evaluate(target, "5")
    assert (v.status.value, v.reason.value, v.missing) == ("pending", "reference_unknown", (phrase,))
    assert f"'{phrase}' is unknown" in v.explain("en")


@pytest.mark.parametrize(("target", "name", "polarity", "met", "missed"), [
    (RANGE, "省市要求", "lower", "5.9", "6.1"), (RANGE, "省市要求", "higher", "6", "6.1"),  # 以内 is <= either way
    ("达到国家标准", "国家标准", "higher", "6", "5.9"), ("达到国家标准", "国家标准", "lower", "6", "6.1"),
    ("符合国家标准", "国家标准", "lower", "5.9", "6.1"),
])
def test_judged_with_the_reference_value(target, name, polarity, met, missed):
    references = {name: 6}
    assert compliance.evaluate(target, met, polarity=polarity, references=references).status.value == "met"
    assert compliance.evaluate(target, missed, polarity=polarity, references=references).status.value == "missed"


def test_attested_in_words_as_before():
    assert compliance.evaluate(RANGE, "完成").status.value == "met"  # tf070's probe
    assert compliance.evaluate(RANGE, "-").status.value == "pending"


@pytest.mark.parametrize(("references", "value", "status"), [
    ("references:\n  - {name: 国家标准, value: '35'}\n", "33", "met"),
    ("references:\n  - {name: 国家标准, value: '35'}\n", "37", "missed"), ("", "33", "pending"),
])
def test_a_rules_file_gives_the_reference(tmp_path, references, value, status):
    from compliance.plans.check import check
    from compliance.plans.datasets import load_dataset
    from compliance.plans.rules import load_rules

    rules = tmp_path / "rules.yaml"
    rules.write_text(f"plan: {{name: t}}\n{references}indicators:\n  - {{id: pm, name: PM2.5年均浓度, polarity: lower, "
                     "targets: {'2022': 达到国家标准}}\n", encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text(f"indicator,period,reported\npm,2022,{value}\n", encoding="utf-8")
    (judged,) = check(load_rules(rules), load_dataset(data, ["pm"]))
    assert judged.verdict.status.value == status
    if status == "pending":
        assert (judged.verdict.reason.value, judged.verdict.missing) == ("reference_unknown", ("国家标准",))
