"""A reported figure written without a unit, against a target whose own unit has a multiplier (``6万人以上``).

An unwritten unit is the other side's (:func:`compliance.language.units.convert`): with no indicator unit given (a
rules file's ``unit``, the caller's ``unit=``), ``60000`` against ``6万人以上`` reads 60000万人. A figure at least
:data:`TIMES` times the target's is as likely a count in the unit without the multiplier (60000人 = 6万人): the
two readings are named and nothing is judged (pending ``ambiguous_value``). Where the indicator's unit is given, the
figure is read in it (a plan table's convention: its column states the unit once) and judged.

>>> from compliance import evaluate
>>> evaluate("6万人以上", "60000").reason.value, evaluate("6万人以上", "60000", unit="万人").status.value
('ambiguous_value', 'met')
>>> evaluate("6万人以上", "5999").status.value  # under 1000 times the target: read in its unit, as before
'met'
"""

from __future__ import annotations

from decimal import Decimal

from .. import models as m
from ..language.lexicon import units
from ..language.normalize import fold
from ..language.roles import COUNTED, PRELIMINARY
from ..language.units import convert, doubled_multiplier, info
from ..models import Interval, Reason
from .figure import Pending, note

#: how many times the target's figure a figure without a unit must be to be read either way
TIMES = Decimal(1000)


def multiplier(unit: str | None) -> tuple[str, Decimal] | None:
    """The multiplier a unit begins with (万 of 万人, 亿 of 亿元) and its factor, where that is at least :data:`TIMES`;
    None otherwise (人, %, 千米: 千 of 千米 is no multiplier of a count, but of a length, and below 万 anyway)."""
    if not unit:
        return None
    found = [(word, factor) for word, factor in units().multipliers.items()
             if unit.startswith(word) and factor > TIMES]
    return max(found, key=lambda item: len(item[0])) if found else None


def check_unwritten(reported: m.Reported, unit: str | None, given: str | None, wanted: Interval,
                    own: str | None = None) -> None:
    """Raise :class:`Pending` ``ambiguous_value`` where ``reported`` is a figure without a unit, no indicator unit is
    ``given``, the working ``unit`` (the target's) has a multiplier, and the figure is at least :data:`TIMES` times
    the largest finite end of ``wanted`` (the admissible interval in that unit); or where the target's ``own`` unit
    is a multiplier alone (:func:`_bare_target`); or where a sentence's figure counts the words after it
    (:func:`check_counted`)."""
    check_counted(reported, unit)
    _bare_target(reported, unit, own if given is not None or _written(reported) else None, wanted)
    found = multiplier(unit) if given is None else None
    if found is None:
        return
    quantities = _quantities(reported)
    if not quantities or any(q.unit is not None for q in quantities):
        return
    ends = [abs(end) for end in (wanted.lo, wanted.hi) if end.is_finite() and end]
    figure = max(abs(q.value) for q in quantities)
    if not ends or figure < TIMES * max(ends):
        return
    word, factor = found
    assert unit is not None
    base = unit[len(word):]
    said = note("unit_unwritten", text=reported.text, value=m.format_decimal(figure), unit=unit, base=base,
                other=m.format_decimal(figure / factor), times=TIMES)
    raise Pending(Reason.AMBIGUOUS_VALUE, (f"{figure}{unit}", f"{figure}{base}"), notes=[said])


def check_doubled(reported: m.Reported, unit: str | None) -> None:
    """Raise :class:`Pending` ``unrecognized`` where a figure's unit, or the words written right after a figure without
    one, put a multiplier after a multiplier (7兆兆亿元, 7亿亿元, 7万万元: language.units.doubled_multiplier): no figure
    a person accepts, so none is judged (7兆兆亿元 was 7, MET against a unitless 6以上), the note quoting the text.
    Words after a figure without a unit, against a working ``unit``, are check_counted's (unit_unread: not read in it)."""
    words = [q.unit for q in _quantities(reported) if q.unit]
    words += [span.text for span in reported.spans if span.role == COUNTED and unit is None]
    for written in words:
        if (doubled := doubled_multiplier(fold(written).text)) is not None:
            shown = reported.text if written in reported.text else reported.text + written  # a sentence's 7, 兆兆亿元
            raise Pending(Reason.UNRECOGNIZED, ("reported",), notes=[note("unit_doubled", text=shown, words=doubled)])


def preliminary(reported: m.Reported) -> list[m.Note]:
    """The note that the reported figure is preliminary (6.5初步统计: a span of role ``preliminary``, words after the
    figure that language/reported.py read as no unit): the figure is judged as given, the explanation says so."""
    said = next((span.text for span in reported.spans if span.role == PRELIMINARY), None)
    return [] if said is None else [note("preliminary", words=said)]


