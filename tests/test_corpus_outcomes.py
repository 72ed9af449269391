"""Bulletin sentences of the real corpus (tests/corpus/outcomes.tsv; sources in tests/corpus/SOURCES.md)
judged against their real targets: the figure a person picks, and the verdict either side of it."""

from __future__ import annotations

from decimal import Decimal

from compliance import Reason, Status, evaluate


def test_a_level_in_a_unit_of_amount_is_no_growth_rate():
    # o0089 (2024江苏省政府工作报告): 759.5亿斤 is a level; 保持基本稳定 needs last year's level
    sentence, target = "粮食总产量 759.5 亿斤、再创历史新高", "粮食产量保持基本稳定"
    alone = evaluate(target, sentence)
    assert alone.status is Status.PENDING and alone.reason is Reason.PREVIOUS_UNKNOWN
    assert evaluate(target, sentence, previous="753亿斤").status is Status.MET  # within 1% of last year
    assert evaluate(target, sentence, previous="770亿斤").status is Status.MISSED  # down 1.4%
    assert evaluate(target, "增长0.5%").status is Status.MET  # a growth rate is still read as one
    assert evaluate(target, "下降1.5%").status is Status.MISSED


def test_a_clause_going_on_with_quan_nian_jin_is_the_same_indicator():
    # o0122: the monthly bound restates the target; 全年仅上涨2.0% is CPI's own figure
    sentence = "我国居民消费价格指数(CPI)月度涨幅始终低于3%,全年仅上涨2.0%"
    verdict = evaluate("居民消費價格漲幅3%左右", sentence, polarity="lower")
    assert verdict.status is Status.MET and verdict.value == 2
    assert evaluate("居民消費價格漲幅3%左右", sentence.replace("2.0%", "3.3%"), polarity="lower").status is Status.MISSED


def test_a_name_spelt_out_with_a_character_put_in():
    # o0125: 粮食产量 in 粮食总产量达到13731亿斤 (traditional 糧 folds to 粮); 1.3万亿斤以上 restates the target
    sentence = "2022年全年,粮食总产量达到13731亿斤,连续8年稳定在1.3万亿斤以上"
    verdict = evaluate("糧食產量保持在1.3萬億斤以上", sentence)
    assert verdict.status is Status.MET and (verdict.value, verdict.unit) == (Decimal("1.3731"), "万亿斤")
    lower = sentence.replace("13731亿斤", "12900亿斤")
    assert evaluate("糧食產量保持在1.3萬億斤以上", lower).status is Status.MISSED


def test_several_parts_against_part_of_the_period_wait():
    # o0053: 四年累计 (four of the plan's five years) says nothing yet of the five-year targets
    sentence = "坚定履行“双碳”承诺,单位GDP能源消耗四年累计降低11.6%,相当于减少11亿吨二氧化碳排放"
    verdict = evaluate("单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%", sentence, polarity="lower")
    assert verdict.status is Status.PENDING and verdict.reason is Reason.PERIOD_OPEN
    full = evaluate("单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%", "分别降低14%、18.2%", polarity="lower")
    assert full.status is Status.MET


def test_real_income_growth_against_real_gdp_growth():
    # o0124 (2022国家统计公报): real 2.9% against GDP 3.0%, 基本同步 allows 1 point
    sentence = "全年全国居民人均可支配收入36883元,比上年增长5%,扣除价格因素,实际增长2.9%"
    assert evaluate("居民收入增長與經濟增長基本同步", sentence, references={"economic_growth": 3.0}).status is Status.MET
    assert evaluate("居民收入增長與經濟增長基本同步", sentence, references={"economic_growth": 4.0}).status is Status.MISSED
