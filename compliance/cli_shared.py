"""What the commands of :mod:`compliance.cli` share: writing a report or a text (atomically to ``-o``, else to
stdout), the report's format and its exit code (``--fail-on``), the periods asked for (``--period``). Thin, as the
command line is: the work is the library's and the report layer's."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, TextIO

from .errors import InputError
from .files.atomic import atomic_write

if TYPE_CHECKING:  # pragma: no cover
    from .report import Report

__all__ = ["exit_code", "is_terminal", "output_report", "periods_asked", "report_format", "use_color", "write_out"]


def write_out(text: str | bytes, output: str | None) -> None:
    """To ``output`` atomically, or to stdout."""
    if output is not None:
        atomic_write(output, text)
    elif isinstance(text, bytes):  # a workbook
        if is_terminal(sys.stdout):
            raise InputError("the report is a binary workbook, not for a terminal", hint="give -o FILE.xlsx")
        sys.stdout.buffer.write(text)
    else:
        sys.stdout.write(text)


def output_report(args: argparse.Namespace, report: Report) -> int:
    """Render and write the report; the exit code ``--fail-on`` asks for (what triggered it on stderr)."""
    from .report.formats import lookup, render_bytes
    from .report.gate import report_failing

    fmt = report_format(args)
    color = fmt == "table" and args.output is None and use_color(sys.stdout)
    content = render_bytes(report, fmt, lang=args.lang, color=color, file=args.output is not None)
    write_out(content if lookup(fmt).binary or args.output else content.decode("utf-8"), args.output)
    if args.fail_on == "disagreement":
        disagreeing = [claim for claim in report.claims if claim.agrees is False]
        for claim in disagreeing:
            print(f"compliance: claim disagrees: {claim.source}: {claim.claimed_as.get(args.lang)} — "
                  f"{claim.finding.get(args.lang)}", file=sys.stderr)
        return 1 if disagreeing else 0
    return exit_code(report_failing(args.fail_on, report))


def exit_code(failing: str | None) -> int:
    """1 when ``--fail-on`` triggered, saying on stderr what triggered it (:mod:`compliance.report.gate`)."""
    if failing is not None:
        print(f"compliance: {failing}", file=sys.stderr)
    return 0 if failing is None else 1


def report_format(args: argparse.Namespace, *, streamed: bool = False) -> str:
    """``--format``, else the ``-o`` file's extension's (the registry's choice; a ValueError is bad input)."""
    from .report.formats import choose

    try:
        return choose(args.format, args.output, streamed=streamed)
    except ValueError as exc:
        raise InputError(str(exc)) from None


def periods_asked(given: list[str] | None, targeted: list[str], rules_path: str) -> list[str]:
    if not given:
        return []
    periods: list[str] = []
    for item in given:
        for period in (part.strip() for part in item.split(",")):
            if not period:
                continue
            if period.lower() == "all":
                periods += [p for p in targeted if p not in periods]
                continue
            if period not in targeted:  # ２０２２, 2022年: the period a dataset's column names so (plans.datasets)
                from .plans.datasets import normalize_period

                period = normalize_period(period) or period
            if period not in targeted:
                raise InputError(
                    f"no target has period `{period}`", file=rules_path,
                    hint=f"periods with targets: {', '.join(targeted) or 'none'} (or --period all)",
                )
            if period not in periods:
                periods.append(period)
    return periods


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def use_color(stream: TextIO) -> bool:
    """ANSI colours: for a terminal, unless ``NO_COLOR`` is set."""
    return not os.environ.get("NO_COLOR") and is_terminal(stream)
