"""Which indicator a clause names, read from the words of the names alone (judge/choose.py chooses a sentence's
figure with these; documents/extract.py matches an outcome sentence's names).

* :func:`head_word`: the word an indicator's name ends with (增加值, 收入, 能耗; ``choosing.heads`` in zh.yaml);
* :func:`names_other`: whether a clause names another indicator than a target's name (another head word, the
  same head with other words before it, five characters or more of a name without a head word sharing nothing);
* :func:`name_goes_on`: whether plain words right after a name and before its figure make a longer name of their
  own (新增就业参保大学生35万人 is no 城镇新增就业);
* :func:`bare_names`: a place and the head word alone (全市投资, the city's investment);
* :func:`synonyms`: other spellings of a name's words made one (GDP, 规上, 经济总量; ``choosing.synonyms``);
* :func:`unnamed_apart`, :func:`share_of`: two names without a head word, or a share's name and its whole's;
* a count per head (每千人口, 人均) against a total, either way: judge/per_head.py;
* the item of a 分别 list a figure is of (城乡: 城镇 then 农村): judge/respective.py;
  :func:`another_than_gap`: a clause naming no gap; :func:`clauses`: a text's clauses;
* :func:`elided_subject`: a clause naming only a measure (增加值, 总量) of the subject the clause before named;
  :func:`continues`: a clause naming none, only going on about the one before (，比上年增长6.1%).

The words are the language's (zh.yaml ``choosing``, ``measures``, ``tasks``, ``outcome.of``); none is written here.
"""

from __future__ import annotations

import re

from .. import models as m
from ..language.lexicon import lexicon, per_lexicon
from ..language.normalize import fold
from .figure import narrows_gap
from .period_parts import without_parts
from .whole_names import as_whole, own_region


def spelt_out(name: str, text: str) -> bool:
    """The whole name, in order, with at most two characters put in (粮食产量 in 粮食总产量达到)."""
    if len(name) < 3:
        return False
    for start in (i for i, ch in enumerate(text) if ch == name[0]):
        at, found = start, 0
        while at < len(text) and at - start < len(name) + 2 and found < len(name):
            found += text[at] == name[found]
            at += 1
        if found == len(name):
            return True
    return False


def reordered(name: str, text: str) -> bool:
    """The whole name in runs of two characters or more, in another order (新增城镇就业 in 城镇新增就业:
    targets and bulletins order the same words differently); a run left out (城镇调查失业率 against
    城镇登记失业率) is no match."""
    if len(name) < 4:
        return False
    at = 0
    while at < len(name):
        length = next((n for n in range(len(name) - at, 1, -1) if name[at:at + n] in text), 0)
        if not length:
            return False
        at += length
    return True


def synonyms(text: str) -> str:
    """Folded words with the other spellings of a name's words made one (GDP -> 地区生产总值, 万元 -> 单位),
    never right after a digit (3000万元 is a unit)."""
    pairs = lexicon().choosing.synonyms
    if not pairs or not any(word in text for word in pairs):
        return text
    words = sorted(pairs, key=len, reverse=True)
    out: list[str] = []
    at = 0
    while at < len(text):
        word = next((w for w in words if text.startswith(w, at) and not (at and text[at - 1].isdigit())
                     and (not _widens(w, pairs[w]) or _bare_before(text, at))), "")
        out.append(pairs[word] if word else text[at])
        at += len(word) or 1
    return "".join(out)


def _widens(word: str, meant: str) -> bool:
    """A synonym that writes a name's head out whole (生产总值: 地区生产总值): the head alone is that name only where
    nothing of another name stands before it (:func:`_bare_before`)."""
    return len(meant) > len(word) and meant.endswith(word)


