"""Writing files atomically: the one way the package writes a user's file.

Shared infrastructure of the file layer: a report (``compliance check -o``, a streamed report
written batch by batch), a reformatted rules file (``compliance rules fmt``) and the JSON Schema
(``compliance schema -o``) are written through :func:`atomic_write` or :func:`atomic_output`: to a
temporary file in the same folder, then moved over the target with :func:`os.replace`, so a failed
or interrupted run leaves the old file in place, never half of a new one. What is written is the
caller's business; where and how it lands is this module's.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError


def atomic_write(path: str | Path, content: str | bytes, *, encoding: str = "utf-8") -> None:
    """Write ``content`` to ``path`` atomically; keep the old file's permissions when it exists.

    Raises :class:`InputError` (naming the file) when the folder is missing or not writable.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> atomic_write(folder / "report.txt", "met\\n")
    >>> (folder / "report.txt").read_text()
    'met\\n'
    """
    with atomic_output(path) as out:
        out.write(content.encode(encoding) if isinstance(content, str) else content)


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through, for output written piece by piece (a streamed report).

    It is a temporary file in the same folder, renamed over ``path`` when the block ends without an
    error and removed otherwise; the old file's permissions are kept (a new file gets the umask's).
    """
    target = Path(path)
    if target.is_dir():
        raise InputError("is a directory; give a file name to write", file=str(target))
    try:
        mode = os.stat(target).st_mode & 0o7777
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror}", file=str(target)) from None
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except FileNotFoundError:
        raise InputError("cannot write: the folder does not exist", file=str(target), hint="create it first") from None
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror}", file=str(target)) from None
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException as exc:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
            raise InputError(f"cannot write: {exc.strerror}", file=str(target)) from None
        raise
