"""由X提高到Y in a sentence of several figures: X is the previous period's, never a candidate value (language/reported.py
_from_figure, as _since reads such a clause alone). The 2018 政府工作报告's review (过去五年: 消费贡献率由54.9%提高到58.8%,
服务业比重从45.3%上升到51.6%,成为经济增长主动力; traditional-character copies write 服務業比重從45.3%上升到51.6%) was pending
ambiguous between 45.3 and 51.6 against a 服务业 share target; now 51.6 is judged."""

from __future__ import annotations

import pytest

from compliance import evaluate

REVIEW = "消费贡献率由54.9%提高到58.8%,服务业比重从45.3%上升到51.6%,成为经济增长主动力。"
HANT = "消費貢獻率由54.9%提高到58.8%,服務業比重從45.3%上升到51.6%,成為經濟增長主動力。"


@pytest.mark.parametrize(("target", "reported", "polarity", "status", "value"), [
    ("服务业增加值比重达到50%", REVIEW, "higher", "met", "51.6"),
    ("服务业增加值比重达到52%", REVIEW, "higher", "missed", "51.6"),
    ("服务业增加值比重达到50%", HANT, "higher", "met", "51.6"),
    ("服务业增加值比重达到52%", HANT, "higher", "missed", "51.6"),
    ("消费贡献率达到58%", REVIEW, "higher", "met", "58.8"),
    ("消费贡献率达到60%", REVIEW, "higher", "missed", "58.8"),
    ("城乡居民收入比缩小到2.5以内", "城乡居民收入比由2.56缩小到2.50,居民人均可支配收入增长8%", "lower", "met", "2.50"),
    ("城乡居民收入比缩小到2.5以内", "城乡居民收入比由2.56缩小到2.52,居民人均可支配收入增长8%", "lower", "missed", "2.52"),
    ("居民人均可支配收入增长7%", "城乡居民收入比由2.56缩小到2.50,居民人均可支配收入增长8%", "higher", "met", "8"),
])
def test_the_from_figure_is_no_candidate(target: str, reported: str, polarity: str, status: str, value: str) -> None:
    verdict = evaluate(target, reported, polarity=polarity)
    assert (verdict.status.value, str(verdict.value)) == (status, value)
