"""Progress charts: one inline SVG per plan-period target that has a progress rating.

Pure SVG text, written here (no charting library, no external resource), from the report's own
:class:`~compliance.report._model.ProgressInfo` and nothing else. A chart shows what the rating
compared, in the terms of its method (``ProgressInfo.method``):

=============  ============================================  =============================================
method         points (solid line)                           pace needed (dashed line)
=============  ============================================  =============================================
``cagr``       each year's reported level                    the steady compound path from the base year's
                                                             value to the target (linear when either is
                                                             not positive, as the rating does)
``linear``     each year's reported level                    the straight path from the base to the target
``sum``        the running total of the yearly figures        the steady share: target x years / period
``compound``   the yearly changes compounded so far          1-(1-target)^(years/period) (or its rise)
``average``    each year's rate                               the target rate, to be kept every year
=============  ============================================  =============================================

The target is a diamond at the end year with a light rule across the plot. A reported range
(``8-9``) is a vertical bar between its ends, an open end (``10以上``) a triangle pointing the open
way. The dashed path passes through ``ProgressInfo.pace`` at the current year (tests check it
for every chart of the seed): the chart draws the rating's pace, it does not compute another.
The pace and the target are written as the rating's sentence writes them (``ProgressInfo.shown``);
other derived figures (running totals, compounded changes) are rounded for reading (:func:`readable`);
the exact figures stay in the evidence beside it. Each SVG has a ``<title>`` and a ``<desc>`` (the
figures in words) and is labelled by them (``aria-labelledby``), so a screen reader reads the same facts.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from html import escape
from typing import Any

from ..judge.progress_rating import rounded
from ._model import ProgressInfo

_HUNDRED = Decimal(100)
#: room (px) between the y axis and the first year, and after the last, so labels clear the ticks
_PAD = 12


@dataclass(frozen=True)
class Point:
    """One year on the chart: ``low``/``high`` are the ends (equal for a figure; None for an open end)."""

    year: int
    text: str
    low: Decimal | None
    high: Decimal | None
    derived: bool = False  #: a running total or compounded change (rounded for reading), not a reported figure


@dataclass(frozen=True)
class Series:
    """What a chart draws, in data units: the points, the pace path and the target."""

    points: tuple[Point, ...]
    pace: tuple[tuple[int, Decimal], ...]
    target: Decimal | None
    first_year: int
    last_year: int
    #: the figure the rating compares against the pace at ``current_year`` (None when it has none)
    current: Decimal | None = None
    #: what the y axis shows: the method's figure (``labels.yaml`` charts.axis), or ``yearly`` when a
    #: running total or compounded change cannot be formed (a year without a figure) and each year's own is shown
    scale: str = "cagr"


def _dec(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def readable(value: Decimal) -> str:
    """A derived figure rounded for reading: four significant digits, at most two decimals.

    >>> [readable(Decimal(x)) for x in ("4296.715", "312.6", "39.0452", "6.0739", "0.9812", "2880", "-3.4483")]
    ['4297', '312.6', '39.05', '6.07', '0.98', '2880', '-3.45']
    """
    whole = len(str(int(abs(value)))) if abs(value) >= 1 else 0
    places = min(2, max(0, 4 - whole))
    return plain(rounded(value, places, ROUND_HALF_UP))  # as many digits as it takes: 1e300 was an InvalidOperation


def plain(value: Decimal) -> str:
    """A figure as written, without exponent or trailing zeros: ``6.20`` -> ``6.2``, ``1E+3`` -> ``1000``."""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _points(progress: ProgressInfo) -> list[Point]:
    return [Point(v.year, v.text, _dec(v.low), _dec(v.high)) for v in progress.values]


def _running(points: list[Point], combine: Any, start: Decimal) -> list[Point]:
    """Points accumulated year by year (a total, compounded changes); stops at the first gap."""
    out: list[Point] = []
    low = high = start
    for point in points:
        if point.low is None or point.high is None:
            break
        low, high = combine(low, point.low), combine(high, point.high)
        out.append(Point(point.year, point.text, min(low, high), max(low, high), derived=True))
    return out


def pace_path(progress: ProgressInfo) -> tuple[tuple[int, Decimal], ...]:
    """The pace needed, year by year from the base year to the end year, in the chart's terms.

    Empty when the rating has no pace (too few figures, no target). See the module's table.
    """
    p = progress
    target = _dec(p.target_value)
    if target is None or _dec(p.pace) is None:
        return ()
    if p.method == "average":
        return tuple((year, target) for year in range(p.start_year, p.end_year + 1))
    base_year = p.base_year if p.base_year is not None else p.start_year - 1
    base = _dec(p.base_value) if p.method in ("cagr", "linear") else Decimal(0)
    if base is None or p.end_year <= base_year:
        return ()
    span = Decimal(p.end_year - base_year)
    path = []
    for year in range(base_year, p.end_year + 1):
        share = Decimal(year - base_year) / span
        if p.method == "compound":
            value = _compound_pace(target, share, _compound_sign(p))
        elif p.method == "cagr" and base > 0 and target > 0:
            value = base * _power(target / base, share)
        else:  # linear, sum, or a level that is not positive throughout (the rating's linear fallback)
            value = base + (target - base) * share
        path.append((year, value))
    return tuple(path)


def _power(base: Decimal, exponent: Decimal) -> Decimal:
    return Decimal(str(math.pow(float(base), float(exponent))))


def _compound_sign(p: ProgressInfo) -> int:
    """-1 for compounded declines (``五年下降14.5``), +1 for rises: read from the rating's own note."""
    return -1 if any(note.code.endswith("_down") for note in p.notes) else 1


