"""Writing files atomically: the one way the package writes a user's file.

Shared infrastructure of the file layer: a report (``compliance check -o``, a streamed report
written batch by batch), a reformatted rules file (``compliance rules fmt``) and the JSON Schema
(``compliance schema -o``) are written through :func:`atomic_write` or :func:`atomic_output`: to a
temporary file in the same folder, then moved over the target with :func:`os.replace`, so a failed
or interrupted run leaves the old file in place, never half of a new one. What is written is the
caller's business; where and how it lands is this module's.

What the target is decides how it is written:

* a regular file, or a new name: atomically, as above; the old file's permissions are kept;
* a symbolic link: the file it points to is replaced atomically, the link itself is kept;
* a character device or a FIFO (``/dev/null``, ``/dev/stdout``, a pipe from ``>(gzip > r.gz)``)
  and ``/dev/fd/N``: written to directly, never replaced;
* a directory, a block device, a socket: refused;
* one of the run's own inputs (:func:`protecting`: the rules file, the dataset ...): refused.

The temporary file is named ``.NAME.compliance-XXXXXXXX.tmp``. It is removed when the write fails,
on Ctrl-C, and on SIGTERM and SIGHUP (handled while a file is being written); a ``kill -9`` cannot
be handled, and may leave one behind: any file of that name is safe to delete.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError

#: the files a run reads (its rules, dataset, overrides, documents): never written over
_PROTECTED: set[tuple[int, int]] = set()
#: what names a temporary file of this module (after ``.NAME.``)
TEMP_MARK = "compliance-"


#: the arguments of a command that name its input files (``documents``: extract's; before, a link in its output folder
#: named like one of the three files and pointing at the document had extract write its rules.yaml over the document)
_INPUTS = ("rules", "data", "overrides", "document", "documents", "outcomes")


def run_protected(run: Callable[[Any], int], args: Any) -> int:
    """Run a command (``args.run(args)``) with its input files protected (:func:`protecting`)."""
    with protecting(vars(args)):
        return run(args)


@contextmanager
def protecting(arguments: dict[str, Any]) -> Iterator[None]:
    """While the block runs, writing over one of the command's input files is refused.

    ``arguments`` are the command's (``vars(args)``); with an ``output``, the files named by
    ``rules``, ``data``, ``overrides``, ``document``, ``documents`` and ``outcomes`` are protected.
    """
    added = set()
    if arguments.get("output") is not None:
        for name in _INPUTS:
            given = arguments.get(name)
            for path in given if isinstance(given, list) else [given]:
                if path is None:
                    continue
                try:
                    found = os.stat(path)
                except (OSError, TypeError, ValueError):
                    continue
                if stat.S_ISREG(found.st_mode) and (found.st_dev, found.st_ino) not in _PROTECTED:
                    added.add((found.st_dev, found.st_ino))
    _PROTECTED.update(added)
    try:
        yield
    finally:
        _PROTECTED.difference_update(added)


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
    if _is_descriptor(target):
        yield from _direct(target)
        return
    try:
        found = os.stat(target)  # through a symbolic link: what it points to
    except FileNotFoundError:
        found = None
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror}", file=str(target)) from None
    if found is not None:
        if (found.st_dev, found.st_ino) in _PROTECTED:
            raise InputError("is an input of this run; refused to write the report over it", file=str(target),
                             hint="give another file name with -o")
        if stat.S_ISDIR(found.st_mode):
            raise InputError("is a directory; give a file name to write", file=str(target))
        if stat.S_ISCHR(found.st_mode) or stat.S_ISFIFO(found.st_mode):
            yield from _direct(target)
            return
        if not stat.S_ISREG(found.st_mode):
            raise InputError("is not a regular file (a block device or a socket); refused", file=str(target),
                             hint="give a file name with -o")
        target = Path(os.path.realpath(target))  # a symbolic link stays; the file it points to is replaced
    elif os.path.islink(target):  # a dangling link: the file it names is created
        target = Path(os.path.realpath(target))
    mode = found.st_mode & 0o7777 if found is not None else None
    import tempfile

    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.{TEMP_MARK}", suffix=".tmp")
    except FileNotFoundError:
        raise InputError("cannot write: the folder does not exist", file=str(target), hint="create it first") from None
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror}", file=str(target)) from None
    try:
        with _terminations_raise(), os.fdopen(handle, "wb") as out:
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


def _is_descriptor(target: Path) -> bool:
    """``/dev/stdout``, ``/dev/fd/3``, ``/proc/self/fd/1``: a descriptor the caller opened, written as it is."""
    text = str(target)
    return text in ("/dev/stdout", "/dev/stderr", "-") or text.startswith(("/dev/fd/", "/proc/self/fd/"))


def _direct(target: Path) -> Iterator[BinaryIO]:
    """Write straight into a device, a FIFO or a descriptor: nothing to replace, nothing left behind."""
    if str(target) == "-":
        yield sys_stdout()
        return
    try:
        out = open(target, "wb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror}", file=str(target)) from None
    try:
        with out:
            yield out
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        raise InputError(f"cannot write: {exc.strerror}", file=str(target)) from None


def sys_stdout() -> BinaryIO:
    import sys

    return sys.stdout.buffer


class Terminated(SystemExit):
    """SIGTERM or SIGHUP while a file was being written: the temporary file is removed, then the exit."""


@contextmanager
def _terminations_raise() -> Iterator[None]:
    """While writing, SIGTERM and SIGHUP raise :class:`Terminated` so the temporary file is cleaned up."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: Any) -> None:
        raise Terminated(128 + signum)

    names = ("SIGTERM", "SIGHUP")
    signums = [getattr(signal, name) for name in names if hasattr(signal, name)]
    previous = {signum: signal.signal(signum, handler) for signum in signums}
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)
