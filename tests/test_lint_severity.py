"""``rules lint`` finds a binding (约束性) indicator whose miss is configured down to ``warn`` (issue 11 §8):
at the indicator's own ``severity: warn``, or at the ``defaults.severity`` entry, with file:line:column.
Either side: the default (binding fails), ``severity: fail`` and a warn on an expected indicator are clean."""

from __future__ import annotations

import pytest

from compliance.cli import main
from compliance.plans.lint import lint_rules

RULES = """\
plan: {{name: P}}
{defaults}indicators:
  - {{id: a, name: A, polarity: higher, attribute: 约束性, targets: {{"2022": "6以上"}}{a}}}
  - {{id: b, name: B, polarity: higher, attribute: 预期性, targets: {{"2022": "6以上"}}{b}}}
  - {{id: c, name: C, polarity: higher, attribute: 约束性, targets: {{"2022": "6以上"}}{c}}}
"""


def _findings(tmp_path, defaults: str = "", **own: str) -> list[tuple[int | None, int | None, str]]:
    rules = tmp_path / "r.yaml"
    rules.write_text(RULES.format(defaults=defaults, **{k: own.get(k, "") for k in "abc"}), encoding="utf-8")
    return [(f.line, f.column, f.message) for f in lint_rules(rules) if f.code == "binding-warns"]


@pytest.mark.parametrize(("defaults", "own"), [
    ("", {}),  # binding fails by default
    ("", {"a": ", severity: fail", "b": ", severity: warn"}),  # a warn on an expected indicator is its business
    ("defaults:\n  severity: {预期性: warn, 约束性: fail}\n", {}),
    ("defaults:\n  severity: {约束性: warn}\n", {"a": ", severity: fail", "c": ", severity: fail"}),  # both overruled
])
def test_a_binding_miss_that_fails_is_clean(tmp_path, defaults, own):
    assert _findings(tmp_path, defaults, **own) == []


def test_an_indicators_own_warn_is_found_at_its_severity(tmp_path):
    found = _findings(tmp_path, a=", severity: warn")
    written = RULES.format(defaults="", a=", severity: warn", b="", c="").splitlines()
    assert written[2].startswith("  - {id: a")
    assert [(line, column, message.split(":")[0]) for line, column, message in found] == [
        (3, written[2].index("warn") + 1, "a")  # 1-based: the value of its severity
    ]


def test_the_defaults_warn_is_found_once_at_its_entry_naming_each_indicator(tmp_path):
    found = _findings(tmp_path, "defaults:\n  severity: {约束性: warn}\n", c=", severity: fail")
    assert len(found) == 1
    line, column, message = found[0]
    assert (line, column) == (3, len("  severity: {约束性: ") + 1)
    assert "1 binding indicator" in message and ": a" in message and "c" not in message.split(": ")[-1]


def test_the_command_prints_it_with_file_line_column(tmp_path, capsys):
    rules = tmp_path / "r.yaml"
    rules.write_text(RULES.format(defaults="", a=", severity: warn", b="", c=""), encoding="utf-8")
    main(["rules", "lint", str(rules)])
    out = capsys.readouterr().out + capsys.readouterr().err
    assert f"{rules}:3:" in out and "binding-warns" in out
