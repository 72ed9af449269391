"""The snippets of docs/*.md and README.md run, so the documentation cannot go stale.

Every fenced block is read and handled by its kind:

- ``python`` with ``>>>``: a doctest (results compared); without: executed. The blocks of one page
  share a namespace, in page order, like a notebook; they run in a scratch directory holding the seed
  (``rules/``, ``datasets/``, ``tests/documents/``) and the small files the pages name (below).
  README.md's python block is collected by pytest itself (``--doctest-glob=README.md``).
- ``python signature``: a signature or a call shown for reference: its parameters must be the
  function's (``inspect.signature``).
- ``sh`` or unlabelled blocks with ``$ compliance ...`` lines: each command runs in that directory
  (``bash``, so pipes work) and what the block shows under it must be what it prints (``…`` or ``...``
  stand for anything); a trailing ``# exit N`` comment states the exit code, otherwise 0. Lines that
  start with ``compliance `` without a prompt run too. ``pip install``, the test suite, the benchmarks and
  ``examples/regenerate.py`` are not run here (``NOT_RUN``): CI runs the first two, the benchmarks
  are slow by design, and tests/test_examples.py runs the last.
- the command synopsis of docs/cli.md: every option it lists is in that command's ``--help``.
- ``yaml``, ``json``, ``csv``: parsed; a YAML block whose first line is ``# NAME.yaml: ...`` is written to
  NAME.yaml for the snippets after it; a CSV dataset block loads with the seed's indicators.

Unlabelled blocks with neither a prompt nor a command are sample output or diagrams; ``text`` blocks
too. They are counted, not run (``test_every_block_is_accounted_for``).
"""

from __future__ import annotations

import ast
import doctest
import inspect
import io
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
#: commands shown for people to run that this test does not run, and why (see the module docstring)
NOT_RUN = ("pip install", "python -m pytest", "python benchmarks/", "python3 examples/regenerate.py")
CHECK = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@dataclass(frozen=True)
class Block:
    page: Path
    line: int
    lang: str
    options: tuple[str, ...]
    text: str

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    found = []
    for match in re.finditer(r"^```([^\n`]*)\n(.*?)^```", text, re.MULTILINE | re.DOTALL):
        info = match.group(1).split()
        line = text.count("\n", 0, match.start()) + 1
        found.append(Block(page, line, info[0] if info else "", tuple(info[1:]), match.group(2)))
    return found


ALL = [block for page in PAGES for block in blocks(page)]


def _is_session(block: Block) -> bool:
    return block.lang in ("", "sh") and any(line.startswith("$ ") for line in block.text.splitlines())


def _commands(block: Block) -> list[str]:
    """The unprompted commands of a block (``compliance ...`` lines, ``&&`` chains split)."""
    if block.lang not in ("", "sh") or _is_session(block) or _is_synopsis(block):
        return []
    found = []
    for line in block.text.splitlines():
        for part in line.split("&&"):
            part = part.strip()
            if part.startswith("compliance ") or part == "compliance" or part.startswith(NOT_RUN):
                found.append(part)
    return found


def _is_synopsis(block: Block) -> bool:
    return block.page.name == "cli.md" and "[--format" in block.text and block.text.startswith("compliance check")


def kind(block: Block) -> str:
    if block.lang == "python":
        if "signature" in block.options:
            return "signature"
        return "doctest" if ">>>" in block.text else "exec"
    if _is_synopsis(block):
        return "synopsis"
    if _is_session(block):
        return "session"
    if _commands(block):
        return "commands"
    if block.lang in ("yaml", "json", "csv"):
        return block.lang
    return "output"  # sample output, diagrams, text


def test_every_block_is_accounted_for():
    kinds: dict[str, list[str]] = {}
    for block in ALL:
        kinds.setdefault(kind(block), []).append(block.where)
    run = sum(len(v) for k, v in kinds.items() if k != "output")
    assert run >= 40, kinds  # the pages show this many runnable snippets today; they must not silently vanish
    unknown = [b.where for b in ALL if b.lang not in ("", "sh", "python", "yaml", "json", "csv", "text")]
    assert unknown == [], f"blocks of a language this test does not handle: {unknown}"


