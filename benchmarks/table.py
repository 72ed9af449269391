"""Every row of issue 12's speed table against its anchor, in one run. Run by hand, not in the test suite:

    python benchmarks/table.py                      # the issue's sizes (1M-row panels, 1M distinct targets)
    python benchmarks/table.py --quick              # small sizes, a minute: the ratios, not the absolutes
    python benchmarks/table.py --only evaluate,parse --repeat 7
    python benchmarks/table.py --only cold --repeat 9 --instructions   # + valgrind's count of one check

Each row times a path of ``compliance`` and its anchor *interleaved* (path, anchor, path, anchor ...)
and keeps the best of ``--repeat`` runs of each, both in wall time (``time.perf_counter``) and in CPU
time (``time.process_time`` here; the children's user+system time for rows that run a fresh process).
The machine may be shared: CPU time is what the ratio rests on when the load average is high, wall
time when it is quiet; both are printed. A row is ``met`` when its ratio is within the goal.

Rows (issue 12):

* ``evaluate("6以上", "4")``, warm, the same strings, against ``simpleeval.simple_eval("x >= 6")``;
* ``parse_target`` on 5,000 distinct strings (seed phrasings with distinct numbers, fresh strings on every
  run, so no cache helps) against ``simple_eval`` on 5,000 distinct expressions;
* ``compliance check`` on the seed in a fresh process against a fresh process that imports pydantic;
* ``check --by province,county`` streaming a 1M-row panel to CSV against a fresh process that runs
  ``pandas.read_csv`` on the same file: the default rows (each with its explanation) and, on the next
  line, the same rows with ``--no-explanations`` (the opt-out for pipelines);
* ``check --period all`` streamed, per region, against the single-period stream of the same panel;
* ``evaluate_table`` on a 1M-row pandas frame of the seed's phrasings, warm, against the hand-written
  numpy judgement (``benchmarks/bench.py``, factorising the target strings included);

then the peak RSS of a fresh process that evaluates 1,000,000 distinct target strings one by one
(goal: under 300 MB), and the machine (CPUs, load average, Python).
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

RULES = ROOT / "rules" / "haidian-2022.yaml"
#: target phrasings of the seed and of real plans, each with a slot for a number
PHRASINGS = (
    "{}以上", "{}左右", "控制在{}%以内", "达到市级要求（{}）", "不低于{}", "<{}", ">{}", "累计{}左右", "{}",
    "增长{}%左右", "低于全市平均水平（{}）", "不超过{}", "年均增长{}%", "{}%以上", "净减{}平方公里",
)


class Timing:
    """Best wall and CPU seconds of one side of a row."""

    def __init__(self) -> None:
        self.wall = float("inf")
        self.cpu = float("inf")

    def add(self, wall: float, cpu: float) -> None:
        self.wall, self.cpu = min(self.wall, wall), min(self.cpu, cpu)


def interleaved(path: Callable[[int], object], anchor: Callable[[int], object], repeat: int) -> tuple[Timing, Timing]:
    """Run path(i) and anchor(i) in turn ``repeat`` times (i: the run's number); best of each."""
    mine, theirs = Timing(), Timing()
    for i in range(repeat):
        for fn, timing in ((path, mine), (anchor, theirs)):
            wall, cpu = time.perf_counter(), time.process_time()
            fn(i)
            timing.add(time.perf_counter() - wall, time.process_time() - cpu)
    return mine, theirs


def process(argv: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (bytes) of one fresh process."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    error = child.stderr.read().decode() if child.stderr else ""
    if code not in (0, 1) or "Traceback (most recent call last)" in error:  # exit 1 is a missed verdict, not a crash
        raise SystemExit(f"{' '.join(argv)} failed ({code}): {error}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


def processes(path: list[str], anchor: list[str], repeat: int) -> tuple[Timing, Timing]:
    mine, theirs = Timing(), Timing()
    for _ in range(repeat):
        for argv, timing in ((path, mine), (anchor, theirs)):
            wall, cpu, _ = process(argv)
            timing.add(wall, cpu)
    return mine, theirs


ROWS: list[tuple[str, str, str, str, str, float]] = []


def row(name: str, mine: Timing, theirs: Timing, anchor: str, goal: float, per: int = 1, unit: str = "s") -> None:
    scale = {"s": 1, "ms": 1e3, "us": 1e6}[unit]
    wall, cpu = mine.wall / theirs.wall, mine.cpu / theirs.cpu
    shown = f"{mine.wall / per * scale:8.2f} {unit} (cpu {mine.cpu / per * scale:.2f})"
    anchored = f"{theirs.wall / per * scale:8.2f} {unit} (cpu {theirs.cpu / per * scale:.2f})"
    verdict = "met" if max(cpu, wall) <= goal else ("met on cpu" if cpu <= goal else "NOT met")
    print(f"{name:<46} {shown:>26}  {anchor:<34} {anchored:>26}  {wall:5.2f}x wall {cpu:5.2f}x cpu  "
          f"goal <= {goal:g}x: {verdict}", flush=True)
    ROWS.append((name, f"{wall:.2f}", f"{cpu:.2f}", f"{goal:g}", verdict, wall))


def bench_evaluate(repeat: int, calls: int) -> None:
    import simpleeval

    from compliance import evaluate

    evaluate("6以上", "4")
    simpleeval.simple_eval("x >= 6", names={"x": 4})
    mine, theirs = interleaved(
        lambda _: [evaluate("6以上", "4") for _ in range(calls)],
        lambda _: [simpleeval.simple_eval("x >= 6", names={"x": 4}) for _ in range(calls)],
        repeat,
    )
    row('evaluate("6以上", "4"), warm', mine, theirs, 'simple_eval("x >= 6")', 2, calls, "us")
    # not a row of the issue, printed so the verdict cache is not mistaken for the engine: the same target
    # against a distinct reported figure each call (fresh figures every run: no verdict is remembered)
    figures = {run: [f"{(run + 1) * 10 ** 6 + i}.5" for i in range(calls)] for run in range(repeat)}
    mine, theirs = interleaved(
        lambda run: [evaluate("6以上", figure) for figure in figures[run]],
        lambda run: [simpleeval.simple_eval("x >= 6", names={"x": float(figure)}) for figure in figures[run]],
        repeat,
    )
    row('  (information) same target, distinct figures', mine, theirs, 'simple_eval("x >= 6")', 2, calls, "us")


def bench_parse(repeat: int, count: int) -> None:
    import simpleeval

    from compliance import parse_target

    def texts(run: int) -> list[str]:  # distinct across runs too: a cache never answers
        base = (run + 1) * count * 10
        return [PHRASINGS[i % len(PHRASINGS)].format(f"{(base + i) / 100:g}") for i in range(count)]

    def expressions(run: int) -> list[str]:
        base = (run + 1) * count * 10
        return [f"x >= {(base + i) / 100:g}" for i in range(count)]

    parse_target("6以上")
    prepared = {run: (texts(run), expressions(run)) for run in range(repeat)}
    mine, theirs = interleaved(
        lambda run: [parse_target(t) for t in prepared[run][0]],
        lambda run: [simpleeval.simple_eval(e, names={"x": 4}) for e in prepared[run][1]],
        repeat,
    )
    row(f"parse_target, {count:,} distinct strings", mine, theirs, "simple_eval, distinct expressions", 2, count, "us")


def bench_cold(repeat: int, instructions: bool = False) -> None:
    # An installed package runs from bytecode, as pydantic does here; an editable install under
    # PYTHONDONTWRITEBYTECODE=1 (this machine's default) would compile ~75 modules in every child
    # and time the compiler, not a check. Compile once, explicitly, as `pip install` does.
    compileall.compile_dir(str(ROOT / "compliance"), quiet=1)
    check, anchor = [sys.executable, "-m", "compliance.cli", "check"], [sys.executable, "-c", "import pydantic"]
    # the check's rules snapshot in a cache folder of its own: other processes' checks on a shared machine (a test
    # suite writes hundreds) evict the user's newest 64, and a run that parses the YAML again is no cold check
    with tempfile.TemporaryDirectory() as cache:
        os.environ["XDG_CACHE_HOME"], before = cache, os.environ.get("XDG_CACHE_HOME")
        try:
            process(check)  # writes the snapshot, as any first run does
            mine, theirs = processes(check, anchor, repeat)
            counted = (count_instructions(check), count_instructions(anchor)) if instructions else None
        finally:
            os.environ.pop("XDG_CACHE_HOME") if before is None else os.environ.__setitem__("XDG_CACHE_HOME", before)
    row("`compliance check` (seed), cold process", mine, theirs, "process importing pydantic", 2, 1, "s")
    if counted is not None:
        ours, anchored = counted
        print(f"  instructions (valgrind, PYTHONHASHSEED=0): {ours / 1e6:,.1f}M against {anchored / 1e6:,.1f}M, "
              f"{ours / anchored:.2f}x", flush=True)


def count_instructions(argv: list[str]) -> int:
    """Instructions one run of ``argv`` executes (valgrind's cachegrind without its cache simulation): the same count
    whatever the load, unlike times. ``PYTHONHASHSEED=0``: hash order alone moves a count by ~15M."""
    import shutil

    if shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind")
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           *argv], cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": "0"}, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=False)
    found = [line for line in done.stderr.splitlines() if "I" in line and "refs:" in line]
    if not found:
        raise SystemExit(f"valgrind printed no instruction count: {done.stderr[-500:]}")
    return int(found[0].split()[-1].replace(",", ""))


def bench_stream(repeat: int, rows: int, all_rows: int, chosen: set[str]) -> None:
    from stream_bench import make_panel

    compileall.compile_dir(str(ROOT / "compliance"), quiet=1)  # from bytecode, as installed (see bench_cold)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        panel, small = work / "panel.csv", work / "small.csv"
        command = [sys.executable, "-m", "compliance.cli", "check", str(RULES)]
        by = ["--by", "province,county"]
        if chosen & {"stream", "byregion"}:
            rows = make_panel(panel, rows)
            read = [sys.executable, "-c", f"import pandas; pandas.read_csv({str(panel)!r})"]
            mine, theirs = processes(
                [*command, str(panel), *by, "--period", "2022", "-o", str(work / "v.csv")], read, repeat,
            )
            row(f"check --by region, {rows:,} rows to CSV", mine, theirs, "process running pandas.read_csv", 1.5)
            mine, theirs = processes(  # the opt-out for pipelines: the same rows without the explanation column
                [*command, str(panel), *by, "--period", "2022", "--no-explanations", "-o", str(work / "n.csv")], read,
                repeat,
            )
            row("  the same, --no-explanations", mine, theirs, "process running pandas.read_csv", 1.5)
        if not chosen & {"stream", "periodall"}:
            return
        make_panel(small, all_rows)
        mine, theirs = processes(
            [*command, str(small), *by, "--period", "all", "-o", str(work / "a.csv")],
            [*command, str(small), *by, "--period", "2022", "-o", str(work / "s.csv")], repeat,
        )
        row(f"check --period all streamed, {all_rows:,} rows", mine, theirs, "the single-period stream", 2)


def bench_table(repeat: int, rows: int) -> None:
    from bench import OPTIONS, make_panel, numpy_baseline

    from compliance.scale.bulk import evaluate_table

    panel = make_panel(rows)
    evaluate_table(panel, **OPTIONS)  # warm: every phrasing parsed once
    mine, theirs = interleaved(lambda _: evaluate_table(panel, **OPTIONS), lambda _: numpy_baseline(panel), repeat)
    row(f"evaluate_table, {rows:,} rows, pandas, warm", mine, theirs, "hand-written numpy", 3)


def distinct_rss(count: int) -> None:
    """Child: evaluate ``count`` distinct targets one by one; print the peak RSS in KiB and the seconds."""
    from compliance import evaluate

    start = time.perf_counter()
    for i in range(count):
        evaluate(PHRASINGS[i % len(PHRASINGS)].format(f"{i / 100:g}"), "4")
    print(own_peak_kib(), time.perf_counter() - start)


def own_peak_kib() -> int:
    """This process's peak RSS in KiB since its exec: Linux's VmHWM. Not ``ru_maxrss``: it keeps the high-water mark of
    the memory the process had before exec, a fork of its parent, so a parent holding 340 MiB (the evaluate_table row
    run before this one) made a 48 MiB child report 343 MiB (stop 24)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # elsewhere: may count the parent's, see above


def bench_rss(count: int) -> None:
    out = subprocess.run([sys.executable, __file__, "--rss-child", str(count)], check=True, capture_output=True,
                         text=True, cwd=ROOT)
    peak, seconds = out.stdout.split()
    mib = int(peak) / 1024
    verdict = "met" if mib * 2**20 < 300e6 else "NOT met"
    print(f"peak RSS evaluating {count:,} distinct targets one by one: {mib:.0f} MiB "
          f"({int(peak) * 1024 / 1e6:.0f} MB; {float(seconds):.0f} s, {float(seconds) / count * 1e6:.0f} us each); "
          f"goal < 300 MB: {verdict}", flush=True)


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{os.cpu_count()} CPUs ({model}), load average {load}; Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="best of N, interleaved (default 5)")
    parser.add_argument("--quick", action="store_true", help="small panels and 20,000 distinct targets")
    parser.add_argument("--only", help="comma-separated: evaluate,parse,cold,stream (= byregion,periodall),table,rss")
    parser.add_argument("--all-rows", type=int, default=20_000,
                        help="rows of the --period all panel (default 20,000: that row takes minutes per run)")
    parser.add_argument("--instructions", action="store_true",
                        help="the cold row also counts instructions of one check and of its anchor (valgrind)")
    parser.add_argument("--rss-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rss_child:
        distinct_rss(args.rss_child)
        return
    rows, all_rows, distinct = (100_000, 5_000, 20_000) if args.quick else (1_000_000, args.all_rows, 1_000_000)
    chosen = set((args.only or "evaluate,parse,cold,stream,table,rss").split(","))
    print(f"machine: {machine()}")
    print(f"best of {args.repeat}, path and anchor interleaved; per call for the first two rows, per run below\n")
    if "evaluate" in chosen:
        bench_evaluate(args.repeat, 2000)
    if "parse" in chosen:
        bench_parse(args.repeat, 5000)
    if "cold" in chosen:
        bench_cold(max(args.repeat, 5), args.instructions)
    if chosen & {"stream", "byregion", "periodall"}:
        bench_stream(args.repeat, rows, all_rows, chosen)
    if "table" in chosen:
        bench_table(args.repeat, rows)
    if "rss" in chosen:
        bench_rss(distinct)
    print(f"\nmachine after: {machine()}")


if __name__ == "__main__":
    main()
