"""Compare two JSON reports: which verdicts changed final status, which were added or removed.

Verdicts are matched by (indicator, period, index): a cell with several rules (a list of targets, a
target and an ``expr``) has a verdict per rule; a verdict without ``index`` (a report written before
rules were numbered) is rule 0. A streamed report (``check --by province,county --format json``) names
its region columns in ``meta.by``, and its verdicts are matched within their region too; two reports
grouped by different columns cannot be compared. Works on the loaded JSON (dicts), so a report written by an older
run (or another machine) can be compared with a new one without re-judging anything.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from ..errors import InputError
from ._labels import labels
from ._text import one_line
from .escape import visible_controls


class Change(BaseModel):
    """One verdict that differs between the old and the new report."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["changed", "added", "removed"]
    #: the verdict's region in a streamed report (its ``meta.by`` columns' values, joined by " "), else ""
    region: str = ""
    indicator: str
    period: str
    index: int = 0  #: which of the cell's rules (``VerdictRow.index``)
    rule: str = "target"  #: ``target`` or ``expr``
    #: how many rules the cell has (the most of the two reports): above 1, the change names its index
    rules: int = 1
    name: str = ""
    old_status: str | None = None  #: final status in the old report (None: added)
    new_status: str | None = None  #: final status in the new report (None: removed)
    old_reason: str | None = None
    new_reason: str | None = None
    old_reported: str | None = None
    new_reported: str | None = None


def read_report(path: str | Path) -> dict[str, Any]:
    """Load a JSON report written by ``render(report, "json")``; :class:`InputError` if it is not one."""
    from ..files.yaml import read_text

    name = str(path)
    text = read_text(name)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}", file=name, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise InputError("JSON nested too deeply; not a compliance report", file=name) from None
    except ValueError as exc:  # a number of more digits than Python converts: a traceback before
        from ..files.yaml import long_integer

        raise long_integer(name, text, exc) from None
    if "\\ud" in text.lower():  # an escaped surrogate: JSON joins a pair, one left alone cannot be printed
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise InputError("text holds a lone UTF-16 surrogate (an escape such as \\ud800 without its pair)",
                             file=name, hint="give a report written with --format json") from None
    _check_shape(data, name)
    return data


def _check_shape(data: Any, name: str | None = None) -> None:
    hint = "give a report written with --format json"
    if not isinstance(data, dict) or not isinstance(data.get("verdicts"), list):
        raise InputError("not a compliance JSON report (no `verdicts` list)", file=name, hint=hint)
    _check_version(data, name)
    by = _by(data, name)
    seen: set[Key] = set()
    for index, verdict in enumerate(data["verdicts"]):
        keys = ("indicator", "period", "status")
        if not isinstance(verdict, dict) or not all(isinstance(verdict.get(k), str) for k in keys):
            raise InputError(
                f"verdict {index + 1} lacks `indicator`, `period` or `status`", file=name, hint=hint
            )
        rule = _rule(verdict, streamed=_streamed(data, by))
        if isinstance(rule, bool) or not isinstance(rule, int) or rule < 0:
            raise InputError(f"verdict {index + 1}: `index` must be 0, 1, ...", file=name, hint=hint)
        key = _key(verdict, by, _streamed(data, by))
        if key in seen:
            where = f" in {_region_text(key[0])}" if key[0] else ""
            raise InputError(
                f"verdict {index + 1}: a second verdict for {key[1]} {key[2]} index {key[3]}{where}", file=name,
                hint=hint,
            )
        seen.add(key)


def _check_version(data: dict[str, Any], name: str | None = None) -> None:
    """A report of a version diff reads (``meta.schema_version`` 1 or 2: what it compares, the final status,
    the reason and the reported text, kept its meaning); another is refused saying how to get a readable one.
    A report without ``meta`` (written by hand, a test's) is read as the current version."""
    from ._model import READABLE_VERSIONS, SCHEMA_VERSION

    meta = data.get("meta")
    version = meta.get("schema_version", SCHEMA_VERSION) if isinstance(meta, dict) else SCHEMA_VERSION
    if isinstance(version, int) and not isinstance(version, bool) and version in READABLE_VERSIONS:
        return
    newer = isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION
    raise InputError(
        f"report schema_version {version!r} is not one this compliance reads "
        f"({', '.join(map(str, READABLE_VERSIONS))})", file=name,
        hint="upgrade compliance to compare it" if newer else
        "regenerate it with this version: compliance check RULES DATA --format json -o report.json",
    )


#: (region values, indicator, period, index)
Key = tuple[tuple[str | None, ...], str, str, int]


def _by(data: dict[str, Any], name: str | None = None) -> tuple[str, ...]:
    """The region columns of a streamed report (``meta.by``); none for a whole report."""
    meta = data.get("meta")
    by = meta.get("by", []) if isinstance(meta, dict) else []
    if not isinstance(by, list) or not all(isinstance(column, str) for column in by):
        raise InputError("`meta.by` must be a list of column names", file=name,
                         hint="give a report written with --format json")
    return tuple(by)


def _streamed(data: dict[str, Any], by: tuple[str, ...]) -> bool:
    """Whether ``data`` is a streamed report (every cell text): its ``meta.format`` says so, or it has regions."""
    meta = data.get("meta")
    return bool(by) or (isinstance(meta, dict) and meta.get("format") == "compliance-stream-report")


