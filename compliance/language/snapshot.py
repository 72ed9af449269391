"""A snapshot of the shipped lexicon, so a fresh process does not read and validate the YAML each time.

The YAML files under ``language/data/`` stay the source of truth. Reading them with ruamel.yaml and
validating them into the frozen models of :mod:`compliance.language.lexicon` costs about half a second
of every cold ``compliance`` command, so the validated models are also kept as a pickle, the way
Python keeps a module's bytecode in ``__pycache__``:

* its name carries a key (:func:`key`): a hash of every byte it was built from (the data files, the
  module that defines and validates the models) and of the Python and pydantic versions. A changed
  YAML file gives another key, so a stale snapshot is never read: the tables are built from the YAML
  and a new snapshot is written (older ones of the same folder are removed);
* it is written atomically (a temporary file renamed over), in ``language/data/__pycache__/`` when the
  package folder is writable, else in the user's cache folder (``$XDG_CACHE_HOME/compliance`` or
  ``~/.cache/compliance``); when neither is, nothing is written and every process reads the YAML. Older
  snapshots in the package folder are removed (the user's folder may serve several installations);
* an unreadable or truncated snapshot is ignored and rewritten; ``COMPLIANCE_SNAPSHOT=0`` turns the
  snapshot off (always read the YAML).

Only files this package writes are read back, from folders of the package or of the user, like
``.pyc`` files. ``tests/test_snapshot.py`` checks that the snapshot equals what the YAML builds, and that
a changed file is read from the YAML.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Protocol, TypeVar

__all__ = ["ENV", "Readable", "data_file", "key", "load", "locations"]

T = TypeVar("T")


class Readable(Protocol):
    """A file a snapshot is built from (a ``Path`` or a package resource)."""

    @property
    def name(self) -> str: ...
    def read_bytes(self) -> bytes: ...

#: set to 0 to read the YAML in every process
ENV = "COMPLIANCE_SNAPSHOT"


def key(sources: Iterable[Readable]) -> str:
    """A hash of ``sources`` (the data files and the code that turns them into tables) and of the versions
    of Python and pydantic (a pickle depends on both)."""
    import pydantic

    digest = hashlib.sha256(f"{sys.version}\0{pydantic.VERSION}\0".encode())
    for source in sources:
        digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


def data_file(name: str) -> Traversable:
    """A file of ``compliance/language/data/``."""
    return resources.files("compliance.language") / "data" / name


def locations() -> list[Path]:
    """Where a snapshot may live, in order: the package's own ``__pycache__``, the user's cache folder."""
    found = [Path(str(resources.files("compliance.language") / "data")) / "__pycache__"]
    cache_home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    found.append(Path(cache_home) / "compliance")
    return found


def load(snapshot_key: str, build: Callable[[], T], *, kind: str = "lexicon", where: list[Path] | None = None) -> T:
    """The tables of ``snapshot_key`` from a snapshot when there is one, else ``build()`` (then saved).
    ``kind`` names the snapshot's file (``lexicon-<key>.pickle``): one per kind is kept."""
    if os.environ.get(ENV, "1") == "0":
        return build()
    folders = where if where is not None else locations()
    prefix = f"{kind}-"
    name = f"{prefix}{snapshot_key}.pickle"
    for folder in folders:
        try:
            payload = (folder / name).read_bytes()
        except OSError:
            continue
        try:
            stored_key, tables = pickle.loads(payload)
        except Exception:  # noqa: BLE001, S112 - truncated or from another version: rebuild it
            continue
        if stored_key == snapshot_key:
            return tables
    tables = build()
    payload = pickle.dumps((snapshot_key, tables), protocol=pickle.HIGHEST_PROTOCOL)
    for folder in folders:
        if _write(folder, prefix, name, payload):
            break
    return tables


def _write(folder: Path, prefix: str, name: str, payload: bytes) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        os.chmod(temp, 0o644)  # readable like a .pyc beside it
        os.replace(temp, folder / name)
    except OSError:
        try:
            os.unlink(temp)
        except OSError:
            pass
        return False
    for old in folder.glob(f"{prefix}*.pickle") if folder.name == "__pycache__" else ():
        if old.name != name:  # the package's snapshots of earlier YAML: never read again
            try:
                old.unlink()
            except OSError:
                pass
    return True
