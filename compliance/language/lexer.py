"""Text -> tokens with spans (the first step of parsing; the grammar is in ``grammar.py``).

The lexer knows numbers (Arabic and Chinese, with units and multipliers), brackets and the
lexicon's words; it does not decide what a sequence means. A word may carry several meanings
(完成 is an action, a completion verb and an attestation); the grammar picks the one that fits.
Within the lexicon the longest match wins (不超过 before 超过).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from .firsts import starts
from .lexicon import Lexicon, lexicon, per_lexicon
from .normalize import Folded, fold_once
from .numerals import leading_point, numeral_chars, per_big_unit, ranked, ratio_at, read_numeral, zeros_read
from .points import ellipsis_after_figure, ends_text, points_end
from .units import match_unit

# Token kinds
NUM, YEAR, DURATION, WORD, SYNC, LPAREN, RPAREN, PUNCT, TEXT = (
    "NUM", "YEAR", "DURATION", "WORD", "SYNC", "LPAREN", "RPAREN", "PUNCT", "TEXT",
)

_ARABIC = re.compile(r"(?:[-+]?\d+(?:,\d{3})*(?:\.\d+)?|[-+]?\.\d+)(?:[eE][-+]?\d+)?")
#: the largest power of ten a number may have (``1e999``, a thousand digits); beyond, it is text
MAX_E_EXPONENT = 999
#: the longest run of Chinese numeral characters read as a number; a longer run is text
MAX_NUMERAL = 64
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:\.\d+)?")
_LATIN_WORD = re.compile(r"[A-Za-z]{2}")  #: two Latin letters: a word (GW, Gbps), never the G of 5G alone
#: a whole figure's trailing point (``6.``: the figure 6, as Python and spreadsheets read it), not before a
#: digit, a Latin letter or another point (``852.html``, ``6..``), where it is not the figure's
_TRAILING_POINT = re.compile(r"\.(?![0-9A-Za-z.])")
#: 1/3 of a share written in digits: a whole number over a whole number, no third part (a date, 2022/12/31)
_SLASH_FRACTION = re.compile(r"/(\d{1,4})(?![\d.,/])")
#: 2022/12/31: whole numbers joined by two slashes or more, a date, no figure
_SLASH_CHAIN = re.compile(r"(?:/\d+){2,}")
#: a point after a figure that is not the figure's (6.5.以上, 6.5., 6..): before no digit and no Latin letter
_STRAY_POINT = re.compile(r"\.(?![0-9A-Za-z])")


class Token(NamedTuple):
    """A token: immutable, and a named tuple because the lexer makes several per text (a frozen dataclass
    costs three times as much to make)."""

    kind: str
    start: int  #: offsets in the folded text
    end: int
    text: str
    meanings: tuple[tuple[str, str], ...] = ()  #: (category, payload) for WORD and SYNC
    value: Decimal | None = None  #: NUM, YEAR, DURATION
    unit: str | None = None  #: NUM

    def means(self, category: str) -> str | None:
        """The payload of ``category`` if the token has that meaning (``""`` for no payload)."""
        for name, payload in self.meanings:
            if name == category:
                return payload
        return None


#: a token made as the tuple it is, all seven fields given in order: ``Token(...)`` goes through the named tuple's
#: ``__new__``, a Python function, which costs three times as much (the lexer makes several tokens per text)
_MAKE = tuple.__new__


class Tokens(NamedTuple):
    folded: Folded
    items: tuple[Token, ...] = ()

    def source_span(self, token: Token) -> tuple[int, int]:
        return self.folded.span(token.start, token.end)


@dataclass(frozen=True, slots=True)
class _Table:
    words: dict[str, tuple[tuple[str, str], ...]]
    by_first: dict[str, tuple[str, ...]]
    patterns: tuple[tuple[re.Pattern[str], str, str], ...]  #: (regex, category, payload)
    opening: str  #: brackets, marks and the numerals' special characters, from the lexicon
    closing: str
    marks: str
    numerals: frozenset[str]
    point: str
    big_units: str
    percent: str
    per_mille: str
    year: str
    fraction: str  #: 分之 of 三分之一 (one third)
    change_words: tuple[str, ...] = ()  #: the change verbs (增长, 下降), longest first
    #: the characters (besides digits) a number may begin with: signs, a point, Chinese numerals, the percent word's first
    number_starts: frozenset[str] = frozenset()
    brackets: frozenset[str] = frozenset()  #: opening and closing
    #: every character a pattern's match may begin with (None: not known, every pattern is tried everywhere)
    pattern_starts: frozenset[str] | None = None
    minus: tuple[str, ...] = ()  #: the words that are a minus sign directly before a figure (负), longest first
    rate_names: tuple[str, ...] = ()  #: words naming a growth rate that are no change verb (增速, 增长率)
    named: tuple[str, ...] = ()  #: 强 of 世界500强: a figure right before it, without a unit, is a name's (the top 500)
    classed: tuple[str, ...] = ()  #: 级 of 千亿级产业集群: after a figure and its unit, a class of size (a name's)
    #: the words :func:`_quick` takes whole (:func:`_quick_words`)
    quick_words: frozenset[str] = frozenset()
    #: the characters :func:`_scan` may read as other than plain text, besides ASCII and digits: brackets, marks, a
    #: point, a space, and where a number or a pattern may begin
    not_plain: frozenset[str] = frozenset()
    #: a change's sign marks (zh.yaml change.marks: ▲ ▼ ↑ ↓), which a figure keeps its unit across (2.0↓% is 2.0%)
    change_marks: str = ""
    per_head: tuple[str, ...] = ()  #: 人均 (zh.yaml choosing.per_capita): no counter of the figure before it
    per_head_firsts: frozenset[str] = frozenset()


@per_lexicon  # an overlay (language/overlay.py) has its own table
def _table() -> _Table:
    lex: Lexicon = lexicon()
    meanings: dict[str, list[tuple[str, str]]] = {}
    for claim in lex.claims():
        meanings.setdefault(claim.word, []).append((claim.meaning, claim.payload))
    words = {word: tuple(found) for word, found in meanings.items()}
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_first.setdefault(word[0], []).append(word)
    patterns: list[tuple[re.Pattern[str], str, str]] = []
    for entry in lex.references:
        patterns.extend((re.compile(p), "ref", entry.name) for p in entry.patterns)
    patterns.extend((re.compile(p), "sync", "") for p in lex.sync.patterns)
    marks, n = lex.punctuation, lex.numerals
    minus = tuple(sorted(n.minus, key=len, reverse=True))
    number_starts = frozenset("-+.") | numeral_chars() | frozenset(n.percent[:1]) | frozenset(word[0] for word in minus)
    brackets = frozenset(marks.opening + marks.closing)
    pattern_starts = starts(regex for regex, _, _ in patterns)
    return _Table(
        words, {k: tuple(v) for k, v in by_first.items()}, tuple(patterns), marks.opening, marks.closing, marks.marks,
        numeral_chars(), n.point, "".join(n.big_units), n.percent, n.per_mille, n.year, n.fraction,
        tuple(sorted((*lex.change.up, *lex.change.down), key=len, reverse=True)),
        number_starts, brackets, pattern_starts, minus,
        tuple(w for w in lex.measures.rate if w not in (*lex.change.up, *lex.change.down)),
        quick_words=_quick_words(words, number_starts | brackets | {" "}, pattern_starts), named=n.named, classed=n.classed,
        not_plain=number_starts | brackets | frozenset(marks.marks) | {".", " "} | (pattern_starts or frozenset()),
        change_marks="".join(mark for written in lex.change.marks.values() for mark in written),
        per_head=lex.choosing.per_capita, per_head_firsts=frozenset(word[:1] for word in lex.choosing.per_capita),
    )


def _quick_words(words: dict[str, tuple[tuple[str, str], ...]], not_first: frozenset[str],
                 pattern_starts: frozenset[str] | None) -> frozenset[str]:
    """The words :func:`_quick` takes whole where one stands before or after the figure: those :func:`_scan` reads
    as the word itself. Not a word that begins where a number, a bracket, a space or a pattern may (_scan reads
    those otherwise), nor a plain word (merged into text) or a reference (cut by :func:`_own_change`), nor one that
    is the start of a longer word up to a digit (PM of PM2.5: the longer word would be read); none where the
    patterns' first characters are not known."""
    if pattern_starts is None:
        return frozenset()
    before_digit = {word[:at] for word in words for at, char in enumerate(word) if "0" <= char <= "9"}
    return frozenset(
        word for word, meanings in words.items()
        if word[0] not in not_first and not word[0].isdigit() and word[0] not in pattern_starts
        and meanings[0][0] != "plain" and all(name != "ref" for name, _ in meanings) and word not in before_digit
    )


