"""A reference's requirement: ``达到市级要求（3.2）``, ``低于全市平均水平``, ``高于全省平均水平3个百分点以上``.

The reference's level is looked up in this order: the caller's or rules file's ``references`` (by the
phrase, then the canonical name), a level the reported cell carries (``2.63（市级3.12）``), then the
target's own bracket. None known: pending ``reference_unknown`` naming it.

A margin (:attr:`compliance.models.Reference.margin`) moves the threshold off the reference: 高于 … 3个百分点
(以上) is at least the reference + 3, 低于 … 0.5个百分点(以上) at most the reference - 0.5. 以上 makes the
margin a floor; without it the margin is still read as one (a careful reader takes 高于全省平均水平1个百分点
as "at least one point above", and beating it is no miss), so both are inclusive. A margin in percentage
points is added to a rate (% or no unit); against a level in another unit it is pending ``not_comparable``.
A margin in another unit (比全市平均水平多1人以上, 高于全省平均水平2天) is converted into the working unit (the
margin's own where nothing else states one); a unit that does not convert is pending ``not_comparable``. A margin
in % (人均收入高于全省平均水平10%以上) is a share of the reference's level where that level is in a unit that is no
rate (元: 30000元 + 10% = 33000元); off a rate, or a level in no unit, 10% may be 10 points or 10 per cent of it,
so it is pending ``not_comparable`` with that reason, never guessed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from .. import models as m
from ..language.lexicon import lexicon
from ..language.normalize import fold
from ..models import Reason, format_decimal
from .change import is_points
from .figure import Pending, note
from .inputs import as_decimal, read_target
from .names import continues, head_word, synonyms

if TYPE_CHECKING:
    from .evaluate import Judge, Requirement

Source = Literal["references", "reported", "inline"]


def requirement(judge: Judge, c: m.Reference) -> Requirement:
    """What ``c`` asks of the reported value, its reference resolved as the module says."""
    if judge.magnitude_of is None and judge.ctx.polarity is m.Polarity.HIGHER and _declining(c):
        judge.magnitude_of = "down"  # 能耗下降完成省下达目标（3%） against 下降3.2%: a decline of 3.2, as after 下降3%
    for key in dict.fromkeys((c.phrase, c.name)):
        if key in judge.ctx.references:
            return _referenced(judge, c, judge.ctx.references[key], "references")
    for level in judge.reported.levels:
        if level.name in (c.name, c.phrase) or level.label in (c.name, c.phrase):
            return _referenced(judge, c, level.value, "reported")
    bracketed = _bracketed(judge.reported, c)  # …比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点
    if bracketed is not None:
        return _referenced(judge, c, bracketed, "reported")
    if c.inline is not None:  # never with a margin: the grammar reads no bracket after one
        _stated_way(judge, c)
        inner: m.Constraint = c.inline
        if c.relation in ("ge", "gt", "le", "lt") and isinstance(inner, m.Level):
            inner = m.Bound(text=inner.text, op=c.relation, value=inner.value)
        found = judge.requirement(inner)
        found.reference = _use(c.phrase, inner.text, "inline")
        return found
    stated = _stated_margin(judge, c)  # 增长5.5%，高于全省平均增速0.8个百分点: the sentence's own margin
    if stated is not None:
        return stated
    if (role := role_figure(judge.reported, c.name)) is not None:
        # 增速高于地区生产总值增速 against 预计地区生产总值增长3%;…;居民人均可支配收入增长7%: the economy's growth the
        # sentence states, as an in-step target (与经济增长同步) reads it (A3's eleventh set, oy013)
        found = _referenced(judge, c, m.Quantity(value=role[0], unit="%"), "reported")
        found.notes.append(role[1])
        return found
    raise Pending(Reason.REFERENCE_UNKNOWN, (c.phrase,), notes=_other_margin(judge, c))


def _declining(c: m.Reference) -> bool:
    """The target names a decline before its reference (单位GDP能耗下降完成省下达目标: a label ``change.down``), so
    the reported 下降3.2% is its size, 3.2, and 增长1% a decline of -1, as against 下降3% (never -3.2 against 3)."""
    down = lexicon().change.down
    return any(span.role == "label" and fold(span.text).text in down for span in c.remarks)


def _stated_way(judge: Judge, c: m.Reference) -> None:
    """A target in line with a reference (与全国调控目标一致, 与省下达目标相一致, 根据全省平均水平综合考核: an ``assessed`` word,
    no comparator) says no way of its own: at or under the national CPI target, at or above a growth target? The
    indicator's polarity decides, so one no caller stated (evaluate's default, higher) is pending, said: 与全国调控目标一致
    against a CPI rise of 3.8 was MET, read as >= 3. A comparator (高于, 不超过) or 达到 states the way as before."""
    if c.relation != "reach" or judge.ctx.polarity_stated or judge.ctx.polarity is m.Polarity.BAND:
        return
    if any(span.role == "assessed" for span in c.remarks) and not any(span.role == "reach" for span in c.remarks):
        raise Pending(Reason.UNRECOGNIZED, ("polarity",), notes=[note("reference_way_unstated", phrase=c.phrase)])


def _referenced(judge: Judge, c: m.Reference, value: Any, source: Source) -> Requirement:
    _stated_way(judge, c)
    if isinstance(value, m.Quantity):
        quantity = value
    elif isinstance(value, str):
        parsed = read_target(value)
        if isinstance(parsed, (m.Bound, m.Range, m.Approx)) and c.margin is None:
            said = _unit_of_reference(judge, parsed.low.unit or parsed.high.unit if isinstance(parsed, m.Range)
                                      else parsed.value.unit)
            found = judge.requirement(parsed)
            found.reference = _use(c.phrase, value, source)
            found.notes.extend(said)
            return found
        if not isinstance(parsed, m.Level):  # a margin off a range or a bound: no one level to move
            raise Pending(Reason.REFERENCE_UNKNOWN, (c.phrase,))
        quantity = parsed.value
    else:
        quantity = m.Quantity(value=as_decimal(value))
    said = _unit_of_reference(judge, quantity.unit)
    if c.margin is not None:
        found = _with_margin(judge, c, c.margin, quantity)
    elif c.relation in ("ge", "gt", "le", "lt"):
        found = judge.bound(m.trusted(m.Bound, op=c.relation, value=quantity))  # no validator built in a check
    else:
        found = judge.level(m.Level(value=quantity, verb="reach"))
    found.reference = _use(c.phrase, str(quantity), source)
    found.notes.extend(said)
    return found


def _unit_of_reference(judge: Judge, unit: str | None) -> list[m.Note]:
    """A reference's unit where neither the indicator, the target nor the reported value states one
    (达到市级要求 against 5, the reference 3万): the working unit, so the figure is read in it (5 as 5万, never
    5 against 3 of the 万 taken off), and said in the explanation, as a target read in the reported unit is.
    A unit elsewhere is the working unit already, and the reference is converted into it (3万 against 5人:
    30000人)."""
    if unit is None or judge.unit is not None:
        return []
    judge.unit = unit
    reported = judge.reported.__dict__
    figure = isinstance(reported.get("value") or reported.get("low"), m.Quantity)
    return [note("unit_from_reference", unit=unit)] if figure else []


def _with_margin(judge: Judge, c: m.Reference, margin: m.Quantity, quantity: m.Quantity) -> Requirement:
    """At least the reference + the margin (高于), at most the reference - the margin (低于). A range of margins
    (高出全国平均水平1到2个百分点: language/nested.py) gives its near end only, whatever the polarity: with ``band`` too
    the far end is an aim (a remark, said), never a ceiling, so 9.5 against a national 7.0 is met, as a 1-point floor."""
    level = judge.number(quantity)
    above = c.relation in ("gt", "ge")
    code = "reference_margin_above" if above else "reference_margin_below"
    if is_points(margin.unit):  # points are added to a rate only
        for unit in (quantity.unit, judge.unit):
            if unit is not None and unit != "%" and not is_points(unit):
                raise Pending(Reason.NOT_COMPARABLE, (f"{margin.unit} / {unit}",))
        step = margin.value
    elif margin.unit == "%":  # 高于全省平均水平10%: 10 per cent of a level; of a rate, 10 points or 10 per cent?
        unit = quantity.unit or judge.unit
        if unit is None or unit == "%" or is_points(unit):
            raise Pending(Reason.NOT_COMPARABLE, (f"% / {c.phrase}",), notes=[note(
                "reference_margin_percent_rate", margin=str(margin), points=format_decimal(margin.value), reference=c.phrase)])
        step = level * margin.value / 100
        code += "_relative"
    else:
        step = judge.number(margin)
    threshold = level + step if above else level - step
    found = judge.bound(m.Bound(op="ge" if above else "le", value=m.Quantity(value=threshold, unit=judge.unit)))
    found.notes.append(note(code, margin=str(margin), reference=format_decimal(level), step=format_decimal(step),
                            threshold=format_decimal(threshold)))
    return found


def _stated_margin(judge: Judge, c: m.Reference) -> Requirement | None:
    """A margin the reported sentence states off the same reference (高于全省平均增速0.8个百分点 for 全省平均水平:
    the reference's words agree, 全省平均), in percentage points, its side by ``reference_sides`` (高/快 above,
    低/慢 below). With the indicator's own figure before it (增长5.5%，高于…0.8个百分点) the reference's level is
    that figure less the margin (4.7), judged as a level the sentence carries; alone, the stated margin is judged
    against the target's (0.8 points above against 高于全省平均水平1个百分点: missed; against 高于全省平均水平: met).
    None where the sentence states no such margin."""
    from .choose import figures  # the judge's module, imported when a reference is unknown only

    values = figures(judge.reported) or ((judge.reported,) if isinstance(judge.reported, m.Value) else ())
    for at, value in enumerate(values):
        side = _side(c, fold(value.label or "").text) if is_points(value.value.unit) else None
        if side is None:
            continue
        margin = value.value.value if side == "gt" else -value.value.value
        own = values[at - 1].value if at else None
        if own is not None and not is_points(own.unit):
            level = m.Quantity(value=own.value - margin, unit=own.unit)
            found = _referenced(judge, c, level, "reported")
            code = "reference_from_margin" if margin >= 0 else "reference_from_margin_below"  # 5.5%，比全省低0.8个百分点
            found.notes.append(note(code, value=format_decimal(own.value), margin=format_decimal(abs(margin)),
                                    reference=format_decimal(level.value)))
            return found
        above = c.relation in ("gt", "ge")
        wanted = c.margin.value if c.margin is not None else Decimal(0)
        closed = c.margin is not None  # 高于…1个百分点 (at least 1 point) / 高于全省平均水平 (above it)
        same = (side == "gt") == above  # the figure is the margin's size: on the other side it counts negative
        op = ("ge" if closed else "gt") if same else ("le" if closed else "lt")
        judge.unit = value.value.unit
        found = judge.bound(m.trusted(m.Bound, op=op, value=m.Quantity(value=wanted if same else -wanted,
                                                                        unit=value.value.unit)))
        found.notes.append(note("reference_margin_stated", margin=format_decimal(margin), wanted=format_decimal(wanted)))
        return found
    return None


def _other_margin(judge: Judge, c: m.Reference) -> list[m.Note]:
    """A note where the sentence states a margin off another reference than ``c`` (高于全市0.8个百分点 against
    全省平均水平): that margin is not the target's reference, so it is left, and said."""
    from .choose import figures

    values = figures(judge.reported) or ((judge.reported,) if isinstance(judge.reported, m.Value) else ())
    for value in values:
        label = fold(value.label or "").text if is_points(value.value.unit) else ""
        for other in lexicon().references:
            if label and other.name != c.name and _side_of(other.name, other.name, label) is not None:
                return [note("reference_margin_other", margin=str(value.value), other=other.name, reference=c.phrase)]
    return []


