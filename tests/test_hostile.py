"""The hostile-input catalogue (``tests/hostile/``): every case through the CLI, and the library beside it.

Each case of ``tests/hostile/cases.yaml`` runs ``compliance.cli.main``: it either writes a JSON
report whose verdicts are the right ones, or exits 2 with one line on stderr naming the position
and what is wrong, never a traceback. Inputs too big to keep in the repository are generated here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from compliance.cli import main

HERE = Path(__file__).resolve().parent / "hostile"
CASES: list[dict[str, Any]] = YAML(typ="safe", pure=True).load((HERE / "cases.yaml").read_text(encoding="utf-8"))

#: the inputs too big to keep, written into the case's folder by name
GENERATED = {
    "million-digits": ("million-digits.json", json.dumps([{"indicator": "a", "period": "2022", "reported": "1" * 1_000_000}])),
    "chinese-digits": ("chinese-digits.csv", "indicator,period,reported\na,2022," + "一" * 4301 + "\n"),
    "long-numeral": ("long-numeral.csv", "indicator,period,reported\na,2022," + "十" * 16_000 + "\n"),
    "long-numeral-10000": ("long-numeral-10000.csv", "indicator,period,reported\na,2022," + "十" * 10_000 + "\n"),
}


def _folder(case: dict[str, Any], tmp_path: Path) -> Path:
    """The catalogue's folder, or a copy of it with the case's generated input written beside."""
    if "generated" not in case:
        return HERE
    for source in HERE.iterdir():
        if source.is_file():
            (tmp_path / source.name).write_bytes(source.read_bytes())
    name, content = GENERATED[case["generated"]]
    (tmp_path / name).write_text(content, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_hostile_input_through_the_cli(case, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(_folder(case, tmp_path))
    argv = [str(arg) for arg in case["argv"]]
    if "verdicts" in case:
        code = main([*argv, "--period", "2022", "--format", "json", "--lang", "en"])
        out, err = capsys.readouterr()
        assert code in (0, 1) and "Traceback" not in err, err
        found = {verdict["rule"]: verdict["status"] for verdict in json.loads(out)["verdicts"]}
        assert found == case["verdicts"], case["before"]
    else:
        code = main(argv)
        out, err = capsys.readouterr()
        assert code == 2, (out, err)
        assert err.count("\n") == 1 and "Traceback" not in err, err
        expected = case["error"]
        assert err.startswith(f"compliance: error: {expected['at']}"), err
        assert expected["says"] in err, err


def test_every_file_of_the_catalogue_is_used_and_listed_in_its_readme():
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    used = {arg for case in CASES for arg in case["argv"] if (HERE / str(arg)).is_file()}
    files = {path.name for path in HERE.iterdir() if path.suffix in (".csv", ".yaml", ".json", ".xlsx")}
    assert files - {"cases.yaml"} <= used | {"rules.yaml"}, "a file of the catalogue no case uses"
    for case in CASES:
        assert f"`{case['id']}`" in readme, f"README.md does not list {case['id']}"


def test_only_what_aliases_repeat_counts_toward_an_alias_bomb(monkeypatch):
    import compliance.files.yaml as files_yaml
    from compliance.errors import InputError

    monkeypatch.setattr(files_yaml, "MAX_EXPANDED_NODES", 1000)
    plain = "indicators:\n" + "".join(f"  - {{id: i{n}, targets: {{'2022': '6以上'}}}}\n" for n in range(400))
    assert len(files_yaml.load_yaml("plain.yaml", plain)["indicators"]) == 400  # 2,000 nodes, none repeated
    repeated = "base: &b [" + ", ".join(["x"] * 40) + "]\n" + "uses: [" + ", ".join(["*b"] * 30) + "]\n"
    with pytest.raises(InputError, match="alias bomb") as caught:
        files_yaml.load_yaml("bomb.yaml", repeated)  # 41 nodes written, 1,230 once expanded
    assert caught.value.file == "bomb.yaml"
