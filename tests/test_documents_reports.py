"""Single plan-execution reports read alone (tests/documents/reports/<place-year>/): one real document of the
kind of the seed (关于XX YYYY年国民经济和社会发展计划执行情况与YYYY+1年计划草案的报告), judged as
``compliance check --document report.txt --year YYYY`` judges it, against ``expected.yaml`` (the verdict a careful
reader of that text alone gives each indicator stated with a target, and whether the report's own claims hold).
Each folder's SOURCE.md gives the address the text was copied from.

What must hold today: no verdict the engine gives contradicts the reader's (a wrong verdict is worse than a pending
one), and no claim is said to agree or disagree against the reader. What does not hold yet is listed in ``GAPS``
as a strict xfail, so a fix must promote its case. ``python tests/test_documents_reports.py`` prints the table of
docs/documents.md ("Other plan-execution reports"), which ``test_docs_table`` keeps in step.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from compliance import InputError
from compliance.documents import claims, extract, judge, load
from compliance.documents.naming import same
from test_documents_pairs import _f, _numbers  # the pairs' reading of a figure, shared

HERE = Path(__file__).resolve().parent
REPORTS = HERE / "documents" / "reports"
DOCS = HERE.parent / "docs" / "documents.md"
NAMES = sorted(p.name for p in REPORTS.iterdir() if (p / "expected.yaml").is_file())

#: (report, indicator) -> why the engine does not give the reader's verdict yet (strict xfail). None left: a review
#: clause with the plan beside the estimate (`…635亿元,完成年计划710亿元的89.4%`) and a line restating the target before
#: a colon with the estimate after it (`——全社会固定资产投资完成380亿元:预计全年固定资产投资完成414亿元以上`) are read
#: since documents/reviews.py; a table stored one cell a paragraph (wenzhou-2015, mingguang-2023) since
#: documents/flattened.py (stop 30).
GAPS: dict[tuple[str, str], str] = {}
#: (report, claim text) -> why the engine does not compare the claim yet (strict xfail).
CLAIM_GAPS: dict[tuple[str, str], str] = {
    ("wuchang-2024", "较好地完成了全年各项目标任务"):
        "较好地完成了 (地 between the words) is not read as the whole-plan claim 较好完成; claims.yaml met += 较好地完成 "
        "reads it (disagreeing, as the reader), but also the seed's line 9 (较好地完成了区十七届人大一次会议确定的目标任务: "
        "all 31 claimed, 26 met), whose claims are to stay as docs/documents.md gives them",
    ("licheng-2022", "主要是二产、三产未达预期目标"):
        "a reason in brackets naming the sectors short of their plan is no claim the extractor reads",
}


@cache
def expected(report: str) -> dict:
    return YAML(typ="safe").load((REPORTS / report / "expected.yaml").read_text(encoding="utf-8"))


@cache
def checked(report: str):
    """(plan, verdicts, claims) as ``compliance check --document report.txt --year YYYY`` computes them; (None, [], [])
    when the command refuses the document (exit 2: no indicator table and no target paragraph read)."""
    spec = expected(report)
    year = str(spec["year"])
    try:
        plan = load(extract(REPORTS / report / spec["report"], year=year))
    except InputError:
        return None, [], []
    verdicts = judge(plan, [year])
    return plan, verdicts, claims(plan, verdicts)


def _mine(report: str, item: dict):
    """The extracted indicator that is the reader's: its name, and a target of the year taken from the reader's."""
    plan, verdicts, _ = checked(report)
    year = str(expected(report)["year"])
    status = {j.indicator.id: j.verdict.status.value for j in verdicts}
    for i in plan.extraction.indicators if plan is not None else ():
        target = i.found.targets.get(year)
        # the report's own place may open the name (荔城地区生产总值: the district's GDP)
        if target is None or not (same(i.found.name, item["name"]) or _f(i.found.name).endswith(_f(item["name"]))):
            continue
        if _f(target.text) in _f(item["target"]) or _numbers(target.text) and _numbers(target.text) <= _numbers(item["target"]):
            return i, status.get(i.id)
    return None, None


def shares(report: str) -> tuple[int, int, int, int, int, int, int]:
    """(indicators, found, verdicts as the reader's, verdicts the reader contradicts, other targets read (the review's
    figures taken for targets: pending, no verdict, but no target of the text either), claims, claims compared)."""
    spec = expected(report)
    items = spec["indicators"]
    rows = [_mine(report, item) for item in items]
    plan, verdicts, results = checked(report)
    mine = {i.id for i, _ in rows if i is not None}
    return (len(items), sum(i is not None for i, _ in rows),
            sum(s == item["verdict"] for (_, s), item in zip(rows, items)), len(_wrong(report)),
            sum(i.id not in mine for i in plan.extraction.indicators) if plan is not None else 0, len(spec["claims"]),
            sum(r.agrees is not None for r in results))


def _wrong(report: str) -> list[tuple[str, str, str]]:
    """Every met/missed the engine gives that the reader does not: on an indicator the reader judges otherwise,
    or on one the reader does not count (an outcome read as a target)."""
    plan, verdicts, _ = checked(report)
    readers = {}
    for item in expected(report)["indicators"]:
        indicator, _ = _mine(report, item)
        if indicator is not None:
            readers[indicator.id] = item["verdict"]
    return [(j.indicator.id, j.verdict.status.value, readers.get(j.indicator.id, "not counted"))
            for j in verdicts if j.verdict.status.value in ("met", "missed")
            and readers.get(j.indicator.id) != j.verdict.status.value]


def table() -> str:
    lines = ["| report | indicators with a target | found | verdicts as the reader's | wrong verdicts | other targets read "
             "| claims | compared |", "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    totals = [0] * 7
    for report in NAMES:
        counts = shares(report)
        totals = [a + b for a, b in zip(totals, counts)]
        lines.append("| " + " | ".join([f"`{report}`", *map(str, counts)]) + " |")
    lines.append("| " + " | ".join(["**all**", *map(str, totals)]) + " |")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("report", NAMES)
def test_expected_quotes_the_report(report):
    """Every target, outcome and claim of expected.yaml is in report.txt as written (real text, not invented)."""
    spec = expected(report)
    text = (REPORTS / report / spec["report"]).read_text(encoding="utf-8")
    quoted = [item["target"] for item in spec["indicators"]] + [
        item["outcome"] for item in spec["indicators"] if item["outcome"]] + [c["text"] for c in spec["claims"]]
    assert [q for q in quoted if q not in text] == []
    assert (REPORTS / report / "SOURCE.md").read_text(encoding="utf-8").count("http") >= 1


@pytest.mark.parametrize("report", NAMES)
def test_no_wrong_verdict(report):
    """Whatever the engine reads, it gives no met or missed the reader would not give."""
    assert _wrong(report) == []


@pytest.mark.parametrize("report", NAMES)
def test_no_claim_against_the_reader(report):
    """A claim the engine compares agrees or disagrees as the reader says it holds (or is left undecided)."""
    holds = {c["text"]: c["holds"] for c in expected(report)["claims"]}
    _, _, results = checked(report)
    against = [(r.text, r.agrees) for r in results if r.agrees is not None
               and any(t in r.text for t in holds) and holds[next(t for t in holds if t in r.text)] not in (None, r.agrees)]
    assert against == []


_CASES = [pytest.param(report, item["name"], id=f"{report}-{item['name']}",
                       marks=[pytest.mark.xfail(strict=True, reason=GAPS[(report, item["name"])])]
                       if (report, item["name"]) in GAPS else [])
          for report in NAMES for item in expected(report)["indicators"]]


@pytest.mark.parametrize(("report", "name"), _CASES)
def test_verdict_is_the_readers(report, name):
    item = next(i for i in expected(report)["indicators"] if i["name"] == name)
    indicator, status = _mine(report, item)
    if item["verdict"] == "pending":  # nothing the reader can judge: the engine gives no met/missed on it either
        assert status in (None, "pending")
    else:
        assert indicator is not None, f"{name}: target {item['target']!r} not extracted"
        assert status == item["verdict"]


_CLAIMS = [pytest.param(report, c["text"], id=f"{report}-{c['text'][:12]}",
                        marks=[pytest.mark.xfail(strict=True, reason=CLAIM_GAPS[(report, c["text"])])]
                        if (report, c["text"]) in CLAIM_GAPS else [])
           for report in NAMES for c in expected(report)["claims"] if c["holds"] is not None]


@pytest.mark.parametrize(("report", "text"), _CLAIMS)
def test_claim_compared(report, text):
    """A claim the reader can decide is compared as the reader decides it (wuchang-2024's 较好地完成了全年各项目标任务
    would disagree: its revenue grew 0.3% against 5%)."""
    holds = next(c["holds"] for c in expected(report)["claims"] if c["text"] == text)
    _, _, results = checked(report)
    assert [r.agrees for r in results if text in r.text] == [holds]


# Verbatim from 荔城区's report (http://www.ptlc.gov.cn/zwgk/gzbg/jhbg/202304/t20230421_1814674.htm): the heading of its
# review, then one sentence each; the plan beside the estimate either side of it (18 of 18 met, 33 of 33.5 missed).
_HEADING = "  一、2022年国民经济和社会发展计划执行情况"
_REVIEWED = [
    ("其中,第一产业增加值18亿元,完成年计划18亿元的100%,增长3.5%;", "第一产业增加值", "18亿元", "18亿元", "met"),
    ("农林牧渔业总产值33亿元,完成年计划33.5亿元的98.5%,增长3.1%。", "农林牧渔业总产值", "33.5亿元", "33亿元", "missed"),
    ("固定资产投资300亿元,完成年计划385亿元的77.9%(主要是纳统项目剩余投资不足,难以支撑投资持续增长),下降18.4%。",
     "固定资产投资", "385亿元", "300亿元", "missed"),
]


@pytest.mark.parametrize(("sentence", "name", "plan", "estimate", "verdict"), _REVIEWED, ids=[r[1] for r in _REVIEWED])
@pytest.mark.parametrize("year", [None, "2022"])
def test_plan_beside_estimate(tmp_path, sentence, name, plan, estimate, verdict, year):
    """The plan is the target, the estimate the outcome, of the review's year (the heading's), with or without --year;
    the share's clause is no claim of completion (it was read as one, met, against the figures: a disagreement)."""
    report = tmp_path / "report.txt"
    report.write_text(f"{_HEADING}\n\n  {sentence}\n", encoding="utf-8")
    plan_read = load(extract(report, year=year))
    [indicator] = plan_read.extraction.indicators
    assert (indicator.found.name, indicator.found.targets["2022"].text, indicator.found.reported["2022"].text) == (
        name, plan, estimate)
    verdicts = judge(plan_read, ["2022"])
    assert [j.verdict.status.value for j in verdicts] == [verdict]
    assert claims(plan_read, verdicts) == []