def tokenize(source: str) -> Tokens:
    if len(source) <= _IDENTITY_SIZE and _KEPT.issuperset(source):  # every character folds to itself: no translate
        folded = _MAKE(Folded, (source, source, _IDENTITY[: len(source)]))
    else:
        folded = fold_once(source)
        # each character folded to itself; a space only where it parts two figures (3 .5), so it is never learned
        if folded.text == source and not any(char.isspace() for char in source):
            if len(_KEPT) >= KEPT_CHARACTERS:
                _KEPT.clear()
            _KEPT.update(source)
    text = (folded := zeros_read(folded)).text  # 百分之○点一: a ○ written for 〇 read as the zero (numerals.py)
    return _MAKE(Tokens, (folded, tuple(_quick(text) or _scan(text))))


#: characters seen to fold to themselves (learned from the texts folded, at most this many kept, then forgotten at
#: once): a text of only these is its own folding, with the identity map back, as ``fold_once`` would make it, and
#: the check is one C loop, where ``str.translate`` over the folding table is a Python-level lookup per character
KEPT_CHARACTERS = 1 << 16
_KEPT: set[str] = set()
#: the map back to the source of a text that is its own folding, up to this length: 0, 1, 2 ...
_IDENTITY_SIZE = 512
_IDENTITY = tuple(range(_IDENTITY_SIZE))


