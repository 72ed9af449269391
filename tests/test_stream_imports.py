"""What a streamed ``compliance check`` to CSV loads before its first batch (issue 12's by-region row: the start of
a run). Checked by module, never by time: a fresh process runs the command and lists the modules it loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import SEED_DATA, SEED_RULES

PROBE = """
import json, sys
from compliance.cli import main
code = main(sys.argv[1:])
loader = sys.modules.get("pydantic.plugin._loader")
print(json.dumps({"code": code, "modules": sorted(sys.modules),
                  "plugins looked for": loader is not None and loader._plugins is not None}))
"""

#: a streamed run writes its rows without the whole report (its builder, models, labels) or the summary pages
NOT_LOADED = (
    "compliance.report._build",
    "compliance.report._claims",
    "compliance.report._provenance",
    "compliance.report._model",
    "compliance.report._labels",
    "compliance.report._names",
    "compliance.report._markdown",
    "compliance.report.large",  # the summary pages and the JSON header: not a CSV's
)


def probe(tmp_path, *args: str, env: dict[str, str] | None = None) -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), **(env or {})}
    done = subprocess.run([sys.executable, "-c", PROBE, "check", str(SEED_RULES), str(SEED_DATA), "--stream", *args],
                          capture_output=True, text=True, env=env, cwd=tmp_path, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_a_streamed_csv_loads_no_whole_report(tmp_path):
    result = probe(tmp_path, "-o", str(tmp_path / "v.csv"))
    assert result["code"] in (0, 1) and (tmp_path / "v.csv").stat().st_size > 0
    assert [name for name in NOT_LOADED if name in result["modules"]] == []
    assert "compliance.report._streamed" in result["modules"]


def test_a_streamed_summary_or_json_loads_what_it_shows(tmp_path):
    page = probe(tmp_path, "--format", "md", "-o", str(tmp_path / "s.md"))
    assert "compliance.report.large" in page["modules"] and "compliance.report._names" in page["modules"]
    assert "compliance.report._build" not in page["modules"]
    whole = probe(tmp_path, "--format", "json", "-o", str(tmp_path / "v.json"))
    assert "compliance.report.large" in whole["modules"]  # the header (stream_meta), the dataset's SHA-256
    assert json.loads((tmp_path / "v.json").read_text(encoding="utf-8"))["meta"]["format"] == "compliance-stream-report"


def test_a_streamed_run_looks_for_no_pydantic_plugin_unless_asked(tmp_path, monkeypatch):
    """Its validators are the package's own models (the rules file's when it is read, the engine's): pydantic's scan of every installed distribution's entry points
    (its first validator's) is skipped, as ``PYDANTIC_DISABLE_PLUGINS`` documents; a value the user set stands."""
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    assert probe(tmp_path, "-o", str(tmp_path / "v.csv"))["plugins looked for"] is False
    assert probe(tmp_path, "-o", str(tmp_path / "w.csv"), env={"PYDANTIC_DISABLE_PLUGINS": ""})["plugins looked for"]


def test_an_in_process_caller_keeps_its_plugins_after_the_command(tmp_path, monkeypatch):
    from compliance.cli import main

    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    assert main(["check", str(SEED_RULES), str(SEED_DATA), "--stream", "-o", str(tmp_path / "v.csv")]) in (0, 1)
    assert "PYDANTIC_DISABLE_PLUGINS" not in os.environ
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "logfire")
    assert main(["check", str(SEED_RULES), str(SEED_DATA), "--stream", "-o", str(tmp_path / "w.csv")]) in (0, 1)
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == "logfire"