def _bare_before(text: str, at: int) -> bool:
    """Whether the head at ``at`` stands alone: at the start, after a mark or a figure, a place that is no name's word
    (全县: a synonym meaning nothing) or a predicate (全县实现生产总值 is the GDP); 农业生产总值, 旅游业生产总值 and
    海洋生产总值 are other indicators' (tests/test_review2_s23.py), never the GDP's."""
    if not at or not ("\u4e00" <= text[at - 1] <= "\u9fff" or text[at - 1].isalpha()):
        return True
    return text[:at].endswith(_alone_after())


def _place_words() -> tuple[str, ...]:
    """The places that are no name's word: zh.yaml ``choosing.synonyms`` meaning nothing (全市: "")."""
    return tuple(word for word, meant in lexicon().choosing.synonyms.items() if not meant)


def _alone_after_words() -> tuple[str, ...]:
    """What a head may follow and stand alone (:func:`_bare_before`): a predicate, a completion, a place."""
    return (*lexicon().choosing.predicates, *lexicon().tasks.complete, *_place_words())


_alone_after = per_lexicon(_alone_after_words)  # asked at every widening synonym's head a text holds


def head_word(words: str) -> str:
    """The head word ending the last indicator name in ``words`` (单位地区生产总值能耗: 能耗), or ""."""
    best: tuple[int, int] = (-1, 0)
    found = ""
    for head in lexicon().choosing.heads:
        at = words.rfind(head)
        if at >= 0 and (at + len(head), len(head)) > best:
            best, found = (at + len(head), len(head)), head
    return found


