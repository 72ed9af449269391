"""Bulletin sentences with several figures (``bulletins_s27.tsv``): paragraphs of 2023 and 2024 统计公报 of counties,
county-level cities and districts new to the corpus (龙华, 秀山, 开州, 宜章, 宁远, 宁乡, 双牌, 临湘, 古丈, 洛南), each judged against
a target of the same year: the province's (广东, 陕西 and 重庆 2024, 湖南 and 重庆 2023; no county's own target was found) or,
for one price row, the nation's, copied verbatim with both addresses in the row (``source``, ``target_source``).

A paragraph holds a level, a growth, the three sectors, shares, a per-head figure, part years or a 其中 figure; the row
says which figure a careful reader takes for the target (``expected_value``) and the verdict, or pending where the
paragraph has no figure of the target's indicator. Each row goes through ``compliance.evaluate`` as the corpus's outcome
rows do (``measure.judge_outcome``: the figure picked and the verdict); a row marked ``leftover`` must still fail, with
its reason, so a fix has to remove the mark.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import setcheck

HERE = Path(__file__).parent
ROWS = HERE / "bulletins_s27.tsv"
#: the places of the bulletins, none in an earlier set's documents
PLACES = ("龙华", "秀山", "开州", "宜章", "宁远", "宁乡", "双牌", "临湘", "古丈", "洛南")


def _lines() -> list[dict[str, str]]:
    return setcheck.bulletin_lines(ROWS)


def _params():
    return setcheck.bulletin_params(ROWS)


def test_the_rows_are_sourced_unique_and_mixed():
    setcheck.check_bulletin_rows(ROWS, met=8, missed=8, pending=4, documents=11)


def test_a_target_is_judged_either_side_within_the_set():
    """The same target text is met by one bulletin's figure and missed by another's (6.5%左右: 6.5 met, 5.1 missed)."""
    verdicts: dict[str, set[str]] = {}
    for line in _lines():
        verdicts.setdefault(line["target"], set()).add(line["verdict"])
    both = [target for target, seen in verdicts.items() if {"met", "missed"} <= seen]
    assert len(both) >= 3, both


def test_the_places_are_new_to_the_corpus():
    sources = (HERE / "SOURCES.md").read_text(encoding="utf-8")
    docs = {line["doc"] for line in _lines()}
    for place in PLACES:
        assert place not in sources, place
        assert any(place in doc for doc in docs), place


@pytest.mark.parametrize("line", _params())
def test_the_bulletin_row_is_judged_as_a_careful_reader_does(line):
    setcheck.check_bulletin_row(line)