def _scan(text: str) -> list[Token]:
    table = _table()
    brackets, number_starts, marks = table.brackets, table.number_starts, table.marks
    tokens: list[Token] = []
    merged = False  # a run of plain characters was merged into one TEXT token, whose text is filled in below
    pos, size = 0, len(text)
    while pos < size:
        char = text[pos]
        if char == " ":
            pos += 1
            continue
        if char in brackets:
            kind = LPAREN if char in table.opening else RPAREN
            tokens.append(_MAKE(Token, (kind, pos, pos + 1, char, (), None, None)))
            pos += 1
            continue
        # _number reads nothing that begins elsewhere (asked only where it may begin: a call per character costs)
        if char.isdigit() or char in number_starts:
            number = _number(text, pos, tokens, table)
            if number is not None:
                pos = number.end
                # 6.5. (6. is read by _number)
                if number.kind == NUM and text[pos : pos + 1] == "." and _STRAY_POINT.match(text, pos):
                    if _full_stop(text, pos, table):  # 6.5.: the figure, then a full stop
                        tokens.extend((number, Token(PUNCT, pos, pos + 1, ".")))
                        pos += 1
                        continue
                    end = pos
                    while end < size and text[end] == ".":
                        end += 1
                    if text[end : end + 1].isdigit() or (end == pos + 1 and not _binds(text, end, table)) or (
                            ellipsis_after_figure(text, pos, end)):
                        # 3..5, 5.2.预计7, 5.6%.全年…: the points part two figures or end a clause (a 。 typed as
                        # "." in copied text): each figure stays a candidate, the points are punctuation; so is an
                        # ellipsis ending the text after a unit (增长5%……, folded to 5%......); after bare digits
                        # or a point (6..., 6.5......) a slip as 6.. is, no figure
                        tokens.extend((number, Token(PUNCT, pos, end, text[pos:end])))
                        pos = end
                        continue
                    pos = end  # 6.5.以上, 6..: no figure, and "." no unit
                    number = Token(TEXT, number.start, pos, text[number.start : pos])
                elif number.kind == NUM and number.unit is None and text.startswith(table.named, pos) and not (
                        _LATIN_WORD.match(text, pos)):  # 5G基站 names a kind; 5GW is 5 of a unit written in Latin
                    end = pos + max(len(word) for word in table.named if text.startswith(word, pos))
                    merged, pos = _plain(text, tokens, number.start, end) or merged, end  # 世界500强: a name's words
                    continue
                tokens.append(number)
                continue
        word = _word(text, pos, table)
        if word is not None:
            if word.meanings[0][0] == "plain":  # 增加值: text, read whole, so the 增加 inside it is no change verb
                merged = _plain(text, tokens, pos, word.end) or merged
                pos = word.end
                continue
            meanings = word.meanings  # most words: one meaning, not a reference
            if len(meanings) == 1 and meanings[0][0] != "ref" or word.means("ref") is None:
                tokens.append(word)
            else:
                tokens.extend(_own_change(word, tokens, table))
            pos = word.end
            continue
        if char in marks or char == "." and ends_text(text, pos):
            end = pos + 1 if char != "." else points_end(text, pos)  # 同步…… (folded to ......): one mark
            tokens.append(_MAKE(Token, (PUNCT, pos, end, text[pos:end], (), None, None)))
            pos = end
            continue
        latin = _LATIN.match(text, pos) if char.isascii() else None  # a Latin word begins with A-Z or a-z
        end = latin.end() if latin else pos + 1
        if tokens and tokens[-1].kind == TEXT and tokens[-1].end == pos and not latin:
            last = tokens.pop()  # its text is filled in below: slicing here would be quadratic in a long run
            tokens.append(_MAKE(Token, (TEXT, last.start, end, "", (), None, None)))
            merged = True
        else:
            tokens.append(_MAKE(Token, (TEXT, pos, end, text[pos:end], (), None, None)))
        pos = end
    if not merged:
        return tokens
    return [_MAKE(Token, (TEXT, t.start, t.end, text[t.start : t.end], (), None, None)) if t.kind == TEXT and not t.text
            else t for t in tokens]


