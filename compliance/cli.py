"""The ``compliance`` command. Thin: parse arguments, call the library and the report layer, write.

    compliance check [RULES DATA] [--period P ...] [--format table|md|html|json|csv|xlsx|junit] [-o FILE]
                     [--lang zh|en] [--fail-on missed|pending|disagreement] [--overrides FILE]
                     [--encoding ENC] [--stream] [--by COL ...] [--chunk-size ROWS] [--no-explanations]
    compliance check --document PLAN [--outcomes DOC] [--year YEAR] [...]
    compliance extract DOC [DOC ...] -o DIR [--outcomes DOC] [--year YEAR]
    compliance explain TARGET [REPORTED] [--polarity P] [--unit U] [--previous V] [--ref NAME=VALUE ...]
    compliance schema [-o FILE]
    compliance diff OLD.json NEW.json
    compliance rules lint FILE ...
    compliance rules fmt FILE ... [--check]

Exit codes: 0 done, 1 ``--fail-on`` triggered (``disagreement``: a document's claim disagrees) (``rules lint``: findings; ``rules fmt --check``: a
file is not canonical; ``diff --exit-code``: changes), 2 bad input (one line naming file, line and
column where there is one, and the fix; never a traceback). Reports are written atomically, never over an input.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import os
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO

from .cli_shared import exit_code, is_terminal, output_report, periods_asked, report_format, use_color, write_out
from .errors import InputError
from .files.atomic import run_protected

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Generator

    from .plans.rules import RulesFile
    from .scale.stream import StreamCheck

#: a CSV/TSV dataset larger than this is judged by the streaming path (compliance.scale.stream)
STREAM_BYTES = 64 * 2**20


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    from . import __version__
    from .report.formats import DEFAULT, FORMATS, ROW_FORMATS, suffix_list

    parser = argparse.ArgumentParser(prog="compliance", description="Decide whether plan targets were met.")
    parser.add_argument("--version", action="version", version=f"compliance {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = sub.add_parser(
        "check", help="judge a plan's targets against reported values",
        description="Judge every target of the chosen periods against the dataset. Without RULES and DATA, "
        "judges the embedded seed plan (Haidian District 2022).",
    )
    check.add_argument("rules", nargs="?", metavar="RULES", help="rules file (YAML); default: the embedded seed plan")
    check.add_argument("data", nargs="?", metavar="DATA",
                       help="dataset (.csv, .tsv, .xlsx, .yaml, .json); default: the seed plan's dataset")
    check.add_argument(
        "--period", action="append", metavar="P",
        help="period to judge (repeatable, or comma-separated; `all`: every period with a target); "
        "default: the latest year with both a target and a value",
    )
    check.add_argument("--format", choices=FORMATS,
                       help=f"report format (default: from the -o file's extension {suffix_list()}, else {DEFAULT})")
    check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE (atomically) instead of stdout")
    check.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the report (default: zh)")
    check.add_argument(
        "--fail-on", choices=("missed", "pending", "disagreement"),
        help="exit 1 when a final verdict is missed (`missed`), or missed or pending (`pending`), or when a "
        "document's claim about its targets disagrees with the verdicts (`disagreement`, with --document)",
    )
    check.add_argument("--document", action="append", metavar="PLAN",
                       help="extract the rules and dataset from a plan document (repeatable) and judge them; "
                       "the report adds the document's claims (needs compliance[documents] for DOCX/PDF/XLSX)")
    _document_options(check)
    check.add_argument("--encoding", metavar="ENC", help="the dataset's text encoding (gbk, utf-16 ...); default: UTF-8, "
                       "else UTF-16 with a BOM, else GB18030 (which covers GBK)")
    check.add_argument("--overrides", metavar="FILE", help="reviewer overrides (YAML) applied to the report")
    check.add_argument(
        "--as-of", type=_year, metavar="YEAR",
        help="the year the data are complete to: later periods are pending (default: the dataset's latest year)",
    )
    check.add_argument(
        "--stream", action="store_true",
        help="judge a large CSV/TSV/Parquet dataset chunk by chunk, in bounded memory (automatic for .parquet, "
        f".gz and files over 64 MiB): summary pages for {'/'.join(f for f in FORMATS if f not in ROW_FORMATS)}, "
        f"every verdict row for {'/'.join(ROW_FORMATS)}",
    )
    check.add_argument("--by", action="append", metavar="COL",
                       help="a region column of a streamed dataset (repeatable or comma-separated); implies --stream")
    check.add_argument("--chunk-size", type=int, default=100_000, metavar="ROWS",
                       help="rows read at a time when streaming (default: 100000)")
    check.add_argument("--no-explanations", action="store_true", help="omit the explanation column (implies --stream)")
    check.set_defaults(run=_check)
    if command == "check":  # `compliance check ...` parses with check's parser only: its help and errors are the same
        return parser  # as the full parser's (the top usage names COMMAND, not the list), ~1.5 ms less in a cold check

    extract = sub.add_parser(
        "extract", help="read plan documents into rules.yaml, data.csv and extract.json",
        description="Read plan documents (text, Markdown, HTML, DOCX, PDF, XLSX) into DIR/rules.yaml, DIR/data.csv "
        "and DIR/extract.json (written atomically), and compare the documents' claims with the verdicts.",
    )
    extract.add_argument("documents", nargs="+", metavar="DOC", help="plan document(s)")
    extract.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the three files")
    extract.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the summary (default: zh)")
    _document_options(extract)
    extract.set_defaults(run=_extract)

    explain = sub.add_parser(
        "explain", help="show how a target is read and judged",
        description="Show how TARGET is read (kind, fields, spans, the values that meet it) and, given REPORTED, "
        "how it is judged.",
    )
    explain.add_argument("target", metavar="TARGET", help="target text, e.g. 6以上 or 达到市级要求（3.2）")
    explain.add_argument("reported", nargs="?", metavar="REPORTED", help="reported value, e.g. 4 or 2.63（市级3.12）")
    explain.add_argument("--polarity", choices=("higher", "lower", "band"),
                         help="which way is good (default: higher; a target only in line with a reference needs it)")
    explain.add_argument("--unit", help="the indicator's unit (%%, 万人 ...)")
    explain.add_argument("--measure", choices=("level", "rate", "decline"), help="what the figure measures")
    explain.add_argument("--previous", metavar="V", help="the previous period's reported value (for 逐步增加)")
    explain.add_argument("--ref", action="append", default=[], metavar="NAME=VALUE",
                         help="a reference level, e.g. 市级要求=3.2 or economic_growth=5 (repeatable)")
    explain.add_argument("--tolerance", metavar="T", help="tolerance for X左右: 5%% (of X) or 0.5 (absolute)")
    explain.add_argument("--lang", choices=("zh", "en"), default="en", help="language of readings (default: en)")
    explain.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    explain.set_defaults(run=_explain)

    schema = sub.add_parser("schema", help="print the JSON Schema of rules files",
                            description="Print the JSON Schema of rules files, for editors that validate YAML.")
    schema.add_argument("-o", "--output", metavar="FILE", help="write it to FILE instead of stdout")
    schema.set_defaults(run=_schema)

    diff = sub.add_parser("diff", help="list verdicts that changed between two JSON reports",
                          description="List the verdicts whose final status changed between two reports written "
                          "with --format json, and those added or removed.")
    diff.add_argument("old", metavar="OLD.json")
    diff.add_argument("new", metavar="NEW.json")
    diff.add_argument("--lang", choices=("zh", "en"), default="zh")
    diff.add_argument("--exit-code", action="store_true", help="exit 1 when something changed")
    diff.set_defaults(run=_diff)

    rules = sub.add_parser("rules", help="lint or format rules files")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    lint = rules_sub.add_parser(
        "lint", help="report problems in rules files (exit 1 if any)",
        description="Report unreadable targets, missing polarities, periods outside the plan, duplicate ids and "
        "every schema problem, each with file:line:column. Exit 1 when there are findings.",
    )
    lint.add_argument("files", nargs="+", metavar="FILE")
    lint.set_defaults(run=_lint)
    fmt = rules_sub.add_parser(
        "fmt", help="rewrite rules files in canonical form, keeping comments",
        description="Rewrite rules files in canonical form (schema key order, quoted periods and targets, "
        "consistent indentation), keeping every comment. Running it twice changes nothing.",
    )
    fmt.add_argument("files", nargs="+", metavar="FILE")
    fmt.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file is not canonical")
    fmt.set_defaults(run=_fmt)
    return parser


def _year(text: str) -> int:
    """``--as-of``'s year: four digits, 19xx or 20xx, as ``--year`` takes (``-1`` judged everything pending, ``99999``
    nothing open: no year a dataset reports on)."""
    if not re.fullmatch(r"(19|20)\d\d", text.strip()):
        raise argparse.ArgumentTypeError(f"`{text}` is not a year; pass a year such as 2023")
    return int(text)


def _document_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--outcomes", action="append", metavar="DOC",
                        help="a document with the outcomes (a bulletin, next year's report; repeatable)")
    parser.add_argument("--year", metavar="YEAR",
                        help="the year of targets the document states without one (default: from its first lines)")


def main(argv: Sequence[str] | None = None) -> int:
    atexit.register(gc.freeze)  # at exit the last collection skips what the run made (the OS frees it): ~25 ms
    args = _parser(next(iter(sys.argv[1:] if argv is None else argv), None)).parse_args(argv)
    try:
        return int(run_protected(args.run, args))  # a report (-o) never replaces the run's own inputs
    except InputError as exc:
        print(f"compliance: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `check | head`: quiet, no success; 141 (128 + SIGPIPE) as `cat` killed by it shows
        if argv is not None:  # main([...]) in a caller's process (a test, a program): the process is the caller's
            return 141
        sys.stderr.flush()  # then end at once, as SIGPIPE ends a tool: no flush of stdout into the closed pipe, and
        os._exit(141)  # no teardown, where pyarrow's pool threads could still abort the process (1 run in ~150)
    except KeyboardInterrupt:  # pragma: no cover
        print("compliance: interrupted", file=sys.stderr)
        return 130


def _extract(args: argparse.Namespace) -> int:
    """``extract`` (compliance/cli_documents.py, with ``check --document``)."""
    from .cli_documents import extract_command  # the documents' code loads only when one is read

    return extract_command(args)


# --------------------------------------------------------------------------- check


def _check(args: argparse.Namespace) -> int:
    """``check``, with pydantic looking for no plugin while it runs: a check validates the package's own models only
    (a rules file's, the engine's), and pydantic's first validator would read the entry points of every installed
    distribution for plugins (~22M instructions). A user's setting of the variable stands; an in-process caller's
    own models, after the command, find the plugins as before."""
    if PLUGINS in os.environ:
        return _run_check(args)
    os.environ[PLUGINS] = "__all__"
    try:
        return _run_check(args)
    finally:
        os.environ.pop(PLUGINS, None)


#: pydantic's switch for its plugins (``__all__``: none is looked for)
PLUGINS = "PYDANTIC_DISABLE_PLUGINS"


def _run_check(args: argparse.Namespace) -> int:
    from ._cold import check, default_period, keep_reported, load_dataset, load_rules, periods_with_targets
    from ._cold import reports, whole_report  # with the collector off (_cold.py); plans.overrides only with --overrides

    if args.document:
        whole_report()
        from .cli_documents import check_document  # the documents' code loads only when one is read

        return check_document(args)
    if args.outcomes or args.year:
        raise InputError("--outcomes and --year go with --document", hint="compliance check --document PLAN --outcomes DOC")
    if args.fail_on == "disagreement":
        raise InputError("--fail-on disagreement needs a document's claims", hint="compliance check --document PLAN")
    if args.rules is None:
        from .seed import dataset_file, rules_file

        rules_path, data_path = str(rules_file()), str(dataset_file())
    elif args.data is None:
        raise InputError("give a dataset after the rules file", hint="compliance check RULES.yaml DATA.csv")
    else:
        rules_path, data_path = args.rules, args.data
    rules = load_rules(rules_path)
    if args.stream or args.by or args.no_explanations or _large(data_path):
        return _check_stream(args, rules, rules_path, data_path)  # its rows need no whole report
    whole_report()
    data = load_dataset(data_path, [indicator.id for indicator in rules.indicators], encoding=args.encoding)
    overrides = reports.load_overrides(args.overrides) if args.overrides else None
    targeted = periods_with_targets(rules)
    periods = periods_asked(args.period, targeted, rules_path)
    if not periods:
        try:
            periods = [default_period(rules, data)]
        except ValueError as exc:
            message = str(exc).split(";")[0]
            raise InputError(message, file=data_path, hint="pass --period P (or --period all)") from None
    judgements = check(rules, data, periods, as_of=args.as_of)
    keep_reported(rules, (row.reported for row in data.rows))  # the next check reads none of them again
    report = reports.build_report(judgements, rules=rules, rules_path=rules_path, data_path=data_path, periods=periods,
                                  overrides=overrides, langs=[args.lang] if report_format(args) == "table" else None)
    return output_report(args, report)


def _large(path: str) -> bool:
    """A dataset for the streaming path: a format only read chunk by chunk (Parquet, gzipped CSV), or
    one read either way (CSV/TSV) larger than STREAM_BYTES (compliance.plans.formats says which)."""
    from .plans.formats import format_of

    fmt = format_of(path)
    if fmt is None or fmt.chunks is None:
        return False
    if fmt.read is None:
        return True
    try:
        return os.path.getsize(path) > STREAM_BYTES
    except OSError:
        return False  # the normal loader names the missing file


def _check_stream(args: argparse.Namespace, rules: RulesFile, rules_path: str, data_path: str) -> int:
    """``check`` on a large dataset: compliance.scale.stream judges it, compliance.report.large writes it."""
    from .plans.check import periods_with_targets

    if "numpy" not in sys.modules:  # no matrix product here: one BLAS thread, not one a core started (unless set)
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:
        from .files.atomic import atomic_output
        from .report._streamed import write_rows  # the rows' writer; report.large (the pages, the header) on demand
        from .report.formats import ROW_FORMATS, lookup
        from .report.gate import stream_failing
        from .scale.arrays import use_run_allocator
        from .scale.stream import DEFAULT_SAMPLE, stream_check
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in ("numpy", "pandas", "pyarrow"):
            raise  # our own bug, not the missing extra
        raise InputError(f"the streaming path needs {exc.name}", file=data_path,
                         hint="pip install 'compliance[stream]'") from None
    if args.overrides:
        raise InputError("overrides do not apply to a streamed run (one verdict per region, not per indicator)",
                         file=args.overrides, hint="review a region's own rows without --stream")
    if args.chunk_size < 1:
        raise InputError(f"--chunk-size {args.chunk_size}: give a number of rows of at least 1")
    use_run_allocator()  # this process is one run: arrow's buffers from jemalloc, reused batch after batch
    fmt = report_format(args, streamed=True)
    by = [name.strip() for item in args.by or () for name in item.split(",") if name.strip()]
    periods = periods_asked(args.period, periods_with_targets(rules), rules_path) or None
    run = stream_check(rules, data_path, periods, as_of=args.as_of, by=by, chunksize=args.chunk_size,
                       sample=0 if fmt == "csv" else DEFAULT_SAMPLE, rows=fmt in ROW_FORMATS,  # a CSV has no sample
                       lang=None if args.no_explanations else args.lang, encoding=args.encoding,
                       arrow="parts")  # each batch factorised (rows.VerdictParts): written as it is, no DataFrame
    meta: dict[str, object] = {}  # the CSV has no header: no SHA-256 of the dataset, and no report.large
    if fmt != "csv":
        from .report.large import stream_meta

        meta = stream_meta(run, rules_path)
    gc.freeze()  # this process's modules, rules, lexicon: no full collection of the run walks them again
    bar = _Progress(sys.stderr) if is_terminal(sys.stderr) else None
    batches = bar.follow(run) if bar is not None else iter(run)
    try:
        if fmt in ROW_FORMATS:
            def write(out: BinaryIO) -> None:
                write_rows(batches, fmt, out, columns=run.columns, meta=meta, summary=lambda: run.summary)

            if args.output is not None:
                with atomic_output(args.output) as out:
                    out.write(b"\xef\xbb\xbf" if lookup(fmt).bom else b"")  # a BOM, as the whole report's file
                    write(out)
            else:
                sys.stdout.flush()
                write(sys.stdout.buffer)
                sys.stdout.buffer.flush()
        else:
            from .report._names import summary_in_language
            from .report.large import render_summary

            for _ in batches:
                pass
            color = fmt == "table" and args.output is None and use_color(sys.stdout)
            summary = summary_in_language(run.summary, rules, args.lang)  # name_en on an English page
            write_out(render_summary(summary, meta, fmt, lang=args.lang, color=color), args.output)
    finally:
        batches.close()  # its reader's threads end now, not in the interpreter's teardown (pyarrow aborts there)
        if bar is not None:
            bar.close()
    return exit_code(stream_failing(args.fail_on, run.summary))


class _Progress:
    """Rows read, verdicts and rows per second on stderr, redrawn at most five times a second.

    Only for a terminal (the caller checks); a few lines of our own rather than a dependency.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream, self.start, self.drawn, self.width = stream, time.monotonic(), 0.0, 0

    def follow(self, run: StreamCheck) -> Generator[object, None, None]:
        for batch in run:
            self.draw(run)
            yield batch
        self.draw(run, final=True)

    def draw(self, run: StreamCheck, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.drawn < 0.2:
            return
        self.drawn = now
        rows, verdicts, fraction = run.rows_read, run.verdicts, run.fraction
        bar = ""
        if fraction is not None:
            filled = round(fraction * 24)
            bar = f"[{'#' * filled}{'.' * (24 - filled)}] {fraction:4.0%}  "
        rate = rows / max(now - self.start, 1e-6)
        text = f"{bar}{rows:,} rows · {verdicts:,} verdicts · {rate:,.0f} rows/s"
        self.stream.write("\r" + text + " " * max(0, self.width - len(text)))
        self.stream.flush()
        self.width = len(text)

    def close(self) -> None:
        if self.width:
            self.stream.write("\n")
            self.stream.flush()


# --------------------------------------------------------------------------- explain, schema, diff


def _explain(args: argparse.Namespace) -> int:
    import json

    from . import evaluate, parse_reported, parse_target
    from .judge.reading import as_dict, describe

    references: dict[str, str] = {}
    for item in args.ref:
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise InputError(f"--ref `{item}` is not NAME=VALUE", hint="e.g. --ref 市级要求=3.2")
        references[name.strip()] = value.strip()
    tolerance = None
    if args.tolerance is not None:
        from .plans.schema import parse_tolerance

        try:
            tolerance = parse_tolerance(args.tolerance)
        except ValueError as exc:
            raise InputError(f"--tolerance: {exc}", hint="e.g. --tolerance 5% or --tolerance 0.5") from None
    target = parse_target(args.target)
    reported = parse_reported(args.reported) if args.reported is not None else None
    verdict = evaluate(
        target, reported, **({"polarity": args.polarity} if args.polarity else {}), previous=args.previous,
        references=references, tolerance=tolerance, unit=args.unit, measure=args.measure,
    )
    if args.format == "json":
        write_out(json.dumps(as_dict(target, reported, verdict), ensure_ascii=False, indent=2) + "\n", None)
    else:
        write_out(describe(target, reported, verdict, lang=args.lang), None)
    return 0


def _schema(args: argparse.Namespace) -> int:
    from .plans.schema import schema_text

    write_out(schema_text(), args.output)
    return 0


def _diff(args: argparse.Namespace) -> int:
    from .report import diff_reports, read_report, render_diff

    changes = diff_reports(read_report(args.old), read_report(args.new))
    write_out(render_diff(changes, lang=args.lang), None)
    return 1 if args.exit_code and changes else 0


# --------------------------------------------------------------------------- rules lint / fmt


def _lint(args: argparse.Namespace) -> int:
    from .plans.lint import lint_rules

    count = 0
    for name in args.files:
        for finding in lint_rules(name):
            print(finding)
            count += finding.level != "info"  # a cell saying none (no-target) is shown, not counted as a problem
    if count:
        print(f"{count} finding{'s' if count != 1 else ''}", file=sys.stderr)
        return 1
    return 0


def _fmt(args: argparse.Namespace) -> int:
    from .files.atomic import atomic_write
    from .files.yaml import read_text
    from .plans.fmt import format_rules

    changed = 0
    for name in args.files:
        text = read_text(name)
        raw = Path(name).read_bytes()  # compare bytes: a BOM and line ends count
        formatted = format_rules(text if not raw.startswith(b"\xef\xbb\xbf") else "\ufeff" + text, name)
        if formatted.encode("utf-8") == raw:
            continue
        changed += 1
        if args.check:
            print(f"{name}: not in canonical form (run `compliance rules fmt {name}`)")
        else:
            atomic_write(name, formatted)
            print(f"{name}: formatted")
    return 1 if args.check and changed else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
