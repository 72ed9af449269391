"""Target forms that hold another target: ``7.2（调整为5.5）``, ``征求意见中（3）``,
``达到市级要求（3.2）``, ``累计5000左右``.

Each reads its own words and hands the rest (often a bracket's inside) back to ``reader.target``,
so the inner target may be any form of ``grammar.TARGET_FORMS``.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import models as m
from .items import Group, Item, Reader, is_a, is_kind, op, trim
from .lexer import DURATION, NUM, TEXT, Token
from .lexicon import lexicon
from .normalize import fold


def revised(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``7.2（调整为5.5）`` or ``7.2调整为5.5``: the original target and its revision."""
    for index, item in enumerate(items):
        if isinstance(item, Group) and item.items and is_a(item.items[0], "revise"):
            rest: Sequence[Item] = item.items[1:]
        elif is_a(item, "revise") and index:
            rest = items[index + 1 :]
        else:
            continue
        original = r.target(items[:index])
        revision = r.target(rest)
        if original is None or revision is None or (isinstance(item, Group) and items[index + 1 :]):
            return None
        word = item.items[0] if isinstance(item, Group) else item
        return m.Revised(text=text, original=original, revised=revision, spans=(r.span(word, "revision"),))
    return None


def provisional(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``征求意见中（3）``: a target not yet final, judged and marked provisional."""
    word = items[0]
    if not isinstance(word, Token) or not is_a(word, "provisional"):
        return None
    rest = list(items[1:])
    if len(rest) == 1 and isinstance(rest[0], Group):
        rest = list(rest[0].items)
    inner = r.target(rest)
    if inner is None:
        return None
    return m.Provisional(text=text, note=word.text, inner=inner, spans=(r.span(word, "provisional"),))


def reference(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``达到市级要求（3.2）``, ``低于全市平均水平``: a level someone else sets, maybe given in a bracket."""
    for index, item in enumerate(items):
        if is_a(item, "ref"):
            break
    else:
        return None
    token = items[index]
    assert isinstance(token, Token)
    before, after = list(items[:index]), trim(items[index + 1 :])
    before, remarks = r.hedged(before)
    relation: m.Relation = "reach"
    spans = [r.span(token, "reference")]
    for at, item in enumerate(before):
        comparator = op(item, "op_before")
        leading = leading_side(item) if at == len(before) - 1 and relation == "reach" else None
        if comparator is not None:
            relation = comparator
            spans.append(r.span(item, "comparator"))
        elif leading is not None:  # (收入增速)高出全省平均水平2个百分点: the side word leads, as 高于 does
            relation = leading
            spans.append(r.span(item, "comparator"))
        elif is_a(item, "reach"):
            spans.append(r.span(item, "reach"))
        elif is_a(item, "complete") or is_a(item, "attested"):
            relation = "complete"
            spans.append(r.span(item, "complete"))
        elif is_kind(item, TEXT) or is_a(item, "change"):
            remarks.append(r.span(item, "label"))  # the indicator's own name: 劳动生产率增长高于…
        else:
            return None
    inline: m.Constraint | None = None
    held = 1 if len(after) > 1 and is_a(after[0], "reach") else 0  # 与全国调控目标保持一致: 保持 then 一致
    word = after[held] if len(after) > held else None
    if isinstance(word, Token) and (word.kind == TEXT or is_a(word, "qualitative")) and word.text.endswith(
            lexicon().reference_assessed) and (
            len(after) == held + 1 or isinstance(after[held + 1], Group)):
        # 根据全省平均水平综合考核: assessed against it; 与全国调控目标一致（3%）: in line with it, its level in the bracket
        spans.extend(r.span(item, "reach") for item in after[:held])
        remarks.append(r.span(word, "assessed"))
        after = after[held + 1 :]
    compared = side(before[-1] if before else None, after[0] if after else None)
    if compared is not None and relation == "reach":  # 比全市平均水平高(2个百分点)
        spans.append(r.span(after[0], "comparator"))
        relation, after = compared, after[1:]
    closing = op(after[0], "op_after") if after else None
    if closing is not None and relation in ("reach", closing):  # 控制在省市规定范围以内: the comparator's frame closed
        spans.append(r.span(after[0], "comparator"))
        relation, after = closing, after[1:]
    read = _margin(r, relation, after, spans, remarks)
    if read is None:
        return None
    margin, after = read
    if after and margin is not None:  # a bracket after a margin: the reference's level or the target's? not guessed
        return None
    if after:
        bracket = after[0]
        if len(after) != 1 or not isinstance(bracket, Group):
            return None
        inline = r.target(bracket.items)
        if inline is None:
            return None
        spans.append(r.span(bracket, "inline"))
    return m.trusted(  # every value the engine's own, of its field's type (tests/test_parse_fast.py validates them)
        m.Reference, text=text, name=token.means("ref") or token.text, phrase=token.text, relation=relation,
        inline=inline, spans=tuple(spans), remarks=tuple(remarks), margin=margin,
    )


def named_reference(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``项目投资(不含房地产开发)增速高于全部投资`` (安徽 2026 计划草案, te071): a comparator before plain words that name
    no known reference, and no figure anywhere: another indicator (全部投资), its level the caller's or the rules file's
    ``references`` under those words, else pending reference_unknown naming them. The words before the comparator are
    the subject. Tried last, so only a text nothing else reads is read so; it was unread."""
    at = next((index for index, item in enumerate(items) if op(item, "op_before") is not None), None)
    if at is None or at == len(items) - 1 or not all(is_kind(item, TEXT) for item in items[at + 1:]):
        return None
    relation = op(items[at], "op_before")
    if relation not in ("gt", "ge", "lt", "le") or any(is_kind(item, NUM) for item in items):
        return None
    named = items[at + 1:]
    phrase = r.text_of(named)
    if any(char.isdigit() for char in phrase):  # 比重超过5/3: a figure the lexer refused (no share), no name
        return None
    spans = (r.span(items[at], "comparator"), m.Span(start=r.span(named[0], "reference").start,
                                                     end=r.span(named[-1], "reference").end, role="reference", text=phrase))
    subject = None
    if at:
        start, end = r.span(items[0], "subject").start, r.span(items[at - 1], "subject").end
        subject = m.Span(start=start, end=end, role="subject", text=r.source[start:end])
    return m.trusted(m.Reference, text=text, name=fold(phrase).text, phrase=phrase, relation=relation, inline=None,
                     spans=spans, remarks=(), margin=None, subject=subject)


def leading_side(item: Item | None) -> m.Op | None:
    """The side a text right before a reference compares on when it ends with a side word of zh.yaml's
    ``reference_sides`` of two characters or more (高出: ``高出全省平均水平2个百分点``); a one-character side word
    (高) leads no reference (it ends too many names). None for anything else."""
    if not (isinstance(item, Token) and item.kind == TEXT):
        return None
    for relation, words in lexicon().reference_sides.items():
        if relation in ("gt", "lt") and any(len(w) >= 2 and item.text.endswith(w) for w in words):
            return "gt" if relation == "gt" else "lt"
    return None


def side(last: Item | None, word: Item | None) -> m.Op | None:
    """``比全市平均水平高``: 比 ending the words before the reference, a side word right after it."""
    lex = lexicon()
    if not (isinstance(last, Token) and last.kind == TEXT and isinstance(word, Token) and word.kind == TEXT):
        return None
    if not last.text.endswith(lex.subject_trailing):
        return None
    if word.text in lex.reference_sides.get("gt", ()):
        return "gt"
    return "lt" if word.text in lex.reference_sides.get("lt", ()) else None


def _margin(
    r: Reader, relation: m.Relation, after: list[Item], spans: list[m.Span], remarks: list[m.Span]
) -> tuple[m.Quantity | None, list[Item]] | None:
    """``高于全省平均水平3个百分点(以上)``: the margin after a compared reference and what follows it (None: a
    figure no margin reads). A margin in % is read (高于全省平均水平10%以上): the judge takes it as a share of a
    level in a unit, and refuses it off a rate (3 points or 3 per cent of it?); one in ‰ is declined. A range of
    margins (高出全国平均水平1到2个百分点, 河南's 2011 growth target) is at least its near end, 1 point, in the far end's
    unit; the far end (到2个百分点) is an aim, a remark (role ``hedge``: shown, never judged), as 力争 is."""
    number = after[0] if after else None
    if not isinstance(number, Token) or number.kind != NUM or relation not in ("gt", "ge", "lt", "le"):
        return None, after
    far = after[2] if len(after) > 2 and is_a(after[1], "rsep") else None
    if isinstance(far, Token) and far.kind == NUM and number.unit in (None, far.unit) and (
            number.value is not None and far.value is not None and 0 <= number.value < far.value):
        remarks.append(m.Span(start=r.span(after[1], "hedge").start, end=r.span(far, "hedge").end, role="hedge",
                              text=r.source[r.span(after[1], "hedge").start:r.span(far, "hedge").end]))
        number, after = Token(NUM, number.start, number.end, number.text, (), number.value, far.unit), [number, *after[3:]]
    if number.unit == "‰":
        return None
    spans.append(r.span(number, "margin"))
    rest = after[1:]
    if rest and op(rest[0], "op_after") == "ge":  # 以上: at least the margin (without it, the margin is the floor too)
        spans.append(r.span(rest[0], "comparator"))
        rest = rest[1:]
    return r.quantity(number), rest


def cumulative(r: Reader, items: list[Item], text: str) -> m.Constraint | None:
    """``累计5000左右``: a total over the plan period; ``五年累计新增城镇就业5万人``: the period's length before it, a remark."""
    lead = items[0] if len(items) > 2 and is_kind(items[0], DURATION) else None
    if lead is not None:
        items = items[1:]
    if not is_a(items[0], "cumulative"):
        return None
    inner = r.target(items[1:])
    if inner is None:
        return None
    remarks = (r.span(lead, "label"),) if lead is not None else ()
    return m.trusted(m.Cumulative, text=text, inner=inner, spans=(r.span(items[0], "cumulative"),), remarks=remarks)
