"""Benchmark `compliance check` on a large panel (the streaming path). Run by hand, not in the test suite:

    python benchmarks/stream_bench.py                  # 2,000,000 rows
    python benchmarks/stream_bench.py --rows 500000 --keep /tmp/panel.csv

Writes a synthetic long-form CSV: the seed plan's dataset (33 indicators, 2021 and 2022) repeated
for as many regions (``province``, ``county``) as it takes to reach ``--rows``, each region's figures
scaled by a random factor and one row in twenty dropped (a cell without a row). Then runs the
command as a fresh process, the way a user does, and prints wall time, rows per second and the
peak RSS of the process for:

* ``--format csv -o verdicts.csv`` and ``--format json -o verdicts.json`` (every verdict written),
* ``--format md -o summary.md`` (the summary page only),
* the CSV run on a quarter of the file (peak memory should not grow with the file),
* ``--period all`` on a smaller file: plan-period targets go through ``check`` region by region.

``--floor PANEL`` measures instead what a by-region run to CSV cannot go below on that panel (issue 12's
row 4: within 1.5x of a process running ``pandas.read_csv`` on the same file), each in a fresh process,
best of ``--repeat``, as CPU (user + system) and wall: the anchor itself; a process that only imports
what the run's streamed path needs besides the engine (numpy, pyarrow and its csv and compute modules, with
the command line's ``OPENBLAS_NUM_THREADS=1``); one that also reads the panel with pyarrow as the streamed
reader does (one thread, 1 MiB blocks, text columns, each batch let go: not one Table of the whole file); one
that also writes the run's own output (its bytes, read back before the clock starts; what reading them back
costs, ~0.1-0.4 s of CPU for 209 MiB, is left out of that process's figures, as no run pays it) in 3 MiB pieces
to a new file as the run writes them (past the page cache where the file system allows it:
``compliance.report._direct``), and fsyncs it; and the run; then the same write of the bytes of
``--no-explanations`` and that run. Reading plus writing, with no judging, no formatting and no engine
import at all, is the floor of each.

``--stages PANEL`` runs the by-region command to CSV on that panel in one process with each step's function
wrapped (:data:`STAGES`: reading, checking the cells, judging, counting, building the rows and their
explanations, escaping and writing) and prints each step's thread CPU, the run of least CPU of ``--repeat``:
where the time above the floor goes.

``--timeline PANEL`` runs the same command once and prints when each thread works and waits: a line each
time the main thread asks the reader for a batch and gets it, hands a batch to the writer's thread and finds
it free, and each time that thread starts and ends a batch, with the thread's CPU, the process's CPU, its
RSS, its minor page faults and the bytes arrow holds; then how long the main thread waited for the reader
(less the coding of cells it does in that call) and for the writer. Wall is what a 2-core run is judged on
too: this says which thread a batch waits for.

Needs ``pip install -e '.[stream]'``.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "rules" / "haidian-2022.yaml"
SEED = ROOT / "datasets" / "haidian-2022.csv"


def make_panel(path: Path, rows: int, seed: int = 2022) -> int:
    """Write the panel; return its number of data rows."""
    rng = np.random.default_rng(seed)
    base = pd.read_csv(SEED, dtype=str, keep_default_na=False)
    regions = -(-rows // int(len(base) * 0.95))
    written = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("province,county,indicator,period,reported,source\n")
        per_block = max(1, 200_000 // len(base))
        for first in range(0, regions, per_block):
            count = min(per_block, regions - first)
            block = pd.concat([base] * count, ignore_index=True)
            region = np.repeat(np.arange(first, first + count), len(base))
            plain = block["reported"].str.fullmatch(r"-?\d+(\.\d+)?").to_numpy()
            factor = rng.uniform(0.7, 1.3, len(block))
            numbers = pd.to_numeric(block["reported"].where(plain), errors="coerce").to_numpy()
            scaled = np.round(numbers * factor, 1)
            block.loc[plain, "reported"] = [f"{x:g}" for x in scaled[plain]]
            block.insert(0, "county", [f"county-{r:06d}" for r in region])
            block.insert(0, "province", [f"province-{r % 31:02d}" for r in region])
            block = block[rng.random(len(block)) >= 0.05]
            block = block.iloc[: max(0, rows - written)]
            block.to_csv(handle, header=False, index=False)
            written += len(block)
            if written >= rows:
                break
    return written


#: runs ``python -m MODULE ...`` or ``python -c CODE ...`` (argv after this code) and, on leaving, writes the process's
#: own peak RSS (Linux's VmHWM, KiB) to the file named by COMPLIANCE_BENCH_PEAK. The peak wait4 reports (ru_maxrss)
#: keeps the high-water mark of the memory the child had before exec, a fork of this process: after make_panel that
#: added this process's ~100-300 MiB to every run's figure (stop 24; benchmarks/table.py own_peak_kib likewise).
_PEAK = """import atexit, os, runpy, sys
def _peak():
    with open("/proc/self/status") as s, open(os.environ["COMPLIANCE_BENCH_PEAK"], "w") as out:
        out.write(next(line.split()[1] for line in s if line.startswith("VmHWM:")))
