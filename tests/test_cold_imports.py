"""What a cold ``compliance check`` with text output loads (issue 12 §2: the command imports only what the
command and the format need). Checked by module, never by time: a fresh process runs the check twice
(the first writes the rules file's snapshot, as any first run does), the second is inspected."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys

import pytest

#: a fresh interpreter: run ``compliance check`` (seed, text table) and list the modules it loaded
PROBE = """
import contextlib, io, json, sys
from compliance.cli import main
from compliance import frozen
with contextlib.redirect_stdout(io.StringIO()) as out:
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules), "lines": out.getvalue().count("\\n"),
                  "table_models": sorted(table.__name__ for table in frozen._MODELS)}))
"""

#: never needed by a text check of a rules file read before
NOT_LOADED = (
    "ruamel",  # the rules file comes from its snapshot, the lexicon from its own
    "compliance.plans.problems",  # nothing is validated, so no problem is located
    "compliance.plans.overrides",  # no --overrides: its models are never made
    "compliance.judge.expr",  # the seed has no custom rule
    "compliance.language.grammar",  # every target and cell read comes from the rules file's snapshot
    "compliance.language.several",
    "compliance.language.lexer",  # nor the lexer and its items: judge.words needs shape's REVERSED only to refuse
    "compliance.language.items",
    "compliance.language.shape",
    "pydantic.functional_serializers",  # the rules schema dumps a tolerance as text by its own annotation
    "difflib",  # suggestions for a wrong name only
    "gzip",  # a gzipped table is opened with it (plans.chunks), nothing else of a check
    "hashlib",  # snapshot keys and the report's SHA-256 come from CPython's own module (language.snapshot.sha256)
    "_hashlib",  # nor OpenSSL's
    "pickle",  # snapshots are read with the C unpickler (_pickle) alone; pickle.py is imported to write one
    "pydantic.plugin._loader",  # no validator is built (pydantic's first build scans for plugins)
    "compliance.judge.progress_series",  # one year, no plan period
    "compliance.documents",
    "compliance.cli_documents",  # check --document and extract only
    "compliance.language.clashes",  # a lexicon validated (the snapshot's tables never are)
    "compliance.scale",
    "compliance.report._html",
    "compliance.report._xlsx",
    "compliance.report._json",
    "compliance.report._markdown",
    "compliance.report._model_rare",  # no progress, derived value, override, matrix or claim: those models unmade
    "numpy",
    "pandas",
    "pyarrow",
    "openpyxl",
)


def probe(tmp_path, *args: str, snapshots: bool = True) -> dict:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("COMPLIANCE_SNAPSHOT", None)
    if not snapshots:
        env["COMPLIANCE_SNAPSHOT"] = "0"
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env,
                          cwd=tmp_path, check=True)
    return json.loads(done.stdout)


def loaded(result: dict, prefix: str) -> list[str]:
    return [name for name in result["modules"] if name == prefix or name.startswith(prefix + ".")]


@functools.cache
def _pydantics_own() -> frozenset[str]:
    """What pydantic's BaseModel loads by itself in this environment (pydantic 2.14 imports hashlib through
    secrets/hmac; 2.13 did not): never held against the package, which cannot avoid it."""
    done = subprocess.run([sys.executable, "-c", "import json, sys; from pydantic import BaseModel, Field; "
                           "print(json.dumps(sorted(sys.modules)))"], capture_output=True, text=True, check=True)
    return frozenset(json.loads(done.stdout))


def ours(name: str) -> bool:
    """Whether a module of NOT_LOADED is the package's doing to avoid (not loaded by pydantic alone)."""
    return name not in _pydantics_own()


def test_a_second_text_check_loads_only_what_it_needs(tmp_path):
    first = probe(tmp_path, "check")
    second = probe(tmp_path, "check")
    assert first["code"] == second["code"] == 0 and first["lines"] == second["lines"] > 31
    assert loaded(first, "ruamel")  # the first run parsed the YAML (and wrote the snapshot)
    for name in filter(ours, NOT_LOADED):
        assert not loaded(second, name), f"a text check loaded {loaded(second, name)}"
    # the lexicon's tables come unpickled as plain tables: no pydantic model is made for them (frozen.Table)
    assert second["table_models"] == []


