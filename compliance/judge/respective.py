"""The items of a 分别 list and the figures that are theirs (城镇、农村居民人均可支配收入分别增长4.3%、5.7%: the 5.7%
农村居民人均可支配收入's), moved out of names.py (its 600-line limit): :func:`respective`, :func:`respective_item` (the
n-th subject of a list, a short item taking the last one's tail: :func:`joined`), :func:`respective_in_clause` and
:func:`respective_after` (a figure in or after the list's clause), :func:`respective_runs` (分别 after the subjects'
own clauses) and :func:`find_item` (a list item in its sentence, folded). The words are zh.yaml ``several``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..language.lexicon import lexicon
from ..language.normalize import fold
from .names import continues, head_word, synonyms


def respective(prefix: str) -> str:
    """The subject a figure of a 分别 list takes (城镇、农村居民人均可支配收入分别增长4.3%、5.7%: the 5.7% is
    农村居民人均可支配收入's, the 4.3% 城镇居民人均可支配收入's: a short first item takes the last one's
    tail), or "" where the figure is no item of such a list."""
    several = lexicon().several
    for word in several.respectively:
        at = prefix.rfind(word)
        if at <= 0:
            continue
        separators = (*several.enumeration, *several.conjunctions)
        subjects = [prefix[:at]]
        for sep in separators:
            subjects = [part for item in subjects for part in item.split(sep)]
        subjects = [item for item in subjects if item]
        after = prefix[at + len(word):]
        index = sum(after.count(sep) for sep in several.enumeration)
        if len(subjects) < 2 or index >= len(subjects):
            return ""
        subject, last = subjects[index], subjects[-1]
        return joined(subject, last)
    return ""


def respective_item(words: str, index: int) -> str:
    """The ``index``-th subject of the 分别 list ``words`` end with, where the list's figures stand apart (城乡居民人均
    可支配收入分别增长8.1%和9.2%: the second is 农村居民人均可支配收入's; 城镇、农村居民…分别: the same), or "". A word of
    ``several.pairs`` (城乡) names its subjects in turn where no mark parts them."""
    several = lexicon().several
    word = max(several.respectively, key=words.rfind)
    at = words.rfind(word)
    rest = words[at + len(word):]  # the list's name ends with 分别 (or 分别为, 分别达到: words going on): its figures follow
    if at <= 0 or rest and not continues(rest):
        return ""
    subjects = [uncontracted(words[:at])]
    for sep in (*several.enumeration, *several.conjunctions):
        subjects = [part for item in subjects for part in item.split(sep) if part]
    pair = next((word for word in several.pairs if len(subjects) == 1 and word in subjects[0]), "")
    if pair:
        subjects = [subjects[0].replace(pair, half, 1) for half in several.pairs[pair]]
    if len(subjects) < 2 or index >= len(subjects):
        return ""
    subjects = shared_lead(subjects)
    subject, last = subjects[index], subjects[-1]
    if head_word(subject):  # 城镇调查失业率、居民消费价格涨幅分别: a name of its own takes no other's tail
        return synonyms(subject)
    return synonyms(joined(subject, last))  # 第一产业增加值; the last 第三产业增加值 as 服务业增加值 (zh.yaml synonyms)


def uncontracted(name: str) -> str:
    """``name`` with a word of zh.yaml ``several.pairs`` written contracted, a mark of ``several.enumeration`` between
    its heads (金融机构存、贷款余额分别增长8.8%、11.9%: 存贷款; 城、乡居民, 进、出口), written whole, so that the pair names
    its subjects in turn (金融机构存款余额, 金融机构贷款余额): the first head takes the tail after the last head, the lead
    before the first every head's. Split at the mark instead, 金融机构存 was an item of its own, longer than 贷款余额,
    and the 8.8% no 存款余额's (新乡's 2024 计划, henan.kjzch.com/xinxiang/2024-04-02/841501.html)."""
    several = lexicon().several
    if not any(mark in name for mark in several.enumeration):
        return name
    for pair in sorted(several.pairs, key=len, reverse=True):
        for cut in range(1, len(pair)):
            for mark in several.enumeration:
                contracted = pair[:cut] + mark + pair[cut:]
                if contracted in name:
                    return name.replace(contracted, pair, 1)
    return name


#: the longest items (and lead) :func:`shared_lead` reads as a lead and what follows it (第 + 一, 二: short words)
SHORT = 2


def shared_lead(subjects: list[str]) -> list[str]:
    """A list's items with the first item's lead given to the others where they are written without it (第一、二、三产业:
    第 is each item's, 第二, 第三产业): the items between the first and the last all as long and short (:data:`SHORT`),
    the first longer by the lead, which neither they nor the last begin with. Any other list is as it is (城镇、农村居民,
    第一、第二、第三产业; 规上工业增加值、固定资产投资、社会消费品零售总额: names of their own)."""
    middle = subjects[1:-1]
    size = len(middle[0]) if middle else 0
    if not 0 < size <= SHORT or any(len(item) != size for item in middle) or not size < len(subjects[0]) <= 2 * SHORT:
        return subjects
    lead = subjects[0][:len(subjects[0]) - size]
    if any(item.startswith(lead) for item in subjects[1:]):
        return subjects
    return [subjects[0], *(lead + item for item in subjects[1:])]


def joined(subject: str, last: str) -> str:
    """A list's short item with the last item's tail after their longest shared ending, else after as many characters."""
    found = next((last.find(subject[-n:]) + n for n in range(len(subject), 1, -1) if subject[-n:] in last), len(subject))
    return subject if len(subject) >= len(last) else subject + last[found:]


def find_item(text: str, own: str, after: int) -> tuple[int, int]:
    """Where a list item's text ``own`` stands in the sentence ``text`` from ``after`` (start, end), or (-1, -1). The
    item's text is folded (增长8.1% of a copy in traditional characters writing 分別增長8.1%和9.2%): found in the folded
    sentence, whose offsets are the sentence's where folding kept every character one; and without the spaces a copy
    puts before a figure (分别增长 5%、7.2%: the item reads 增长5%), which left every item after the first unfound and
    its words before it unread (corpus or038: the income's figures went on from the GDP's clause)."""
    found = text.find(own, after)
    if found >= 0:
        return found, found + len(own)
    folded = fold(text).text
    folded = folded if len(folded) == len(text) else text
    found = folded.find(fold(own).text, after)
    if found >= 0:
        return found, found + len(own)
    spaced = re.compile(r"\s*".join(map(re.escape, fold(own).text))) if own else None
    match = spaced.search(folded, after) if spaced is not None else None
    return (match.start(), match.end()) if match else (-1, -1)


def listed_value(prefix: str) -> bool:
    """A clause's words before a list's second value or later (城乡居民人均可支配收入分别为39310元、): a figure, then a mark
    of zh.yaml ``several.enumeration`` ending them."""
    return prefix.endswith(tuple(lexicon().several.enumeration)) and any(ch.isdigit() for ch in prefix)


def respective_runs(candidates: Sequence[Any]) -> dict[int, str]:
    """分别 after the subjects' own clauses (城镇居民人均可支配收入达到28663元,农民人均纯收入达到12398元,分别增长10.6%和13%):
    the n-th figure of the run going on after 分别 is the n-th of as many subjects named by the clauses before it (the
    10.6% 城镇's, the 13% 农民's); {candidate's index: the words naming its subject}. A run of one figure, or fewer
    subjects before it than figures in it, is left as it is (the figures go on from the clause before)."""
    words = tuple(lexicon().several.respectively)
    marks = lexicon().choosing.clause_marks
    found: dict[int, str] = {}
    for at, c in enumerate(candidates):
        said = next((word for word in words if c.prefix.startswith(word)), "")  # ,分别增长10.6%和13%: in its clause
        lead = c.lead.strip(marks + " ")
        ends = next((word for word in words if lead.endswith(word)), "")
        named = lead[:len(lead) - len(ends)]
        if named and not continues(named) or not (ends or said) or not continues(c.prefix[len(said):]):
            continue  # the list names its subjects itself (城乡居民人均可支配收入分别增长…): respective_item's
        run = [at]
        for after in range(at + 1, len(candidates)):
            other = candidates[after]
            if other.lead or not (continues(other.prefix) or said and other.prefix.startswith(c.prefix)):
                break
            run.append(after)
        subjects = [b.prefix for b in candidates[:at] if b.prefix and not continues(b.prefix)]
        if len(run) < 2 or len(subjects) < len(run) or len(set(subjects[-len(run):])) < len(run):
            continue
        found.update(zip(run, subjects[-len(run):]))
    return found


def listed_subjects(candidates: Sequence[Any]) -> dict[int, str]:
    """The subjects a 分别 list names before it, each its figure's in turn, where the words after 分别 name what the
    figures measure (第一、二、三产业分别拉动经济增长0.9、-0.6和1.4个百分点: the 1.4 is 第三产业's pull, 第三产业拉动经济增长,
    no 经济增长's nor a figure of 城镇化率; 统计公报 of bulletins_s29, tests/corpus/README.md): {candidate's index: the
    subject}, for the candidates of a list's values (the first with the list's words before it as its lead, each after it
    none). Words going on after 分别 (增长) are read by respective_item as before, in the caller."""
    words = tuple(lexicon().several.respectively)
    found: dict[int, str] = {}
    listed, index = "", 0
    for at, c in enumerate(candidates):
        if c.lead or c.at >= 0:
            said = c.lead.strip(lexicon().choosing.clause_marks + " ")
            listed = said[max(said.rfind(mark) for mark in lexicon().choosing.clause_marks) + 1:]
            listed, index = (listed, 0) if c.at < 0 and listed.endswith(words) else ("", 0)
        else:
            index += 1
        if listed and (subject := respective_item(listed, index)):
            found[at] = subject
    return found


def shared_units(candidates: list[Any]) -> list[Any]:
    """A list's figures with the unit written once after its last (0.9、-0.6和1.4个百分点: each in points) given to each
    figure before it in the list that has none: 巴林右旗's 2022 bulletin (tests/corpus/bulletins_s29.tsv bu23: 三次产业…
    分别拉动经济增长0.9、-0.6和1.4个百分点) left 1.4 the one figure in points, MET 城镇化率提高1个百分点 as if it were the
    rate's. Figures of one list: a list's values (no words between them, ``lead``) or a sentence's figures whose clause
    goes on with nothing but the figure before and a mark of zh.yaml several (enumeration, conjunctions) between them."""
    several = lexicon().several
    joins = "|".join(map(re.escape, (*several.enumeration, *several.conjunctions)))
    between = re.compile(rf"[+-]?[0-9]+(?:\.[0-9]+)?(?:{joins})")
    found = list(candidates)
    for at in range(len(found) - 2, -1, -1):
        c, after = found[at], found[at + 1]
        unit = after.value.value.unit
        if c.value.value.unit is not None or unit is None or after.lead or (c.at < 0) != (after.at < 0):
            continue
        if c.at >= 0 and not (after.prefix.startswith(c.prefix) and between.fullmatch(after.prefix[len(c.prefix):])):
            continue
        quantity = c.value.value.model_copy(update={"unit": unit})
        found[at] = c._replace(value=c.value.model_copy(update={"value": quantity}))
    return found


def following(candidates: Sequence[Any], at: int) -> str:
    """The words before the next candidate's figure (its ``prefix``), "" after the last: where a clause's figures are
    listed with 、 the first figure's own words after it (its ``suffix``) stop at the mark, the next one's go on."""
    return candidates[at + 1].prefix if at + 1 < len(candidates) else ""


def listed_item(picked: Any, pool: Sequence[Any]) -> str:
    """:func:`respective_in_clause` of a chosen candidate, the next figure of its clause found among ``pool``."""
    after = next((c.prefix for c in pool if c is not picked and c.prefix.startswith(picked.prefix)
                  and len(c.prefix) > len(picked.prefix)), "")
    return respective_in_clause(picked.prefix, picked.suffix, after)


def respective_in_clause(prefix: str, suffix: str = "", after: str = "") -> str:
    """The subject of a figure whose own clause holds the 分别 list's name and the figures before it (城乡居民人均可支配
    收入分别增长5%和 before the 8%: the second figure, 农村居民人均可支配收入's), as :func:`respective_item` names it; "".
    Without 分别, figures joined by 和 or 、 after a name listing as many subjects are the subjects' in turn (城镇和农村常住
    居民人均可支配收入增长2%和6%: ``suffix``, the words after the figure, say a figure of the list follows the first; or
    ``after``, the next figure's words, are this clause's going on past the figure and a mark: 第一、第二、第三产业增加值
    年均增长4.5%、3.2%、4.8%, whose 4.5% is 第一产业增加值's, the fourteenth set's oq047)."""
    several = lexicon().several
    for word in several.respectively:
        at = prefix.rfind(word)
        if at > 0:
            return respective_item(prefix[:at + len(word)], len(re.findall(r"\d+(?:\.\d+)?", prefix[at:])))
    joins = (*several.enumeration, *several.conjunctions)
    first = re.search(r"\d", prefix)
    listed = prefix.endswith(joins) if first else suffix.startswith(joins) and suffix.lstrip("".join(joins))[:1].isdigit()
    rest = after[len(prefix):] if prefix and after.startswith(prefix) else ""  # 4.5%、: this figure and a mark
    listed = listed or not first and listed_value(rest) and sum(rest.count(join) for join in joins) == 1
    name = prefix[:first.start()] if first else prefix
    if not listed or not name or not any(join in name for join in joins):
        return ""
    return respective_item(name + several.respectively[0], len(re.findall(r"\d+(?:\.\d+)?", prefix)))


def respective_after(before: str, prefix: str, suffix: str = "") -> str:
    """The subject of a figure whose clause goes on (增长5.5%和 before the 7%, 分别增长) from a clause ``before`` naming
    several subjects (城镇和农村居民人均可支配收入达到45000元和20000元, 城乡常住居民人均可支配收入44686元、21054元): where its
    clause says 分别 or joins its figures (和, 、), they are the subjects' in turn, as :func:`respective_item` names
    them (the 7% 农村居民…'s); "" where the clause names a subject of its own, or ``before`` lists none."""
    several = lexicon().several
    joins = (*several.enumeration, *several.conjunctions)
    first = re.search(r"\d", prefix)
    own = prefix[:first.start()] if first else prefix
    said = next((word for word in several.respectively if own.startswith(word)), "")  # 分别增长: goes on, in turn
    if not own or not continues(own[len(said):]):
        return ""
    listed = prefix.endswith(joins) if first else suffix.startswith(joins) and suffix.lstrip("".join(joins))[:1].isdigit()
    figure = re.search(r"\d", before)
    name = before[:figure.start()] if figure else before
    if not (said or listed) or not name or continues(name):
        return ""
    return respective_item(name + several.respectively[0], len(re.findall(r"\d+(?:\.\d+)?", prefix)))
