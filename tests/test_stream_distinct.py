"""The streamed path judges each distinct cell once and reads each distinct region cell once: still check's verdicts.

1. Many regions report the same figures against the same targets, with different previous-year values: a
   target that reads the previous value (逐步增加) must tell them apart, one that does not (6以上) may judge them
   once; a reported text that states its own previous figure (``2.1（上年2.15）``) is judged with the previous
   value it comes with. Every verdict, explanation and sampled verdict equals check's for that region.
2. Region cells written with blanks around them are the regions without (load_dataset strips them), across
   chunk boundaries too; a region whose rows resume after another's is still refused, naming both lines.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from test_differential_stream import checked, streamed

from compliance.errors import InputError
from compliance.plans.rules import load_rules

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from compliance.scale.stream import stream_check  # noqa: E402

TARGETS = {"rising": "逐步增加", "floor": "6以上", "steady": "稳中有升", "band": "5-7", "reference": "达到市级要求（5）"}
NOW = ["5", "6", "7", "6.5", "2.1（上年2.15）", "与上年持平", "", "8-9", "持续增长"]
BEFORE = ["4", "6", "8", "", "6.5", "2.15", "下降2%"]


def plan() -> dict:
    indicators = [
        {"id": ident, "name": f"指标{k}", "unit": "%", "polarity": "higher", "measure": "level",
         "targets": {"2022": target}}
        for k, (ident, target) in enumerate(TARGETS.items())
    ]
    return {"plan": {"name": "测试", "periods": ["2021", "2022"]}, "indicators": indicators}


def panel(regions: int) -> list[list[str]]:
    rows = []
    for r in range(regions):
        for k, ident in enumerate(TARGETS):
            rows.append([f"区{r:03d}", ident, "2021", BEFORE[(r + k) % len(BEFORE)], ""])
            rows.append([f"区{r:03d}", ident, "2022", NOW[(r // 3 + k) % len(NOW)], ""])
    return rows


def write(path: Path, rows: list[list[str]], header: str = "county") -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow([header, "indicator", "period", "reported", "source"])
        out.writerows(rows)


@pytest.mark.parametrize("chunksize", [7, 1000])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_cells_judged_once_are_each_regions_own_verdicts(tmp_path, chunksize, lang):
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text(json.dumps(plan(), ensure_ascii=False), encoding="utf-8")
    rules = load_rules(rules_path)
    rows = panel(60)
    path = tmp_path / "panel.csv"
    write(path, rows)
    run = stream_check(rules, path, ["2022"], by=["county"], chunksize=chunksize, sample=3, lang=lang)
    expected = checked(path, rules, rows, ["2022"], None, lang)
    got = streamed(run)
    assert got == [e[:-1] for e in expected]
    # the same reported figure against 逐步增加 is met after a lower year and missed after a higher one
    rising = {(e[0], e[5]) for e in expected if e[1] == "rising" and e[6] == "measured"}
    assert {"met", "missed"} <= {status for _, status in rising}
    verdicts: dict[tuple, list] = {}
    for e in expected:
        verdicts.setdefault((e[0], e[1], e[2], e[5], e[6]), []).append(e[-1])
    for kept in run.summary.sample:
        key = (kept.region[0], kept.indicator, kept.period, kept.status.value, kept.reason.value)
        assert kept.explanation["en"] in {v.explain("en") for v in verdicts[key]}


def test_region_cells_with_blanks_are_the_regions_without(tmp_path):
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text(json.dumps(plan(), ensure_ascii=False), encoding="utf-8")
    rules = load_rules(rules_path)
    rows = panel(12)
    clean, padded = tmp_path / "clean.csv", tmp_path / "padded.csv"
    write(clean, rows)
    write(padded, [[(" " * (i % 3)) + county + ("\u3000" if i % 2 else ""), *rest]
                   for i, (county, *rest) in enumerate(rows)])
    for chunksize in (3, 10, 1000):
        want = streamed(stream_check(rules, clean, ["2022"], by=["county"], chunksize=chunksize))
        got = streamed(stream_check(rules, padded, ["2022"], by=["county"], chunksize=chunksize))
        assert [row[:12] for row in got] == [row[:12] for row in want]  # the source names the other file
        assert len(got) == 12 * len(TARGETS)


def test_a_resumed_region_is_refused_whatever_its_blanks(tmp_path):
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text(json.dumps(plan(), ensure_ascii=False), encoding="utf-8")
    rules = load_rules(rules_path)
    rows = panel(3)
    resumed = rows[:4] + rows[10:] + [[" 区000 ", *rows[4][1:]]]  # 区000's rising 2022 row after 区001, 区002
    path = tmp_path / "resumed.csv"
    write(path, resumed)
    for chunksize in (2, 5, 1000):
        with pytest.raises(InputError) as caught:
            stream_check(rules, path, ["2022"], by=["county"], chunksize=chunksize).run()
        assert caught.value.line == len(resumed) + 1
        assert "区000" in str(caught.value) and "line 5" in str(caught.value)