def test_without_snapshots_the_same_check_reads_the_yaml(tmp_path):
    plain = probe(tmp_path, "check", snapshots=False)
    again = probe(tmp_path, "check", snapshots=False)
    assert loaded(again, "ruamel") and loaded(again, "compliance.plans.problems")
    assert plain["lines"] == again["lines"]
    assert list((tmp_path / "cache").glob("compliance/rules-*")) == []


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_another_format_loads_its_renderer(tmp_path, fmt):
    result = probe(tmp_path, "check", "--format", fmt)
    assert result["code"] == 0
    assert loaded(result, {"md": "compliance.report._markdown", "json": "compliance.report._json"}[fmt])


def test_a_fresh_schema_command_writes_the_defaults(tmp_path):
    """The rules file's defaults are made unvalidated at import (no validator built); the JSON schema still
    writes them, in a process that validated nothing before."""
    done = subprocess.run([sys.executable, "-m", "compliance.cli", "schema"], capture_output=True, text=True,
                          cwd=tmp_path, check=True)
    schema = json.loads(done.stdout)
    assert schema["properties"]["defaults"]["default"]["tolerance"] == "5%"
    assert schema["properties"]["defaults"]["default"]["progress"]["cutoffs"] == ["0.95", "0.6", "0"]


#: a fresh process: models the engine made unvalidated, of classes never built, serialized by pydantic-core
#: through type inference (an ``Any`` field, ``to_jsonable_python``): each class builds its serializer then
SERIALIZE = """
import json
from typing import Any
from pydantic import BaseModel
from pydantic_core import to_jsonable_python
import compliance
from compliance.models import Interval

class Holder(BaseModel):
    value: Any

verdict = compliance.evaluate("6以上", "4")
first = to_jsonable_python(verdict)
print(json.dumps({"status": first["status"], "target": first["target"]["kind"],
                  "held": json.loads(Holder(value=Interval.point(verdict.value)).model_dump_json())["value"],
                  "same": first == verdict.model_dump(mode="json")}))
"""


def test_models_never_built_serialize_through_pydantic_core(tmp_path):
    done = subprocess.run([sys.executable, "-c", SERIALIZE], capture_output=True, text=True, cwd=tmp_path, check=True)
    assert json.loads(done.stdout) == {
        "status": "missed", "target": "bound", "same": True,
        "held": {"lo": "4", "hi": "4", "lo_closed": True, "hi_closed": True},
    }


def test_a_rules_tolerance_dumps_as_its_text_in_json_only():
    """The schema's own annotation (no pydantic.functional_serializers) dumps what PlainSerializer(str) did."""
    from decimal import Decimal

    from compliance.models import Tolerance
    from compliance.plans.schema import Defaults

    defaults = Defaults.model_validate({"tolerance": 0.5, "sync_tolerance": "2%"})
    assert json.loads(defaults.model_dump_json())["tolerance"] == "0.5"
    assert json.loads(defaults.model_dump_json())["sync_tolerance"] == "2%"
    assert defaults.model_dump()["tolerance"] == {"value": Decimal("0.5"), "relative": False}
    assert isinstance(defaults.tolerance, Tolerance) and str(defaults.tolerance) == "0.5"
    assert Defaults.model_json_schema(mode="serialization")["properties"]["tolerance"]["default"] == "5%"


#: a fresh process: a hook registered before the command runs after the command's own exit hooks (last in, first
#: out) and sees whether the objects were frozen, so that the interpreter's last collection skips them
AT_EXIT = """
import atexit, contextlib, gc, io, sys
atexit.register(lambda: print("frozen at exit:", gc.get_freeze_count() > 0, file=sys.stderr))
from compliance.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(["schema"])
print("frozen before exit:", gc.get_freeze_count() > 0, code, file=sys.stderr)
"""


def test_the_command_leaves_its_objects_to_the_os_at_exit(tmp_path):
    done = subprocess.run([sys.executable, "-c", AT_EXIT], capture_output=True, text=True, cwd=tmp_path, check=True)
    assert done.stderr.splitlines() == ["frozen before exit: False 0", "frozen at exit: True"]