#: a text of one figure in ASCII digits (a point and digits after it allowed) and no other digit: [word] figure [word]
_ONE_FIGURE = re.compile(r"([^0-9]*)([0-9]+(?:\.[0-9]+)?)([^0-9]*)")
#: the longest figure :func:`_quick` reads (longer: _number, which bounds its power of ten)
_QUICK_DIGITS = 16


def _quick(text: str) -> list[Token] | None:
    """The tokens of the most common targets, ``6以上``, ``不低于6``, ``控制在3%以内``, ``净减1.2平方公里``, ``6``, ``年均增长6%``:
    plain text and a lexicon word (each or none), a figure in ASCII digits with its unit (or none), a lexicon word (or
    none), read with a regex and a set lookup per word instead of :func:`_scan`'s loop. None (read by :func:`_scan`)
    for any other text, or where a word or the figure is one that :func:`_scan` reads otherwise: a word a pattern, a
    number or another word may begin at, a plain word or a reference (merged, cut), a point, a year or a mark after
    the figure. Where it reads, the tokens are :func:`_scan`'s (``tests/test_parse_fast.py`` compares the two)."""
    shape = _ONE_FIGURE.fullmatch(text)
    if shape is None:
        return None
    table = _table()
    if table.pattern_starts is None:  # where a pattern may begin is not known: _scan tries them everywhere
        return None
    before, digits, after = shape.groups()
    tokens: list[Token] = []
    start = len(before)
    if start:
        run = _plain_run(text, start, table)  # a name before the word (年均 of 年均增长6%), as _scan merges it
        if run < 0:
            return None
        if run:
            tokens.append(_MAKE(Token, (TEXT, 0, run, text[:run], (), None, None)))
        if run < start:
            word = _lone_word(text, run, start, table)
            if word is None:
                return None
            tokens.append(word)
    end = start + len(digits)
    if len(digits) > _QUICK_DIGITS or text.startswith(table.year, end):
        return None
    unit: str | None = None
    following = text[end : end + 1]
    if following == "%" or following == "‰":
        unit, end = following, end + 1
    elif following:
        stop = match_unit(text, end)
        if stop > end:
            unit, end = text[end:stop], stop
    if text[end : end + 1] == "." or unit is None and text.startswith(table.named, end):  # 6., 6%., 500强: _scan
        return None
    if unit is not None and text.startswith(table.classed, end):  # 1000亿级: _scan (a class of size, no amount)
        return None
    tokens.append(_MAKE(Token, (NUM, start, end, text[start:end], (), Decimal(digits), unit)))
    if end < len(text):
        word = _lone_word(text, end, len(text), table)
        if word is None:
            return None
        tokens.append(word)
    return tokens


