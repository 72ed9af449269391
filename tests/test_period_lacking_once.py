"""An ended plan period (as_of past its end, no whole-period row) whose total, compounded change or average lacks
a year's figure named the years twice: in the reason (缺少“2021”、“2023”…) and in the note right after it (缺少
2021 / 2023 … 年的数值，未以其余年份合成全期的数值). Now the note says them once; the verdict's ``missing`` still
lists them for a program. Reproduced on the seed with its 2021 rows removed, ``--period all --as-of 2025``."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from compliance.plans.check import check
from compliance.plans.datasets import Dataset, Row, load_dataset
from compliance.plans.rules import load_rules
from conftest import SEED_DATA, SEED_RULES
from test_leaks import leaks

PERIOD = "2021-2025"


def _seed_without(tmp_path: Path, year: str) -> Path:
    with open(SEED_DATA, encoding="utf-8", newline="") as source:
        rows = list(csv.reader(source))
    path = tmp_path / f"without-{year}.csv"
    with open(path, "w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([rows[0], *(row for row in rows[1:] if row[1] != year)])
    return path


@pytest.mark.parametrize("year", ["2021", "2022"])
def test_the_seed_without_a_year_names_each_missing_year_once(tmp_path: Path, year: str) -> None:
    rules = load_rules(SEED_RULES)
    data = load_dataset(_seed_without(tmp_path, year), [i.id for i in rules.indicators])
    ended = [j for j in check(rules, data, "all", as_of=2025) if j.period == PERIOD]
    lacking = [j.verdict for j in ended if any(n.code.startswith("final_lacking") for n in j.verdict.notes)]
    assert len(lacking) >= 4  # gdp_growth, tech_contract_growth, digital_economy_growth, ftz_revenue_growth ...
    for v in lacking:
        assert v.status.value == "pending" and year in v.missing  # still listed for a program
        for lang in ("zh", "en"):
            text = v.explain(lang)
            said = re.sub(r"“[^”]*”|'[^']*'", "", text)  # outside quotations of the source (2021: 该指标…)
            for year in (item for item in v.missing if item.isdigit()):
                assert len(re.findall(year, said)) == 1, (lang, year, text)
            assert list(leaks(text, lang, v)) == []  # a synced indicator by its words (tests/test_sync_names.py)
        if all(item.isdigit() for item in v.missing):  # only years lacking: the reason lists nothing
            assert "的数值，待定；" in v.explain("zh") and "for the period, so pending; " in v.explain("en")


def _judged(tmp_path: Path, values: list[str], as_of: int):
    path = tmp_path / "rules.yaml"
    plan = {"plan": {"name": "进度", "periods": [PERIOD]}, "indicators": [
        {"id": "x", "name": "指标", "polarity": "higher", "measure": "level", "targets": {PERIOD: "累计5以上"}}]}
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    rows = tuple(Row("x", str(2021 + i), text, None, "p.csv", 2 + i) for i, text in enumerate(values) if text)
    (judgement,) = [j for j in check(load_rules(path), Dataset("p.csv", rows), "all", as_of=as_of) if j.period == PERIOD]
    return judgement.verdict


def test_an_unreadable_year_is_named_once_with_its_value(tmp_path: Path) -> None:
    v = _judged(tmp_path, ["3", "abc", "1", "1", "1"], 2027)
    assert v.status.value == "pending" and "2022" in v.missing
    zh, en = v.explain("zh"), v.explain("en")
    for text in (zh, en):  # the year once, and once more in the quoted value it reported
        assert re.sub(r"“[^”]*”|'[^']*'", "", text).count("2022") == 1 and "2022: abc" in text


@pytest.mark.parametrize(("values", "status"), [(["1", "1", "1", "1", "1"], "met"), (["1", "1", "1", "1", "0.5"], "missed")])
def test_a_whole_period_either_side_of_the_total_is_judged(tmp_path: Path, values: list[str], status: str) -> None:
    # every year reported: the derived total (5 or 4.5) is judged against 累计5以上, no year is lacking
    v = _judged(tmp_path, values, 2027)
    assert v.status.value == status and v.missing == ()
    assert not any(n.code.startswith("final_lacking") for n in v.notes)
