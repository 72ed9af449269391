"""diff_reports: verdicts whose final status changed between two JSON reports, and those added or removed."""

from __future__ import annotations

import json

import pytest
from reportkit import seed_report

from compliance.errors import InputError
from compliance.report import diff_reports, load_overrides, read_report, render, render_diff

REVIEW = """\
overrides:
  - {indicator: district_budget_revenue_growth, period: "2022", status: met, by: 李四, date: 2023-03-02, reason: 同口径8%}
  - {indicator: gdp_growth, period: "2022", status: missed, by: 李四, date: 2023-03-02, reason: 确认}
"""


@pytest.fixture(scope="module")
def old() -> dict:
    return json.loads(render(seed_report(), "json"))


def test_same_report_has_no_changes(old):
    assert diff_reports(old, old) == []
    assert render_diff([], lang="en") == "No verdict changed status between the two reports.\n"
    assert render_diff([], lang="zh") == "两次报告之间没有状态变化。\n"


def test_a_changed_final_status_is_listed_and_an_accepted_one_is_not(tmp_path, old):
    path = tmp_path / "review.yaml"
    path.write_text(REVIEW, encoding="utf-8")
    new = json.loads(render(seed_report(overrides=load_overrides(path)), "json"))
    changes = diff_reports(old, new)
    assert [(c.kind, c.indicator, c.period, c.old_status, c.new_status) for c in changes] == [
        ("changed", "district_budget_revenue_growth", "2022", "missed", "met")
    ]
    assert changes[0].name == "区级一般公共预算收入增速"
    assert render_diff(changes, lang="en") == (
        "district_budget_revenue_growth (区级一般公共预算收入增速) 2022: missed → met\n1 change(s)\n"
    )
    assert render_diff(changes, lang="zh").startswith("district_budget_revenue_growth（区级一般公共预算收入增速）2022：未达标 → 达标")


def test_a_revised_dataset_shows_the_reported_values(old):
    new = json.loads(json.dumps(old))
    gdp = next(v for v in new["verdicts"] if v["indicator"] == "gdp_growth")
    gdp.update(status="met", reported="6.2")
    [change] = diff_reports(old, new)
    assert (change.old_reported, change.new_reported) == ("4", "6.2")
    assert "reported '4' → '6.2'" in render_diff([change], lang="en")


def test_added_and_removed_verdicts(old):
    new = json.loads(json.dumps(old))
    removed = new["verdicts"].pop(0)
    new["verdicts"].append({**removed, "period": "2023", "status": "pending"})
    changes = diff_reports(old, new)
    assert [(c.kind, c.indicator, c.period) for c in changes] == [
        ("added", removed["indicator"], "2023"),
        ("removed", removed["indicator"], "2022"),
    ]
    text = render_diff(changes, lang="en")
    assert "2023: added, pending" in text and "2022: removed (was met)" in text and "2 change(s)" in text


def test_read_report(tmp_path, old):
    good = tmp_path / "old.json"
    good.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    assert read_report(good) == old
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "meta": {},\n  "verdicts": [,]\n}\n', encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_report(broken)
    assert err.value.line == 3 and str(err.value).startswith(f"{broken}:3:")
    other = tmp_path / "other.json"
    other.write_text('{"rows": []}', encoding="utf-8")
    with pytest.raises(InputError, match="not a compliance JSON report"):
        read_report(other)


def test_malformed_verdicts_are_refused(old):
    with pytest.raises(InputError, match="verdict 1 lacks"):
        diff_reports(old, {"verdicts": [{"indicator": "x"}]})


# ---------------------------------------------------------------------------- several rules on one cell


def test_verdicts_are_matched_by_indicator_period_and_index(tmp_path):
    from test_report_rules import multi_rule_report

    before = json.loads(render(multi_rule_report(tmp_path), "json"))
    review = tmp_path / "review.yaml"
    review.write_text(
        "overrides:\n  - {indicator: revenue, period: '2022', index: 2, status: met, by: 王五, date: 2023-03-02, "
        "reason: 口径调整}\n", encoding="utf-8",
    )
    after = json.loads(render(multi_rule_report(tmp_path, overrides=load_overrides(review)), "json"))
    [change] = diff_reports(before, after)
    assert (change.kind, change.indicator, change.period, change.index, change.rule, change.rules) == (
        "changed", "revenue", "2022", 2, "expr", 3
    )
    assert (change.old_status, change.new_status) == ("missed", "met")
    assert render_diff([change], lang="en") == "revenue (区级收入) 2022 #2 custom rule: missed → met\n1 change(s)\n"
    assert render_diff([change], lang="zh").startswith("revenue（区级收入）2022 #2 自定义规则：未达标 → 达标")