def _side(c: m.Reference, label: str) -> str | None:
    return _side_of(c.name, c.phrase, label)


def _side_of(name: str, phrase: str, label: str) -> str | None:
    """``gt``/``lt`` where ``label`` compares with the reference ``c`` names (高于全省平均增速, 比全省平均高), or with
    its place alone as a reported bracket names it (level_labels: 高于全省 for 全省平均水平; 全市 is no 全省)."""
    entry = next((e for e in lexicon().references if e.name == name), None)
    places = (word for word, named in lexicon().level_labels.items() if named == name)  # 全省 alone (高于全省0.8个百分点)
    words = sorted({phrase, name, *(entry.words if entry else ()), *places}, key=len, reverse=True)
    found = next((w for w in words if w and w in label), None)
    if found is None:
        return None
    before, _, after = label.partition(found)
    for side, marks in lexicon().reference_sides.items():
        if any(before.startswith(mark) or before.endswith(mark) or after.startswith(mark) for mark in marks):
            return side
    return None


def _use(name: str, value: str, source: Source) -> m.ReferenceUse:
    return m.trusted(m.ReferenceUse, name=name, value=value, source=source)


def unranked(c: m.Constraint, reported: m.Reported, unit: str | None) -> Pending | None:
    """A rank target (增速居全省前3位, 保持全省第3位: a comparator span that is a zh.yaml ``ranks`` word) against a figure
    that states no rank: a bare 7.8 is the indicator's growth, no 7.8th place (it was missed, ≤ 3位), so pending
    ``not_comparable``, said. A rank is stated by its counter (2位, 第3名: zh.yaml ``rank_counters``), a rank word
    before the figure (第2, 排名第2), or the indicator's unit (a rules file's ``unit: 位``). None where none of this
    applies."""
    if not is_rank(c):
        return None
    assert isinstance(c, m.Bound)
    lex = lexicon()
    value = reported.value if isinstance(reported, (m.Value, m.BoundValue, m.ApproxValue)) else None
    if unit in lex.rank_counters or value is None:  # a range, a sentence, a word: judged (or refused) as before
        return None
    if value.unit in lex.rank_counters or fold(reported.label or "").text.endswith(lex.ranks):
        return None
    return Pending(Reason.NOT_COMPARABLE, (f"{value} / {c.value}",), notes=[note("rank_unstated", figure=str(value))])


