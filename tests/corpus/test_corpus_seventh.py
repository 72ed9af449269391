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

import importlib.util
import sys
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("corpus_measure_seventh", Path(__file__).parent / "measure.py")
assert _spec is not None and _spec.loader is not None
measure = importlib.util.module_from_spec(_spec)
sys.modules["corpus_measure_seventh"] = measure  # dataclasses look their module up while the class is made
_spec.loader.exec_module(measure)

HERE = Path(__file__).parent
TARGETS = HERE / "targets_seventh.tsv"
OUTCOMES = HERE / "outcomes_seventh.tsv"
PLACES = ("新疆", "西藏", "吉林省", "辽宁省", "辽阳", "汉中", "果洛", "锡林郭勒", "新巴尔虎", "云南", "大理", "平昌", "江口", "巫溪",
          "上杭", "甘州", "奉节", "吐鲁番", "拉萨", "高昌", "北林", "盘锦", "延边", "锦州")


def _lines(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return [line.split("\t") for line in handle.read().splitlines()[1:]]


def test_measure_prints_the_set():
    assert measure.SETS["seventh"] == (TARGETS, OUTCOMES)


def test_the_targets_are_real_sourced_and_probed_either_side():
    rows, lines = measure.load_targets(TARGETS), _lines(TARGETS)
    assert len(rows) >= 60 and all(len(line) == 9 for line in lines)
    assert all(row.id.startswith("ts") and row.source.startswith("http") for row in rows)
    assert len({row.id for row in rows}) == len(rows)
    assert len({line[3] for line in lines}) >= 10  # documents
    for row in rows:  # a numeric target has a probe either side of its threshold; a task: done, or not told
        if not row.qualitative:
            assert {"met", "missed"} <= {p.expected for p in row.probes}, row.id
        else:
            assert {"met", "pending"} <= {p.expected for p in row.probes}, row.id


def test_the_outcomes_are_real_sourced_and_judged_either_side():
    lines = _lines(OUTCOMES)
    assert len(lines) >= 40 and all(len(line) == 10 for line in lines)
    assert all(line[0].startswith("os") and line[2].startswith("http") for line in lines)
    assert len({line[0] for line in lines}) == len(lines)
    assert len({line[3] for line in lines}) >= 10  # documents
    paired = measure.load_outcomes(OUTCOMES)
    assert len(paired) == len(lines)  # every row has a target
    assert {row.verdict for row in paired} == {"met", "missed", "pending"}
    for row in paired:  # the target's origin is said
        assert "target" in row.note, row.id


def test_every_document_is_listed_and_the_places_are_new():
    sources = (HERE / "SOURCES.md").read_text(encoding="utf-8")
    assert all(line[3] in sources for line in _lines(TARGETS) + _lines(OUTCOMES))
    earlier = sources.split("## Seventh set")[0]
    for place in PLACES:
        assert place not in earlier, place