atexit.register(_peak)
flag, what, *rest = sys.argv[1:]
sys.argv = [what, *rest]
if flag == "-m":
    runpy.run_module(what, run_name="__main__", alter_sys=True)
else:
    exec(compile(what, "<string>", "exec"), {"__name__": "__main__"})
"""


def timed(argv: list[str]) -> tuple[float, int, int]:
    """Wall seconds, peak RSS (bytes) and exit code of one fresh process. A Python command's peak is its own (VmHWM,
    read by :data:`_PEAK` as it exits) where /proc exists; otherwise wait4's, which may count this process's memory."""
    own = argv[0] == sys.executable and argv[1:2] in (["-m"], ["-c"]) and Path("/proc/self/status").exists()
    with tempfile.NamedTemporaryFile("r", suffix=".peak") as peak:
        env = {**os.environ, "COMPLIANCE_BENCH_PEAK": peak.name}
        start = time.perf_counter()
        process = subprocess.Popen([argv[0], "-c", _PEAK, *argv[1:]] if own else argv, cwd=ROOT, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        written = peak.read().strip() if own else ""
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode() if process.stderr else ""
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} failed ({process.returncode}): {error}")
    return wall, (int(written) if written else usage.ru_maxrss) * 1024, process.returncode


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


_FLOOR_CHILD = """
import os, resource, sys, time
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as the command line sets it (compliance/cli.py)
import numpy, pyarrow as pa, pyarrow.csv as pa_csv, pyarrow.compute
step, panel, verdicts, out = sys.argv[1:5]
data = None
usage = resource.getrusage(resource.RUSAGE_SELF)
cpu, wall = usage.ru_utime + usage.ru_stime, time.perf_counter()
if step.startswith("write"):  # the run's own bytes (with or without explanations): read before the clock starts
    with open(verdicts, "rb") as handle:
        data = memoryview(handle.read())
    from compliance.report._direct import DirectSink  # the run's own writer: past the page cache where it may
usage = resource.getrusage(resource.RUSAGE_SELF)
aside = (usage.ru_utime + usage.ru_stime - cpu, time.perf_counter() - wall)  # no part of a run: left out below
cpu, wall = usage.ru_utime + usage.ru_stime, time.perf_counter()
if step in ("read", "write", "write-bare"):  # as the run reads it: text columns, 1 MiB blocks, each batch let go
    with open(panel, encoding="utf-8") as handle:
        titles = handle.readline().rstrip("\\r\\n").split(",")
    reader = pa_csv.open_csv(
        pa.OSFile(panel), read_options=pa_csv.ReadOptions(use_threads=False, block_size=1 << 20),
        parse_options=pa_csv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False),
        convert_options=pa_csv.ConvertOptions(column_types={name: pa.string() for name in titles},
                                              strings_can_be_null=True, null_values=[""],
                                              quoted_strings_can_be_null=True))
    for _ in reader:
        pass
if data is not None:  # as the run writes them: pieces of ~3 MiB to a new file (report._direct), then fsync
    with open(out, "wb") as handle:
        sink = DirectSink(handle)
        for at in range(0, len(data), 3 << 20):
            sink.write(data[at:at + (3 << 20)])
        sink.close()
        handle.flush()
        os.fsync(handle.fileno())
