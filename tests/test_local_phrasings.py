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
