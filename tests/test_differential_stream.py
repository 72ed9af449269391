"""The streamed path equals ``check``, row for row, on random panels and random plans.

Hypothesis draws a rules file (indicators with random polarity, unit, measure and attribute; targets
of many constraint kinds and phrasings for single years and a plan period, sometimes two targets in
one cell, custom ``expr`` rules, rules-file references, an indicator other targets follow) and a
panel (random regions, years, missing rows, empty and non-numeric cells, values near the targets),
then judges the panel with :func:`compliance.scale.stream.stream_check` in tiny chunks and each
region's rows on their own with :func:`compliance.plans.check.check`. Every verdict must agree:
status, reason, threshold, value, the margin (the gap the good way), the stated target and the
distance to it, the row judged and the explanation check's report writes (in the run's language);
and every verdict the summary samples must be check's own (status, reason, explanation).
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance.models import format_decimal
from compliance.plans.check import check
from compliance.plans.datasets import Dataset, Row
from compliance.plans.rules import load_rules

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from compliance.scale.stream import stream_check

NUMBERS = ["0", "0.9", "1", "2.5", "3.2", "5", "6", "7.5", "12", "35", "100", "313.2"]
#: target phrasings of every kind the grammar reads (and one it cannot); {a} and {b} are numbers
TEMPLATES = [
    "{a}以上", "{a}以下", "不低于{a}", "不少于{a}", "不超过{a}", "{a}以内", "控制在{a}以内", "提高到{a}", "低于{a}",
    "高于{a}", "<{a}", ">{a}", "≤{a}", "≥{a}", "{a}", "达到{a}", "{a}%", "{a}-{b}", "{a}%至{b}%", "{a}左右", "约{a}",
    "力争{a}左右", "达到市级要求", "达到市级要求（{a}）", "达到市级\n要求（<{a}）", "低于全市平均水平（{a}）",
    "不高于全市平均水平", "高于全国平均水平", "不超过国家对北京市的要求", "完成省下达任务", "稳步增长", "保持增长",
    "持续下降", "逐步增加", "稳中有升", "持续改善", "与经济增长基本同步", "劳动生产率增长高于GDP增长", "下降{a}%",
    "增长{a}%以上", "五年下降{a}", "比2020年下降{a}%", "{a}（调整为{b}）", "征求意见中（{a}）", "累计{a}左右",
    "净减{a}平方公里", "完成净减{a}平方公里任务", "2035年达到{a}", "达到市级要求（2035年达到{a}）", "{a}万人以上",
    "五千以上", "百分之六左右", "１０以上", "好好干", "高于全市平均水平{a}个百分点以上", "比全市平均水平低{a}个百分点",
    "比全市平均水平多{a}人以上", "低于全市平均水平{a}%以上", "高于市级要求{a}天",
]
#: reported cells that are not a plain number
TEXTS = [
    "", "-", "可完成", "可以完成市级任务", "该指标年底出上年数据", "35左右", "8-9", "<313.2", "10以上", "2.63（市级3.12）",
    "0.1（同口径8%）", "比上年增长4.1%", "下降2.3%", "1.4万个", "850万人", "优良水体比例87.5", "好好干", "4\n（初步）",
    "与上年持平", "2.8（上年2）", "6（上年6.5）",  # a stated previous figure: read where the region has no previous row
]
EXPRESSIONS = ["value >= 5", "value > previous", "value >= ref('gdp_growth') - 1", "abs(value - 6) <= 1"]
YEARS = ["2020", "2021", "2022", "2023"]
#: a plan period that has ended by the last year, or not, and one still open at every as_of (its progress is
#: rated on arrays across regions: compliance/scale/stream/periods.py)
PERIODS = ["2021", "2022", "2023", "2021-2023", "2021-2025"]


#: targets and rules that read gdp_growth's value: not for gdp_growth itself (a rules file refuses the cycle)
READS_GDP = {"与经济增长基本同步", "劳动生产率增长高于GDP增长", "value >= ref('gdp_growth') - 1"}


def targets(ident: str) -> st.SearchStrategy[str]:
    templates = [t for t in TEMPLATES if ident != "gdp_growth" or t not in READS_GDP]
    return st.builds(lambda t, a, b: t.format(a=a, b=b), st.sampled_from(templates), st.sampled_from(NUMBERS),
                     st.sampled_from(NUMBERS))


@st.composite
def indicators(draw: st.DrawFn, ident: str) -> dict:
    indicator: dict = {"id": ident, "name": f"指标{ident}", "polarity": draw(st.sampled_from(["higher", "lower", "band"]))}
    for key, values in (("unit", ["%", "万人", "个"]), ("measure", ["level", "rate", "decline"]),
                        ("attribute", ["约束性", "预期性"]), ("tolerance", ["10%", "0.5"])):
        value = draw(st.none() | st.sampled_from(values))
        if value is not None:
            indicator[key] = value
    cells = draw(st.dictionaries(st.sampled_from(PERIODS), st.lists(targets(ident), min_size=1, max_size=2), min_size=1,
                                 max_size=4))
    indicator["targets"] = {period: texts[0] if len(texts) == 1 else texts for period, texts in cells.items()}
    expressions = [e for e in EXPRESSIONS if ident != "gdp_growth" or e not in READS_GDP]
    if draw(st.integers(0, 5)) == 0:
        indicator["expr"] = draw(st.sampled_from(expressions)) if draw(st.booleans()) else \
            {draw(st.sampled_from(PERIODS)): draw(st.sampled_from(expressions))}
    if not indicator["targets"] and "expr" not in indicator:
        indicator["targets"] = {"2022": draw(targets(ident))}
    return indicator


@st.composite
def plans(draw: st.DrawFn) -> dict:
    ids = ["gdp_growth"] * draw(st.booleans()) + [f"i{n}" for n in range(draw(st.integers(1, 5)))]
    references = draw(st.lists(st.fixed_dictionaries(
        {"name": st.sampled_from(["市级要求", "全市平均水平", "国家对北京市的要求"]), "value": st.sampled_from(NUMBERS)},
        optional={"indicator": st.sampled_from(ids), "period": st.sampled_from(PERIODS)},
    ), max_size=3))
    return {
        "plan": {"name": "随机规划", "periods": PERIODS},
        "defaults": {"tolerance": draw(st.sampled_from(["5%", "0.2"]))},
        "references": references,
        "indicators": [draw(indicators(ident)) for ident in ids],
    }


@st.composite
def panels(draw: st.DrawFn, ids: list[str]) -> list[list[str]]:
    """Rows (county, indicator, period, reported, source) grouped by region; some cells missing."""
    rows = []
    for region in range(draw(st.integers(1, 4))):
        for ident in ids:
            for period in YEARS + ["2021-2023"]:
                if draw(st.integers(0, 4)) == 0:
                    continue  # no row
                number = draw(st.sampled_from(NUMBERS))
                reported = draw(st.sampled_from([number, number, str(float(number) * 1.1)[:6], *TEXTS[:3]])) \
                    if draw(st.integers(0, 3)) else draw(st.sampled_from(TEXTS))
                rows.append([f"C{region}", ident, period, reported, draw(st.sampled_from(["", "公报"]))])
    return rows


def _number(value) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)


def _text(value) -> str | None:
    return None if value is None else format_decimal(value)


def checked(path: Path, rules, rows: list[list[str]], periods, as_of: int | None, lang: str = "zh") -> list[tuple]:
    """check() on each region's own rows, in the order the streamed run gives them (the verdict last)."""
    regions: dict[str, list[Row]] = {}
    line = 2
    for county, ident, period, reported, source in rows:
        regions.setdefault(county, []).append(Row(ident, period, reported, source or None, str(path), line))
        line += 1 + reported.count("\n")  # a line break inside a quoted cell moves the next rows down
    if as_of is None:
        as_of = max(int(row.period[-4:]) for rows in regions.values() for row in rows)
    found = []
    for county, region_rows in regions.items():
        for j in check(rules, Dataset(str(path), tuple(region_rows)), periods, as_of=as_of):
            v = j.verdict
            stated = v.stated_margin
            found.append((county, j.indicator.id, j.period, str(j.index), j.rule, v.status.value, v.reason.value,
                          _number(v.threshold), _number(v.value), _text(v.margin), _text(v.stated),
                          None if stated is None else f"{format_decimal(stated[0])}..{format_decimal(stated[1])}",
                          f"{j.row.file}:{j.row.line}" if j.row is not None else None,
                          v.progress.rating.value if v.progress is not None else None, v.explain(lang), v))
    return found


