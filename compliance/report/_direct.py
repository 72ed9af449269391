"""A large report's bytes written past the page cache (Linux ``O_DIRECT``) where the file allows it.

A streamed CSV report of a million rows is ~200 MB. Written through the page cache, every byte is copied into
pages the kernel takes fresh (on a virtual machine that hands freed memory back to its host, a fault to the host
each) and written back by the fsync that ends the report (:func:`compliance.files.atomic.atomic_output`): on the
benchmark's machine 0.13-0.48 s of CPU for 209 MiB (median 0.32), against 0.03-0.12 s (median 0.04) written
direct from one reused buffer, and less wall time too (docs/performance.md, "stop 24").

:class:`DirectSink` takes the bytes in order: those before the file's first aligned offset go through the
caller's file as before; then each full buffer (aligned, :data:`BLOCK`) is written with ``pwrite`` through a
second descriptor of the same file opened with ``O_DIRECT``; what is left at the end goes through the caller's
file again, after the last direct write. The bytes in the file are the same either way. Where the system or the
file refuses (no ``O_DIRECT``, no ``/proc/self/fd``, a file system without direct writes, ``EINVAL``, a short
write), the rest goes through the caller's file. Only a file of this run's own is written so: not a standard
stream (its description may be shared, ``2>&1``), nor a file open for appending.
"""

from __future__ import annotations

import os
import sys
from typing import Any, BinaryIO

__all__ = ["ALIGN", "BLOCK", "DirectSink"]

ALIGN = 4096  #: offsets and lengths of direct writes are multiples of this (a page: any disk's block fits in it)
BLOCK = 4 << 20  #: bytes of one direct write (the buffer is reused: its pages are touched once a run)


class DirectSink:
    """Bytes written in order to ``out`` (an open regular file), the aligned middle of them with ``O_DIRECT``.

    :meth:`write` takes the bytes; :meth:`close` writes what is left through ``out`` (call it once every byte is
    given, before ``out`` is flushed and closed); :meth:`plain` writes what is held and goes on through ``out``
    (for bytes another writer puts into ``out`` itself). ``direct`` says whether direct writes are on."""

    def __init__(self, out: BinaryIO, block: int = BLOCK) -> None:
        self.out, self.block = out, block
        self.fd = -1  #: the O_DIRECT descriptor; -1: every byte through ``out``
        self.buffer: Any = None
        self.used = 0  #: bytes held in the buffer
        self.head = 0  #: bytes still to go through ``out`` before the first aligned offset
        self.offset = 0  #: the file offset of the buffer's first byte
        self._open()

    @property
    def direct(self) -> bool:
        return self.fd >= 0

    def _open(self) -> None:
        if not sys.platform.startswith("linux") or not hasattr(os, "O_DIRECT"):
            return
        import fcntl
        import mmap

        try:
            fd = self.out.fileno()
            if fd <= 2 or fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND:
                return
            self.out.flush()
            position = os.lseek(fd, 0, os.SEEK_CUR)
            # a description of its own: the caller's keeps its flags and offset
            direct = os.open(f"/proc/self/fd/{fd}", os.O_WRONLY | os.O_DIRECT | os.O_CLOEXEC)
        except (OSError, ValueError, AttributeError):  # no descriptor, no /proc, no direct writes here
            return
        try:
            self.buffer = mmap.mmap(-1, self.block)  # page-aligned, as O_DIRECT wants its memory
        except OSError:
            os.close(direct)
            return
        self.fd = direct
        self.head = -position % ALIGN
        self.offset = position + self.head

    def write(self, data: Any) -> None:
        """Write ``data`` (bytes or a buffer) after the bytes given before."""
        if self.fd < 0:
            self.out.write(data)
            return
        view = memoryview(data).cast("B")
        if self.head:
            take = min(self.head, len(view))
            self.out.write(view[:take])
            self.head -= take
            view = view[take:]
            if not self.head:
                self.out.flush()  # the bytes before the first aligned offset are the file's now
        while len(view) and self.fd >= 0:
            take = min(self.block - self.used, len(view))
            self.buffer[self.used : self.used + take] = view[:take]
            self.used += take
            view = view[take:]
            if self.used == self.block:
                self._write_block()
        if len(view):  # direct writes given up while writing: the rest as before
            self.out.write(view)

    def _write_block(self) -> None:
        held = memoryview(self.buffer)[: self.used]
        try:
            written = os.pwrite(self.fd, held, self.offset)
        except OSError:
            written = 0
        if written != len(held):  # refused, or short: the rest of the buffer through out, from where it stopped
            self.offset += written
            self.used = 0
            self._stop(held[written:])
            return
        self.offset += written
        self.used = 0

    def _stop(self, rest: Any) -> None:
        """Direct writes off: ``rest`` (the bytes after ``offset``) through ``out``, and every byte after it."""
        fd, self.fd = self.fd, -1
        os.close(fd)
        if self.head == 0:  # nothing was held back from out before its own bytes: out goes on where direct stopped
            self.out.seek(self.offset)
        self.out.write(rest)

    def plain(self) -> None:
        """Write what is held and go on through ``out``."""
        if self.fd >= 0:
            self._stop(memoryview(self.buffer)[: self.used])
            self.used = 0

    def close(self) -> None:
        """Write what is held (through ``out``, after the last direct write) and close the direct descriptor."""
        self.plain()
        if self.buffer is not None:
            buffer, self.buffer = self.buffer, None
            try:
                buffer.close()
            except BufferError:  # a view of it still alive (an error on the way): the collector closes it
                pass

    def abandon(self) -> None:
        """Close the direct descriptor without writing what is held (the run failed: the file is thrown away)."""
        if self.fd >= 0:
            fd, self.fd = self.fd, -1
            os.close(fd)
