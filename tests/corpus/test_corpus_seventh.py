"""The seventh collection (``targets_seventh.tsv``, ``outcomes_seventh.tsv``): western and north-eastern provinces and
their prefectures, leagues, banners and counties, none in an earlier set (新疆, 西藏, 吉林, 辽宁, 汉中, 果洛, 锡林郭勒,
新巴尔虎左旗, 大理, 甘肃 2015; bulletins of 平昌, 江口, 巫溪, 上杭, 甘州区), 2018-2026, each row copied verbatim with its
source address. Targets are clauses of work reports and plans, probed by hand either side of the threshold; outcome
sentences (reviews, 执行情况 estimates, bulletins) are paired with the same place's target of that year where the search
found one, else with the same report's next-year target or another year's or another place's phrasing (``note`` says
which).

What the rows try: 分别 lists of two units (381万亩、110万吨以上) and of three modifiers before one head word (肉、奶、禽蛋),
均 over three names, 力争 with two names and two levels, hedges after the target (努力跑赢全国, 在实际工作中努力争取更好结果),
a whole 十五五 proposal sentence with a range of yearly averages, a headline target (新疆2026年…预期目标增长5.5%—6%), 增速 as a
verb, 同步 with 地区生产总值增长; in the outcomes, declines against growth targets, estimates stated as bounds (增长30%以上,
涨幅在3%以内), ranks and margins over the nation with no growth (居全国第7位), five-year averages (年均增长5.9%) and half
years against a year's target, a 分别 pair inside a sentence of ten figures, a point followed by a space (6835. 27億元).
Every failure is a documented leftover (tests/corpus/test_corpus_leftovers.py); no probe or outcome is judged met for
missed or missed for met.
"""

from __future__ import annotations

from pathlib import Path

import setcheck

HERE = Path(__file__).parent
TARGETS = HERE / "targets_seventh.tsv"
OUTCOMES = HERE / "outcomes_seventh.tsv"
PLACES = ("新疆", "西藏", "吉林省", "辽宁省", "辽阳", "汉中", "果洛", "锡林郭勒", "新巴尔虎", "云南", "大理", "平昌", "江口", "巫溪",
          "上杭", "甘州", "奉节", "吐鲁番", "拉萨", "高昌", "北林", "盘锦", "延边", "锦州")


def test_measure_prints_the_set():
    assert setcheck.load_measure().SETS["seventh"] == (TARGETS, OUTCOMES)


def test_the_targets_are_real_sourced_and_probed_either_side():
    setcheck.check_targets(TARGETS, "ts", documents=10)


def test_the_outcomes_are_real_sourced_and_judged_either_side():
    setcheck.check_outcomes(OUTCOMES, "os", documents=10)


def test_every_document_is_listed_and_the_places_are_new():
    setcheck.check_sources((TARGETS, OUTCOMES), "## Seventh set", PLACES, addresses=False)
