"""Streamed plan-period rows explained as ``check`` explains them, for every progress rating, in zh and en.

``check --period all`` streamed rates open plan periods on arrays (compliance/scale/stream/periods.py);
each such row's ``explanation`` must still be the sentence check writes for that cell: the base year and
value, the latest figure, the observed and required rates, the steady path, the ratio and the rating
with its cut-offs. Here a panel's plan-period cells cover every rating (on track, needs acceleration,
regressing, achieved early, insufficient data) for compound and linear levels, a ceiling and a growth
rate averaged over the years, and the streamed explanation is compared with check's, row by row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.plans.check import check
from compliance.plans.datasets import Dataset, Row
from streamkit import write_plan_panel

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

import compliance.scale.stream.period_words as stream_period_words  # noqa: E402
import compliance.scale.stream.judge as stream_judge  # noqa: E402
from compliance.scale.stream import stream_check  # noqa: E402

PERIOD = "2021-2025"
RATINGS = {"on_track", "needs_acceleration", "regressing", "achieved_early", "insufficient_data"}

INDICATORS = [
    {"id": "cagr", "name": "复合", "polarity": "higher", "measure": "level", "unit": "%", "targets": {PERIOD: "150"}},
    {"id": "linear", "name": "线性", "polarity": "higher", "measure": "level", "progress": {"method": "linear"},
     "targets": {PERIOD: "200"}},
    {"id": "ceiling", "name": "上限", "polarity": "lower", "measure": "level", "targets": {PERIOD: "不超过50"}},
    {"id": "rate", "name": "增速", "polarity": "higher", "measure": "rate", "targets": {PERIOD: "6", "2022": "6"},
     "role": "economic_growth"},
    # in step with the growth rate above, averaged over the same years (a floor per region)
    {"id": "insync", "name": "同步", "polarity": "higher", "measure": "rate", "targets": {PERIOD: "与经济增长基本同步"}},
    {"id": "total", "name": "累计", "polarity": "higher", "measure": "level", "unit": "个",
     "targets": {PERIOD: "累计500左右"}},
    {"id": "fall", "name": "降幅", "polarity": "higher", "measure": "decline", "unit": "%",
     "targets": {PERIOD: "达到市级要求（五年下降14.5）"}},
    {"id": "ranged", "name": "区间", "polarity": "higher", "measure": "rate", "targets": {PERIOD: "6"}},
    {"id": "approx", "name": "约数", "polarity": "higher", "measure": "level", "targets": {PERIOD: "150"}},
    {"id": "ceilrate", "name": "限速", "polarity": "lower", "measure": "rate", "targets": {PERIOD: "不超过3"}},
    # no threshold yet (the reference is unknown): insufficient data, explained with the latest figure
    {"id": "noref", "name": "参照", "polarity": "higher", "measure": "level", "unit": "%",
     "targets": {PERIOD: "达到市级\n要求"}},
]

#: the 2022 figure of each level indicator by region (base 100 in 2020): from regressing to achieved early
LEVELS = {
    "cagr": ["99", "100", "110", "120", "151", "108.37", "130.5"],
    "linear": ["99", "100", "120", "151", "201", "133.3", "117.25"],
    "ceiling": ["111", "100", "80", "59", "45", "77.7", "90.25"],
}
#: the 2021 and 2022 figures of a running total (500左右: at least 475, 190 due after 2 of 5 years) and of
#: yearly declines (14.5 over five years: 6.1 due after two): from achieved early to regressing
TOTALS = [("300", "250"), ("100", "100"), ("80", "80"), ("50", "50"), ("30", "10"), ("95.5", "95.1"), ("-40", "10")]
FALLS = [("8", "8"), ("3", "3.2"), ("2.5", "2.5"), ("1", "1"), ("-1", "0.5"), ("3.7", "4.3"), ("0.2", "0.1")]
#: growth rates with a year given as a range: rated at both ends (alike: on track, needs acceleration,
#: regressing; or not: insufficient data)
RANGED = [("7-8", "6"), ("4-5", "4.5"), ("3-3.2", "4"), ("2-9", "6"), ("17.6", "8-9"), ("-3", "1-2"), ("6", "5.5-7")]
#: growth rates in step with RATES (same years): above, at and below the floor the reference gives
INSYNC = [("3", "3"), ("1", "1.2"), ("2", "2.5"), ("6", "6.5"), ("-1", "-2"), ("9", "9"), ("1", "1")]
#: the 2021 and 2022 growth rates of each region
RATES = [("-1", "2"), ("1", "1.5"), ("4", "4.8"), ("6.2", "6.4"), ("3.3", "3.96"), ("7", "5.5"), ("0.5", "-2")]


def _rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for r in range(len(RATES)):
        county = f"C{r:02d}"
        for ident, values in LEVELS.items():
            rows += [(county, ident, "2020", "100"), (county, ident, "2022", values[r])]
        rows += [(county, "rate", "2021", RATES[r][0]), (county, "rate", "2022", RATES[r][1])]
        rows += [(county, "noref", "2021", RATES[r][0]), (county, "noref", "2022", LEVELS["cagr"][r])]
        # the latest figure written with a word (120左右 reads 120), from bases either side of the steady path
        rows += [(county, "approx", "2020", ("60", "80", "99", "100", "110", "119", "121")[r]),
                 (county, "approx", "2022", "120左右")]
        rows += [(county, "total", year, value) for year, value in zip(("2021", "2022"), TOTALS[r])]
        rows += [(county, "ranged", year, value) for year, value in zip(("2021", "2022"), RANGED[r])]
        rows += [(county, "insync", year, value) for year, value in zip(("2021", "2022"), INSYNC[r])]
        rows += [(county, "fall", year, value) for year, value in zip(("2021", "2022"), FALLS[r])]
        # a growth rate under a ceiling, a year's figure written with words (4左右 reads 4)
        rows += [(county, "ceilrate", "2021", f"{RATES[r][0]}左右" if r % 3 == 0 else RATES[r][0]),
                 (county, "ceilrate", "2022", RATES[r][1])]
    # insufficient data: no base year (only the latest figure), and a growth rate with a year missing
    rows += [("C90", ident, "2022", "120") for ident in LEVELS]
    rows += [("C91", "rate", "2022", "5")]
    rows += [("C92", "cagr", "2020", "100"), ("C92", "rate", "2021", "4")]  # one point of a level: no later figure
    # an aggregate's year without a figure (a text, a blank) or without a row: insufficient data, said with its text
    for county, first in (("C93", "该指标年底出上年数据"), ("C94", "该指标年底出上年数据"), ("C95", "")):
        rows += [(county, ident, "2021", first) for ident in ("rate", "total", "fall")]
        rows += [(county, ident, "2022", "3") for ident in ("rate", "total", "fall")]
    rows += [("C96", ident, "2022", "2.5") for ident in ("total", "fall")]
    # a latest figure that is a bound, rated differently at its two ends from different bases: insufficient
    # data, explained once for the text whatever the base (no note shows the base's figure)
    rows += [(county, "cagr", year, value) for county, base in (("C97", "100"), ("C98", "90"), ("C99", "80"))
             for year, value in (("2020", base), ("2022", "<140"))]

    return rows


def _write(folder: Path, rows) -> tuple[object, Path]:
    return write_plan_panel(folder, INDICATORS, [PERIOD, "2022"], rows)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_rating_of_a_plan_period_row_is_explained_as_check_explains_it(tmp_path, lang):
    rows = _rows()
    rules, path = _write(tmp_path, rows)
    rated = {"cells": 0, "templated": 0}
    by_indicator: dict[str, int] = {}  #: rows explained by a template (or once per distinct cell), by indicator
    arrays: dict[str, int] = {}  #: cells rated on arrays, by indicator
    original, explained = stream_judge.BatchJudge._periods, stream_period_words.PeriodRows.columns

    def counted(self, *args, **kwargs):  # the plan-period cells the arrays rated (not check's own cell)
        found = original(self, *args, **kwargs)
        rated["cells"] += len(found)
        for code in found.rule.tolist():
            ident = self.plan.rules[code].indicator.id
            arrays[ident] = arrays.get(ident, 0) + 1
        return found

    def templated(self, batch, *args, **kwargs):  # the rows explained by a template, not by check's judgement
        rows, found = explained(self, batch, *args, **kwargs)
        rated["templated"] += len(rows)
        for i in rows.tolist():
            cell = list.__getitem__(batch.cells.judgements, i)  # made (a template's probe) or not
            ident = cell.regions.owner.plan.rules[cell.code].indicator.id if isinstance(
                cell, stream_judge.LazyJudgement) else cell.indicator.id
            by_indicator[ident] = by_indicator.get(ident, 0) + 1
        return rows, found

    stream_judge.BatchJudge._periods = counted  # type: ignore[method-assign]
    stream_period_words.PeriodRows.columns = templated  # type: ignore[method-assign]
    try:
        run = stream_check(rules, path, "all", as_of=2022, by=["county"], chunksize=9, sample=2, lang=lang)
        frame = pd.concat([f for f in run if len(f)], ignore_index=True)
    finally:
        stream_judge.BatchJudge._periods = original  # type: ignore[method-assign]
        stream_period_words.PeriodRows.columns = explained  # type: ignore[method-assign]
    got = [(c, i, p, rating if isinstance(rating, str) else None, text)
           for c, i, p, rating, text in zip(frame.county, frame.indicator, frame.period, frame.progress,
                                            frame.explanation)]
    regions: dict[str, list[Row]] = {}
    for line, (county, ident, period, reported) in enumerate(rows, 2):
        regions.setdefault(county, []).append(Row(ident, period, reported, None, str(path), line))
    expected = []
    for county, region_rows in regions.items():
        for j in check(rules, Dataset(str(path), tuple(region_rows)), "all", as_of=2022):
            v = j.verdict
            expected.append((county, j.indicator.id, j.period,
                             v.progress.rating.value if v.progress is not None else None, v.explain(lang)))
    assert len(got) == len(expected)
    for mine, theirs in zip(got, expected):
        assert mine == theirs
    seen: dict[str, set[str]] = {}
    for _county, ident, period, rating, _text in got:
        if period == PERIOD and rating is not None:
            seen.setdefault(ident, set()).add(rating)
    assert set().union(*seen.values()) == RATINGS, seen
    for ident in LEVELS:  # each level shape reaches the three rated outcomes and achieved early
        assert {"on_track", "needs_acceleration", "regressing", "achieved_early"} <= seen[ident], ident
    assert {"on_track", "needs_acceleration", "regressing"} <= seen["rate"]
    assert {"on_track", "needs_acceleration"} <= seen["ceilrate"]  # a ratio target / average either side of 0.95
    for ident in ("total", "fall"):  # a running total, compounded declines
        assert {"achieved_early", "on_track", "needs_acceleration", "regressing"} <= seen[ident], (ident, seen)
    plan_rows = sum(1 for row in got if row[2] == PERIOD and row[0] < f"C{len(RATES):02d}")  # the full regions
    assert rated["cells"] > plan_rows / 2  # most plan-period rows went the arrays' way, not check's own cell
    # and most of those were explained by a template of their shape, filled with the arrays' figures
    assert rated["templated"] > rated["cells"] / 2, rated
    # a target without a threshold yet: the regions with two figures are explained by their shape's template
    # (but the cells whose judgement was made anyway: the template's probe, the sample's)
    assert by_indicator.get("noref", 0) > len(RATES) / 2, by_indicator
    # growth rates: their years' compound average against a floor or a ceiling, each rating, by templates
    assert {"on_track", "needs_acceleration", "regressing"} <= seen["approx"], seen["approx"]
    assert {"on_track", "needs_acceleration", "regressing", "insufficient_data"} <= seen["ranged"], seen["ranged"]
    # 与经济增长基本同步: rated on arrays against each region's own floor, on track and not
    assert arrays.get("insync", 0) >= len(INSYNC) // 2, arrays
    assert {"on_track", "needs_acceleration"} <= seen["insync"] or {"on_track", "regressing"} <= seen["insync"], seen
    # a range's two ends rated alike are rated on arrays (each rating its own template's probe here)
    assert arrays.get("ranged", 0) >= len(RANGED) - 2, arrays
    for ident in ("rate", "ceilrate", "total", "fall", "approx"):
        assert by_indicator.get(ident, 0) > len(RATES) / 2, (ident, by_indicator)