#: a fresh process: is the collector on while ``check`` judges (the 1M-row stream leaves cycles), after the
#: command, and in a library caller that imports the package?
COLLECTOR = """
import contextlib, gc, io, json, sys
import compliance
seen = {"library": gc.isenabled() and gc.get_freeze_count() == 0}
import compliance.plans.check as plans_check
judge = plans_check.check
def watched(*args, **kwargs):
    seen["judging"] = gc.isenabled()
    return judge(*args, **kwargs)
plans_check.check = watched
from compliance.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    seen["code"] = main(["check"])
seen["after"] = gc.isenabled()
seen["frozen"] = gc.get_freeze_count() > 0
gc.disable()
sys.modules.pop("compliance._cold")
import compliance._cold
seen["kept off"] = not gc.isenabled()
print(json.dumps(seen))
"""


def test_the_collector_is_off_only_while_the_check_imports(tmp_path):
    """``compliance._cold`` imports the check's modules with the collector off and turns it back on as it
    was: on while judging and after; a caller's collector that was off stays off. What they made is frozen
    (no young pass walks it), in the command's process only."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", COLLECTOR], capture_output=True, text=True, cwd=tmp_path, env=env,
                          check=True)
    assert json.loads(done.stdout) == {"library": True, "judging": True, "code": 0, "after": True, "frozen": True,
                                       "kept off": True}


def test_the_check_paths_records_keep_their_meaning():
    """The records made as named tuples (not dataclasses, whose methods are exec'd at import) stay immutable,
    equal field by field, hashable, ordered as before (a period by start, end, text) and made by keyword."""
    from compliance.judge.periods import Period
    from compliance.plans.datasets import Row
    from compliance.plans.matrix import Matrix

    row = Row("gdp", "2022", "4", None, "d.csv", 2)
    assert row == Row(indicator="gdp", period="2022", reported="4", source=None, file="d.csv", line=2, note=None)
    assert row != Row("gdp", "2022", "5", None, "d.csv", 2)
    assert len({row, Row("gdp", "2022", "4", None, "d.csv", 2)}) == 1
    with pytest.raises(AttributeError):
        row.reported = "5"  # type: ignore[misc]
    assert sorted([Period.parse("2022"), Period.parse("2021-2025"), Period.parse("2021")]) == [
        Period.parse("2021"), Period.parse("2021-2025"), Period.parse("2022")]
    assert str(Period.parse("2021-2025")) == "2021-2025" and Period.parse("2021-2025").years[-1] == 2025
    empty = Matrix((), ("2022",))
    assert empty.cell("gdp", "2022") is None and dict(empty.cells) == {}
    with pytest.raises(TypeError):
        empty.cells[("gdp", "2022")] = None  # type: ignore[index]  # the default is shared: read-only


#: a fresh process: the report's rarer models (report/_model_rare.py) are made before a report model builds
RARE = """
import json, sys
import compliance.report._model as m
made_at_import = "ClaimRow" in vars(m)
data = json.loads(open(sys.argv[1], encoding="utf-8").read())
report = m.Report.model_validate(data)
schema = m.VerdictRow.model_json_schema()
print(json.dumps({"made_at_import": made_at_import, "same": report.model_dump(mode="json") == data,
                  "progress": "ProgressInfo" in json.dumps(schema), "rows": len(report.verdicts),
                  "type": type(report.verdicts[0]).__name__, "claim": m.ClaimRow.__name__}))
"""


@pytest.mark.parametrize("name", ["haidian-2022.json", "haidian-all.json"])
def test_the_rarer_report_models_are_made_before_a_report_builds(name, tmp_path):
    from conftest import ROOT

    done = subprocess.run([sys.executable, "-c", RARE, str(ROOT / "examples" / name)], capture_output=True, text=True,
                          cwd=tmp_path, check=True)
    found = json.loads(done.stdout)
    assert found == {"made_at_import": False, "same": True, "progress": True, "rows": found["rows"],
                     "type": "VerdictRow", "claim": "ClaimRow"} and found["rows"] >= 31
