"""The lexicon's code is three modules (``language/lexicon.py`` loads, ``schema.py`` holds the tables, ``clashes.py``
refuses a word of two meanings): a snapshot's key must cover every module whose classes its pickle names, else
an edited table class would be read from a stale snapshot."""

from __future__ import annotations

import io
import pickle
from pathlib import Path

import compliance
from compliance.language import lexicon as lex


def _modules_pickled(tables: object) -> set[str]:
    """The modules of every class and function a pickle of ``tables`` names."""
    found: set[str] = set()

    class Recording(pickle.Pickler):
        def persistent_id(self, obj: object) -> None:
            found.add(obj.__module__ if isinstance(obj, type) else type(obj).__module__)
            return None

    Recording(io.BytesIO(), protocol=pickle.HIGHEST_PROTOCOL).dump(tables)
    return found


def test_the_snapshot_key_covers_every_module_of_the_pickled_tables():
    ours = {name for name in _modules_pickled(lex.build_shipped()) if name.split(".")[0] == "compliance"}
    keyed = {f"compliance.language.{Path(name).stem}" for name in lex.CODE_FILES} | {"compliance.frozen"}
    assert ours, "the snapshot names no class of the package"
    assert {"compliance.language.schema", "compliance.language.lexicon"} <= ours
    assert ours <= keyed, ours - keyed
    for name in lex.CODE_FILES:
        assert (Path(lex.__file__).parent / name).is_file()
    assert Path(compliance.__file__).parent.joinpath("frozen.py").is_file()


def test_importers_keep_the_names_they_took_from_lexicon():
    from compliance.language import clashes, schema

    for name in ("Lexicon", "Numerals", "OutcomeWords", "RenderForms", "Units", "Messages"):
        assert getattr(lex, name) is getattr(schema, name)
    assert lex.clashes is clashes.clashes and lex.Claim is clashes.Claim
    problems = lex.clashes([lex.Claim("不低于", "a", "op_before", "ge"), lex.Claim("不低于", "b", "op_after", "le")])
    assert problems == ["'不低于' is claimed by a and by b (one meaning, two values)"]
    assert lex.clashes([lex.Claim("完成", "a", "action"), lex.Claim("完成", "b", "attested")]) == []
