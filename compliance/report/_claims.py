"""A document's claims about its own targets, as report rows with their words in each language.

The comparison is the documents layer's (:func:`compliance.documents.claims`): this module only says
its ``claimed`` and ``computed`` data and its ``agrees`` in words (``report/labels.yaml``, ``claims``),
so that every format shows the same three sentences:

    claimed   27 of 31 met
    computed  of 31: 26 met, 4 missed, 1 pending
    finding   undecidable: holds if the pending indicator (单位地区生产总值生产安全事故死亡率) is met
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ._labels import LANGS, labels
from ._model import Localized, Report

if TYPE_CHECKING:  # pragma: no cover; made where a report has a claim (report/_model.py)
    from ._model import ClaimRow


def claim_rows(claims: Iterable[Any]) -> tuple[ClaimRow, ...]:
    """Report rows of claims: ``compliance.documents.ClaimResult`` objects or their ``to_dict()``."""
    rows = []
    for claim in claims:
        from ._model import ClaimRow

        data: Mapping[str, Any] = claim if isinstance(claim, Mapping) else claim.to_dict()
        words = {lang: _words(data, labels(lang)["claims"]) for lang in LANGS}
        rows.append(ClaimRow(
            text=data["text"], source=data["source"], kind=data["kind"], claimed=dict(data["claimed"]),
            computed=dict(data["computed"]), agrees=data["agrees"], note=data.get("note") or "",
            claimed_as=Localized(**{lang: words[lang][0] for lang in LANGS}),
            computed_as=Localized(**{lang: words[lang][1] for lang in LANGS}),
            finding=Localized(**{lang: words[lang][2] for lang in LANGS}),
        ))
    return tuple(rows)


def verdict_word(agrees: bool | None, W: dict[str, Any]) -> str:
    return W["verdict"]["undecidable" if agrees is None else "agree" if agrees else "disagree"]


def _words(data: Mapping[str, Any], W: dict[str, Any]) -> tuple[str, str, str]:
    if data["kind"] == "count":
        return _count(data, W)
    return _named(data, W)


def _count(data: Mapping[str, Any], W: dict[str, Any]) -> tuple[str, str, str]:
    claimed, computed = data["claimed"], data["computed"]
    status = "missed" if "missed" in claimed else "met"
    count = claimed.get(status) or 0
    total = claimed.get("total")
    said = W["status"][status]
    form = "count_claimed_all" if claimed.get("all") else "count_claimed" if total is not None else "count_claimed_bare"
    claimed_as = W[form].format(total=total, count=count, status=said)
    computed_as = W["count_computed"].format(**{k: computed.get(k, 0) for k in ("total", "met", "missed", "pending")})
    side = computed.get(status, 0)
    pending = computed.get("pending", 0)
    agrees = data["agrees"]
    if total is not None and total != computed.get("total"):
        why = W["total_differs"].format(claimed=total, total=computed.get("total"))
    elif agrees is None:
        names = W["sep"].join(computed.get("pending_indicators") or ())
        why = W["holds_if"][_holds_if(count - side, pending)].format(
            k=count - side, pending=pending, names=names, status=W["outcome"][status])
    else:
        why = W["count_differs"].format(count=count, side=side)
    return claimed_as, computed_as, f"{verdict_word(agrees, W)}{W['colon']}{why}"


def _holds_if(k: int, pending: int) -> str:
    """Which sentence says that a count holds if ``k`` of the ``pending`` indicators end up as claimed."""
    if k == 0:
        return "none_one" if pending == 1 else "none"
    if k == pending:
        return "one" if pending == 1 else "all"
    return "some_one" if k == 1 else "some"


def _named(data: Mapping[str, Any], W: dict[str, Any]) -> tuple[str, str, str]:
    claimed, computed = data["claimed"], data["computed"]
    status = claimed.get("status", "met")
    names = list(claimed.get("indicators") or ())
    claimed_as = W["named_claimed"].format(status=W["status"].get(status, status), names=W["sep"].join(names))
    parts, reasons = [], []
    notes = str(data.get("note") or "").split("; ")
    for name in names:
        found = computed.get(name)
        if not found:
            parts.append(W["not_in_plan"].format(name=name))
            continue
        parts.append(W["sep"].join(
            W["named_item"].format(name=indicator, status=W["outcome"].get(result, result))
            for indicator, result in found.items()
        ))
        if "missed" not in found.values() and "pending" in found.values():
            reasons.append(W["named_pending"].format(name=name))
        elif any(part.startswith(f"`{name}`") and "no margin" in part for part in notes):
            reasons.append(W["no_margin"].format(name=name))  # the documents layer's finding, said in words
    computed_as = W["items"].join(parts)
    finding = verdict_word(data["agrees"], W)
    if data["agrees"] is None and reasons:
        finding += W["colon"] + W["sep"].join(reasons)
    return claimed_as, computed_as, finding



def shown(report: Report) -> bool:
    """A report from documents shows its claims section (saying so when there are none); others do not."""
    return bool(report.claims or report.meta.documents)


def claim_mark(agrees: bool | None) -> str:
    return "?" if agrees is None else "✓" if agrees else "✗"
