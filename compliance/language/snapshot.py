"""A snapshot of the shipped lexicon, so a fresh process does not read and validate the YAML each time.

The YAML files under ``language/data/`` stay the source of truth. Reading them with ruamel.yaml and
validating them into the frozen models of :mod:`compliance.language.lexicon` costs about half a second
of every cold ``compliance`` command, so the validated models are also kept as a pickle, the way
Python keeps a module's bytecode in ``__pycache__``:

* its name carries a key (:func:`key`): a hash of every byte it was built from (the data files, the
  module that defines and validates the models) and of the Python and pydantic versions. A changed
  YAML file gives another key, so a stale snapshot is never read: the tables are built from the YAML
  and a new snapshot is written (older ones of the same folder are removed);
* a file is taken into a key by its path, size and modification time (nanoseconds), as Python's bytecode
  cache takes a module's source, not by its bytes (reading and hashing the package's ~130 files was ~3 ms
  of every check): an edit changes the time. A key taken from a file changed in the last two seconds is
  never saved under ("racy", as git calls such files: a second edit within the clock's tick keeping the
  size would not change the key), so a snapshot is saved only for files whose time has moved on since;
  a source that is no file on disk (a resource in a zip) is taken by its bytes;
* it is written atomically (a temporary file renamed over), in ``language/data/__pycache__/`` when the
  package folder is writable, else in the user's cache folder (``$XDG_CACHE_HOME/compliance`` or
  ``~/.cache/compliance``); when neither is, nothing is written and every process reads the YAML. Older
  snapshots in the package folder are removed (the user's folder may serve several installations);
* an unreadable or truncated snapshot is ignored and rewritten; ``COMPLIANCE_SNAPSHOT=0`` turns the
  snapshot off (always read the YAML).

The same mechanism keeps parsed rules files (:func:`compliance.plans.rules.load_rules`, kind
``rules``): keyed by a hash of the file's name and text, of every source and data file of the package
(:func:`package_digest`) and of the versions, in the user's cache folder only, the newest 64 kept (256 MB at most).

Only files this package writes are read back, from folders of the package or of the user, like
``.pyc`` files. ``tests/test_snapshot.py`` checks that the snapshot equals what the YAML builds, and that
a changed file is read from the YAML.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable
from importlib import import_module, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:  # pragma: no cover
    from importlib.abc import Traversable

__all__ = ["ENV", "Digest", "Readable", "data_file", "key", "load", "locations", "package_digest", "read", "save", "sha256", "user_folder"]

T = TypeVar("T")


class Readable(Protocol):
    """A file a snapshot is built from (a ``Path`` or a package resource)."""

    @property
    def name(self) -> str: ...
    def read_bytes(self) -> bytes: ...

#: set to 0 to read the YAML in every process
ENV = "COMPLIANCE_SNAPSHOT"


class Digest(Protocol):
    """A SHA-256 being computed (what ``hashlib.sha256()`` gives)."""

    def update(self, data: bytes, /) -> None: ...
    def hexdigest(self) -> str: ...


def sha256(data: bytes = b"") -> Digest:
    """``hashlib.sha256(data)``, from CPython's own SHA-256 module where there is one: importing hashlib loads
    OpenSSL's (``_hashlib``: ~6M instructions of a cold check) for the same digest."""
    for name in ("_sha256", "_sha2"):  # CPython 3.11; 3.12 and later
        try:
            made: Digest = import_module(name).sha256(data)
            return made
        except (ImportError, AttributeError):
            continue
    import hashlib

    return hashlib.sha256(data)


def key(sources: Iterable[Readable]) -> str:
    """A hash of ``sources`` (the data files and the code that turns them into tables, each by its
    :func:`fingerprint`) and of the versions of Python and pydantic (a pickle depends on both). A key
    taken from a file changed in the last :data:`RECENT` seconds is :func:`racy`: nothing is saved under it."""
    import pydantic

    digest = sha256(f"{sys.version}\0{pydantic.VERSION}\0".encode())
    recent = False
    for source in sources:
        found, now = _fingerprint(source)
        recent = recent or now or (source.name.endswith(".py") and _edited_since_import(source))
        digest.update(source.name.encode() + b"\0" + found + b"\0")
    made = digest.hexdigest()[:24]
    if recent:
        _RACY.add(made)
    return made


#: a key taken from a file modified less than this many seconds ago is racy: never saved under
RECENT = 2.0
#: the racy keys of this process (:func:`racy`)
_RACY: set[str] = set()


def racy(snapshot_key: str) -> bool:
    """Whether a file ``snapshot_key`` was taken from changed in the last :data:`RECENT` seconds: then
    :func:`save` writes nothing under it (a second edit in the same tick of the clock, keeping the size,
    would give the same key)."""
    return snapshot_key in _RACY


