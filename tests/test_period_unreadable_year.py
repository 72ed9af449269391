"""A yearly value that is not a figure (``abc``, ``未统计``) is never dropped silently from a
plan period's total, compounded change or average: the progress is "insufficient data", naming the year
and the value, as a year without a figure is named ("no figure for 2022"), and no value for the period is
derived from the other years. A blank or a dash in a year is a year not reported yet, as before; zh and en,
by check and by the streamed check."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from compliance.plans.check import check
from compliance.plans.datasets import Dataset, Row
from compliance.plans.rules import load_rules
from test_leaks import leaks

PERIOD = "2021-2025"
CASES = [("累计5以上", "level", "sum"), ("6", "rate", "average"), ("五年下降14.5", "decline", "compound")]


def _plan(folder: Path, target: str, measure: str) -> Path:
    path = folder / "rules.yaml"
    plan = {"plan": {"name": "进度", "periods": [PERIOD]}, "indicators": [
        {"id": "x", "name": "指标", "polarity": "higher", "measure": measure, "targets": {PERIOD: target}}]}
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    return path


def _judged(tmp_path: Path, target: str, measure: str, values: list[str]):
    rules = load_rules(_plan(tmp_path, target, measure))
    rows = tuple(Row("x", str(2021 + i), text, None, "p.csv", 2 + i) for i, text in enumerate(values))
    (judgement,) = [j for j in check(rules, Dataset("p.csv", rows), "all", as_of=2023) if j.period == PERIOD]
    return judgement.verdict


UNREADABLE = [(["3", "abc"], 2022, "abc"), (["未统计", "3"], 2021, "未统计")]


@pytest.mark.parametrize(("target", "measure", "method"), CASES)
@pytest.mark.parametrize(("values", "year", "text"), UNREADABLE)
def test_an_unreadable_year_is_named_and_nothing_is_derived_without_it(tmp_path, target, measure, method, values,
                                                                        year, text):
    v = _judged(tmp_path, target, measure, values)
    assert (v.status.value, v.progress.rating.value, v.progress.method) == ("pending", "insufficient_data", method)
    assert v.progress.missing == (str(year),) and v.derived is None
    zh, en = v.explain("zh"), v.explain("en")
    assert f"缺少 {year} 年的数值：报告值“{year}: {text}”不是数值" in zh and "推算值 " not in zh
    assert f"no figure for {year}: the reported '{year}: {text}' is not a figure" in en
    assert "the derived" not in en and "add up to" not in en and "nothing reported" not in en
    assert list(leaks(zh, "zh", v)) == [] and list(leaks(en, "en", v)) == []


@pytest.mark.parametrize(("target", "measure", "method"), CASES)
@pytest.mark.parametrize("later", ["4", "", "—"])
def test_a_figure_or_a_year_not_yet_reported_is_not_unreadable(tmp_path, target, measure, method, later):
    """The other side: 2022 a figure (both years combine), or blank / a dash (2021's figure is the running
    value, as before): rated, and no year is said unreadable."""
    v = _judged(tmp_path, target, measure, ["3", later])
    assert v.progress.method == method and v.progress.rating.value != "insufficient_data"
    assert "is not a figure" not in v.explain("en") and "不是数值" not in v.explain("zh")
    assert ("2021–2022" if later == "4" else "2021: 3") in v.explain("en")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_streamed_rows_say_it_as_check_does(tmp_path, lang):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    from compliance.scale.stream import stream_check

    rules = load_rules(_plan(tmp_path, "累计5以上", "level"))
    pairs = [("3", "abc"), ("3", "4"), ("abc", "3"), ("3", "—"), ("3", "未统计"), ("3", "5")] * 2
    rows = [(f"C{r:02d}", "x", str(2021 + k), text) for r, pair in enumerate(pairs) for k, text in enumerate(pair)]
    path = tmp_path / "p.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["county", "indicator", "period", "reported"])
        out.writerows(rows)
    run = stream_check(rules, path, "all", as_of=2023, by=["county"], chunksize=5, sample=2, lang=lang)
    frame = pd.concat([f for f in run if len(f)], ignore_index=True)
    got = list(zip(frame.county, frame.period, frame.explanation))
    regions: dict[str, list[Row]] = {}
    for line, (county, ident, period, text) in enumerate(rows, 2):
        regions.setdefault(county, []).append(Row(ident, period, text, None, str(path), line))
    expected = [(county, j.period, j.verdict.explain(lang)) for county, found in regions.items()
                for j in check(rules, Dataset(str(path), tuple(found)), "all", as_of=2023)]
    assert got == expected
    unreadable = [text for _c, period, text in got if period == PERIOD and ("abc" in text or "未统计" in text)]
    said = "不是数值" if lang == "zh" else "is not a figure"
    assert len(unreadable) == 6 and all(said in text for text in unreadable)


@pytest.mark.parametrize(("target", "measure", "method"), CASES)
@pytest.mark.parametrize(("values", "said"), [(["3", "abc"], "2022: abc"), (["3", "—"], None)])
def test_an_ended_period_with_yearly_values_but_no_total_is_not_nothing_reported(tmp_path, target, measure, method,
                                                                              values, said):
    """as_of after the period's end, no whole-period row: the yearly values were reported, a year lacks a
    figure; the verdict says so (and names an unreadable value), never 'nothing reported'."""
    rules = load_rules(_plan(tmp_path, target, measure))
    rows = tuple(Row("x", str(2021 + i), text, None, "p.csv", 2 + i) for i, text in enumerate(values))
    (j,) = [j for j in check(rules, Dataset("p.csv", rows), "all", as_of=2027) if j.period == PERIOD]
    v = j.verdict
    zh, en = v.explain("zh"), v.explain("en")
    assert v.status.value == "pending" and "2022" in v.missing and "reported" not in v.missing
    assert "nothing reported" not in en and "尚无报告值" not in zh
    assert "yearly values reported, but they could not be combined" in en and "已报告逐年数值" in zh
    assert "no value for the period is derived from the other years" in en
    assert "未以其余年份合成全期的数值" in zh
    if said:
        assert f"the reported '{said}' is not a figure" in en
        assert f"报告值“{said}”不是数值" in zh
    assert list(leaks(zh, "zh", v)) == [] and list(leaks(en, "en", v)) == []


def test_an_ended_period_with_no_yearly_value_is_still_nothing_reported(tmp_path):
    rules = load_rules(_plan(tmp_path, "累计5以上", "level"))
    rows = (Row("x", "2021", "—", None, "p.csv", 2),)
    (j,) = [j for j in check(rules, Dataset("p.csv", rows), "all", as_of=2027) if j.period == PERIOD]
    assert "nothing reported" in j.verdict.explain("en") and "尚无报告值" in j.verdict.explain("zh")
