"""Defects found in the review of stop 19 (R1), each tested either side."""

from __future__ import annotations

import pytest

import compliance

GDP = "地区生产总值增长6%"


@pytest.mark.parametrize("later", ["2023年预计增长{}%", "2023年力争增长{}%", "2023年增长{}%左右", "2023年预期增长{}%左右"])
def test_a_later_years_forecast_never_replaces_the_years_outcome(later: str) -> None:
    # the year's outcome is the figure (or the sentence is ambiguous); the next year's forecast or aim is no outcome:
    # 5% then a forecast of 7% was MET on the 7; 6.5% then a forecast of 5% is never missed on the 5
    assert compliance.evaluate(GDP, "2022年全市地区生产总值增长5%，" + later.format(7)).status.value != "met"
    assert compliance.evaluate(GDP, "2022年全市地区生产总值增长6.5%，" + later.format(5)).status.value != "missed"


def test_a_later_years_outcome_still_replaces_the_earlier_ones() -> None:
    # 2021年…8.5%;2022年…1.5% (th041): the latest year's figure, as 72f9da0 has it
    v = compliance.evaluate(GDP, "2021年,地区生产总值增速8.5%;2022年,地区生产总值增速降到了1.5%")
    assert (v.status.value, str(v.value)) == ("missed", "1.5")
    v = compliance.evaluate(GDP, "2021年,地区生产总值增速5.5%;2022年,地区生产总值增速达到6.5%")
    assert (v.status.value, str(v.value)) == ("met", "6.5")


@pytest.mark.parametrize("said", ["不能完成", "无法完成", "预计无法完成", "不能如期完成", "未能如期完成", "无法实现"])
def test_cannot_be_done_attests_nothing(said: str) -> None:
    # 不能完成 / 无法完成 say the target will not or cannot be reached: they attested it (MET) before
    for target in ("国际收支基本平衡", "6以上"):
        assert compliance.evaluate(target, said).status.value != "met"
    assert compliance.evaluate("国际收支基本平衡", "已完成").status.value == "met"  # the other side
    assert compliance.evaluate("国际收支基本平衡", "能够完成").status.value == "met"


@pytest.mark.parametrize(("cell", "at"), [('["—", "6以上"]', (9, 16)), ('["6以上", "无"]', (9, 23)), ('["无"]', (9, 15))])
def test_lint_reads_a_listed_cell_saying_none_as_check_does(tmp_path, cell: str, at: tuple[int, int]) -> None:
    # check shows such an item pending no_target; lint called it an unrecognized target (an error, exit 1)
    from compliance.plans.lint import lint_rules

    path = tmp_path / "rules.yaml"
    path.write_text('plan:\n  name: t\n  periods: ["2022"]\nindicators:\n  - id: a\n    name: 地区生产总值增速\n'
                    f'    polarity: higher\n    targets:\n      "2022": {cell}\n', encoding="utf-8")
    assert [(f.line, f.column, f.code, f.level) for f in lint_rules(path)] == [(*at, "no-target", "info")]
    path.write_text(path.read_text(encoding="utf-8").replace("无", "好好干").replace("—", "好好干"), encoding="utf-8")
    assert [f.code for f in lint_rules(path)] == ["unrecognized-target"]  # the other side: an unread target


@pytest.mark.parametrize("chunksize", [2, 1000])
def test_a_streamed_cell_without_a_row_never_takes_another_rules_verdict(tmp_path, chunksize: int) -> None:
    # 0dcd3c9 keyed each distinct (rule, text, previous text) with a previous part of width + 1 values in a slot of
    # width: rule a's (部分完成, previous 部分完成) and rule b's cell without a row shared a key, so b was MISSED
    # (attested_shortfall) where check says pending no_data
    import csv
    import json

    pytest.importorskip("pyarrow")
    from test_differential_stream import checked, streamed

    from compliance.plans.rules import load_rules
    from compliance.scale.stream import stream_check

    rule = {"unit": "%", "polarity": "higher", "measure": "level", "targets": {"2022": "6以上"}}
    plan = {"plan": {"name": "测试", "periods": ["2021", "2022"]},
            "indicators": [{"id": "a", "name": "指标甲", **rule}, {"id": "b", "name": "指标乙", **rule}]}
    (tmp_path / "rules.yaml").write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    rules = load_rules(tmp_path / "rules.yaml")
    for said in ("部分完成", "7"):  # the other side: a plain figure, met, and b still pending
        rows = [["区1", "a", "2021", said, ""], ["区1", "a", "2022", said, ""]]
        path = tmp_path / "panel.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            out = csv.writer(handle, lineterminator="\n")
            out.writerows([["county", "indicator", "period", "reported", "source"], *rows])
        got = [row[:7] for row in streamed(stream_check(rules, path, ["2022"], by=["county"], chunksize=chunksize))]
        assert got == [row[:7] for row in checked(path, rules, rows, ["2022"], None)]
        assert got[1][5:] == ("pending", "no_data")


@pytest.mark.parametrize("said", ["人均GDP增长9%", "全年人均地区生产总值增长9.4%", "按常住人口计算，人均地区生产总值增长5%"])
def test_a_per_head_figure_alone_never_judges_the_total(said: str) -> None:
    # 8f63715 set 人均地区生产总值's figure aside among several; alone it was judged as the total's: MET at 9
    v = compliance.evaluate("地区生产总值增长7.5%", said)
    assert (v.status.value, v.reason.value, v.missing) == ("pending", "not_comparable", ("per_capita",))
    assert compliance.evaluate("人均地区生产总值增长7.5%", said).status.value in ("met", "missed")  # its own target
    assert compliance.evaluate("地区生产总值增长7.5%", said.replace("人均", "")).status.value in ("met", "missed")
