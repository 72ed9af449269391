"""Phrasings met in the bulletin rows of ``bulletins_s28.tsv`` (A5, s28), each general and judged either side of its
threshold. The targets and sentences are copied verbatim (addresses beside them); the figures put in their place are
probes of the same sentence."""

from __future__ import annotations

import pytest

import compliance
from compliance.judge.period_parts import of_earlier_year

#: the nation's 2022 target (targets.tsv t0174, hbwmpx.com/hbwmpx/gjscxx/fxyjts/101633683364923.html)
NATION_2022 = "国内生产总值增长5.5%左右"
#: 云和's 2022 bulletin (https://tjgb.hongheiku.com/xjtjgb/xj2020/43861.html): the year's fall, the two-year average since
#: 2020, and, in its last sentence, 2021's growth as finally revised
YUNHE_2022 = ("初步核算,2022年,全县实现生产总值(GDP)951435万元,按可比价格计算,比上年下降4.1%;与2020年相比,两年平均增长2.5%,"
              "按常住人口计算人均地区生产总值为74331元。其中,第一产业增加值57116万元,增长2.7%;第二产业增加值445964万元,"
              "下降11.7%;第三产业增加值448355万元,增长2.9%。三次产业对经济增长的拉动贡献分别为0.15、-5.64、1.34个百分点;"
              "三次产业增加值结构为6.0:46.9:47.1。按照我国地区生产总值统一核算制度,最终计算2021年全县生产总值现价总量为"
              "972846万元,按可比价格计算,比上年增长9.6%,三次产业增加值结构为5.5:50.6∶43.9。")


@pytest.mark.parametrize(("year", "expected"), [("比上年下降4.1%", "missed"), ("比上年增长5.3%", "met"),
                                                ("比上年增长5.2%", "missed")])
def test_a_figure_of_a_sentence_naming_an_earlier_year_is_that_years(year, expected):
    """The last sentence names 2021年 of its own (no 比/较 before it, no 相比 after it), a year before the one the text
    opens with (2022年): its 9.6 is 2021's revised growth, set aside, so the year's own figure is judged. It was one of
    two candidates left (4.1%、9.6%): pending ambiguous_value where the year's fall was due missed. Either side of the
    band of 5.5%左右 (from 5.225)."""
    sentence = YUNHE_2022.replace("比上年下降4.1%", year)
    v = compliance.evaluate(NATION_2022, sentence)
    assert v.status.value == expected
    assert abs(v.value) == compliance.parse_reported(year).value.value


def test_the_earlier_years_figure_is_still_judged_alone():
    """Without the year's own figure the earlier year's is no figure of it: the rule sets a figure aside only where
    another is left. The last sentence alone names one year (none before it to be later than): its 9.6 is judged."""
    last = YUNHE_2022.split("。")[-2] + "。"
    assert compliance.evaluate(NATION_2022, last).status.value == "met"


@pytest.mark.parametrize(("text", "word", "earlier"), [
    (YUNHE_2022, "增长9.6%", True),  # 2021年 in its sentence, after the text's 2022年
    (YUNHE_2022, "下降4.1%", False),  # the sentence of 2022年 itself
    (YUNHE_2022, "增长2.5%", False),  # 与2020年相比: a base, no year of the sentence
    (YUNHE_2022, "增长2.9%", False),  # a sentence naming no year
    ("2021年,全县生产总值增长8.5%;2022年,全县生产总值增长1.5%。", "增长8.5%", False),  # opens with the earlier year
    ("2022年全县生产总值增长3%。比2021年增长3%的是…", "增长3%的", False),  # 比2021年: a base
])
def test_which_sentences_name_an_earlier_year(text, word, earlier):
    assert of_earlier_year(text, text.index(word) + 2) is earlier


def test_a_later_sentence_of_the_same_year_keeps_its_figure():
    """A second sentence naming the text's own year is no earlier year's: 2022年 twice, the GDP named once, its growth
    the second sentence's."""
    text = "2022年,全县经济运行总体平稳。2022年,全县生产总值增长5.6%。"
    assert compliance.evaluate(NATION_2022, text).status.value == "met"


#: the nation's 2022 price target (targets.tsv t0025, 925eat.com/a/601297.html)
PRICES_2022 = "居民消費價格漲幅3%左右"
#: 闻喜's 2022 bulletin (http://yunxunwl.com/forum.php?goto=lastpost&mod=redirect&tid=200344): the price level and its
#: eight parts as indexes of the previous year, written with %
WENXI_2022 = ("全县居民消费价格总指数为100.8%。在八类居民消费品价格指数中,食品烟酒类价格指数为100.8%;衣着类价格指数为100.0%;"
              "居住类价格指数为100.0%;生活用品及服务类价格指数为100.1%;交通和通信类价格指数为105.6%;教育文化和娱乐类价格指数为100.3%;")