def _plain_run(text: str, end: int, table: _Table) -> int:
    """Where the run of plain characters from the text's start (read as one TEXT by :func:`_scan`) ends, before
    ``end`` or where a lexicon word begins; -1 where a character is one _scan may read otherwise (a bracket, a mark,
    a point, a space, a digit, a character a number or a pattern may begin with, any ASCII character)."""
    by_first, stops = table.by_first, table.not_plain
    pos = 0
    while pos < end:
        char = text[pos]
        words = by_first.get(char)
        if words is not None and text.startswith(words, pos):  # a word begins here: the run ends
            return pos
        if char in stops or char.isascii() or char.isdigit():
            return -1
        pos += 1
    return pos


def _lone_word(text: str, start: int, end: int, table: _Table) -> Token | None:
    """The word :func:`_scan` reads at ``start`` where ``text[start:end]`` is one of the words :func:`_quick` takes
    (``table.quick_words``): no longer word may be read there, the text ending at ``end`` or a digit standing
    there; None otherwise."""
    word = text[start:end]
    if word not in table.quick_words:
        return None
    return _MAKE(Token, (WORD, start, end, word, table.words[word], None, None))


def _full_stop(text: str, pos: int, table: _Table) -> bool:
    """Whether the lone point at ``pos``, right after a figure, ends a sentence as 。 does (``6.5.``, ``3万人.``,
    ``6.5.；``, ``6.5.（注）``): the text ends or a space, a mark or a bracket follows. Read as punctuation, never as
    the unit "."."""
    after = text[pos + 1 : pos + 2]
    return not after or after.isspace() or after in table.marks or after in table.brackets


def _binds(text: str, pos: int, table: _Table) -> bool:
    """Whether a unit or a word at ``pos`` binds to a figure before it (%, 万人, 以上, 左右 ...): then a point
    between them (``6.5.以上``, ``6.5.%``) is no full stop, and the figure is not guessed."""
    if text.startswith(("%", "‰"), pos) or match_unit(text, pos) > pos:
        return True
    word = _word(text, pos, table)
    return word is not None and word.meanings[0][0] in ("op_after", "approx_after")


def _plain(text: str, tokens: list[Token], start: int, end: int) -> bool:
    """A plain word's text joined to the run of text before it; True where it was merged (its text is filled
    in after the scan, as a merged run's is)."""
    if tokens and tokens[-1].kind == TEXT and tokens[-1].end == start:
        last = tokens.pop()
        tokens.append(Token(TEXT, last.start, end, ""))
        return True
    tokens.append(Token(TEXT, start, end, text[start:end]))
    return False


