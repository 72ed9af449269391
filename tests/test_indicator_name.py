"""A dataset cell that is a sentence about ANOTHER indicator, where the rules file names the indicator and the
target is bare (``增长6%`` of 地区生产总值): pending (no_data, ``indicator_figure``), never met or missed on the
other indicator's number, alike in ``evaluate(indicator=...)``, ``check``, ``check --stream`` (JSON and CSV),
``evaluate_table`` and a plan period's yearly figures; a sentence about the indicator itself is judged, either
side of the threshold, whatever spelling of its name it uses (GDP / 地区生产总值 / 全市生产总值; 规上 / 规模以上).
"""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import compliance
from compliance.cli import main
from compliance.plans.check import check
from compliance.plans.datasets import load_dataset
from compliance.plans.rules import load_rules

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from compliance.scale.stream import stream_check  # noqa: E402
from test_differential_stream import checked, streamed  # noqa: E402

OTHER = ("pending", "no_data")


# ---------------------------------------------------------------------------------------------- evaluate


@pytest.mark.parametrize("reported", ["城镇调查失业率为5.2%", "城镇调查失业率为7.2%"])
@pytest.mark.parametrize("name", ["地区生产总值", "全市生产总值", "GDP", "地区生产总值增速（%）"])
def test_a_sentence_about_another_indicator_is_pending_on_both_sides(reported, name):
    verdict = compliance.evaluate("增长6%", reported, indicator=name)
    assert (verdict.status.value, verdict.reason.value, verdict.missing) == ("pending", "no_data", ("indicator_figure",))
    assert verdict.value is None and "another indicator" in verdict.explain("en")
    assert compliance.evaluate("增长6%", reported).status.value in ("met", "missed")  # no name: the figure is read


@pytest.mark.parametrize(("name", "reported", "expected"), [
    ("地区生产总值", "地区生产总值增长6.2%", "met"), ("地区生产总值", "地区生产总值增长5.8%", "missed"),
    ("地区生产总值", "GDP增长6.2%", "met"), ("地区生产总值", "GDP增长5.8%", "missed"),
    ("全市生产总值", "GDP增长6.5%", "met"), ("全市生产总值", "全市地区生产总值增长5.2%", "missed"),
    ("GDP", "全市生产总值增长6%", "met"), ("GDP", "全市生产总值增长5.99%", "missed"),
    ("规上工业增加值", "规模以上工业增加值增长6.1%", "met"), ("规上工业增加值", "规模以上工业增加值增长5.9%", "missed"),
    ("规模以上工业增加值", "规上工业增加值增长6%", "met"), ("规模以上工业增加值", "规上工业增加值增长5.5%", "missed"),
])
def test_a_sentence_about_the_indicator_is_judged_whatever_its_spelling(name, reported, expected):
    verdict = compliance.evaluate("增长6%", reported, indicator=name)
    assert verdict.status.value == expected and verdict.reason.value == "measured"


def test_the_targets_own_name_comes_before_the_rules_files():
    # the target names 地区生产总值: the sentence about it is judged whatever the indicator's name says
    assert compliance.evaluate("地区生产总值增长6%", "GDP增长6.2%", indicator="城镇调查失业率").status.value == "met"
    assert compliance.evaluate("地区生产总值增长6%", "城镇调查失业率为7%", indicator="GDP").status.value == "pending"


def test_a_sentence_of_several_figures_takes_the_indicators_own():
    sentence = "城镇调查失业率为5.2%，全市生产总值增长6.3%"
    assert compliance.evaluate("增长6%", sentence, indicator="地区生产总值").status.value == "met"
    assert compliance.evaluate("增长6.5%", sentence, indicator="地区生产总值").status.value == "missed"
    assert compliance.evaluate("控制在5.5%以内", sentence, polarity="lower", indicator="城镇调查失业率").status.value == "met"


def test_a_plain_figure_names_no_indicator():
    for reported, expected in (("6.2", "met"), ("5.8", "missed"), (5.8, "missed")):
        assert compliance.evaluate("增长6%", reported, indicator="地区生产总值").status.value == expected


def test_indicator_is_a_name():
    with pytest.raises(TypeError, match="indicator"):
        compliance.evaluate("增长6%", "5", indicator=3)  # type: ignore[arg-type]


