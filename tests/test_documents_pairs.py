"""Real document pairs (tests/documents/pairs/<pair>/): the targets of year N from one public document,
the outcomes of year N from another, and ``expected.yaml`` with the verdict a careful reader gives each
indicator (judged by hand from the two texts, with the reason). For every pair:

* at least 90% of the indicators of ``expected.yaml`` are *found* (extracted from the targets with that
  target) and at least 90% of those with an outcome are *matched* (given the outcome figure the reader
  used, not another sentence's);
* an indicator the outcomes do not give gets no figure (listed as unmatched, never guessed);
* each verdict equals the hand-judged one, except the readings listed in ``DIFFERENCES`` with why.

``docs/documents.md`` shows the figures per pair in a table this module writes (``table()``) and checks,
so the page cannot go stale: ``python tests/test_documents_pairs.py`` prints it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from compliance.documents import extract, judge, load
from compliance.documents.output import DocumentPlan
from compliance.documents.naming import flat, same
from compliance.documents.readers import mend_figures
from compliance.language.normalize import fold

HERE = Path(__file__).resolve().parent
PAIRS = HERE / "documents" / "pairs"
DOCS = HERE.parent / "docs" / "documents.md"
NAMES = sorted(p.name for p in PAIRS.iterdir() if (p / "expected.yaml").is_file())

#: (pair, indicator name as in expected.yaml) -> (the status computed, why it differs from the reader's)
DIFFERENCES: dict[tuple[str, str], tuple[str, str]] = {
    ("fujian-2022", "一般公共预算总收入"): (
        "pending", "the outcome text writes 一般公预算总收入 (共 left out): no name matches it, so it is listed "
                   "as unmatched, not guessed"),
    ("national-2022", "国际收支"): (
        "pending", "the target 基本平衡 is qualitative: the engine takes it as attested by the same words only, and "
                   "reads 保持平衡 as no attestation (the plan language, issue 9)"),
    ("national-2022", "生态环境质量"): (
        "pending", "a direction (持续改善) is judged on figures; a sentence saying 持续改善 in words is not read as "
                   "one (the plan language, issue 9)"),
    ("dalian-2021", "全员劳动生产率"): (
        "pending", "全员劳动生产率增长高于经济增长 states no figure of its own; the reader reads it through the GDP's 8% "
                   "the same sentence gives (above 6), the engine takes no figure from a comparison with another indicator"),
    ("dalian-2021", "城乡居民人均可支配收入"): (
        "met", "the review repeats the target's words (与经济增长基本同步): the engine counts them as the report's "
               "declaration, the reader, given no income figure, leaves it pending (as wuchang-2024)"),
    ("wuchang-2024", "居民人均可支配收入"): (
        "met", "预计全年与经济保持同步增长 states 同步 in words: the engine counts it as the report's declaration (报告方"
               "声明完成); the reader, given no growth figure of income or of GDP, leaves it pending"),
    ("shenyang-2023", "城镇和农村居民人均可支配收入"): (
        "met", "the execution report repeats the target's words (城镇和农村居民人均可支配收入增长与经济增长基本同步): the engine "
               "counts them as the report's declaration, the reader, given no income figure, leaves it pending (as dalian-2021)"),
}


@dataclass(frozen=True)
class Row:
    name: str
    target: str
    outcome: str | None  #: the reader's outcome text
    expected: str
    found: str | None  #: the target extracted
    reported: str | None  #: the figure extracted
    status: str | None
    named: tuple[str, ...] = ()  #: sentences that name it in words only (listed as unmatched)

    @property
    def matched(self) -> bool:
        """The figure extracted is the one the reader used (they share a number); or, for an outcome in
        words only (进出口逆势实现正增长), the extraction found that sentence and took no figure from it."""
        if self.outcome is None:
            return False
        if self.reported is None:
            return not _numbers(self.outcome) and any(_f(n) in _f(self.outcome) for n in self.named)
        return bool(_numbers(self.reported) & _numbers(self.outcome) or _f(self.reported) in _f(self.outcome)
                    or _f(self.outcome) in _f(self.reported))


def _numbers(text: str) -> set[str]:
    return {n.rstrip("0").rstrip(".") for n in re.findall(r"\d+(?:\.\d+)?", fold(mend_figures(text)).text)}


def _f(text: str) -> str:
    """As the reader reads it: a figure a copy split (增长6. 5%) joined again (dalian-2021)."""
    return fold(flat(mend_figures(text))).text


@cache
def expected(pair: str) -> dict:
    return YAML(typ="safe").load((PAIRS / pair / "expected.yaml").read_text(encoding="utf-8"))


@cache
def extracted(pair: str, targets: Path | None = None) -> DocumentPlan:
    """The pair extracted as ``compliance extract targets.txt --outcomes outcomes.txt --year N`` does."""
    spec = expected(pair)
    year = str(spec["year"])
    folder = PAIRS / pair
    return load(extract(targets or folder / spec["targets"], outcomes=folder / spec["outcomes"], year=year,
                        outcome_year=year))


@cache
def measure(pair: str, targets: Path | None = None) -> tuple[Row, ...]:
    """Extract the pair and set each indicator of ``expected.yaml`` beside what was extracted and judged."""
    spec = expected(pair)
    year = str(spec["year"])
    plan = extracted(pair, targets)
    extraction = plan.extraction
    verdicts = {j.indicator.id: j.verdict.status.value for j in judge(plan, [year])}
    rows = []
    for item in spec["indicators"]:
        named = [i for i in extraction.indicators if year in i.found.targets
                 and (same(i.found.name, item["name"]) or _f(i.found.name) == _f(item["name"]))]
        # the target extracted is the reader's (in a 分别 list, its figure is one of the list's)
        mine = [i for i in named if _f(i.found.targets[year].text) in _f(item["target"])
                or _numbers(i.found.targets[year].text) and _numbers(i.found.targets[year].text) <= _numbers(item["target"])]
        if not mine:
            rows.append(Row(item["name"], item["target"], item["outcome"], item["verdict"], None, None, None))
            continue
        indicator = mine[0]
        figure = indicator.found.reported.get(year)
        named = next((u.get("named_without_figure", []) for u in extraction.unmatched
                      if u["indicator"] == indicator.found.name), [])
        rows.append(Row(item["name"], item["target"], item["outcome"], item["verdict"],
                        indicator.found.targets[year].text, figure.text if figure else None,
                        verdicts.get(indicator.id), tuple(n["text"] for n in named)))
    return tuple(rows)


def shares(pair: str) -> tuple[int, int, int, int, int]:
    """(indicators, found, with an outcome, matched, verdicts as the reader's)."""
    rows = measure(pair)
    return (len(rows), sum(r.found is not None for r in rows), sum(r.outcome is not None for r in rows),
            sum(r.matched for r in rows), sum(r.status == r.expected for r in rows))


def table() -> str:
    """The Markdown table of docs/documents.md: per pair, what share is found, matched and judged alike."""
    lines = ["| pair | indicators | found | with an outcome | matched | verdicts as the reader's |",
             "| --- | --- | --- | --- | --- | --- |"]
    totals = [0, 0, 0, 0, 0]
    for pair in NAMES:
        counts = shares(pair)
        totals = [a + b for a, b in zip(totals, counts)]
        lines.append(_line(f"`{pair}`", *counts))
    lines.append(_line("**all**", *totals))
    return "\n".join(lines) + "\n"


def _line(label: str, total: int, found: int, outcomes: int, matched: int, alike: int) -> str:
    def share(part: int, whole: int) -> str:
        return f"{part}/{whole} ({100 * part // whole}%)" if whole else "—"

    return f"| {label} | {total} | {share(found, total)} | {outcomes} | {share(matched, outcomes)} | {share(alike, total)} |"


@pytest.mark.parametrize("pair", NAMES)
def test_found_and_matched(pair):
    rows = measure(pair)
    total, found, outcomes, matched, _ = shares(pair)
    missing = [r.name for r in rows if r.found is None]
    assert found / total >= 0.9, f"not found in the targets: {missing}"
    wrong = [(r.name, r.reported, r.outcome) for r in rows if r.outcome is not None and not r.matched]
    assert outcomes == 0 or matched / outcomes >= 0.9, f"outcomes not matched (extracted, expected): {wrong}"
    # what the outcome text does not give is left unmatched, never guessed
    assert [(r.name, r.reported) for r in rows if r.outcome is None and r.reported is not None] == []


@pytest.mark.parametrize("pair", NAMES)
def test_verdicts_are_the_readers(pair):
    seen = {r.name: r.status for r in measure(pair) if r.found is not None}
    wanted = {r.name: DIFFERENCES.get((pair, r.name), (r.expected, ""))[0] for r in measure(pair) if r.found is not None}
    assert seen == wanted


@pytest.mark.parametrize("pair", NAMES)
def test_the_extracted_rules_pass_lint(pair):
    from compliance.plans.lint import lint_rules

    plan = extracted(pair)
    assert lint_rules("rules.yaml", text=plan.rules_text) == []


@pytest.mark.parametrize("pair", ["shenzhen-2023", "fujian-2022", "national-2022", "anshan-2023"])
def test_the_targets_as_a_docx_read_as_the_text(tmp_path, pair):
    """A list of targets (shenzhen, national-2022), a 分别 paragraph (fujian) and a numbered list with notes after
    each item (anshan), saved by a word processor."""
    pytest.importorskip("docx")
    from compliance.documents.readers import read_document

    from documents.make import write_docx

    spec = expected(pair)
    docx = write_docx(read_document(PAIRS / pair / spec["targets"]), tmp_path / "targets.docx")
    assert [(r.name, r.found, r.reported, r.status) for r in measure(pair, docx)] == [
        (r.name, r.found, r.reported, r.status) for r in measure(pair)]


def test_every_listed_difference_is_still_one():
    for (pair, name), (status, why) in DIFFERENCES.items():
        row = next(r for r in measure(pair) if r.name == name)
        assert row.status == status != row.expected and why


def test_there_are_eight_real_pairs_at_least():
    assert len(NAMES) >= 8
    assert len({expected(p)["place"] for p in NAMES}) >= 6  # provinces, cities and the nation


def test_the_documentation_shows_the_current_figures():
    assert table() in DOCS.read_text(encoding="utf-8"), "docs/documents.md: paste `python tests/test_documents_pairs.py`"



# ---- 同步: another indicator's figure read as every judging path reads one (plans/check.py same_period) ----

SYNC_RULES = """\
plan: {name: P, periods: ["2023"]}
indicators:
  - {id: gdp, name: 地区生产总值增速, polarity: higher, unit: "%", role: economic_growth, targets: {"2023": "5%左右"}}
  - {id: income, name: 居民收入增速, polarity: higher, unit: "%", targets: {"2023": "与经济增长同步"}}
"""


@pytest.mark.parametrize(("gdp", "income", "status", "level"), [
    ("5.2%左右", "5.3", "met", "5.2"),  # an approximate figure is the level (beijing-2024 reported 增長5.2%左右)
    ("5.2%左右", "4.5%左右", "missed", "5.2"),
    ("生产总值达到4.72万亿元，增长5%", "5.1", "met", "5"),  # a level and a growth: the one in the unit (shanghai-2023)
    ("生产总值达到4.72万亿元，增长5%", "4.8", "missed", "5"),
    ("5-6", "5.5", "pending", None),  # a range is no single level to keep pace with
])
def test_a_same_period_reference_is_read_as_a_figure(tmp_path, gdp, income, status, level):
    from compliance.plans.check import check
    from compliance.plans.datasets import load_dataset
    from compliance.plans.rules import load_rules

    (tmp_path / "r.yaml").write_text(SYNC_RULES, encoding="utf-8")
    (tmp_path / "d.csv").write_text(f"indicator,period,reported\ngdp,2023,{gdp}\nincome,2023,{income}\n",
                                    encoding="utf-8")
    rules = load_rules(tmp_path / "r.yaml")
    [j] = [j for j in check(rules, load_dataset(tmp_path / "d.csv", ["gdp", "income"]), ["2023"])
           if j.indicator.id == "income"]
    assert j.verdict.status.value == status, j.verdict.explain("en")
    if level is not None:
        assert j.verdict.reference is not None and str(j.verdict.reference.value) == level


if __name__ == "__main__":
    print(table(), end="")


@pytest.mark.parametrize("pair, sentence, agrees", [
    # 主要预期目标和重点任务较好完成, yet by its own figures GDP (3.9 < 5.5) and income (5.2 < 7) fell short
    ("shandong-2022", "主要预期目标和重点任务较好完成", False),
    # 较好完成…年度主要目标任务, yet 一般公共预算收入 grew 2.5% against 6%
    ("shenzhen-2023", "较好完成市七届人大四次会议确定的年度主要目标任务", False),
    # 全面完成…各項目標任務 (traditional), yet 規模以上工業增加值 grew 4% against 7%左右; before e2a6076 the list of
    # targets stopped at its first note (牵头单位), and the claim was checked against that one target: agreed
    ("anshan-2023", "全面完成市十七屆人大二次會議確定的各項目標任務", False),
])
def test_a_claim_about_every_target_is_checked(pair, sentence, agrees):
    from compliance.documents import claims

    spec = expected(pair)
    year = str(spec["year"])
    folder = PAIRS / pair
    plan = load(extract(folder / spec["targets"], outcomes=folder / spec["outcomes"], year=year, outcome_year=year))
    found = [c for c in claims(plan) if sentence in c.text]
    assert len(found) == 1
    claim = found[0]
    assert claim.kind == "count" and claim.claimed["all"] is True
    assert claim.claimed["met"] == claim.computed["total"] == len(spec["indicators"])
    assert claim.agrees is agrees
    missed = {r.name for r in measure(pair) if r.status == "missed"}
    assert claim.computed["missed"] == len(missed) > 0
