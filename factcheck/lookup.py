"""Lookups into the level table, worked out once per table and kept on it.

A claim looks its quantity up dozens of times (its period, nearby periods, other
breakdowns, the whole of a share or a rank), and every document checked against one snapshot
asks many of the same questions. A filter over the whole table costs every row of every
column it reads each time; here the rows of each question are found once and kept, on the
table object itself, so they live and die with the snapshot they come from (a new snapshot
is a new table with nothing kept yet).

Every answer is exactly what the plain filter returns: the same rows in table order, with
the same index. Callers must not modify a returned frame in place.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

import pandas as pd

from factcheck.derive import FIGURE_COLUMNS, Figure, figures_at

# A long-running server checks many uploads: past this many kept answers, start afresh
# (43 documents checked one after another keep about 670 answers, 10 MB).
MAX_KEPT = 4_000

T = TypeVar("T")


class Lookup:
    def __init__(self, levels: pd.DataFrame) -> None:
        self.levels = levels
        self._pairs: dict | None = None
        self._kept: dict[Hashable, object] = {}

    def between(self, a: str, b: str, kind: str) -> pd.DataFrame:
        """Rows with these ends and flow kind: the same rows as filtering on a, b, flowkey."""
        return self.kept(("between", a, b, kind), lambda: self._take(a, b, kind))

    def _take(self, a: str, b: str, kind: str) -> pd.DataFrame:
        if self._pairs is None:
            self._pairs = self.levels.groupby(["a", "b", "flowkey"], sort=False).indices
        rows = self._pairs.get((a, b, kind))
        return self.levels.iloc[rows] if rows is not None else self.levels.iloc[0:0]

    def figures_at(
        self, key: Hashable, build: Callable[[], pd.DataFrame], period: str, granularity: str
    ) -> list[Figure]:
        """derive.figures_at of the rows `key` names, from an index of them by period made
        once: new Figure objects each time, in table order."""
        if granularity not in ("year", "as_of", "month"):
            return figures_at(self.kept(key, build), period, granularity)
        index = self.kept(("by period", key), lambda: _by_period(self.kept(key, build)))
        types = ("month",) if granularity == "month" else ("year", "as_of")
        found = [Figure(*values) for ptype, values in index.get(period, ()) if ptype in types]
        if granularity != "month" and len(period) == 4:
            # Statements covering every year of a span answer for each year inside it.
            found += [
                Figure(*values)
                for first, last, values in index.get(SPANS, ())
                if first <= period <= last
            ]
        return found

    def kept(self, key: Hashable, build: Callable[[], T]) -> T:
        """The answer to `key`, built once (`key` must name everything `build` depends on)."""
        try:
            return self._kept[key]  # type: ignore[return-value]
        except KeyError:
            pass
        if len(self._kept) >= MAX_KEPT:
            self._kept.clear()
        value = build()
        self._kept[key] = value
        return value


def _by_period(rows: pd.DataFrame) -> dict[str, list[tuple]]:
    """period -> [(period type, the row's Figure fields)], in table order; spans of years
    under SPANS as (first year, last year, fields)."""
    index: dict[str, list[tuple[str, tuple]]] = {}
    if rows.empty:
        return index
    fields = zip(*(rows[c].tolist() for c in FIGURE_COLUMNS), strict=True)
    for period, ptype, values in zip(rows["period"], rows["ptype"], fields, strict=True):
        if ptype == "year_span":
            index.setdefault(SPANS, []).append((period[:4], period[5:9], values))
        else:
            index.setdefault(period, []).append((ptype, values))
    return index


SPANS = "year spans"  # the index's key for rows covering a span of years (never a period)


def lookup(levels: pd.DataFrame) -> Lookup:
    """The Lookup kept on this level table (made on first use)."""
    return held_on(levels, "lookup", lambda: Lookup(levels))


def held_on(frame: pd.DataFrame, name: str, build: Callable[[], T]) -> T:
    """A value worked out from `frame` once and kept on it (e.g. its full-year rows, its
    Lookup). Set on the instance only: pandas carries no such attribute to derived frames,
    copies or pickles, so it can never answer for another table."""
    key = f"_ledger_{name}"
    held = frame.__dict__.get(key)
    if held is None:
        held = build()
        object.__setattr__(frame, key, held)
    return held
