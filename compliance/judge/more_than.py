"""A reported figure with a word of more right after it (zh.yaml ``comparators.between``: 多, 余) stands for more than
the figure and less than the next figure in its last written place: 2300多万套 lies between 2300万 and 2400万套 (两千三百
多万: the 多 fills the places below the hundreds written), 6000多亿元 between 6000亿 and 7000亿元, 1亿多 between 1亿 and
2亿, 10多个 between 10 and 20. Written so, a figure of 2400万 or more would have been said 2400多万: a careful reader
takes 2300多万套 as short of 2400万套以上 (missed), and of 2350万套以上 as undecided (pending).

>>> from compliance import evaluate
>>> [evaluate(t, "全國開工改造各類棚戶區2300多萬套").status.value for t in ("2300万套以上", "2350万套以上", "2400万套以上")]
['met', 'pending', 'missed']
"""

from __future__ import annotations

from decimal import Decimal

from .. import models as m
from ..language.lexicon import lexicon
from ..language.normalize import fold


def more_than_cap(reported: m.BoundValue) -> Decimal | None:
    """The figure plus one of its last written place (2300 -> 2400, 6000 -> 7000, 1.5 -> 1.6), the open upper end of a
    reported ``gt`` bound whose comparator is a word of more after the figure (a span of role ``comparator``); None for
    any other bound (超过2300万套: more than it, how much more not said) and for a figure of 0."""
    if reported.op != "gt" or not reported.value.value:
        return None
    words = lexicon().comparators.between.get("gt", ())
    if not any(span.role == "comparator" and fold(span.text).text in words for span in reported.spans):
        return None
    value = reported.value.value
    exponent = value.normalize().as_tuple().exponent
    if not isinstance(exponent, int):
        return None
    return value + Decimal(1).scaleb(exponent)
