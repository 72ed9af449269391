"""A count of a change the indicator's name says: 减少农村贫困人口1000万以上 (the number of people lifted out of poverty in
the year), and the reported 减少1109万人 (国务院's 2019 量化指标落实情况, 人民网 via yancloud.red/Home/News/info/id/16041.html).

The reported change was refused against the target's level (change_as_level: a change where a level is wanted), though
the level wanted is the size of that same change: the name begins with the change verb the value carries. Read as the
count (1109万人), the same way only (增加…人口 is no 减少), in a unit of amount (减少3% is no count of people), and never
a change from the year before (比上年减少 says how the count itself moved)."""

from __future__ import annotations

from .. import models as m
from ..language.lexicon import lexicon
from ..language.normalize import fold
from .change import is_amount


def counted_change(target: m.Constraint, reported: m.Reported, indicator: str | None) -> m.Reported | None:
    """The reported change as the count the name says (减少1109万人 as 1109万人), or None."""
    if not isinstance(reported, m.Value) or reported.change is None or not isinstance(reported.value, m.Quantity):
        return None
    if not is_amount(reported.value.unit) or not isinstance(target, m.Level | m.Bound | m.Approx):
        return None
    lex = lexicon()
    if any(word in reported.text for word in lex.change_bases.since_previous):
        return None
    subject = getattr(target, "subject", None)
    name = fold(subject.text if subject is not None else indicator or "").text  # 減少農村貧困人口: traditional as written
    verbs = lex.change.up if reported.change == "up" else lex.change.down
    if not name.startswith(verbs) or name.startswith(lex.plain_words):  # 增加值 is value added, no 增加
        return None
    return reported.model_copy(update={"change": None})
