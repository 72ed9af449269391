"""What a report must not pass through from the data: control characters, formulas, HTML.

The texts of a report come from the user's files (a reported cell, an indicator's name), so an
attacker (or an unlucky export) decides them. Three helpers the renderers share:

* :func:`visible_controls`: every control character but line break and tab (ESC, BEL, CR, NUL, the
  C1 controls ...) becomes a visible sign (``␛``, ``␇``, ``␍``; ``\\x9b`` for C1), in every string of
  the report, before any text format renders it: nothing reaches a terminal that moves its cursor,
  rings its bell or hides text, and a spreadsheet never sees a character its XML cannot hold; so does each
  bidirectional control (``\\u202e``: errors.BIDI), which would show a cell's figure, or a line, in another order;
* :func:`csv_cell`: a CSV cell starting with ``=``, ``+``, ``-``, ``@``, tab or CR is prefixed with
  ``'`` so that a spreadsheet shows it as text, never runs it as a formula (OWASP's advice), unless
  it is a plain number (``-2.3``, ``+5%``), which stays a number;
* :func:`markdown_text`: a ``<`` that opens a tag and an ``&`` that starts an entity are escaped, so ``<script>`` or
  ``<img onerror=...>`` from the data is shown, never run, where the Markdown becomes HTML.

>>> visible_controls("4\\x1b[31m\\x07")
'4␛[31m␇'
>>> csv_cell("=HYPERLINK(1)"), csv_cell("-2.3"), csv_cell("-7..-6"), csv_cell("-x"), csv_cell(7)
("'=HYPERLINK(1)", '-2.3', '-7..-6', "'-x", 7)
>>> markdown_text("<script>a & b &amp;</script> <313.2")
'&lt;script>a & b &amp;amp;&lt;/script> <313.2'
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from pydantic import BaseModel  # here, not in _clean: it runs once per string and model of a report (~0.2 us each)

from ..errors import BIDI
from ..files.text import CONTROL, visible

T = TypeVar("T")

_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_ONE = r"[-+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?%?"
_NUMBER = re.compile(rf"{_ONE}(?:\.\.{_ONE})?")  # a number, or a range of two (a gap: -7..-6)
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")  # &lt; &#60;: an entity; R&D is none
_TAG = re.compile(r"<(?=[A-Za-z/!?])")  # what opens HTML in Markdown: <script, </p, <!--, <?; not "< 6" or "<313.2"
_CONTROL = CONTROL.search  # a text without a control character is kept as it is (files.text.visible)


def visible_controls(value: T) -> T:
    """``value`` (a string, or a report model and everything in it) with its control characters made visible.

    Models are copied only where a text changes; a value without control characters is returned as it is.
    """
    return _clean(value)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return value if _CONTROL(value) is None else visible(value)
    if isinstance(value, BaseModel):
        updates = {}
        for name, old in value.__dict__.items():  # its fields (no extras: they are kept apart), without a lookup each
            if old is None or (type(old) is str and _CONTROL(old) is None):  # most fields: no call (~1,400 a report)
                continue
            new = _clean(old)
            if new is not old:
                updates[name] = new
        return value.model_copy(update=updates) if updates else value
    if isinstance(value, (tuple, list)):
        items = [_clean(item) for item in value]
        if all(new is old for new, old in zip(items, value)):
            return value
        return type(value)(items)
    if isinstance(value, dict):
        pairs = [(_clean(key), _clean(item)) for key, item in value.items()]
        if all(k is k0 and v is v0 for (k, v), (k0, v0) in zip(pairs, value.items())):
            return value
        return type(value)(pairs)
    return value


def csv_cell(value: T) -> T | str:
    """A CSV cell that a spreadsheet cannot run as a formula; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_frame(frame: Any) -> Any:
    """A DataFrame of a streamed CSV report with :func:`csv_cell` and :func:`visible_controls` on its text columns.

    Column by column on arrow arrays: only the cells a pattern flags (a control character; a formula sign
    not followed by an ASCII number) go through the Python functions, so a million rows take a fraction of
    a second, not the half minute a call per cell took (``tests/test_escape_frame.py`` checks every cell
    equals the per-cell result).
    """
    from pandas.api.types import is_numeric_dtype

    text_columns = [name for name in frame.columns if not is_numeric_dtype(frame[name].dtype)]
    if not text_columns:
        return frame
    frame = frame.copy()
    for name in text_columns:
        frame[name] = _csv_column(frame[name])
    return frame


