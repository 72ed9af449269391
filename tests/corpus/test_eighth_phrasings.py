"""Phrasings of the eighth set (tests/corpus/targets_eighth.tsv, outcomes_eighth.tsv) the engine first read wrong, fixed
as general rules: each either side, on the set's own text and on a phrasing of the same kind."""

from __future__ import annotations

import compliance


def test_qizhong_baokuo_is_a_lead_in_before_the_name():
    """湖南 2024 as a news report has it: 其中包括 before the name is a lead-in (as 其中 is), not the name's first words;
    a per-head figure is then another measure of the named indicator again (it was judged as the GDP: missed)."""
    target = "其中包括地区生产总值增长6%左右。"
    assert compliance.parse_target(target).subject.text == "地区生产总值"
    assert compliance.evaluate(target, "6.2").status.value == "met"
    assert compliance.evaluate(target, "5.3").status.value == "missed"
    per_head = compliance.evaluate(target, "人均地区生产总值 81225元,增长 5.3%。")
    assert (per_head.status.value, per_head.reason.value) == ("pending", "not_comparable")
    own = compliance.evaluate(target, "根据地区生产总值统一核算结果,全年地区生产总值253231.0 亿元,比上年增长 4.8%。")
    assert (own.status.value, str(own.value)) == ("missed", "4.8")
    assert compliance.parse_target("其中规上工业企业达到1000家左右").subject.text == "规上工业企业"  # 其中 alone as before