def _compound_pace(target: Decimal, share: Decimal, sign: int) -> Decimal:
    index = _power(1 + sign * target / _HUNDRED, share)
    return sign * (index - 1) * _HUNDRED


def series(progress: ProgressInfo) -> Series:
    """The points, pace path and target of one rating (see the module's table)."""
    p = progress
    points = _points(p)
    if p.method == "sum":
        points = _running(points, lambda total, x: total + x, Decimal(0))
    elif p.method == "compound":
        sign = _compound_sign(p)

        def compound(size: Decimal, change: Decimal) -> Decimal:
            index = (1 + sign * size / _HUNDRED) * (1 + sign * change / _HUNDRED)
            return sign * (index - 1) * _HUNDRED

        points = _running(points, compound, Decimal(0))
    path = pace_path(p)
    target, scale = _dec(p.target_value), p.method
    if p.method in ("sum", "compound") and not path:
        figures = [pt for pt in _points(p) if pt.low is not None or pt.high is not None]
        if len(points) < len(figures):  # a gap stops the running figure: show each year's own figure instead
            points, target, scale = figures, None, "yearly"
    first = min([p.start_year, *(year for year, _ in path), *(pt.year for pt in points)])
    if p.method in ("sum", "compound") and path:
        points = [Point(path[0][0], "", Decimal(0), Decimal(0)), *points]
    return Series(tuple(points), path, target, first, p.end_year, _dec(p.current_value), scale)


def nice_ticks(low: Decimal, high: Decimal, count: int = 4) -> tuple[Decimal, ...]:
    """Round tick values (steps of 1, 2, 2.5 or 5 times a power of ten) covering ``low``..``high``.

    >>> [plain(t) for t in nice_ticks(Decimal("4085"), Decimal("5000"))]
    ['4000', '4250', '4500', '4750', '5000']
    >>> [plain(t) for t in nice_ticks(Decimal("2.8"), Decimal("3.2"))]
    ['2.8', '2.9', '3', '3.1', '3.2']
    """
    if high <= low:
        pad = abs(low) / 10 if low else Decimal(1)
        low, high = low - pad, high + pad
    raw = (high - low) / count
    exponent = math.floor(math.log10(float(raw)))
    unit = Decimal(1).scaleb(exponent)
    step = next(unit * m for m in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10)) if unit * m >= raw)
    start = (low / step).to_integral_value(rounding="ROUND_FLOOR") * step
    ticks = []
    value = start
    while value < high + step:
        ticks.append(value)
        if value >= high:
            break
        value += step
    return tuple(ticks)


@dataclass(frozen=True)
class _Frame:
    """The plot area and the two scales (year -> x, value -> y)."""

    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    years: tuple[int, int]
    ticks: tuple[Decimal, ...]

    def x(self, year: int) -> float:
        first, last = self.years
        inner = self.width - self.left - self.right - 2 * _PAD
        return self.left + _PAD + inner * ((year - first) / (last - first) if last > first else 0.5)

    def y(self, value: Decimal) -> float:
        low, high = self.ticks[0], self.ticks[-1]
        inner = self.height - self.top - self.bottom
        return self.top + inner * (1 - float((value - low) / (high - low)))


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _values_in(s: Series) -> list[Decimal]:
    found = [v for pt in s.points for v in (pt.low, pt.high) if v is not None]
    found += [v for _, v in s.pace]
    if s.target is not None:
        found.append(s.target)
    return found