def is_rank(c: m.Constraint) -> bool:
    """A rank target: a bound whose comparator is a zh.yaml ``ranks`` word (前 of 前3位, 第 of 第3位). Asked twice of
    every bound judged (6以上 too): the answer is remembered per target object (the readings are remembered objects,
    judge/memo.py), at most :data:`RANKS` of them, then forgotten at once."""
    if type(c) is not m.Bound:
        return False
    found = _RANKED.get(id(c))
    if found is not None and found[0] is c:
        return found[1]
    tops = lexicon().rank_tops  # 进入全国65强: at most the 65th place
    ranks = (*lexicon().ranks, *(tops.words if tops is not None else ()))
    ranked = any(span.role == "comparator" and fold(span.text).text in ranks for span in c.spans)  # 強 of 65強
    if len(_RANKED) >= RANKS:
        _RANKED.clear()
    _RANKED[id(c)] = (c, ranked)  # the target kept alive beside its answer, so its id is not another's
    return ranked


#: targets whose rank-ness is remembered (:func:`is_rank`)
RANKS = 1024
_RANKED: dict[int, tuple[m.Constraint, bool]] = {}


def stated_rank(c: m.Constraint, reported: m.Reported) -> m.Reported | None:
    """The one rank a reported text states, against a rank target: 增幅居全省第3位, 位居全省第二 (a place, zh.yaml
    ``rank_places``: the figure, in the target's unit), 进入全省前三 (at most 3). A rank word right before a figure
    that a counter (位, 名), a mark or the text's end follows: 第一产业, 前三季度 are no rank. None where the target is
    no rank, the value states its rank already (第2位 read whole), or the text holds no rank or several (全省第3位，
    全国第10位: which one the target means is not told here)."""
    if not is_rank(c) or not isinstance(getattr(reported, "text", None), str):
        return None
    assert isinstance(c, m.Bound)
    lex = lexicon()
    if isinstance(reported, (m.Value, m.BoundValue, m.ApproxValue)) and (
            reported.value.unit in lex.rank_counters or fold(reported.label or "").text.endswith(lex.ranks)):
        return None
    from ..language.numerals import numeral_chars, read_numeral  # a rank target only: no lexer on a check's cold path

    text, chars, found = fold(reported.text).text, numeral_chars(), []
    ends = (*lex.rank_counters, *lex.punctuation.marks, *lex.punctuation.closing)
    for word in lex.ranks:
        at = text.find(word)
        while at >= 0:
            end = start = at + len(word)
            while end < len(text) and (text[end].isdigit() or text[end] in chars):
                end += 1
            figure = text[start:end]
            value = (Decimal(figure) if figure.isdigit() else read_numeral(figure)) if figure else None
            if value is not None and (end == len(text) or text.startswith(ends, end)):
                found.append((word, value))
            at = text.find(word, at + 1)
    if len(found) != 1:
        return None
    word, value = found[0]
    quantity = m.Quantity(value=value, unit=c.value.unit)
    if word in lex.rank_places:
        return m.Value(text=reported.text, value=quantity, label=word)
    return m.BoundValue(text=reported.text, op="le", value=quantity, label=word)


