"""``compliance check ...`` parses with a parser holding only the check subcommand (cli._parser("check")): every
answer it gives (the namespace, help, usage and error text, exit code) equals the full parser's."""

from __future__ import annotations

import contextlib
import io

import pytest

from compliance import cli

ARGVS = [
    ["check"],
    ["check", "-h"],
    ["check", "--help"],
    ["check", "rules.yaml", "data.csv", "--period", "2022", "--period", "all", "--format", "md", "--lang", "en"],
    ["check", "--form", "json", "--fail", "missed", "-o", "x.json"],  # abbreviated options
    ["check", "--format", "docx"],
    ["check", "--lang", "fr"],
    ["check", "--bogus"],
    ["check", "a", "b", "c"],
    ["check", "--period"],
    ["check", "--as-of", "soon"],
    ["check", "--chunk-size", "1x"],
    ["check", "--version"],
    ["check", "--by", "province,county", "--stream", "--no-explanations", "--encoding", "gbk"],
    ["check", "--document", "plan.docx", "--outcomes", "b.pdf", "--year", "2023"],
    ["check", "--", "-rules.yaml"],
]


def answer(command: str | None, argv: list[str]) -> tuple[object, str, str, object]:
    out, err = io.StringIO(), io.StringIO()
    code: object = None
    namespace: object = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            namespace = vars(cli._parser(command).parse_args(argv))
        except SystemExit as exc:
            code = exc.code
    return namespace, out.getvalue(), err.getvalue(), code


@pytest.mark.parametrize("argv", ARGVS, ids=lambda argv: " ".join(argv))
def test_the_check_parser_answers_as_the_full_parser(argv, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    full, only = answer(None, argv), answer("check", argv)
    assert only == full
    assert full[1] or full[2] or full[0]  # something was said: a namespace, help, or an error


def test_main_uses_the_small_parser_only_for_check(monkeypatch):
    asked = []
    real = cli._parser
    monkeypatch.setattr(cli, "_parser", lambda command=None: asked.append(command) or real(command))
    with contextlib.redirect_stdout(io.StringIO()), pytest.raises(SystemExit):
        cli.main(["--help"])
    with contextlib.redirect_stdout(io.StringIO()), pytest.raises(SystemExit):
        cli.main(["check", "--help"])
    assert asked == ["--help", "check"]
    assert "extract" in cli._parser("--help").format_help()  # any other first word: every subcommand
    assert "extract" not in cli._parser("check").format_help()
