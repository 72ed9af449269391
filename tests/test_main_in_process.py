"""main([...]) called in a caller's own process (a test, a program embedding the command) never ends that process:
a report into a closed pipe returns 141 there; the command itself (``compliance``, ``python -m compliance.cli``,
main() reading sys.argv) still ends at once with 141 (tests/test_broken_pipe.py)."""

from __future__ import annotations

import subprocess
import sys

CALLER = """
import sys
from compliance.cli import main

class Closed:
    def write(self, text):
        raise BrokenPipeError(32, "Broken pipe")
    def flush(self):
        pass
    def isatty(self):
        return False
    encoding = "utf-8"

sys.stdout = Closed()
code = main(["explain", "6以上", "4"])
sys.stdout = sys.__stdout__
print("caller goes on", code)
"""


def test_a_closed_pipe_in_a_callers_process_returns_141_and_the_caller_goes_on(tmp_path):
    done = subprocess.run([sys.executable, "-c", CALLER], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert (done.returncode, done.stdout.strip()) == (0, "caller goes on 141"), done.stderr
