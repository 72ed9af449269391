"""A pair of subjects joined by 和 takes its figures in turn in the clause that goes on from it too, as a 分别 list
does (judge/respective.respective_after): 城镇和农村居民人均可支配收入达到45000元和20000元，增长5.5%和7% gives 农村 the 7%; a
城乡 list whose own clause says 分别 after its levels (…44686元、21054元,分别增长8.6%、11%) the same."""

import pytest

import compliance as c

JOINED = "城镇和农村居民人均可支配收入达到45000元和20000元，增长5.5%和{rural}%"
PAIRED = "2021年,全市预计完成地区生产总值517.5亿元、增长6%;一般公共预算收入36.85亿元;城乡常住居民人均可支配收入44686元、21054元,分别增长8.6%、11%。"  # os059


@pytest.mark.parametrize(("target", "reported", "status", "value"), [
    ("农村居民人均可支配收入增长6%", JOINED.format(rural="7"), "met", "7"),
    ("农村居民人均可支配收入增长6%", JOINED.format(rural="5.8"), "missed", "5.8"),
    ("城镇居民人均可支配收入增长5%", JOINED.format(rural="7"), "met", "5.5"),
    ("城镇居民人均可支配收入增长6%", JOINED.format(rural="7"), "missed", "5.5"),
    ("农村居民人均可支配收入增长6%", "城镇和农村居民人均可支配收入分别达到45000元和20000元，分别增长5.5%和7%", "met", "7"),
    ("城镇居民人均可支配收入增长8.5%", PAIRED, "met", "8.6"),
    ("城镇居民人均可支配收入增长9%", PAIRED, "missed", "8.6"),
    ("农村居民人均可支配收入增长10%", PAIRED, "met", "11"),
    ("农村居民人均可支配收入增长12%", PAIRED, "missed", "11"),
])
def test_figures_in_turn_after_the_list(target: str, reported: str, status: str, value: str) -> None:
    verdict = c.evaluate(target, reported)
    assert (verdict.status.value, str(verdict.value)) == (status, value)