def test_evaluate_table_takes_the_name_as_evaluate_does():
    from compliance import evaluate_table

    table = {
        "target": ["增长6%"] * 6 + ["增长8.5%左右"] * 2,
        "reported": ["城镇调查失业率为5.2%", "城镇调查失业率为7.2%", "GDP增长6.2%", "全市生产总值增长5.8%", "6.2", 5.8,
                     "规模以上工业增加值增长8.6%", "城镇调查失业率为9%"],
        "name": ["地区生产总值", "全市生产总值", "GDP", "地区生产总值", "GDP", "GDP", "规上工业增加值", "规上工业增加值"],
    }
    verdicts = evaluate_table(table, polarity="higher", indicator="name")
    assert verdicts.status.tolist() == ["pending", "pending", "met", "missed", "met", "missed", "met", "pending"]
    for i in range(len(table["target"])):
        one = compliance.evaluate(table["target"][i], table["reported"][i], indicator=table["name"][i])
        assert verdicts.verdict(i) == one
        assert (verdicts.status[i], verdicts.reason[i]) == (one.status.value, one.reason.value)
    # one name for every row, as unit= may be
    assert evaluate_table(table, polarity="higher", indicator="地区生产总值").status.tolist()[:2] == ["pending"] * 2
    assert evaluate_table(table, polarity="higher").status.tolist()[:2] == ["missed", "met"]  # no name: read


# ---------------------------------------------------------------------------------- a rules file: check and stream

RULES = """\
plan:
  name: 句子数据
  periods: ["2021-2023", "2021", "2022", "2023"]
indicators:
  - id: gdp
    name: 地区生产总值
    unit: "%"
    polarity: higher
    measure: rate
    targets:
      "2021-2023": "年均增长6%"
      "2023": "增长6%"
  - id: gdp_city
    name: 全市生产总值
    unit: "%"
    polarity: higher
    measure: rate
    targets:
      "2023": "增长6%"
  - id: industry
    name: 规上工业增加值
    unit: "%"
    polarity: higher
    measure: rate
    targets:
      "2023": "增长8.5%左右"
  - id: jobless
    name: 城镇调查失业率
    unit: "%"
    polarity: lower
    measure: level
    targets:
      "2023": "控制在5.5%以内"
"""

#: (indicator, 2023's cell, status): about the indicator either side of its threshold, about another, plain
CELLS = [
    ("gdp", "地区生产总值增长6.2%", "met"), ("gdp", "GDP增长5.8%", "missed"), ("gdp", "城镇调查失业率为5.2%", "pending"),
    ("gdp_city", "GDP增长6.5%", "met"), ("gdp_city", "地区生产总值增长5.2%", "missed"),
    ("gdp_city", "城镇调查失业率为7.2%", "pending"),
    ("industry", "规模以上工业增加值增长8.6%", "met"), ("industry", "规模以上工业增加值增长7.9%", "missed"),
    ("industry", "全市生产总值增长9%", "pending"),
    ("jobless", "城镇调查失业率为5.2%", "met"), ("jobless", "城镇调查失业率为5.8%", "missed"),
    ("jobless", "地区生产总值增长5%", "pending"),
]


def _write(folder: Path, rows: list[tuple[str, str, str, str]]) -> tuple[Path, Path]:
    rules, data = folder / "rules.yaml", folder / "data.csv"
    rules.write_text(RULES, encoding="utf-8")
    with data.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["county", "indicator", "period", "reported"])
        out.writerows(rows)
    return rules, data


def _panel(tmp_path: Path) -> tuple[Path, Path, dict[tuple[str, str], str]]:
    """One region per cell of CELLS: its indicator's 2023 cell; expected status by (region, indicator)."""
    rows, expected = [], {}
    for n, (ident, cell, status) in enumerate(CELLS):
        rows.append((f"C{n}", ident, "2023", cell))
        expected[(f"C{n}", ident)] = status
    rules, data = _write(tmp_path, rows)
    return rules, data, expected


def test_check_judges_a_sentence_as_its_indicators(tmp_path):
    rules_path, data_path, expected = _panel(tmp_path)
    rules = load_rules(rules_path)
    for n, (ident, cell, status) in enumerate(CELLS):
        region = tmp_path / f"c{n}.csv"
        region.write_text(f"indicator,period,reported\n{ident},2023,{cell}\n", encoding="utf-8")
        found = {j.indicator.id: j.verdict for j in check(rules, load_dataset(region), ["2023"], as_of=2023)}
        verdict = found[ident]
        assert verdict.status.value == status, (ident, cell)
        if status == "pending":
            assert (verdict.reason.value, verdict.missing) == ("no_data", ("indicator_figure",))


