"""One clean sentence per language (issue 11 §4): every explanation of the seed (all periods) and of the
real corpus (tests/corpus/targets.tsv, each probe as measure.py judges it), in Chinese and in English,
is scanned for what leaks from the code or the other language:

* ASCII identifiers with underscores (``gdp_growth``, ``period_end``) and the engine's codes
  (``attested``, ``precise``, ``open``) where a sentence should have words;
* CJK in an English sentence outside quoted text ('达到市级要求（3.2）'): a unit is written by its label;
* Latin words in a Chinese sentence outside quoted text (“…”), the unit and the figures' own words;
* punctuation of the other language (、 or ； in English, ; or : in Chinese) outside quoted text;
* a word said twice in a row (``open open``, ``Rule target target``), a name quoted twice (``““市级要求””``).

Quoted text is the source's own (a target, a reported cell, a reference's name): it is left as written.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from compliance.judge.verdict import Verdict
from compliance.models import Reason, Status

HERE = Path(__file__).resolve().parent

#: the engine's codes that must never stand for words (besides any identifier with an underscore)
CODES = (
    {s.value for s in Status} | {r.value for r in Reason}
    | {"precise", "reported", "previous", "target", "value", "attestation", "references", "inline", "open"}
)
#: note parameters holding the source's own words (a phrase of the target, a label, a reference's name)
QUOTED = {"phrase", "words", "label", "text", "original", "revised", "note", "verb", "clause", "action", "name",
          "subject", "expr", "substituted", "target"}
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_IDENTIFIER = re.compile(r"\b[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+\b")
_QUOTED_ZH = re.compile(r"“[^”]*”")
_QUOTED_EN = re.compile(r"'[^']*'")
_POSSESSIVE = re.compile(r"(?<=[A-Za-z])'s?\b(?!')|(?<=s)'(?=\s)")


def _own_words(v: Verdict, lang: str = "zh") -> str:
    """Text the verdict quotes from its inputs: its target and reported texts, and in Chinese its unit (an
    English sentence writes a unit by its label: 万人 is 10,000 persons)."""
    parts = [v.unit or "" if lang == "zh" else "", v.target.text, v.reported.text]
    for part in v.parts:
        parts.append(_own_words(part, lang))
    for note in v.notes + (v.progress.notes if v.progress is not None else ()):
        parts += [str(value) for key, value in note.params.items() if key in QUOTED]
    return "\n".join(parts)


def _subjects(v: Verdict) -> list[str]:
    found = [subject.text for part in v.parts if (subject := getattr(part.target, "subject", None)) is not None]
    return found + [text for part in v.parts for text in _subjects(part)]


def leaks(text: str, lang: str, v: Verdict) -> Iterator[tuple[str, str]]:
    """(kind, offending text) for each leak found in ``text``, a sentence in ``lang`` explaining ``v``."""
    own = _own_words(v, lang)
    for found in _IDENTIFIER.findall(text):
        if found not in own:
            yield "identifier", found
    # a reference's level printed with its label (取 优良水体比例62.5): the figure alone is the level
    for found in re.findall(r"(?:取|=) ([\u3400-\u9fff]+[0-9.]+)", text):
        yield "label", found
    # a name quoted by the list of what is missing and again by the sentence (缺少参照值““市级要求””)
    unquoted = text
    for piece in sorted(filter(None, own.split("\n")), key=len, reverse=True):  # a source's own quotes stay
        unquoted = unquoted.replace(piece, "")
    for found in re.findall(r"““|””" if lang == "zh" else r"''(?=[\w\u3400-\u9fff])", unquoted):
        yield "quoted twice", found
    if lang == "zh":
        bare = _QUOTED_ZH.sub("“”", text)
        for word in re.findall(r"[A-Za-z]{2,}", bare):
            if word not in own:
                yield ("code" if word in CODES else "latin"), word
        for piece in sorted(_subjects(v), key=len, reverse=True):  # a part's subject, as the source wrote it
            bare = bare.replace(piece, "")
        for mark in re.findall(r"[;]|(?<![0-9]):(?![0-9])", bare):
            yield "punctuation", mark
    else:
        bare = _QUOTED_EN.sub("''", _POSSESSIVE.sub("", text))
        for run in re.findall(r"[\u3400-\u9fff\uf900-\ufaff]+", bare):
            if run not in own:
                yield "cjk", run
        for mark in re.findall(r"[、，；：。“”]", bare):
            yield "punctuation", mark
        for code in re.findall(r"(?:[Mm]issing|basis:)\s+([a-z]+)\b", bare):
            if code in CODES:
                yield "code", code
        for word in re.findall(r"\b([A-Za-z]+) \1\b", bare):
            yield "doubled", word


@cache
def _corpus() -> object:
    spec = importlib.util.spec_from_file_location("corpus_measure", HERE / "corpus" / "measure.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_measure"] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def seed_verdicts() -> list[tuple[str, Verdict]]:
    from compliance.plans.check import check
    from compliance.plans.datasets import load_dataset
    from compliance.plans.rules import load_rules

    rules = load_rules(HERE.parent / "rules" / "haidian-2022.yaml")
    data = load_dataset(HERE.parent / "datasets" / "haidian-2022.csv", [i.id for i in rules.indicators])
    return [(f"{j.indicator.id}/{j.period}/{j.index}", j.verdict) for j in check(rules, data, "all")]


def corpus_verdicts() -> list[tuple[str, Verdict]]:
    import compliance

    measure = _corpus()
    found = []
    for row in measure.load_targets():  # type: ignore[attr-defined]
        polarity = "higher" if row.qualitative else measure._polarity(row.polarity)  # type: ignore[attr-defined]
        for probe in row.probes:
            verdict = compliance.evaluate(
                row.text, None if probe.value == "-" else probe.value, polarity=polarity,
                previous=probe.previous, references=probe.references or None,
            )
            found.append((f"{row.id} {probe.value}", verdict))
    return found


def _scan(verdicts: list[tuple[str, Verdict]]) -> list[str]:
    problems = []
    for where, verdict in verdicts:
        for lang in ("zh", "en"):
            text = verdict.explain(lang)
            problems += [f"{where} [{lang}] {kind} {bit!r}: {text}" for kind, bit in leaks(text, lang, verdict)]
    return problems


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("目标“6”即 ≥ 6%；报告值“”，缺少 precise，待定。", "zh", "code"),
    ("目标“6”即 ≥ 6%；报告值 4，未达标（依据：attested）。", "zh", "code"),
    ("Target '6' means >= 6%; the reported value、市级要求 is missing, so pending.", "en", "cjk"),
    ("Target '6' means >= 6%; Missing precise, so pending.", "en", "code"),
    ("Rule target target holds.", "en", "doubled"),
    ("目标“达到市级要求”的阈值尚不能确定；报告值“63.7”，缺少参照值““市级要求””，待定。", "zh", "quoted twice"),
    ("Target '达到市级要求' has no threshold yet; the reference level ''市级要求'' is unknown.", "en", "quoted twice"),
    ("参照“gdp_growth”取 6。", "zh", "identifier"),  # an id, even quoted, is the code's, not the source's
    ("参照“市级要求”取 优良水体比例62.5。", "zh", "label"),
    ("目标“GDP增长6%”即 ≥ 6%；报告值 4，未达标。", "zh", None),  # Latin inside a quotation: the source's
    ("目标“6”即 ≥ 6%；报告值 4，未达标; 依据 measured。", "zh", "code"),
    ("Target '6' means >= 6%; reported 4 is 2 short: missed.", "en", None),
])
def test_the_scanner_finds_each_kind_of_leak(text, lang, kind):
    from compliance import evaluate

    found = {k for k, _ in leaks(text, lang, evaluate("6", "4"))}
    assert (kind in found) if kind else not found, found


def test_seed_explanations_are_clean():
    problems = _scan(seed_verdicts())
    assert not problems, "\n".join(problems[:40])


def test_corpus_explanations_are_clean():
    problems = _scan(corpus_verdicts())
    assert not problems, f"{len(problems)} leaks:\n" + "\n".join(problems[:40])


# ---- every English cell of every format (issue 11 §1, §9): units by their English labels ----------------

#: the report's fields that hold the source's own words: left as written in an English report
def _source_texts(report) -> list[str]:
    from compliance.report._text import one_line

    found = [report.meta.plan, report.meta.jurisdiction]
    for row in report.verdicts:
        found += [row.target, row.reported, row.department or "", row.source_note or "", row.note or "",
                  row.attribute or "", row.rule or "", row.reference_source or "",
                  row.explanation.zh]  # the HTML's evidence shows the Chinese sentence too, titled so
        if row.progress is not None:
            found.append(row.progress.explanation.zh)
        if not row.name_en:
            found.append(row.name)
        if row.derived is not None:
            found += [row.derived.value] + [i.reported for i in row.derived.inputs] + [i.note or "" for i in row.derived.inputs]
        if row.progress is not None:
            found += [value.text for value in row.progress.values] + list(row.progress.missing)
        for note in row.notes + (row.progress.notes if row.progress is not None else ()):
            found += [str(value) for key, value in note.params.items() if key in QUOTED or key == "value"]
        found += list(row.missing)
    if report.matrix is not None:
        found += [r.name for r in report.matrix.rows if not r.name_en]
    texts = {text for text in found if _CJK.search(text)} | {one_line(text) for text in found if _CJK.search(text)}
    return sorted(texts, key=len, reverse=True)


def _bare_cjk(text: str, sources: list[str]) -> list[str]:
    """CJK runs of ``text`` left once the source's own texts are taken out (a cell cut short, ``…``, too)."""
    cut = {source[:end] + "…" for source in sources for end in range(1, len(source))} if "…" in text else set()
    for source in sorted(cut, key=len, reverse=True) + sources:  # the longest first: 达到市级要求（2035年达…
        text = text.replace(source, " ")
    runs = re.findall(r"[\u3400-\u9fff\uf900-\ufaff][^\sA-Za-z]*", text)
    return [run for run in runs if not (run.endswith("…") and any(s.startswith(run[:-1]) for s in sources))]


