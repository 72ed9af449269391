"""The streamed reader looks at a repeated text once: a note of several lines met on many regions' rows is
checked for swallowed rows the first time only, and a column of short cells is not counted character by
character for the length limit. What it finds must not change: a quote that swallows rows after the same
note was seen clean on other rows is still an error at its line, and the limit counts characters, not bytes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED_RULES

from compliance.errors import InputError
from compliance.plans.datasets import MAX_CELL
from compliance.plans.rules import load_rules
from compliance.scale.stream import stream_check

pytest.importorskip("pandas")
pytest.importorskip("pyarrow.csv")

RULES = load_rules(SEED_RULES)
NOTE = '"附件1\n（续）"'  # a source note of two lines: no row in it


def _panel(tmp_path: Path, regions: int, last: list[str]) -> Path:
    lines = ["county,indicator,period,reported,source"]
    for r in range(regions):
        lines += [f"c{r:04d},gdp_growth,2022,{5 + r % 3},{NOTE}", f"c{r:04d},water_use,2022,3.1,附件1"]
    path = tmp_path / "panel.csv"
    path.write_text("\n".join(lines + last) + "\n", encoding="utf-8")
    return path


def _run(path: Path, chunksize: int = 50):
    return stream_check(RULES, path, ["2022"], as_of=2022, by=["county"], chunksize=chunksize).run()


def test_a_repeated_note_of_several_lines_is_read_on_every_row(tmp_path):
    summary = _run(_panel(tmp_path, 300, []))
    assert summary.rows_read == 600 and summary.regions == 300


@pytest.mark.parametrize("chunksize", [7, 50, 5000])
def test_a_quote_that_swallows_rows_after_the_clean_note_is_still_refused_at_its_line(tmp_path, chunksize):
    # 300 regions of two rows each, every gdp_growth row with the same two-line note (lines 2-901), then a
    # row whose quote opens in its source cell and swallows two rows of a known indicator
    swallowing = ['zz,gdp_growth,2022,4,"附件1', "zz,water_use,2022,3.1,附件1", 'zz,pm25,2022,30,附件1"']
    path = _panel(tmp_path, 300, swallowing)
    with pytest.raises(InputError) as caught:
        _run(path, chunksize)
    assert caught.value.line == 902  # 1 header + 300 regions x (2 + 1) lines
    assert "is not closed before line 903" in caught.value.message


def test_the_length_limit_counts_characters_not_bytes(tmp_path):
    at_limit = "长" * MAX_CELL  # 10,000 characters, 30,000 bytes of UTF-8: read
    path = _panel(tmp_path, 3, [f"zz,gdp_growth,2022,{at_limit},附件1"])
    assert _run(path).rows_read == 7
    over = _panel(tmp_path, 3, [f"zz,gdp_growth,2022,{at_limit}长,附件1"])
    with pytest.raises(InputError) as caught:
        _run(over)
    assert caught.value.message.startswith(f"the reported value of gdp_growth 2022 is {MAX_CELL + 1:,} characters")


@pytest.mark.parametrize("chunksize", [3, 50, 5000])
@pytest.mark.parametrize("again", [1, 150])  # the region resumes next to its own rows' batch, or far after it
def test_a_region_whose_rows_resume_is_refused_at_the_line_they_resume(tmp_path, chunksize, again):
    path = _panel(tmp_path, 300, [])
    lines = path.read_text(encoding="utf-8").splitlines()
    # region c0100's rows end on line 304 (header, then 3 lines a region); a row of it after region c{100+again}
    at = 1 + 3 * (101 + again)
    lines.insert(at, "c0100,pm25,2022,30,附件1")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        _run(path, chunksize)
    assert caught.value.line == at + 1
    assert caught.value.message == ("the rows of region c0100 go on here after other regions' rows "
                                    "(its earlier rows end on line 304)")
