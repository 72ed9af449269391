"""Plain words (zh.yaml ``plain_words``): 增加值 (value added) is read whole, as a name's words, never as the
change verb 增加 inside it. A share of value added (服务业增加值占地区生产总值比重达到55%) is a level to reach; read
as a rise, a bulletin sentence giving the growth and the share was judged on the growth (4.0 against 55: missed)."""

from __future__ import annotations

import pytest

import compliance
from compliance.language.lexer import TEXT, tokenize

SHARE = "服务业增加值占地区生产总值比重达到55%"


def test_value_added_is_one_plain_text_in_a_name():
    kinds = [(t.kind, t.text) for t in tokenize(SHARE).items]
    assert kinds[0] == (TEXT, "服务业增加值占地区生产总值比重")
    assert not any(t.means("change") for t in tokenize(SHARE).items)


@pytest.mark.parametrize(("reported", "status", "value"), [
    ("全年服务业增加值增长4.0%,占地区生产总值的比重为57.2%", "met", "57.2"),
    ("全年服务业增加值增长7.0%,占地区生产总值的比重为53.1%", "missed", "53.1"),
    ("56", "met", "56"),
    ("54", "missed", "54"),
])
def test_a_share_of_value_added_is_judged_on_the_share(reported, status, value):
    verdict = compliance.evaluate(SHARE, reported)
    assert (verdict.status.value, str(verdict.value)) == (status, value)
    assert "size of the '增" not in verdict.explain("en")  # not read as the size of a change


def test_the_share_reads_as_a_level_with_its_whole_subject():
    target = compliance.parse_target(SHARE)
    assert (target.kind, target.subject.text) == ("level", "服务业增加值占地区生产总值比重")


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("规模以上工业增加值增长6%", "6.5", "met"),  # the change after the name is still read
    ("规模以上工业增加值增长6%", "5.0", "missed"),
    ("规上工业增加值增长7%左右", "全年规上工业增加值增长5.0%", "missed"),
    ("战略性新兴产业增加值超过1.2万亿元", "1.3万亿元", "met"),
    ("战略性新兴产业增加值超过1.2万亿元", "1.1万亿元", "missed"),
])
def test_growth_of_value_added_reads_as_before(target, reported, status):
    assert compliance.evaluate(target, reported).status.value == status