# ---------------------------------------------------------------------------- the scratch directory


def _panels() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The seed's 2022 figures for two counties: as a plan panel (region, indicator, period, reported: for
    the streaming check) and as rows carrying their target, polarity, unit and measure (for evaluate_table)."""
    from conftest import seed_indicators, seed_rows

    indicators = {i["id"]: i for i in seed_indicators()}
    regions, targets = [], []
    for county in ("海淀", "朝阳"):
        for row in seed_rows():
            indicator = indicators[row["indicator"]]
            target = indicator.get("targets", {}).get(row["period"])
            if row["period"] != "2022" or target is None:
                continue
            regions.append({"province": "北京", "county": county, "indicator": row["indicator"], "period": "2022",
                            "reported": row["reported"]})
            targets.append({"county": county, "target": target if isinstance(target, str) else target[0],
                            "reported": row["reported"], "polarity": indicator.get("polarity", "higher"),
                            "unit": indicator.get("unit", ""), "measure": indicator.get("measure", "level")})
    return regions, targets


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    """The seed plus the files the pages name: rules/plan.yaml, panel.csv and panel.parquet (regions),
    targets.csv and panel/*.parquet (rows with their targets), review.yaml, datasets/revised.csv (GDP growth
    2022 revised to 6.1), plan.txt and bulletin.txt."""
    import pandas as pd

    here = tmp_path_factory.mktemp("docs")
    shutil.copytree(ROOT / "rules", here / "rules")
    shutil.copytree(ROOT / "datasets", here / "datasets")
    (here / "tests").mkdir()
    (here / "tests" / "documents").symlink_to(ROOT / "tests" / "documents")  # read only: commands write to out/
    (here / "examples").symlink_to(ROOT / "examples")  # read only
    shutil.copy(ROOT / "rules" / "haidian-2022.yaml", here / "rules" / "plan.yaml")
    shutil.copy(ROOT / "examples" / "overrides.yaml", here / "review.yaml")
    seed = (ROOT / "datasets" / "haidian-2022.csv").read_text(encoding="utf-8")
    revised = seed.replace("\ngdp_growth,2022,4,", "\ngdp_growth,2022,6.1,")
    assert revised != seed
    (here / "datasets" / "revised.csv").write_text(revised, encoding="utf-8")
    shutil.copy(ROOT / "tests" / "documents" / "national-2023-targets.txt", here / "plan.txt")
    shutil.copy(ROOT / "tests" / "documents" / "national-2023-outcomes.txt", here / "bulletin.txt")
    regions, targets = (pd.DataFrame(rows) for rows in _panels())
    regions.to_csv(here / "panel.csv", index=False)
    regions.drop(columns="province").to_parquet(here / "panel.parquet", index=False)  # `--by county` alone
    targets.to_csv(here / "targets.csv", index=False)
    (here / "panel").mkdir()
    half = len(targets) // 2
    targets.iloc[:half].to_parquet(here / "panel" / "part-0.parquet", index=False)
    targets.iloc[half:].to_parquet(here / "panel" / "part-1.parquet", index=False)
    return here


@pytest.fixture()
def inside(scratch):
    here = os.getcwd()
    os.chdir(scratch)
    try:
        yield scratch
    finally:
        os.chdir(here)


# ---------------------------------------------------------------------------- python


def _run_python(page_blocks: list[Block], scratch: Path) -> None:
    namespace: dict[str, object] = {"__name__": "__docs__"}
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=CHECK)
    for block in page_blocks:
        if block.lang == "yaml" and (name := re.match(r"# ([\w.-]+\.yaml):", block.text)):
            (scratch / name.group(1)).write_text(block.text, encoding="utf-8")
        if block.lang != "python" or kind(block) == "signature":
            continue
        if kind(block) == "doctest":
            test = parser.get_doctest(block.text, namespace, block.where, str(block.page), block.line)
            out = io.StringIO()
            result = runner.run(test, out=out.write, clear_globs=False)
            assert result.failed == 0, f"{block.where}: doctest failed\n{out.getvalue()}"
        else:
            try:
                exec(compile(block.text, block.where, "exec"), namespace)  # noqa: S102 - the snippet is the test
            except Exception as error:  # noqa: BLE001 - any failure of a documented snippet is a failure
                pytest.fail(f"{block.where}: {type(error).__name__}: {error}")


PYTHON_PAGES = [page for page in PAGES if page.name != "README.md"
                and any(kind(b) in ("doctest", "exec") for b in blocks(page))]


@pytest.mark.parametrize("page", PYTHON_PAGES, ids=lambda p: p.name)
def test_python_snippets_run(page, inside):
    _run_python(blocks(page), inside)


def _documented_function(name: str):
    import compliance

    target: object = compliance
    for part in name.removeprefix("compliance.").split("."):
        target = getattr(target, part)
    return target


SIGNATURES = [b for b in ALL if kind(b) == "signature"]


@pytest.mark.parametrize("block", SIGNATURES, ids=lambda b: b.where)
def test_documented_signatures_are_the_functions(block):
    text = " ".join(block.text.split())
    if "->" in text:  # name(params) -> Result
        tree = ast.parse(f"def {text}: ...")
        node = tree.body[0]
        assert isinstance(node, ast.FunctionDef)
        actual = inspect.signature(_documented_function(node.name))
        args = node.args
        shown = [a.arg for a in args.posonlyargs + args.args] + ["*"] + [a.arg for a in args.kwonlyargs]
        real = [n for n, p in actual.parameters.items() if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        real += ["*"] + [n for n, p in actual.parameters.items() if p.kind is p.KEYWORD_ONLY]
        assert shown == real, block.where
        defaults = dict(zip([a.arg for a in args.kwonlyargs], args.kw_defaults))
        for name, node_default in defaults.items():
            assert node_default is not None
            assert ast.literal_eval(node_default) == actual.parameters[name].default, f"{block.where}: {name}"
    else:  # a call: each keyword must be a parameter
        call = ast.parse(text).body[0]
        assert isinstance(call, ast.Expr) and isinstance(call.value, ast.Call)
        actual = inspect.signature(_documented_function(ast.unparse(call.value.func)))
        assert {k.arg for k in call.value.keywords} <= set(actual.parameters), block.where


# ---------------------------------------------------------------------------- shell


def _shell(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    # the `compliance` command runs this checkout's package, whatever an editable install points at
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return subprocess.run(["bash", "-c", command], check=False, cwd=cwd, capture_output=True, text=True, timeout=300,
                          env=env)


def _expected_exit(command: str) -> int:
    found = re.search(r"#\s*exit (\d)", command)
    return int(found.group(1)) if found else 0


def _sessions(block: Block) -> list[tuple[str, str]]:
    """(command, expected output) pairs of a ``$ ...`` block."""
    pairs: list[tuple[str, list[str]]] = []
    continued = False
    for line in block.text.splitlines():
        if continued:  # the line after a trailing backslash belongs to the command
            pairs[-1] = (pairs[-1][0][:-1] + " " + line.strip(), [])
        elif line.startswith("$ "):
            pairs.append((line[2:], []))
        elif pairs:
            pairs[-1][1].append(line)
        continued = bool(pairs) and not pairs[-1][1] and pairs[-1][0].endswith("\\")
    return [(command, "\n".join(lines).strip()) for command, lines in pairs]


SESSIONS = [b for b in ALL if kind(b) == "session"]
COMMANDS = [b for b in ALL if kind(b) == "commands"]


@pytest.mark.parametrize("block", SESSIONS, ids=lambda b: b.where)
def test_shell_sessions_print_what_the_docs_show(block, scratch):
    checker = doctest.OutputChecker()
    for command, want in _sessions(block):
        done = _shell(command, scratch)
        assert done.returncode == _expected_exit(command), f"{block.where}: `{command}`\n{done.stderr}"
        if want:
            want = want.replace("…", "...") + "\n"
            got = done.stdout if done.stdout.strip() else done.stderr
            assert checker.check_output(want, got, CHECK), f"{block.where}: `{command}` printed\n{got}"


@pytest.mark.parametrize("block", COMMANDS, ids=lambda b: b.where)
def test_shell_commands_run(block, scratch):
    for command in _commands(block):
        if command.startswith(NOT_RUN):
            continue
        done = _shell(command, scratch)
        assert done.returncode == _expected_exit(command), f"{block.where}: `{command}`\n{done.stderr}"


def test_the_synopsis_lists_options_the_commands_have(scratch):
    block = next(b for b in ALL if kind(b) == "synopsis")
    checked = 0
    for line in block.text.splitlines():
        words = line.split()
        if not words or words[0] != "compliance":
            continue
        command = words[:3] if words[1] == "rules" else words[:2]
        helped = _shell(" ".join(command) + " --help", scratch)
        assert helped.returncode == 0, helped.stderr
        for option in re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-o)\b", line):
            assert option in helped.stdout, f"{block.where}: {' '.join(command)} has no {option}"
            checked += 1
    assert checked >= 15  # 19 today


# ---------------------------------------------------------------------------- data blocks


@pytest.mark.parametrize("block", [b for b in ALL if kind(b) in ("yaml", "json", "csv")], ids=lambda b: b.where)
def test_data_blocks_parse(block, tmp_path):
    if block.lang == "yaml":
        from ruamel.yaml import YAML

        YAML(typ="safe", pure=True).load(block.text)
    elif block.lang == "json":
        text = block.text.strip()
        json.loads(text if text.startswith("{") else "{" + text + "}")
    else:
        from conftest import seed_indicators

        from compliance.plans.datasets import load_dataset

        path = tmp_path / "data.csv"
        path.write_text(block.text, encoding="utf-8")
        data = load_dataset(str(path), [i["id"] for i in seed_indicators()])
        assert data.value("gdp_growth", "2022") is not None, block.where


def test_the_documented_rules_file_loads(tmp_path):
    """The annotated rules file of rules-and-datasets.md is a rules file (its keys, values and comments)."""
    from compliance.plans.rules import load_rules

    block = next(b for b in ALL if b.page.name == "rules-and-datasets.md" and b.lang == "yaml"
                 and b.text.lstrip().startswith("# Source:"))
    path = tmp_path / "rules.yaml"
    path.write_text(block.text, encoding="utf-8")
    rules = load_rules(str(path))
    assert [i.id for i in rules.indicators] == ["water_use"]


def test_the_readme_starts_with_the_two_set_up_commands_and_says_how_to_make_a_virtualenv():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first = blocks(ROOT / "README.md")[:2]
    assert [b.text.strip() for b in first] == ["pip install . && compliance check",
                                              "pip install -e '.[test]' && python -m pytest -q"]
    before = text[:text.index("```")]
    assert "`python3 -m venv .venv && . .venv/bin/activate`" in before  # a sentence, not a third block


def test_the_layouts_name_files_that_exist():
    """README's layout tree and architecture.md's stage table name modules and folders that exist."""
    package = ROOT / "compliance"
    tree = next(b for b in blocks(ROOT / "README.md") if b.text.startswith("compliance/"))
    named = []
    for line in tree.text.splitlines()[1:]:
        first = line.strip().split("  ")[0]
        base = package if line.startswith(" ") else ROOT
        named += [base / name for name in first.split() if name.endswith(("/", ".py"))]
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for row in re.findall(r"^\| \d+ \| ([^|]+) \|", text, re.MULTILINE):
        named += [package / name for name in re.findall(r"`([\w/.]+)`", row)]
    # and every module path it names anywhere (`judge/figure.py`, `report/labels.yaml`, `language/data/*.yaml`)
    for name in re.findall(r"`((?:[a-z_]+/)+[\w.]+\.(?:py|yaml))`", text):
        named.append((ROOT if name.startswith(("tests/", "compliance/")) else package) / name)
    assert len(named) >= 20
    missing = [str(path.relative_to(ROOT)) for path in named if not path.exists()]
    assert missing == []
