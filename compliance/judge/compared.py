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
    else those before its first comparison word (zh.yaml ``choosing.comparison``), None where there are none (the
    clause before goes on)."""
    if not compares:
        return words
    at = min((i for word in lexicon().choosing.comparison if word and (i := words.find(word)) >= 0), default=len(words))
    return words[:at] if words[:at].strip() else None
