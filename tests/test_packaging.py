"""What a non-editable install ships: every package of the source tree and its data files.

pyproject.toml lists the packages by hand (the seed is mapped in from the top-level rules/ and
datasets/), so a new subpackage that is not listed would be missing from a wheel while every
editable-install test still passed. This test reads the list and the tree and compares them.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _source_packages() -> set[str]:
    found = set()
    for init in (ROOT / "compliance").rglob("__init__.py"):
        if "__pycache__" not in init.parts:
            found.add(".".join(init.parent.relative_to(ROOT).parts))
    for data in (ROOT / "compliance").rglob("data"):
        if data.is_dir() and any(data.glob("*.yaml")):
            found.add(".".join(data.relative_to(ROOT).parts))
    return found


def test_every_package_is_listed_for_the_wheel():
    listed = set(CONFIG["packages"])
    assert _source_packages() - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    mapped = set(CONFIG.get("package-dir", {}))
    stale = {name for name in listed - _source_packages() - mapped}
    assert stale == set(), "listed packages that no longer exist"


def test_every_data_folder_ships_its_files():
    data = CONFIG["package-data"]
    for package in _source_packages():
        folder = ROOT / Path(*package.split("."))
        suffixes = {p.suffix for p in folder.iterdir() if p.is_file() and p.suffix in (".yaml", ".css", ".js", ".csv")}
        if suffixes:
            assert package in data, f"{package} holds {sorted(suffixes)} but ships none"
            assert {f"*{s}" for s in suffixes} <= set(data[package]), package
