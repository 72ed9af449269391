"""Target forms of phrasings plans write around a figure (stop 23): the figure of a change before 的 and the verb
(實現20%以上的增長), a state's direction (就业形势保持总体稳定), a place among the first N of a ranking (进入全国65强).
Moved out of :mod:`.targets` for room; :mod:`.grammar` lists them in TARGET_FORMS with their guards."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from .. import models as m
from .items import Item, Reader, change, is_a, is_kind, updated
from .lexer import NUM, TEXT, WORD, YEAR, Token
from .lexicon import lexicon
from .numerals import numeral_chars, read_numeral


def change_after_figure(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``實現20%以上的增長``, ``地区生产总值实现8%左右的增长``, ``达到18%以上的增长``: the figure of the change, then the
    possessive and the change verb ending the text (zh.yaml ``change.base_times.possessive``), read as ``增长20%以上``
    (the bare 增长 read as > 0 with the figure in the name, and 18% met 實現20%以上的增長). Before the figure the
    indicator's name, a reach word (实现, 达到) and a word of effort, kept as remarks."""
    at = figure_of_change(items)
    if at is None:
        return None
    items, remarks = r.hedged(items)
    at -= len(remarks)
    start = at
    while start > 0 and (is_a(items[start - 1], "reach") or is_a(items[start - 1], "op_before")
                         or is_a(items[start - 1], "approx_before")):
        start -= 1
    reach = [item for item in items[:at] if is_a(item, "reach")]
    names = [item for item in items[:start] if not is_a(item, "reach")]
    if reach and start != at - len(reach) or not all(is_kind(item, TEXT, YEAR) for item in names):
        return None
    figure = [item for item in items[start:-2] if not is_a(item, "reach")]
    found = r.target([*names, items[-1], *figure])  # 地区生产总值增长8%以上: the name its subject, as written so
    if not isinstance(found, m.Cumulative):
        return None
    said = (*remarks, *(r.span(item, "reach") for item in reach), r.span(items[-2], "label"))
    return updated(found, {"remarks": (*found.remarks, *said)})


def figure_of_change(items: Sequence[Item]) -> int | None:
    """Where the figure of ``…20%以上的增长`` is (change_after_figure's guard): a change verb ending the items, the
    possessive before it, then a figure and its comparators or 左右; else None."""
    if len(items) < 3 or not is_kind(items[-2], TEXT) or change(items[-1]) is None:
        return None
    times = lexicon().change.base_times
    if times is None or getattr(items[-2], "text", None) != times.possessive:
        return None
    at = len(items) - 3
    while at > 0 and (is_a(items[at], "op_after") or is_a(items[at], "approx_after")):
        at -= 1
    return at if is_kind(items[at], NUM) else None


def state_direction(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``就业形势保持总体稳定``: a name of a state (zh.yaml ``qualitative.states``), then a direction word ending the text:
    a quality to attest (as 国际收支基本平衡), never a figure's direction (保持总体稳定 read as a growth rate within 1
    point of 0, so 实现 was pending)."""
    items, remarks = r.hedged(items)
    if len(items) != 2 or not state_named(items):
        return None
    name, word = items
    assert isinstance(name, Token) and isinstance(word, Token)
    return m.Qualitative(text=text, phrase=word.text, subject=r.span(name, "subject"),
                         spans=(r.span(word, "qualitative"),), remarks=tuple(remarks))


def state_named(items: Sequence[Item]) -> bool:
    """Whether the last two items are a state's name and a direction word (state_direction's guard)."""
    if len(items) < 2 or not is_kind(items[-2], TEXT) or not is_a(items[-1], "direction"):
        return False
    return getattr(items[-2], "text", "").endswith(tuple(lexicon().qualitative.states))


def top_rank(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``經濟總量進入全國地級城市65強``, ``跻身全国百强``: an entry word (zh.yaml ``rank_tops.entries``: 进入, 跻身), then
    the words of a ranking ending the text with a figure and a top word (``rank_tops.words``: 强): among the first N, at
    most the Nth place (a reported 第60位 meets 65強), as 前65位 reads (the lexer keeps 65強 as a name's words, so it was
    unread; 世界500强企业 within a name is left so, no entry word before a ranking's end)."""
    found = top_at(items)
    if found is None:
        return None
    item, cut, value = found
    assert isinstance(item, Token)
    figure = Token(NUM, cut, item.end - 1, item.text[cut - item.start: -1], (), value, None)
    word = Token(WORD, item.end - 1, item.end, item.text[-1:], (("op_before", "le"),))
    labels = [*(entry for entry in items[:-1]), *([Token(TEXT, item.start, cut, item.text[: cut - item.start])]
                                                  if cut > item.start else [])]
    return m.Bound(text=text, op="le", value=m.Quantity(value=value, unit=None),
                   spans=(r.span(figure, "number"), r.span(word, "comparator")),
                   remarks=tuple(r.span(label, "label") for label in labels))


def top_at(items: Sequence[Item]) -> tuple[Item, int, Decimal] | None:
    """The last item of :func:`top_rank` (plain words ending with a figure and a top word), where its figure begins and
    the figure; None where the items are no such ranking."""
    words = lexicon().rank_tops
    last = items[-1] if items else None
    if words is None or type(last) is not Token or last.kind != TEXT or not last.text.endswith(tuple(words.words)):
        return None
    if not any(type(item) is Token and item.kind in (TEXT, WORD) and any(w in item.text for w in words.entries)
               for item in items):
        return None
    if any(type(item) is not Token or item.kind not in (TEXT, WORD) for item in items):
        return None
    body = last.text[:-1]
    run = len(body) - len(body.rstrip("0123456789" + "".join(numeral_chars())))
    figure = body[len(body) - run:] if run else ""
    value = Decimal(figure) if figure.isdigit() else read_numeral(figure) if figure else None
    if value is None or value <= 0:
        return None
    entry_at = min((at for w in words.entries for at in [fold_text(items, w)] if at >= 0), default=-1)
    if entry_at < 0 or entry_at > last.end - 1 - run:
        return None
    return last, last.end - 1 - run, value


def fold_text(items: Sequence[Item], word: str) -> int:
    """Where ``word`` first stands in the items' text (folded offsets), or -1."""
    for item in items:
        if type(item) is Token and (at := item.text.find(word)) >= 0:
            return item.start + at
    return -1
