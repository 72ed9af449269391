"""Words in quotation marks with no figure are a name or a slogan quoted, never a target's comparison or reference.

``在全区经济发展“高于全省、领跑全市”的总基调下,实现地区生产总值增长13%以上`` (黄州区's 2022 targets, the seventeenth set's
tg030, cqtresearch.com/news/jujiao/2021/1120/93715.html): the quoted slogan's 高于 and 全省 were read as a comparison with
the province's average, and its 、 as a list, so the target was unread. The quoted words, with the plain text joined to them
on either side, are made one plain text token, as the lexer makes a run of words it does not know: the slogan is then
words of the lead clause like any other. Quotation marks holding a figure (“十三五”, “415X”) are left to the readers that
know them (a number in quotation marks names something: zh.yaml ``quotes``)."""

from __future__ import annotations

import re
import unicodedata

from .lexer import NUM, PUNCT, TEXT, WORD, Token, Tokens
from .lexicon import lexicon, per_lexicon

_FIGURES = frozenset((NUM, "YEAR", "DURATION"))


def _pairs_of() -> dict[str, str]:
    """Each opening mark of zh.yaml ``quotes`` (“, 「, 《: Unicode's initial or opening punctuation) and the closing mark
    written right after it (”, 」, 》); a mark that both opens and closes (\") pairs with nothing here."""
    marks = lexicon().quotes
    return {mark: after for mark, after in zip(marks, marks[1:])
            if unicodedata.category(mark) in ("Pi", "Ps") and unicodedata.category(after) in ("Pf", "Pe")}


_pairs = per_lexicon(_pairs_of)


def may_hold(text: str) -> bool:
    """Whether ``text`` holds an opening quotation mark (one search of a character class before the token pass)."""
    return _openers().search(text) is not None


@per_lexicon
def _openers() -> re.Pattern[str]:
    marks = "".join(_pairs())
    return re.compile(f"[{re.escape(marks)}]" if marks else "(?!)")


def quoted_plain(tokens: Tokens) -> Tokens:
    """The tokens with each quoted run of words without a figure, with plain text right before and right after it, made
    one plain text with them. A quotation standing as a clause of its own (``增长5%左右、「努力爭取更好結果」``: a hedge
    quoted, the first set's t0251) keeps its words."""
    items, i = tokens.items, 0
    out: list[Token] = []
    while i < len(items):
        item = items[i]
        close = _pairs().get(item.text) if item.kind == PUNCT else None
        end = next((j for j in range(i + 1, len(items)) if items[j].kind == PUNCT and items[j].text == close), None)
        if end is None or not _embedded(items, out, i, end):
            out.append(item)
            i += 1
            continue
        start, finish = out.pop().start, items[end + 1].end
        out.append(Token(TEXT, start, finish, tokens.folded.text[start:finish]))
        i = end + 2
    return tokens._replace(items=tuple(out)) if len(out) != len(items) else tokens


def _embedded(items: tuple[Token, ...], out: list[Token], opening: int, closing: int) -> bool:
    """The quotation from ``opening`` to ``closing`` holds words and no figure, with plain text joined to it on both
    sides (在全区经济发展“高于全省、领跑全市”的总基调下)."""
    inside = items[opening + 1 : closing]
    after = items[closing + 1] if closing + 1 < len(items) else None
    return (bool(inside) and not any(t.kind in _FIGURES for t in inside) and any(t.kind == WORD for t in inside)
            and bool(out) and out[-1].kind == TEXT and out[-1].end == items[opening].start
            and after is not None and after.kind == TEXT and after.start == items[closing].end)
