"""A text that lists indicators before a count of them and a completion (固定资产投资、一般公共预算收入2项指标完成全年目标任务):
each listed indicator attested complete (moved out of choose.py, its 600-line limit; words in zh.yaml ``tasks``)."""

from __future__ import annotations

from decimal import Decimal

from .. import models as m
from ..language.lexicon import lexicon
from ..language.normalize import fold
from ..language.numerals import numeral_chars, read_numeral
from ..models import Note
from .figure import note
from .names import after_head, head_word, synonyms
from .target_name import indicator_name


def listed_completed(target: m.Constraint, reported: m.Reported, indicator: str | None = None) -> Note | None:
    """A note where a text without a value lists indicators (、) before a count of them and the word counted
    (zh.yaml ``tasks.listed``), then a completion: 固定资产投资、一般公共预算收入2项指标完成全年目标任务 attests each
    indicator listed, the target's among them (地方一般公共预算收入增长5%左右). None where the target's indicator is
    not listed, more are listed than counted, or a negation stands before the completion (未完成)."""
    counts = [span for span in reported.spans if span.role == "not_value"]
    if not isinstance(reported, m.UnrecognizedValue) or len(counts) != 1 or not (name := indicator_name(target, indicator)):
        return None  # the name only for a text with a count: every plain figure's verdict passes here
    marks, words = lexicon().choosing.clause_marks, lexicon().tasks
    after = fold(reported.text[counts[0].end:]).text
    noun = next((word for word in words.listed if after.startswith(word)), "")
    clause = after[len(noun):]
    clause = clause[: min((clause.find(mark) for mark in marks if mark in clause), default=len(clause))]
    done, word = min(((clause.find(word), word) for word in words.complete if word in clause), default=(-1, ""))
    if not noun or done < 0 or not _completes_task(clause[:done], word, clause[done + len(word):]):
        return None
    before = fold(reported.text[: counts[0].start]).text
    listed = before[max(before.rfind(mark) for mark in marks) + 1:]
    items = [synonyms(item) for item in listed.split(lexicon().render.join) if item]
    count = "".join(char for char in counts[0].text if char.isdigit() or char in numeral_chars())
    number = Decimal(count) if count.isdigit() else read_numeral(count)
    if number is None or not items or number < len(items):
        return None
    own = head_word(name)  # a name ending in its head (技改投资占固定资产投资比重 is a share: no 固定资产投资), the one
    if not own or after_head(name[name.rfind(own) + len(own):]) or not any(  # listed whole (一般公共预算总收入 is not listed
            (name in item or item in name) and head_word(item) == own for item in items):  # as 一般公共预算收入)
        return None
    return note("listed_completed", name=name, count=number, words=listed + counts[0].text + noun + clause)


def _completes_task(before: str, word: str, after: str) -> bool:
    """A listed count's completion of its targets: a task noun ends it (完成全年目标任务; not 完成情况不理想), and before the
    completion only estimate words, an attested word's own (全面完成) or one character (均完成), never 未 or 难以."""
    if not after.endswith(tuple(lexicon().tasks.task_nouns)):
        return False
    for estimate in sorted(lexicon().reported.estimate, key=len, reverse=True):
        before = before.replace(estimate, "")
    if not before or any((before[-2:] + word).endswith(said) and said != word for said in lexicon().reported.attested):
        return True
    return len(before) == 1 and not any(before.endswith(no) for no in lexicon().outcome.negation)