def names_other(name: str, words: str, *, at_figure: bool = True, known: str = "") -> bool:
    """``words`` name another indicator than ``name``: another head word, or the same head where neither has
    the two characters the other puts before it (第二产业增加值 has no 工业 of 规模以上工业增加值, which has no
    产业; 城镇调查失业率 and 城镇登记失业率; but 全年粮食总产量 has the 粮食 of 粮食产量, and 研发经费支出相当于
    生产总值 the 当于 of 研发经费支出相当于地区生产总值; a verb before the head is no word of a name: 全年实现生产总值 is
    地区生产总值's). Where one has no head word, the other's name is compared with its words whole
    (:func:`unheaded_other`); where neither has one, unknown (False). ``at_figure``: ``words`` are the figure's
    own, right before it (not the words of a clause before that it goes on from)."""
    name = unbracketed(name)  # 国内生产总值(GDP)能耗: a gloss in brackets (a sentence's may be the name itself)
    if len(name) >= 2 and name in bracketed(words):  # …占人均消费支出的比重(恩格尔系数)为29.3%: its gloss is the name
        return False
    if (shared := share_part(words)) and not _has_any(name, lexicon().choosing.share) and (head := head_word(name)) \
            and head not in shared and head in words[len(shared):]:  # 研发经费支出占地区生产总值比重2.3% against 地区生产总值
        return True  # a share of it (与…之比 too), no figure of it; a share target's own name (相当于…的4.3%) names one
    own, theirs = head_word(name), head_word(unbracketed(words))  # 研发经费支出(地区生产总值的2.5%): a gloss's head
    if not own or after_head(name[name.rfind(own) + len(own):]):
        # 常住人口城镇化率: 人口 is no head of it, the words after it say what it is; the name is compared whole
        # 研发投入强度 against 地区生产总值增长5.7%; a share's clause (…经费支出占GDP的比重) is named by its part, before 占
        part = min((words.find(word) for word in lexicon().choosing.share if word in words), default=-1)
        if part > 0 and not _has_any(name, lexicon().choosing.share) and max(
                common(name, words[:part]), common(name, words[part:])) < 2:
            # 第一产业占地区生产总值的比重上升3.82个百分点 against 城镇化率提高1个百分点 (丹寨's 2015 bulletin): a share
            # of one thing in another, neither of them the name's (no two characters shared), is another indicator
            return True
        words = words[:part] if part > 0 else words
        if part > 0 and name.startswith(lexicon().choosing.share):  # 相当于上海地区生产总值的 (its subject named apart,
            return False  # shanghai-2023's 全社会研发经费支出): the clause's part before its share word is the subject
        if not head_word(words):
            if own:  # 进出口总额 against 研发投入强度达到3.3%: a name of its own (NAMED) sharing nothing with it; a
                # share target's own name (相当于上海地区生产总值的) against its part's words: no other one
                return not _has_any(name, lexicon().choosing.share) and unheaded_other(name, unbracketed(words))
            return bool(known) and unnamed_apart(name, unbracketed(words), known)  # 优良天数比例, PM2.5浓度
        if part > 0 and (whole := share_part(name)) and head_word(whole) == head_word(words):
            return names_other(whole, words, at_figure=at_figure)  # 二产占比 (第二产业增加值) against 服务业增加值占…比重
        if own and own not in words and not share_part(name):  # 规模以上工业企业利润总额 against 规上工业增加值增长:
            return True  # another head, none of the name's (a share's head is its whole's: 服务业增加值占地区生产总值比重)
        return share_of(name, words) or unheaded_other(words, name.replace(lexicon().outcome.of, "")) or (  # the 的 of
            # 相当于生产总值的比例 is the name's own, no description before a figure (unheaded_other's cut at the last 的);
            # 社会消费品零售总额增长3.2% against 实际使用外资增长5%: a headed name of its own sharing nothing with it
            not own and _own_words(name) and unheaded_other(name, as_whole(words, name)))  # 外商直接投资: 外资's
    if not theirs:  # 社会消费品零售总额 against 实际使用外资增长6.1% (the 实际 of choosing.real_not kept, as _own_words does)
        return unheaded_other(name, unbracketed(words), real=True)
    if own != theirs:
        return True
    if at_figure and name_goes_on(words[words.rfind(theirs) + len(theirs):], name, at_figure=True):  # 新增就业参保大学生
        return True
    mine, at = name[:name.rfind(own)], words.rfind(theirs)
    yours = words[:at]
    for word in (*lexicon().choosing.predicates, *lexicon().tasks.complete):  # 实现生产总值: no name's word
        yours = yours.replace(word, "")
    yours = re.sub(r"[0-9]{4}" + re.escape(lexicon().numerals.year), "", yours)  # 2025年全区实现生产总值: no name's word
    yours = own_region(without_parts(yours), mine) if yours else yours  # 前三季度实现, 浙江省 (地区) 生产总值
    if yours and _scoped(mine) != _scoped(yours):
        return True  # 工业增加值 (all industry) against 规模以上工业增加值: a scope on one name only
    tail = next((n for n in range(min(len(mine), len(yours)), 0, -1) if mine.endswith(yours[-n:])), 0)  # 调查 of 城镇调查
    if 0 < tail < len(mine) and NAMED <= len(yours) - tail and yours[:-tail].isalpha() and common(mine[:-tail], yours[:-tail]) < 2:
        return True  # and 本地户籍劳动力调查: a name of its own before the words shared (a place, 杭州市, is shorter)
    return bool(mine[-2:]) and mine[-2:] not in yours and bool(yours[-2:]) and yours[-2:] not in mine


def _own_words(name: str) -> bool:
    """A headless name of its own: :data:`NAMED` characters of content, real_not's 实际 kept (实际使用外资; not 其余省份, 全年)."""
    kept = next((word for word in lexicon().choosing.real_not if word in name), "")
    return len(content(name.replace(kept, "")) + kept) >= NAMED


def share_part(name: str) -> str:
    """The part a share target is of, before its share word (服务业增加值 of 服务业增加值占地区生产总值比重), or ""."""
    at = min((name.find(word) for word in lexicon().choosing.share if word in name), default=-1)
    return name[:at] if at > 0 else ""


