"""Overrides files: a reviewer's decisions, shown beside the computed status; bad files name file:line:column."""

from __future__ import annotations

import datetime

import pytest
from reportkit import NOW, seed_report, small_plan

from compliance.errors import InputError
from compliance.report import build_report, load_overrides, render

GOOD = """\
# reviewed by the audit team
overrides:
  - indicator: gdp_growth
    period: "2022"
    status: missed
    by: 张三
    date: 2023-03-01
    reason: 确认未达标
  - indicator: district_budget_revenue_growth
    period: 2022
    status: met
    by: 李四
    date: "2023-03-02"
    reason: 同口径增长8%，高于目标4%
"""


def write(tmp_path, text, name="review.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load(tmp_path):
    import hashlib

    path = write(tmp_path, GOOD)
    overrides = load_overrides(path)
    first, second = overrides.entries
    assert (first.indicator, first.period, first.status.value, first.by) == ("gdp_growth", "2022", "missed", "张三")
    assert first.date == datetime.date(2023, 3, 1) and first.line == 3 and first.column == 5
    assert second.period == "2022" and second.date == datetime.date(2023, 3, 2) and second.line == 9
    assert overrides.file == str(path)
    assert overrides.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert overrides.find("gdp_growth", "2022") is first and overrides.find("gdp_growth", "2021") is None


def test_a_bom_and_an_empty_list_load(tmp_path):
    assert load_overrides(write(tmp_path, "\ufeffoverrides: []\n")).entries == ()
    assert load_overrides(write(tmp_path, "overrides:\n")).entries == ()


def test_reports_show_computed_and_final_status(tmp_path):
    report = seed_report(overrides=load_overrides(write(tmp_path, GOOD)))
    rows = {row.indicator: row for row in report.verdicts}
    accepted, changed = rows["gdp_growth"], rows["district_budget_revenue_growth"]
    assert accepted.computed_status.value == accepted.status.value == "missed"
    assert accepted.override is not None and accepted.override.by == "张三" and accepted.override.date == "2023-03-01"
    assert changed.computed_status.value == "missed" and changed.status.value == "met"
    assert changed.severity == "ok"  # severity follows the final status
    assert changed.override.reason == "同口径增长8%，高于目标4%"
    assert ": missed" in changed.explanation.en  # the explanation stays the engine's own
    assert rows["ftz_revenue_growth"].override is None
    s = report.summary
    assert s.by_status.model_dump() == {"met": 29, "missed": 3, "pending": 1}
    assert s.computed_by_status.model_dump() == {"met": 28, "missed": 4, "pending": 1}
    assert s.indicators_by_status.missed == 3 and s.overridden == 2 and s.by_severity.warn == 3
    assert report.meta.overrides is not None and report.meta.overrides.path.endswith("review.yaml")


@pytest.mark.parametrize("fmt", ["table", "md", "html", "csv", "json"])
def test_every_format_shows_the_review(tmp_path, fmt):
    report = seed_report(overrides=load_overrides(write(tmp_path, GOOD)))
    text = render(report, fmt, lang="zh")
    assert "李四" in text and "同口径增长8%，高于目标4%" in text
    assert "2023-03-02" in text


def test_changing_a_met_binding_verdict_to_missed_is_a_fail(tmp_path):
    rules, rules_path, data_path, judgements = small_plan(tmp_path)
    overrides = load_overrides(write(tmp_path, """\
overrides:
  - {indicator: pm25, period: "2022", status: met, by: 王五, date: 2023-01-05, reason: 数据口径更正后为28}
  - {indicator: beds_a, period: "2022", status: pending, by: 王五, date: 2023-01-05, reason: 待核实}
"""))
    report = build_report(judgements, rules=rules, rules_path=rules_path, data_path=data_path, periods=["2022"],
                          overrides=overrides, now=NOW)
    rows = {row.indicator: row for row in report.verdicts}
    assert rows["pm25"].severity == "ok" and rows["beds_a"].severity == "open"
    assert report.summary.by_severity.fail == 0


def test_an_override_matching_no_verdict_points_at_its_line(tmp_path):
    text = GOOD + """\
  - indicator: gdp_grwoth
    period: "2022"
    status: met
    by: 张三
    date: 2023-03-01
    reason: typo
"""
    path = write(tmp_path, text)
    with pytest.raises(InputError) as err:
        seed_report(overrides=load_overrides(path))
    assert err.value.line == 15 and err.value.file == str(path)
    assert "gdp_grwoth 2022 matches no verdict" in str(err.value) and "did you mean `gdp_growth`?" in str(err.value)


def _entry(**changes):
    entry = {"indicator": "gdp_growth", "period": '"2022"', "status": "met", "by": "张三", "date": "2023-03-01",
             "reason": "ok"}
    entry.update(changes)
    lines = ["overrides:"]
    for i, (key, value) in enumerate((k, v) for k, v in entry.items() if v is not None):
        lines.append(("  - " if i == 0 else "    ") + f"{key}: {value}")
    return "\n".join(lines) + "\n"


BAD = [
    pytest.param(_entry(status="passed"), 4, "`status`", "use met, missed or pending", id="unknown-status"),
    pytest.param(_entry(reason=None, reasn="ok"), 7, "unknown key `reasn`", "did you mean `reason`?",
                 id="misspelt-key"),
    pytest.param(_entry(by=None), 2, "entry 1 has no `by`", "each entry has", id="missing-key"),
    pytest.param(_entry(date="next week"), 6, "`date`", "YYYY-MM-DD", id="bad-date"),
    pytest.param(_entry(period="FY22"), 3, "`period`", None, id="bad-period"),
    pytest.param(_entry(by='""'), 5, "`by`: must not be empty", None, id="empty-reviewer"),
    pytest.param(_entry() + _entry().split("\n", 1)[1], 8, "a second override for gdp_growth 2022", "one decision",
                 id="duplicate"),
    pytest.param("overrides:\n  - just a string\n", 2, "entry 1 is not a mapping", None, id="entry-not-mapping"),
    pytest.param("overrides: {indicator: x}\n", 1, "must be a list", None, id="not-a-list"),
    pytest.param("- indicator: x\n", 1, "mapping with a list under `overrides`", None, id="top-level-list"),
    pytest.param("overides: []\n", 1, "unknown key `overides`", "did you mean `overrides`?", id="misspelt-top"),
    pytest.param("", 1, "is empty", None, id="empty-file"),
    pytest.param("overrides: [\n", None, "not valid YAML", None, id="broken-yaml"),
    pytest.param("overrides: !!python/object/apply:os.system ['true']\n", 1, "refused", None, id="python-tag"),
]


@pytest.mark.parametrize("text, line, message, hint", BAD)
def test_bad_files_name_file_line_column_and_the_fix(tmp_path, text, line, message, hint):
    path = write(tmp_path, text)
    with pytest.raises(InputError) as err:
        load_overrides(path)
    said = str(err.value)
    assert said.startswith(str(path) + ":"), said
    assert "\n" not in said
    if line is not None:
        assert err.value.line == line, said
        assert err.value.column is not None, said
    assert message in said
    if hint:
        assert hint in said


def test_a_binary_file_is_refused(tmp_path):
    path = tmp_path / "review.yaml"
    path.write_bytes(b"\x00\x01\x02overrides")
    with pytest.raises(InputError, match="binary"):
        load_overrides(path)


def test_a_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        load_overrides(tmp_path / "nope.yaml")


# ---------------------------------------------------------------------------- several rules on one cell


def _review(tmp_path, *entries: str):
    return load_overrides(write(tmp_path, "overrides:\n" + "".join(f"  - {e}\n" for e in entries)))


def _multi(tmp_path, overrides):
    from test_report_rules import multi_rule_report

    return multi_rule_report(tmp_path, overrides=overrides)


def test_an_index_names_one_rule_of_a_cell(tmp_path):
    overrides = _review(
        tmp_path, "{indicator: revenue, period: '2022', index: 2, status: met, by: 王五, date: 2023-03-02, reason: 口径调整}"
    )
    assert overrides.entries[0].index == 2
    rows = {row.id: row for row in _multi(tmp_path, overrides).verdicts}
    expr = rows["revenue/2022/2"]
    assert (expr.computed_status.value, expr.status.value, expr.override.by) == ("missed", "met", "王五")
    assert rows["revenue/2022/0"].override is None and rows["revenue/2022/1"].override is None


def test_without_an_index_an_override_applies_to_a_cell_with_one_rule(tmp_path):
    overrides = _review(
        tmp_path, "{indicator: gdp_growth, period: '2022', status: met, by: 王五, date: 2023-03-02, reason: 复核}"
    )
    assert overrides.entries[0].index is None
    rows = {row.id: row for row in _multi(tmp_path, overrides).verdicts}
    assert rows["gdp_growth/2022/0"].status.value == "met" and rows["gdp_growth/2022/0"].override is not None


def test_without_an_index_a_cell_with_several_rules_is_an_error_at_the_entry(tmp_path):
    overrides = _review(
        tmp_path,
        "{indicator: gdp_growth, period: '2022', status: met, by: 王五, date: 2023-03-02, reason: 复核}",
        "{indicator: revenue, period: '2022', status: met, by: 王五, date: 2023-03-02, reason: 复核}",
    )
    with pytest.raises(InputError) as err:
        _multi(tmp_path, overrides)
    said = str(err.value)
    assert (err.value.line, err.value.column) == (3, 5) and said.startswith(f"{overrides.file}:3:5:")
    assert "revenue 2022 has 3 rules" in said and "`index:` 0 to 2" in said and "revenue/2022/INDEX" in said


@pytest.mark.parametrize("entries, line, message, hint", [
    pytest.param(["{indicator: revenue, period: '2022', index: 3, status: met, by: 王五, date: 2023-03-02, reason: x}"],
                 2, "override for revenue 2022 index 3 matches no verdict", "3 rules: index 0 to 2", id="past-the-end"),
    pytest.param(["{indicator: gdp_growth, period: '2022', index: 1, status: met, by: 王五, date: 2023-03-02, reason: x}"],
                 2, "override for gdp_growth 2022 index 1 matches no verdict", "one rule: index 0", id="single-rule"),
    pytest.param(["{indicator: gdp_growth, period: '2022', status: met, by: 王五, date: 2023-03-02, reason: x}",
                  ("{indicator: gdp_growth, period: '2022', index: 0, status: missed, by: 王五, date: 2023-03-02, "
                   "reason: y}")],
                 3, "a second override for gdp_growth 2022 index 0 (first on line 2)", "one decision", id="same-rule"),
    pytest.param(["{indicator: revenu, period: '2022', index: 0, status: met, by: 王五, date: 2023-03-02, reason: x}"],
                 2, "override for revenu 2022 index 0 matches no verdict", "did you mean `revenue`?", id="misspelt"),
])
def test_override_index_errors_at_build(tmp_path, entries, line, message, hint):
    overrides = _review(tmp_path, *entries)
    with pytest.raises(InputError) as err:
        _multi(tmp_path, overrides)
    said = str(err.value)
    assert err.value.line == line and message in said and hint in said, said


@pytest.mark.parametrize("value, message", [
    ("-1", "`index`"), ('"1"', "`index`"), ("1.5", "`index`"), ("true", "`index`"),
])
def test_a_bad_index_is_refused_when_the_file_loads(tmp_path, value, message):
    path = write(tmp_path, _entry(index=value))
    with pytest.raises(InputError) as err:
        load_overrides(path)
    said = str(err.value)
    assert err.value.line == 8 and message in said and "the rule's number in its cell" in said, said  # index: last


def test_two_entries_with_the_same_index_are_refused_when_the_file_loads(tmp_path):
    entry = "{indicator: revenue, period: '2022', index: 1, status: met, by: 王五, date: 2023-03-02, reason: x}"
    with pytest.raises(InputError, match="a second override for revenue 2022 index 1"):
        _review(tmp_path, entry, entry)


def test_every_format_names_the_reviewed_rule(tmp_path):
    overrides = _review(
        tmp_path, "{indicator: revenue, period: '2022', index: 2, status: met, by: 王五, date: 2023-03-02, reason: 口径调整}"
    )
    report = _multi(tmp_path, overrides)
    md = render(report, "md", lang="en")
    assert "- `revenue` 2022 #2 custom rule: missed → met, 王五 (2023-03-02): 口径调整" in md
    data = __import__("json").loads(render(report, "json"))
    reviewed = [v["id"] for v in data["verdicts"] if v["override"] is not None]
    assert reviewed == ["revenue/2022/2"]
