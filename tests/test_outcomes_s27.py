"""Stop 27, B1: outcome sentences whose names are contracted (存、贷款余额) or whose paragraph lists 其中 sub-items.

Every sentence is copied from the public page named beside it; the targets are probes either side of its figures, as
the corpus TSVs' are.
"""

from __future__ import annotations

import pytest

import compliance

# --- 1. a pair word written contracted, a mark between its heads (zh.yaml several.pairs) ------------------------------
# 新乡市2024年国民经济和社会发展计划, 一、2023年…计划执行情况 (henan.kjzch.com/xinxiang/2024-04-02/841501.html)
XINXIANG = "规模以上工业增加值增长1%;金融机构存、贷款余额分别增长8.8%、11.9%"


@pytest.mark.parametrize(("target", "status", "value"), [
    ("存款余额增长8.8%", "met", "8.8"),  # 存、贷款 is 存贷款: the first figure is 存款余额's (was pending ambiguous_value)
    ("存款余额增长9%", "missed", "8.8"),  # never 11.9%, 贷款余额's
    ("存款余额增长10%", "missed", "8.8"),
    ("贷款余额增长11.9%", "met", "11.9"),
    ("贷款余额增长12%", "missed", "11.9"),  # never 8.8%
    ("金融机构存款余额增长8%以上", "met", "8.8"),  # the lead 金融机构 is each head's
    ("金融机构贷款余额增长12%以上", "missed", "11.9"),
])
def test_contracted_pair_gives_each_head_its_figure(target: str, status: str, value: str) -> None:
    verdict = compliance.evaluate(target, XINXIANG)
    assert (verdict.status.value, str(verdict.value)) == (status, value)


def test_contracted_pair_still_names_no_third_indicator() -> None:
    """存款余额 and 贷款余额 are the pair's halves; 规模以上工业增加值's 1% stays its own."""
    assert compliance.evaluate("规模以上工业增加值增长1%", XINXIANG).status.value == "met"
    assert compliance.evaluate("规模以上工业增加值增长1.5%", XINXIANG).status.value == "missed"