def test_stream_json_and_csv_agree_with_check(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1677628800")
    rules_path, data_path, expected = _panel(tmp_path)
    out_csv, out_json = tmp_path / "v.csv", tmp_path / "v.json"
    assert main(["check", str(rules_path), str(data_path), "--by", "county", "--period", "2023", "-o", str(out_csv)]) == 0
    assert main(["check", str(rules_path), str(data_path), "--by", "county", "--period", "2023", "-o", str(out_json)]) == 0
    capsys.readouterr()
    frame = pd.read_csv(out_csv, dtype=str, keep_default_na=False)
    got = {(c, i): s for c, i, s in zip(frame.county, frame.indicator, frame.status) if (c, i) in expected}
    assert got == expected
    other = frame[(frame.county == "C2") & (frame.indicator == "gdp")].iloc[0]
    assert (other.reason, other.value) == ("no_data", "")
    assert "属于另一指标" in other.explanation
    rows = json.loads(out_json.read_text(encoding="utf-8"))["verdicts"]
    got = {(r["county"], r["indicator"]): r["status"] for r in rows if (r["county"], r["indicator"]) in expected}
    assert got == expected


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_check_reports_the_other_indicators_sentence_pending(tmp_path, capsys, fmt):
    region = tmp_path / "one.csv"
    region.write_text("indicator,period,reported\ngdp,2023,城镇调查失业率为5.2%\ngdp_city,2023,GDP增长6.5%\n",
                      encoding="utf-8")
    rules_path, _ = _write(tmp_path, [])
    assert main(["check", str(rules_path), str(region), "--period", "2023", "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        rows = {(r["indicator"], r["period"]): r for r in json.loads(out)["verdicts"]}
    else:
        rows = {(r["indicator"], r["period"]): r for r in csv.DictReader(io.StringIO(out))}
    gdp, city = rows[("gdp", "2023")], rows[("gdp_city", "2023")]
    assert (gdp["status"], gdp["reason"]) == ("pending", "no_data") and not gdp.get("value")
    assert (city["status"], city["reason"]) == ("met", "measured")


# --------------------------------------------------------------------------- a plan period's yearly sentences


def test_a_plan_periods_yearly_figure_of_another_indicator_is_no_figure(tmp_path):
    """年均增长6% compounded from the years: a year whose cell is about another indicator has no figure of its
    own (the period lacks it), in check and stream alike; the same years about the indicator are compounded."""
    rows = [("A", "gdp", "2021", "地区生产总值增长6.2%"), ("A", "gdp", "2022", "城镇调查失业率为5.2%"),
            ("A", "gdp", "2023", "GDP增长7%"),
            ("B", "gdp", "2021", "地区生产总值增长6.2%"), ("B", "gdp", "2022", "全市生产总值增长5.2%"),
            ("B", "gdp", "2023", "GDP增长7%")]
    rules_path, data_path = _write(tmp_path, rows)
    rules = load_rules(rules_path)
    expected = checked(data_path, rules, [[*row, ""] for row in rows], ["2021-2023"], 2023)
    run = stream_check(rules, data_path, ["2021-2023"], as_of=2023, by=["county"], chunksize=2, sample=2)
    assert streamed(run) == [e[:-1] for e in expected]
    by_region = {e[0]: e[-1] for e in expected if e[1] == "gdp"}
    assert by_region["A"].status.value == "pending" and "2022" in by_region["A"].missing
    assert by_region["B"].status.value == "met" and math.isclose(float(by_region["B"].value), 6.13, abs_tol=0.01)


def test_a_same_year_reference_about_another_indicator_is_no_reference(tmp_path):
    """与经济增长基本同步 refers to GDP's figure of the year: a GDP cell about the jobless rate is none (pending
    reference_unknown), in check and stream alike; a GDP cell about GDP, in any spelling, is the reference."""
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text(json.dumps({"plan": {"name": "同步", "periods": ["2022"]}, "indicators": [
        {"id": "gdp", "name": "地区生产总值", "unit": "%", "polarity": "higher", "measure": "rate",
         "role": "economic_growth", "targets": {"2022": "增长6%"}},
        {"id": "income", "name": "居民人均可支配收入", "unit": "%", "polarity": "higher", "measure": "rate",
         "targets": {"2022": "与经济增长基本同步"}},
    ]}, ensure_ascii=False), encoding="utf-8")
    rows = [["A", "gdp", "2022", "城镇调查失业率为5.2%", ""], ["A", "income", "2022", "5", ""],
            ["B", "gdp", "2022", "全市生产总值增长5.2%", ""], ["B", "income", "2022", "5", ""],
            ["C", "gdp", "2022", "GDP增长7.2%", ""], ["C", "income", "2022", "5", ""]]
    path = tmp_path / "panel.csv"
    path.write_text("county,indicator,period,reported,source\n" + "".join(",".join(r) + "\n" for r in rows),
                    encoding="utf-8")
    rules = load_rules(rules_path)
    expected = checked(path, rules, rows, ["2022"], 2022)
    assert streamed(stream_check(rules, path, ["2022"], as_of=2022, by=["county"], sample=2)) == [e[:-1] for e in expected]
    income = {e[0]: (e[5], e[6]) for e in expected if e[1] == "income"}
    assert income == {"A": ("pending", "reference_unknown"), "B": ("met", "within_tolerance"), "C": ("missed", "measured")}


# ------------------------------------------------------------------------ stream == check on random sentences

NAMES = ["地区生产总值", "全市生产总值", "GDP", "规上工业增加值", "规模以上工业增加值", "城镇调查失业率", "粮食产量"]
SUBJECTS = ["地区生产总值", "GDP", "全市生产总值", "规模以上工业增加值", "规上工业增加值", "城镇调查失业率", "粮食总产量"]
NUMBERS = ["4.9", "5.2", "5.8", "6", "6.2", "8.5", "9"]
TARGETS = ["增长6%", "增长{a}%以上", "{a}以上", "控制在{a}%以内", "增长{a}%左右", "年均增长{a}%"]


@st.composite
def sentence_plans(draw: st.DrawFn) -> tuple[dict, list[list[str]]]:
    indicators = []
    for n in range(draw(st.integers(1, 4))):
        target = draw(st.sampled_from(TARGETS)).format(a=draw(st.sampled_from(NUMBERS)))
        period = "2021-2023" if target.startswith("年均") else draw(st.sampled_from(["2022", "2023"]))
        indicators.append({"id": f"i{n}", "name": draw(st.sampled_from(NAMES)), "unit": "%",
                           "polarity": draw(st.sampled_from(["higher", "lower"])),
                           "measure": draw(st.sampled_from(["rate", "level"])), "targets": {period: target}})
    rows = []
    for region in range(draw(st.integers(1, 3))):
        for indicator in indicators:
            for year in ("2021", "2022", "2023"):
                number = draw(st.sampled_from(NUMBERS))
                cell = draw(st.sampled_from([number, f"{{s}}增长{number}%", f"{{s}}为{number}%",
                                             f"{{s}}增长{number}%，城镇调查失业率为5%"]))
                rows.append([f"C{region}", indicator["id"], year, cell.format(s=draw(st.sampled_from(SUBJECTS))), ""])
    return {"plan": {"name": "随机", "periods": ["2021-2023", "2022", "2023"]}, "indicators": indicators}, rows


@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_stream_equals_check_on_sentences_of_named_indicators(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("sentences")
    plan, rows = data.draw(sentence_plans())
    rules_path = folder / "rules.yaml"
    rules_path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    rules = load_rules(rules_path)
    path = folder / "panel.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["county", "indicator", "period", "reported", "source"])
        out.writerows(rows)
    periods = data.draw(st.sampled_from(["all", ["2023"], ["2021-2023"]]))
    run = stream_check(rules, path, periods, as_of=2023, by=["county"], chunksize=data.draw(st.sampled_from([3, 100])),
                       sample=2)
    expected = checked(path, rules, rows, periods, 2023)
    assert streamed(run) == [e[:-1] for e in expected]


@st.composite
def named_tables(draw: st.DrawFn) -> dict[str, list]:
    n = draw(st.integers(1, 12))
    table: dict[str, list] = {"target": [], "reported": [], "name": [], "polarity": []}
    for _ in range(n):
        number = draw(st.sampled_from(NUMBERS))
        table["target"].append(draw(st.sampled_from(TARGETS[:-1])).format(a=draw(st.sampled_from(NUMBERS))))
        cell = draw(st.sampled_from([number, float(number), f"{{s}}增长{number}%", f"{{s}}为{number}%",
                                     f"城镇调查失业率为5%，{{s}}增长{number}%"]))
        table["reported"].append(cell.format(s=draw(st.sampled_from(SUBJECTS))) if isinstance(cell, str) else cell)
        table["name"].append(draw(st.none() | st.sampled_from(NAMES)))
        table["polarity"].append(draw(st.sampled_from(["higher", "lower"])))
    return table


@settings(max_examples=60, deadline=None, derandomize=True)
@given(table=named_tables())
def test_bulk_equals_evaluate_with_indicator_names(table):
    from compliance import evaluate_table

    verdicts = evaluate_table(table, indicator="name")
    for i in range(len(table["target"])):
        one = compliance.evaluate(table["target"][i], table["reported"][i], polarity=table["polarity"][i],
                                  indicator=table["name"][i])
        assert (verdicts.status[i], verdicts.reason[i]) == (one.status.value, one.reason.value)
        assert verdicts.verdict(i) == one
