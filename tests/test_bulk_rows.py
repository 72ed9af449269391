"""What the streamed path's judging once per distinct cell rests on (compliance.scale.bulk).

1. ``previous_matters``: where it says a rule's plain figures do not depend on the previous value, no
   previous value changes their status, reason, threshold, value or gap (every target phrasing of the
   differential tests, every plain figure, previous values below, at and above, missing or empty).
2. ``Settings`` + ``evaluate_rows`` give ``evaluate_table``'s verdicts, columns and full verdicts alike.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from test_differential_stream import NUMBERS, TEMPLATES, TEXTS

from compliance.scale.bulk import Settings, evaluate_rows, evaluate_table, previous_matters

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

TARGETS = sorted({t.format(a="6", b="8") for t in TEMPLATES})
PREVIOUS = [None, "", "0.9", "6", "7.5", "313.2", "下降2%", "2.15"]


def rules_frame(polarity: str = "higher", measure: str | None = None) -> pd.DataFrame:
    return pd.DataFrame({"target": TARGETS, "polarity": polarity, "unit": "%", "measure": measure,
                         "tolerance": "5%", "name": "指标"})


def columns(v) -> list:
    return [v.status_codes.tolist(), v.reason_codes.tolist(),
            *[[None if math.isnan(x) else x for x in a.tolist()] for a in (v.threshold, v.value, v.gap)]]


@pytest.mark.parametrize("polarity,measure", [("higher", None), ("lower", "level"), ("higher", "rate")])
def test_a_plain_figure_does_not_depend_on_a_previous_value_previous_matters_says_it_does_not(polarity, measure):
    rules = rules_frame(polarity, measure)
    settings = dict(target="target", polarity="polarity", unit="unit", measure=measure, tolerance="tolerance",
                    indicator="name", references={"市级要求": "5"})
    matters = previous_matters(rules.drop(columns=[] if measure else ["measure"]), **settings)
    assert matters.any() and not matters.all()  # 逐步增加 reads it, 6以上 does not
    free = [t for t, m in zip(TARGETS, matters) if not m]
    cells = [(t, r, p) for t in free for r in NUMBERS for p in PREVIOUS]
    table = pd.DataFrame(cells, columns=["target", "reported", "previous"])
    table = table.assign(polarity=polarity, unit="%", tolerance="5%", name="指标", **({"measure": measure} if measure else {}))
    got = evaluate_table(table, target="target", reported="reported", previous="previous", polarity="polarity",
                         unit="unit", measure=measure and "measure", tolerance="tolerance", indicator="name",
                         references={"市级要求": "5"})
    by_cell: dict[tuple, set] = {}
    for (t, r, _), row in zip(cells, zip(*columns(got))):
        by_cell.setdefault((t, r), set()).add(row)
    assert all(len(found) == 1 for found in by_cell.values())


def test_evaluate_rows_is_evaluate_table_on_the_rows_it_names():
    rules = rules_frame()
    rng = np.random.default_rng(12)
    n = 600
    which = rng.integers(0, len(TARGETS), n)
    reported = [([*NUMBERS, *TEXTS, None])[k] for k in rng.integers(0, len(NUMBERS) + len(TEXTS) + 1, n)]
    previous = [PREVIOUS[k] for k in rng.integers(0, len(PREVIOUS), n)]
    given = pd.DataFrame({"reported": pd.array(reported, dtype="str"), "previous": pd.array(previous, dtype="str")})
    settings = Settings(rules, target="target", polarity="polarity", unit="unit", tolerance="tolerance",
                        indicator="name", references={"市级要求": "5"})
    got = evaluate_rows(settings, which, given, reported="reported", previous="previous", memo={})
    whole = rules.iloc[which].reset_index(drop=True).assign(reported=given["reported"], previous=given["previous"])
    want = evaluate_table(whole, target="target", reported="reported", previous="previous", polarity="polarity",
                          unit="unit", tolerance="tolerance", indicator="name", references={"市级要求": "5"})
    assert columns(got) == columns(want)
    for i in range(0, n, 37):
        assert got.verdict(i) == want.verdict(i)
