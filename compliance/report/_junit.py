"""The JUnit XML report, for CI systems: a testcase per verdict, a missed verdict fails, a pending one is skipped.

A ``testsuite`` per period (``name`` the plan and the period) holds a ``testcase`` per verdict row:
``classname`` the indicator id, ``name`` the indicator's name (``#index`` after it where a cell has
several rules), ``<failure>`` for a missed final status and ``<skipped>`` for a pending one, each
with the explanation (in the report language) as ``message`` and the row id, reason, severity,
target, reported text, the rule's ``file:line:column``, the dataset row (or a derived value's rows), the
dataset's note and the reference's source in its text; a met row passes and says the same in
``<system-out>``. A report from documents adds a ``claims`` suite: a claim that disagrees fails, an
undecidable one is skipped. The report's header is in each suite's ``<properties>``. Every CI tool
that reads JUnit (GitLab, Jenkins, GitHub test reporters) shows the counts and each miss.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

from ._model import ClaimRow, Report, VerdictRow
from ._provenance import derived_text

#: characters XML 1.0 cannot hold (control characters other than tab, newline, return)
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: object) -> str:
    return _INVALID.sub("\ufffd", "" if value is None else str(value))


def render(report: Report, lang: str, color: bool) -> str:
    meta = report.meta
    root = ET.Element("testsuites", name=_text(meta.plan))
    several = Counter((row.indicator, row.period) for row in report.verdicts)
    periods = list(dict.fromkeys(row.period for row in report.verdicts))
    for period in periods:
        rows = [row for row in report.verdicts if row.period == period]
        suite = _suite(root, f"{meta.plan} {period}", report)
        for row in rows:
            _verdict(suite, row, lang, several[(row.indicator, row.period)] > 1)
        _count(suite)
    if report.claims:
        suite = _suite(root, f"{meta.plan} claims", report)
        for number, claim in enumerate(report.claims, 1):
            _claim(suite, number, claim, lang)
        _count(suite)
    _count(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _suite(root: ET.Element, name: str, report: Report) -> ET.Element:
    meta = report.meta
    suite = ET.SubElement(root, "testsuite", name=_text(name), timestamp=meta.generated[:19])
    properties = ET.SubElement(suite, "properties")
    facts = {
        "plan": meta.plan, "rules_file": meta.rules.path, "rules_sha256": meta.rules.sha256,
        "dataset_file": meta.dataset.path, "dataset_sha256": meta.dataset.sha256,
        "overrides_file": meta.overrides.path if meta.overrides else None,
        "engine_version": meta.engine_version, "generated": meta.generated,
    }
    for key, value in facts.items():
        if value is not None:
            ET.SubElement(properties, "property", name=key, value=_text(value))
    return suite


def _verdict(suite: ET.Element, row: VerdictRow, lang: str, several: bool) -> None:
    name = row.name + (f" #{row.index}" if several else "")
    case = ET.SubElement(suite, "testcase", classname=_text(row.indicator), name=_text(name), time="0")
    message = _text(row.explanation.get(lang))
    details = "\n".join(f"{key}: {_text(value)}" for key, value in (
        ("id", row.id), ("status", row.status.value), ("reason", row.reason.value), ("severity", row.severity),
        ("attribute", row.attribute), ("department", row.department), ("target", row.target),
        ("read_as", row.read_as.get(lang)), ("reported", row.reported),
        ("reported_as", row.reported_as.get(lang) if row.reported_as else None),
        ("value", row.value), ("threshold", row.threshold), ("gap", row.gap), ("rule_source", row.rule_source),
        ("source", row.source), ("derived_from", derived_text(row) or None), ("note", row.note),
        ("reference_source", row.reference_source),
    ) if value is not None)
    if row.status.value == "missed":
        failure = ET.SubElement(case, "failure", message=message, type=row.severity)
        failure.text = details
    elif row.status.value == "pending":
        ET.SubElement(case, "skipped", message=message)
        ET.SubElement(case, "system-out").text = details
    else:
        ET.SubElement(case, "system-out").text = message + "\n" + details


def _claim(suite: ET.Element, number: int, claim: ClaimRow, lang: str) -> None:
    case = ET.SubElement(suite, "testcase", classname="claims", name=_text(f"claim/{number} {claim.source}"), time="0")
    message = _text(f"{claim.claimed_as.get(lang)} — {claim.finding.get(lang)}")
    if claim.agrees is False:
        ET.SubElement(case, "failure", message=message, type="disagreement").text = _text(claim.text)
    elif claim.agrees is None:
        ET.SubElement(case, "skipped", message=message)
    else:
        ET.SubElement(case, "system-out").text = message


def _count(element: ET.Element) -> None:
    """``tests``, ``failures``, ``errors``, ``skipped`` of a suite (its cases) or of the whole (its suites)."""
    cases = element.iter("testcase")
    counts: Counter[str] = Counter()
    for case in cases:
        counts["tests"] += 1
        counts["failures"] += case.find("failure") is not None
        counts["skipped"] += case.find("skipped") is not None
    for key in ("tests", "failures", "errors", "skipped"):
        element.set(key, str(counts[key]))
