"""The document commands of :mod:`compliance.cli`: ``check --document`` (extract, judge and report in one go) and
``extract`` (write the rules, dataset and claims a document gives). Imported only when one runs: the documents
extra's libraries and the extraction never load for a check of a rules file."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .cli_shared import output_report, periods_asked, write_out
from .errors import InputError
from .files.text import visible

if TYPE_CHECKING:  # pragma: no cover
    from .documents import DocumentPlan

__all__ = ["EXTRACTED", "check_document", "extract_command"]

#: how the extracted rules file and dataset of ``check --document`` are named (they are not written)
EXTRACTED = "(extracted)"
_LIBRARIES = ("docx", "pdfplumber", "pypinyin", "openpyxl", "pdfminer", "lxml")


def _read(args: argparse.Namespace, documents: list[str], folder: str) -> DocumentPlan:
    """Extract and load the documents; a missing ``documents`` extra is bad input (exit 2), not a traceback."""
    try:
        from .documents import extract, load

        return load(extract(documents, outcomes=args.outcomes or None, year=args.year), folder)
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in _LIBRARIES:
            raise  # our own bug, not the missing extra
        raise InputError(f"reading documents needs {exc.name}", file=documents[0],
                         hint="pip install 'compliance[documents]'") from None


def check_document(args: argparse.Namespace) -> int:
    """``check --document``: extract, judge and report in one go; nothing is written but the report."""
    from .documents import claims, default_period
    from .plans.check import check, periods_with_targets
    from . import report as reports

    if args.rules is not None:
        raise InputError("give either RULES DATA or --document, not both",
                         hint="compliance check --document PLAN, or compliance check RULES DATA")
    if args.stream or args.by or args.no_explanations:
        raise InputError("--stream and --by judge a dataset file, not a document",
                         hint="compliance extract PLAN -o DIR, then compliance check DIR/rules.yaml DIR/data.csv")
    plan = _read(args, args.document, EXTRACTED)
    rules_path, data_path = f"{EXTRACTED}/rules.yaml", f"{EXTRACTED}/data.csv"
    periods = periods_asked(args.period, periods_with_targets(plan.rules), args.document[0])
    if not periods:
        period = default_period(plan)
        if period is None:
            hint = ("the outcomes given report no figure of a year the targets are set for: pass --period P "
                    "(or --period all) to see the targets pending" if args.outcomes else
                    "pass --period P (or --period all), or the outcomes with --outcomes DOC")
            raise InputError("has no year with both a target and a reported value", file=args.document[0],
                             hint=hint)
        periods = [period]
    judgements = check(plan.rules, plan.data, periods, as_of=args.as_of)
    report = reports.build_report(
        judgements, rules=plan.rules, rules_path=rules_path, data_path=data_path, periods=periods,
        overrides=reports.load_overrides(args.overrides) if args.overrides else None,
        claims=claims(plan), documents=[*args.document, *(args.outcomes or ())],
        rules_text=plan.rules_text, data_text=plan.data_text,
    )
    return output_report(args, report)


def extract_command(args: argparse.Namespace) -> int:
    """``extract``: the three files, written atomically, and a short summary on stdout."""
    from .documents import claims, write
    from .report import claim_rows

    plan = _read(args, args.documents, args.output)
    results = claims(plan)
    paths = write(plan, args.output, results)
    extraction = plan.extraction
    indicators = extraction.indicators
    targets = sum(len(i.found.targets) for i in indicators)
    reported = sum(len(i.found.reported) for i in indicators)
    rows = claim_rows(results)
    lines = [
        "read: " + ", ".join(d.file for d in [*extraction.documents, *extraction.outcome_documents]),
        f"indicators: {len(indicators)} · targets: {targets} · reported values: {reported}",
        f"claims: {len(rows)} — " + ", ".join(
            f"{n} {word}" for word, n in (
                ("agree", sum(1 for c in rows if c.agrees is True)),
                ("disagree", sum(1 for c in rows if c.agrees is False)),
                ("undecidable", sum(1 for c in rows if c.agrees is None)),
            )
        ),
    ]
    marks = {True: "✓", False: "✗", None: "?"}
    lines += [f"  {marks[c.agrees]} {c.claimed_as.get(args.lang)} — {c.finding.get(args.lang)} ({c.source})"
              for c in rows]
    lines += [
        (f"unplaced: {len(extraction.unplaced)} · unmatched: {len(extraction.unmatched)} · "
         f"low confidence: {len(extraction.doubts)} (details in extract.json)"),
        "wrote: " + ", ".join(str(p) for p in paths),
    ]
    write_out(visible("\n".join(lines)) + "\n", None)  # a claim quotes the document: its ESC/BEL never reach the terminal
    return 0
