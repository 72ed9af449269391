"""A plan period's 同步 target reads its reference indicator's yearly figures as that indicator's, and a year whose cell
holds another indicator's figure says so.

与经济增长基本同步 over 2021-2022 is judged against the compound average of the reference indicator's yearly figures:
the explanation names whose figures they are (地区生产总值增速: 2021: 6.5 / 2022: 5.9); a cell of that indicator
holding another indicator's figure (城镇调查失业率为5.2% in the GDP row) is no reference figure (pending, said), never
read on its number alone. A year lacking a figure because its cell is another indicator's is explained as that, not
as "not a figure" (judge/progress_series.py ``lacking_notes``), for an ended period and for progress alike.
"""

from __future__ import annotations

import pytest

RULES = """\
plan: {name: P, periods: ["2021", "2022", "PERIOD"]}
indicators:
  - id: gdp
    name: 地区生产总值增速
    polarity: higher
    measure: rate
    unit: "%"
    targets:
      "PERIOD": 年均增长6%左右
  - id: income
    name: 居民人均可支配收入增速
    polarity: higher
    measure: rate
    unit: "%"
    targets:
      "PERIOD": 与经济增长基本同步
"""


def _check(tmp_path, gdp_2022: str, income: tuple[str, str] = ("6.6", "5.6"), period: str = "2021-2022"):
    from compliance.plans.check import check
    from compliance.plans.datasets import load_dataset
    from compliance.plans.rules import load_rules

    (tmp_path / "r.yaml").write_text(RULES.replace("PERIOD", period), encoding="utf-8")
    rows = [("gdp", "2021", "6.5"), ("gdp", "2022", gdp_2022), ("income", "2021", income[0]),
            ("income", "2022", income[1])]
    (tmp_path / "r.csv").write_text("indicator,period,reported\n" + "".join(f"{a},{b},{c}\n" for a, b, c in rows),
                                    encoding="utf-8")
    rules = load_rules(tmp_path / "r.yaml")
    data = load_dataset(tmp_path / "r.csv", [i.id for i in rules.indicators])
    return {j.indicator.id: j.verdict for j in check(rules, data, period)}


@pytest.mark.parametrize(("income", "status"), [(("6.6", "5.6"), "met"), (("4.0", "3.5"), "missed")])
def test_the_reference_is_the_named_indicators_figures_and_says_so(tmp_path, income, status):
    v = _check(tmp_path, "5.9", income)["income"]
    assert v.status.value == status
    assert "the reference is 地区生产总值增速's figure of each year (2021: 6.5 / 2022: 5.9)" in v.explain("en")
    assert "参照取“地区生产总值增速”逐年的数值（2021: 6.5 / 2022: 5.9）" in v.explain("zh")


def test_a_sentence_of_the_reference_indicator_itself_is_its_figure(tmp_path):
    v = _check(tmp_path, "地区生产总值增长5.9%")["income"]
    assert v.status.value == "met" and "2022: 5.9" in v.explain("en")


def test_another_indicators_figure_in_the_reference_row_is_refused(tmp_path):
    # was met: 5.2 (unemployment) averaged into the GDP reference as if it were growth
    v = _check(tmp_path, "城镇调查失业率为5.2%")["income"]
    assert (v.status.value, v.reason.value) == ("pending", "reference_unknown")
    en = v.explain("en")
    assert "地区生产总值增速's reported '城镇调查失业率为5.2%' (2022) is another indicator's figure" in en
    assert "是另一指标的数值，不作参照" in v.explain("zh")


def test_progress_refuses_it_too(tmp_path):
    found = _check(tmp_path, "城镇调查失业率为5.2%", period="2021-2025")
    assert found["income"].status.value == "pending"
    assert "another indicator's figure, not used as the reference" in found["income"].explain("en")
    assert "lacking '地区生产总值增速 2022'" in found["income"].explain("en")  # by its name, not its id (gdp)
    gdp = found["gdp"].explain("en")
    assert "'2022: 城镇调查失业率为5.2%' is another indicator's figure" in gdp and "not a figure" not in gdp


def test_a_lacking_year_of_another_indicator_is_said_so(tmp_path):
    v = _check(tmp_path, "城镇调查失业率为5.2%")["gdp"]
    assert v.status.value == "pending"
    en, zh = v.explain("en"), v.explain("zh")
    assert "no figure for 2022 (the reported '2022: 城镇调查失业率为5.2%' is another indicator's figure" in en
    assert "not a figure" not in en and "是另一指标的数值，不是本指标的" in zh
    assert "nothing reported" not in en  # yearly values were reported


def test_a_lacking_year_of_no_figure_is_still_not_a_figure(tmp_path):
    v = _check(tmp_path, "未统计")["gdp"]
    assert v.status.value == "pending" and "'2022: 未统计' is not a figure" in v.explain("en")
    v = _check(tmp_path, "未统计", period="2021-2025")["gdp"]
    assert "'2022: 未统计' is not a figure" in v.explain("en")


@pytest.mark.parametrize("gdp_2022", ["5.9", "城镇调查失业率为5.2%", "地区生产总值增长5.9%"])
@pytest.mark.parametrize("period", ["2021-2022", "2021-2025"])
def test_the_streamed_check_agrees(tmp_path, capsys, gdp_2022, period):
    # the arrays rate an open 同步 period themselves: a reference year of another indicator goes to check there too
    import csv
    import io

    from compliance.cli import main

    _check(tmp_path, gdp_2022, period=period)  # writes r.yaml and r.csv
    found = []
    for extra in ([], ["--stream"]):
        main(["check", str(tmp_path / "r.yaml"), str(tmp_path / "r.csv"), "--period", period, "--format", "csv", *extra])
        found.append({row["indicator"]: (row["status"], row["reason"], row["progress"])
                      for row in csv.DictReader(io.StringIO(capsys.readouterr().out))})
    assert found[0] == found[1]
