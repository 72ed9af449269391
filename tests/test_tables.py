"""Plan-execution tables of other places (tests/tables/<place-period>/): `compliance check` on each rules file and
dataset gives, per indicator, the status a person gave from the source (expected.yaml), and the summary counts."""

from __future__ import annotations

import csv
import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from compliance.cli import main

TABLES = Path(__file__).parent / "tables"
CASES = sorted(p for p in TABLES.iterdir() if (p / "expected.yaml").is_file())


def test_there_are_tables() -> None:
    assert len(CASES) >= 7


def _check(capsys: pytest.CaptureFixture[str], case: Path, period: str) -> dict:
    code = main(["check", str(case / "rules.yaml"), str(case / "data.csv"), "--period", period, "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_engine_agrees_with_the_hand_judgement(capsys: pytest.CaptureFixture[str], case: Path) -> None:
    """Every indicator's status is the hand's, except a documented leftover (``leftover:`` in expected.yaml: what the
    engine gives instead, and why), which must still be what the engine gives: once fixed, the entry goes."""
    expected = yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8"))
    report = _check(capsys, case, str(expected["period"]))
    got = {v["indicator"]: v["status"] for v in report["verdicts"]}
    wanted = {name: item["status"] for name, item in expected["indicators"].items()}
    engine = {name: item.get("leftover", {}).get("status", item["status"]) for name, item in expected["indicators"].items()}
    assert got == engine
    counts = Counter(engine.values())
    assert report["summary"]["by_status"] == {status: counts[status] for status in ("met", "missed", "pending")}
    assert all(item["leftover"]["why"] for item in expected["indicators"].values() if "leftover" in item)
    assert sum(engine[name] == wanted[name] for name in wanted) >= len(wanted) - len(wanted) // 10  # leftovers stay few


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_every_cell_is_from_the_source(case: Path) -> None:
    """Each table names its source in the rules file and in expected.yaml, and every dataset row its column."""
    expected = yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8"))
    rules = (case / "rules.yaml").read_text(encoding="utf-8")
    assert expected["source"] in rules
    rows = (case / "data.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "indicator,period,reported,source" and all(row.split(",")[-1] for row in rows[1:])


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_either_side_of_each_threshold(capsys: pytest.CaptureFixture[str], case: Path, tmp_path: Path) -> None:
    """Each target turns with the value given it: at its threshold met, a hundredth on the wrong side of it missed (under
    it for an indicator to raise, over it for one to keep down: polarity in rules.yaml; the plan's tables without
    figures get them here); a strict bound (突破3600亿元) a hundredth past it met, at it missed. A threshold taken from
    another indicator's value (与经济增长同步) moves with that value, so it is left out."""
    expected = yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8"))
    rules = yaml.safe_load((case / "rules.yaml").read_text(encoding="utf-8"))
    lower = {item["id"] for item in rules["indicators"] if item.get("polarity") == "lower"}
    period = str(expected["period"])
    verdicts = _check(capsys, case, period)["verdicts"]
    for v in verdicts:  # pending for want of a value: its threshold is its target, a plain figure in these tables
        v["threshold"] = v["threshold"] or (v["target"] if v["target"].replace(".", "", 1).isdigit() else None)
    measured = [v for v in verdicts if v["threshold"] is not None and v["reference"] is None]
    assert measured
    # a strict bound (突破3600亿元: > 3600) is not met at its threshold: a hundredth past it meets it, the threshold misses
    strict = {v["indicator"] for v in measured if v["read_as"]["zh"][:1] in "<>" and v["read_as"]["zh"][1:2] != "="}
    for shift, status in ((Decimal("0"), "met"), (Decimal("-0.01"), "missed")):
        rows = ["indicator,period,reported,source"]
        for v in measured:
            step = shift + (Decimal("0.01") if v["indicator"] in strict else 0)
            rows.append(f"{v['indicator']},{period},{Decimal(v['threshold']) + (-step if v['indicator'] in lower else step)},moved")
        (tmp_path / "data.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        code = main(["check", str(case / "rules.yaml"), str(tmp_path / "data.csv"), "--period", period,
                     "--format", "json"])
        report = json.loads(capsys.readouterr().out)
        assert code == 0
        moved = {v["indicator"]: v["status"] for v in report["verdicts"] if v["indicator"] in {m["indicator"] for m in measured}}
        assert len(moved) == len(measured) and set(moved.values()) == {status}, (shift, moved)


# --------------------------------------------------------------------------- cells of these tables as a user writes them


@pytest.mark.parametrize(("reported", "value"), [("7.0①", "7.0"), ("8.3⒈", "8.3"), ("8.3❶", "8.3"), ("8.3①②", "8.3"),
                                                 ("7.0 ①", "7.0"), ("8.3%①", "8.3"), ("①8.3", "8.3")])
def test_a_footnote_mark_by_a_figure_is_no_digit(reported: str, value: str) -> None:
    """A table's footnote mark (8.3①, 7.0⒈) is no digit of the figure: Unicode's compatibility form makes ① a 1, and
    7.0① read 7.01 and met 7.01以上. Read as the figure alone, either side of a threshold a hundredth from it."""
    import compliance

    assert compliance.parse_reported(reported).value.value == Decimal(value)
    figure = Decimal(value)
    assert compliance.evaluate(f"{figure + Decimal('0.01')}以上", reported).status.value == "missed"
    assert compliance.evaluate(f"{figure}以上", reported).status.value == "met"


def test_a_target_with_a_footnote_mark_reads_as_without_it() -> None:
    import compliance

    marked, plain = compliance.parse_target("7%以上①"), compliance.parse_target("7%以上")
    assert (marked.kind, marked.value) == (plain.kind, plain.value)
    assert compliance.evaluate("7%以上①", "6.99").status.value == "missed"
    assert compliance.evaluate("7%以上①", "7").status.value == "met"


def test_a_half_year_cell_of_a_yearly_figure_is_pending() -> None:
    """年度指标, the whole cell (a half-year table: the figure is the year's only), is no value yet: pending, as 暂无数据
    is; in a longer cell it is no such claim (完成年度指标 attests completion, a bracket of it is a note)."""
    import compliance

    found = compliance.evaluate("74.5", "年度指标")
    assert (found.status.value, found.reason.value) == ("pending", "no_data")
    assert compliance.evaluate("74.5", "完成年度指标").status.value == "met"
    assert compliance.evaluate("74.5", "74.4（年度指标）").status.value == "missed"
    assert compliance.evaluate("74.5", "74.5（年度指标）").status.value == "met"


def _noisy(cell: str, index: int) -> str:
    """A reported cell as a user's table may write it: full-width digits, a footnote mark, a note in brackets."""
    full = cell.translate({ord(c): chr(ord(c) + 0xFEE0) for c in "0123456789."})
    return (full, cell + "①", cell + "（注：快报数）", "※" + cell)[index % 4]


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_the_same_table_written_with_marks_and_full_width_digits(capsys: pytest.CaptureFixture[str], case: Path,
                                                                  tmp_path: Path) -> None:
    """Each figure of a table rewritten as a user's copy may hold it (８.３, 8.3①, 8.3（注：快报数）, ※8.3) is judged as
    written plainly: the same status for every indicator."""
    expected = yaml.safe_load((case / "expected.yaml").read_text(encoding="utf-8"))
    period = str(expected["period"])
    plain = {v["indicator"]: v["status"] for v in _check(capsys, case, period)["verdicts"]}
    lines = (case / "data.csv").read_text(encoding="utf-8").splitlines()
    rows = [lines[0]]
    for index, row in enumerate(csv.reader(lines[1:])):
        figure = row[2].strip('"')
        if figure.replace(".", "", 1).lstrip("-").isdigit():
            row[2] = _noisy(figure, index)
        rows.append(",".join(f'"{cell}"' for cell in row))
    (tmp_path / "data.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    code = main(["check", str(case / "rules.yaml"), str(tmp_path / "data.csv"), "--period", period, "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert {v["indicator"]: v["status"] for v in report["verdicts"]} == plain
