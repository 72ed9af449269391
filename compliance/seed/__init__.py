"""The seed plan (Haidian District, Beijing, 2022-2023), embedded so that `compliance check` runs anywhere.

The files live once, at the repository's top level (``rules/``, ``datasets/``); packaging maps them
in here as ``compliance.seed.rules`` and ``compliance.seed.datasets``.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

RULES = "haidian-2022.yaml"
DATASET = "haidian-2022.csv"


def _folder(package: str, top: str) -> Traversable:
    try:
        return resources.files(package)
    except ModuleNotFoundError:  # running from a source checkout that was not installed
        return Path(__file__).resolve().parents[2] / top


def rules_file() -> Traversable:
    return _folder("compliance.seed.rules", "rules") / RULES


def dataset_file() -> Traversable:
    return _folder("compliance.seed.datasets", "datasets") / DATASET