def _bracketed(reported: m.Reported, c: m.Reference) -> m.Quantity | None:
    """The reference's level a reported sentence gives in a bracket right after naming it: 比全省(7.7%)和全国平均水平(7.0%)
    分别高0.7、1.4个百分点 gives 全省平均水平 7.7% (its words, or the place a reported bracket names it by: zh.yaml
    ``level_labels``, 全省), as 8.4（全省7.7%） does in a cell. None where the text names it so nowhere, or with two
    levels."""
    text = getattr(reported, "text", None)
    if not isinstance(text, str):
        return None
    lex = lexicon()
    entry = next((e for e in lex.references if e.name == c.name), None)
    places = (word for word, named in lex.level_labels.items() if named == c.name)
    folded, opening, closing = fold(text).text, lex.punctuation.opening, lex.punctuation.closing
    found: dict[tuple[Decimal, str | None], m.Quantity] = {}
    for word in {c.phrase, c.name, *(entry.words if entry else ()), *places}:
        at = folded.find(word)
        while at >= 0:
            start = at + len(word)
            end = next((i for i in range(start + 1, len(folded)) if folded[i] in closing), -1) \
                if folded[start:start + 1] in tuple(opening) else -1
            level = read_target(folded[start + 1:end]) if end > start else None
            if isinstance(level, m.Level):
                found[(level.value.value, level.value.unit)] = level.value
            at = folded.find(word, at + 1)
    return next(iter(found.values())) if len(found) == 1 else None