def check_counted(reported: m.Reported, unit: str | None) -> None:
    """Raise :class:`Pending` ``not_comparable`` where a sentence's figure has a multiplier and no unit word and counts
    the words after it (约5000多万居民搬进新家: a span of role ``counted``, language/reported.py) and the working
    ``unit`` (the target's or the indicator's) names a thing (万套): 5000万 are 居民, not 套, so the figure does not
    take that unit as a cell's bare 5000万 does. Against a unit that is a multiplier alone (万 of 促进12万…就业) the two
    count alike and are judged as before."""
    counted = next((span for span in reported.spans if span.role == COUNTED), None)
    if counted is None or unit is None:
        return
    quantities = _quantities(reported)
    if quantities and all(q.unit is None for q in quantities):
        _check_unread(reported, quantities[0], counted, unit)
        return
    if info(unit).dimension == "" or not quantities or any(q.unit not in units().multipliers for q in quantities):
        return
    said = note("unit_counted", text=reported.text, figure=f"{m.format_decimal(quantities[0].value)}{quantities[0].unit}",
                counted=counted.text, unit=unit)
    raise Pending(Reason.NOT_COMPARABLE, (f"{quantities[0].unit}{counted.text} / {unit}",), notes=[said])


def _check_unread(reported: m.Reported, figure: m.Quantity, counted: m.Span, unit: str) -> None:
    """A sentence's figure with no unit and plain words right against it (完成投资7兆兆亿元, 178 GW新增装机量: a span of
    role ``counted``): the words are a unit the table lacks or what the figure counts, so the figure does not take the
    working ``unit`` as an unwritten one (7 was 7亿元, MET 6亿元以上; 178 was 178万千瓦, MISSED 1000万千瓦以上). Unless
    the words begin with that unit (新建道路32条 against 30条: 条 is the target's, judged as before): pending
    ``not_comparable``, note ``unit_unread``."""
    if fold(counted.text).text.lstrip().startswith(unit):
        return
    said = note("unit_unread", text=reported.text, figure=m.format_decimal(figure.value), words=counted.text, unit=unit)
    raise Pending(Reason.NOT_COMPARABLE, (f"{counted.text} / {unit}",), notes=[said])


def _bare_target(reported: m.Reported, unit: str | None, own: str | None, wanted: Interval) -> None:
    """The mirror of a figure without a unit: a target whose figure has a multiplier and no unit word (减税2万多: 2万,
    units.yaml multipliers alone), read in the reported value's unit (130000000元) or the indicator's (``unit=``), as
    :func:`compliance.language.units.convert` reads an unwritten unit. A value at least :data:`TIMES` times the
    target's is as likely of a unit the target left out (2万多亿元, 2万亿元): not comparable, the figure is not judged (it was met on
    130000000元 as 2万元, 6500 times over). Nearer sizes are read as before (1000万 against 1386万人 or 13860000人)."""
    if own is None or unit is None or own not in units().multipliers:
        return
    ends = [abs(end) for end in (wanted.lo, wanted.hi) if end.is_finite() and end]
    values = [convert(q.value, q.unit, unit) for q in _quantities(reported)]
    if not ends or not values or any(v is None for v in values):
        return
    figure = max(abs(v) for v in values if v is not None)
    if figure < TIMES * max(ends):
        return
    said = note("unit_unwritten_target", text=reported.text, figure=f"{m.format_decimal(figure)}{unit}",
                target=f"{m.format_decimal(max(ends))}{unit}", own=own, times=TIMES)
    other = next((q.unit for q in _quantities(reported) if q.unit), unit)
    raise Pending(Reason.NOT_COMPARABLE, (f"{other} / {own}",), notes=[said])


def bare_multiplier(target: m.Constraint) -> bool:
    """Whether a figure of ``target`` has a multiplier and no unit word (2万 of 减税2万多): the bulk path leaves such a
    target to the engine row by row where the indicator's unit is given (:func:`_bare_target` reads it then too)."""
    bare = units().multipliers
    return any(isinstance(q := node.__dict__.get(name), m.Quantity) and q.unit in bare
               for node in m.nodes(target) for name in ("value", "low", "high", "amount"))


def _written(reported: m.Reported) -> bool:
    """Whether every figure of ``reported`` states its unit (60000 alone is the other case: :func:`check_unwritten`)."""
    quantities = _quantities(reported)
    return bool(quantities) and all(q.unit is not None for q in quantities)


def _quantities(reported: m.Reported) -> tuple[m.Quantity, ...]:
    if isinstance(reported, (m.Value, m.ApproxValue, m.BoundValue)):
        return (reported.value,)
    if isinstance(reported, m.RangeValue):
        return (reported.low, reported.high)
    return ()