usage = resource.getrusage(resource.RUSAGE_SELF)
print(usage.ru_utime + usage.ru_stime - cpu, time.perf_counter() - wall, *aside)
"""


def floor(panel: Path, repeat: int) -> None:
    """What a by-region run to CSV cannot go below on ``panel``: see the module's docstring (``--floor``)."""
    import compileall

    compileall.compile_dir(str(ROOT / "compliance"), quiet=1)  # run from bytecode, as an installed package
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        verdicts, bare, written = work / "v.csv", work / "n.csv", work / "w.csv"
        run = [sys.executable, "-m", "compliance.cli", "check", str(RULES), str(panel), "--by", "province,county",
               "--period", "2022", "-o", str(verdicts)]
        child = [sys.executable, "-c", _FLOOR_CHILD]
        steps = {
            "pandas.read_csv (the anchor)": [sys.executable, "-c", f"import pandas; pandas.read_csv({str(panel)!r})"],
            "import numpy, pyarrow (+ csv, compute)": [*child, "import", str(panel), str(verdicts), str(written)],
            "  + read the panel (pyarrow, 1 thread)": [*child, "read", str(panel), str(verdicts), str(written)],
            "  + write the run's own bytes, fsync": [*child, "write", str(panel), str(verdicts), str(written)],
            "compliance check --by province,county -o v.csv": run,
            "  + write the bytes of --no-explanations, fsync": [*child, "write-bare", str(panel), str(bare),
                                                               str(written)],
            "check ... --no-explanations -o n.csv": [*run[:-1], str(bare), "--no-explanations"],
        }
        timed(run)  # the bytes the write steps write
        timed([*run[:-1], str(bare), "--no-explanations"])
        best: dict[str, tuple[float, ...]] = {}
        for _ in range(repeat):
            for name, argv in steps.items():
                start = time.perf_counter()
                process = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
                out = process.stdout.read() if process.stdout else b""
                _, status, usage = os.wait4(process.pid, 0)
                wall = time.perf_counter() - start
                parts = [float(x) for x in out.split()[:4]] if argv[:3] == child else [float("nan")] * 2 + [0.0] * 2
                if os.waitstatus_to_exitcode(status) not in (0, 1) or len(parts) < 4:
                    raise SystemExit(f"{name} failed: {' '.join(argv)}")
                # a write step reads the run's bytes back first (209 MiB: ~0.2-0.4 s of page faults and copying
                # that no run pays): the process's figures are given without it
                row = (usage.ru_utime + usage.ru_stime - parts[2], wall - parts[3], *parts[:2])
                old = best.get(name)  # each figure's best of the runs (the machine may be shared)
                best[name] = row if old is None else tuple(min(a, b) if b == b else a for a, b in zip(row, old))
        base = best["pandas.read_csv (the anchor)"]
        print(f"panel {panel} ({panel.stat().st_size / 2**20:,.0f} MiB); verdicts.csv "
              f"{verdicts.stat().st_size / 2**20:,.0f} MiB; each figure the best of {repeat} fresh processes")
        print(f"{'':<50} {'cpu s':>6} {'wall s':>7} {'cpu x anchor':>13} {'timed part: cpu, wall':>22}")
        for name, (cpu, wall, part_cpu, part_wall) in best.items():
            part = f"{part_cpu:.2f}, {part_wall:.2f}" if part_cpu == part_cpu else ""
            print(f"{name:<50} {cpu:6.2f} {wall:7.2f} {cpu / base[0]:13.2f} {part:>22}")
        imports = best["import numpy, pyarrow (+ csv, compute)"]
        for label, step in (("", "  + write the run's own bytes, fsync"),
                            (", no explanations", "  + write the bytes of --no-explanations, fsync")):
            written_part = best[step]
            cpu, wall = imports[0] + written_part[2], imports[1] + written_part[3]
            print(f"{'floor: imports + read + write' + label + ', no judging':<50} {cpu:6.2f} {wall:7.2f} "
                  f"{cpu / base[0]:13.2f}   (x anchor wall {wall / base[1]:.2f})")


