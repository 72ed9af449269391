"""What building a by-region run's CSV rows **per template** would cost: a sketch for issue 12's by-region row, run by
hand (docs/performance.md, "The by-region row at stop 28").

    python benchmarks/rows_per_template.py

Today a streamed run builds each *distinct verdict*'s cells once (18% of the 1M panel's rows) and then each row's bytes
from them (``compliance.scale.stream.rows`` and ``compliance.report._streamed.CsvParts``): about 6-7 us of CPU a
distinct verdict. The design sketched here builds each row from its *template* (rule, status, reason, progress and the
shape of its figures: a few hundred a run) and per-row texts made by arrow kernels (the value cast from float64, the gap
from scaled integers, the line number, the region, the reported text), with one ``take`` of every row's pieces. The
data are synthetic, the sizes those of the 1M panel's run (526,416 rows in 11 batches, ~230 MiB of CSV): the figure is
the floor of that design's row building, not a measurement of the engine.
"""

from __future__ import annotations

import time

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

ROWS, BATCHES, TEMPLATES, TEXTS = 526_416, 11, 400, 9  #: TEXTS: a template's fixed texts (between its holes)
TAKE = 8_192  #: rows taken at a time, as CsvParts.lines


def build(rng: np.random.Generator) -> tuple[float, int, dict[str, float]]:
    """One run's rows: CPU seconds, bytes made, and the CPU of each step."""
    fixed = pa.array([("目标“<313.2”即 < 313.2万人；报告值“" if k % 3 == 0 else '","约束性","区发展改革委","万人","')
                      for k in range(TEMPLATES * TEXTS)])
    per = ROWS // BATCHES
    steps = dict.fromkeys(("figures as text", "index of the pieces", "take"), 0.0)
    made, start = 0, time.process_time()
    for batch in range(BATCHES):
        clock = time.process_time()
        template = rng.integers(0, TEMPLATES, per)
        value = np.round(rng.uniform(0, 500, per), 1)
        scaled = np.round(value * 10).astype(np.int64) - 3132  # the gap from scaled integers: exact, as check writes it
        value_text = pc.cast(pa.array(value), pa.string())
        gap_text = pc.binary_join_element_wise(pc.cast(pa.array(np.abs(scaled) // 10), pa.string()),
                                               pc.cast(pa.array(np.abs(scaled) % 10), pa.string()), ".")
        line = pc.cast(pa.array(np.arange(batch * per, (batch + 1) * per) + 2), pa.string())
        region = pc.cast(pa.array(np.repeat(np.arange(per // 31 + 1), 31)[:per]), pa.string())
        pieces = pa.concat_arrays([fixed, value_text, gap_text, line, region])
        steps["figures as text"] += time.process_time() - clock
        clock = time.process_time()
        value_at, gap_at = len(fixed), len(fixed) + per
        line_at, region_at = gap_at + per, gap_at + 2 * per
        row = np.arange(per)
        holes = [value_at + row, gap_at + row, line_at + row, value_at + row]
        at = np.empty((per, 2 * TEXTS + 1), dtype=np.int64)
        at[:, 0] = region_at + row
        for k in range(TEXTS):
            at[:, 2 * k + 1] = template * TEXTS + k
            at[:, 2 * k + 2] = holes[k % len(holes)]
        steps["index of the pieces"] += time.process_time() - clock
        clock = time.process_time()
        for first in range(0, per, TAKE):
            rows = pieces.take(pa.array(at[first:first + TAKE].reshape(-1)))
            made += rows.buffers()[2].size
        steps["take"] += time.process_time() - clock
    return time.process_time() - start, made, steps


def main() -> None:
    rng = np.random.default_rng(2022)
    runs = [build(rng) for _ in range(3)]
    cpu, made, steps = min(runs, key=lambda run: run[0])
    print(f"rows per template: {ROWS:,} rows in {BATCHES} batches, {2 * TEXTS + 1} pieces a row, "
          f"{made / 2**20:,.0f} MiB; best of 3: {cpu:.3f} s CPU")
    for name, seconds in steps.items():
        print(f"  {name:<22} {seconds:.3f} s")


if __name__ == "__main__":
    main()