def scope_apart(name: str, words: str) -> bool:
    """``words`` name ``name``'s head with a scope the name lacks or the other way (全县工业增加值增长6.0%,其中规模以上
    工业增加值增长7.2% against 工业增加值: the 7.2 counts the firms above the size line only; choose sets it aside)."""
    head = head_word(words)
    return bool(head) and head == head_word(name) and _scoped(words[:words.rfind(head)]) != _scoped(name[:name.rfind(head)])


def other_head(name: str, words: str) -> bool:
    """``words`` end with another head word than ``name``, a name ending with its head (no share, no words after it:
    服务业增加值占…比重 and 常住人口城镇化率 are left to :func:`names_other`): 单位地区生产总值能耗下降 against 地区生产总值,
    a step of choose among a sentence's figures (全省地区生产总值增长12.5%左右;单位地区生产总值能耗下降4.6%左右 was
    pending ambiguous against 地区生产总值增长11%)."""
    own, theirs = head_word(name), head_word(unbracketed(words))
    return bool(own and theirs) and own != theirs and not after_head(name[name.rfind(own) + len(own):]) \
        and not _has_any(name, lexicon().choosing.share)


def _scoped(words: str) -> bool:
    """Whether ``words`` (before a head word) say which units are counted: 规模以上, 规模 (zh.yaml choosing.scopes)."""
    return any(word in words for word in lexicon().choosing.scopes)


#: the fewest characters of its own that make a clause without a head word name an indicator (研发投入强度, 研究与试验
#: 发展经费投入); fewer (全年, 该市, 外贸, 社零总额, 经济) name none the judge can tell apart
NAMED = 5


def unheaded_other(name: str, words: str, *, real: bool = False) -> bool:
    """Words naming no head word name another indicator than ``name`` (which has one) where, their predicates,
    rate and completion words and figures left out, at least :data:`NAMED` characters of a name remain and they
    share no two characters with ``name`` (研发投入强度4% against 地区生产总值增长5%左右: not the GDP's figure; but
    社会消费品零售额 is 社会消费品零售总额's, 经济总量 the GDP's by the synonyms). The name is what follows the last
    "of" (的): 杭州最后交上的答卷为15373亿元 describes its figure (答卷, the results), it names no indicator. ``real``: the
    实际 of zh.yaml ``choosing.real_not`` in ``words`` counts as their name's (实际使用外资: 6 characters, as
    :func:`_own_words` counts it), where ``name`` is a headed target's whole name."""
    rest = "".join(ch for ch in words if ch.isalpha())  # figures, units' digits and marks left out
    rest = plain(rest[rest.rfind(lexicon().outcome.of) + 1:] if lexicon().outcome.of else rest)
    flat = next((word for word in lexicon().reported.flat if rest.endswith(word)), "")  # 与上年持平: no name's words
    rest = rest[:len(rest) - len(flat)]
    kept = next((word for word in lexicon().choosing.real_not if real and word in words), "")  # 实际使用外资增长6.1%:
    return len(rest) + len(kept) - len(plain(kept)) >= NAMED and common(name, rest) < 2  # its 实际 is its name's


def unnamed_apart(name: str, words: str, known: str = "") -> bool:
    """Neither the target's name nor the clause's words end with a head word, and each holds a name of its own
    (their content words, predicates, rate and completion words and figures left out, at least :data:`NAMED`
    characters each) that is not the other's: what is left once the words of a measure (zh.yaml ``choosing.measure``:
    天数, 比例, 浓度, 率) are left out too shares no two characters (空气质量优良天数比例 against PM2.5年均浓度90 or
    重污染天数比例0.9%: two indicators; but 优良天数比率, 空气优良天数比例, 环境空气质量优良率 share 优良 or 空气 with it and
    are its own). Fewer words (全年, 该市) name nothing. ``known``: the target's own text, where ``name`` may be a
    rules file's (达到市级要求（优良水体比例62.5）, named 地表水环境质量目标完成情况) or leave a gloss out
    (细颗粒物(PM2.5)平均浓度): words that are its own by it are the target's too. Without it (a rules name alone:
    choose.names_another, a plan period's figures) a name may only describe its row: :func:`names_other` asks nothing."""
    theirs = content(words[words.rfind(lexicon().outcome.of) + 1:] if lexicon().outcome.of else words)
    mine = content(unbracketed(name))
    return len(mine) >= NAMED and len(theirs) >= NAMED and shared(subject(mine), subject(theirs)) < 2 and (
        not known or shared(subject(content(synonyms(fold(known).text))), subject(theirs)) < 2)