def _key(verdict: dict[str, Any], by: tuple[str, ...] = (), streamed: bool = False) -> Key:
    """The verdict's place; a streamed report's writes ``index`` as text."""
    region = tuple(None if verdict.get(c) is None else str(verdict.get(c)) for c in by)
    return (region, verdict["indicator"], verdict["period"], _rule(verdict, streamed=streamed or bool(by)))


def _rule(verdict: dict[str, Any], *, streamed: bool = False) -> Any:
    """The verdict's ``index``: a number, or in a streamed report (every cell text) its digits as text."""
    rule = verdict.get("index", 0)
    return int(rule) if streamed and isinstance(rule, str) and rule.isdecimal() and rule.isascii() else rule


def _region_text(region: tuple[str | None, ...]) -> str:
    return " ".join("—" if value is None else value for value in region)


def _index(data: dict[str, Any]) -> dict[Key, dict[str, Any]]:
    by = _by(data)
    streamed = _streamed(data, by)
    return {_key(v, by, streamed): v for v in data["verdicts"]}


def _rules(*indexes: dict[Key, dict[str, Any]]) -> Counter[tuple[Any, ...]]:
    """The most rules any of the reports has in each (region, indicator, period) cell."""
    most: Counter[tuple[Any, ...]] = Counter()
    for index in indexes:
        most |= Counter(key[:3] for key in index)
    return most


def diff_reports(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Verdicts whose final ``status`` differs, then those only in ``new`` (added) or only in ``old`` (removed).

    >>> old = {"verdicts": [{"indicator": "gdp_growth", "period": "2022", "status": "missed"}]}
    >>> new = {"verdicts": [{"indicator": "gdp_growth", "period": "2022", "status": "met"}]}
    >>> [(c.kind, c.old_status, c.new_status) for c in diff_reports(old, new)]
    [('changed', 'missed', 'met')]
    """
    _check_shape(old)
    _check_shape(new)
    if _by(old) != _by(new):
        raise InputError(
            f"the reports group verdicts by different region columns ({', '.join(_by(old)) or 'none'} and "
            f"{', '.join(_by(new)) or 'none'})", hint="compare two runs with the same --by",
        )
    before, after = _index(old), _index(new)
    rules = _rules(before, after)
    changes: list[Change] = []
    for key, verdict in after.items():
        previous = before.get(key)
        if previous is None:
            changes.append(_change("added", key, None, verdict, rules))
        elif previous["status"] != verdict["status"]:
            changes.append(_change("changed", key, previous, verdict, rules))
    for key, verdict in before.items():
        if key not in after:
            changes.append(_change("removed", key, verdict, None, rules))
    order = {"changed": 0, "added": 1, "removed": 2}
    return sorted(changes, key=lambda c: order[c.kind])  # stable: report order within a kind


def _change(
    kind: Literal["changed", "added", "removed"], key: Key, old: dict[str, Any] | None, new: dict[str, Any] | None,
    rules: Counter[tuple[Any, ...]],
) -> Change:
    def get(data: dict[str, Any] | None, field: str) -> str | None:
        value = data.get(field) if data is not None else None
        return None if value is None else str(value)

    return Change(
        kind=kind,
        region=_region_text(key[0]),
        indicator=key[1],
        period=key[2],
        index=key[3],
        rule=get(new, "rule") or get(old, "rule") or "target",
        rules=rules[key[:3]],
        name=get(new, "name") or get(old, "name") or "",
        old_status=get(old, "status"),
        new_status=get(new, "status"),
        old_reason=get(old, "reason"),
        new_reason=get(new, "reason"),
        old_reported=get(old, "reported"),
        new_reported=get(new, "reported"),
    )


def render_diff(changes: list[Change], lang: str = "zh") -> str:
    """One line per change, then a count; a single line saying so when nothing changed.

    >>> print(render_diff([Change(kind="changed", indicator="gdp_growth", period="2022", name="GDP",
    ...                          old_status="missed", new_status="met", old_reported="4", new_reported="6.2")],
    ...                   lang="en"), end="")
    gdp_growth (GDP) 2022: missed → met; reported '4' → '6.2'
    1 change(s)
    """
    L = labels(lang)
    D = L["diff"]
    if not changes:
        return D["none"] + "\n"
    status = lambda s: L["status"].get(s, s) if s else "—"
    lines = []
    for c in changes:
        period = c.period
        if c.rules > 1:
            period += " " + L["rule_mark"].format(index=c.index)
        if c.rule == "expr":
            period += " " + L["rules"]["expr"]
        line = D[f"line_{c.kind}"].format(
            indicator=c.indicator, name=one_line(c.name), period=period, old=status(c.old_status),
            new=status(c.new_status),
        )
        if c.region:
            line = f"{one_line(c.region)} {line}"
        if c.kind == "changed" and c.old_reported != c.new_reported:
            separator = "；" if lang == "zh" else "; "
            line += separator + D["reported"].format(old=one_line(c.old_reported), new=one_line(c.new_reported))
        lines.append(line)
    lines.append(D["count"].format(count=len(changes)))
    return visible_controls("\n".join(lines) + "\n")  # a report's ESC, BEL ... never reach the terminal
