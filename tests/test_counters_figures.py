"""Follow-ups of the third target set (tests/corpus/targets_third.tsv): one-character counters as units,
repeating figures shown rounded in sentences, and 拟按…安排 around a target."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

import compliance
from compliance.judge.explain import shown_places
from compliance.language.units import info


def _status(target: str, reported: str) -> str:
    return compliance.evaluate(target, reported).status.value


# a figure followed by a counter has that counter as its unit: 出栏生猪100万头 was 100万 of a subject '头',
# so 110万只 (poultry) met it
@pytest.mark.parametrize("counter", ["头", "只", "株", "棵", "个", "家", "户", "所", "辆", "座", "艘", "架"])
def test_counter_is_the_unit(counter: str) -> None:
    text = f"总量100万{counter}以上"
    target = compliance.parse_target(text)
    assert target.kind == "bound" and target.value.unit == f"万{counter}"
    assert target.subject is not None and target.subject.text == "总量"
    assert info(counter).dimension != counter  # a dimension of the table, not a word kept as written
    assert _status(text, f"110万{counter}") == "met"
    assert _status(text, f"90万{counter}") == "missed"
    assert _status(text, f"1000000{counter}") == "met"
    assert _status(text, f"999999{counter}") == "missed"


def test_pigs_are_not_poultry() -> None:
    target = compliance.parse_target("出栏生猪100万头")
    assert target.subject is not None and target.subject.text == "出栏生猪"
    v = compliance.evaluate("出栏生猪100万头", "110万只")
    assert (v.status.value, v.reason.value) == ("pending", "not_comparable")
    assert "万只" in v.explain("zh") and "万头" in v.explain("zh")
    assert _status("出栏生猪100万头", "110万头") == "met"
    assert _status("出栏生猪100万头", "90万头") == "missed"
    assert compliance.evaluate("新建桥梁5座", "6家").reason.value == "not_comparable"


def test_a_step_is_no_counter() -> None:  # 迈上百亿台阶: 台 stays out of the unit table
    assert info("台").dimension == "台"


# 三分之一 explained itself with 28 digits (≥ 33.33333333333333333333333333%): sentences round a repeating
# figure, with digits enough that two figures that differ never look equal; the model keeps it exact
@pytest.mark.parametrize("reported, status, threshold", [
    ("34", "met", "33.33%"), ("30", "missed", "33.33%"), ("33.33", "missed", "33.333%"),
    ("33.3334", "met", "33.3333%"), ("33.3333", "missed", "33.33333%"),
])
def test_repeating_threshold_shown_rounded(reported: str, status: str, threshold: str) -> None:
    v = compliance.evaluate("比重达到三分之一", reported)
    assert v.status.value == status
    assert v.threshold is not None and str(v.threshold).startswith("33.3333333333")  # exact in the model
    for lang in ("zh", "en"):
        text = v.explain(lang)
        assert threshold in text and "33.3333333333" not in text
        assert not re.search(r"\d\.\d{13,}", text)


def test_long_reported_value_against_a_short_threshold_keeps_its_digits() -> None:
    # 1.4万个 against 13999.99…个: the reported value in 万个 is shown whole enough to differ from 1.4
    v = compliance.evaluate("1.4万个以上", "13999.99999999999999999999999999个")
    assert v.status.value == "missed"
    shown = re.search(r"读作 ([0-9.]+)万个", v.explain("zh"))
    assert shown is not None and Decimal(shown.group(1)) != Decimal("1.4")


def test_plain_figures_are_shown_whole() -> None:
    assert shown_places(compliance.evaluate("6以上", "4")) is None
    assert "0.00583917" in compliance.evaluate("0.005以上", "0.00583917").explain("zh")


def test_tolerance_of_a_repeating_target_is_rounded() -> None:
    text = compliance.evaluate("比重达到三分之一左右", "33").explain("zh")
    assert "33.33%" in text and "1.67 个百分点" in text and not re.search(r"\d\.\d{13,}", text)


# 赤字率拟按3%左右安排: a plan verb around the target (政府工作报告; 擬 in traditional copies)
@pytest.mark.parametrize("target, low, high", [
    ("赤字率拟按3%左右安排", "2.8", "3"), ("赤字率擬按4%左右安排", "3.7", "4"), ("赤字率拟按3.6%以上安排", "3.5", "3.6"),
])
def test_planned_deficit_rate(target: str, low: str, high: str) -> None:
    c = compliance.parse_target(target)
    assert c.kind in ("approx", "bound") and c.subject is not None and c.subject.text == "赤字率"
    assert _status(target, high) == "met"
    assert _status(target, low) == "missed"


# cells of plan-execution tables (tests/tables/): 预计完成 is the reporter's claim as 可完成 is; 年底出数 a value to come
@pytest.mark.parametrize("cell", ["预计完成", "预计可完成", "预计完成全年目标"])
def test_expected_completion_is_attested(cell: str) -> None:
    v = compliance.evaluate("6以上", cell)
    assert (v.status.value, v.basis) == ("met", "attested")


def test_expected_figure_is_judged_not_attested() -> None:
    assert _status("6以上", "预计完成5.8") == "missed"
    assert _status("6以上", "预计完成6.2") == "met"


@pytest.mark.parametrize("cell", ["年底出数", "该指标年底出数"])
def test_figure_at_years_end_is_pending(cell: str) -> None:
    v = compliance.evaluate("6以上", cell)
    assert (v.status.value, v.reason.value) == ("pending", "no_data")


def test_long_figure_with_many_whole_digits_is_rounded_not_cut() -> None:
    # 44 digits read in 万个: more than the 28 of the default context, so no rounding may happen there
    v = compliance.evaluate("1万个以上", "1234567890123456789012345678901.1234567890123个")
    assert v.status.value == "met"
    assert "读作 123456789012345678901234567.89万个" in v.explain("zh")
    assert str(v.value) == "123456789012345678901234567.89011234567890123"  # exact in the model


def test_streamed_rows_round_as_check_does(tmp_path) -> None:
    """A streamed row's sentence (templates shared by rows of one shape) shows the digits its own values need."""
    import csv

    from compliance.cli import main

    (tmp_path / "rules.yaml").write_text(
        'plan: {name: t, periods: ["2022"]}\nindicators:\n  - {id: share, name: 比重, unit: "%", polarity: higher,'
        ' measure: level, targets: {"2022": "达到三分之一"}}\n', encoding="utf-8")
    values = {"30": "33.33%", "33.33": "33.333%", "34": "33.33%", "33.3333": "33.33333%", "31": "33.33%",
              "33.34": "33.33%", "33.334": "33.333%"}
    rows = ["region,indicator,period,reported", *(f"r{i},share,2022,{v}" for i, v in enumerate(values))]
    (tmp_path / "data.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["check", str(tmp_path / "rules.yaml"), str(tmp_path / "data.csv"), "--by", "region", "--stream",
                 "--format", "csv", "-o", str(out)]) == 0
    got = {row["reported"]: row for row in csv.DictReader(out.open(encoding="utf-8-sig"))}
    for reported, threshold in values.items():
        sentence = got[reported]["explanation"]
        assert f"≥ {threshold}；" in sentence and not re.search(r"\d\.\d{13,}", sentence), sentence
        assert got[reported]["status"] == ("met" if Decimal(reported) > Decimal(100) / 3 else "missed")


# 完成目标的95%: a share of the target done (as 完成年计划的95% was), not a level of 95 against 6以上
@pytest.mark.parametrize("cell, status", [
    ("完成目标的95%", "missed"), ("预计完成目标的99.9%", "missed"), ("完成全年任务的96%", "missed"),
    ("完成目标的100%", "met"), ("完成年度目标的102%", "met"),
])
def test_share_of_the_target_done(cell: str, status: str) -> None:
    v = compliance.evaluate("6以上", cell)
    assert (v.status.value, v.reported.kind) == (status, "completion")


# 达到预期目标 / 实现预期目标 attest the target as 完成预期目标 did (were unrecognized); 未达到预期目标 is still a shortfall
@pytest.mark.parametrize("cell, status", [
    ("达到预期目标", "met"), ("实现预期目标", "met"), ("完成预期目标", "met"), ("未达到预期目标", "missed"),
])
def test_expected_target_reached(cell: str, status: str) -> None:
    assert _status("6以上", cell) == status