def content(words: str) -> str:
    """The letters of ``words`` (no figures, marks or units' digits), without predicate, rate and completion words."""
    return plain("".join(ch for ch in words if ch.isalpha()))


def subject(words: str) -> str:
    """``words`` without the words of a measure (天数比例, 浓度, 率): what the measure is of (空气质量优良, PM), the
    parts a measure word stood between parted by a space."""
    for word in sorted(lexicon().choosing.measure, key=len, reverse=True):
        words = words.replace(word, " ")
    return words


def shared(a: str, b: str) -> int:
    """The longest run of characters ``a`` and ``b`` share within one of their space-parted parts."""
    return max((common(part, b) for part in a.split()), default=0)


def share_of(name: str, words: str) -> bool:
    """The target is a share of one indicator in another (研发经费支出相当于地区生产总值的比例, 服务业增加值占GDP比重:
    ``choosing.share`` parts them) and the clause names the whole it is taken of, not its part: it shares no two
    characters with the part before the share word (地区生产总值增长6% says nothing of the R&D share); a clause with
    a share word of its own (，占地区生产总值比重2.6%) names a share."""
    shares = lexicon().choosing.share
    at = min((name.find(word) for word in shares if word in name), default=-1)  # 占GDP比重2.6% names a share itself
    return at > 0 and not any(word in words for word in shares) and common(name[:at], plain(words)) < 2


def name_goes_on(after: str, name: str, *, at_figure: bool = False) -> bool:
    """The words right after an indicator's name and right before its figure (参保大学生 of 新增就业参保大学生35万人)
    are plain words (none the language knows, no mark between), at least :data:`NAMED` characters of a name of their
    own that ``name`` (a target's name or text) does not hold: the sentence names another indicator whose name only
    begins as this one's (graduates newly insured, no 城镇新增就业). Words the language knows go on about the figure
    or the indicator (均值为, 比上年增长, 与上年基本持平, 上半年由负转正): 城镇调查失业率均值为5.2% is the rate's.
    ``at_figure``: ``after`` ends where the figure begins (a figure's label, the words of its clause before it)."""
    from ..language.lexer import NUM, TEXT, tokenize  # here: a check read from its rules snapshot loads no lexer

    tokens = tokenize(after).items
    figure = next((i for i, token in enumerate(tokens) if token.kind == NUM), len(tokens) if at_figure else None)
    if not figure or any(token.kind != TEXT for token in tokens[:figure]):
        return False
    rest = plain(synonyms("".join(token.text for token in tokens[:figure])))
    return len(rest) >= NAMED and rest[:2] not in synonyms(fold(name).text)


def bare_names(name: str) -> tuple[str, ...]:
    """The ways a sentence names an indicator by its head word alone after a place (全市投资, 全省投资 for 固定资产投资:
    the place's investment), folded; none where the name has no head word. A caller holding several indicators of
    one head word cannot tell them apart by these."""
    head = head_word(unbracketed(synonyms(fold(name).text)))
    return tuple(fold(place).text + head for place in _place_words()) if head else ()  # 全市: "" (a place)


def plain(words: str) -> str:
    """``words`` without the words of a predicate, a rate, a completion or a clause going on (实现, 增长, 完成, 为)."""
    for word in _plain_words():
        if word in words:
            words = words.replace(word, "")
    return words


