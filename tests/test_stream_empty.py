"""A streamed check of a file with a header and no data rows is refused, never "0 verdicts, none missed".

An empty export (a failed upstream query) used to stream to an empty report with exit 0, so
`--fail-on pending` let it through while the whole-table check judged every target pending.
"""

from __future__ import annotations

import pytest
from conftest import SEED_DATA, SEED_RULES

from compliance.cli import main
from compliance.errors import InputError
from compliance.plans.rules import load_rules
from compliance.scale.stream import stream_check

pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

EMPTY = {
    "header only": "indicator,period,reported,source\n",
    "BOM, CRLF and blank lines": "\ufeffindicator,period,reported,source\r\n\r\n\r\n",
}


@pytest.mark.parametrize("text", EMPTY.values(), ids=EMPTY.keys())
def test_an_empty_file_fails_the_gate_and_writes_nothing(tmp_path, capsys, text):
    data = tmp_path / "empty.csv"
    data.write_text(text, encoding="utf-8", newline="")
    out = tmp_path / "report.md"
    code = main(["check", str(SEED_RULES), str(data), "--stream", "--period", "2022", "--fail-on", "pending",
                 "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{data}: the file has no data rows" in err and "Traceback" not in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.csv"]  # no temporary file left behind


def test_the_library_raises_a_positioned_input_error(tmp_path):
    data = tmp_path / "empty.csv"
    data.write_text(EMPTY["header only"], encoding="utf-8")
    with pytest.raises(InputError) as caught:
        stream_check(load_rules(SEED_RULES), data, ["2022"]).run()
    assert caught.value.file == str(data)


def test_one_data_row_is_enough_to_judge(tmp_path):
    """The refusal is about an empty file, not a sparse one: one row streams, its other targets pending."""
    lines = SEED_DATA.read_text(encoding="utf-8").splitlines()
    header, row = lines[0], next(line for line in lines[1:] if line.startswith("gdp_growth,2022,"))
    data = tmp_path / "one.csv"
    data.write_text(f"{header}\n{row}\n", encoding="utf-8")
    summary = stream_check(load_rules(SEED_RULES), data, ["2022"]).run()
    assert summary.rows_read == 1 and summary.regions == 1
    assert summary.by_status.missed == 1  # GDP 4 against 6以上
    assert summary.by_status.met == 0 and summary.by_status.pending == summary.verdicts - 1
