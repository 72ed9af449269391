"""Reported forms that state an outcome against the plan rather than the indicator's figure.

* ``完成年计划500亿元的91.2%``, ``占年计划的38.9%``: a :class:`~compliance.models.Completion` (the share
  of the plan done, with the plan's amount when written): a percentage *of* (``的``) a plan;
* ``未完成``, ``未达到预期目标``, ``低于预期目标0.8个百分点``, ``与预期目标相差1个多点``: a
  :class:`~compliance.models.Shortfall` the reporter attests, with its size when written.

``超额完成`` is an attestation (``reported.attested`` in zh.yaml). The words are in ``zh.yaml``
(``outcome``); they are matched on the folded text of the words around a figure, so they never
change how a text is tokenized.
"""

from __future__ import annotations

from .. import models as m
from .items import Item, Reader, is_a, is_kind
from .lexer import NUM, PUNCT, Token
from .lexicon import lexicon
from .reported import Cell


def completion(r: Reader, cell: Cell) -> m.Reported | None:
    """``完成年计划500亿元的91.2%``: a percentage of a plan, anywhere in the cell."""
    head = list(cell.head)
    words = lexicon().outcome
    for index, item in enumerate(head):
        if not (isinstance(item, Token) and is_kind(item, NUM) and item.unit == "%"):
            continue
        start = index
        while start and index - start < _BACK and not is_kind(head[start - 1], PUNCT):  # never the whole cell each time
            start -= 1
        before = head[start:index]
        text = "".join(_text(part) for part in before)
        if not before or not text.endswith(words.of) or not any(word in text for word in words.plan):
            continue
        plans = [part for part in before if isinstance(part, Token) and is_kind(part, NUM) and part.unit != "%"]
        plan = r.quantity(plans[-1]) if plans else None
        spans = (r.span(item, "ratio"), *((r.span(plans[-1], "plan"),) if plans else ()), *cell.spans)
        ratio = r.quantity(item)
        if _exceeded(text) and ratio.value < 100:  # 超任务数的40.5%: 40.5% over the task, 140.5% of it done; a share
            # of 100 or more is the share done (超额完成年度计划的105%: 105%, never 205%)
            ratio = m.Quantity(value=ratio.value + 100, unit=ratio.unit)
        if _later_sentence_figure(head[index + 1:]):  # …完成目标任务的103.1%。城镇调查失业率控制在5.5%以内。: a sentence of
            return None  # figures after it (corpus or053): the figures are the sentence reader's, the share one of them
        return m.Completion(text=cell.text, ratio=ratio, plan=plan, spans=spans, **cell.extra)
    return None


def _later_sentence_figure(rest: list[Item]) -> bool:
    """A figure after the end of the sentence (zh.yaml ``outcome.period_parts.scope_ends``: 。；) ``rest`` begins in, where
    what follows names no plan (a review of shares done, …。…分别完成全年目标的162.3%、135.3%, stays one: ow080)."""
    ends = lexicon().outcome.period_parts.get("scope_ends", ())
    at = next((i for i, item in enumerate(rest) if is_kind(item, PUNCT) and _text(item) in ends), None)
    later = rest[at + 1:] if at is not None else []
    words = "".join(_text(item) for item in later)
    return any(is_kind(item, NUM) for item in later) and not any(word in words for word in lexicon().outcome.plan)


#: the most tokens read back from a percentage to the plan it is of (完成年计划500亿元的91.2%: 4; a run of 约6%左右 x 1,666
#: read the whole cell back from each of its percentages: 0.6 s)
_BACK = 64


def _exceeded(words: str) -> bool:
    """An excess word (``outcome.excess``: 超, 超过, 超额完成) right before the plan (超任务数的, 超过年度计划的; 年度 or 全年
    between them): the percentage after is the share over the plan."""
    outcome = lexicon().outcome
    return any(word + year + plan in words for word in outcome.excess for year in ("", *outcome.excess_between)
               for plan in outcome.plan)