def csv_one(value: Any) -> Any:
    """One cell of a CSV report: its control characters made visible, then :func:`csv_cell` (not text: as it is)."""
    return csv_cell(visible_controls(value)) if isinstance(value, str) else value


#: what may change a cell (RE2, pyarrow's regex): a control character of files.text.CONTROL (a bidirectional one:
#: errors.BIDI), or a formula sign
_CHANGES = ("[\\x00-\\x08\\x0b-\\x1f\\x{7f}-\\x{9f}\\x{61c}\\x{200e}\\x{200f}\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}]"
            "|^[=+@\\t\\r-]")
#: a formula sign that only starts a number of ASCII digits (RE2's \\d), or a gap range: csv_cell leaves these
PLAIN_NUMBER = "^(?:" + _NUMBER.pattern + ")$"


_BIDI = re.compile(f"[{BIDI}]")


def json_bidi(text: str) -> str:
    """JSON text (``json.dumps(..., ensure_ascii=False)``) with each bidirectional control escaped, ``\\u202e``: the
    same data to a reader of JSON, never a line shown in another order to a person reading the file.

    >>> json_bidi('{"reported": "\u202e2.3"}')
    '{"reported": "\\\\u202e2.3"}'
    """
    return _BIDI.sub(lambda found: f"\\u{ord(found.group(0)):04x}", text) if _BIDI.search(text) else text


#: the lead bytes of the bidirectional controls' UTF-8 (errors.BIDI), for a scan of a column's bytes (report/_streamed)
BIDI_LEADS = (0xD8, 0xE2)


def bidi_at(data: Any, at: Any, byte: Any) -> Any:
    """Where a bidirectional control's UTF-8 starts in the bytes ``data`` (a numpy array), among the positions ``at``
    of some of its bytes (``byte`` each: ``data[at]``): D8 9C (U+061C), E2 80 8E-8F (U+200E/F), E2 80 AA-AE
    (U+202A-202E), E2 81 A6-A9 (U+2066-2069). Other E2 characters, ``“ ” …`` of every explanation, are not."""
    import numpy as np

    alm = at[(byte == 0xD8) & (at + 1 < len(data))]
    alm = alm[data[alm + 1] == 0x9C]
    three = at[(byte == 0xE2) & (at + 2 < len(data))]
    second, third = data[three + 1], data[three + 2]
    marks = (second == 0x80) & (((third >= 0x8E) & (third <= 0x8F)) | ((third >= 0xAA) & (third <= 0xAE)))
    isolates = (second == 0x81) & (third >= 0xA6) & (third <= 0xA9)
    return np.concatenate([alm, three[marks | isolates]])


def _csv_column(series: Any) -> Any:
    import pandas as pd

    if isinstance(series.dtype, pd.CategoricalDtype):
        return series.map(csv_one)  # the categories, once each
    try:
        import pyarrow as pa
        import pyarrow.compute as pc

        text = pa.array(series, from_pandas=True)
    except Exception:  # noqa: BLE001 - no pyarrow, or not all text: cell by cell
        return series.map(csv_one)
    if not (pa.types.is_string(text.type) or pa.types.is_large_string(text.type)):
        return series.map(csv_one)
    flagged = pc.fill_null(pc.match_substring_regex(text, _CHANGES), False)
    flagged = pc.and_(flagged, pc.invert(pc.fill_null(pc.match_substring_regex(text, PLAIN_NUMBER), False)))
    if not pc.any(flagged).as_py():
        return series
    rows = pc.indices_nonzero(flagged).to_numpy()
    values = series.to_numpy(dtype=object, copy=True)
    for i in rows.tolist():
        values[i] = csv_one(values[i])
    return pd.Series(values, index=series.index, name=series.name, dtype=object)


def markdown_text(text: str) -> str:
    """Markdown whose text cannot open an HTML tag, an entity or a link: ``<a`` -> ``&lt;a``, ``&x`` -> ``&amp;x``,
    ``](`` -> ``]\\(`` (an indicator named ``[点此](javascript:…)`` or ``![](http://…/t.png)`` was a live link, or an
    image fetched where the report is read; a report writes no link of its own).

    A ``<`` before a digit or a space (``<313.2``, ``< 6%``) opens nothing and stays as it is.

    >>> markdown_text("![x](http://a/t.png) [y](javascript:f())")
    '![x]\\\\(http://a/t.png) [y]\\\\(javascript:f())'
    """
    if "](" in text:
        text = text.replace("](", "]\\(")
    if "<" not in text and "&" not in text:
        return text
    return _TAG.sub("&lt;", _ENTITY.sub("&amp;", text))
