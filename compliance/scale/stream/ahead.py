"""Reading one chunk ahead: the next chunk of a panel is read by a second thread while this one is judged.

pyarrow's CSV parser and its conversion to pandas release the GIL, so on a machine of two cores or more
reading overlaps judging (the verdict rows are written by a third thread: ``report/_streamed.py``).
At most one chunk waits (memory stays one chunk larger); an error of the reader is raised where the
chunk it stopped at would have been yielded; stopping early (an error while judging, a Ctrl-C) tells
the thread to stop and closes its iterator, which closes the file.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import Any, TypeVar

__all__ = ["ahead"]

T = TypeVar("T")
_DONE = object()  #: the reader's iterator is exhausted


def ahead(source: Iterator[T]) -> Iterator[T]:
    """The items of ``source``, the next one made by a second thread while the caller works on this one."""
    box: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def offer(item: tuple[bool, Any]) -> bool:
        while not stop.is_set():
            try:
                box.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for item in source:
                if not offer((True, item)):
                    return
            offer((True, _DONE))
        except BaseException as error:  # handed to the caller, raised there
            offer((False, error))
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()

    thread = threading.Thread(target=read, name="compliance-read", daemon=True)
    thread.start()
    try:
        while True:
            ok, item = box.get()
            if not ok:
                raise item
            if item is _DONE:
                return
            yield item
    finally:
        stop.set()
        thread.join()