def role_figure(reported: m.Reported, role: str) -> tuple[Decimal, m.Note] | None:
    """The figure of another indicator's role a reported sentence states beside the target's own: 全年生产总值增长5.4%,
    …,居民人均可支配收入增长6.8% against 居民收入增长与经济增长同步 gives the economy's growth, 5.4 (a candidate in % whose
    label holds one of the role's zh.yaml ``roles`` names, 生产总值增长). None where no candidate or two different
    figures name it (A3's eighth set oe026 was pending reference_unknown). A level passed (突破6000亿元) is a level whose
    name a growth after it carries, and a level naming nothing (達1082.18億元 after 地區生產總值突破千億元) keeps the name
    before it: 扬州's 地区生产总值突破6000亿元、增长3.5% and 贵港's 地區生產總值突破千億元,達1082.18億元,增長9% (the
    eighteenth set's ok025, ok024) were pending reference_unknown."""
    entry = lexicon().roles.get(role)
    candidates = getattr(reported, "candidates", None) or getattr(reported, "values", None) or ()
    if entry is None:
        return None
    found: dict[Decimal, str] = {}
    level = ""  # the level's words before a growth that names nothing (地区生产总值完成423.46亿元,…,增长5.4%: A3's ox026)
    for value in candidates:
        label = fold(value.label or "").text if isinstance(value, m.Value) and value.value.unit == "%" else ""
        named = label and any(name in label for name in entry.names)
        carried = label and not named and continues(label) and _whole_of_role(level, label, entry.names)
        if named or carried:
            found.setdefault(value.value.value if value.change != "down" else -value.value.value,
                             f"{level}…{value.label}" if carried else value.label or "")
        if isinstance(value, (m.Value, m.BoundValue)) and value.value.unit != "%":  # 突破6000亿元, a level passed, too
            words = fold(value.label or "").text  # 突破千億元,達1082.18億元: 達 goes on about the name before it
            level = level if level and words and continues(words) else words
        elif label and not continues(label):
            level = ""
    if len(found) != 1:
        return None
    (figure, label), = found.items()
    return figure, note("reference_from_sentence", label=label, value=format_decimal(figure))


