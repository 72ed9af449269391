"""What a comparing clause carries to the clauses after it (judge/choose.py).

A clause comparing its figure with another level (服务业增加值…增长5.4%,快于全市地区生产总值0.6个百分点) names that level
after the comparison word: the clauses after it (占比提高至65.2%) still go on about the indicator before it, never the
level compared with (天津's 2025 release, the fifteenth set's op047). Words before the comparison word are the clause's
own indicator and go on as any clause's do: 我国居民消费价格指数(CPI)月度涨幅始终低于3%,全年仅上涨2.0% (the thirteenth set's
outcome row, its address in tests/corpus/outcomes_thirteenth.tsv) is the CPI's 2.0%, no nameless figure.
"""

from __future__ import annotations

from ..language.lexicon import lexicon


def carried_words(words: str, compares: bool) -> str | None:
    """The words of a figure's clause the next clauses go on from: all of them where it ``compares`` with nothing;
    else those before its first comparison word (zh.yaml ``choosing.comparison``), None where there are none, or where
    the clause opens with a base of change (the clause before goes on: 宁德's 2023 incomes, 中新网 via
    news.calyptus.net/test/news.php?95XwR=Q.html, 城镇居民人均可支配收入4.46万元,比上年经济增加1890元,增长4.4%: the 4.4 was
    set aside as the economy's, 经济 taken for the subject of the clause after 比上年)."""
    if words.startswith(tuple(lexicon().change_bases.since_previous)):
        return None  # 比上年经济增加1890元 after 城镇居民人均可支配收入4.46万元: a base opening the clause (比上年, 同比: zh.yaml
        # change_bases.since_previous) compares with its subject's own last year, so the subject is the clause before's
    if not compares:
        return words
    at = min((i for word in lexicon().choosing.comparison if word and (i := words.find(word)) >= 0), default=len(words))
    return words[:at] if words[:at].strip() else None
