"""Phrasings of the twentieth set (tests/corpus/targets_twentieth.tsv, outcomes_twentieth.tsv) read in general, each
checked by its verdict either side.

Incomes said to grow faster than the economy, in words and without a figure (城镇、农村常住居民人均可支配收入增长高于经济增长,
伊春's 2022 review; ●城乡居民收入增速高于经济增速, 湖南's 2022 results, the nineteenth set's oj010), attest an in-step target
(居民收入增长与经济增长基本同步) as 与经济增长同步 does: faster is in step or better. They were pending (no figure, no sync
pattern). A comparator of "above" (zh.yaml comparators.before gt: 高于, 快于, 超过) right before a name of the same role
(zh.yaml sync.indicators: 经济增长, 经济增速 ...) now attests it (judge/words.py ``_faster_said``); a negation, a word of doubt
or an aim before it (未能高于, 力争), the opposite comparator (低于) or words naming another indicator before it (规上工业增加值
增速高于经济增速) attest nothing.
"""

from __future__ import annotations

import pytest

import compliance
from compliance.models import Reason, Status

#: 2023伊春市政府工作报告 (中国经济网, http://district.ce.cn/newarea/roll/202301/10/t20230110_38337372.shtml), ow013
YICHUN = ("预计地区生产总值增长4%左右,规模以上工业增加值下降1.2%,社会消费品零售总额下降1.5%,固定资产投资增长25%以上,实际利用内资"
          "增长33.7%,外贸进出口总额增长40%,一般公共预算收入增长15%以上,城镇、农村常住居民人均可支配收入增长高于经济增长。")
#: the nation's 2022 target (targets.tsv t0026) and its 2025 one (t0397)
SYNC_LOOSE = "居民收入增長與經濟增長基本同步"
SYNC_STRICT = "居民收入增长和经济增长同步"
#: 2023湖南省政府工作报告图解 (http://yueyang.gov.cn/zwgk/21872/content_2029293.html), the nineteenth set's oj010
HUNAN = "●城乡居民收入增速高于经济增速"


@pytest.mark.parametrize("target", [SYNC_LOOSE, SYNC_STRICT])
@pytest.mark.parametrize("reported", [YICHUN, HUNAN, "城镇、农村常住居民人均可支配收入增长高于经济增长。",
                                      "城乡居民收入增长快于经济增长"])
def test_incomes_faster_than_the_economy_in_words_attest_in_step(target, reported):
    verdict = compliance.evaluate(target, reported)
    assert (verdict.status, verdict.reason) == (Status.MET, Reason.ATTESTED)
    assert any(n.code == "sync_attested" for n in verdict.notes)


@pytest.mark.parametrize("reported", ["城乡居民收入增速低于经济增速", "城乡居民收入增速未能高于经济增速",
                                      "力争城乡居民收入增速高于经济增速", "规上工业增加值增速高于经济增速",
                                      "城乡居民收入增速高于全省平均水平"])
def test_slower_denied_aimed_or_another_indicators_attest_nothing(reported):
    assert compliance.evaluate(SYNC_LOOSE, reported).status is Status.PENDING



#: 渭南市2020年国民经济和社会发展计划 (http://cn-huaji.com/zfxxgk/fdzdgknr/ghgk/gmjjhshfzjh/1628217197627211778.html), tw011
WEINAN_ABOVE = "力争生产总值增速高于全国全省平均增速"

def test_the_average_growth_of_the_nation_and_the_province_is_two_references():
    """平均增速 names the average growth as 平均水平 does (zh.yaml references): above both, judged either side of the
    higher; the province's alone passed is not enough."""
    both = {"全国平均水平": 2.3, "全省平均水平": 2.2}
    assert compliance.evaluate(WEINAN_ABOVE, "3", references=both).status is Status.MET
    assert compliance.evaluate(WEINAN_ABOVE, "2.25", references=both).status is Status.MISSED
    one = "生产总值增速高于全国平均增速"
    assert compliance.parse_target(one).kind == "reference"
    assert compliance.evaluate(one, "6", references={"全国平均水平": 5.2}).status is Status.MET
    assert compliance.evaluate(one, "5", references={"全国平均水平": 5.2}).status is Status.MISSED


#: tw011 in full: principles quoted in a clause of their own before the target (渭南's 2020 plan)
WEINAN_FULL = ("经济社会发展的主要预期目标是:按照“质量第一、效益优先”的原则和“目标不变、任务不减、标准不降”要求,"
               "力争生产总值增速高于全国全省平均增速")


@pytest.mark.parametrize("text", [WEINAN_FULL, "增速高于全国、全省平均水平。", "研發經費投入強度持續高于全國全省平均水平。"])
def test_two_references_are_looked_for_in_the_last_clause_only(text):
    """The quoted principles' 、 (质量第一、效益优先) was taken for the list mark between the references, so the target was
    words only (language/joint.py ``_cut`` now looks in the last clause; a mark ending the text ends no clause)."""
    target = compliance.parse_target(text)
    assert target.kind == "several" and [part.name for part in target.parts] == ["全国平均水平", "全省平均水平"]
    both = {"全国平均水平": 2.3, "全省平均水平": 2.2}
    assert compliance.evaluate(text, "3", references=both).status is Status.MET
    assert compliance.evaluate(text, "2.25", references=both).status is Status.MISSED