def _plain_word_list() -> tuple[str, ...]:
    choosing = lexicon().choosing
    return tuple(sorted(dict.fromkeys((*choosing.predicates, *choosing.rate_words, *choosing.continues,
                                       *lexicon().tasks.complete, *lexicon().measures.rate, *lexicon().measures.decline)),
                        key=len, reverse=True))  # the order of the lists kept among words of one length


_plain_words = per_lexicon(_plain_word_list)  # sorted once per lexicon: plain is asked for every name compared


def after_head(after: str) -> str:
    """What follows a name's head word, its rate words left out (地区生产总值增速: nothing)."""
    for word in sorted(lexicon().choosing.rate_words + lexicon().measures.rate + lexicon().measures.decline,
                       key=len, reverse=True):
        after = after.replace(word, "")
    return after


def unbracketed(text: str) -> str:
    """``text`` without the parts in brackets (folded: half-width ``(`` ``)``)."""
    out, depth = [], 0
    for char in text:
        depth += char == "("
        if not depth:
            out.append(char)
        depth -= char == ")" and depth > 0
    return "".join(out)


def bracketed(text: str) -> tuple[str, ...]:
    """The parts of ``text`` in brackets (folded: half-width ``(`` ``)``), each whole."""
    return tuple(part.split(")")[0] for part in text.split("(")[1:])


def common(a: str, b: str) -> int:
    """The length of the longest run of characters ``a`` and ``b`` share."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def averaged_over_years(target: m.Constraint, label: str) -> bool:
    """A figure said of a yearly average over several years (地区生产总值年均增长5.9%, GDP年均增长6.3%: a review of five
    years) against a target of one year's change (增长7%左右): another period's figure. A 年均 target takes it."""
    from .years import annual_target  # here: years.py imports names' neighbours (period_parts)

    if annual_target(target):  # 年均增长6%, “十三五”期间产值平均增速达10%: a yearly average is its measure
        return False
    annual = lexicon().change_bases.annual
    words = fold(label).text
    at = max((words.rfind(word) + len(word) for word in annual if word in words), default=-1)
    return at > 0 and says_change_only(words[at:])


def says_change_only(label: str) -> bool:
    """The words before a figure name no indicator: a change word leads them once a base said is left out (提高了,
    比上年增加, 同比提高); 执业医师, 医师数增加 name one."""
    lex = lexicon()
    changes = tuple(lex.change.up + lex.change.down)
    return label.startswith(changes) or any(
        label.startswith(base) and label[len(base):].startswith(changes) for base in lex.change_bases.since_previous)


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    return any(word in text for word in words)


def clauses(text: str) -> list[str]:
    """The text's clauses, between the marks of ``choosing.clause_marks``."""
    marks = lexicon().choosing.clause_marks
    found = [""]
    for char in text:
        if char in marks:
            found.append("")
        else:
            found[-1] += char
    return [clause for clause in found if clause]


def another_than_gap(target: m.Constraint, name: str, words: str) -> bool:
    """A gap to narrow (收入倍差持续缩小: no head word of its own ends the name) and a clause naming an indicator whose
    head word is no part of it and which shares no two characters with it (国内生产总值达到99.1万亿元，增长6.1%: the
    growth is no change of the gap)."""
    head = head_word(words)
    for node in m.nodes(target):
        if head and isinstance(node, m.Direction) and narrows_gap(node):
            gap = name.replace(fold(node.phrase).text, "")  # a bare 持续缩小 names no gap: nothing is said
            return bool(gap) and head not in gap and common(gap, words) < 2  # 城乡差距: 城乡居民收入比 is its
    return False