def _axis_label(scale: str, unit: str | None, C: dict[str, Any]) -> str:
    key = scale if scale in C["axis"] else "cagr"
    return str(C["axis"][key]).format(unit=unit or "").strip().removesuffix("（）").removesuffix("()").strip()


def describe(progress: ProgressInfo, s: Series, name: str, unit: str | None, L: dict[str, Any]) -> str:
    """The chart in words (its ``<desc>`` and the figure's text alternative)."""
    C = L["charts"]
    u = unit or ""
    shown = [pt for pt in s.points if pt.text]
    parts = []
    if shown:
        parts.append(C["desc_points"].format(
            label=_axis_label(s.scale, unit, C),
            values=C["list_sep"].join(f"{pt.year}: {_point_text(pt)}" for pt in shown)))
    else:
        parts.append(C["no_figures"])
    pace = _dec(progress.pace)
    if pace is not None and progress.current_year is not None:
        parts.append(C["desc_pace"].format(year=progress.current_year, value=as_shown(progress, "pace", pace, u),
                                           unit=""))
    if s.target is not None:
        parts.append(C["desc_target"].format(year=progress.end_year, value=as_shown(progress, "target", s.target, u),
                                             unit=""))
    parts.append(L["progress"]["rating"][progress.rating.value])
    return f"{name}: " + C["sentence_sep"].join(parts)


def as_shown(progress: ProgressInfo, key: str, value: Decimal, unit: str) -> str:
    """A figure of the rating rounded as its sentence rounds it (``ProgressInfo.shown``), so the chart
    and the explanation beside it agree, followed by ``unit`` (the report language's label, like the
    axis); :func:`readable` when the rating shows no such figure.

    >>> info = ProgressInfo.model_construct(shown={"pace": "4296.71件"})
    >>> as_shown(info, "pace", Decimal("4296.715"), "applications"), as_shown(info, "target", Decimal(5000), "件")
    ('4296.71 applications', '5000件')
    """
    found = re.match(r"-?\d+(?:\.\d+)?", progress.shown.get(key, ""))
    number = found.group(0) if found else readable(value)
    from ..judge.explain import with_unit

    return with_unit(number, unit)


def _point_text(pt: Point) -> str:
    """A point's figure: a reported one as written, a derived one rounded for reading."""
    show = readable if pt.derived else plain
    if pt.low is not None and pt.high is not None and pt.low != pt.high:
        return f"{show(pt.low)}–{show(pt.high)}"
    value = pt.low if pt.low is not None else pt.high
    if value is None:
        return pt.text
    if pt.low is None:
        return f"≤ {show(value)}"
    if pt.high is None:
        return f"≥ {show(value)}"
    return show(value)


def chart(progress: ProgressInfo, *, name: str, unit: str | None, L: dict[str, Any], key: str,
          width: int = 300, height: int = 190) -> str:
    """One ``<svg>`` element: the points, the pace needed, the target, axes with units; ``key`` makes ids unique."""
    C = L["charts"]
    s = series(progress)
    values = _values_in(s)
    title = f"{name} — {L['progress']['rating'][progress.rating.value]}"
    desc = describe(progress, s, name, unit, L)
    ids = f"chart-{key}"
    head = (
        f'<svg class="progress-chart {progress.rating.value}" role="img" aria-labelledby="{ids}-t {ids}-d" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" data-method="{progress.method}">'
        f'<title id="{ids}-t">{_e(title)}</title><desc id="{ids}-d">{_e(desc)}</desc>'
    )
    if not values:
        return head + (f'<text class="empty" x="{width / 2:.1f}" y="{height / 2:.1f}" text-anchor="middle">'
                       f'{_e(C["no_figures"])}</text></svg>')
    low, high = min(values), max(values)
    if progress.method in ("sum", "compound"):
        low = min(low, Decimal(0))
    ticks = nice_ticks(low, high)
    frame = _Frame(width, height, 46, 14, 22, 30, (s.first_year, s.last_year), ticks)
    parts = [head, _axes(frame, s, unit, C)]
    parts += _target(frame, s, progress, unit, C)
    parts += _pace(frame, s, C)
    parts += _marks(frame, s, unit)
    parts.append("</svg>")
    return "".join(parts)


