"""A hard-wrapped copy (a document library's or a PDF's text, broken at a fixed width) is read with its lines joined
into paragraphs (readers._wrapped); what is found on a later line of such a paragraph cites that line, not the
paragraph's first (stop 21, A2's leftover 2): a figure, a claim, a target. A paragraph of one line is unchanged."""

from __future__ import annotations

from compliance.documents import extract
from compliance.documents.readers import read_text

WRAPPED = """2023年国民经济和社会发展计划执行情况的报告：过去一年，全市经济运行稳中向好，地区生
产总值完成1234亿元，比上年增长5.8%，一般公共预算收入完成100亿元，增长7.2%，未完成年
度目标。城镇调查失业率为5.1%，居民消费价格上涨0.3%，与全国调控目标保持一致，各项社会
事业全面进步，城乡居民人均可支配收入稳步增长，民生福祉持续改善，生态环境质量不断提升。
"""

TARGETS = "2023年主要预期目标：地区生产总值增长6%左右；一般公共预算收入增长5%左右；城镇调查失业率控制在5.5%以内。"


def test_the_lines_are_joined_and_each_keeps_its_number():
    document = read_text("o.txt", WRAPPED)
    assert len(document.paragraphs) == 1
    paragraph = document.paragraphs[0]
    lines = {word: paragraph.at(paragraph.text.find(word)).line for word in ("过去一年", "产总值", "一般公共", "度目标",
                                                                             "城镇调查", "事业全面")}
    assert lines == {"过去一年": 1, "产总值": 2, "一般公共": 2, "度目标": 3, "城镇调查": 3, "事业全面": 4}


def test_a_figure_and_a_claim_cite_their_own_line(tmp_path):
    (tmp_path / "t.txt").write_text(TARGETS, encoding="utf-8")
    (tmp_path / "o.txt").write_text(WRAPPED, encoding="utf-8")
    extraction = extract(tmp_path / "t.txt", outcomes=tmp_path / "o.txt", year="2023", outcome_year="2023")
    places = {i.found.name: str(i.found.reported["2023"].place) for i in extraction.indicators
              if "2023" in i.found.reported}
    # 地区生产总值 begins on line 1 (地区生) and runs on to line 2: the line its clause starts on
    assert places == {"地区生产总值": f"{tmp_path / 'o.txt'}:1", "一般公共预算收入": f"{tmp_path / 'o.txt'}:2",
                      "城镇调查失业率": f"{tmp_path / 'o.txt'}:3"}
    assert [(s.claimed, s.place.line) for s in extraction.statements] == [("missed", 2)]


def test_a_wrapped_plans_targets_cite_their_lines(tmp_path):
    plan = ("2023年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%\n"
            "左右，城镇调查失业率控制在5.5%以内，居民消费价格涨幅3%左右，粮食产量稳定在100万吨以上，\n"
            "单位地区生产总值能耗下降完成省下达目标，城镇新增就业人数达到5万人以上，进出口总额稳定增\n"
            "长，实际使用外资稳中有升，研究与试验发展经费投入强度达到2.5%，城乡居民收入增长与经济增长\n"
            "同步。\n")
    (tmp_path / "t.txt").write_text(plan, encoding="utf-8")
    extraction = extract(tmp_path / "t.txt", year="2023")
    lines = {i.found.name: i.found.targets["2023"].place.line for i in extraction.indicators}
    assert lines["地区生产总值"] == 1
    assert lines["城镇调查失业率"] == 2
    assert lines["城镇新增就业人数"] == 3
    assert lines["研究与试验发展经费投入强度"] == 4


def test_a_paragraph_of_one_line_is_as_before(tmp_path):
    (tmp_path / "t.txt").write_text(TARGETS, encoding="utf-8")
    (tmp_path / "o.txt").write_text("2023年，地区生产总值增长5.8%。\n城镇调查失业率为5.1%。\n", encoding="utf-8")
    extraction = extract(tmp_path / "t.txt", outcomes=tmp_path / "o.txt", year="2023", outcome_year="2023")
    places = {i.found.name: i.found.reported["2023"].place.line for i in extraction.indicators
              if "2023" in i.found.reported}
    assert places == {"地区生产总值": 1, "城镇调查失业率": 2}