def _whole_of_role(level: str, growth: str, names: tuple[str, ...] | list[str]) -> bool:
    """Whether a level's words name the role's indicator, whose growth follows in words naming nothing: the level's
    name up to its head word (zh.yaml choosing.heads; 全市地区生产总值 of 全市地区生产总值完成) with the growth's words
    holds a role name (地区生产总值增长; a base said before the change word left out: 同比增长), GDP read as 地区生产总值;
    never per head (人均地区生产总值, choosing.per_capita)."""
    words = synonyms(level)
    head = head_word(words)
    if not head or any(word in words for word in lexicon().choosing.per_capita):
        return False
    changes = [growth.find(word) for word in (*lexicon().change.up, *lexicon().change.down) if word in growth]
    whole = words[:words.rfind(head) + len(head)] + growth[min(changes, default=0):]  # 同比增长: its 增长
    return any(name in whole for name in names)


def joint(target: m.Several) -> bool:
    """Two references or more of one subject on one value (增速高于全国、全省平均水平, language/several.py), each a
    condition that must hold: not a list of parts paired with as many values. So too a target of the indicator's own
    figure, then clauses relating it to another without naming an indicator of their own (居民人均可支配收入增长5%以上，
    与经济增长基本同步; 社会消费品零售总额增长6%以上，高于全省平均水平): one value, every condition must hold (was
    pending value_count, a value per part wanted, so a growth of 4% was not missed)."""
    if target.alternatives or len(target.parts) < 2:
        return False
    if all(isinstance(p, m.Reference) for p in target.parts):
        return len({None if p.subject is None else p.subject.text for p in target.parts}) == 1
    return all(isinstance(p, (m.Reference, m.Sync)) and p.subject is None for p in target.parts[1:]) and not isinstance(
        target.parts[0], (m.Reference, m.Sync, m.Several))


def judge_joint(target: m.Several, reported: m.Reported, ctx: Any, judge: Any) -> Any:
    """Every reference's condition on the one reported value: met when each is known and holds, missed when a known
    one does not hold (whatever the others), otherwise pending with what is missing of each, said (messages
    joint_*). Never one reference's verdict taken for both."""
    from .decide import made
    from ..models import Status

    judged = tuple(judge(part, reported, ctx) for part in target.parts)
    base: dict[str, Any] = {"target": target, "reported": reported, "polarity": ctx.polarity, "parts": judged}
    missed = next((v for v in judged if v.status is Status.MISSED), None)
    if missed is not None:
        return made(status=Status.MISSED, reason=missed.reason, missing=(),
                    notes=(note("joint_missed", parts=len(judged)),), **base)
    pending = [v for v in judged if v.status is not Status.MET]
    if not pending:
        return made(status=Status.MET, reason=judged[0].reason, missing=(),
                    notes=(note("joint_met", parts=len(judged)),), **base)
    missing = tuple(dict.fromkeys(name for v in pending for name in v.missing))
    return made(status=Status.PENDING, reason=pending[0].reason, missing=missing,
                notes=(note("joint_pending", parts=len(judged)),), **base)


def is_roles_own(sentence: m.Reported, chosen: m.Reported, role: str) -> bool:
    """Whether the figure chosen from ``sentence`` is the one :func:`role_figure` takes for ``role`` (its value and label:
    地区生产总值16452.8亿元,同比增长5.5%, the level's growth, against 高于GDP增速): the reference, no outcome of its own."""
    found = role_figure(sentence, role)
    label = getattr(chosen, "label", None) or ""
    return found is not None and isinstance(chosen, m.Value) and chosen.value.value == found[0] and bool(label) and \
        found[1].params.get("label", "").endswith(label)


def is_role_figure(reported: m.Reported, role: str) -> bool:
    """Whether a chosen figure is the other indicator's own (地区生产总值增长5.4%, its label holding a zh.yaml ``roles``
    name of ``role``): against 与经济增长同步 it is the reference, not the outcome set beside it."""
    entry = lexicon().roles.get(role)
    label = fold(reported.label or "").text if isinstance(reported, m.Value) else ""
    return entry is not None and bool(label) and any(name in label for name in entry.names)