def _own_change(word: Token, tokens: list[Token], table: _Table) -> tuple[Token, ...]:
    """A reference ending in a change verb (地区生产总值增长, 经济增长) names another indicator's change
    only after a comparator or a reach word (高于GDP增长); elsewhere it is the indicator's own name
    and change (地区生产总值增长6%左右): a name (TEXT) and the change verb. One ending in a rate's name
    that is no change verb (GDP增速, 经济增速) is there the indicator's own name, a TEXT (GDP增速15% reads
    as 工业增速10% does)."""
    if word.means("ref") is None or tokens and (tokens[-1].means("op_before") or tokens[-1].means("reach")):
        return (word,)
    for verb in table.change_words if word.text.endswith(table.change_words) else ():  # one call where none ends it
        if word.text.endswith(verb) and len(word.text) > len(verb):
            cut = word.end - len(verb)
            return (Token(TEXT, word.start, cut, word.text[: cut - word.start]),
                    Token(WORD, cut, word.end, verb, table.words[verb]))
    if word.text.endswith(table.rate_names):
        return (Token(TEXT, word.start, word.end, word.text),)
    return (word,)


def _word(text: str, pos: int, table: _Table) -> Token | None:
    char = text[pos]
    best: Token | None = None
    starts = table.pattern_starts
    if starts is None or char in starts:
        for regex, category, payload in table.patterns:
            match = regex.match(text, pos)
            if match and (best is None or match.end() > best.end):
                if category == "sync":
                    loose = "loose" if match.groupdict().get("loose") else "exact"
                    meanings = (("sync", match.group("ref")), ("sync_loose", loose))
                    best = Token(SYNC, pos, match.end(), match.group(0), meanings)
                else:
                    best = Token(WORD, pos, match.end(), match.group(0), ((category, payload),))
    words = table.by_first.get(char)
    if words is not None and text.startswith(words, pos):  # one call where no word begins here
        for word in words:
            if text.startswith(word, pos):
                if best is None or len(word) > best.end - pos:
                    best = _MAKE(Token, (WORD, pos, pos + len(word), word, table.words[word], None, None))
                break
    return best


