"""Documents to verdicts: read plan documents (and outcome documents) into a rules file and a dataset.

Stage 6, after :mod:`compliance.plans`: it reads documents (:mod:`.readers`, :mod:`.office`) into one
model (:mod:`.model`), finds indicator tables (:mod:`.tables`), target paragraphs and outcome sentences
(:mod:`.clauses`) and the document's claims about itself (:mod:`.claims`), names indicators
(:mod:`.naming`, words in ``data/*.yaml`` loaded by :mod:`.words`), and writes or judges the result
(:mod:`.output`). Needs the ``documents`` extra for DOCX, PDF, XLSX and indicator ids
(``pip install 'compliance[documents]'``).

Usage (docs/documents.md walks through the seed)::

    from compliance.documents import extract, load, judge, claims
    plan = load(extract("plan.txt", outcomes="bulletin.txt"))
    claims(plan, judge(plan, ["2022"]))
"""

from __future__ import annotations

from .claims import ClaimResult
from .extract import Extraction, extract
from .output import DocumentPlan, claims, default_period, judge, load, report, write

__all__ = ["ClaimResult", "DocumentPlan", "Extraction", "claims", "default_period", "extract", "judge", "load",
           "report", "write"]
