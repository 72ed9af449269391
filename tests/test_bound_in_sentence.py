"""A figure after a strict comparator in a sentence of several (…,经济总量突破5000亿元; 地区生产总值突破5000亿元,增长6%) is a
bound, as the clause alone reads it (经济总量突破5000亿元: > 5000): the start tree took it for the level 5000 and MISSED
地区生产总值达到5500亿元 on it. Now > 5000 meets 4800 and leaves 5500 open (imprecise_value); a level reached (升至,
提高到) stays a point. The sentence is a city's 十四五 review as bulletins write it (“十四五”以来,…年均增长6.3%,经济总量
突破5000亿元)."""

from __future__ import annotations

import pytest

from compliance import evaluate

REVIEW = "“十四五”以来,全市地区生产总值年均增长6.3%,经济总量突破5000亿元"


@pytest.mark.parametrize(("target", "reported", "status"), [
    ("地区生产总值达到5500亿元", REVIEW, "pending"),  # was MISSED at 5000
    ("地区生产总值达到4800亿元", REVIEW, "met"),
    ("地区生产总值达到5500亿元", "地区生产总值突破5000亿元,增长6%", "pending"),  # was MISSED at 5000
    ("地区生产总值达到4800亿元", "地区生产总值突破5000亿元,增长6%", "met"),
    ("地区生产总值增长5%", "地区生产总值突破5000亿元,增长6%", "met"),
    ("地区生产总值增长7%", "地区生产总值突破5000亿元,增长6%", "missed"),
    ("地区生产总值年均增长6%", REVIEW, "met"),
    ("地区生产总值年均增长6.5%", REVIEW, "missed"),
])
def test_a_strict_comparator_keeps_a_sentences_figure_a_bound(target: str, reported: str, status: str) -> None:
    assert evaluate(target, reported).status.value == status


@pytest.mark.parametrize(("target", "status"), [("服务业增加值比重达到50%", "met"), ("服务业增加值比重达到52%", "missed")])
def test_a_level_reached_stays_a_point(target: str, status: str) -> None:
    verdict = evaluate(target, "服务业增加值比重升至51.6%,增长6%")
    assert (verdict.status.value, str(verdict.value)) == (status, "51.6")