#: the steps of a by-region run timed by --stages: (label, module, object, function); nested steps are indented
STAGES = (
    ("read the panel (pyarrow; the as-of pass too)", "compliance.plans.chunks", "CsvChunks", "_arrow_chunks"),
    ("  the as-of pass over `period`", "compliance.scale.stream.read", "PanelReader", "scan_periods"),
    ("check and code the cells", "compliance.scale.stream.read", "PanelReader", "_clean"),
    ("  the swallowed-row check", "compliance.scale.stream.read", "PanelReader", "_refuse_swallowed"),
    ("judge", "compliance.scale.stream.judge", "BatchJudge", "judge"),
    ("  evaluate_table", "compliance.scale.stream.judge", "", "evaluate_table"),
    ("  evaluate_rows (each distinct cell once)", "compliance.scale.stream.judge", "", "evaluate_rows"),
    ("count (tallies)", "compliance.scale.stream.tally", "Tallies", "add"),
    ("keep the sample", "compliance.scale.stream.tally", "Tallies", "keep_sample"),
    ("build the rows (verdict_table)", "compliance.scale.stream", "", "verdict_table"),
    ("build the rows, factorised (verdict_parts)", "compliance.scale.stream", "", "verdict_parts"),
    ("  the distinct verdicts", "compliance.scale.stream.rows", "", "distinct_verdicts"),
    ("  margins, stated, distances, explanations", "compliance.scale.stream.evidence", "Evidence", "columns"),
    ("    shapes and templates", "compliance.scale.stream.evidence", "Evidence", "_shapes"),
    ("    templates filled", "compliance.scale.stream.evidence", "", "fill"),
    ("    cells explained one by one", "compliance.scale.stream.evidence", "Evidence", "_one_by_one"),
    ("escape (csv_table; the writer's thread)", "compliance.report._streamed", "", "csv_table"),
    ("escape and write (the writer's thread)", "compliance.report._streamed", "_Writer", "_write"),
    ("  each part's text once (CsvParts.of)", "compliance.report._streamed", "CsvParts", "of"),
    ("  the rows' bytes joined (CsvParts.lines)", "compliance.report._streamed", "CsvParts", "lines"),
)

_STAGES_CHILD = """
import gc, importlib, inspect, sys, time, json
cpu0 = time.process_time()
import compliance.cli as cli
imported = time.process_time() - cpu0
spent, collector, first = {}, [0.0, 0.0], []
def timed(owner, name, label):
    function = getattr(owner, name)
    def add(start, cpu):
        wall, used = spent.get(label, (0.0, 0.0))
        spent[label] = (wall + time.perf_counter() - start, used + time.thread_time() - cpu)
    if inspect.isgeneratorfunction(function):
        def wrapper(*args, **kwargs):
            inner = function(*args, **kwargs)
            while True:
                start, cpu = time.perf_counter(), time.thread_time()
                first or first.append(time.process_time())
                try:
                    item = next(inner)
                except StopIteration:
                    add(start, cpu)
                    return
                add(start, cpu)
                yield item
    else:
        def wrapper(*args, **kwargs):
            start, cpu = time.perf_counter(), time.thread_time()
            first or first.append(time.process_time())
            try:
                return function(*args, **kwargs)
            finally:
                add(start, cpu)
    setattr(owner, name, wrapper)
for label, module, owner, name in json.loads(sys.argv[1]):
    found = importlib.import_module(module)
    found = getattr(found, owner, None) if owner else found
    if found is not None and hasattr(found, name):  # a step another version of the package lacks: not timed
        timed(found, name, label)
def collecting(phase, info):
    if phase == "start":
        collector[1] = time.perf_counter()
    else:
        collector[0] += time.perf_counter() - collector[1]
gc.callbacks.append(collecting)
cpu1 = time.process_time()
cli.main(sys.argv[2:])
print(json.dumps({"imports": imported, "run": time.process_time() - cpu1, "before": first[0] - cpu1,
                  "collector": collector[0], "steps": spent}))
"""


