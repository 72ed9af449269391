"""One subject compared with two references at once (language/several.py reads it before any list): ``增速高于全国、
全省平均水平``, ``增速高于全国水平、高于城镇居民收入增速``, and the two places' labels side by side without a mark
(``研發經費投入強度持續高于全國全省平均水平``: 新乡 2025, the thirteenth set's tr072) or joined by a conjunction
(``高于全国和全省平均水平``). Each reference is a part, a condition on the one value (judge/evaluate.py judges them
together: met only when both are known and both hold, missed when a known one does not, else pending), never a verdict
on one reference taken as both.
"""

from __future__ import annotations

import re

from .. import models as m
from .grammar import parse_target_text
from .lexicon import lexicon, per_lexicon
from .normalize import fold


def both_references(text: str) -> tuple[m.Constraint, ...]:
    """The two reference parts of ``text``, or () where it is not so written. The second part is read with the first's
    words blanked by spaces (the lexer skips them), so its spans stay the text's."""
    folded = fold(text).text
    if len(folded) != len(text):
        return ()
    found = _cut(folded)
    if found is None:
        return ()
    cut, after = found
    first = _target(text[:cut])
    comparator = next((span for span in first.spans if span.role == "comparator"), None)
    if not isinstance(first, m.Reference) or comparator is None:
        return ()
    second = _target(" " * after + text[after:])  # 、高于城镇居民收入增速: its own comparator, no subject
    written = text[after:]
    if not isinstance(second, m.Reference) or second.subject is not None or not any(
            span.role == "comparator" for span in second.spans):  # 、全省平均水平: the first's comparator
        second = _target(text[: comparator.end] + " " * (after - comparator.end) + text[after:])
        written = text[: comparator.end] + text[after:]
        if not isinstance(second, m.Reference) or _said(second.subject) != _said(first.subject):
            return ()
    if second.name == first.name:
        return ()
    return first, second.model_copy(update={"text": written, "subject": first.subject})


def _cut(folded: str) -> tuple[int, int] | None:
    """Where the first reference ends and the second begins: around the one list mark (、), else between two places'
    labels side by side or joined by a conjunction (全国全省, 全国和全省), once in the text's last clause (the words of an
    earlier clause are no list of references: 按照“质量第一、效益优先”的原则,力争生产总值增速高于全国全省平均增速, 渭南's
    2020 plan, the twentieth set's tw011, has its 、 in the quoted principles)."""
    ends = lexicon().choosing.clause_marks
    body = folded.rstrip(ends)  # the mark ending the text ends no earlier clause
    last = max(body.rfind(mark) for mark in ends) + 1
    marks = [at for at, char in enumerate(folded) if char in lexicon().several.enumeration and at >= last]
    if marks:
        return (marks[0], marks[0] + 1) if len(marks) == 1 else None
    pattern = _places()
    if pattern is None:
        return None
    pairs = list(pattern.finditer(folded, last))
    if len(pairs) != 1:
        return None
    return pairs[0].end("first"), pairs[0].end()


@per_lexicon
def _places() -> re.Pattern[str] | None:
    """Two labels of places that name a reference (zh.yaml level_labels: 全国, 全省, 全市, 市级), the second right after
    the first or after a conjunction (several.conjunctions: 和, 及)."""
    lex = lexicon()
    names = {entry.name for entry in lex.references}
    labels = sorted((label for label, name in lex.level_labels.items() if name in names), key=len, reverse=True)
    if not labels:
        return None
    either = "|".join(re.escape(label) for label in labels)
    joins = "|".join(re.escape(word) for word in sorted(lex.several.conjunctions, key=len, reverse=True))
    return re.compile(f"(?P<first>{either})(?:{joins})?(?={either})")


def _target(text: str) -> m.Constraint:
    try:
        return parse_target_text(text)
    except RecursionError:
        return m.Unrecognized(text=text)


def _said(subject: m.Span | None) -> str | None:
    return None if subject is None else subject.text
