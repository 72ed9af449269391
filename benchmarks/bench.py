"""Benchmark the bulk path against a hand-written numpy baseline. Run by hand, not in the test suite:

    python benchmarks/bench.py            # 1,000,000 rows
    python benchmarks/bench.py --rows 200000 --repeat 3

Prints, in one run: rows/s of ``compliance.evaluate_table`` on a synthetic panel whose targets are the
seed plan's phrasings (with each indicator's polarity, unit and measure) and whose reported values
are numbers, then the same panel with reported values as text (about one cell in ten a real
non-numeric phrasing such as ``8-9``, ``35左右``, ``可完成``); the same judgement written by hand
with numpy, and the ratio; peak memory; the cold-start time of ``compliance check`` on the seed
plan and of ``import compliance``; and the machine. Needs ``pip install -e '.[bulk,pandas]'``.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import compliance
from compliance.scale import bulk
from compliance.scale.bulk import evaluate_table

# Each seed target, read by hand: (reading, number). The baseline applies these with numpy; a
# person writes them once. "level": at least X (higher) / at most X (lower); "approx": X give or
# take 5% (beating it is fine); "ge"/"gt"/"le"/"lt": one side; "rate_up": a growth rate above 0;
# None: pending (a reference without a number, or a direction without the previous period).
HAND: dict[str, tuple[str, float] | None] = {
    '1.75': ('level', 1.75), '10': ('level', 10), '10.5\n左右': ('approx', 10.5), '1000': ('level', 1000),
    '10000': ('level', 10000), '10以上': ('ge', 10), '11': ('level', 11), '1350': ('level', 1350),
    '15': ('level', 15), '15左右': ('approx', 15), '3.1': ('level', 3.1), '3.2': ('level', 3.2),
    '312.6': ('level', 312.6), '35左右': ('approx', 35), '36左右': ('approx', 36), '38': ('level', 38),
    '3800左右': ('approx', 3800), '38左右': ('approx', 38), '39': ('level', 39), '4': ('level', 4),
    '4.8': ('level', 4.8), '5.11': ('level', 5.11), '5.5': ('level', 5.5), '5000': ('level', 5000),
    '5000\n左右': ('approx', 5000), '5以上': ('ge', 5), '6': ('level', 6), '6.2': ('level', 6.2), '6以上': ('ge', 6),
    '6左右': ('approx', 6), '7.2（调整为5.5）': ('level', 5.5), '8': ('level', 8), '8左右': ('approx', 8),
    '99.5以上': ('ge', 99.5), '99.7': ('level', 99.7), '<3.2': ('lt', 3.2), '<313.2': ('lt', 313.2),
    '>98.5': ('gt', 98.5), '>99': ('gt', 99), '不超过国家对北京市的要求': None, '不高于全市平均水平': None, '与经济增长基本同步': None,
    '低于全市平均水平（3）': ('lt', 3), '净减1.2平方公里': ('ge', 1.2), '征求意见中（3）': ('level', 3), '控制在3%以内': ('le', 3),
    '稳步\n增长': ('rate_up', 0), '稳步增长': ('rate_up', 0), '累计5000左右': ('approx', 5000), '达到市级\n要求': None,
    '达到市级\n要求（1.36）': ('level', 1.36), '达到市级\n要求（3.2）': ('level', 3.2), '达到市级\n要求（40）': ('level', 40),
    '达到市级\n要求（<0.9）': ('lt', 0.9), '达到市级\n要求（降低到228）': ('level', 228), '达到市级要求': None,
    '达到市级要求（2035年达到37）': ('level', 37), '达到市级要求（32）': ('level', 32), '达到市级要求（33）': ('level', 33),
    '达到市级要求（3）': ('level', 3), '达到市级要求（62）': ('level', 62), '达到市级要求（五年下降14.5）': ('level', 14.5),
    '达到市级要求（五年下降21）': ('level', 21), '达到市级要求（优良水体比例62.5）': ('level', 62.5), '达到市级要求（优良水体比例75）': ('level', 75),
    '逐步\n增加': None,
}
#: real non-numeric reported phrasings (the seed dataset's), mixed into the text run
TEXTS = [
    "8-9", "35左右", "可完成", "-", "10以上", "2.63（市级3.23）", "优良水体比例87.5", "该指标年底出上年数据", "<313.2",
    "完成净减1.2平方公里任务",
]


def seed_combos() -> list[tuple[str, str, str | None, str | None]]:
    from ruamel.yaml import YAML

    indicators = YAML(typ="safe", pure=True).load((ROOT / "rules" / "haidian-2022.yaml").read_text(encoding="utf-8"))
    combos = {
        (text, ind["polarity"], ind.get("unit"), ind.get("measure"))
        for ind in indicators["indicators"]
        for text in ind["targets"].values()
    }
    return sorted(combos, key=repr)


def make_panel(rows: int, seed: int = 2022) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    combos = seed_combos()
    pick = rng.integers(0, len(combos), rows)
    centre = np.array([(HAND[c[0]] or ("", 5.0))[1] or 5.0 for c in combos])[pick]
    reported = np.round(centre * rng.uniform(0.8, 1.2, rows), 1)
    column = lambda k: np.array([c[k] for c in combos], dtype=object)[pick]
    return pd.DataFrame(
        {"target": column(0), "polarity": column(1), "unit": column(2), "measure": column(3), "reported": reported}
    )


def as_text(panel: pd.DataFrame, seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    text = panel["reported"].map("{:.1f}".format).to_numpy(dtype=object)
    swap = rng.random(len(text)) < 0.1
    text[swap] = np.array(TEXTS, dtype=object)[rng.integers(0, len(TEXTS), int(swap.sum()))]
    return panel.assign(reported=text)


OPTIONS = {"polarity": "polarity", "unit": "unit", "measure": "measure"}


def numpy_baseline(panel: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The same judgement written by hand: per (target, polarity), bounds from HAND; then comparisons.

    Returns status codes (0 met, 1 missed, 2 pending) and gaps. Factorising the text columns is part
    of the work (the panel arrives as text), so it is timed too.
    """
    t_codes, texts = pd.factorize(panel["target"])
    p_codes, polarities = pd.factorize(panel["polarity"])
    codes = t_codes * len(polarities) + p_codes
    k = len(texts) * len(polarities)
    lo, hi = np.full(k, -np.inf), np.full(k, np.inf)
    lo_closed, hi_closed, pending = np.zeros(k, bool), np.zeros(k, bool), np.zeros(k, bool)
    for i in range(k):
        text, polarity = texts[i // len(polarities)], polarities[i % len(polarities)]
        reading = HAND[text]
        if reading is None:
            pending[i] = True
            continue
        how, x = reading
        if how == "approx":
            how, x = ("ge" if polarity == "higher" else "le"), (x * 0.95 if polarity == "higher" else x * 1.05)
        elif how == "level":
            how = "ge" if polarity == "higher" else "le"
        elif how == "rate_up":
            how = "gt"
        if how in ("ge", "gt"):
            lo[i], lo_closed[i] = x, how == "ge"
        else:
            hi[i], hi_closed[i] = x, how == "le"
    p = panel["reported"].to_numpy()
    row_lo, row_hi = lo[codes], hi[codes]
    ok_lo = (p > row_lo) | ((p == row_lo) & lo_closed[codes])
    ok_hi = (p < row_hi) | ((p == row_hi) & hi_closed[codes])
    status = np.where(pending[codes] | np.isnan(p), 2, np.where(ok_lo & ok_hi, 0, 1))
    gap = np.where(np.isfinite(row_lo), p - row_lo, p - row_hi)
    gap[status == 2] = np.nan
    return status, gap


def cold_caches() -> None:
    """Forget parsed texts between runs, so every timed run parses its distinct cells afresh."""
    bulk._parse_reported.cache_clear()
    bulk._parse_target.cache_clear()


def best(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        cold_caches()
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def peak_traced(fn) -> int:
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def cold(argv: list[str], repeat: int) -> tuple[float, float]:
    """Best and median wall time of a fresh interpreter running ``argv``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def _proc_status(field: str) -> int:
    """A memory figure of this process in KiB (Linux /proc; the peak from getrusage elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="best of N for each timing")
    parser.add_argument("--rss", choices=("numeric", "text"), help=argparse.SUPPRESS)  # child: peak RSS of one run
    args = parser.parse_args()
    n = args.rows
    if args.rss:
        panel = make_panel(n) if args.rss == "numeric" else as_text(make_panel(n))
        gc.collect()
        reset = Path("/proc/self/clear_refs")
        if reset.exists():  # Linux: reset the high-water mark, so it shows this call's peak, not the panel's build
            reset.write_text("5")
        before = _proc_status("VmRSS")
        evaluate_table(panel, **OPTIONS)
        print(before, _proc_status("VmHWM") if reset.exists() else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        return
    print(f"machine: {os.cpu_count()} CPUs, {cpu_model()}; Python {platform.python_version()}, "
          f"numpy {np.__version__}, pandas {pd.__version__}; compliance {compliance.__version__}")

    panel = make_panel(n)
    text_panel = as_text(panel)
    print(f"panel: {n:,} rows, {panel['target'].nunique()} seed target phrasings, "
          f"{panel['reported'].nunique():,} distinct figures; "
          f"text run: {text_panel['reported'].nunique():,} distinct cells")

    evaluate_table(panel.head(1000), **OPTIONS)  # warm the parse caches' code paths, not the data
    t_bulk, verdicts = best(lambda: evaluate_table(panel, **OPTIONS), args.repeat)
    t_base, (base_status, base_gap) = best(lambda: numpy_baseline(panel), args.repeat)
    t_text, text_verdicts = best(lambda: evaluate_table(text_panel, **OPTIONS), args.repeat)

    status = verdicts.status_codes
    agree = float(np.mean(status == base_status))
    both = np.isfinite(verdicts.gap) & np.isfinite(base_gap)
    gap_diff = float(np.max(np.abs(verdicts.gap[both] - base_gap[both]))) if both.any() else 0.0
    print()
    print(f"evaluate_table, numeric reported : {t_bulk:7.3f} s  {n / t_bulk:>12,.0f} rows/s   {verdicts.counts()}")
    print(f"numpy baseline (hand-written)    : {t_base:7.3f} s  {n / t_base:>12,.0f} rows/s")
    print(f"ratio evaluate_table / baseline  : {t_bulk / t_base:7.2f} x")
    print(f"evaluate_table, text reported    : {t_text:7.3f} s  {n / t_text:>12,.0f} rows/s   {text_verdicts.counts()}")
    print(f"baseline agrees on status        : {agree:.4%} of rows "
          f"(largest gap difference {gap_diff:.2g}: float vs exact decimal)")

    if "polars" in sys.modules or _has("polars"):
        import polars as pl

        frame = pl.from_pandas(panel.astype({"target": object, "polarity": object, "unit": object, "measure": object}))
        t_polars, _ = best(lambda: evaluate_table(frame, **OPTIONS), args.repeat)
        print(f"evaluate_table, polars frame     : {t_polars:7.3f} s  {n / t_polars:>12,.0f} rows/s")

    cold_caches()
    peak_numeric = peak_traced(lambda: evaluate_table(panel, **OPTIONS))
    peak_text = peak_traced(lambda: evaluate_table(text_panel, **OPTIONS))
    print(f"peak memory allocated within the call (tracemalloc): numeric {peak_numeric / 2**20:.0f} MiB, "
          f"text {peak_text / 2**20:.0f} MiB")
    for kind in ("numeric", "text"):
        child = [sys.executable, __file__, "--rows", str(n), "--rss", kind]
        out = subprocess.run(child, check=True, capture_output=True, text=True)
        before, after = (int(x) / 1024 for x in out.stdout.split())  # KiB on Linux
        print(f"peak RSS while judging the {kind} panel (fresh process): {after:.0f} MiB, "
              f"of which the panel itself {before:.0f} MiB")

    runs = max(5, args.repeat)
    check_best, check_median = cold([sys.executable, "-m", "compliance.cli", "check"], runs)
    import_best, import_median = cold([sys.executable, "-c", "import compliance"], runs)
    bare_best, _ = cold([sys.executable, "-c", "pass"], runs)
    print()
    print(f"`compliance check` (seed plan), cold process : best {check_best:.3f} s, "
          f"median {check_median:.3f} s (of {runs})")
    print(f"`import compliance`, cold process            : best {import_best:.3f} s, median {import_median:.3f} s "
          f"(bare interpreter {bare_best:.3f} s, so the import itself {import_best - bare_best:.3f} s)")


if __name__ == "__main__":
    main()
