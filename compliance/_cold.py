"""The ``check`` command's modules, imported with the garbage collector off (issue 12 row 3, cold start).

Importing them makes some 100 classes (pydantic models, dataclasses, enums) and their schemas: hundreds of
thousands of young objects, none of them garbage, so each of the collector's young passes during these imports
walks objects only to keep them (~16M instructions of a cold seed check's ~1,030M). The command line imports
this module where ``check`` begins (``cli._check``); the collector is off only while the modules below load
and is back on, as it was, before anything is read or judged: a check's run (a 1M-row stream leaves cycles in
its batches) is collected as before. What the imports made is frozen first (``gc.freeze``: it lives as long as
the process), so the first young pass after them does not walk it all at once (~12M instructions more saved).
Never imported by ``import compliance``: a library caller's collector is never touched.

The whole report's builder (``report._build``, its claims, labels and report models) is imported the same way
by :func:`whole_report`, which a check that builds one calls: a streamed run writes its rows without it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def _collector_off() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # what they made lives as long as the process: no collection walks it again (nor the first, now)
        if enabled:
            gc.enable()


with _collector_off():
    from . import report as reports
    from .plans.check import check, default_period, periods_with_targets
    from .plans.datasets import load_dataset
    from .plans.rules import keep_reported, load_rules


def whole_report() -> None:
    """Import the whole report's modules with the collector off: every check that is not streamed builds, renders
    and gates one (``reports.build_report`` then finds its module loaded)."""
    with _collector_off():
        from .report import _build, formats, gate  # noqa: F401 - loaded now, with the collector off


__all__ = ["check", "default_period", "keep_reported", "load_dataset", "load_rules", "periods_with_targets",
           "reports", "whole_report"]