def taint(snapshot_key: str) -> None:
    """Mark ``snapshot_key`` :func:`racy` (a key built on a racy :func:`package_digest`)."""
    _RACY.add(snapshot_key)


def _edited_since_import(source: Readable) -> bool:
    """Whether a source of code changed after this process imported the package (or just before): the code
    running is then not what the file says now, so nothing it builds is saved under the file's key."""
    from .. import IMPORTED_NS

    try:
        mtime = os.stat(source).st_mtime_ns if isinstance(source, (str, os.PathLike)) else None
    except OSError:
        return False
    return mtime is not None and _changed_since(mtime, IMPORTED_NS, time.time_ns())


def _changed_since(mtime_ns: int, since: int, now: int) -> bool:
    """Whether a file's time is :data:`RECENT` seconds before ``since`` or later (a time further ahead of the
    clock is a copy from a machine whose clock was ahead: no edit made now)."""
    return since - RECENT * 1e9 < mtime_ns <= now + RECENT * 1e9


def fingerprint(source: Readable) -> bytes:
    """What a key takes of a file: its absolute path, size and modification time in nanoseconds, as
    Python's bytecode cache does; the bytes of a source that is no file on disk (a resource in a zip)."""
    return _fingerprint(source)[0]


def _fingerprint(source: Readable) -> tuple[bytes, bool]:
    """:func:`fingerprint`, and whether the file changed in the last :data:`RECENT` seconds."""
    if isinstance(source, (str, os.PathLike)):
        try:
            return _stat_print(os.path.abspath(source), os.stat(source))
        except OSError:
            pass
    return b"bytes\0" + source.read_bytes(), False


def _stat_print(path: str, stat: os.stat_result) -> tuple[bytes, bool]:
    # a time ahead of the clock by more (a copy from a machine whose clock was ahead) is no racy file: an edit
    # now would give another time; one that never passes would keep every snapshot unsaved
    recent = abs(time.time_ns() - stat.st_mtime_ns) < RECENT * 1e9
    return f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}".encode("utf-8", "surrogateescape"), recent


def data_file(name: str) -> Traversable:
    """A file of ``compliance/language/data/``."""
    return resources.files("compliance.language") / "data" / name


def locations() -> list[Path]:
    """Where a snapshot may live, in order: the package's own ``__pycache__``, the user's cache folder."""
    return [Path(str(resources.files("compliance.language") / "data")) / "__pycache__", user_folder()]


def user_folder() -> Path:
    """The user's cache folder: ``$XDG_CACHE_HOME/compliance`` or ``~/.cache/compliance``."""
    cache_home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache_home) / "compliance"


def package_digest() -> str:
    """A hash of every source and data file of the installed ``compliance`` package (``.py``, ``.yaml``),
    each by its :func:`fingerprint`: what a snapshot of something the package's code builds (a parsed
    rules file) depends on. Once per process (~0.5 ms: a stat per file). :func:`package_racy` says
    whether one of the files changed in the last :data:`RECENT` seconds."""
    global _PACKAGE_DIGEST, _PACKAGE_RACY
    if _PACKAGE_DIGEST is None:
        from .. import IMPORTED_NS

        root = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
        _PACKAGE_DIGEST, _PACKAGE_RACY = folder_digest(root, since=IMPORTED_NS)
    return _PACKAGE_DIGEST


def folder_digest(root: str, *, since: int | None = None) -> tuple[str, bool]:
    """A hash of the ``.py`` and ``.yaml`` files under ``root`` (each by its path under it, size and time), and
    whether one of them changed in the last :data:`RECENT` seconds, or :data:`RECENT` seconds before ``since``
    (ns; the time the running code was imported) or later: the code in memory may not be what the files say
    now (a notebook open while the lexicon is edited), so nothing it builds may be saved under their digest."""
    now, recent = time.time_ns(), RECENT * 1e9
    parts, racy_ = [], False
    for name, entry in sorted(_package_entries(root, "")):  # one stat per file (~130), nothing else per file
        stat = entry.stat()
        mtime = stat.st_mtime_ns
        # changed in the last RECENT seconds (as _stat_print), or since the code running was imported (_changed_since)
        racy_ = racy_ or abs(now - mtime) < recent or (since is not None and since - recent < mtime <= now + recent)
        parts.append(f"{name}\0{entry.path}\0{stat.st_size}\0{mtime}\0")
    return sha256("".join(parts).encode("utf-8", "surrogateescape")).hexdigest(), racy_


def package_racy() -> bool:
    """Whether a file of the package changed in the last :data:`RECENT` seconds before :func:`package_digest`."""
    package_digest()
    return _PACKAGE_RACY


