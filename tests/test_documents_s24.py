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


LIXIA = ("2月24日,济南市历下区第十九届人民代表大会第一次会议开幕。今年的主要预期目标是:地区生产总值增长8%以上,"
         "一般公共预算收入增长9%。历下将在确保完成计划目标的基础上,勇挑重担、自我加压。\n")


def test_the_own_place_is_read_under_a_parent_place(tmp_path):
    from compliance.documents.places import own_places
    from compliance.documents.readers import read_document

    (tmp_path / "t.txt").write_text(LIXIA, encoding="utf-8")
    assert own_places(read_document(tmp_path / "t.txt")) == ("历下",)
    (tmp_path / "t.txt").write_text("2月8日,襄阳市第十八届人民代表大会第二次会议开幕。", encoding="utf-8")
    assert own_places(read_document(tmp_path / "t.txt")) == ("襄阳",)  # no parent: as before


def test_another_places_figure_is_not_taken(tmp_path):
    reported = _reported(tmp_path, "2022年,起步区地区生产总值累计同比增长9.7%,在各区县中排在首位。\n", LIXIA, "2022")
    assert reported["地区生产总值"] is None  # 起步区's, not 历下区's: unmatched, no WRONG MET
    reported = _reported(tmp_path, "2022年,济南市全市生产总值同比增长3.1%。\n", LIXIA, "2022")
    assert reported["地区生产总值"] is None  # the city's, not the district's


def test_the_own_places_figure_is_taken(tmp_path):
    reported = _reported(tmp_path, "2022年,历下区地区生产总值同比增长4.5%。\n", LIXIA, "2022")
    assert reported["地区生产总值"] == "地区生产总值同比增长4.5%"
    reported = _reported(tmp_path, "2022年,全区地区生产总值同比增长4.5%。\n", LIXIA, "2022")  # 全区: no place
    assert reported["地区生产总值"] == "地区生产总值同比增长4.5%"


def test_with_no_own_place_known_no_place_is_another(tmp_path):
    # a news copy naming no congress: the targets' place is unknown, a place before a name sets nothing aside
    targets = "今年的主要预期目标是:地区生产总值增长8%以上,一般公共预算收入增长9%。\n"
    reported = _reported(tmp_path, "2022年,起步区地区生产总值同比增长9.7%。\n", targets, "2022")
    assert reported["地区生产总值"] == "地区生产总值同比增长9.7%"


def test_a_growth_with_no_name_before_a_level_is_the_names_growth(tmp_path):
    outcomes = "2022年,历下区“老大”的位置依然稳固,累计同比增长4.5%,地区生产总值达到2282.9亿元。\n"
    assert _reported(tmp_path, outcomes, LIXIA, "2022")["地区生产总值"] == "累计同比增长4.5%"


def test_a_growth_after_another_figure_is_not_the_next_names(tmp_path):
    # 同比增长8% goes on about 规上工业增加值86亿元: not the GDP's
    outcomes = "2022年,规上工业增加值86亿元,同比增长8%,地区生产总值达到2282.9亿元。\n"
    reported = _reported(tmp_path, outcomes, LIXIA, "2022")["地区生产总值"]
    assert reported is None or "8%" not in reported
    # the name's own growth after it wins over one before it
    outcomes = "2022年,历下区位置稳固,同比增长4.5%,地区生产总值达到2282.9亿元,同比增长5%。\n"
    assert "5%" in (_reported(tmp_path, outcomes, LIXIA, "2022")["地区生产总值"] or "")


