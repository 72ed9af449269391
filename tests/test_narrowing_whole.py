"""A name holding a narrowing word that a bulletin writes for the whole indicator a plan names without it
(zh.yaml ``choosing.narrowing_whole``; judge/narrowed.py).

* 商务部 counts 外商直接投资 as 实际使用外资: "我国吸收外商直接投资总量继续保持增长。…实际使用外资金额1381.9亿元人民币"
  (http://cn.chinagate.cn/data/2015-06/19/content_35861406.htm); older plans write 实际利用外资. A bulletin's
  实际使用外商直接投资 is the figure of a plan's 实际利用外资 target, where the sentence names no 外资 of its own; an older
  bulletin's 实际利用外资12亿美元，其中外商直接投资8亿美元 keeps them apart (the whole's 12 chosen).
* technical renovation is counted in industry: "全省工业技改投资同比增长42.5%，…拉动工业投资增长10.2个百分点，…占工业投资
  比重30.3%" (http://m.dcqhyn.cn/news/show-125818.html); "技改投资…占全市工业投资比重为75.6%"
  (http://info.xingtai.gov.cn/single/105/373306.html): a bulletin's 工业技改投资 / 工业技术改造投资 is a plan's 技改投资.
  技改 still narrows 工业投资 and 固定资产投资 (another indicator: pending), and 外商 still narrows 固定资产投资.
"""

from __future__ import annotations

import pytest

from compliance import evaluate


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("实际利用外资增长5%", "全年实际使用外商直接投资增长8%", "met"),
    ("实际利用外资增长5%", "全年实际使用外商直接投资增长3%", "missed"),
    ("实际利用外资10亿美元", "实际使用外商直接投资12亿美元", "met"),
    ("实际利用外资10亿美元", "实际使用外商直接投资9亿美元", "missed"),
    ("技改投资增长10%", "工业技改投资增长12%", "met"),
    ("技改投资增长10%", "工业技改投资增长8%", "missed"),
    ("技改投资增长10%", "工业技术改造投资增长12%", "met"),
    ("技改投资增长10%", "工业技术改造投资增长8%", "missed"),
    ("技术改造投资增长10%", "技改投资增长12%", "met"),
    ("技术改造投资增长10%", "技改投资增长8%", "missed"),
])
def test_a_bulletin_name_of_the_whole_gives_the_targets_figure(target: str, reported: str, status: str) -> None:
    assert evaluate(target, reported).status.value == status


@pytest.mark.parametrize(("target", "reported", "value"), [
    ("实际利用外资10亿美元", "全年实际使用外资12亿美元，其中外商直接投资8亿美元", "12"),  # met by the whole's
    ("实际利用外资10亿美元", "全年实际使用外资9亿美元，其中外商直接投资12亿美元", "9"),  # missed by the whole's
    ("外商直接投资8亿美元", "全年实际使用外资12亿美元，其中外商直接投资8亿美元", "8"),  # its own part's
    ("技改投资增长10%", "技改投资增长8%，其中工业技改投资增长12%", "8"),
    ("工业投资增长10%", "工业投资增长12%，其中工业技改投资增长20%", "12"),
])
def test_a_sentence_naming_both_keeps_them_apart(target: str, reported: str, value: str) -> None:
    verdict = evaluate(target, reported)
    assert verdict.status.value != "pending" and str(verdict.value) == value


@pytest.mark.parametrize(("target", "reported"), [
    ("工业投资增长10%", "工业技改投资增长12%"),  # technical renovation is part of industrial investment
    ("工业投资增长10%", "技改投资增长12%"),
    ("固定资产投资增长10%", "工业技改投资增长12%"),
    ("固定资产投资增长10%", "技术改造投资增长12%"),
    ("固定资产投资增长10%", "外商直接投资增长12%"),
    ("固定资产投资增长10%", "外商投资增长12%"),
    ("实际利用外资增长5%", "外商投资企业增加值增长8%"),
    ("工业增加值增长5%", "技改投资增长12%"),
])
def test_the_narrowing_word_still_narrows_other_names(target: str, reported: str) -> None:
    verdict = evaluate(target, reported)
    assert (verdict.status.value, verdict.missing) == ("pending", ("indicator_figure",))
