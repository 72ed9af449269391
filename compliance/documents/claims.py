"""Claims: what a document says of its own targets, and whether the computed verdicts bear it out.

``31项计划指标中，…等27项指标完成年初计划目标`` is a *count* claim (27 of 31 met) and a *named* claim
(the indicators listed before ``等`` met); ``地区生产总值、自贸区企业收入…距年初目标尚有差距`` a named claim
of misses. Phrases are in ``data/claims.yaml``. Each claim is compared with the verdicts of its
period and is agreeing (``True``), disagreeing (``False``) or undecidable (``None``: it holds or fails
depending on a pending verdict, or names something the plan does not have), with both sides shown.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from .. import models as m
from ..language.normalize import fold
from .model import Document, Place
from .words import claim_words, review_words, year_named

Claimed = Literal["met", "exceeded", "missed"]


@dataclass(frozen=True, slots=True)
class Statement:
    """A claim as the document words it, not yet compared."""

    text: str  #: the sentence, quoted
    place: Place
    kind: Literal["count", "named"]
    claimed: Claimed
    names: tuple[str, ...] = ()  #: the indicators it names, as written
    context: str = ""  #: the sentence before the phrase (for a claim that names no indicator itself)
    total: int | None = None  #: ``31项计划指标中``
    count: int | None = None  #: ``27项指标完成`` (met, or missed for a missed phrase)
    period: str | None = None  #: the year the sentence names
    whole: bool = False  #: about every target at once (``主要预期目标圆满完成``): all of them

    def to_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {"kind": self.kind, "text": self.text, "source": str(self.place), "claimed": self.claimed}
        for name in ("total", "count", "period"):
            if getattr(self, name) is not None:
                found[name] = getattr(self, name)
        if self.whole:
            found["whole"] = True
        if self.names:
            found["names"] = list(self.names)
        return found


def statements(document: Document) -> list[Statement]:
    """Every claim phrase in the document's paragraphs, with what it claims."""
    words = claim_words()
    phrases = words.phrases()
    found: list[Statement] = []
    for paragraph in document.paragraphs:
        offset = 0
        for sentence in re.split(r"(?<=[。！？!?])", paragraph.text):
            offset += len(sentence)
            if not any(fold(p).text in fold(sentence).text for p, _ in phrases):
                continue
            # a hard-wrapped paragraph: the line the claim's phrase is on, not the paragraph's first
            text = fold(sentence).text
            said = min(text.find(fold(p).text) for p, _ in phrases if fold(p).text in text)
            at = offset - len(sentence) + (fold(sentence).span(said, said + 1)[0] if said < len(text) else 0)
            found += _sentence(sentence.strip(), paragraph.at(at), phrases)
    return found


def _sentence(sentence: str, place: Place, phrases: list[tuple[str, Claimed]]) -> list[Statement]:
    words = claim_words()
    year = year_named().search(fold(sentence).text)
    period = year.group(1) if year else None
    total = None
    pending: list[str] = []
    found: list[Statement] = []
    consumed = 0
    for clause in re.split(r"[，；,;]", sentence):
        text = fold(clause).text
        marker = re.search(r"(\d+)" + re.escape(words.counter) + "(" + "|".join(map(re.escape, words.total_markers)) + ")", text)
        if marker:
            total = int(marker.group(1))
        hit = _first(text, phrases)
        joined = any(clause.strip().startswith(w) for w in words.lead_words)
        names_part = clause
        if hit is None:
            carried = _names(clause) if (words.list_end in clause or "、" in clause) else []
            pending = carried
            consumed += len(clause) + 1
            continue
        phrase, claimed = hit
        before = text[: text.index(fold(phrase).text)]
        if any(fold(w).text in before for w in words.intentions):  # 确保完成计划目标: an aim, not a claim
            consumed += len(clause) + 1
            continue
        if _share_of_plan(text[len(before) + len(fold(phrase).text):]):  # 完成年计划710亿元的89.4%: figures, no claim
            consumed += len(clause) + 1
            continue
        names = _names(clause[: len(before)] if len(before) <= len(clause) else names_part)
        if joined and pending:
            names = pending + names
        count = re.search(r"(\d+)" + re.escape(words.counter), before)
        context = sentence[:consumed]
        if not count and any(fold(w).text in text for w in words.whole_plan):
            found.append(Statement(sentence, place, "count", claimed, period=period, whole=True))
            pending = []
            consumed += len(clause) + 1
            continue
        if count:
            found.append(Statement(sentence, place, "count", claimed, total=total, count=int(count.group(1)),
                                   period=period))
        if names or not count:
            found.append(Statement(sentence, place, "named", claimed, tuple(names), context=context, period=period))
        pending = []
        consumed += len(clause) + 1
    return found


def _share_of_plan(after: str) -> bool:
    """The words after a claim phrase give the plan's level or the share of it done (完成年计划710亿元的89.4%,
    完成年度目标的95%: reviews.yaml ``of``): the clause states figures the verdict judges, not a claim of completion
    (荔城区 2022 read 完成年计划385亿元的77.9% as a claim that 固定资产投资 met its plan)."""
    of = re.escape(fold(review_words().of).text)
    return bool(re.match(rf"(?:\d+(?:\.\d+)?[^\d，,；;。]{{1,4}}?)?{of}\d", after.strip()))


def _first(text: str, phrases: list[tuple[str, Claimed]]) -> tuple[str, Claimed] | None:
    """The phrase the clause says first, the longest of those starting there: 未完成年度目标 is 未完成 (missed),
    not the 完成年度目标 inside it; 超额完成 is not 完成."""
    found = [(text.find(fold(p).text), -len(p), p, c) for p, c in phrases if fold(p).text in text]
    return min(found)[2:] if found else None


