"""Constraint -> canonical target text, written in the lexicon's own words.

``parse_target(render(c))`` reads back a constraint with the same reading as ``c`` (a property
test checks this), so a rules file can be normalised and a reading shown as text. One small
function per kind, chosen from a table; the words and templates are in ``data/zh.yaml``
(``render``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import models as m
from ..models import format_decimal
from .lexicon import RenderForms, lexicon


def _forms() -> RenderForms:
    return lexicon().render.forms


def _q(quantity: m.Quantity | None) -> str:
    return format_decimal(quantity.value) + (quantity.unit or "") if quantity is not None else ""


def _label(c: Any) -> str:
    return c.label or ""


def _bound(c: m.Bound) -> str:
    return _forms().bound.format(label=_label(c), op=lexicon().render.ops[c.op], value=_q(c.value))


def _level(c: m.Level) -> str:
    forms = _forms()
    template = forms.horizon if c.horizon else forms.level_reach if c.verb == "reach" else forms.level
    return template.format(label=_label(c), year=c.horizon, value=_q(c.value))


def _approx(c: m.Approx) -> str:
    return _forms().approx.format(label=_label(c), value=_q(c.value))


def _cumulative(c: m.Cumulative) -> str:
    forms = _forms()
    verb = lexicon().render.change["down" if c.change == "down" else "up"]
    inner = render(c.inner)
    if c.doubling:
        word = next(w for w, n in lexicon().change_bases.doubling.items() if n == c.doubling)
        base = forms.change_since.format(year=c.base_year, verb="", inner="") if c.base_year else ""
        return forms.doubling.format(base=base, word=word)
    if c.base_year:
        return forms.change_since.format(year=c.base_year, verb=verb, inner=inner)
    if c.years:
        return forms.change_years.format(years=c.years, verb=verb, inner=inner)
    if c.since_previous and c.change:
        return forms.change_previous.format(verb=verb, inner=inner)
    if c.annual and c.change:
        return forms.change_annual.format(verb=verb, inner=inner)
    if c.change:
        return forms.change.format(verb=verb, inner=inner)
    return forms.cumulative.format(inner=inner)


def _task(c: m.Task) -> str:
    template = _forms().task if c.amount else _forms().task_complete
    if c.amount and c.action in (*lexicon().change.up, *lexicon().change.down):  # 压减0 would read as a change
        template = _forms().task_amount_complete
    return template.format(action=c.action, amount=_q(c.amount))


def _reference(c: m.Reference) -> str:
    relation = lexicon().render.relations[c.relation]
    if c.margin is not None:  # never with a bracket (the grammar reads none after a margin)
        return _forms().reference_margin.format(relation=relation, phrase=c.phrase, margin=_q(c.margin))
    if c.inline is None:
        return _forms().reference.format(relation=relation, phrase=c.phrase)
    return _forms().reference_inline.format(relation=relation, phrase=c.phrase, inline=render(c.inline))


def _sync(c: m.Sync) -> str:
    return (_forms().sync_loose if c.loose else _forms().sync).format(phrase=c.phrase)


def _several(c: m.Several) -> str:
    """One clause per part, its subject before it: 城镇增长6%左右，农村居民人均可支配收入增长7%左右."""
    if c.alternatives:  # ≥33 ≥22: a table cell's thresholds, one per category
        return " ".join(render(p) for p in c.parts)
    return lexicon().several.render_separator.join(render(p) for p in c.parts)  # render writes each subject


#: one renderer per constraint kind (a test checks every kind has one)
RENDERERS: dict[str, Callable[[Any], str]] = {
    "bound": _bound,
    "level": _level,
    "range": lambda c: _forms().range.format(low=_q(c.low), high=_q(c.high)),
    "approx": _approx,
    "reference": _reference,
    "direction": lambda c: c.phrase,
    "sync": _sync,
    "revised": lambda c: _forms().revised.format(original=render(c.original), revised=render(c.revised)),
    "provisional": lambda c: _forms().provisional.format(note=c.note, inner=render(c.inner)),
    "cumulative": _cumulative,
    "task": _task,
    "qualitative": lambda c: c.phrase,  # its subject is written before it, as every kind's is
    "several": _several,
    "unrecognized": lambda c: c.text,
}


def render(constraint: m.Constraint) -> str:
    """The canonical text of a constraint.

    >>> from compliance import parse_target
    >>> render(parse_target("控制在３％以內")), render(parse_target("達到市級\\n要求（3.2）"))
    ('≤3%', '达到市级要求（3.2）')
    """
    text = RENDERERS[constraint.kind](constraint)
    subject = constraint.subject
    if subject is not None and getattr(constraint, "label", None) is None:  # a label is written already
        return subject.text + text
    return text


def same_reading(a: m.Constraint, b: m.Constraint) -> bool:
    """Equal up to source text and spans: the same meaning."""
    return _reading(a.model_dump()) == _reading(b.model_dump())


def _reading(data: Any) -> Any:
    if isinstance(data, dict):
        found = {k: _reading(v) for k, v in data.items() if k not in ("text", "spans", "remarks", "subject")}
        # what it is about, wherever in the text it stood; a label (优良水体比例≥0) says it already
        if data.get("subject") and data["subject"]["text"] != data.get("label"):
            found["subject"] = data["subject"]["text"]
        return found
    if isinstance(data, (list, tuple)):
        return [_reading(v) for v in data]
    return data