_PACKAGE_DIGEST: str | None = None
_PACKAGE_RACY = False


def _package_files(folder: Path) -> Iterable[Path]:
    return (Path(entry.path) for _, entry in _package_entries(str(folder), ""))


def _package_entries(folder: str, prefix: str) -> Iterable[tuple[str, os.DirEntry[str]]]:
    """The ``.py`` and ``.yaml`` files under ``folder`` (``__pycache__`` left out), each with its path
    relative to the package (``language/lexicon.py``)."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    yield from _package_entries(entry.path, f"{prefix}{entry.name}/")
            elif entry.name.endswith((".py", ".yaml")):
                yield f"{prefix}{entry.name}", entry


def load(snapshot_key: str, build: Callable[[], T], *, kind: str = "lexicon", where: list[Path] | None = None) -> T:
    """The tables of ``snapshot_key`` from a snapshot when there is one, else ``build()`` (then saved).
    ``kind`` names the snapshot's file (``lexicon-<key>.pickle``): one per kind is kept."""
    found = read(snapshot_key, kind=kind, where=where)
    if found is not None:
        return found  # type: ignore[return-value]  # what build() gave the process that wrote it
    tables = build()
    save(snapshot_key, tables, kind=kind, where=where)
    return tables


def _loads(payload: bytes) -> Any:
    """``pickle.loads``: the C unpickler pickle.py itself exports, without importing pickle.py (its pure-Python
    pickler, ~3.5M instructions of every cold check, which only reads snapshots)."""
    try:
        from _pickle import loads
    except ImportError:  # pragma: no cover - a Python without the C unpickler
        from pickle import loads
    return loads(payload)


def read(snapshot_key: str, *, kind: str, where: list[Path] | None = None) -> object | None:
    """What the snapshot of ``snapshot_key`` holds, or None: none, unreadable, of another key, or
    snapshots turned off (``COMPLIANCE_SNAPSHOT=0``)."""
    if os.environ.get(ENV, "1") == "0":
        return None
    name = f"{kind}-{snapshot_key}.pickle"
    for folder in where if where is not None else locations():
        try:
            payload = (folder / name).read_bytes()
        except OSError:
            continue
        try:
            stored_key, tables = _loads(payload)
        except Exception:  # noqa: BLE001, S112 - truncated or from another version: rebuild it
            continue
        if stored_key == snapshot_key:
            return tables
    return None


def save(snapshot_key: str, tables: object, *, kind: str, where: list[Path] | None = None, keep: int | None = None,
         max_bytes: int | None = None) -> None:
    """Write the snapshot of ``snapshot_key`` atomically, in the first folder of ``where`` that takes it.
    In a folder other than a package's ``__pycache__``, keep only the newest ``keep`` snapshots of this
    kind, together at most ``max_bytes`` (a cache of user files must not grow without limit); one larger
    than ``max_bytes`` by itself is not written."""
    if os.environ.get(ENV, "1") == "0" or racy(snapshot_key):
        return
    prefix = f"{kind}-"
    import pickle

    payload = pickle.dumps((snapshot_key, tables), protocol=pickle.HIGHEST_PROTOCOL)
    if max_bytes is not None and len(payload) > max_bytes:
        return
    for folder in where if where is not None else locations():
        if _write(folder, prefix, f"{prefix}{snapshot_key}.pickle", payload):
            if (keep is not None or max_bytes is not None) and folder.name != "__pycache__":
                _prune(folder, prefix, keep, max_bytes)
            return


def _prune(folder: Path, prefix: str, keep: int | None, max_bytes: int | None) -> None:
    """Remove the snapshots of ``prefix`` in ``folder`` past the ``keep`` most recently written, or past
    ``max_bytes`` together, newest first."""
    found = []
    for path in folder.glob(f"{prefix}*.pickle"):
        try:
            stat = path.stat()
        except OSError:
            continue
        found.append((stat.st_mtime_ns, stat.st_size, path))
    total = 0
    for count, (_, size, old) in enumerate(sorted(found, reverse=True)):
        total += size
        if (keep is not None and count >= keep) or (max_bytes is not None and total > max_bytes):
            try:
                old.unlink()
            except OSError:
                pass


def _write(folder: Path, prefix: str, name: str, payload: bytes) -> bool:
    import tempfile  # only a process that writes a snapshot needs it

    try:
        shared = folder.name == "__pycache__"  # the package's own: readable like a .pyc beside it
        folder.mkdir(mode=0o755 if shared else 0o700, parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")  # 0600
    except OSError:
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        if shared:  # a rules snapshot in the user's folder keeps readings of a dataset's cells: the user's only
            os.chmod(temp, 0o644)
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
