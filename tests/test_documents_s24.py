"""What stop 24's new real pairs (tests/documents/pairs: 池州 2025, …) showed on first sight, as general readings of
a document, each with a guard either side:

* an estimate's ``预计`` in front of a 分别 list of names (``预计城镇、农村居民人均可支配收入分别增长4.6%、5.8%``) is no part of
  the first name: each name of the list takes its own figure (before, the list's shared tail was cut at the length of
  ``预计城镇`` and the first name was ``预计城镇人均可支配收入``, no indicator's).
"""

from __future__ import annotations

from compliance.documents import extract, load

TARGETS = "今年经济社会发展的主要预期目标是:地区生产总值增长6.5%以上,城乡居民人均可支配收入分别增长5.5%、7%。\n"


def _reported(tmp_path, outcomes: str, targets: str = TARGETS, year: str = "2025") -> dict[str, str | None]:
    (tmp_path / "t.txt").write_text(targets, encoding="utf-8")
    (tmp_path / "o.txt").write_text(outcomes, encoding="utf-8")
    plan = load(extract(tmp_path / "t.txt", outcomes=tmp_path / "o.txt", year=year, outcome_year=year))
    return {i.found.name: (i.found.reported[year].text if year in i.found.reported else None)
            for i in plan.extraction.indicators}


def test_an_estimate_word_before_a_list_of_names_is_no_part_of_the_first(tmp_path):
    reported = _reported(tmp_path, "全年地区生产总值增长5.3%。预计城镇、农村居民人均可支配收入分别增长4.6%、5.8%。\n")
    assert reported == {"地区生产总值": "地区生产总值增长5.3%",
                        "城镇居民人均可支配收入": "城镇居民人均可支配收入增长4.6%",
                        "农村居民人均可支配收入": "农村居民人均可支配收入增长5.8%"}


def test_the_list_without_the_estimate_word_reads_as_before(tmp_path):
    reported = _reported(tmp_path, "全年地区生产总值增长5.3%。城镇、农村居民人均可支配收入分别增长4.6%、5.8%。\n")
    assert reported["城镇居民人均可支配收入"] == "城镇居民人均可支配收入增长4.6%"
    assert reported["农村居民人均可支配收入"] == "农村居民人均可支配收入增长5.8%"


def test_an_estimate_of_one_name_still_gives_its_figure(tmp_path):
    # 预计 before a single name (no list): the figure is the name's, as it was
    reported = _reported(tmp_path, "预计全年地区生产总值增长5.3%,城乡居民人均可支配收入分别增长4.6%、5.8%。\n")
    assert reported["地区生产总值"] is not None and "5.3" in reported["地区生产总值"]
    assert reported["城镇居民人均可支配收入"] is not None and "4.6" in reported["城镇居民人均可支配收入"]


def test_an_estimate_word_alone_is_no_name(tmp_path):
    # 预计增长5%: no name before the figure; nothing is given to an indicator the sentence does not name
    reported = _reported(tmp_path, "预计增长5%左右。\n")
    assert reported == {"地区生产总值": None, "城镇居民人均可支配收入": None, "农村居民人均可支配收入": None}
