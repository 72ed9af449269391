"""A 分别 list of short items before one name takes the last item's tail after their shared ending: 国家统计局's 2023
统计公报 (央视网 新闻联播, 2024-02-29; stored at http://news.calyptus.net/test/xinwen.php?EPJB=AeVs.html): 2023年,高技术
制造业、装备制造业占规模以上工业增加值比重分别升至15.7%、33.6%. The first item was given the last one's tail after as
many characters as it has (高技术制造业 + 规模以上…: the 占 lost), so 装备制造业's clause shared more with the target and a
高技术制造业 share target of 20% was MET on 33.6. Now each item takes its own: 15.7 missed, 33.6 the 装备制造业's."""

from __future__ import annotations

import pytest

import compliance
from compliance.judge.respective import joined

TEXT = "2023年,高技术制造业、装备制造业占规模以上工业增加值比重分别升至15.7%、33.6%。"


@pytest.mark.parametrize("target, expected", [
    ("高技术制造业增加值占规模以上工业增加值比重达到20%", ("missed", "15.7")),  # was met on 33.6
    ("高技术制造业占规模以上工业增加值比重达到15%", ("met", "15.7")),
    ("装备制造业增加值占规模以上工业增加值比重达到30%", ("met", "33.6")),
    ("装备制造业增加值占规模以上工业增加值比重达到35%", ("missed", "33.6")),
])
def test_each_item_takes_its_own_figure(target, expected):
    v = compliance.evaluate(target, TEXT)
    assert (v.status.value, str(v.value)) == expected


@pytest.mark.parametrize("subject, last, expected", [
    ("高技术制造业", "装备制造业占规模以上工业增加值比重", "高技术制造业占规模以上工业增加值比重"),
    ("城镇", "农村居民人均可支配收入", "城镇居民人均可支配收入"),  # no shared ending: as many characters as it has
    ("城镇居民", "农村居民人均可支配收入", "城镇居民人均可支配收入"),
    ("第一产业", "第二产业增加值", "第一产业增加值"),
])
def test_the_tail_after_the_shared_ending(subject, last, expected):
    assert joined(subject, last) == expected


# The same list without the year before it reads as a list of values (升至15.7%、升至33.6%): 升至 (rose to) goes on about
# the list's name as 达到 does, so each value takes its item (it was pending ambiguous: 升至 named neither).
@pytest.mark.parametrize("target, expected", [
    ("高技术制造业占规模以上工业增加值比重达到20%", ("missed", "15.7")),
    ("装备制造业增加值占规模以上工业增加值比重达到30%", ("met", "33.6")),
])
def test_rose_to_goes_on_about_the_lists_name(target, expected):
    v = compliance.evaluate(target, TEXT.replace("2023年,", "").rstrip("。"))
    assert (v.status.value, str(v.value)) == expected
