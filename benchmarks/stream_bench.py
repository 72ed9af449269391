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


def timed(argv: list[str]) -> tuple[float, int, int]:
    """Wall seconds, peak RSS (bytes) and exit code of one fresh process."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode() if process.stderr else ""
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} failed ({process.returncode}): {error}")
    return wall, usage.ru_maxrss * 1024, process.returncode


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2_000_000)
    parser.add_argument("--all-rows", type=int, default=100_000, help="rows of the --period all run")
    parser.add_argument("--keep", metavar="CSV", help="write the panel here and keep it")
    args = parser.parse_args()

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
