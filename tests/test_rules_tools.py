"""`compliance rules lint` and `compliance rules fmt`."""

from __future__ import annotations

import re

import pytest

from compliance.cli import main
from compliance.errors import InputError
from compliance.plans.fmt import format_rules
from compliance.plans.lint import lint_rules
from compliance.plans.rules import load_rules

from conftest import SEED_RULES

# --------------------------------------------------------------------------- lint

LINTED = """\
plan:
  name: P
  periods: ["2022"]
indicators:
  - id: gdp_growth
    name: GDP
    polarity: higher
    targets:
      "2022": "6以上"
      "2023": "6"
  - id: vibes
    name: Vibes
    targets:
      "2022": "人民群众满意的好作风"
  - id: gdp_growth
    name: again
    polarity: lower
references:
  - {name: 市级要求, value: "3.2", indicator: gdp_grwth, period: "2024"}
"""


def test_lint_finds_each_kind_with_its_position(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(LINTED, encoding="utf-8")
    found = [(f.line, f.column, f.code) for f in lint_rules(path)]
    assert found == [
        (10, 7, "period-outside-plan"),  # "2023" is not in plan.periods
        (11, 5, "missing-polarity"),
        (14, 15, "unrecognized-target"),
        (15, 9, "duplicate-id"),
        (19, 43, "unknown-indicator"),
        (19, 62, "period-outside-plan"),
    ]
    text = {f.code: str(f) for f in lint_rules(path)}
    assert text["unrecognized-target"].startswith(f"{path}:14:15: unrecognized-target: vibes 2022: target `人民群众满意的好作风`")
    assert "did you mean `gdp_growth`?" in text["unknown-indicator"]


def test_lint_reads_revisions_inside(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(LINTED.split("  - id: vibes")[0].replace('"2023": "6"', '"2022-2023": "7.2（调整为某个数）"'))
    codes = [f.code for f in lint_rules(path)]
    assert "unrecognized-target" in codes


def test_the_seed_is_clean_and_lint_exits_0(capsys):
    assert lint_rules(SEED_RULES) == []
    assert main(["rules", "lint", str(SEED_RULES)]) == 0
    assert capsys.readouterr().out == ""


def test_lint_exits_1_with_one_line_per_finding(tmp_path, capsys):
    path = tmp_path / "r.yaml"
    path.write_text(LINTED, encoding="utf-8")
    assert main(["rules", "lint", str(path)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 6 and all(re.match(rf"{re.escape(str(path))}:\d+:\d+: [a-z-]+: ", line) for line in lines)
    assert err == "6 findings\n"


def test_lint_of_unreadable_yaml_exits_2(tmp_path, capsys):
    path = tmp_path / "r.yaml"
    path.write_text("plan: [\n", encoding="utf-8")
    assert main(["rules", "lint", str(path)]) == 2
    assert "not valid YAML" in capsys.readouterr().err


# --------------------------------------------------------------------------- fmt

HAND_WRITTEN = """\
# Rules for a test plan — written by hand.
# Every comment here must survive formatting.
indicators:   # the indicators, in the document's order
  # 1: the first indicator
  - name: 地区生产总值增速  # the name as printed
    # the id comes second here, but the schema puts it first
    id: gdp_growth
    targets:
      2022: 6以上      # unquoted period, bare target
      "2023": 99.50   # a number: kept as written
    # before polarity (after targets)
    polarity: higher
    unit: "%"    # percent
  # 2: the second indicator
  - id: water_use
    polarity: lower
    name: 'water'


    targets: {2022: 3.2}   # flow style stays flow style
    # last comment of the list
# before the plan
plan:
      periods: [2022, "2023"]   # odd indentation
      name: Test plan   # plan name
defaults:
  tolerance: 5%
# the very end
"""


def comments(text: str) -> list[str]:
    return sorted(re.findall(r"#[^\n]*", text))


def test_fmt_keeps_every_comment_and_is_idempotent():
    once = format_rules(HAND_WRITTEN, "r.yaml")
    assert comments(once) == comments(HAND_WRITTEN)
    assert format_rules(once, "r.yaml") == once
    # the same rules, in canonical form
    assert load_rules("r.yaml", once) == load_rules("r.yaml", HAND_WRITTEN)


def test_fmt_canonical_form():
    once = format_rules(HAND_WRITTEN, "r.yaml")
    assert once.index("plan:") < once.index("defaults:") < once.index("indicators:")
    first = once[once.index("  - "):once.index("  # 2:")]
    keys = re.findall(r"^ {2}(?:- | {2})(\w+):", first, flags=re.M)
    assert keys == ["id", "name", "unit", "polarity", "targets"]
    assert '      "2022": 6以上 ' in once  # quoting it does not need to change is kept
    assert re.search(r'^      "2023": "99.50" +# a number: kept as written$', once, flags=re.M)
    assert "    name: 'water'" in once
    assert '    targets: {"2022": "3.2"} # flow style stays flow style' in once
    assert '  periods: ["2022", "2023"]' in once and "\n      periods" not in once


def test_fmt_moves_comments_with_their_keys():
    once = format_rules(HAND_WRITTEN, "r.yaml")
    lines = once.splitlines()

    def above(key_line: str) -> str:
        return lines[lines.index(key_line) - 1].strip()

    assert above("    polarity: higher") == "# before polarity (after targets)"
    assert above("plan:") == "# before the plan"
    assert lines[0] == "# Rules for a test plan — written by hand."
    assert lines[-1] == "# the very end"
    assert "    name: 地区生产总值增速  # the name as printed" in lines
    assert "    unit: \"%\"    # percent" in lines


def test_fmt_leaves_the_seed_byte_identical():
    text = SEED_RULES.read_text(encoding="utf-8")
    assert format_rules(text, str(SEED_RULES)) == text


def test_fmt_keeps_bom_and_crlf():
    text = "\ufeff" + HAND_WRITTEN.replace("\n", "\r\n")
    once = format_rules(text, "r.yaml")
    assert once.startswith("\ufeff") and "\r\n" in once and "\n" not in once.replace("\r\n", "")
    assert format_rules(once, "r.yaml") == once


def test_fmt_refuses_a_file_that_does_not_load():
    with pytest.raises(InputError, match="did you mean `polarity`"):
        format_rules(HAND_WRITTEN.replace("polarity: higher", "polarty: higher"), "r.yaml")


def test_fmt_command_rewrites_atomically_then_changes_nothing(tmp_path, capsys):
    path = tmp_path / "r.yaml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    path.chmod(0o640)
    assert main(["rules", "fmt", "--check", str(path)]) == 1
    assert path.read_text(encoding="utf-8") == HAND_WRITTEN  # --check changes nothing
    assert main(["rules", "fmt", str(path)]) == 0
    first = path.read_bytes()
    assert first != HAND_WRITTEN.encode()
    assert oct(path.stat().st_mode & 0o777) == oct(0o640)  # permissions kept
    assert main(["rules", "fmt", str(path)]) == 0
    assert path.read_bytes() == first  # second run: byte-identical
    assert main(["rules", "fmt", "--check", str(path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.yaml"]  # no temporary files left
    out = capsys.readouterr().out
    assert "not in canonical form" in out and f"{path}: formatted" in out


def test_fmt_command_on_a_broken_file_exits_2_and_keeps_it(tmp_path, capsys):
    path = tmp_path / "r.yaml"
    broken = HAND_WRITTEN.replace("polarity: higher", "polarity: up")
    path.write_text(broken, encoding="utf-8")
    assert main(["rules", "fmt", str(path)]) == 2
    assert path.read_text(encoding="utf-8") == broken
    assert "`up` is not one of" in capsys.readouterr().err


def test_atomic_write_failure_keeps_the_old_file(tmp_path, monkeypatch):
    import os

    from compliance.files.atomic import atomic_write

    path = tmp_path / "report.json"
    path.write_text("old", encoding="utf-8")

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(InputError, match="No space left"):
        atomic_write(path, "new")
    assert path.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_fmt_refuses_unknown_keys_rather_than_guess():
    text = """\
plan: {name: P}
x-common: &common {polarity: higher, unit: "%"}
indicators:
  - <<: *common
    name: GDP
    id: gdp
"""
    with pytest.raises(InputError, match="unknown key `x-common`"):
        format_rules(text, "r.yaml")


def test_fmt_keeps_anchors_and_aliases():
    text = """\
plan: {name: P}
indicators:
  - name: GDP
    id: gdp
    polarity: higher
    targets: &same {"2022": "6"}
  - name: GNP
    id: gnp
    polarity: higher
    targets: *same
"""
    once = format_rules(text, "r.yaml")
    assert "targets: &same {" in once and "targets: *same" in once
    assert format_rules(once, "r.yaml") == once
    assert load_rules("r.yaml", once).indicators[1].targets == {"2022": "6"}


def test_fmt_many_comment_layouts_survive(tmp_path):
    text = """\
plan:
  # about the name
  name: P
indicators:
  - targets:
      # a plan period first
      "2021-2025": "6"
      "2022": "6以上"
    # between
    polarity: higher
    name: GDP
    id: gdp
    # tail of the only indicator
"""
    once = format_rules(text, "r.yaml")
    assert comments(once) == comments(text)
    assert format_rules(once, "r.yaml") == once
    assert re.findall(r"^ {2}(?:- | {2})(\w+):", once, flags=re.M) == ["id", "name", "polarity", "targets"]



def test_the_documented_example_loads_lints_clean_and_is_canonical():
    from conftest import ROOT

    doc = (ROOT / "docs" / "rules-and-datasets.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(# Source.*?)```", doc, flags=re.S).group(1)
    rules = load_rules("example.yaml", example)
    assert rules.indicators[0].targets["2022"] == "达到市级\n要求（3.2）"
    assert lint_rules("example.yaml", example) == []
    assert format_rules(example, "example.yaml") == example


def _shuffled_seed(seed: int) -> str:
    """The seed rules with each indicator's keys in a random order and comments above some keys."""
    import random

    rnd = random.Random(seed)
    text = SEED_RULES.read_text(encoding="utf-8")
    head, rest = text.split("indicators:\n", 1)
    items = []
    for item in re.split(r"(?m)^  - ", rest)[1:]:
        entries: list[list[str]] = []
        for line in ("    " + item).splitlines():
            if line.startswith("    ") and not line.startswith("      "):
                entries.append([line])
            else:
                entries[-1].append(line)
        rnd.shuffle(entries)
        block = []
        for entry in entries:
            if block and rnd.random() < 0.3:
                block.append(f"    # above {entry[0].split(':')[0].strip()}")
            if len(entry) == 1 and rnd.random() < 0.2:
                entry = [entry[0] + f"  # on {entry[0].split(':')[0].strip()}"]
            block.extend(entry)
        items.append("  - " + "\n".join(block)[4:])
    return head + "indicators:\n" + "\n".join(items) + "\n"


@pytest.mark.parametrize("seed", range(8))
def test_fmt_of_shuffled_keys_restores_order_and_keeps_comments_by_their_keys(seed):
    text = _shuffled_seed(seed)
    once = format_rules(text, "r.yaml")
    assert comments(once) == comments(text)
    assert format_rules(once, "r.yaml") == once
    assert load_rules("r.yaml", once) == load_rules("r.yaml", text) == load_rules(SEED_RULES)
    lines = once.splitlines()
    placed = total = 0
    for index, line in enumerate(lines):
        above = re.match(r"\s*# above (\w+)$", line)
        if above:
            total += 1
            following = next(item for item in lines[index + 1:] if not item.strip().startswith("#"))
            placed += following.strip().removeprefix("- ").startswith(above.group(1) + ":")
        on = re.search(r"# on (\w+)$", line)
        if on:
            assert line.strip().removeprefix("- ").startswith(on.group(1) + ":"), line
    # every comment above a key is still above it; the one exception: a comment above the first
    # item's `id` (no item before it to stand under) goes just below that item's first line
    assert total > 0 and placed >= total - 1
