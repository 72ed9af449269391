"""A figure whose clause names an indicator without a head word (研发投入强度, 研究与试验发展经费投入), or a target whose
name has none, is compared with the other's name whole: where five characters or more of a name share no two with
the other's, the figure is another indicator's and the verdict is pending (indicator_figure), never a verdict on that
figure (judge/choose.py ``_unheaded_other``; zh.yaml ``choosing``). Names that are one indicator still compare."""

from __future__ import annotations

import pytest

import compliance


def _verdict(target: str, reported: str, **kw):
    v = compliance.evaluate(target, reported, **kw)
    return v.status.value, v.missing, (str(v.value) if v.value is not None else None)


@pytest.mark.parametrize(("target", "reported"), [
    ("全市生产总值增长5%左右", "研究与试验发展(R&D)经费投入增长11.8%"),  # a sentence giving only R&D growth
    ("地区生产总值增长6%左右", "向新而行、厚植优势,全社会研发投入强度4%、万人发明专利拥有量82.7件,分别居省会城市第2位、第5位"),
    ("研发投入强度达到3.5%", "全市地区生产总值增长5.7%"),  # the target's name has no head word, the clause's has
    ("森林覆盖率达到60%", "根据地区生产总值统一核算结果,全年全省地区生产总值20164.58亿元,比上年增长1.2%"),
])
def test_another_indicators_figure_is_pending(target, reported):
    assert _verdict(target, reported)[:2] == ("pending", ("indicator_figure",))


@pytest.mark.parametrize(("target", "reported", "status", "value"), [
    # the same indicator, either side of the threshold
    ("全市生产总值增长5%左右", "全市生产总值增长5.8%", "met", "5.8"),
    ("全市生产总值增长5%左右", "全市生产总值增长4%", "missed", "4"),
    ("社会消费品零售总额增长5%", "社会消费品零售额增长6%", "met", "6"),  # 零售额 is 零售总额's
    ("社会消费品零售总额增长5%", "社会消费品零售额增长4%", "missed", "4"),
    ("研发投入强度达到3.5%", "全社会研发投入强度达到3.6%", "met", "3.6"),
    ("研发投入强度达到3.5%", "全社会研发投入强度达到3.2%", "missed", "3.2"),
    # 研究与试验发展 (and R&D) is 研发 (synonyms): the statistics' own name of 研发投入强度 is no other indicator
    ("研发投入强度达到3%", "全社会研究与试验发展经费支出占GDP的比重为3.2%", "met", "3.2"),
    ("研发投入强度达到3%", "全社会研究与试验发展经费支出占GDP的比重为2.8%", "missed", "2.8"),
    ("研发投入强度达到3%", "研究与试验发展(R&D)经费支出与地区生产总值之比为2.8%", "missed", "2.8"),
    # 经济总量 is the GDP (synonyms); a clause describing its figure (交上的答卷) names no other indicator
    ("地区生产总值增长7%以上", "2022年,南昌市经济总量突破7000亿元,比上年增长4.1%", "missed", "4.1"),
    ("地区生产总值增长4%以上", "2022年,南昌市经济总量突破7000亿元,比上年增长4.1%", "met", "4.1"),
    ("地區生產總值增長7%左右", "杭州最後交上的答卷為15373億元,同比增長6.8%", "met", "6.8"),
    ("地區生產總值增長7.5%以上", "杭州最後交上的答卷為15373億元,同比增長6.8%", "missed", "6.8"),
])
def test_the_same_indicator_still_compares(target, reported, status, value):
    got = _verdict(target, reported)
    assert (got[0], got[2]) == (status, value)


@pytest.mark.parametrize(("reported", "status"), [("人口自然增长率2.7‰", "met"), ("人口自然增长率5.1‰", "missed")])
def test_a_figure_in_chinese_numerals_is_no_word_of_the_name(reported, status):
    """控制在千分之四点五以内 names no indicator (its name was 千分之四点五): the rules file's name is the target's."""
    v = compliance.evaluate("控制在千分之四点五以内", reported, polarity="lower", indicator="人口自然增长率")
    assert v.status.value == status

@pytest.mark.parametrize(("target", "reported", "status"), [
    # a share's clause ends with its whole's head (GDP): its part names it, before 占
    ("研发投入强度达到3%", "全社会研究与试验发展经费支出占地区生产总值的比重为3.2%", "met"),
    ("研发投入强度达到3.5%", "全社会研究与试验发展经费支出占地区生产总值的比重为3.2%", "missed"),
    ("全社会研发经费投入年均增长7%以上", "服务业增加值占GDP比重达到54.6%,比上年提高1.2个百分点", "pending"),  # 服务业's share
])
def test_a_shares_part_names_it(target, reported, status):
    assert compliance.evaluate(target, reported).status.value == status
