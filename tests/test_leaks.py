"""One clean sentence per language (issue 11 §4): every explanation of the seed (all periods) and of the
real corpus (tests/corpus/targets.tsv, each probe as measure.py judges it), in Chinese and in English,
is scanned for what leaks from the code or the other language:

* ASCII identifiers with underscores (``gdp_growth``, ``period_end``) and the engine's codes
  (``attested``, ``precise``, ``open``) where a sentence should have words;
* CJK in an English sentence outside quoted text ('达到市级要求（3.2）') and the indicator's own unit;
* Latin words in a Chinese sentence outside quoted text (“…”), the unit and the figures' own words;
* punctuation of the other language (、 or ； in English, ; or : in Chinese) outside quoted text;
* a word said twice in a row (``open open``, ``Rule target target``).

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


def _own_words(v: Verdict) -> str:
    """Text the verdict quotes from its inputs, whatever the language: its unit, target and reported texts."""
    parts = [v.unit or "", v.target.text, v.reported.text]
    for part in v.parts:
        parts.append(_own_words(part))
    for note in v.notes + (v.progress.notes if v.progress is not None else ()):
        parts += [str(value) for key, value in note.params.items() if key in QUOTED]
    return "\n".join(parts)


def _subjects(v: Verdict) -> list[str]:
    found = [subject.text for part in v.parts if (subject := getattr(part.target, "subject", None)) is not None]
    return found + [text for part in v.parts for text in _subjects(part)]


def leaks(text: str, lang: str, v: Verdict) -> Iterator[tuple[str, str]]:
    """(kind, offending text) for each leak found in ``text``, a sentence in ``lang`` explaining ``v``."""
    own = _own_words(v)
    for found in _IDENTIFIER.findall(text):
        if found not in own:
            yield "identifier", found
    # a reference's level printed with its label (取 优良水体比例62.5): the figure alone is the level
    for found in re.findall(r"(?:取|=) ([\u3400-\u9fff]+[0-9.]+)", text):
        yield "label", found
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
