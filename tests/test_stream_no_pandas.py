"""A streamed by-region check loads no pandas (issue 12's by-region row: importing pandas alone costs 0.2-0.3 s of
a ~1 s anchor). The batch is a pyarrow Table from the reader to the writer; pandas is imported only for a library
caller's DataFrames (``stream_check(..., arrow=False)``) or a file pyarrow's reader refuses. Checked by module in a
fresh process, never by time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_stream import panel

pytest.importorskip("pyarrow")

RULES = Path(__file__).resolve().parents[1] / "rules" / "haidian-2022.yaml"

#: a fresh interpreter: run the command, say whether pandas was loaded
PROBE = """
import json, sys
from compliance.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "pandas": sorted(m for m in sys.modules if m == "pandas" or m.startswith("pandas."))[:3]}))
"""


def _run(tmp_path: Path, *argv: str) -> dict:
    found = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    return json.loads(found.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("out,extra", [
    ("v.csv", ()), ("v.json", ()), ("v.csv", ("--lang", "en")), ("v.csv", ("--no-explanations",)),
])
def test_a_by_region_run_loads_no_pandas(tmp_path, out, extra):
    data = panel(tmp_path / "panel.csv", regions=7)
    found = _run(tmp_path, "check", str(RULES), str(data), "--by", "province,county", "--period", "2022",
                 "-o", str(tmp_path / out), *extra)
    assert found == {"code": 0, "pandas": []}
    assert (tmp_path / out).stat().st_size > 1000  # every verdict written


def test_every_period_loads_no_pandas(tmp_path):
    """--period all: plan periods rated on arrays (scale.stream.periods) and check's own cells, no pandas."""
    data = panel(tmp_path / "panel.csv", regions=5)
    found = _run(tmp_path, "check", str(RULES), str(data), "--by", "province,county", "--period", "all",
                 "-o", str(tmp_path / "v.csv"))
    assert found == {"code": 0, "pandas": []}


def test_a_library_caller_asking_for_frames_gets_frames(tmp_path):
    pd = pytest.importorskip("pandas")
    from compliance.plans.rules import load_rules
    from compliance.scale.stream import stream_check

    data = panel(tmp_path / "panel.csv", regions=3)
    batches = list(stream_check(load_rules(RULES), data, ["2022"], by=["province", "county"]))
    assert batches and all(isinstance(b, pd.DataFrame) for b in batches)
    assert {"province", "county", "status"} <= set(batches[0].columns)
