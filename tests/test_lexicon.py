"""The data files of the language: valid, simplified, complete, and actually used."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from compliance import Reason, Status, parse_target
from compliance.language.lexicon import Lexicon, hant, lexicon, messages, units
from compliance.language.render import same_reading


def _words(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [w for v in value.values() for w in _words(v)] + [k for k in value if isinstance(k, str)]
    if isinstance(value, (list, tuple)):
        return [w for v in value for w in _words(v)]
    return []


def test_every_lexicon_file_loads():
    assert lexicon().comparators.after["ge"]
    assert units().multipliers["万"] == 10000
    assert hant()[ord("萬")] == "万"
    assert set(messages().model_dump()) == {"zh", "en"}


def test_lexicon_words_are_simplified():
    table = hant()
    data = lexicon().model_dump()
    data["sync"].pop("patterns")
    for entry in data["references"]:
        entry.pop("patterns")
    offenders = [w for w in _words(data) + _words(units().model_dump()) if any(ord(ch) in table for ch in w)]
    assert offenders == []


def test_unknown_lexicon_key_is_refused():
    data = lexicon().model_dump()
    data["comparators"]["befor"] = {}
    with pytest.raises(ValidationError, match="befor"):
        Lexicon.model_validate(data)


def test_sync_pattern_needs_a_ref_group():
    data = lexicon().model_dump()
    data["sync"]["patterns"] = ["与(.+)同步"]
    with pytest.raises(ValidationError, match="ref"):
        Lexicon.model_validate(data)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_code_has_a_sentence(lang):
    t = getattr(messages(), lang)
    assert {r.value for r in Reason} <= set(t["reason"])
    assert {s.value for s in Status} <= set(t["status"])
    assert set(t["gap"]) == set(messages().zh["gap"])
    assert set(t["notes"]) == set(messages().zh["notes"])


TRADITIONAL = [
    ("控制在3%以內", "控制在3%以内"), ("達到市級要求（3.2）", "达到市级要求（3.2）"), ("不超過國家對北京市的要求", "不超过国家对北京市的要求"),
    ("與經濟增長基本同步", "与经济增长基本同步"), ("7.2（調整為5.5）", "7.2（调整为5.5）"), ("累計5000左右", "累计5000左右"),
    ("淨減1.2平方公里", "净减1.2平方公里"), ("約6", "约6"), ("不少於五千個", "不少于五千个"), ("達到1.5萬個", "达到1.5万个"),
    ("徵求意見中（3）", "征求意见中（3）"), ("穩步增長", "稳步增长"),
]


@pytest.mark.parametrize(("traditional", "simplified"), TRADITIONAL, ids=[t for t, _ in TRADITIONAL])
def test_traditional_reads_like_simplified(traditional, simplified):
    a, b = parse_target(traditional), parse_target(simplified)
    assert a.kind != "unrecognized"
    assert same_reading(a, b)


def test_adding_a_word_is_a_data_change(monkeypatch):
    """A new comparator in the data file is read without any code change."""
    from compliance.language import lexer as _lexer
    from compliance.language import lexicon as _lexicon

    data = lexicon().model_dump()
    data["comparators"]["before"]["ge"] = [*data["comparators"]["before"]["ge"], "起码"]
    patched = Lexicon.model_validate(data)
    monkeypatch.setattr(_lexicon, "lexicon", lambda: patched)
    monkeypatch.setattr(_lexer, "lexicon", lambda: patched)
    _lexer._table.cache_clear()
    try:
        constraint = parse_target("起码6")
        assert (constraint.kind, constraint.op) == ("bound", "ge")
    finally:
        _lexer._table.cache_clear()