def elided_subject(before: str, words: str) -> str:
    """The name a clause takes whose words, plain, are only a word of ``choosing.elided`` (规上工业产值完成393亿元,
    增加值增长21%: the 增加值 of the same 规上工业): a head word (增加值) takes the words before the head of the clause
    before (``before``: 规模以上工业); another word (总量) names what that clause named. "" where ``words`` name
    more, or the clause before names nothing."""
    elided = lexicon().choosing.elided
    words = next((words[len(w):] for w in lexicon().choosing.predicates if words.startswith(w) and words != w), words)
    bare = next((w for w in sorted(elided, key=len, reverse=True) if words.startswith(w) and not plain(words[len(w):])), "")
    if not before or not bare:
        return ""
    if not any(bare.endswith(head) for head in lexicon().choosing.heads):  # 总产值 is 产值's: a measure of its own
        return before
    head = head_word(before)
    qualifier = before[:before.rfind(head)] if head else grows_from(before)
    return qualifier + words if plain(qualifier) else ""


def grows_from(clause: str) -> str:
    """The words before a direction of growth (zh.yaml directions.up.growth: 较快增长, 稳步增长) that open a clause
    without a figure or a head word: the sector it names (服务业 of 服务业较快增长, whose 实现增加值964.92亿元 goes on), or "".
    """
    words = lexicon().directions.up.growth
    at = min((clause.find(word) for word in words if word in clause), default=-1)
    return clause[:at] if at > 0 else ""


def continues(prefix: str) -> bool:
    """The clause names no indicator of its own: only words that go on about the one before, a base year inside
    them left out (按2020年不变价格计算: the statistics' base since 2021; a bare 2022年 is not so read), a particle after
    them too (较去年同期增长了: zh.yaml reported.particles)."""
    particle = next((word for word in lexicon().reported.particles if prefix.endswith(word) and prefix != word), "")
    prefix = prefix[:len(prefix) - len(particle)]
    if _goes_on(prefix):
        return True
    year = re.escape(lexicon().numerals.year)
    bare = re.sub(r"\d{4}" + year, "", prefix)
    if bare != prefix and bool(bare) and _goes_on(bare):
        return True
    based = _as_previous(prefix)
    return based != prefix and _goes_on(based)


def dated_only(prefix: str) -> bool:
    """The clause names a month or a year and nothing else (12月份为, 2022年为): the figure is of a date, of no other
    indicator; a clause going on after it (全年平均5.6%) is still about the one named before (choose._subjects)."""
    bare = _undated().sub("", prefix)
    return bare != prefix and (not bare or _goes_on(bare))


def _undated_pattern() -> re.Pattern[str]:
    """A year (2022年) or a month (12月, 12月份: zh.yaml outcome.month and the not_values words it begins) in a clause."""
    month = lexicon().outcome.month
    months = sorted({month, *(w for w in lexicon().not_values.after if w.startswith(month))}, key=len, reverse=True)
    return re.compile(r"\d{4}" + re.escape(lexicon().numerals.year) + r"|\d{1,2}(?:" + "|".join(map(re.escape, months)) + ")")


_undated = per_lexicon(_undated_pattern)


def _previous_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """比2022年 as 比上年, 较2022年同期 as 较上年同期: each zh.yaml change_bases.since_previous word naming the previous
    year (change_bases.previous_year), four digits and the year's word in its place; a named group per word."""
    bases, year = lexicon().change_bases, re.escape(lexicon().numerals.year)
    patterns: dict[str, str] = {}  # pattern -> the first word of the list it stands for (比上年 before 比上一年)
    for word in bases.since_previous:
        said = next((said for said in sorted(bases.previous_year, key=len, reverse=True) if said in word), None)
        if said is not None:
            before, _, after = word.partition(said)
            patterns.setdefault(f"{re.escape(before)}\\d{{4}}{year}{re.escape(after)}", word)
    ordered = sorted(patterns, key=len, reverse=True)  # 比2022年同期 before 比2022年
    words = {f"w{i}": patterns[pattern] for i, pattern in enumerate(ordered)}
    return re.compile("|".join(f"(?P<w{i}>{pattern})" for i, pattern in enumerate(ordered)) or "(?!)"), words