def streamed(run) -> list[tuple]:
    frames = [frame for frame in run if len(frame)]
    if not frames:
        return []
    frame = pd.concat(frames, ignore_index=True)

    def cell(value):
        return None if pd.isna(value) else value

    return [
        (c, i, p, n, r, s, why, _number(cell(t)), _number(cell(v)), cell(g), cell(st), cell(gt), cell(src),
         cell(rating), cell(says))
        for c, i, p, n, r, s, why, t, v, g, st, gt, src, rating, says in zip(
            frame.county, frame.indicator, frame.period, frame["index"], frame.rule, frame.status, frame.reason,
            frame.threshold, frame.value, frame.gap, frame.stated, frame.gap_to_target, frame.source, frame.progress,
            frame.explanation,
        )
    ]


def write_case(folder: Path, plan: dict, rows: list[list[str]]) -> tuple[Any, Path]:
    """The drawn plan as a rules file and the drawn rows as a panel in ``folder``: (the rules loaded, the panel)."""
    rules_path = folder / "rules.yaml"
    rules_path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")  # JSON is YAML
    path = folder / "panel.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["county", "indicator", "period", "reported", "source"])
        out.writerows(rows)
    return load_rules(rules_path), path


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_streamed_panel_is_judged_as_check_judges_each_region(tmp_path_factory, data):
    plan = data.draw(plans(), label="rules")
    rows = data.draw(panels([indicator["id"] for indicator in plan["indicators"]]), label="panel")
    if not rows:
        return
    rules, path = write_case(tmp_path_factory.mktemp("panel"), plan, rows)
    periods = data.draw(st.sampled_from(["all", "all", ["2022"], ["2021", "2023"], ["2021-2023"]]), label="periods")
    as_of = data.draw(st.sampled_from([None, None, 2022, 2021]), label="as_of")
    chunksize = data.draw(st.sampled_from([3, 10, 1000]), label="chunksize")
    lang = data.draw(st.sampled_from(["zh", "en"]), label="lang")

    run = stream_check(rules, path, periods, as_of=as_of, by=["county"], chunksize=chunksize, sample=2, lang=lang)
    expected = checked(path, rules, rows, periods, as_of, lang)
    assert streamed(run) == [e[:-1] for e in expected]
    assert run.summary.verdicts == len(expected)
    verdicts: dict[tuple, list] = {}
    for e in expected:
        verdicts.setdefault((e[0], e[1], e[2], e[5], e[6]), []).append(e[-1])
    for kept in run.summary.sample:  # the sample holds check's own verdicts, explanations included
        key = (kept.region[0], kept.indicator, kept.period, kept.status.value, kept.reason.value)
        assert kept.explanation["en"] in {v.explain("en") for v in verdicts[key]}
