"""A report that says in words, without a figure, that a target without a figure of its own was met (judge/words.py).

* a 同步 target, where the report says the indicator grew in step with the same one (zh.yaml ``sync`` patterns;
  经济 and 经济增长 name the same role): met, attested; 基本同步 does not attest a strict 同步, a negation right
  before it (未能与经济增长同步) attests nothing, another indicator (与物价同步) neither;
* any target quoted after a word of completion (完成…高于 GDP 增速目标): met, attested; 未完成 attests nothing.
Verbatim rows of tests/corpus (lo014, fo021; sources there) among them.
"""

from __future__ import annotations

import pytest

from compliance import evaluate, evaluate_table

CASES = [
    # lo014, 沈阳市2023年计划执行情况报告: the report restates the in-step target of two indicators in its own words
    ("城镇和农村居民人均可支配收入增长与经济增长基本同步", "城镇和农村居民人均可支配收入增长与经济增长基本同步", "met"),
    ("与经济增长基本同步", "居民收入增长与经济增长基本同步", "met"),
    ("与经济增长基本同步", "居民收入与经济发展同步", "met"),  # 经济发展: the same role
    ("与经济增长同步", "居民收入增长与经济增长基本同步", "pending"),  # 基本同步 is less than 同步
    ("与经济增长基本同步", "居民收入增长未能与经济增长同步", "pending"),  # negated
    ("与经济增长基本同步", "居民收入增长与物价同步", "pending"),  # another indicator
    # fo021, 2021瑶海区计划执行情况报告: the target quoted after 完成
    ("高于 GDP 增速", "城镇常住居 民人均可支配收入增速完成区人代会批准的高于 GDP 增速 目标", "met"),
    ("高于GDP增速", "收入增速未完成高于GDP增速目标", "pending"),  # negated
    ("高于GDP增速", "完成全年目标", "met"),  # a whole attestation, as before (reported.attested)
    ("高于GDP增速", "收入增速完成区人代会批准的目标", "pending"),  # neither the target's words nor a whole attestation
]


@pytest.mark.parametrize(("target", "reported", "status"), CASES)
def test_a_target_met_in_words(target, reported, status):
    v = evaluate(target, reported)
    assert v.status.value == status
    if status == "met":
        assert v.reason.value == "attested"


def test_the_explanation_quotes_the_words():
    v = evaluate("与经济增长基本同步", "居民收入增长与经济增长基本同步")
    assert "the report says '与经济增长基本同步' in words" in v.explain("en")
    assert "报告文字称“与经济增长基本同步”" in v.explain("zh")
    v = evaluate("高于 GDP 增速", "城镇常住居 民人均可支配收入增速完成区人代会批准的高于 GDP 增速 目标")
    assert "完成区人代会批准的高于GDP增速" in v.explain("en") and "完成目标本身" in v.explain("zh")


def test_a_figure_is_still_judged_as_a_figure():
    assert evaluate("与经济增长基本同步", "5.3", references={"economic_growth": 5.8}).status.value == "met"
    assert evaluate("与经济增长基本同步", "3.3", references={"economic_growth": 5.8}).status.value == "missed"


def test_bulk_equals_evaluate():
    table = evaluate_table({"target": [c[0] for c in CASES], "reported": [c[1] for c in CASES]}, polarity="higher")
    for i, (target, reported, _) in enumerate(CASES):
        v = evaluate(target, reported)
        assert (table.status[i], table.reason[i]) == (v.status.value, v.reason.value), (target, reported)


@pytest.mark.parametrize(("target", "reported", "status"), [
    # a sentence of figures: its 实现 / 达到 are the figures' verbs, never an attestation of a qualitative target
    ("主要约束性指标控制在省市规定范围以内", "初步核算,全年实现地区生产总值2418.9亿元,按不变价格计算,比上年增长3.9%。", "pending"),
    ("生态环境质量继续保持全国一流水平", "去年全国PM2.5平均浓度降到28微克/立方米,优良天数比例达到89.3%", "pending"),
    ("国际收支基本平衡", "国际收支基本平衡，外汇储备3.2万亿美元", "met"),  # the target's own words
    ("主要约束性指标控制在省市规定范围以内", "完成", "met"),  # tf070
    ("生态环境质量继续保持全国一流水平", "实现", "met"),
    ("国际收支基本平衡", "已实现基本平衡", "met"),
])
def test_a_qualitative_target_is_attested_by_words_not_by_a_figures_verb(target, reported, status):
    assert evaluate(target, reported).status.value == status
