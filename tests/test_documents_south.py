"""What stop 23's new real pairs (tests/documents/pairs: 高州 2022, 攀枝花 2023, 襄阳 2023) showed on first sight, as
general readings of a document, each with a guard either side:

* a clause with no name that gives the growth of the clause before it (``经济总量力争实现6400亿元，同比增长7.5%左右``) is
  one target with it (a level and its growth), not an indicator named ``同比`` that took another indicator's figure
  (``1—11月,我市固定资产投资同比增长5.8%``);
* a day of the year opening a news report (``1月5日上午``) states no target;
* in a news report read without a lead-in, a sentence naming no year goes on in the year of the sentence before it
  (``2022年,…。全年新引进亿元以上项目1403个``: 2022's), and a sentence about a year before the caller's year of the
  targets is the past, not a target;
* the document's own place (``襄阳市第十八届人民代表大会``) opening a target's name goes when the rest is a known name;
* an outcome sentence inside another year's account (``2021年，…。预计，全市实现地区生产总值672.86亿元``) gives no
  figure to this year's target.
"""

from __future__ import annotations

from compliance.documents import extract, judge, load
from compliance.documents.places import without_place


def _plan(tmp_path, targets: str, outcomes: str, year: str | None = "2023"):
    (tmp_path / "t.txt").write_text(targets, encoding="utf-8")
    (tmp_path / "o.txt").write_text(outcomes, encoding="utf-8")
    return load(extract(tmp_path / "t.txt", outcomes=tmp_path / "o.txt", year=year, outcome_year=year))


NEWS = ("1月5日上午,襄阳市第十八届人民代表大会第二次会议上的市政府工作报告提出,2023年襄阳经济总量力争实现6400亿元,"
        "同比增长7.5%左右,加快建设省域副中心城市。\n\n"
        "2022年,襄阳经济回稳向好势头持续巩固,预计全年地区生产总值增长6%左右,总量突破5800亿元。全年新引进亿元以上项目"
        "1403个、新开工814个、新竣工300个。\n")
REVIEW = ("2023年1—11月,我市固定资产投资同比增长5.8%;社会消费品零售总额增长8.4%。全年地区生产总值有望突破6000亿元。\n")


def _found(plan, year="2023"):
    return {i.found.name: (i.found.targets[year].text if year in i.found.targets else None,
                           i.found.reported[year].text if year in i.found.reported else None)
            for i in plan.extraction.indicators}


def test_a_growth_clause_with_no_name_is_the_growth_of_the_clause_before(tmp_path):
    plan = _plan(tmp_path, NEWS, REVIEW)
    found = _found(plan)
    assert found == {"经济总量": ("力争实现6400亿元,同比增长7.5%左右", "地区生产总值有望突破6000亿元")}  # the copy's own comma
    # the year's size is only a lower bound under the target: pending, and no part-year growth was taken for it
    assert [j.verdict.status.value for j in judge(plan, ["2023"])] == ["pending"]


def test_a_growth_clause_after_its_own_name_stays_its_own(tmp_path):
    text = "2023年主要预期目标是：地区生产总值增长6%左右，规上工业增加值同比增长7%。"
    plan = _plan(tmp_path, text, "全市地区生产总值增长6.2%，规上工业增加值同比增长7.5%。")
    assert _found(plan) == {"地区生产总值": ("增长6%左右", "地区生产总值增长6.2%"),
                            "规上工业增加值": ("增长7%", "规上工业增加值同比增长7.5%")}


def test_a_day_of_the_year_is_no_target(tmp_path):
    plan = _plan(tmp_path, NEWS, REVIEW)
    assert not any(name.startswith("1月") for name in _found(plan))
    # guard: a figure with a unit of days is still read where a name stands before it
    text = "今年主要预期目标是：城镇新增就业1.2万人，营商环境审批时限压缩至5日以内。"
    assert "城镇新增就业" in _found(_plan(tmp_path, text, "城镇新增就业1.3万人。"))


def test_a_sentence_goes_on_in_the_year_before_it_and_the_past_is_no_target(tmp_path):
    plan = _plan(tmp_path, NEWS, REVIEW)
    names = {i.found.name: set(i.found.targets) for i in plan.extraction.indicators}
    assert names == {"经济总量": {"2023"}}  # not 新引进亿元以上项目 1403个 as a 2023 target, nor 2022's estimates
    # guessed year (no --year): 2022's sentences are 2022's, none of their figures becomes a 2023 target
    guessed = load(extract(tmp_path / "t.txt"))
    assert all(set(i.found.targets) <= {"2022"} for i in guessed.extraction.indicators if i.found.name != "经济总量")


def test_the_documents_own_place_opens_no_name():
    assert without_place("襄陽經濟總量", ("襄阳",)) == "經濟總量"
    assert without_place("襄阳市GDP", ("襄阳",)) == "GDP"
    # guard: the rest is no known name (a port's throughput), or the place is not the document's
    assert without_place("襄阳港吞吐量", ("襄阳",)) == "襄阳港吞吐量"
    assert without_place("宜昌经济总量", ("襄阳",)) == "宜昌经济总量"


TARGETS_2022 = "2022年,全市经济社会发展的主要预期目标是:地区生产总值增长5.0%左右,固定资产投资实现正增长。"


def test_a_figure_of_another_years_account_is_not_this_years(tmp_path):
    other = "2021年,市政府较好地完成了确定的目标任务。预计,全市实现地区生产总值672.86亿元,增长6.2%。"
    assert _found(_plan(tmp_path, TARGETS_2022, other, "2022"), "2022")["地区生产总值"] == ("增长5.0%左右", None)
    # guard: the year's own account, and a date or a part of the year before it, keep the figure
    own = "2022年,高州扎实推进高质量发展。全市实现地区生产总值725.68亿元、同比增长2.3%,固定资产投资增长9.1%。"
    assert _found(_plan(tmp_path, TARGETS_2022, own, "2022"), "2022")["地区生产总值"][1] == "地区生产总值725.68亿元、同比增长2.3%"
    dated = "2023年1月26日,市政府网站发布消息称,2022年1-4季度全市地区生产总值为5351.7亿元,同比增长5.5%。"
    assert _found(_plan(tmp_path, TARGETS_2022, dated, "2022"), "2022")["地区生产总值"][1] is not None


def test_industrial_output_is_one_indicator_however_shortened(tmp_path):
    """南沙 2023: the target names 规模以上工业产值, the review 规模以上工业总产值 (产值 for 总产值, the gross output)."""
    text = "今年主要预期目标是：地区生产总值增长10%，规模以上工业产值增长16%，全力实现更高质量发展。"
    review = "全年实现地区生产总值2323.54亿元,同比增长4.3%。规模以上工业总产值3862.52亿元,增长2.9%;规模以上工业增加值增长5%。"
    found = _found(_plan(tmp_path, text, review))
    assert found["规模以上工业产值"] == ("增长16%", "规模以上工业总产值3862.52亿元,增长2.9%")
    assert "全力" not in found  # 全力实现更高质量发展: a manner word, no indicator
    # guard: the value added is another indicator; output never takes its figure
    found = _found(_plan(tmp_path, "今年主要预期目标是：规模以上工业增加值增长8%。", review))
    assert found == {"规模以上工业增加值": ("增长8%", "规模以上工业增加值增长5%")}