def _number(text: str, pos: int, tokens: list[Token], table: _Table) -> Token | None:
    start = pos
    if "0" <= text[pos] <= "9":  # a figure in digits (most): no minus word, no 百分之 before it
        negative = per_mille = percent = False
    else:
        pos = _after_minus(text, pos, table)  # 负2: a minus sign, as - is
        negative = pos > start
        per_mille = bool(table.per_mille) and text.startswith(table.per_mille, pos)  # 千分之四点五: 4.5‰, as 百分之 is %
        percent = per_mille or text.startswith(table.percent, pos)
    if percent:
        pos += len(table.per_mille if per_mille else table.percent)
        if not negative:  # 百分之负二
            sign = pos
            pos = _after_minus(text, pos, table)
            negative = pos > sign
    char = text[pos] if pos < len(text) else ""
    value: Decimal | None = None
    chinese = False
    if negative and char in "-+":
        return None  # 负-2: not one figure
    if char.isdigit() or (char in "-+." and pos + 1 < len(text) and text[pos + 1].isdigit()):
        if char == "-" and tokens and tokens[-1].kind == NUM and not percent and tokens[-1].end == pos:
            return None  # 8-9: a range separator, not a minus sign (171.2 -7.7: a kept space parts two cells)
        match = _ARABIC.match(text, pos)
        if match is None:
            return None
        value, pos = Decimal(match.group(0).replace(",", "")), match.end()
        if text[pos : pos + 1] == "/" and not percent and match.group(0).isdigit():
            slashed = _slashed(text, start, pos, -value if negative else value)  # 负2/10: -20%, its minus kept
            if slashed is not None:
                return slashed
        ratio = None if percent or negative else ratio_at(text, pos, value)  # 2.48:1 is 2.48; 1:2.48 refused (text)
        if ratio is not None:
            return Token(TEXT if ratio[1] is None else NUM, start, ratio[0], text[start:ratio[0]], *ratio[2:0:-1])
        point = text[pos : pos + 1] == "." and _TRAILING_POINT.match(text, pos)
        if point and not any(c in match.group(0) for c in ".eE"):
            pos += 1  # 6. is 6, not 6 with the unit "." (6.万人: 6 x 万人)
        if not value.is_finite() or abs(value.adjusted()) > MAX_E_EXPONENT:  # 1e99999: unreadable, never 1 "e99999"
            return Token(TEXT, start, pos, text[start:pos])
    elif char in table.numerals and (char != table.point or leading_point(  # 点五: 0.5, where the 点 opens a figure
            text, pos, start, table.marks + table.opening, bool(tokens) and tokens[-1].kind == WORD and tokens[
                -1].end == start)) and _word(text, pos, table) is None:  # 一流 is a word, no 一
        end = pos
        while end < len(text) and text[end] in table.numerals and end - pos <= MAX_NUMERAL:
            end += 1
        if end - pos > MAX_NUMERAL:  # 十 x 16,000: one piece of text, not re-read from every character
            while end < len(text) and text[end] in table.numerals:
                end += 1
            return Token(TEXT, start, end, text[start:end])
        fraction = bool(table.fraction) and not percent and text.startswith(table.fraction, end)
        if end - pos > 1 and not fraction and text[end - 1] in table.big_units and (
                read_numeral(text[pos : end - 1]) is not None):
            end -= 1  # 八千亿元: 八千 x 亿元, keeping the multiplier in the unit as 8000亿元 would
        value = read_numeral(text[pos:end])
        if value is None and fraction and all(char in table.big_units for char in text[pos:end]):
            value = per_big_unit(text[pos:end])  # 万分之三: three per 万, 0.03% (the 三 alone was read, 3)
        elif value is None and end - pos > 1 and all(char in table.big_units for char in text[pos:end]) and (
                pos < (after := match_unit(text, pos)) and not text.startswith(lexicon().numerals.classed, after)):
            value, end = Decimal(1), pos  # 突破万亿元: one 万亿元 (a trillion), the units all the unit's; 万亿级: a class
        if value is None:  # 十四五 (“十四五”期间) is no numeral, nor its 四五 (45) read after the 十 as text
            return Token(TEXT, start, end, text[start:end]) if end - pos > 1 and not fraction else None
        if fraction:
            return _fraction(text, start, end, -value if negative else value, table)
        chinese, pos = True, end
    else:
        return None
    if negative:
        value = -value
    if text.startswith(table.year, pos) and not percent:
        digits, end = text[start:pos], pos + len(table.year)
        if len(digits) == 4 and digits.isdigit() or (chinese and len(digits) == 4):
            return Token(YEAR, start, end, text[start:end], value=value)
        if value != value.to_integral_value():  # 提高到11.7年: a length in years, not a number of years
            return Token(NUM, start, end, text[start:end], value=value, unit=table.year)
        return Token(DURATION, start, end, text[start:end], value=value)
    unit: str | None = ("‰" if per_mille else "%") if percent else None
    if not percent:
        if text.startswith(("%", "‰"), pos):
            unit, pos = text[pos], pos + 1
        else:
            end = match_unit(text, pos)
            if end > pos and table.per_head_firsts.intersection(text[pos:end]):  # 2 人均生产总值: no count of people
                end = _before_per_head(text, pos, end, table)
            if end > pos:
                unit, pos = text[pos:end], end
            elif text[pos : pos + 1] and text[pos] in table.change_marks:  # 2.0↓%: the sign's mark, then the unit
                unit, pos = _unit_after_mark(text, pos + 1) or (None, pos)
    if chinese and not percent and unit is None and not _chinese_numeral_stands(text, pos, tokens, table) and not (
            ranked(text, start, pos)):  # 前三位: a rank's figure
        return None
    if unit is not None and text.startswith(table.classed, pos):  # 千亿级产业集群: a class of size, a name's words
        end = pos + max(len(word) for word in table.classed if text.startswith(word, pos))
        return Token(TEXT, start, end, text[start:end])
    return _MAKE(Token, (NUM, start, pos, text[start:pos], (), value, unit))