def _names(text: str) -> list[str]:
    """``常住人口规模、生产生活用水总量等27项指标`` -> the names before ``等``, split at ``、``."""
    words = claim_words()
    part = text.split(words.list_end, 1)[0] if words.list_end in text else text
    names = []
    for piece in part.split("、"):
        piece = piece.strip()
        changed = True
        while changed:
            changed = False
            for word in sorted(words.lead_words, key=len, reverse=True):
                if piece.startswith(word) and len(piece) > len(word):
                    piece, changed = piece[len(word):], True
        if len(piece) >= 2 and not re.search(r"\d+" + re.escape(words.counter), piece):
            names.append(piece)
    return names


# --------------------------------------------------------------------------- comparing


@dataclass(frozen=True, slots=True)
class Outcome:
    """One indicator's computed result in the claim's period: its worst verdict."""

    id: str
    name: str
    number: str | None
    status: m.Status
    gap: Decimal | None


@dataclass(frozen=True, slots=True)
class ClaimResult:
    """A claim beside the computed verdicts. ``agrees``: True, False, or None (undecidable)."""

    text: str
    source: str
    kind: str
    claimed: dict[str, Any]
    computed: dict[str, Any]
    agrees: bool | None
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "source": self.source, "kind": self.kind, "claimed": self.claimed,
                "computed": self.computed, "agrees": self.agrees, "note": self.note}


def compare(statement: Statement, outcomes: Sequence[Outcome], match: Any) -> ClaimResult | None:
    """A statement against the period's outcomes; ``match(name)`` gives the outcomes a name refers to."""
    if statement.kind == "count":
        return _count(statement, outcomes)
    names = list(statement.names)
    if not names:
        mentioned = [o for o in outcomes if o.name and _in(o, statement.context, match)]
        if not mentioned:
            return None  # a phrase about something that is not an indicator of the plan
        names = [o.name for o in mentioned]
    return _named(statement, names, outcomes, match)


def _in(outcome: Outcome, context: str, match: Any) -> bool:
    return outcome in match.mentioned(context)


def _count(statement: Statement, outcomes: Sequence[Outcome]) -> ClaimResult:
    groups: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        groups.setdefault(outcome.number or outcome.id, []).append(outcome)
    order = {m.Status.MISSED: 2, m.Status.PENDING: 1, m.Status.MET: 0}
    worst = {k: max((o.status for o in v), key=order.__getitem__) for k, v in groups.items()}
    counts = Counter(status.value for status in worst.values())
    total = len(worst)
    met, missed, pending = counts["met"], counts["missed"], counts["pending"]
    side_name = statement.claimed if statement.claimed != "exceeded" else "met"
    claimed: dict[str, Any] = {"total": statement.total, side_name: statement.count}
    if statement.whole:  # every target: as many as were judged
        claimed = {"total": None, side_name: len(worst), "all": True}
    pending_names = [groups[k][0].name for k, s in worst.items() if s is m.Status.PENDING]
    computed: dict[str, Any] = {"total": total, "met": met, "missed": missed, "pending": pending,
                                "pending_indicators": pending_names}
    side = met if statement.claimed != "missed" else missed
    count = claimed[side_name] or 0
    notes = []
    agrees: bool | None
    if statement.total is not None and statement.total != total:
        notes.append(f"the document counts {statement.total} indicators; {total} were read and judged")
        agrees = False
    elif count == side and pending == 0:
        agrees = True
    elif side <= count <= side + pending:
        agrees = None
        k = count - side
        what = "met" if statement.claimed != "missed" else "missed"
        notes.append(_holds_if(k, pending_names, what))
    else:
        agrees = False
    if agrees is not None:
        notes.append(f"{count} claimed, {side} computed")
    return ClaimResult(statement.text, str(statement.place), "count", claimed, computed, agrees, "; ".join(notes))


def _holds_if(k: int, pending: list[str], what: str) -> str:
    """``holds if the pending indicator (X) is met``: a count that ``k`` of the pending would make true."""
    names = ", ".join(pending)
    if len(pending) == 1:
        return f"holds if the pending indicator ({names}) is {'' if k else 'not '}{what}"
    count = len(pending)
    if k == count:
        return f"holds if all {count} pending indicators ({names}) are {what}"
    many = "none" if k == 0 else str(k)
    return f"holds if {many} of the {count} pending indicators ({names}) {'are' if k > 1 else 'is'} {what}"


def _named(statement: Statement, names: list[str], outcomes: Sequence[Outcome], match: Any) -> ClaimResult:
    claimed = {"status": statement.claimed, "indicators": names}
    computed: dict[str, Any] = {}
    verdicts: list[bool | None] = []
    notes = []
    for name in names:
        mine = match(name)
        if not mine:
            computed[name] = None
            verdicts.append(None)
            notes.append(f"`{name}` is not an indicator of the plan")
            continue
        statuses = [o.status for o in mine]
        computed[name] = {o.name: o.status.value for o in mine}
        if m.Status.MISSED in statuses:
            verdicts.append(statement.claimed == "missed")
        elif m.Status.PENDING in statuses:
            verdicts.append(None)
            notes.append(f"`{name}` is pending")
        elif statement.claimed == "missed":
            verdicts.append(False)
        elif statement.claimed == "exceeded":
            margin = any(o.gap is not None and o.gap > 0 for o in mine)
            verdicts.append(True if margin else None)
            if not margin:
                notes.append(f"`{name}` is met, but its figures show no margin over the target")
        else:
            verdicts.append(True)
    agrees: bool | None = False if False in verdicts else (None if None in verdicts else True)
    return ClaimResult(statement.text, str(statement.place), "named", claimed, computed, agrees, "; ".join(notes))
