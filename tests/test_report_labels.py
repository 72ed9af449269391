"""report/labels.yaml: both languages have the same keys, and every code a report shows has words."""

from __future__ import annotations

import copy

import pytest

from compliance.errors import LexiconError
from compliance.models import ProgressRating, Reason, Status
from compliance.report._labels import PROGRESS_METHODS, RULE_KINDS, _all, check_labels, labels


def test_every_code_has_a_label_in_each_language():
    for lang in ("zh", "en"):
        L = labels(lang)
        assert set(L["status"]) >= {s.value for s in Status}
        assert set(L["reason"]) >= {r.value for r in Reason}
        assert set(L["progress"]["rating"]) == {r.value for r in ProgressRating}
        assert set(L["progress"]["method"]) == set(PROGRESS_METHODS) == {"cagr", "linear", "sum", "compound", "average"}
        assert set(L["rules"]) == set(RULE_KINDS) == {"target", "expr"}
        assert all(isinstance(text, str) and text for text in L["progress"]["rating"].values())


@pytest.mark.parametrize("path", [
    ("progress", "rating", ProgressRating.REGRESSING.value),
    ("progress", "method", "compound"),
    ("rules", "expr"),
    ("reason", Reason.PERIOD_OPEN.value),
])
def test_a_missing_label_is_refused(path):
    data = copy.deepcopy(_all())
    for lang in ("zh", "en"):  # from both languages, so that only the completeness check can catch it
        tree = data[lang]
        for key in path[:-1]:
            tree = tree[key]
        del tree[path[-1]]
    with pytest.raises(LexiconError, match="no label for " + ".".join(path)):
        check_labels(data)


def test_languages_must_have_the_same_keys():
    data = copy.deepcopy(_all())
    del data["en"]["progress"]["rating"]["on_track"]
    with pytest.raises(LexiconError, match="en and zh differ at progress.rating.on_track"):
        check_labels(data)


def test_unknown_language():
    with pytest.raises(ValueError, match="'fr'"):
        labels("fr")
