"""The ``compliance`` command. Thin: parse arguments, call the library, print, map errors to exit codes.

Exit codes: 0 done, 1 ``--fail-on`` triggered, 2 bad input (a one-line message, no traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .errors import InputError

_MARK = {"met": "✓", "missed": "✗", "pending": "?"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="compliance", description="Decide whether plan targets were met.")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="judge a plan's targets against reported values")
    check.add_argument("rules", nargs="?", help="rules file (YAML); default: the embedded seed plan")
    check.add_argument("data", nargs="?", help="dataset (CSV); default: the seed plan's dataset")
    check.add_argument("--period", action="append", help="period to judge (repeatable); default: the latest year with data")
    check.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of explanations")
    check.add_argument("--fail-on", choices=("missed", "pending"), help="exit 1 when a verdict is missed (or not met)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _check(args)
    except InputError as exc:
        print(f"compliance: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - `| head`
        return 0


def _check(args: argparse.Namespace) -> int:
    from .check import check, default_period, summarize
    from .datasets import load_dataset
    from .rules import load_rules
    from .seed import dataset_file, rules_file

    if args.rules is None:
        rules_path, data_path = str(rules_file()), str(dataset_file())
    elif args.data is None:
        raise InputError("give a dataset after the rules file", hint="compliance check RULES.yaml DATA.csv")
    else:
        rules_path, data_path = args.rules, args.data
    rules = load_rules(rules_path)
    data = load_dataset(data_path, [indicator.id for indicator in rules.indicators])
    try:
        periods = args.period or [default_period(rules, data)]
    except ValueError as exc:
        raise InputError(str(exc), file=data_path) from None
    for period in periods:
        if period not in {p for i in rules.indicators for p in i.targets}:
            raise InputError(f"no target has period `{period}`", file=rules_path, hint="pick a period the rules file has")
    judgements = check(rules, data, periods)
    out = sys.stdout
    print(f"{rules.plan.name} — {', '.join(periods)}", file=out)
    for j in judgements:
        status = j.verdict.status.value
        number = j.indicator.number or ""
        print(f"{_MARK[status]} {status:<7} {number:>3} {j.indicator.id:<32} {j.verdict.explain(args.lang)}", file=out)
    summary = summarize(judgements)
    counts = ", ".join(f"{summary.indicators.get(s, 0)} {s}" for s in ("met", "missed", "pending"))
    print(f"{summary.indicator_count} indicators ({len(judgements)} rows): {counts}", file=out)
    if args.fail_on == "missed" and summary.rows.get("missed"):
        return 1
    if args.fail_on == "pending" and (summary.rows.get("missed") or summary.rows.get("pending")):
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
