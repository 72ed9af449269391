"""A streamed by-region check loads no numpy.ma (~6.5 ms CPU of a ~1 s anchor): ``np.unique`` imports it on its
first call, so the streamed path finds distinct codes with ``bincount``/``factorize`` instead. Checked by module in
a fresh process, never by time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_stream import panel

pytest.importorskip("pyarrow")

RULES = Path(__file__).resolve().parents[1] / "rules" / "haidian-2022.yaml"

PROBE = """
import json, sys
from compliance.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "ma": sorted(m for m in sys.modules if m == "numpy.ma" or m.startswith("numpy.ma."))}))
"""


@pytest.mark.parametrize("extra", [(), ("--lang", "en"), ("--no-explanations",)])
def test_a_by_region_run_loads_no_numpy_ma(tmp_path, extra):
    data = panel(tmp_path / "panel.csv", regions=7)
    found = subprocess.run([sys.executable, "-c", PROBE, "check", str(RULES), str(data), "--by", "province,county",
                            "--period", "2022", "-o", str(tmp_path / "v.csv"), *extra],
                           capture_output=True, text=True, cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout.strip().splitlines()[-1]) == {"code": 0, "ma": []}
    assert (tmp_path / "v.csv").stat().st_size > 1000  # every verdict written