def stages(panel: Path, repeat: int) -> None:
    """The CPU of each step of a by-region run to CSV on ``panel``, in one process (``--stages``)."""
    import compileall
    import json

    compileall.compile_dir(str(ROOT / "compliance"), quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        argv = [sys.executable, "-c", _STAGES_CHILD, json.dumps(STAGES), "check", str(RULES), str(panel),
                "--by", "province,county", "--period", "2022", "-o", str(Path(folder) / "v.csv")]
        runs = [json.loads(subprocess.run(argv, cwd=ROOT, check=True, capture_output=True, text=True).stdout)
                for _ in range(repeat)]
    best = min(runs, key=lambda run: run["imports"] + run["run"])  # the least disturbed run, whole
    print(f"load average {', '.join(f'{x:.2f}' for x in os.getloadavg())}; the run of least CPU of {repeat}: "
          f"each step's thread CPU (its wall time in brackets), in one process")
    print(f"{'import compliance.cli':<50} {best['imports']:6.3f} s")
    print(f"{'the command (CPU of every thread)':<50} {best['run']:6.3f} s")
    print(f"{'  before its first step (imports, rules, plan)':<50} {best['before']:6.3f} s")
    for label, *_ in STAGES:
        if label in best["steps"]:
            wall, cpu = best["steps"][label]
            print(f"{label:<50} {cpu:6.3f} s  ({wall:.3f})")
    print(f"{'the garbage collector (wall)':<50} {best['collector']:6.3f} s")


_TIMELINE_CHILD = """
import json, resource, sys, threading, time
wall0, cpu0 = time.perf_counter(), time.process_time()
import compliance.cli as cli
import pyarrow as pa
from compliance.report import _streamed
from compliance.scale.stream import read
events = []
def mark(what):
    usage = resource.getrusage(resource.RUSAGE_SELF)
    rss = int(open("/proc/self/statm").read().split()[1]) * 4096
    events.append((time.perf_counter() - wall0, threading.current_thread().name, what, time.thread_time(),
                   time.process_time() - cpu0, rss, usage.ru_minflt, pa.total_allocated_bytes()))
def around(owner, name, before, after):
    function = getattr(owner, name)
    def wrapper(*args, **kwargs):
        mark(before)
        try:
            return function(*args, **kwargs)
        finally:
            mark(after)
    setattr(owner, name, wrapper)
around(_streamed._Writer, "_write", "write", "written")
around(_streamed._Writer, "wait", "wait for the writer", "the writer is free")
batches = read.PanelReader.batches
def counted(self):
    inner = batches(self)
    while True:
        mark("wait for a batch")
        try:
            item = next(inner)
        except StopIteration:
            return
        mark("a batch read")
        yield item
read.PanelReader.batches = counted
mark("imported")
try:
    cli.main(sys.argv[1:])
except SystemExit:
    pass
mark("end")
print(json.dumps(events))
"""


def timeline(panel: Path) -> None:
    """When each thread of a by-region run to CSV works and waits, batch by batch (``--timeline``)."""
    import compileall
    import json

    compileall.compile_dir(str(ROOT / "compliance"), quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        argv = [sys.executable, "-c", _TIMELINE_CHILD, "check", str(RULES), str(panel), "--by", "province,county",
                "--period", "2022", "-o", str(Path(folder) / "v.csv")]
        events = json.loads(subprocess.run(argv, cwd=ROOT, check=True, capture_output=True, text=True).stdout)
    print(f"load average {', '.join(f'{x:.2f}' for x in os.getloadavg())}; wall and CPU from the interpreter's "
          f"start of the child (imports of the stdlib before it not counted)")
    print(f"{'wall s':>7} {'thread':<16} {'event':<22} {'thread cpu':>10} {'process cpu':>11} {'rss MiB':>8} "
          f"{'faults':>7} {'arrow MiB':>9}")
    spent: dict[str, list[float]] = {}  # by wait: wall, the main thread's own CPU (the reader's batches code cells)
    opened: dict[str, tuple[float, float]] = {}
    for wall, thread, what, thread_cpu, cpu, rss, faults, arrow in events:
        print(f"{wall:7.3f} {thread[:16]:<16} {what:<22} {thread_cpu:10.3f} {cpu:11.3f} {rss / 2**20:8.0f} "
              f"{faults:7d} {arrow / 2**20:9.0f}")
        if what.startswith("wait"):
            opened[what] = (wall, thread_cpu)
        elif what in ("a batch read", "the writer is free"):
            begun = "wait for a batch" if what == "a batch read" else "wait for the writer"
            at, used = opened.pop(begun, (wall, thread_cpu))
            total = spent.setdefault(begun, [0.0, 0.0])
            total[0] += wall - at
            total[1] += thread_cpu - used
    for what, (seconds, used) in spent.items():
        print(f"main thread, {what}: {seconds:.3f} s wall, {used:.3f} s of it its own CPU, "
              f"{seconds - used:.3f} s not running")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--all-rows", type=int, default=100_000, help="rows of the --period all run")
    parser.add_argument("--keep", metavar="CSV", help="write the panel here and keep it")
    parser.add_argument("--floor", metavar="PANEL", type=Path,
                        help="measure the floor of a by-region run to CSV on this panel (see above) and stop")
    parser.add_argument("--stages", metavar="PANEL", type=Path,
                        help="the CPU of each step of a by-region run to CSV on this panel, in one process, and stop")
    parser.add_argument("--timeline", metavar="PANEL", type=Path,
                        help="when each thread of a by-region run to CSV on this panel works and waits, and stop")
    parser.add_argument("--repeat", type=int, default=3, help="runs for --floor and --stages (the best is kept)")
    args = parser.parse_args()
    if args.floor is not None:
        floor(args.floor, args.repeat)
        return
    if args.stages is not None:
        stages(args.stages, args.repeat)
        return
    if args.timeline is not None:
        timeline(args.timeline)
        return

    import pyarrow

    import compliance

    print(f"machine: {os.cpu_count()} CPUs, {cpu_model()}; Python {platform.python_version()}, "
          f"pandas {pd.__version__}, pyarrow {pyarrow.__version__}; compliance {compliance.__version__}")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        panel = Path(args.keep) if args.keep else work / "panel.csv"
        start = time.perf_counter()
        rows = make_panel(panel, args.rows)
        size = panel.stat().st_size
        print(f"panel: {rows:,} rows, {size / 2**20:,.0f} MiB, written in {time.perf_counter() - start:.1f} s")
        quarter = work / "quarter.csv"
        make_panel(quarter, rows // 4)
        small = work / "small.csv"
        small_rows = make_panel(small, args.all_rows)

        command = [sys.executable, "-m", "compliance.cli", "check", str(RULES)]
        by = ["--by", "province,county"]
        runs = [
            ("csv, every verdict", panel, rows, ["--period", "2022", "-o", str(work / "v.csv")]),
            ("json, every verdict", panel, rows, ["--period", "2022", "-o", str(work / "v.json")]),
            ("md, summary page", panel, rows, ["--period", "2022", "-o", str(work / "s.md")]),
            ("csv, a quarter of the rows", quarter, rows // 4, ["--period", "2022", "-o", str(work / "q.csv")]),
            ("md, --period all (plan periods)", small, small_rows, ["--period", "all", "-o", str(work / "a.md")]),
        ]
        print()
        print(f"{'`compliance check ... --by province,county`':<46} {'rows':>11} {'wall':>8} {'rows/s':>11} "
              f"{'peak RSS':>10}")
        for name, data, count, extra in runs:
            wall, peak, _ = timed([*command, str(data), *by, *extra])
            print(f"{name:<46} {count:>11,} {wall:>7.2f}s {count / wall:>11,.0f} {peak / 2**20:>7,.0f} MiB")
        print(f"\nwritten: verdicts.csv {(work / 'v.csv').stat().st_size / 2**20:,.0f} MiB, verdicts.json "
              f"{(work / 'v.json').stat().st_size / 2**20:,.0f} MiB; a bare `import pandas, pyarrow` process: "
              f"{timed([sys.executable, '-c', 'import pandas, pyarrow.csv'])[1] / 2**20:,.0f} MiB")


if __name__ == "__main__":
    main()
