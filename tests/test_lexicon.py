"""The data files of the language: valid, simplified, complete, and actually used."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from compliance import Reason, Status, parse_target
from compliance.errors import LexiconError
from compliance.language.lexicon import Lexicon, clashes, hant, lexicon, lexicon_from, messages, units
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


def test_adding_a_word_is_a_data_change():
    """A new comparator in the data file is read without any code change (here through an overlay,
    which is the data file with words added: language/overlay.py)."""
    from compliance.language.overlay import overlay

    data = lexicon().model_dump()
    data["comparators"]["before"]["ge"] = [*data["comparators"]["before"]["ge"], "起码"]
    with overlay(data):
        constraint = parse_target("起码6")
    assert (constraint.kind, constraint.op) == ("bound", "ge")
    assert parse_target("起码6").kind != "bound"


def _with(path: str, word: str) -> dict:
    """The shipped lexicon's data with ``word`` added to the list at ``path`` (dots between keys)."""
    data = lexicon().model_dump()
    *keys, last = path.split(".")
    node = data
    for key in keys:
        node = node[key]
    node[last] = (*node[last], word)
    return data


CLASHES = [
    # the same word in the >= and the <= list: which comparator would it be?
    ("comparators.before.le", "不低于",
     "'不低于' is claimed by comparators.before.ge and by comparators.before.le (one meaning, two values)"),
    # before and after the number are one comparator meaning
    ("comparators.after.le", "以上", "'以上' is claimed by comparators.after.ge and by comparators.after.le"),
    ("directions.down.level", "稳步增长",
     "'稳步增长' is claimed by directions.up.growth and by directions.down.level (one meaning, two values)"),
    ("change.up", "下降", "'下降' is claimed by change.up and by change.down (one meaning, two values)"),
    ("measures.decline", "增速", "'增速' is claimed by measures.rate and by measures.decline"),
    # different meanings, opposite ways: a comparator >= that is also a change downwards
    ("comparators.before.ge", "下降",
     "'下降' is claimed by comparators.before.ge and by directions.down.growth (opposite directions)"),
    # read at the same place before a number: 约6 would be a hedge or an approximation
    ("hedges", "约", "'约' is claimed by approx.before and by hedges (both read at the same place of a number phrase)"),
    ("approx.after", "以下", "'以下' is claimed by comparators.after.le and by approx.after"),
]


@pytest.mark.parametrize(("path", "word", "message"), CLASHES, ids=[f"{w} in {p}" for p, w, _ in CLASHES])
def test_a_word_claimed_by_two_meanings_is_a_load_error(path, word, message):
    with pytest.raises(LexiconError) as caught:
        lexicon_from(_with(path, word), units())
    assert str(caught.value).startswith("language/data/zh.yaml: ")
    assert message in str(caught.value)


def test_a_word_that_is_also_a_unit_is_a_load_error():
    with pytest.raises(LexiconError, match=r"'人' is claimed by directions.up.level and by units.yaml"):
        lexicon_from(_with("directions.up.level", "人"), units())


def test_meanings_told_apart_by_position_may_share_a_word():
    """完成 is an action, a completion verb and an attestation; 增长 a direction alone and a change before a number."""
    shipped = lexicon_from(lexicon().model_dump(), units())
    meanings = {(c.word, c.meaning) for c in shipped.claims()}
    assert {("完成", "action"), ("完成", "complete"), ("完成", "attested")} <= meanings
    assert {("增长", "direction"), ("增长", "change")} <= meanings
    assert clashes(shipped.claims()) == []


def test_no_chinese_words_in_language_code():
    """The words of the language are in data/*.yaml; code may quote them only in docstrings and comments."""
    import ast
    import re
    from pathlib import Path

    import compliance.language

    cjk = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
    found = []
    for path in sorted(Path(compliance.language.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr)
        }
        found += [
            f"{path.name}:{node.lineno}: {node.value!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
            and cjk.search(node.value)
        ]
    assert found == []


def test_a_render_table_without_a_word_is_refused():
    data = lexicon().model_dump()
    del data["render"]["relations"]["complete"]
    with pytest.raises(LexiconError, match="render.relations needs a word for complete"):
        lexicon_from(data, units())