def _html_text(page: str) -> str:
    """What a reader of the page sees: text outside script and style, and the title/alt/label attributes."""
    from html.parser import HTMLParser

    out: list[str] = []

    class Reader(HTMLParser):
        skip = 0

        def handle_starttag(self, tag, attrs):
            self.skip += tag in ("script", "style")
            out.extend(value or "" for key, value in attrs if key in ("title", "alt", "aria-label", "placeholder"))

        def handle_endtag(self, tag):
            self.skip -= tag in ("script", "style")

        def handle_data(self, data):
            if not self.skip:
                out.append(data)

    Reader().feed(page)
    return "\n".join(out)


def _english_texts(report) -> dict[str, str]:
    """The seed's report in English in every format, as text: each workbook cell, each JUnit attribute."""
    import io
    import json
    import xml.etree.ElementTree as ET

    from openpyxl import load_workbook

    from compliance.report import render
    from compliance.report.formats import render_bytes

    found = {fmt: render(report, fmt, lang="en") for fmt in ("table", "md", "csv")}
    found["html"] = _html_text(render(report, "html", lang="en"))
    book = load_workbook(io.BytesIO(render_bytes(report, "xlsx", lang="en")))
    found["xlsx"] = "\n".join(str(cell) for sheet in book for line in sheet.iter_rows(values_only=True)
                              for cell in line if cell is not None)
    tree = ET.fromstring(render(report, "junit", lang="en"))
    found["junit"] = "\n".join([*(v for e in tree.iter() for v in e.attrib.values()), *(e.text or "" for e in tree.iter())])

    def english(node: object) -> list[str]:  # the JSON holds both languages: its English is under "en"
        if isinstance(node, dict):
            return [t for key, value in node.items() for t in ([value] if key == "en" and isinstance(value, str)
                                                              else english(value))]
        return [t for item in node for t in english(item)] if isinstance(node, list) else []

    found["json"] = "\n".join(english(json.loads(render(report, "json", lang="en"))))
    return found


