"""Real document pairs (targets of year N from one document, outcomes of year N from another):
extracted, matched by name through the synonyms, judged. Sources: tests/documents/SOURCES.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.documents import extract, judge, load

HERE = Path(__file__).resolve().parent / "documents"

#: (pair, year) -> {indicator name: (target, reported text, status)}; None: no figure in the excerpt
PAIRS = {
    ("national", "2023"): {
        "国内生产总值": ("增长5%左右", "GDP超過126萬億元，比上年增長5.2%", "met"),
        "城镇新增就业": ("1200万人左右", "城鎮新增就業1244萬人", "met"),
        "城镇调查失业率": ("5.5%左右", "全國城鎮調查失業率均值為5.2%", "met"),
        "居民消费价格涨幅": ("3%左右", "居民消費價格(CPI)比上年上漲0.2%", "met"),
        "居民收入": ("增长与经济增长基本同步", None, "pending"),
        "粮食产量": ("保持在1.3万亿斤以上", None, "pending"),
        "单位国内生产总值能耗和主要污染物排放量": ("继续下降", None, "pending"),
        "国际收支": ("基本平衡", None, "pending"),  # qualitative: pending until a report attests it
        "生态环境质量": ("稳定改善", None, "pending"),
    },
    ("national", "2024"): {
        "國內生産總值": ("增長5%左右", "國內生產總值達到134.9萬億元，增長5%", "met"),
        "城鎮新增就業": ("1200萬人以上", "城鎮新增就業1256萬人、城鎮調查失業率平均為5.1%", "met"),
        "城鎮調查失業率": ("5.5%左右", "城鎮調查失業率平均為5.1%", "met"),
        "居民消費價格漲幅": ("3%左右", "居民消費價格上漲0.2%", "met"),
        "糧食産量": ("1.3萬億斤以上", "糧食產量首次躍上1.4萬億斤新臺階", "met"),
        "單位國內生産總值能耗": ("降低2.5%左右", None, "pending"),
        "生態環境品質": ("持續改善", None, "pending"),
        "國際收支": ("保持基本平衡", None, "pending"),  # qualitative: pending until a report attests it
        # 和…同步: GDP's figure is read from 達到134.9萬億元，增長5% as its growth (5%, the one in its unit): 5.1 keeps pace
        "居民收入": ("增長和經濟增長同步", "居民人均可支配收入實際增長5.1%", "met"),
    },
}
#: clauses of the target paragraphs the grammar cannot read (qualitative targets: issue 9)
UNREAD = {
    ("national", "2023"): ["进出口促稳提质", "重点控制化石能源消费"],
    ("national", "2024"): [],
}


@pytest.mark.parametrize("pair, year", list(PAIRS), ids=[f"{p}-{y}" for p, y in PAIRS])
def test_real_pair(pair, year):
    extraction = extract(HERE / f"{pair}-{year}-targets.txt", outcomes=HERE / f"{pair}-{year}-outcomes.txt")
    plan = load(extraction)
    assert extraction.outcome_period == year
    seen = {}
    for judgement in judge(plan, [year]):
        row = plan.data.value(judgement.indicator.id, year)
        seen[judgement.indicator.name] = (
            judgement.indicator.targets_for(year)[0], row.reported if row else None, judgement.verdict.status.value,
        )
    assert seen == PAIRS[(pair, year)]
    assert [u.text for u in extraction.unplaced] == UNREAD[(pair, year)]
    # every indicator without a figure is listed as unmatched, never guessed
    assert sorted(u["indicator"] for u in extraction.unmatched) == sorted(
        name for name, (_, reported, _) in PAIRS[(pair, year)].items() if reported is None)
    # 90% of the quantified targets found a figure (the rest are qualitative or not in the excerpt)
    quantified = [v for v in PAIRS[(pair, year)].values() if any(c.isdigit() for c in v[0])]
    assert sum(1 for v in quantified if v[1] is not None) / len(quantified) >= 0.8


def test_a_bulletin_saying_every_target_was_met_is_undecidable_while_some_are_pending():
    """2023年统计公报: 主要預期目標圓滿完成. Four targets are met by its figures; five have no figure in the
    excerpt, so the claim holds only if all five are met."""
    from compliance.documents import claims

    plan = load(extract(HERE / "national-2023-targets.txt", outcomes=HERE / "national-2023-outcomes.txt"))
    claim = next(c for c in claims(plan) if "圓滿完成" in c.text)
    assert claim.source.endswith("national-2023-outcomes.txt:2")
    assert claim.claimed == {"total": None, "met": 9, "all": True}
    assert {k: claim.computed[k] for k in ("total", "met", "missed", "pending")} == {
        "total": 9, "met": 4, "missed": 0, "pending": 5}
    assert claim.agrees is None
    assert claim.note.startswith("holds if all 5 pending indicators (")
    from compliance.report._claims import claim_rows

    row = claim_rows([claim])[0]
    assert (row.claimed_as.en, row.claimed_as.zh) == ("all 9 met", "全部9项完成目标")
    assert row.finding.en.startswith("undecidable: holds if all 5 pending indicators (")