def test_an_aim_after_the_targets_is_no_target_and_no_claim(tmp_path):
    from compliance.documents import claims

    (tmp_path / "t.txt").write_text(LIXIA, encoding="utf-8")
    (tmp_path / "o.txt").write_text("2022年,历下区地区生产总值同比增长4.5%。\n", encoding="utf-8")
    plan = load(extract(tmp_path / "t.txt", outcomes=tmp_path / "o.txt", year="2022", outcome_year="2022"))
    assert [i.found.name for i in plan.extraction.indicators] == ["地区生产总值", "一般公共预算收入"]
    assert [c.text for c in claims(plan)] == []
    # the claim phrase without the aim's word is still a claim
    (tmp_path / "o.txt").write_text("2022年,历下区地区生产总值同比增长4.5%,完成计划目标。\n", encoding="utf-8")
    plan = load(extract(tmp_path / "t.txt", outcomes=tmp_path / "o.txt", year="2022", outcome_year="2022"))
    assert len(claims(plan)) == 1


def _targets(tmp_path, body: str) -> dict[str, str]:
    (tmp_path / "t.txt").write_text("2025年主要预期目标是:" + body + "\n", encoding="utf-8")
    plan = load(extract(tmp_path / "t.txt", year="2025"))
    return {i.found.name: i.found.targets["2025"].text for i in plan.extraction.indicators}


def test_a_respectively_list_of_qualified_values_joined_by_and_stays_one_list(tmp_path):
    assert _targets(tmp_path, "地区生产总值增长5.5%左右;城乡居民人均可支配收入分别增长5.5%左右和6%左右。") == {
        "地区生产总值": "增长5.5%左右", "城镇居民人均可支配收入": "增长5.5%左右", "农村居民人均可支配收入": "增长6%左右"}
    # a qualifier a name follows is still cut there (4.3%左右居民人均可支配收入…)
    assert _targets(tmp_path, "地区生产总值增长5.5%左右居民人均可支配收入增长5%左右。") == {
        "地区生产总值": "增长5.5%左右", "居民人均可支配收入": "增长5%左右"}


def test_a_reasonable_growth_is_the_target_not_part_of_the_name(tmp_path):
    assert _targets(tmp_path, "地区生产总值增长5.5%左右;固定资产投资合理增长。") == {
        "地区生产总值": "增长5.5%左右", "固定资产投资": "合理增长"}


def test_handed_down_starts_no_target(tmp_path):
    found = _targets(tmp_path, "地区生产总值增长5.5%左右;完成省下达的节能减排降碳约束性指标和环境质量改善目标。")
    assert found == {"地区生产总值": "增长5.5%左右"}
    # 达 alone still starts one
    assert _targets(tmp_path, "地区生产总值达1.5万亿元。") == {"地区生产总值": "达1.5万亿元"}


def test_the_plans_name_drops_a_sections_number(tmp_path):
    # 池州 2025's targets copy opens with the report's part heading
    (tmp_path / "t.txt").write_text("二、2025年工作安排\n今年的主要预期目标是:地区生产总值增长6.5%以上。\n", encoding="utf-8")
    assert extract(tmp_path / "t.txt", year="2025").plan_name == "2025年工作安排"
    (tmp_path / "t.txt").write_text("2025年工作安排\n今年的主要预期目标是:地区生产总值增长6.5%以上。\n", encoding="utf-8")
    assert extract(tmp_path / "t.txt", year="2025").plan_name == "2025年工作安排"


def test_no_common_year_says_whether_outcomes_were_given(tmp_path, capsys):
    # checking a pair whose outcomes report nothing the targets name: the hint no longer asks for the outcomes
    from compliance.cli import main

    (tmp_path / "t.txt").write_text("2025年主要预期目标：地区生产总值增长5%左右。\n", encoding="utf-8")
    (tmp_path / "o.txt").write_text("今年天气很好，游客很多。\n", encoding="utf-8")
    assert main(["check", "--document", str(tmp_path / "t.txt"), "--outcomes", str(tmp_path / "o.txt")]) == 2
    err = capsys.readouterr().err
    assert "the outcomes given report no figure" in err and "--outcomes DOC" not in err
    assert main(["check", "--document", str(tmp_path / "t.txt")]) == 2
    assert "or the outcomes with --outcomes DOC" in capsys.readouterr().err
