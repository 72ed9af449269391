"""A library caller's garbage collector is the caller's: ``stream_check`` neither freezes nor unfreezes the
caller's objects (it froze the whole heap while it ran, so the caller's own cyclic garbage made before the run
was never collected during it); ``check --stream``, a process of its own, freezes its objects before judging."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import SEED_DATA, SEED_RULES

pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

#: a fresh process: is anything frozen while a library caller's stream runs, and does a cycle made before the
#: run get collected during it?
LIBRARY = """
import gc, json, sys, weakref
from compliance.plans.rules import load_rules
from compliance.scale.stream import stream_check
class Node: pass
node = Node(); node.me = node; gone = weakref.ref(node); del node  # the caller's garbage: a cycle
run = stream_check(load_rules(sys.argv[1]), sys.argv[2], ["2022"], chunksize=7)
seen = []
for _ in run:
    seen.append(gc.get_freeze_count())
    gc.collect()
    seen.append(gone() is None)
print(json.dumps({"frozen": [s for s in seen if not isinstance(s, bool) and s], "collected": seen[1]}))
"""

#: the command: objects frozen once the streamed run judges (this process's own modules, rules, lexicon)
COMMAND = """
import contextlib, gc, io, json, sys
import compliance.scale.stream as stream
seen = []
original = stream.StreamCheck.__iter__
def watched(self):
    seen.append(gc.get_freeze_count() > 0)
    return original(self)
stream.StreamCheck.__iter__ = watched
from compliance.cli import main
with contextlib.redirect_stderr(io.StringIO()):
    code = main(["check", "--stream", "-o", "rows.csv", sys.argv[1], sys.argv[2]])
print(json.dumps({"code": code, "frozen": seen}))
"""


def run(script: str, tmp_path) -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", script, str(SEED_RULES), str(SEED_DATA)], capture_output=True,
                          text=True, cwd=tmp_path, env=env, check=True)
    return json.loads(done.stdout)


def test_a_library_stream_leaves_the_callers_collector_alone(tmp_path):
    assert run(LIBRARY, tmp_path) == {"frozen": [], "collected": True}


def test_the_streamed_command_freezes_its_own_objects(tmp_path):
    assert run(COMMAND, tmp_path) == {"code": 0, "frozen": [True]}
