"""A bulletin's total before its parts (stop 21, A2's search of bulletin sentences): 全年粮食产量80.3万吨,下降2.4%,其中:
小春粮食产量14.8万吨,增长1.4%;大春粮食产量65.5万吨,下降3.3% (2022年中江县国民经济和社会发展统计公报,
https://tjgb.hongheiku.com/xjtjgb/xj2020/41104.html) against 粮食产量稳定在80万吨以上 was pending ambiguous_value (80.3,
14.8, 65.5): each clause holds the whole name 粮食产量. A clause naming the indicator as it is (全年 left out) now sets aside
those naming it with words before it (小春…, 大春…: parts of it); where none names it as it is, all stay."""

from __future__ import annotations

import pytest

import compliance

GRAIN = "全年粮食产量80.3万吨,下降2.4%,其中:小春粮食产量14.8万吨,增长1.4%;大春粮食产量65.5万吨,下降3.3%。"


@pytest.mark.parametrize("target, status, value", [
    ("粮食产量稳定在80万吨以上", "met", "80.3"), ("粮食产量稳定在81万吨以上", "missed", "80.3"),
    ("粮食产量下降不超过3%", "met", "2.4"), ("粮食产量增长1%", "missed", "-2.4"),
    # a part's own target still takes the part's figure
    ("小春粮食产量达到14万吨", "met", "14.8"), ("大春粮食产量达到66万吨", "missed", "65.5"),
])
def test_the_total_is_the_clause_naming_it_as_it_is(target, status, value):
    v = compliance.evaluate(target, GRAIN)
    assert (v.status.value, str(v.value)) == (status, value)


def test_with_parts_alone_it_stays_open():
    v = compliance.evaluate("粮食产量稳定在80万吨以上", "其中:小春粮食产量14.8万吨,增长1.4%;大春粮食产量65.5万吨,下降3.3%。")
    assert v.status.value == "pending"
