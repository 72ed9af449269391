"""Where a sentence of several targets is cut (language/several.py): the depth of brackets at each character, the
clauses between clause marks, and a clause that is only the year the next one is for (``到2025年,``).

``年均增长6%左右,到2025年,国内生产总值达到3.5万亿元``: the clause ``到2025年`` names no indicator and states no figure, so
it was a subject waiting for a predicate that never came, and the whole text was unread. It is the lead of the clause
after it (:func:`year_led`): the parts are read from the other clauses.
"""

from __future__ import annotations

from . import numbered
from .items import is_a
from .lexer import NUM, TEXT, YEAR, tokenize
from .lexicon import lexicon


def depths(text: str) -> list[int]:
    """How deep inside brackets each character of ``text`` is."""
    marks = lexicon().punctuation
    depth, found = 0, []
    for char in text:
        if char in marks.opening:
            depth += 1
        found.append(depth)
        if char in marks.closing:
            depth = max(0, depth - 1)
    return found


def clauses(text: str, marks: tuple[str, ...]) -> list[tuple[int, int]]:
    """The clauses of a folded text, cut at clause ``marks`` outside brackets and numbers (1,000)."""
    depth = depths(text)
    cuts, start = [], 0
    for at, char in enumerate(text):
        if char in marks and not depth[at]:
            if char == "," and 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
                continue
            cuts.append((start, at))
            start = at + 1
    cuts.append((start, len(text)))
    return [(s, e) for s, e in cuts if s < e]


def year_led(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``cuts`` without a clause that is only a year (:func:`_only_year`) where a clause follows it: (到2025年)
    (国内生产总值达到3.5万亿元) -> the second alone, its subject 国内生产总值 (joined, the subject would hold the year and
    the mark). The year stays in the whole target's text; a year clause last, or alone, stays as it is. Nor the first
    clause where it only opens the list (:func:`_opening`: 今年主要预期目标是,地区生产总值增长6%,…), or is only a period
    word (zh.yaml ``period_leads``: 今年, 全年) before the clause it is the period of; and the opening words before a
    colon of the first clause kept are no part of its first subject (:func:`_after_opening`)."""
    kept = [cut for at, cut in enumerate(cuts) if at + 1 == len(cuts) or not (
        _only_year(text[cut[0] : cut[1]]) or at == 0 and (
            _opening(text[cut[0] : cut[1]]) or text[cut[0] : cut[1]].strip() in lexicon().period_leads))]
    return [_after_opening(text, *kept[0]), *kept[1:]] if kept else kept


def _after_opening(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause after its opening words where they end at a colon (:func:`_opening`: a framing word last, no figure
    but a year), as a comma ends them: 桃源镇经济社会发展的主要预期目标是:地区生产总值、公共财政预算收入、规模以上工业
    总产值分别增长5%左右 (吴江日报 2015, szwjdj.gov.cn/View/154117.aspx, the eighteenth set's tk036) -> the list from
    地区生产总值; its first subject held the opening words. A colon after anything else stays in the clause. A row's
    number opening the clause is no part of it either (:func:`_after_row_number`)."""
    colon = text.find(":", start, end)
    if colon > start and colon + 1 < end and _opening(text[start:colon]):
        start = colon + 1
    return _after_row_number(text, start), end


def _after_row_number(text: str, start: int) -> int:
    """Where the first clause's name begins after a row's number and its mark (language/numbered.py: 5.社会消费品零售总额
    增长5%,外贸出口增长5%。 and 1、城镇、农村…分别增长6%、7%左右: the number was the first subject's, or a part of its own)."""
    digits = start
    while digits < len(text) and text[digits].isdigit():
        digits += 1
    mark = text[digits:digits + 1]
    if digits == start or not numbered.row_number(text[start:digits]) or not mark or mark not in lexicon(
            ).row_number_marks or not text[digits + 1:digits + 2].isalpha():
        return start
    return digits + 1


def _opening(clause: str) -> bool:
    """A clause ending with a framing word and holding no figure but a year: the words that open a list of targets
    before a comma (吉林官方制定的2017年预期目标是, a news report's, the fourteenth set's tq052), no target of its own (its
    制定 read as a task's words made the list's parts one more than its figures)."""
    items = [token for token in tokenize(clause).items if token.text.strip()]
    return bool(items) and is_a(items[-1], "framing") and not any(token.kind == NUM for token in items)


def _only_year(clause: str) -> bool:
    """A clause of one year and nothing else but a word of effort (力争), a range word (到, 至) or one or two plain
    characters around it (在, 截, 底, 末): ``到2025年``, ``力争到2025年底``. Never a figure, never two years."""
    if not any(char.isdigit() for char in clause):  # most clauses: a name and a figure, or no year written in digits
        return False
    years = 0
    for token in tokenize(clause).items:
        if token.kind == YEAR:
            years += 1
        elif token.kind == NUM or token.kind == TEXT and len(token.text) > 2 or token.kind not in (TEXT, YEAR) and not (
                is_a(token, "hedge") or is_a(token, "rsep")):
            return False
    return years == 1
