"""``check --document`` and ``evaluate`` read an outcome sentence alike (stop 21, A2's leftover 1).

* The reporter's word after its figure (一般公共预算收入增长5.2%，未完成年度目标) was dropped on the documents side: the
  extracted cell held the figure alone, so a target the figure reaches was MET there and pending in ``evaluate`` (word
  against figure). The word clause now goes with the figure into the cell (judge/said.said_of decides what is one).
* The claim 未完成年度目标 was read as the met phrase 完成年度目标 inside it (longest phrase first): the claim side
  said the document claims the target MET. The phrase said first wins.
* A target in line with a level set above (居民消费价格指数与全国调控目标一致) was not extracted from a plan: `与` only
  started a target before 同步.
"""

from __future__ import annotations

import pytest

import compliance
from compliance.documents import extract, load
from documentkit import judged

TARGETS = "2023年主要预期目标：一般公共预算收入增长{target}左右；城镇调查失业率控制在5.5%以内。"


@pytest.mark.parametrize("target, outcome, status", [
    ("5%", "一般公共预算收入增长5.2%，未完成年度目标", "pending"),  # the word and the figure disagree
    ("6%", "一般公共预算收入增长5.2%，未完成年度目标", "missed"),  # they agree: the figure decides
    ("5%", "一般公共预算收入增长5.2%，完成年度目标", "met"),
    ("6%", "一般公共预算收入增长5.2%，完成年度目标", "pending"),
    ("5%", "一般公共预算收入增长5.2%，固定资产投资未完成年度目标", "met"),  # another indicator's word
    ("6%", "一般公共预算收入增长5.2%，固定资产投资未完成年度目标", "missed"),
    ("5%", "一般公共预算收入增长5.2%，居民消费价格上涨2%", "met"),  # no word at all
])
def test_the_document_and_evaluate_read_the_word_alike(tmp_path, target, outcome, status):
    assert compliance.evaluate(f"一般公共预算收入增长{target}左右", outcome).status.value == status
    found = judged(tmp_path, TARGETS.format(target=target), f"2023年，{outcome}。城镇调查失业率5.1%。")
    assert found["一般公共预算收入"][2] == status
    assert found["城镇调查失业率"][2] == "met"


def test_the_word_goes_into_the_cell_only_when_it_is_one(tmp_path):
    found = judged(tmp_path, TARGETS.format(target="5%"), "2023年，一般公共预算收入增长5.2%，未完成年度目标。")
    assert found["一般公共预算收入"][1] == "一般公共预算收入增长5.2%，未完成年度目标"
    found = judged(tmp_path, TARGETS.format(target="5%"), "2023年，一般公共预算收入增长5.2%，税收收入增长3%。")
    assert found["一般公共预算收入"][1] == "一般公共预算收入增长5.2%"


@pytest.mark.parametrize("words, claimed", [
    ("未完成年度目标", "missed"), ("未完成年度计划目标", "missed"), ("没有完成年度目标", "missed"),
    ("完成年度目标", "met"), ("超额完成年度目标", "exceeded"),
])
def test_a_claim_is_the_phrase_said_first(tmp_path, words, claimed):
    (tmp_path / "t.txt").write_text(TARGETS.format(target="6%"), encoding="utf-8")
    (tmp_path / "o.txt").write_text(f"2023年，一般公共预算收入增长5.2%，{words}。", encoding="utf-8")
    extraction = extract(tmp_path / "t.txt", outcomes=tmp_path / "o.txt", year="2023", outcome_year="2023")
    assert [s.claimed for s in extraction.statements] == [claimed]


@pytest.mark.parametrize("reported, status", [("2.5", "met"), ("3.8", "missed")])
def test_a_target_in_line_with_the_national_one_is_extracted(tmp_path, reported, status):
    targets = "2025年主要预期目标是：地区生产总值增长5.5%左右；居民消费价格指数与全国调控目标一致；城镇调查失业率控制在5.5%以内。"
    found = judged(tmp_path, targets, f"2025年，地区生产总值增长5.8%。居民消费价格指数{reported}%。", year="2025")
    assert found["居民消费价格指数"][0] == "与全国调控目标一致"
    assert found["居民消费价格指数"][2] == "pending"  # the national level is not in the documents, as in evaluate
    assert compliance.evaluate("与全国调控目标一致", reported).status.value == "pending"
    plan = load(extract(tmp_path / "t.txt", outcomes=tmp_path / "o.txt", year="2025", outcome_year="2025"))
    assert "居民消费价格指数" in [i.found.name for i in plan.extraction.indicators]
    assert compliance.evaluate("与全国调控目标一致", reported, references={"国家调控目标": 3},
                               polarity="lower").status.value == status


def test_a_name_holding_yu_is_not_cut_there(tmp_path):
    found = judged(tmp_path, "2023年主要预期目标：研究与试验发展经费投入强度达到2.5%；城镇调查失业率控制在5.5%以内。",
                   "2023年，研究与试验发展经费投入强度2.6%。城镇调查失业率5.1%。")
    assert found["研究与试验发展经费投入强度"][:1] == ("达到2.5%",)
    assert found["研究与试验发展经费投入强度"][2] == "met"


@pytest.mark.parametrize("lead", ["主要預期目標——", "主要预期目标——", "主要预期目标："])
def test_a_dash_after_the_lead_in_is_no_part_of_the_first_name(tmp_path, lead):
    # 成都 2018 (tests/documents/pairs/chengdu-2018): 主要預期目標——地區生產總值增長7.5%,… named the GDP ——地區生產總值
    targets = f"2018年{lead}地區生產總值增長7.5%,全社會固定資產投資增長8%,地方一般公共預算收入增速與經濟增速同步。"
    found = judged(tmp_path, targets, "2018年，預計地區生產總值增長8%，全社會固定資產投資增長7%，一般公共預算收入增長9.4%。",
                   year="2018")
    assert {name: status for name, (_, _, status) in found.items()} == {
        "地區生產總值": "met", "全社會固定資產投資": "missed", "地方一般公共預算收入": "met"}