def _before_per_head(text: str, pos: int, end: int, table: _Table) -> int:
    """Where the unit matched from ``pos`` to ``end`` ends, a per-head word (zh.yaml ``choosing.per_capita``: 人均) that
    begins inside it and runs past it left out: ``2 人均生产总值(元) 130000 130913`` (a table row's number, then its
    name) counts no people; ``2人`` and ``3万人`` stay counts."""
    for at in range(pos, end):
        if text[at] in table.per_head_firsts and any(
                text.startswith(word, at) and at + len(word) > end for word in table.per_head):
            return at
    return end


def _unit_after_mark(text: str, pos: int) -> tuple[str, int] | None:
    """The unit written right after a change's sign mark that follows a figure (``2.0↓%``, ``3▲万元``) and where it
    ends, or None (``2.0↓``: the mark alone stays out of the figure, judge/marks.py reads it)."""
    if text.startswith(("%", "‰"), pos):
        return text[pos], pos + 1
    end = match_unit(text, pos)
    return (text[pos:end], end) if end > pos else None


def _fraction(text: str, start: int, end: int, denominator: Decimal, table: _Table) -> Token:
    """三分之一 (one third) from ``start``, its denominator read up to ``end``: a share in % (33.3…%), the
    numerator in numerals after 分之. Without one (三分之, 零分之一) the words are text, never a figure: the 一
    alone was read as the target before."""
    over = stop = end + len(table.fraction)
    while stop < len(text) and text[stop] in table.numerals and stop - over <= MAX_NUMERAL:
        stop += 1
    numerator = read_numeral(text[over:stop]) if stop > over else None
    return _share(text, start, stop, numerator, denominator)


def _slashed(text: str, start: int, slash: int, numerator: Decimal) -> Token | None:
    """Whole numbers joined by slashes from ``start``, the first slash at ``slash``: a date (2022/12/31) is text,
    never its last part (2022/12/31前完成 read '>= 31'); one over another (1/3) a share in % as 三分之一 is (the 1/
    was dropped: 比重超过1/3 read > 3%), over it (5/3) text; None where no whole number follows (507/万)."""
    chain = _SLASH_CHAIN.match(text, slash)
    if chain:
        return Token(TEXT, start, chain.end(), text[start : chain.end()])
    over = text[start - 1 : start] != "/" and _SLASH_FRACTION.match(text, slash)
    if not over:
        return None
    denominator = Decimal(over.group(1))
    return _share(text, start, over.end(), numerator if numerator <= denominator else None, denominator)


def _share(text: str, start: int, stop: int, numerator: Decimal | None, denominator: Decimal) -> Token:
    """The share ``numerator`` / ``denominator`` in % as a figure; text where there is none (no numerator, over 0)."""
    if numerator is None or not denominator:
        return Token(TEXT, start, stop, text[start:stop])
    return Token(NUM, start, stop, text[start:stop], value=numerator * 100 / denominator, unit="%")


def _after_minus(text: str, pos: int, table: _Table) -> int:
    """Where the figure begins after a minus word at ``pos`` (负2, 负.5, 负二), or ``pos`` where none stands
    directly before a figure (负增长 is a change verb, 负担 a word)."""
    for word in table.minus:
        if text.startswith(word, pos):
            after = pos + len(word)
            char = text[after] if after < len(text) else ""
            if char.isdigit() or char == "." and text[after + 1 : after + 2].isdigit() or (
                    char in table.numerals and char != table.point):
                return after
    return pos


def _chinese_numeral_stands(text: str, end: int, tokens: list[Token], table: _Table) -> bool:
    """A Chinese numeral is a number only where a number is expected: not inside a word (一般). A point ending
    the text is a full stop as 。 is (表一. reads as 表一。, its 一 not swallowed into the text)."""
    if end >= len(text) or text[end] in table.marks or text[end] in table.opening or text[end] in table.closing:
        return True
    if text[end] == "." and ends_text(text, end):
        return True
    if tokens and tokens[-1].kind == WORD:
        return True
    following = _word(text, end, table)
    return following is not None
