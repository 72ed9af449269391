"""The table path (evaluate_table, and the streamed check built on it) judges the reported forms read since stop 18
(ratios, 完成95%, estimates of completion, cells that say none, figures without a unit far above the target) as
evaluate does, cell by cell: bulk == evaluate on them, either side of each target."""

from __future__ import annotations

import pandas as pd
import pytest

import compliance

CELLS = ["2.48:1", "2.52:1", "1:2.48", "1:1.2:0.8", "完成95%", "完成100%", "全年可完成", "有望完成", "预计较难完成",
         "经过努力能够完成", "-", "—", "／", "无", "60000", "5.9", "7", "2.5∶1", "超额完成5%", "未完成"]


@pytest.mark.parametrize("target, polarity", [("控制在2.5:1以内", "lower"), ("6万人以上", "higher"), ("95%以上", "higher"),
                                              ("完成年度任务", "higher"), ("6以上", "higher"), ("增长6%", "higher")])
def test_the_table_path_judges_each_form_as_evaluate_does(target: str, polarity: str) -> None:
    frame = pd.DataFrame({"target": [target] * len(CELLS), "reported": CELLS})
    table = compliance.evaluate_table(frame, target="target", reported="reported", polarity=polarity)
    got = [(str(status), str(reason)) for status, reason in zip(table.status, table.reason)]
    want = [(v.status.value, v.reason.value) for v in (compliance.evaluate(target, c, polarity=polarity) for c in CELLS)]
    assert got == want
