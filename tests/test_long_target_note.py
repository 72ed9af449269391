"""A target longer than any plan writes is refused at once (language.shape.MAX_TOKENS) and its verdict says why:
the note ``too_long`` with the text's length and the bound, in both languages, where it said only "could not be
read". Either side of the bound: the longest target read is judged either side of its figure with no such note."""

from compliance import Reason, Status, evaluate, parse_target
from compliance.language.lexer import tokenize
from compliance.language.shape import MAX_TOKENS

TARGET = "单位地区生产总值能耗比上年下降3%以上"
REMARK = "坚持稳中求进工作总基调"


def _padded(clauses: int) -> str:
    return "，".join([REMARK] * clauses) + "，" + TARGET


def _longest_read() -> str:
    clauses = 1
    while len(tokenize(_padded(clauses + 1)).items) <= MAX_TOKENS:
        clauses += 1
    return _padded(clauses)


def test_the_longest_target_read_is_judged_either_side_without_the_note():
    text = _longest_read()
    for value, status in (("3.5", Status.MET), ("2.5", Status.MISSED)):
        verdict = evaluate(text, value)
        assert verdict.status is status
        assert all(n.code != "too_long" for n in verdict.notes)


def test_one_clause_more_is_pending_and_says_it_is_too_long():
    text = REMARK + "，" + _longest_read()
    assert len(tokenize(text).items) > MAX_TOKENS
    assert parse_target(text).kind == "unrecognized"
    for value in ("3.5", "2.5"):
        verdict = evaluate(text, value)
        assert verdict.status is Status.PENDING and verdict.reason is Reason.UNRECOGNIZED
        (note,) = [n for n in verdict.notes if n.code == "too_long"]
        assert note.params == {"length": str(len(text)), "limit": str(MAX_TOKENS)}
        assert f"目标长 {len(text)} 字" in verdict.explain() and "请拆分为单项目标" in verdict.explain()


def test_the_note_in_english(capsys):
    from compliance.cli import main

    text = "比上年增长" * 2000
    assert main(["explain", "--lang", "en", text, "7"]) in (0, None)
    out = capsys.readouterr().out
    assert f"the target is {len(text)} characters long, more than the {MAX_TOKENS} words" in out


def test_an_unread_target_of_ordinary_length_has_no_length_note():
    verdict = evaluate("努力争取更好结果", "7")  # a remark of a work report: unread, for its words, not its length
    assert verdict.status is Status.PENDING and verdict.reason is Reason.UNRECOGNIZED
    assert all(n.code != "too_long" for n in verdict.notes)