def test_english_reports_carry_no_chinese_but_the_sources_own_words():
    """--period all in English, every format: a unit is its English label (万人 -> 10,000 persons, the rules
    file's unit_en where it has one), an attribute its word; Chinese is left only in the source's own texts."""
    from test_report_progress import all_report

    report = all_report()
    sources = _source_texts(report)
    texts = _english_texts(report)
    problems = {fmt: sorted(set(_bare_cjk(text, sources)))[:12] for fmt, text in texts.items()}
    assert not any(problems.values()), problems
    # the figures are there, in English units: the scan is not vacuous
    assert "<= 312.6 × 10,000 persons" in texts["table"] and "2880 places" in texts["table"]
    assert "4750 places" in texts["html"] and "100 million m³" in texts["xlsx"] and "μg/m³" in texts["junit"]


def test_a_unit_without_label_is_found_by_the_scan():
    """The scan itself: an English sentence that keeps a Chinese unit is a leak (the reverse of the test above)."""
    assert _bare_cjk("Target '6' means >= 6万人", ["6"]) == ["万人"]
    assert _bare_cjk("Target '达到市级要求' means >= 6 × 10,000 persons", ["达到市级要求"]) == []
    assert _bare_cjk("达到市级要求（降低到228…", ["达到市级要求（降低到228）"]) == []


def test_a_zero_margin_is_not_written_times_a_multiplier():
    """'0 × 10,000 yuan per person' reads as a count of ten-thousands; no margin from the stated target is no
    margin of anything, so it stands alone, while a non-zero one keeps its multiplied unit (labour productivity,
    35左右 reported 35左右: the stated target is met exactly, the tolerance's edge by 1.75 × 10,000). A sentence's
    figures keep their unit, zero or not (the streamed rows write them the same way)."""
    from compliance.report import render
    from compliance.report._provenance import _with_gap_unit
    from test_report_progress import all_report

    assert _with_gap_unit("0", "10,000 yuan per person", "en") == "0"
    assert _with_gap_unit("-0.00", "100 million m³", "en") == "-0.00"
    assert _with_gap_unit("+0.5", "10,000 yuan per person", "en") == "+0.5 × 10,000 yuan per person"
    assert _with_gap_unit("+10", "10,000 yuan per person", "en") == "+10 × 10,000 yuan per person"
    assert _with_gap_unit("0", "items", "en") == "0 items"
    text = render(all_report(), "md", lang="en")
    assert "Margin from the stated 35 × 10,000 yuan per person: 0\n" in text
    assert "0 × 10,000" not in text and "1.75 × 10,000 yuan per person above" in text


def test_units_that_cannot_be_compared_are_named_by_their_labels():
    """A pending not_comparable names both units; in English by their labels (the 万人 of the target is the
    engine's reading, not a quotation of the source), in Chinese as written."""
    from compliance import evaluate

    v = evaluate("3-5万人", "6%")
    assert v.reason.value == "not_comparable"
    assert "units cannot be compared ('% / 10,000 persons')" in v.explain("en")
    assert "单位不可比（“% / 万人”）" in v.explain("zh")
    assert "('‰ / 100 million yuan')" in evaluate("6亿元", "6‰").explain("en")