def _axes(f: _Frame, s: Series, unit: str | None, C: dict[str, Any]) -> str:
    out = ['<g class="axes">']
    right = f.width - f.right
    for tick in f.ticks:
        y = f.y(tick)
        out.append(f'<line class="grid" x1="{f.left}" x2="{right}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(f'<text class="tick y" x="{f.left - 4}" y="{y + 4:.1f}" text-anchor="end" '
                   f'data-value="{tick}">{_e(plain(tick))}</text>')
    first, last = f.years
    step = 1 if last - first <= 6 else 5 if last - first > 12 else 2
    years = [year for year in range(first, last + 1) if (year - first) % step == 0 or year == last]
    base = f.height - f.bottom
    out.append(f'<line class="axis" x1="{f.left}" x2="{right}" y1="{base}" y2="{base}"/>')
    for year in years:
        x = f.x(year)
        out.append(f'<line class="axis" x1="{x:.1f}" x2="{x:.1f}" y1="{base}" y2="{base + 4}"/>')
        out.append(f'<text class="tick x" x="{x:.1f}" y="{base + 16}" text-anchor="middle" '
                   f'data-year="{year}">{year}</text>')
    out.append(f'<text class="unit" x="4" y="12">{_e(_axis_label(s.scale, unit, C))}</text>')
    out.append("</g>")
    return "".join(out)


def _target(f: _Frame, s: Series, progress: ProgressInfo, unit: str | None, C: dict[str, Any]) -> list[str]:
    if s.target is None:
        return []
    x, y = f.x(s.last_year), f.y(s.target)
    label = C["target_label"].format(value=as_shown(progress, "target", s.target, unit or ""), unit="")
    diamond = f"M{x:.1f} {y - 6:.1f}L{x + 6:.1f} {y:.1f}L{x:.1f} {y + 6:.1f}L{x - 6:.1f} {y:.1f}Z"
    return [
        f'<line class="target-line" x1="{f.left}" x2="{f.width - f.right}" y1="{y:.1f}" y2="{y:.1f}"/>',
        (f'<path class="target" d="{diamond}" data-year="{s.last_year}" data-value="{s.target}">'
         f"<title>{_e(label)}</title></path>"),
        f'<text class="target-label" x="{x - 9:.1f}" y="{y - 8:.1f}" text-anchor="end">{_e(label)}</text>',
    ]


def _pace(f: _Frame, s: Series, C: dict[str, Any]) -> list[str]:
    if not s.pace:
        return []
    coords = " ".join(f"{f.x(year):.1f},{f.y(value):.1f}" for year, value in s.pace)
    data = " ".join(f"{year}:{value}" for year, value in s.pace)
    return [(f'<polyline class="pace" points="{coords}" data-values="{_e(data)}"><title>{_e(C["pace"])}</title>'
             "</polyline>")]


def _marks(f: _Frame, s: Series, unit: str | None) -> list[str]:
    from ..judge.explain import with_unit

    out = []
    solid = [(pt.year, pt.low) for pt in s.points if pt.low is not None and pt.low == pt.high]
    if len(solid) > 1:
        coords = " ".join(f"{f.x(year):.1f},{f.y(value):.1f}" for year, value in solid if value is not None)
        out.append(f'<polyline class="line" points="{coords}"/>')
    for pt in s.points:
        x = f.x(pt.year)
        written = f" ({pt.text})" if pt.text and pt.text != _point_text(pt) else ""
        tip = _e(f"{pt.year}: {with_unit(_point_text(pt), unit)}{written}")
        data = f'data-year="{pt.year}" data-low="{pt.low}" data-high="{pt.high}"'
        if pt.low is not None and pt.high is not None:
            if pt.low != pt.high:
                out.append(f'<line class="range" x1="{x:.1f}" x2="{x:.1f}" y1="{f.y(pt.low):.1f}" '
                           f'y2="{f.y(pt.high):.1f}"/>')
            y = f.y((pt.low + pt.high) / 2)
            out.append(f'<circle class="pt" cx="{x:.1f}" cy="{y:.1f}" r="3.5" {data}><title>{tip}</title></circle>')
        elif pt.low is not None or pt.high is not None:
            value = pt.low if pt.low is not None else pt.high
            assert value is not None
            y = f.y(value)
            d = -6 if pt.high is None else 6  # the open end: up for 10以上, down for <313.2
            out.append(f'<path class="pt open" d="M{x - 5:.1f} {y:.1f}L{x + 5:.1f} {y:.1f}L{x:.1f} {y + d:.1f}Z" '
                       f'{data}><title>{tip}</title></path>')
        if pt.text:
            value = pt.high if pt.low is None else pt.low if pt.high is None else (pt.low + pt.high) / 2
            if value is not None:
                out.append(f'<text class="val" x="{x:.1f}" y="{f.y(value) - 8:.1f}" text-anchor="middle">'
                           f'{_e(_point_text(pt))}</text>')
    return out