#: 嵩县's 2022 bulletin (https://tjgb.hongheiku.com/xjtjgb/xj2020/37992.html): the rise and the index side by side
SONGXIAN_2022 = ("全年居民消费价格比上年上涨1.3%,全年居民消费价格总指数101.3;商品零售价格总指数比上年上涨1.9%,全年商品零售价格总指数"
                 "101.9(以上年同期为100)。")


@pytest.mark.parametrize(("index", "expected"), [("100.8%", "met"), ("103.1%", "met"), ("103.5%", "missed")])
def test_a_sentence_of_indexes_is_judged_on_the_index_scale(index, expected):
    """Every figure of the sentence is an index (within 50-150, no unit or %, no change said): the target's rise of 3%
    is the index 103 (左右 tolerating 5% of the rise, 0.15), as for the sentence's first clause alone. The chosen 100.8%
    was judged a rise of 100.8% against 3%左右: missed where a rise of 0.8 was due met."""
    v = compliance.evaluate(PRICES_2022, WENXI_2022.replace("100.8%。", f"{index}。", 1), polarity="lower")
    assert v.status.value == expected and f"{v.value}%" == index
    assert "index_reported" in [n.code for n in v.notes]


@pytest.mark.parametrize(("rise", "expected"), [("1.3%", "met"), ("3.5%", "missed")])
def test_a_sentence_with_a_change_beside_the_index_takes_the_change(rise, expected):
    """One figure states a change (上涨1.3%): the sentence is no sentence of indexes, the target takes the rise as
    before (the index 101.3 and retail prices' 1.9 set aside)."""
    v = compliance.evaluate(PRICES_2022, SONGXIAN_2022.replace("上涨1.3%", f"上涨{rise}", 1), polarity="lower")
    assert v.status.value == expected and f"{v.value}%" == rise
    assert "index_reported" not in [n.code for n in v.notes]


def test_a_lone_index_reads_as_before():
    assert compliance.evaluate(PRICES_2022, "全县居民消费价格总指数为100.8%。", polarity="lower").status.value == "met"
    assert compliance.evaluate(PRICES_2022, "全县居民消费价格总指数为103.5%。", polarity="lower").status.value == "missed"


#: 福建's 2023 target (targets_fourteenth.tsv tq019, m.cy.cwan.com/guonei/2023/0111/63838.html)
FUJIAN_INCOMES_2023 = "城镇居民、农村居民人均可支配收入分别增长7%、7.5%"
#: 宁德's 2023 incomes, 中新网's dispatch (http://news.calyptus.net/test/news.php?95XwR=Q.html; 经济 after 比上年 in both
#: stored copies)
NINGDE_INCOMES_2023 = ("数据显示,宁德市城镇居民人均可支配收入4.46万元,比上年经济增加1890元,增长4.4%;农村居民人均可支配收入2.48万元,"
                       "比上年增加1718元,增长7.4%。")


@pytest.mark.parametrize(("urban", "rural", "expected"), [("4.4", "7.4", "missed"), ("7.2", "7.6", "met"),
                                                         ("7.2", "7.4", "missed")])
def test_a_clause_opening_with_a_base_goes_on_about_the_clause_before(urban, expected, rural):
    """比上年经济增加1890元 compares the urban income with its own last year: the clause's 经济 names no subject of its
    own, so the urban income's growth after it stays the urban income's (it was set aside as the economy's, and the two
    parts did not pair: pending value_count)."""
    sentence = NINGDE_INCOMES_2023.replace("增长4.4%", f"增长{urban}%").replace("增长7.4%", f"增长{rural}%")
    v = compliance.evaluate(FUJIAN_INCOMES_2023, sentence)
    assert v.status.value == expected
    assert [str(part.value) for part in v.parts] == [urban, rural]


def test_a_comparing_clause_still_carries_the_words_before_its_comparison():
    from compliance.judge.compared import carried_words

    assert carried_words("比上年经济增加", False) is None and carried_words("同比增长", False) is None
    assert carried_words("城镇居民人均可支配收入", False) == "城镇居民人均可支配收入"
    assert carried_words("服务业增加值快于全市地区生产总值", True) == "服务业增加值"
