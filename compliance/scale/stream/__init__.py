"""Judge a large dataset chunk by chunk, in bounded memory: ``compliance check`` on a whole panel.

``stream_check(rules, "panel.csv", ["2022"], by=["county"])`` reads a long table from CSV/TSV
(``.gz`` too) or Parquet (the formats :mod:`compliance.plans.formats` reads chunk by chunk),
``chunksize`` rows at a time. Its columns are ``indicator``, ``period``,
``reported``, optionally ``source`` and ``note`` (and ``name``/``unit``, labels that are not read), and
the **region columns** named by ``by`` (``county``; ``province, county``): the reporting unit of
each row. Every (region, indicator, period) cell that has a target is judged exactly as
:func:`compliance.plans.check.check` judges that region's rows on their own: a cell without a row is
pending, previous-year values feed ``逐步增加``, a period after ``as_of`` is ``period_open``.

Iterating the returned :class:`StreamCheck` yields the verdicts batch by batch (pandas DataFrames, or
pyarrow Tables with ``arrow=True``; one row per verdict, columns :attr:`StreamCheck.columns`, in file order of the regions and then
``check``'s order); afterwards :attr:`StreamCheck.summary` holds the counts (by status, reason,
severity, attribute, indicator, period, region) and a bounded sample of missed and pending
verdicts with their explanations.

How memory stays bounded
    The rows of one region must be **contiguous** (the file grouped, e.g. sorted, by the region
    columns). A chunk is cut after its last complete region; the rows of that last region are
    carried into the next chunk. So previous-year values, duplicates and cells without a row are
    all found within the rows held, and memory is one chunk plus one region, plus the set of region
    keys already seen (to refuse a region whose rows resume later, which would otherwise be judged
    twice with its previous values missing). Without ``by`` the whole file is one region, which can
    hold at most one row per indicator and period. No first pass builds an index of values.
Where the time goes
    Targets of single years are judged with :func:`compliance.scale.bulk.evaluate_table` (vectorised),
    with the rules file's references for each indicator and period. Open plan-period targets
    (``2021-2025``, progress ratings of levels, growth rates, running totals and compounded changes)
    are rated on arrays for every region of a batch (:mod:`compliance.scale.stream.periods`), with
    the cells float64 cannot decide sent to ``check``. Custom ``expr`` rules, targets that read
    another indicator's same-period value (``与经济增长基本同步``) and the shapes ``periods`` lists as
    fallbacks are judged by ``check`` itself, cell by cell: exact, and slower per verdict. A row's
    explanation of a plan-period cell is still check's own judgement of that cell.
Errors stop the run
    An unknown indicator, a bad period, an empty region cell, a second row for a (region,
    indicator, period), a region whose rows resume after other regions, a malformed line: each
    raises :class:`~compliance.errors.InputError` naming ``file:line`` (for Parquet, the 1-based
    row). The checks and their messages are those of ``load_dataset`` (one
    :class:`~compliance.plans.datasets.Validator`). Nothing is skipped or counted away; the command
    writes no report (exit 2).

The package, by step
    :mod:`.read` reads chunks of validated rows and cuts them after complete regions, :mod:`.plan`
    plans the rules once, :mod:`.judge` judges a batch of regions, :mod:`.tally` counts and
    samples, :mod:`.rows` writes the verdict rows, :mod:`.summary` holds what the run found;
    :class:`StreamCheck` runs them in turn. A batch is a pyarrow Table from the reader to the rows (text
    columns arrow strings, null for a missing cell; ``_line``, ``_ind``, ``_per``, ``_region`` int64), judged
    with arrow and numpy: a run to CSV or JSON (``arrow=True``/``"parts"``) loads no pandas. pandas is imported
    only to yield DataFrames (``arrow=False``, made from each batch's Table at the end) or to read a CSV
    pyarrow's reader refuses (its frames made Tables at once).

This package needs pyarrow, and pandas for a DataFrame result or a CSV pyarrow refuses: ``pip install
'compliance[stream]'``. ``import compliance`` does not load it.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from pathlib import Path
from typing import Any

from ...errors import InputError
from ...judge.periods import Period
from ...language.overlay import overlay
from ...plans.check import ALL, periods_with_targets
from ...plans.datasets import LABELS, OPTIONAL, REQUIRED
from ...plans.formats import format_of
from ...plans.rules import RulesFile
from .evidence import Evidence
from .judge import BatchJudge
from .plan import RulePlan
from .read import PanelReader
from .rows import COLUMNS, verdict_parts, verdict_rows, verdict_table
from .summary import IndicatorTally, RegionTally, SampleRow, StreamSummary, Tally
from .tally import Tallies

__all__ = [
    "COLUMNS", "DEFAULT_CHUNKSIZE", "IndicatorTally", "RegionTally", "SampleRow", "StreamCheck", "StreamSummary",
    "Tally", "is_table_file", "stream_check",
]

DEFAULT_CHUNKSIZE = 100_000
DEFAULT_SAMPLE = 3  #: missed (and pending) verdicts kept per indicator and period, with their explanations


def is_table_file(path: str) -> bool:
    """Whether the streaming path reads ``path`` (by its name: a format with a chunk reader)."""
    fmt = format_of(path)
    return fmt is not None and fmt.chunks is not None


def stream_check(
    rules: RulesFile,
    path: str | Path,
    periods: Sequence[str] | str | None = None,
    *,
    as_of: int | None = None,
    by: Sequence[str] = (),
    chunksize: int = DEFAULT_CHUNKSIZE,
    sample: int = DEFAULT_SAMPLE,
    rows: bool = True,
    lang: str | None = "zh",
    encoding: str | None = None,
    arrow: bool | str = False,
) -> StreamCheck:
    """Prepare a streamed judgement of the dataset at ``path``; iterate the result to run it.

    ``periods``: a list, ``"all"`` (every period with a target), or ``None`` for the latest year
    that has both a target and a value (found by reading the file's ``period`` column once before judging).
    ``as_of`` defaults to the latest year the file reports on, found while the file is read: judged as of the latest
    year of the first rows where every planned cell is a single year ending by then (any later year gives those
    cells the same verdicts), else found by reading the ``period`` column first; :attr:`StreamCheck.as_of` asked
    before the run reads that column too. ``rows=False``
    skips building the verdict rows (when only the summary is wanted). ``lang`` is the language of
    each row's ``explanation`` (``zh``, ``en``; None: rows without that column, made faster). ``encoding``
    forces a CSV's text encoding (default: detected). ``arrow=True`` yields each batch as a pyarrow Table
    (the same columns and texts; per-rule and status columns as dictionaries) instead of a DataFrame: the
    command line writes those, with no pandas in between; ``arrow="parts"``, the command line's own, yields each
    batch factorised (:class:`~.rows.VerdictParts`: each distinct verdict's columns once; ``.table()`` is the
    Table ``arrow=True`` yields), which its CSV writer writes without spreading. The header is checked here:
    :class:`InputError` for a missing or unknown column.
    """
    return StreamCheck(rules, str(path), periods, as_of=as_of, by=tuple(by), chunksize=chunksize,
                       sample=sample, rows=rows, lang=lang, encoding=encoding, arrow=arrow)


class StreamCheck:
    """A prepared streamed judgement: iterate it once for the verdict batches, then read :attr:`summary`."""

    def __init__(
        self, rules: RulesFile, path: str, periods: Sequence[str] | str | None, *, as_of: int | None,
        by: tuple[str, ...], chunksize: int, sample: int, rows: bool, lang: str | None = "zh",
        encoding: str | None = None, arrow: bool | str = False,
    ) -> None:
        if chunksize < 1:
            raise ValueError("chunksize must be at least 1")
        clash = [name for name in by if name in COLUMNS + REQUIRED + OPTIONAL + LABELS or name.startswith("_")]
        if clash:
            raise InputError(f"`{clash[0]}` cannot be a region column", file=path,
                             hint="region columns are the other columns of the table (county, province ...)")
        self.rules, self.path, self.by = rules, path, by
        self.want_rows = rows
        self._sample = sample
        #: a batch's rows: factorised, a pyarrow Table or a DataFrame
        self._rows = verdict_parts if arrow == "parts" else verdict_table if arrow else verdict_rows
        self._reader = PanelReader(path, by, [indicator.id for indicator in rules.indicators], chunksize,
                                   encoding=encoding)
        wanted = periods_with_targets(rules) if periods is None or periods == ALL else [periods] \
            if isinstance(periods, str) else list(periods)
        if periods is None:  # the latest year with both a target and a value: the whole period column first
            found = self._reader.scan_periods()
            if as_of is None:
                as_of = max((Period.parse(p).end for p in found), default=0)
            years = sorted(p for p in found if Period.parse(p).is_year and p in set(wanted))
            if not years:
                raise InputError("no period has both a target and a reported value", file=path,
                                 hint="pass --period P (or --period all)")
            wanted = [years[-1]]
        self.periods: tuple[str, ...] = tuple(wanted)
        #: the year the data are complete to; None until found (as_of, _settle)
        self._as_of: int | None = as_of
        self._guess: int | None = None  #: the as_of judged with when guessed from the first rows (_settle)
        self._lang = lang
        #: the columns of each verdict batch (without a language, no ``explanation``)
        self.columns: tuple[str, ...] = by + tuple(c for c in COLUMNS if lang is not None or c != "explanation")
        self._plan: RulePlan | None = None
        if as_of is not None:
            self._prepare(as_of)
        self._summary: StreamSummary | None = None
        self._started = False

    @property
    def as_of(self) -> int:
        """The year the data are complete to: given, or the latest year the file reports on. Found while the file is
        read (:meth:`_settle`); asked before the run ends, it is found by reading the ``period`` column first."""
        if self._as_of is None:
            self._as_of = self._scan_as_of()
        return self._as_of

    def _scan_as_of(self) -> int:
        return max((Period.parse(p).end for p in self._reader.scan_periods()), default=0)

    def _prepare(self, as_of: int) -> None:
        """Plan the rules and make the steps, judging as of ``as_of``."""
        with overlay(self.rules.overlay):  # the plan's own words (plan.lexicon) read its targets, as check does
            self._plan = RulePlan(self.rules, self.periods, as_of)
        self._judge = BatchJudge(self.rules, self._plan, self._reader, as_of)
        self._judge.keep_judgements = self.want_rows  # each row's explanation, from check's own judgement
        # margins and explanations, as check's
        self._evidence = Evidence(self.rules, self._plan, self._reader, as_of, self._lang)
        self._tallies = Tallies(self._plan, self._reader, self._sample, self._evidence)

    def _settle(self) -> None:
        """Plan the run once its first rows are read, without a pass of its own over the ``period`` column: as of
        the latest year those rows name, when every planned cell is a single year ending by then (its verdict is
        then the same as of any later year: a row of a later year feeds no such cell, and no cell is open or after
        the data), else as of the year a reading of the whole column finds. :attr:`as_of` is the file's own either
        way."""
        if self._as_of is not None:
            self._prepare(self._as_of)
            return
        guess = max(self._reader.periods.end, default=0)
        self._prepare(guess)
        assert self._plan is not None
        if all(rule.cell.end <= guess and Period.parse(rule.period).is_year for rule in self._plan.rules) \
                and not self._plan.vector:
            self._guess = guess
            return
        self._as_of = self._scan_as_of()  # a cell open or after the data as of the guess: as check, from the column
        if self._as_of != guess:
            self._prepare(self._as_of)

    @property
    def rows_read(self) -> int:
        """Data rows read so far (progress)."""
        return self._reader.rows_read

    @property
    def verdicts(self) -> int:
        """Verdicts made so far."""
        return self._tallies.verdicts if self._plan is not None else 0

    @property
    def fraction(self) -> float | None:
        """How much of the file has been read, 0 to 1 (None when unknown: a gzipped file)."""
        return self._reader.fraction

    @property
    def summary(self) -> StreamSummary:
        """The counts and the sample; available once the iteration has finished."""
        if self._summary is None:
            raise RuntimeError("iterate the StreamCheck to the end before reading its summary")
        return self._summary

    def run(self) -> StreamSummary:
        """Judge the whole file, discarding the verdict rows; return the summary."""
        for _ in self:
            pass
        return self.summary

    def __iter__(self) -> Generator[Any, None, None]:
        """Yield a DataFrame of verdict rows per batch of complete regions (``None`` when ``rows=False``; a
        pyarrow Table with ``arrow=True``)."""
        if self._started:
            raise RuntimeError("a StreamCheck runs once; call stream_check again")
        self._started = True
        for frame in self._reader.batches():  # the caller's collector is theirs (the command line freezes its own)
            if self._plan is None:
                self._settle()
            plan, tallies = self._plan, self._tallies
            assert plan is not None
            with overlay(self.rules.overlay):
                batch = self._judge.judge(frame, tallies.room)
            tallies.add(batch)
            if tallies.sample > 0:
                tallies.keep_sample(batch)
            yield self._rows(batch, plan, self.by, self.path, self._evidence, self.columns) \
                if self.want_rows else None
        if not self.rows_read:  # an empty export must not pass a --fail-on gate as "0 verdicts, none missed"
            raise InputError(
                "the file has no data rows, so a streamed check has no region to judge", file=self.path,
                hint="check the export that wrote it; without --stream every target is judged pending for want of data",
            )
        if self._plan is None:  # pragma: no cover  (a file with data rows yields a batch)
            self._settle()
        as_of = self._as_of if self._as_of is not None else max([self._guess or 0, *self._reader.periods.end])
        self._as_of = as_of
        self._summary = self._tallies.summary(self.rules, periods=self.periods, as_of=as_of, by=self.by,
                                              rows_read=self.rows_read)
