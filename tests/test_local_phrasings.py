"""Phrasings of local plan-execution reports the engine reads (found collecting tests/corpus/*_local.tsv).

``扣除留抵退税因素后增长1.3%`` (2022's budget revenue, net of the VAT credit refunds: the comparable growth the
reports judge by) goes on about the indicator of the clause before it, as ``扣除价格因素`` does: the growth is
the indicator's, not another's. The sentence is 沈阳's 2022 plan-execution report, verbatim.
"""

from __future__ import annotations

import pytest

import compliance

SHENYANG_2022 = "一般公共预算收入713.7亿元,扣除留抵退税因素后增长1.3%"


@pytest.mark.parametrize(("target", "status"), [("一般公共预算收入增长1%", "met"), ("一般公共预算收入增长6%", "missed")])
def test_growth_net_of_tax_refunds_is_the_indicators_growth(target, status):
    verdict = compliance.evaluate(target, SHENYANG_2022)
    assert (verdict.status.value, str(verdict.value)) == (status, "1.3")


@pytest.mark.parametrize(("reported", "status"), [("地区生产总值1000亿元,扣除价格因素后增长6.5%", "met"),
                                                  ("地区生产总值1000亿元,扣除价格因素后增长5.5%", "missed")])
def test_growth_net_of_prices_after_a_level(reported, status):
    assert compliance.evaluate("地区生产总值增长6%", reported).status.value == status


# 千分之四点五 is 4.5‰ (as 百分之六 is 6%), and 自然增长率 is a name's words, not the change 增长: the 2009 四川
# target 人口自然增长率控制在千分之四点五以内 was read as a bound of a bare 4.5 under the subject 人口自然增长率控制在千分之,
# so 0.5% (5‰) met it; a documents extraction named the indicator 人口自然 with the target 增长率控制在….
SICHUAN_2009 = "人口自然增长率控制在千分之四点五以内"


def test_per_mille_in_characters_is_read_with_its_unit():
    target = compliance.parse_target(SICHUAN_2009)
    assert (target.kind, str(target.value.value), target.value.unit) == ("bound", "4.5", "‰")
    assert target.subject.text == "人口自然增长率"


@pytest.mark.parametrize(("reported", "status"), [
    ("人口自然增长率2.7‰", "met"), ("5.0‰", "missed"), ("0.27%", "met"), ("0.5%", "missed"),
    # 松原's 2024 bulletin, verbatim: the natural growth rate is picked among the rates of the sentence
    ("全年出生人口1.15万人,出生率为5.46‰;死亡人口1.98万人,死亡率为9.39‰;自然增长率为-3.93‰", "met"),
])
def test_a_natural_growth_ceiling_is_judged_on_the_rate(reported, status):
    assert compliance.evaluate(SICHUAN_2009, reported, polarity="lower").status.value == status


def test_a_document_clause_keeps_the_natural_growth_rate_in_its_name():
    from compliance.documents.clauses import split_clause

    assert split_clause(SICHUAN_2009) == [("人口自然增长率", "控制在千分之四点五以内")]
    assert split_clause("服务业增加值占地区生产总值比重达到55%") == [("服务业增加值占地区生产总值比重", "达到55%")]
