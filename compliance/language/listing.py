"""The words of a list of targets and where its items are cut (language/several.py reads the parts): the list marks of
the lexicon (``several`` in zh.yaml) per lexicon, the words that hold a list word without being one blanked, the clauses
and items of a sentence, where 分别 / 均 stands, and its figures as the grammar reads them. Moved out of several.py
unchanged (it neared 600 lines); several.py imports each name under its old private one. Then :func:`named_after`,
an item whose name follows its figure."""

from __future__ import annotations

from dataclasses import dataclass, field

from .cuts import clauses, depths
from .grammar import parse_target_text, per_units
from .lexer import NUM, Token, tokenize
from .lexicon import lexicon, per_lexicon


# --------------------------------------------------------------------------- words


@dataclass(frozen=True)
class ListWords:
    enumeration: tuple[str, ...]
    conjunctions: tuple[str, ...]
    distributive: tuple[str, ...]
    not_distributive: tuple[str, ...]
    clauses: tuple[str, ...]
    longer: dict[str, tuple[str, ...]] = field(default_factory=dict)  #: lexicon words a mark begins


@per_lexicon  # an overlay (language/overlay.py) has its own words
def list_words() -> ListWords:
    lex = lexicon()
    words = lex.several
    claimed = {claim.word for claim in lex.claims()}
    longer = {
        mark: tuple(w for w in claimed if w.startswith(mark) and w != mark)
        for mark in words.enumeration + words.conjunctions
    }
    by_length = lambda found: tuple(sorted(found, key=len, reverse=True))  # noqa: E731
    return ListWords(
        by_length(words.enumeration), by_length(words.conjunctions), by_length(words.respectively + words.each),
        words.not_distributive, words.clauses, longer,
    )


def masked_text(text: str) -> str:
    """``text`` with the words that hold a list word without being one blanked out, its length kept (普及 of
    卫生厕所普及率, 总和 of 总和生育率, 人均: ``several.not_distributive``): where a list word is looked for, never
    the text a part is read from."""
    for word in list_words().not_distributive:
        if word in text:
            text = text.replace(word, "\0" * len(word))
    return text


# --------------------------------------------------------------------------- cutting


def list_clauses(text: str) -> list[tuple[int, int]]:
    return clauses(text, list_words().clauses)


def list_items(text: str, start: int, end: int, conjunctions: bool = False) -> list[tuple[int, int]]:
    """The items of a list in ``text[start:end]``, cut at enumeration marks (or conjunctions) outside brackets."""
    words, depth = list_words(), depths(text)
    marks = words.conjunctions if conjunctions else words.enumeration
    masked = masked_text(text) if conjunctions else text  # 普及率: no 及 to cut at
    found, begin, at = [], start, start
    while at < end:
        if not conjunctions and at > begin and text[at - 1] == "%" and text[at].isdigit() and not depth[at]:
            found.append((begin, at))  # 8%8%10%以上: percentages run together where a copy lost the 、
            begin = at
        mark = next((w for w in marks if masked.startswith(w, at) and at + len(w) <= end), None)
        if mark is None or depth[at] or any(text.startswith(w, at) for w in words.longer.get(mark, ())):
            at += 1
            continue
        found.append((begin, at))
        at += len(mark)
        begin = at
    found.append((begin, end))
    return found


def distributive_at(text: str) -> tuple[int, int] | None:
    """Where 分别 / 均 stands in an item (not 人均, 年均), or ``None``."""
    words = list_words()
    for at in range(len(text)):
        for word in words.distributive:
            if not text.startswith(word, at):
                continue
            inside = any(
                text.startswith(other, at - other.index(word)) and other.index(word) <= at
                for other in words.not_distributive if word in other
            )
            if not inside:
                return at, at + len(word)
    return None


def after_distributive(items: list[str]) -> list[str]:
    """A reported list from its 分别 on: the subjects before it (二氧化硫、氮氧化物排放量分别下降…) are not values."""
    for index, item in enumerate(items):
        found = distributive_at(item)
        if found is not None:
            return [item[found[1] :]] + items[index + 1 :]
    return items


def number_start(text: str) -> int | None:
    """Where the first number of a text starts (``下降8%`` -> 2)."""
    return next((t.start for t in figures_of(text)), None)


def number_end(text: str) -> int | None:
    ends = [t.end for t in figures_of(text)]
    return ends[-1] if len(ends) == 1 else None


def figures_of(text: str) -> list[Token]:
    """The figures of ``text``, read as the grammar reads them (12/10万 one figure, where the lexer reads 12 and 10万)."""
    tokens = tokenize(text)
    if "/" in text:
        tokens = per_units(tokens)
    return [token for token in tokens.items if token.kind == NUM]


def starts_with_number(text: str) -> bool:
    return number_start(text) == 0


def named_after(item: str) -> tuple[int, int] | None:
    """Where the name of a list's item is, when the item reads whole as one target whose name comes after its figure
    (``推进2000个省级重点项目``, 2026山东省政府工作报告, the fifteenth set's tp027: a count after an action, the noun
    last); None otherwise. No predicate ends such an item, as one ends ``城镇新增就业5万人``, so several.py makes it a
    part of its own, its subject the name it reads."""
    try:
        found = parse_target_text(item)
    except RecursionError:
        return None
    first = number_start(item)
    if found.kind in ("unrecognized", "several", "qualitative") or found.subject is None or first is None:
        return None
    return (found.subject.start, found.subject.end) if found.subject.start > first else None
