"""Which of a plan's indicators plays each role the language names (``economic_growth``).

A target names another indicator by what it is, not by the plan's id: ``与经济增长基本同步`` and
``劳动生产率增长高于GDP增长`` name the role ``economic_growth`` (``roles`` in ``zh.yaml``). A rules file
binds a role to one of its indicators with ``role: economic_growth`` on the indicator; a role left
unbound goes to the first indicator whose name (or ``source_name`` without its bracketed unit) is one of
the role's ``names`` in the lexicon (地区生产总值增速, GDP增速 ...); a role bound by neither is left unbound
(``rules lint`` reports ``unbound-role``), whatever the indicators' ids. The check reads the bound
indicator's value of the same period under the role's name.

>>> from compliance.plans.rules import RulesFile
>>> rules = RulesFile.model_validate({"plan": {"name": "p"}, "indicators": [
...     {"id": "gdp", "name": "地区生产总值增速", "polarity": "higher"}]})
>>> bound_roles(rules)
{'economic_growth': 'gdp'}
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..language.lexicon import lexicon
from ..language.normalize import fold

if TYPE_CHECKING:  # pragma: no cover
    from .schema import RulesFile

#: a trailing bracket of a printed name: 地区生产总值增速（%）
_UNIT_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


def bound_roles(rules: RulesFile) -> dict[str, str]:
    """Role -> the id of the indicator bound to it: the rules file's ``role:`` first, then by name."""
    found = {indicator.role: indicator.id for indicator in reversed(rules.indicators) if indicator.role}
    for name, role in lexicon().roles.items():
        if name in found:
            continue
        names = {_plain(word) for word in role.names}
        for indicator in rules.indicators:
            written = [indicator.name] + ([indicator.source_name] if indicator.source_name else [])
            if any(_plain(text) in names for text in written):
                found[name] = indicator.id
                break
    return found


def _plain(name: str) -> str:
    return _UNIT_BRACKET.sub("", fold(name).text).replace(" ", "")