def test_a_rule_added_to_a_cell_is_added_not_changed(tmp_path):
    from test_report_rules import multi_rule_report

    new = json.loads(render(multi_rule_report(tmp_path), "json"))
    old = json.loads(json.dumps(new))
    old["verdicts"] = [v for v in old["verdicts"] if v["id"] != "revenue/2022/2"]
    changes = diff_reports(old, new)
    assert [(c.kind, c.indicator, c.index) for c in changes] == [("added", "revenue", 2)]
    assert "2022 #2 custom rule: added, missed" in render_diff(changes, lang="en")


def test_a_report_without_index_is_rule_zero(old):
    legacy = json.loads(json.dumps(old))
    for verdict in legacy["verdicts"]:  # as written before rows carried `id`, `index` and `rule`
        for key in ("id", "index", "rule", "progress"):
            verdict.pop(key)
    assert diff_reports(legacy, old) == [] and diff_reports(old, legacy) == []
    gdp = next(v for v in legacy["verdicts"] if v["indicator"] == "gdp_growth")
    gdp["status"] = "met"
    [change] = diff_reports(old, legacy)
    assert (change.indicator, change.index, change.rules) == ("gdp_growth", 0, 1)
    assert render_diff([change], lang="en").startswith("gdp_growth (地区生产总值增速) 2022: missed → met")


@pytest.mark.parametrize("index, message", [(-1, "`index` must be"), ("0", "`index` must be"), (True, "`index` must be")])
def test_a_bad_index_is_refused(old, index, message):
    bad = json.loads(json.dumps(old))
    bad["verdicts"][0]["index"] = index
    with pytest.raises(InputError, match=message):
        diff_reports(old, bad)


def test_two_verdicts_for_one_rule_are_refused(old):
    bad = json.loads(json.dumps(old))
    bad["verdicts"].append(dict(bad["verdicts"][0]))
    with pytest.raises(InputError, match="a second verdict for"):
        diff_reports(old, bad)


# ---- schema versions (issue 11): version 2 changed gap and summary.indicators; diff reads 1 and 2 ----------

def _as_version(report: dict, version: object) -> dict:
    older = json.loads(json.dumps(report))
    older["meta"]["schema_version"] = version
    return older


def test_the_report_is_version_2_and_a_version_1_report_still_compares(old):
    assert old["meta"]["schema_version"] == 2
    v1 = _as_version(old, 1)
    assert diff_reports(v1, old) == [] and diff_reports(old, v1) == []
    new = json.loads(json.dumps(old))
    next(v for v in new["verdicts"] if v["indicator"] == "gdp_growth").update(status="met", reported="6.2")
    assert [(c.indicator, c.old_status, c.new_status) for c in diff_reports(v1, new)] == [("gdp_growth", "missed", "met")]


@pytest.mark.parametrize(("version", "hint"), [(3, "upgrade compliance"), (0, "regenerate it"), ("2", "regenerate it"),
                                               (True, "regenerate it")])
def test_a_report_of_another_version_is_refused_saying_what_to_do(tmp_path, capsys, old, version, hint):
    from compliance.cli import main

    path = tmp_path / "other.json"
    path.write_text(json.dumps(_as_version(old, version)), encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_report(path)
    assert f"schema_version {version!r}" in raised.value.message and hint in (raised.value.hint or "")
    good = tmp_path / "good.json"
    good.write_text(json.dumps(old), encoding="utf-8")
    assert main(["diff", str(path), str(good)]) == 2
    err = capsys.readouterr().err
    assert "schema_version" in err and str(path) in err and hint in err


def test_a_streamed_report_carries_the_same_version_and_compares_with_a_whole_one(tmp_path, old):
    from compliance.cli import main
    from conftest import SEED_DATA, SEED_RULES

    out = tmp_path / "streamed.json"
    assert main(["check", str(SEED_RULES), str(SEED_DATA), "--stream", "--format", "json", "-o", str(out)]) == 0
    streamed = read_report(out)
    assert streamed["meta"]["format"] == "compliance-stream-report" and streamed["meta"]["schema_version"] == 2
    assert diff_reports(_as_version(old, 1), streamed) == []  # same verdicts, whatever the version or the path
