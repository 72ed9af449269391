"""A target in line with a level someone else sets (与全国调控目标一致, 与省下达目标一致, 与国家价格调控目标保持衔接,
完成国家下达任务) is a reference target, as 达到市级要求（3.2） is: pending reference_unknown without the figure, met or
missed when the figure is given in a bracket of the cell, by the caller or by a rules file. 与全国调控目标一致 was
unread (一致 a plain word), 与省下达目标一致 read as two targets (与 a list's 和), 保持衔接 a qualitative predicate.

Verbatim targets and their sources:
- 居民消费价格指数与全国调控目标一致: https://www.baotou.gov.cn/info/egovinfo/1001/zwgkbf/copy_2_xxgk_nry/11150200011536003J/2025-00019.htm
  (2025包头市国民经济和社会发展计划, corpus tv066)
- 居民消费价格指数与国家价格调控目标保持衔接: http://dzb.whb.cn/html/2019-01/28/content_750741.html (2019上海市政府工作报告,
  corpus t0314)
- 单位地区生产总值能耗完成“十四五”国家考核目标: https://cjrb.cjn.cn/h5/html5/2025-01/17/content_151731_1763949.htm
  (2025湖北省政府工作报告, corpus t0211)
"""

from __future__ import annotations

import pytest

import compliance

CPI_BAOTOU = "居民消费价格指数与全国调控目标一致"
CPI_SHANGHAI = "居民消费价格指数与国家价格调控目标保持衔接"


@pytest.mark.parametrize("target", [CPI_BAOTOU, CPI_SHANGHAI, "与全国调控目标一致", "与国家调控目标保持一致",
                                    "与全国调控目标相一致", "符合国家调控目标"])
def test_in_line_with_the_national_target_is_a_reference(target: str) -> None:
    c = compliance.parse_target(target)
    assert (c.kind, c.name, c.relation) == ("reference", "国家调控目标", "reach")
    v = compliance.evaluate(target, "2.5", polarity="lower")
    assert (v.status.value, v.reason.value) == ("pending", "reference_unknown")
    assert "缺少参照值" in v.explain("zh")


@pytest.mark.parametrize("target", [CPI_BAOTOU, CPI_SHANGHAI])
@pytest.mark.parametrize(("reported", "status"), [("2.5", "met"), ("3", "met"), ("3.1", "missed"), ("3.8", "missed")])
def test_in_line_with_a_given_national_figure(target: str, reported: str, status: str) -> None:
    v = compliance.evaluate(target, reported, polarity="lower", references={"国家调控目标": 3})
    assert v.status.value == status
    assert str(v.threshold) == "3"


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("与全国调控目标一致（3%）", "2.8", "met"), ("与全国调控目标一致（3%）", "3.2", "missed"),
    ("与省下达目标一致（4.5%左右）", "4.4", "met"), ("与省下达目标一致（4.5%左右）", "3", "missed"),
])
def test_in_line_with_a_figure_in_the_cell(target: str, reported: str, status: str) -> None:
    polarity = "lower" if "3%" in target else "higher"
    v = compliance.evaluate(target, reported, polarity=polarity)
    assert v.status.value == status
    assert v.target.inline is not None and v.reference is not None and v.reference.source == "inline"


@pytest.mark.parametrize(("target", "name", "relation"), [
    ("与省下达目标一致", "省级要求", "reach"), ("完成国家下达任务", "国家要求", "complete"),
    ("控制在国家下达指标以内", "国家要求", "le"), ("不超过省下达指标", "省级要求", "le"),
    ("达到省定目标", "省级要求", "reach"), ("单位地区生产总值能耗完成“十四五”国家考核目标", "国家要求", "reach"),
])
def test_targets_set_above_are_references(target: str, name: str, relation: str) -> None:
    c = compliance.parse_target(target)
    assert (c.kind, c.name, c.relation) == ("reference", name, relation)
    assert compliance.evaluate(target, "3").reason.value == "reference_unknown"


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("控制在国家下达指标以内", "1.9", "met"), ("控制在国家下达指标以内", "2.1", "missed"),
    ("完成国家下达任务", "2", "met"), ("完成国家下达任务", "1.5", "missed"),
])
def test_a_task_set_above_with_its_figure(target: str, reported: str, status: str) -> None:
    assert compliance.evaluate(target, reported, references={"国家要求": 2}).status.value == status


@pytest.mark.parametrize(("figure", "status"), [("34", "met"), ("32", "missed")])
def test_a_rules_file_gives_the_national_target(tmp_path, figure: str, status: str) -> None:  # type: ignore[no-untyped-def]
    from reportkit import SMALL_DATA, SMALL_RULES, small_plan

    rules_text = SMALL_RULES.replace('targets: {"2022": "<30"}', 'targets: {"2022": "与全国调控目标一致"}').replace(
        "indicators:\n", f"references:\n  - {{name: 国家调控目标, indicator: pm25, value: \"{figure}\"}}\nindicators:\n", 1)
    _, _, _, judgements = small_plan(tmp_path, rules_text, SMALL_DATA)
    j = next(j for j in judgements if j.indicator.id == "pm25")
    assert j.verdict.status.value == status  # 33 (lower is better) against <= the national figure
