"""Bulletin paragraphs with several figures, a second set (``bulletins_s28.tsv``): paragraphs of 统计公报 and statistics
releases of 2021-2024 from cities, counties and districts new to the corpus (宁德 and its district 蕉城, 缙云, 云和, 中江,
旌德, 陇西, 渑池, 嵩县, 闻喜, 潘集, 潮州), each judged against a verbatim target of the same year: the province's where the
corpus has it (福建 2023, 浙江 2023, 广东 2024), else the nation's (2021, 2022, 2023), cited by file and id in the note and
with both addresses in the row (``source``, ``target_source``).

A paragraph holds the figure a careful reader takes among others that are easy to take instead: incomes with their
levels and increments, retail sales beside farm output and services, industry's pull on the economy, 进出口 under a
heading of 出口, a quarter's or three quarters' figures, sectors in a 分别 list, a two-year average and last year's revised
growth beside the year's fall, a margin over the city, a price index written with %, a sub-item of investment. The row
says the figure (``expected_value``) and the verdict, or pending where the paragraph holds no figure of the target's
indicator for the year. Each row is judged as ``measure.py`` judges an outcome row; a row marked ``leftover`` must still
fail, with its reason, so a fix has to remove the mark.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import setcheck

HERE = Path(__file__).parent
ROWS = HERE / "bulletins_s28.tsv"
#: the places of the paragraphs, none in SOURCES.md before this set's section
PLACES = ("宁德", "蕉城", "缙云", "云和", "中江", "旌德", "陇西", "渑池", "嵩县", "闻喜", "潘集", "潮州")
#: the files the targets are cited from (``targets.tsv t0059`` in a row's note)
CITED = ("targets.tsv", "targets_twelfth.tsv", "targets_fourteenth.tsv")


def _lines() -> list[dict[str, str]]:
    return setcheck.bulletin_lines(ROWS)


def _params():
    return setcheck.bulletin_params(ROWS)


def test_the_rows_are_sourced_unique_and_mixed():
    setcheck.check_bulletin_rows(ROWS, met=10, missed=6, pending=15, documents=12)


def test_each_target_is_the_cited_rows_text():
    """The note cites the target's row in an earlier set (``targets_fourteenth.tsv tq019``): its text is the target's,
    so a target is never retyped."""
    measure = setcheck.load_measure()
    cited = {name: {row.id: row.text for row in measure.load_targets(HERE / name)} for name in CITED}
    for line in _lines():
        name = next(name for name in CITED if f"{name} " in line["note"])
        row_id = line["note"].split(f"{name} ", 1)[1].split(")")[0].split(";")[0]
        assert cited[name][row_id] == line["target"], line["id"]


def test_a_target_is_judged_either_side_within_the_set():
    """The same target is met by one paragraph's figure and missed by another's (5.5%左右: 闻喜's 6.4, 嵩县's 4.2)."""
    verdicts: dict[str, set[str]] = {}
    for line in _lines():
        verdicts.setdefault(line["target"], set()).add(line["verdict"])
    both = [target for target, seen in verdicts.items() if {"met", "missed"} <= seen]
    assert len(both) >= 1, both


def test_the_documents_are_listed_and_the_places_new():
    setcheck.check_sources((ROWS,), "## Bulletin paragraphs with several figures, s28", PLACES)
    docs = {line["doc"] for line in _lines()}
    for place in PLACES:
        assert any(place in doc for doc in docs), place


@pytest.mark.parametrize("line", _params())
def test_the_bulletin_row_is_judged_as_a_careful_reader_does(line):
    setcheck.check_bulletin_row(line)