def test_a_share_without_its_estimate_is_no_target(tmp_path):
    """Verbatim from the same report: 规上工业产值890亿元,增长1.0% states no plan; in the review's paragraph it is an
    estimate, not a target (it was read as the target ≥ 890亿元)."""
    report = tmp_path / "report.txt"
    report.write_text(f"{_HEADING}\n\n  {_REVIEWED[1][0]}规上工业产值890亿元,增长1.0%。\n", encoding="utf-8")
    names = [i.found.name for i in load(extract(report, year="2022")).extraction.indicators]
    assert names == ["农林牧渔业总产值"]


# Verbatim from 武昌区's report (http://wcrd.wuchang.gov.cn/zyfb/003004/20250313/30c0f473-2aea-49ac-86bb-3969b9e95e49.html):
# the heading of its review, then lines restating the target before the colon, the estimate after it.
_WUCHANG_HEADING = "一、2024年国民经济和社会发展计划执行情况"
_RESTATED = [
    ("——全年地方一般公共预算收入预期目标增长5%:预计全年地方一般公共预算收入完成137.5亿元,同比增长0.3%。规模继续保持中心城区第1。",
     "地方一般公共预算收入", "增长5%", "增长0.3%", "missed"),
    ("——全社会固定资产投资完成380亿元:预计全年固定资产投资完成414亿元以上。", "全社会固定资产投资", "380亿元", "414亿元以上", "met"),
    ("——地区生产总值预期目标增长6.5%左右:预计全年地区生产总值完成2020亿元。规模将在中心城区率先历史性突破2000亿元大关,继续保持中心城区第1。",
     "地区生产总值", "增长6.5%左右", None, "pending"),
]


@pytest.mark.parametrize(("line", "name", "target", "estimate", "verdict"), _RESTATED, ids=[r[1] for r in _RESTATED])
def test_target_restated_before_the_estimate(tmp_path, line, name, target, estimate, verdict):
    """The words before the colon are the year's target, the estimate after it the outcome of the same kind (a growth
    for a growth: the GDP's level 2020亿元 is no outcome of 增长6.5%左右, nor 突破2000亿元大关 a target)."""
    report = tmp_path / "report.txt"
    report.write_text(f"{_WUCHANG_HEADING}\n\n{line}\n", encoding="utf-8")
    plan_read = load(extract(report))
    [indicator] = plan_read.extraction.indicators
    reported = indicator.found.reported.get("2024")
    assert (indicator.found.name, indicator.found.targets["2024"].text, reported and reported.text) == (
        name, target, estimate)
    assert [j.verdict.status.value for j in judge(plan_read, ["2024"])] == [verdict]


def test_docs_table():
    assert table() in DOCS.read_text(encoding="utf-8")


if __name__ == "__main__":
    print(table(), end="")