def shortfall(r: Reader, cell: Cell) -> m.Reported | None:
    """``未完成``, ``未达到预期目标``; ``低于预期目标0.8个百分点``, ``与预期目标相差1个多点``; ``部分完成``."""
    head = list(cell.head)
    words = lexicon().outcome
    if _said_short(head):
        start, end = r.bounds(head[0], head[-1])
        span = m.Span(start=start, end=end, role="shortfall", text=r.text_of(head))
        return m.Shortfall(text=cell.text, spans=(span, *cell.spans), **cell.extra)
    for index, item in enumerate(head[:-1]):
        after = head[index + 1]
        if _text(item).endswith(tuple(words.negation)) and (
            is_a(after, "complete") or is_a(after, "reach") or is_a(after, "attested")
        ) and _ends_clause(head[index + 2 :]) and not _counted(head[:index]):  # 等2项指标未完成: a tally's
            return m.Shortfall(text=cell.text, spans=(r.span(item, "shortfall"), *cell.spans), **cell.extra)
    for index, item in enumerate(head):
        if not (is_a(item, "framing") or is_a(item, "task_noun")):
            continue
        rest = head[index + 1 :]
        near = head[max(0, index - 1) : index] + rest[:2]
        if not any(_has_gap(part, words.gap) for part in near) or _counted(head[:index]):
            continue
        number = next((part for part in rest[:3] if isinstance(part, Token) and is_kind(part, NUM)), None)
        gap = r.quantity(number) if number is not None else None
        more = number is not None and any(_text(part).startswith(tuple(words.more_than)) for part in rest[rest.index(number) + 1 :][:1])
        if gap is not None and more:  # 1个多点: 一个多(百分)点, written around the number
            gap = m.Quantity(value=gap.value, unit=words.more_than_unit)
        spans = (r.span(item, "shortfall"), *((r.span(number, "gap"),) if number is not None else ()), *cell.spans)
        return m.Shortfall(text=cell.text, gap=gap, at_least=more, spans=spans, **cell.extra)
    return None


def _said_short(head: list[Item]) -> bool:
    """The cell states a shortfall without its size (``outcome.short.said``: 部分完成, 完成情况不理想, 未达到预期, 有差距),
    the words before it, if any, only saying when or how sure (``reported.estimate``: 全年, 预计); 部分完成的项目 is no
    such cell (the phrase must end it)."""
    if not head or not all(isinstance(item, Token) and not is_kind(item, NUM) for item in head):
        return False
    words = "".join(_text(item) for item in head)
    return any(words.endswith(said) and _said_when(words[:-len(said)]) for said in lexicon().outcome.short.get("said", ()))


def _said_when(words: str) -> bool:
    """``words`` are none, or words of ``reported.estimate`` one after another (预计全年)."""
    estimate = sorted(lexicon().reported.estimate, key=len, reverse=True)
    while words:
        word = next((w for w in estimate if words.startswith(w)), "")
        if not word:
            return False
        words = words[len(word):]
    return True


def _ends_clause(rest: list[Item]) -> bool:
    """未完成 / 未达到预期目标 close their clause; 未达标地级及以上城市 is a noun phrase, not a shortfall. The plan
    may be named before a task noun (未完成年度目标, 未完成全年目标任务: ``outcome.plan``, whose 年度 the lexer leaves
    as plain words)."""
    words = ""
    for item in rest:
        if is_kind(item, PUNCT):
            break
        if not (is_a(item, "framing") or is_a(item, "task_noun") or is_a(item, "ref")):
            if is_kind(item, NUM):
                return False
            words += _text(item)
    return not words or _plan_words(words)


def _plan_words(words: str) -> bool:
    """``words`` name the plan (年度计划; 年度, 全年 before 目标): a plan word of ``outcome.plan``, or one without its
    task noun."""
    plan = lexicon().outcome.plan
    return words in plan or any(word.startswith(words) and word[len(words):] in lexicon().tasks.task_nouns
                                for word in plan)


def _counted(before: list[Item]) -> bool:
    """A figure in the clause before (2项与预期目标存在差距): a tally of targets, not this one's shortfall."""
    for item in reversed(before):
        if is_kind(item, PUNCT):
            return False
        if is_kind(item, NUM):
            return True
    return False


def _has_gap(item: Item, gap: tuple[str, ...]) -> bool:
    return is_a(item, "op_before") and _text(item) in gap or any(word in _text(item) for word in gap)


def _text(item: Item) -> str:
    return item.text if isinstance(item, Token) else ""