_previous = per_lexicon(_previous_pattern)


def _as_previous(prefix: str) -> str:
    """The prefix with a base year said as the previous one (比2022年增长: as 比上年增长)."""
    pattern, words = _previous()
    return pattern.sub(lambda found: words[str(found.lastgroup)], prefix)


def _goes_on(prefix: str) -> bool:
    rest = prefix
    words = sorted((*lexicon().choosing.continues, *lexicon().outcome.partial_period), key=len, reverse=True)  # 上半年增长
    changed = True
    while rest and changed:
        changed = False
        for word in words:
            if rest.startswith(word):
                rest, changed = rest[len(word):], True
                break
    return not rest


def other_half(name: str, words: str) -> bool:
    """``words`` name another indicator of a pair (zh.yaml ``several.pairs``) than the target's ``name``: the other half
    (城镇 against 农村居民人均可支配收入), the whole of the target's half (城乡居民…, 进出口总额 against 出口…; a name beginning
    with a word of ``several.wholes`` and no half: 居民人均可支配收入 against 城镇居民…), or a half of the target's whole
    (出口 against 进出口总额): another figure however many characters they share."""
    several = lexicon().several
    for whole, halves in several.pairs.items():
        mine, theirs = _pair_words(name, whole, halves), _pair_words(words, whole, halves)
        at = _spread_at(name, words)  # 居民收入 in 城镇居民人均可支配收入 too (a plan's short name, the 公报's long one)
        if not mine and name.startswith(tuple(several.wholes)) and theirs - {whole} and at >= 0 and not (
                words[at:].startswith(tuple(several.each))):  # 均增长8%: each half's and so
            return True  # 居民人均可支配收入 against 城镇和农村居民人均可支配收入分别增长4.3%、5.3%: a half's figure (os003)
        if mine == {whole}:
            if len(theirs) == 1 and whole not in theirs and _same_rest(name, whole, words, *theirs):  # 出口 against 进出口总额
                return True
            continue
        if len(mine) != 1 or next(iter(mine)) in theirs:
            continue
        if theirs - {whole} or theirs and _same_rest(name, next(iter(mine)), words, whole):  # 农村, 城乡 against 城镇…
            return True
        rest = name[name.find(next(iter(mine))) + len(next(iter(mine))):]
        if rest.startswith(tuple(several.wholes)) and rest in words:  # 居民人均可支配收入 against 城镇居民…
            return True
    return False


def _spread_at(name: str, words: str, spread: int = 5) -> int:
    """Where ``name`` ends in ``words``, whole (居民人均可支配收入) or its characters in order with at most ``spread``
    characters put in (居民收入 in 城镇居民人均可支配收入增长4.2%), else -1."""
    if name in words:
        return words.find(name) + len(name)
    for start in (i for i, ch in enumerate(words) if name and ch == name[0]):
        at, found = start, 0
        while at < len(words) and at - start < len(name) + spread and found < len(name):
            found += words[at] == name[found]
            at += 1
        if found == len(name):
            return at
    return -1


def _same_rest(name: str, own: str, words: str, theirs: str) -> bool:
    """What follows the pair's words in the two names is one indicator's (居民人均可支配收入 after 城镇 and 城乡; 总额 or
    nothing after 进出口 and 出口), not two (新增就业 after 城镇, 比 after 城乡: the urban-rural ratio is no part of jobs)."""
    mine, yours = name[name.find(own) + len(own):], words[words.find(theirs) + len(theirs):]
    return not mine or not yours or common(mine, yours) >= 2


def _pair_words(text: str, whole: str, halves: tuple[str, ...]) -> set[str]:
    """The words of a pair ``text`` holds: its whole word (进出口, holding 出口), then halves outside it."""
    found = {whole} if whole in text else set()
    return found | {half for half in halves if half in text.replace(whole, "|")}
