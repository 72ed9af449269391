"""Sentences of streamed verdict rows: check's explanation of a verdict, and templates that write it for many.

:func:`sentence` is the explanation check's report gives a verdict (English names the unit as the
rules file's ``unit_en`` says); :func:`facts` adds the margin, the stated target and the distance to
it, as the report writes them. :func:`cut` turns one verdict's sentence into a :class:`Template`
with holes for its figures (the reported text, the value, the gap, the distance to the stated
target, the previous value): it explains the verdict with those figures replaced by sentinels,
cuts the sentence at the sentinels, and keeps the template only if filling it with the verdict's
own figures gives back the verdict's own sentence. :func:`fill` fills templates for whole columns
(pyarrow). See :mod:`compliance.scale.stream.evidence` for which rows share a template.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import numpy as np

from ...judge.verdict import Verdict
from ...models import Interval, Note, format_decimal
from ...plans.rules import Indicator
from ..arrays import arrow_of, strings_of

__all__ = ["HOLES", "Template", "cut", "facts", "fill", "fill_one", "sentence"]

_UNIT_EN = "unit_en" in inspect.signature(Verdict.explain).parameters
#: sentinels: numbers no sentence holds otherwise (checked), and a reported text of private-use characters
_VALUE, _GAP, _PREVIOUS, _TEXT = Decimal("7391.0468203"), Decimal("0.00583917"), Decimal("271.59386"), "\ue000\ue001"
_DISTANCE = Decimal("6173.2904815")  #: from the stated target, on the side the row's value lies
HOLES = ("", "text", "value", "gap", "distance", "previous")  #: what fills a template's hole (0: nothing)


def sentence(v: Verdict, indicator: Indicator, lang: str) -> str:
    """The explanation check's report gives a verdict of ``indicator`` (English names its unit as the rules say)."""
    if lang == "en" and _UNIT_EN:
        unit_en = getattr(indicator, "unit_en", None) if (v.unit is None or v.unit == indicator.unit) else None
        return v.explain("en", unit_en)  # type: ignore[call-arg,unused-ignore]
    return v.explain(lang)  # type: ignore[arg-type]


def _number(value: Decimal | None) -> str | None:
    return None if value is None else format_decimal(value)


def facts(v: Verdict, indicator: Indicator, lang: str | None) -> tuple[str | None, str | None, str | None, str | None]:
    """margin, stated, gap_to_target (``low..high``) and the explanation of one verdict, as check's report."""
    stated = v.stated_margin
    return (
        _number(v.margin), _number(v.stated),
        None if stated is None else f"{format_decimal(stated[0])}..{format_decimal(stated[1])}",
        sentence(v, indicator, lang) if lang is not None else None,
    )


@dataclass(frozen=True, slots=True)
class Template:
    """A sentence with holes: ``literals[0] hole[0] literals[1] ... literals[-1]``."""

    literals: tuple[str, ...]
    holes: tuple[int, ...]  #: indexes into HOLES


def cut(v: Verdict, indicator: Indicator, lang: str, own: dict[str, str | None]) -> Template | None:
    """``v``'s sentence with holes for its figures, or None when it cannot be cut (then explain one by one).

    ``own`` are the texts the columns give ``v``'s holes: filled with them, the template must give
    back ``v``'s own sentence."""
    if v.value is None or v.value_interval is None or not v.value_interval.is_point or v.derived is not None \
            or v.parts:
        return None
    value, texts = _VALUE, {"text": _TEXT}
    if v.stated is not None:  # the value on the same side of the stated target, as far as a sentinel
        if v.value == v.stated:
            return None
        value = v.stated + (_DISTANCE if v.value > v.stated else -_DISTANCE)
        texts["distance"] = format_decimal(_DISTANCE)
    update: dict[str, Any] = {"value": value, "value_interval": Interval.point(value)}
    unit = v.unit or ""
    canonical = v.reported.text == format_decimal(v.value) + unit
    shown = format_decimal(value) + unit if canonical else _TEXT
    update["reported"] = v.reported.model_copy(update={"text": shown})
    texts["value"] = format_decimal(value)
    if v.gap is not None and abs(v.gap) not in (0, 1):  # a gap of 0 or 1 has its own shape and words
        update["gap"] = _GAP if v.gap > 0 else -_GAP
        texts["gap"] = format_decimal(_GAP)
    if v.previous is not None and v.threshold is not None and v.admissible is not None:
        old = format_decimal(v.previous)
        wanted = v.admissible
        ends = {"lo": _PREVIOUS if wanted.lo == v.threshold else wanted.lo,
                "hi": _PREVIOUS if wanted.hi == v.threshold else wanted.hi}
        update.update(threshold=_PREVIOUS, previous=_PREVIOUS, admissible=wanted.model_copy(update=ends))
        update["notes"] = tuple(
            Note(code=note.code,
                 params={k: format_decimal(_PREVIOUS) if p == old else p for k, p in note.params.items()})
            for note in v.notes
        )
        texts["previous"] = format_decimal(_PREVIOUS)
    sentinel = v.model_copy(update=update)
    if sentinel.stated != v.stated:
        return None
    written = sentence(sentinel, indicator, lang)
    longest = sorted(texts.items(), key=lambda item: -len(item[1]))
    if any(a != b and a in b for _, a in texts.items() for _, b in texts.items()):
        return None
    parts = re.split("(" + "|".join(re.escape(t) for _, t in longest) + ")", written)
    by_text = {t: HOLES.index(name) for name, t in longest}
    template = Template(tuple(parts[0::2]), tuple(by_text[t] for t in parts[1::2]))
    if fill_one(template, own) != sentence(v, indicator, lang):
        return None  # a shape the holes do not capture: explained one by one
    return template


def fill_one(template: Template, holes: dict[str, str | None]) -> str | None:
    out = [template.literals[0]]
    for hole, literal in zip(template.holes, template.literals[1:]):
        filled = holes.get(HOLES[hole]) if hole else ""
        if filled is None:
            return None
        out += [filled, literal]
    return "".join(out)


def fill(templates: list[Template], template_of: np.ndarray, holes: dict[str, Any], n: int) -> Any:
    """Each row's template filled with its own numbers (null where it has none), on whole columns."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not templates:
        return pa.nulls(n, pa.string())
    width = max(len(t.holes) for t in templates)
    template_of = np.asarray(template_of, dtype=np.int64)
    codes = arrow_of(template_of, template_of < 0)
    columns = [strings_of([t.literals[0] for t in templates]).take(codes)]
    nothing = strings_of([""])
    empty = nothing.take(arrow_of(np.zeros(n, dtype=np.int64)))
    choices = [empty] + [holes[name] for name in HOLES[1:]]
    for k in range(width):
        kinds = np.array([t.holes[k] if k < len(t.holes) else 0 for t in templates], dtype=np.int64)
        hole = pc.choose(arrow_of(kinds[np.maximum(template_of, 0)]), *choices)
        literals = strings_of([t.literals[k + 1] if k < len(t.holes) else "" for t in templates])
        columns += [hole, literals.take(codes)]
    return pc.binary_join_element_wise(*columns, nothing[0])
