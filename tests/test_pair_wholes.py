"""A part's figure is not its whole's, nor the whole's its part's (zh.yaml several.pairs, several.wholes:
judge/names.other_half): 进出口总额 against 出口's figure, 城镇居民… against 居民… or 城乡居民…'s, pending; the same
name, its own half of a 分别 list and the synonyms still judged either side of the threshold."""

import pytest

import compliance as c


@pytest.mark.parametrize(("target", "reported"), [
    ("进出口总额增长5%", "出口和进口分别增长8%和2%"),
    ("出口总额增长5%", "进出口总额增长8%"),
    ("城镇居民人均可支配收入增长7%", "居民人均可支配收入增长8%"),
    ("城镇居民人均可支配收入增长7%", "全体居民人均可支配收入增长8%"),
    ("城镇居民人均可支配收入增长7%", "城乡居民人均可支配收入增长8%"),
    ("城乡居民人均可支配收入增长7%", "城镇居民人均可支配收入增长8%"),
])
def test_part_or_whole_is_pending(target: str, reported: str) -> None:
    assert c.evaluate(target, reported).status.value == "pending"


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("进出口总额增长5%", "进出口总额增长8%", "met"),
    ("进出口总额增长9%", "进出口总额增长8%", "missed"),
    ("出口增长5%", "出口和进口分别增长8%和2%", "met"),
    ("进口增长5%", "出口和进口分别增长8%和2%", "missed"),
    ("城镇居民人均可支配收入增长7%", "城镇居民人均可支配收入增长8%", "met"),
    ("城镇居民人均可支配收入增长7%", "城乡居民人均可支配收入分别增长8%和6%", "met"),
    ("农村居民人均可支配收入增长7%", "城乡居民人均可支配收入分别增长8%和6%", "missed"),
    ("城乡居民收入增长7%", "城乡居民人均可支配收入增长8%", "met"),
    ("城乡居民收入增长9%", "城乡居民人均可支配收入增长8%", "missed"),
    ("地区生产总值增长6%", "GDP增长6.5%", "met"),
    ("地区生产总值增长7%", "GDP增长6.5%", "missed"),
    ("社会消费品零售总额增长6%", "社零额增长6.5%", "met"),
    ("固定资产投资增长7%", "固投增长6.5%", "missed"),
    ("城镇调查失业率5.5%以内", "调查失业率5.2%", "met"),
])
def test_own_name_still_judged(target: str, reported: str, status: str) -> None:
    assert c.evaluate(target, reported).status.value == status
