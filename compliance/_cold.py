"""The ``check`` command's modules, imported with the garbage collector off (issue 12 row 3, cold start).

Importing them makes some 100 classes (pydantic models, dataclasses, enums) and their schemas: hundreds of
thousands of young objects, none of them garbage, so each of the collector's young passes during these imports
walks objects only to keep them (~16M instructions of a cold seed check's ~1,030M). The command line imports
this module where ``check`` begins (``cli._check``); the collector is off only while the modules below load
and is back on, as it was, before anything is read or judged: a check's run (a 1M-row stream leaves cycles in
its batches) is collected as before. What the imports made is frozen first (``gc.freeze``: it lives as long as
the process), so the first young pass after them does not walk it all at once (~12M instructions more saved).
Never imported by ``import compliance``: a library caller's collector is never touched.
"""

from __future__ import annotations

import gc

_enabled = gc.isenabled()
gc.disable()
try:
    from . import report as reports
    from .plans.check import check, default_period, periods_with_targets
    from .plans.datasets import load_dataset
    from .plans.rules import keep_reported, load_rules
    from .report import _build, formats, gate  # every check renders (and gates) a report; a whole one is built
finally:
    gc.freeze()  # what they made lives as long as the process: no collection walks it again (nor the first, now)
    if _enabled:
        gc.enable()

__all__ = ["check", "default_period", "keep_reported", "load_dataset", "load_rules", "periods_with_targets",
           "reports"]
del _build, formats, gate
