"""Derived evidence, computed in one place: every figure a claim can be compared with.

`level_table` turns the snapshot into one table of recorded levels with a normalised
direction (origin `a`, destination `b`), whether published or derived from one source and
vintage:

- published rows as they are (bounds and partner-data estimates are left out);
- gas by origin from border points (IEA, Eurostat) through the curated entry-point table
  `curation/gas_entry_points.csv`, whose caveat travels with every derived row;
- BP / Energy Institute pipeline + LNG per origin of one edition;
- Eurostat oil: crude + products per partner, and year sums of twelve months;
- world totals as the sum of a full partner table;
- goods turnover as exports + imports of one reporter in one source.

The functions below the table derive what a claim asks for from it: a sum of months, a
change between two periods, a share of a whole and a rank in a partner table, each with its
method written out.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from loaders.families import in_family
from validation.vocabulary import RESIDUAL_CODES, TIER_RANK

CURATION = Path(__file__).resolve().parent / "curation"
LEVEL_COLUMNS = [
    "indicator", "a", "b", "flowkey", "product", "breakdown", "unit", "period", "ptype",
    "value", "source_id", "vintage", "tier", "reporter", "method", "caveat",
]  # fmt: skip
# Rows whose partner is a group or an unknown origin never take a place in a partner table.
NOT_COUNTRIES = {"WLD"}
EUROSTAT_MONTHLY = "eurostat-energy-monthly"
UNASSIGNED_EUROSTAT_PARTNER = (
    "Eurostat names the partner country of border entry, not the origin of the gas; partners"
    " the curated entry table does not assign (LNG cargo countries among them) are counted in"
    " the total but not credited to any supplier"
)
BP_EI = "gas_bp_ei"  # one BP / Energy Institute edition per source
IEA_BORDER_POINTS = "gas_iea_border_points"
MONTHS = 12


def ends(reporter: str, partner: str, flow: str) -> tuple[str, str, str]:
    """(origin, destination, kind) of a flow: either reporter's record of one direction
    maps to the same key (mirror), turnover to the unordered pair."""
    if flow == "export":
        return reporter, partner, "move"
    if flow == "import":
        return partner, reporter, "move"
    if flow == "total":
        low, high = sorted([reporter, partner])
        return low, high, "total"
    return reporter, partner, flow


@cache
def entry_points() -> pd.DataFrame:
    """The curated border-entry-point -> origin assignment, with its caveat."""
    table = pd.read_csv(CURATION / "gas_entry_points.csv", dtype=str, keep_default_na=False)
    table["first_year"] = table["first_year"].astype(int)
    table["last_year"] = table["last_year"].replace("", "9999").astype(int)
    return table


@cache
def _scopes() -> dict[tuple[str, str], str]:
    table = pd.read_csv(CURATION / "product_scopes.csv", dtype=str, keep_default_na=False)
    return {(r["source_family"], r["product"]): r["counts"] for r in table.to_dict("records")}


def product_scope(family: str, product: str) -> str:
    """What a source family's series of a product counts, when it is broader than the word
    usually means (curated in `curation/product_scopes.csv`); '' when nothing is noted."""
    return _scopes().get((family, product), "")


@cache
def _rules() -> dict[tuple[str, str], list[dict]]:
    rules: dict[tuple[str, str], list[dict]] = {}
    for rule in entry_points().to_dict("records"):
        rules.setdefault((rule["source_family"], rule["entry"]), []).append(rule)
    return rules


def _assign(family: str, entry: str, year: int) -> dict | None:
    for rule in _rules().get((family, entry), []):
        if rule["first_year"] <= year <= rule["last_year"]:
            return rule
    return None


def _frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=LEVEL_COLUMNS)


_HELD = "_ledger_levels"


def level_table(observations: pd.DataFrame, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every recorded or derived level, one row each, with its direction normalised
    (computed once per observations table and kept on it: deriving takes a few seconds).
    `sources` names each source's family (default: the sources of the datasets folder)."""
    held = observations.__dict__.get(_HELD)
    if held is not None and held[0] is sources:
        return held[1]
    table = _level_table(observations, sources)
    # Set on this table object only: pandas carries no such attribute to copies, slices or
    # pickles, so a changed copy of the observations gets its own level table.
    object.__setattr__(observations, _HELD, (sources, table))
    return table


def _level_table(observations: pd.DataFrame, sources: pd.DataFrame | None) -> pd.DataFrame:
    obs = observations[observations["preferred"]]
    obs = obs[~obs["qualifier"].isin(["at_least", "at_most", "estimated_from_partner"])]
    monthly_energy = obs["source_id"] == EUROSTAT_MONTHLY
    gas_borders = in_family(obs, IEA_BORDER_POINTS, sources)
    published = obs[~monthly_energy & ~(gas_borders & (obs["period_type"] == "year"))]
    parts = [
        _published(published),
        _entries_named_by_route(published[~gas_borders.loc[published.index]]),
        _gas_by_origin(obs[gas_borders & (obs["period_type"] == "month")], "iea"),
        _gas_by_origin(
            obs[
                monthly_energy & (obs["indicator"] == "gas_imports") & (obs["unit"] == "bcm")
            ].query("product == 'natural_gas' and period_type == 'month'"),
            "eurostat",
        ),
        _oil_eurostat(obs[monthly_energy & (obs["indicator"] == "oil_imports")]),
        # Each BP / EI edition holds one year's partner table: every edition is used.
        _bp_natural_gas(observations[in_family(observations, BP_EI, sources)]),
        _turnover(obs),
        _balance(obs),
    ]
    table = pd.concat([p for p in parts if len(p)], ignore_index=True)
    return table.astype({"value": float})


def _published(obs: pd.DataFrame) -> pd.DataFrame:
    columns = zip(obs["reporter"], obs["partner"], obs["flow"], strict=True)
    keys = [ends(r, p, f) for r, p, f in columns]
    qualifier = obs["qualifier"].map({"approx": " (approximate)"}).fillna("")
    return pd.DataFrame(
        {
            "indicator": obs["indicator"],
            "a": [k[0] for k in keys],
            "b": [k[1] for k in keys],
            "flowkey": [k[2] for k in keys],
            "product": obs["product"],
            "breakdown": obs["breakdown"],
            "unit": obs["unit"],
            "period": obs["period"],
            "ptype": obs["period_type"],
            "value": obs["value"],
            "source_id": obs["source_id"],
            "vintage": obs["vintage"],
            "tier": obs["tier"],
            "reporter": obs["reporter"],
            "method": "as published" + qualifier,
            "caveat": "",
        }
    )


# The words that name each gas route, its pipeline or its landfall and entry points (the
# reader's vocabulary, gas_routes.csv): a recorded entry flow whose breakdown names one route
# ("Durusu (Blue Stream landfall)", "Kıyıköy (TurkStream landfall)") is that route's flow.
ROUTE_TERMS = Path(__file__).resolve().parent / "extraction" / "gas_routes.csv"


@cache
def _route_terms() -> tuple[tuple[re.Pattern[str], str, str, str], ...]:
    table = pd.read_csv(ROUTE_TERMS, dtype=str, keep_default_na=False)
    return tuple(
        (re.compile(r["pattern"], re.IGNORECASE), r["route"], r["supplier"], r["note"])
        for r in table.to_dict("records")
    )


def route_named(words: str) -> tuple[str, str, str]:
    """(route, supplier, why) of the one route `words` name (an entry point, a landfall or the
    pipeline), else ('', '', '')."""
    found: dict[tuple[str, str], list[str]] = {}
    for pattern, route, supplier, note in _route_terms():
        if pattern.search(words):
            found.setdefault((route, supplier), []).append(note)
    if len(found) != 1:
        return "", "", ""
    (((route, supplier), notes),) = found.items()
    if route.lower() in words.lower():
        return route, supplier, ""  # the source names the route itself: nothing assumed
    return route, supplier, "; ".join(notes)


def _entries_named_by_route(published: pd.DataFrame) -> pd.DataFrame:
    """Entry flows quoted by a page or release for a named entry point (not a border-point
    table, whose points the curated entry table assigns) as the flow of the route the point's
    name says, from the route's supplier only: 'Durusu (Blue Stream landfall)' is Blue Stream."""
    rows = published[
        (published["indicator"] == "gas_entry_flow")
        & (published["flow"] == "import")
        & (published["breakdown"] != "")
    ]
    out = _published(rows)
    if out.empty:
        return out
    named = [route_named(b) for b in rows["breakdown"]]
    keep = [bool(r) and s == p for (r, s, _), p in zip(named, rows["partner"], strict=True)]
    out = out.assign(
        breakdown=[r for r, _, _ in named],
        method=[
            f"{m}; {b} = {r} (the entry point names the route)"
            for m, b, (r, _, _) in zip(out["method"], rows["breakdown"], named, strict=True)
        ],
        caveat=[n for _, _, n in named],
    )
    return out[keep]


def _gas_by_origin(rows: pd.DataFrame, family: str) -> pd.DataFrame:
    """Monthly entry flows into Turkey assigned to origins, then origin and world sums;
    years where all twelve months are recorded are summed too."""
    if rows.empty:
        return _frame([])
    rows = rows[rows["flow"] == "import"]
    entry = rows["breakdown"] if family == "iea" else rows["partner"]
    out = []
    for (source_id, vintage, tier, reporter), group in rows.assign(entry=entry).groupby(
        ["source_id", "vintage", "tier", "reporter"]
    ):
        assigned = []
        for r in group.itertuples():
            year = int(r.period[:4])
            rule = _assign(family, r.entry, year) if family == "iea" else None
            if family == "eurostat":
                # Eurostat's partner for Turkey is the country of border entry (the raw
                # file's caveat): a partner the curated table does not assign (LNG cargo
                # countries among them) counts in the total but is no supplier's.
                rule = _assign(family, r.entry, year) or {
                    "origin": "",
                    "route": "",
                    "caveat": UNASSIGNED_EUROSTAT_PARTNER,
                }
            if rule is None:
                continue
            assigned.append(
                {
                    "period": r.period,
                    "entry": r.entry,
                    "origin": rule["origin"],
                    "route": rule["route"],
                    "caveat": rule["caveat"],
                    "value": r.value,
                    "product": rule.get("product", ""),
                }
            )
        if not assigned:
            continue
        months_held: dict[str, set[str]] = {}
        for a in assigned:
            months_held.setdefault(a["period"][:4], set()).add(a["period"])
        full_years = {year for year, held in months_held.items() if len(held) == MONTHS}
        base = {
            "indicator": "gas_imports", "b": reporter, "flowkey": "move",
            "product": "natural_gas", "unit": "bcm", "source_id": source_id,
            "vintage": vintage, "tier": tier, "reporter": reporter,
        }  # fmt: skip
        what = "border point" if family == "iea" else "country of border entry"
        for level in ("month", "year"):
            # Grouped in plain Python, as pandas groups them: keys sorted, rows in order.
            if level == "month":
                data = [(a["period"], a) for a in assigned]
            else:
                data = [(a["period"][:4], a) for a in assigned if a["period"][:4] in full_years]
            how = "" if level == "month" else "sum of the 12 months; "
            # origins (known ones) and routes
            known = _groups(data, lambda p, a: (p, a["origin"]) if a["origin"] != "" else None)
            for (period, origin), part in known:
                entries = sorted({a["entry"] for a in part})
                out.append(
                    base | {
                        "a": origin, "breakdown": "", "period": period, "ptype": level,
                        "value": _sum(part),
                        "method": f"computed: {how}{' + '.join(entries)} ({what}) assigned"
                        f" to {origin}",
                        "caveat": _caveats(part),
                    }
                )  # fmt: skip
                if all(a["product"] == "pipeline_gas" for a in part):
                    # every entry summed is a pipeline's (the curated table says so): the
                    # origin's pipeline gas too, for a claim about pipeline gas alone
                    out.append(
                        out[-1] | {
                            "product": "pipeline_gas",
                            "method": out[-1]["method"] + ", every entry a pipeline's",
                        }
                    )  # fmt: skip
            routed = _groups(
                data, lambda p, a: (p, a["origin"], a["route"]) if a["route"] != "" else None
            )
            for (period, origin, route), part in routed:
                out.append(
                    base | {
                        "a": origin or "XUN", "breakdown": route, "period": period,
                        "ptype": level, "value": _sum(part),
                        "method": f"computed: {how}{' + '.join(sorted({a['entry'] for a in part}))}"
                        f" ({what}) = {route}",
                        "caveat": _caveats(part),
                    }
                )  # fmt: skip
            unknown = _groups(data, lambda p, a: p if a["origin"] == "" else None)
            for period, part in unknown:
                out.append(
                    base | {
                        "a": "XUN", "breakdown": "", "period": period, "ptype": level,
                        "value": _sum(part),
                        "method": f"computed: {how}{' + '.join(sorted({a['entry'] for a in part}))}"
                        " (origin not recorded)",
                        "caveat": _caveats(part),
                    }
                )  # fmt: skip
            for period, part in _groups(data, lambda p, a: p):
                out.append(
                    base | {
                        "a": "WLD", "breakdown": "", "period": period, "ptype": level,
                        "value": _sum(part),
                        "method": f"computed: {how}sum of all {len({a['entry'] for a in part})}"
                        f" entries ({what})",
                        "caveat": "",
                    }
                )  # fmt: skip
    return _frame(out)


def _groups(data: list[tuple[str, dict]], key) -> list[tuple[object, list[dict]]]:
    """(key, rows) for each key that is not None, keys sorted, rows in their order: as a
    pandas groupby of the same rows on the same columns."""
    groups: dict[object, list[dict]] = {}
    for period, row in data:
        k = key(period, row)
        if k is not None:
            groups.setdefault(k, []).append(row)
    return sorted(groups.items(), key=lambda item: item[0])


def _sum(rows: list[dict]) -> float:
    """The rows' values summed as pandas sums a column (NaN skipped, same order)."""
    return np.nansum(np.array([r["value"] for r in rows], dtype=float))


def _caveats(rows: list[dict]) -> str:
    return "; ".join(sorted({r["caveat"] for r in rows} - {""}))


def _oil_eurostat(rows: pd.DataFrame) -> pd.DataFrame:
    """Eurostat oil by partner: months as published, plus crude + products, year sums where
    the file has all twelve months, and world totals as the sum of the partner table."""
    rows = rows[(rows["period_type"] == "month") & (rows["unit"] == "tonnes")]
    if rows.empty:
        return _frame([])
    caveat = (
        "partner is the country Eurostat records (for crude, usually the origin); months with"
        " no row count as none (CREA's extract drops zero values)"
    )
    out = []
    source_id, vintage, tier = rows.iloc[0][["source_id", "vintage", "tier"]]
    base = {
        "indicator": "oil_imports", "flowkey": "move", "unit": "tonnes",
        "source_id": source_id, "vintage": vintage, "tier": tier, "caveat": caveat,
    }  # fmt: skip
    rows = rows.assign(year=rows["period"].str[:4])
    covered = rows.groupby(["product", "year"])["period"].nunique()
    for reporter, by_reporter in rows.groupby("reporter"):
        for level in ("month", "year"):
            key = "period" if level == "month" else "year"
            data = by_reporter
            if level == "year":
                full = {k for k, n in covered.items() if n == MONTHS}
                pairs = zip(data["product"], data["year"], strict=True)
                data = data[[(p, y) in full for p, y in pairs]]
            sums = data.groupby([key, "partner", "product"])["value"].sum()
            for (period, partner, product), value in sums.items():
                # A month's row as published ("months as published" had been left out, so a
                # claim about one month found nothing), a full year's as the sum of its months.
                method = "computed: sum of the 12 months" if level == "year" else "as published"
                out.append(base | {
                    "a": partner, "b": reporter, "product": product, "breakdown": "",
                    "period": period, "ptype": level, "value": value,
                    "reporter": reporter, "method": method,
                })  # fmt: skip
            both = sums.unstack("product")
            if {"crude_oil", "oil_products"} <= set(both.columns):
                pairs = zip(
                    both.index.tolist(), both["crude_oil"].tolist(),
                    both["oil_products"].tolist(), strict=True,
                )  # fmt: skip
                for (period, partner), crude, products in pairs:
                    total = sum(v for v in (crude, products) if pd.notna(v))
                    out.append(base | {
                        "a": partner, "b": reporter, "product": "oil_and_products",
                        "breakdown": "", "period": period, "ptype": level, "value": total,
                        "reporter": reporter,
                        "method": f"computed: crude {_kt(crude)} + products {_kt(products)}"
                        + (" (sums of the 12 months)" if level == "year" else ""),
                    })  # fmt: skip
            world = data.groupby([key, "product"])["value"].agg(["sum", "count"])
            for (period, product), total in zip(
                world.index.tolist(), world["sum"].tolist(), strict=True
            ):
                out.append(base | {
                    "a": "WLD", "b": reporter, "product": product, "breakdown": "",
                    "period": period, "ptype": level, "value": total, "reporter": reporter,
                    "method": f"computed: sum over the partner table ({_kt(total)} from"
                    " every partner Eurostat names; rows it could not match are not in the"
                    " extract)",
                })  # fmt: skip
            if {"crude_oil", "oil_products"} <= set(world.index.get_level_values("product")):
                totals = world["sum"].unstack("product").dropna()
                rows_of = zip(
                    totals.index.tolist(), totals["crude_oil"].tolist(),
                    totals["oil_products"].tolist(), strict=True,
                )  # fmt: skip
                for period, crude, products in rows_of:
                    out.append(base | {
                        "a": "WLD", "b": reporter, "product": "oil_and_products",
                        "breakdown": "", "period": period, "ptype": level,
                        "value": crude + products, "reporter": reporter,
                        "method": f"computed: crude {_kt(crude)} + products"
                        f" {_kt(products)}, every partner Eurostat names",
                    })  # fmt: skip
    return _frame(out)


def _kt(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "none recorded"
    return f"{value / 1e3:,.0f} kt"


def _bp_natural_gas(rows: pd.DataFrame) -> pd.DataFrame:
    """Pipeline + LNG per origin within one BP / EI edition (an origin absent from the LNG
    table of an edition that has one sent no LNG)."""
    rows = rows[(rows["indicator"] == "gas_imports") & (rows["unit"] == "bcm")]
    out = []
    # Grouped in plain Python, as pandas groups them: keys sorted, rows in order.
    columns = ["source_id", "period", "reporter", "partner", "product", "value", "vintage", "tier"]
    tables: dict[tuple, list[dict]] = {}
    for values in zip(*(rows[c].tolist() for c in columns), strict=True):
        r = dict(zip(columns, values, strict=True))
        tables.setdefault((r["source_id"], r["period"], r["reporter"]), []).append(r)
    for (source_id, year, reporter), group in sorted(tables.items(), key=lambda t: t[0]):
        world = [r for r in group if r["partner"] == "WLD"]
        if {r["product"] for r in world} != {"pipeline_gas", "lng"}:
            continue
        partners: dict[str, list[dict]] = {}
        for r in group:
            partners.setdefault(r["partner"], []).append(r)
        for partner, part in sorted(partners.items(), key=lambda t: t[0]):
            pipe = _sum([r for r in part if r["product"] == "pipeline_gas"])
            lng = _sum([r for r in part if r["product"] == "lng"])
            out.append(
                {
                    "indicator": "gas_imports", "a": partner, "b": reporter,
                    "flowkey": "move", "product": "natural_gas", "breakdown": "",
                    "unit": "bcm", "period": year, "ptype": "year", "value": pipe + lng,
                    "source_id": source_id, "vintage": group[0]["vintage"],
                    "tier": group[0]["tier"], "reporter": reporter,
                    "method": f"computed: pipeline {pipe:.3f} + LNG {lng:.3f} bcm, one edition",
                    "caveat": "",
                }
            )  # fmt: skip
    return _frame(out)


def _both_flows(obs: pd.DataFrame) -> pd.DataFrame | None:
    """A reporter's total goods exports and imports with each partner side by side, one row
    per source, vintage, period and pair where both are recorded exactly (None when no source
    holds both)."""
    rows = obs[
        (obs["indicator"] == "merchandise_trade")
        & (obs["product"] == "TOTAL")
        & (obs["breakdown"] == "")
        & (obs["qualifier"] == "exact")
        & obs["flow"].isin(["export", "import"])
        & obs["period_type"].isin(["year", "month"])
    ]
    wide = rows.pivot_table(
        index=["source_id", "vintage", "tier", "reporter", "partner", "period", "period_type"],
        columns="flow",
        values="value",
        aggfunc="first",
    )
    if not {"export", "import"} <= set(wide.columns):
        return None
    return wide.dropna(subset=["export", "import"]).reset_index()


def _turnover(obs: pd.DataFrame) -> pd.DataFrame:
    """Exports + imports between a reporter and each partner, within one source and vintage."""
    wide = _both_flows(obs)
    if wide is None:
        return _frame([])
    out = []
    columns = list(wide.columns)
    for values in zip(*(wide[c].tolist() for c in columns), strict=True):
        r = dict(zip(columns, values, strict=True))  # as to_dict("records"), column by column
        low, high = sorted([r["reporter"], r["partner"]])
        out.append(
            {
                "indicator": "merchandise_trade", "a": low, "b": high, "flowkey": "total",
                "product": "TOTAL", "breakdown": "", "unit": "USD", "period": r["period"],
                "ptype": r["period_type"], "value": r["export"] + r["import"],
                "source_id": r["source_id"], "vintage": r["vintage"], "tier": r["tier"],
                "reporter": r["reporter"],
                "method": f"computed: exports {usd(r['export'])} + imports {usd(r['import'])}",
                "caveat": "",
            }
        )  # fmt: skip
    return _frame(out)


def _balance(obs: pd.DataFrame) -> pd.DataFrame:
    """A reporter's trade balance with each partner: its exports minus its imports of the same
    period, both from one source and vintage (one release, one tier, one reporter; never the
    partner's record of either flow), a deficit negative."""
    wide = _both_flows(obs[~obs["partner"].isin(list(NOT_COUNTRIES))])
    if wide is None:
        return _frame([])
    out = []
    columns = list(wide.columns)
    for values in zip(*(wide[c].tolist() for c in columns), strict=True):
        r = dict(zip(columns, values, strict=True))
        out.append(
            {
                "indicator": "trade_balance", "a": r["reporter"], "b": r["partner"],
                "flowkey": "balance", "product": "TOTAL", "breakdown": "", "unit": "USD",
                "period": r["period"], "ptype": r["period_type"],
                "value": r["export"] - r["import"], "source_id": r["source_id"],
                "vintage": r["vintage"], "tier": r["tier"], "reporter": r["reporter"],
                "method": f"computed: exports {usd(r['export'])} − imports"
                f" {usd(r['import'])}, both as {r['reporter']} recorded them in this one release",
                "caveat": "",
            }
        )  # fmt: skip
    return _frame(out)


def usd(value: float) -> str:
    if value < 0:  # a deficit or a fall: "−$18.96 billion", never "$-18.96 billion"
        return "−" + usd(-value)
    if abs(value) >= 1e9:
        return f"${value / 1e9:,.2f} billion"
    if abs(value) >= 1e6:
        return f"${value / 1e6:,.0f} million"
    return f"${value:,.0f}"


# ---------------------------------------------------------------- what a claim asks for


@dataclass
class Figure:
    """One figure a claim can be compared with, and how it was obtained."""

    value: float
    unit: str
    period: str
    source_id: str
    vintage: str
    tier: str
    reporter: str  # whose record (the view)
    method: str
    breakdown: str = ""
    caveat: str = ""
    low: float | None = None  # a rank known only within bounds
    high: float | None = None
    parts: list[str] = field(default_factory=list)
    # Why the figure may only be shown for review, never decide a verdict ('' if it may).
    review: str = ""
    also: tuple[str, ...] = ()  # other sources it rests on (a change from two quotes)

    @property
    def year(self) -> int:
        return int(self.period[:4]) if self.period[:4].isdigit() else 0


def month_list(period: str) -> list[str]:
    """'2023-01/2023-07' -> the seven months; '2021-06' -> one."""
    start, _, end = period.partition("/")
    end = end or start
    y, m = int(start[:4]), int(start[5:7])
    ey, em = int(end[:4]), int(end[5:7])
    months = []
    while (y, m) <= (ey, em):
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == MONTHS else (y, m + 1)
    return months


def figures_at(rows: pd.DataFrame, period: str, granularity: str) -> list[Figure]:
    """Levels for exactly `period`: a year with a year, a month with a month, a span of
    months with the sum of the same months from one source, vintage and view."""
    if granularity in ("year", "as_of"):
        found = figures_of(rows[(rows["period"] == period) & rows["ptype"].isin(["year", "as_of"])])
        return found + figures_of(rows[spans_year(rows, period)])
    if granularity == "month":
        return figures_of(rows[(rows["period"] == period) & (rows["ptype"] == "month")])
    if granularity in ("month_range", "partial_year") and "/" in period and len(period) == 15:
        found = figures_of(rows[(rows["period"] == period) & (rows["ptype"] == "partial_year")])
        wanted = month_list(period)
        months = rows[(rows["ptype"] == "month") & rows["period"].isin(wanted)]
        # One series: the same indicator, goods, source, vintage, view, part and unit (the
        # rows are already one pair and flow). A month missing from it (never recorded, or
        # left out of the snapshot as excluded) leaves no sum: nothing is filled in.
        keys = [
            "source_id", "vintage", "tier", "reporter", "breakdown", "unit", "indicator",
            "product",
        ]  # fmt: skip
        for key, group in months.groupby(keys):
            if sorted(group["period"]) != wanted:
                continue  # every month once, from the same series, or no sum
            first = group.iloc[0]
            found.append(
                Figure(
                    group["value"].sum(), first["unit"], period, key[0], key[1], key[2],
                    key[3],
                    f"computed: sum of the {len(wanted)} months {wanted[0]} to {wanted[-1]}"
                    + ("" if first["method"] == "as published" else f" ({first['method']})"),
                    first["breakdown"], first["caveat"],
                )
            )  # fmt: skip
        return found
    return []


def spans_year(rows: pd.DataFrame, period: str) -> pd.Series:
    """Rows of a statement covering every year of a span (`year_span`, 'YYYY/YYYY') that
    holds the year `period`: the statement itself answers for each year inside it."""
    spans = rows["ptype"] == "year_span"
    if not spans.any() or not (len(period) == 4 and period.isdigit()):
        return spans & False
    first, last = rows["period"].str[:4], rows["period"].str[5:9]
    return spans & (first <= period) & (period <= last)


def span_of(period: str) -> tuple[int, int] | None:
    """(first, last) year of a 'YYYY/YYYY' span, else None."""
    if len(period) == 9 and period[4] == "/" and period[:4].isdigit() and period[5:].isdigit():
        return int(period[:4]), int(period[5:])
    return None


FIGURE_COLUMNS = (
    "value", "unit", "period", "source_id", "vintage", "tier", "reporter", "method", "breakdown",
    "caveat",
)  # fmt: skip


def figures_of(rows: pd.DataFrame) -> list[Figure]:
    """A Figure for each level row, in order: `_figure` of each record, reading only the
    columns a Figure holds (a row-wise `to_dict` costs every column of every row)."""
    if rows.empty:
        return []
    columns = [rows[c].tolist() for c in FIGURE_COLUMNS]
    return [Figure(*values) for values in zip(*columns, strict=True)]


def _figure(r: dict) -> Figure:
    return Figure(
        r["value"], r["unit"], r["period"], r["source_id"], r["vintage"], r["tier"],
        r["reporter"], r["method"], r["breakdown"], r["caveat"],
    )  # fmt: skip


def changes(
    rows: pd.DataFrame,
    period: str,
    base: str,
    granularity: str,
    unit: str,
    release: dict[str, str] | None = None,
) -> list[Figure]:
    """The change from `base` to `period` within one source, vintage and view: in percent,
    or absolute in the level's unit. A span of months is the sum of its months (every month
    of both spans recorded in the one series), and the method names the months summed.
    `release` maps a source to the release it is part of (the quotes of one page are one
    release: each quote is its own source); two quoted figures of one release give a change
    only when both are as published, of one tier.

    Where no one source holds both periods, two release files of one publisher that the
    curated table `curation/comparable_sources.csv` names as the same quantity are chained,
    each period from its own file, with both vintages in the method; a pair the table marks
    `unsure` gives a figure that can only be shown for review (`Figure.review`)."""
    now = figures_at(rows, period, granularity)
    before = figures_at(rows, base, granularity)
    release = release or {}
    out = []
    for n in now:
        for b in before:
            one_release = release.get(n.source_id, n.source_id) == release.get(
                b.source_id, b.source_id
            )
            if n.source_id != b.source_id and not (
                one_release and n.tier == b.tier and n.method == b.method == "as published"
            ):
                continue
            same = (n.vintage, n.reporter, n.breakdown) == (b.vintage, b.reporter, b.breakdown)
            if not same or n.unit != b.unit:
                continue
            change = _change(n, b, unit, period, base)
            if change is not None:
                out.append(change)
    if out:
        return out
    for n in now:
        for b in before:
            pair = comparable_sources().get((n.source_id, b.source_id))
            if pair is None or (n.reporter, n.breakdown, n.unit) != (
                b.reporter, b.breakdown, b.unit,
            ):  # fmt: skip
                continue
            change = _change(n, b, unit, period, base, pair)
            if change is not None:
                out.append(change)
    return out


def _change(
    n: Figure, b: Figure, unit: str, period: str, base: str, pair: dict | None = None
) -> Figure | None:
    if unit == "percent":
        if b.value == 0:
            return None
        value = (n.value / b.value - 1) * 100
        how = f"({_level(n.value, n.unit)} / {_level(b.value, b.unit)} − 1)"
    elif unit == n.unit:
        value = n.value - b.value
        how = f"{_level(n.value, n.unit)} − {_level(b.value, b.unit)}"
    else:
        return None
    method = f"computed: change {how}, {period} against {base}"
    summed = [_summed(f) for f in (n, b)]
    if all(summed):
        method += f"; the months summed: {summed[0]} against {summed[1]}"
    tier, review, caveat = n.tier, "", n.caveat
    if pair is None:
        if all(summed):
            method += ", every month of both from this one source and vintage"
    else:
        method += (
            f"; two release files of {pair['publisher']}: {period} from {n.source_id}"
            f" ({n.vintage}), {base} from {b.source_id} ({b.vintage}) — {pair['note']}"
        )
        tier = max(n.tier, b.tier, key=TIER_RANK.__getitem__)  # the weaker of the two
        if pair["status"] != "same":
            review = pair["note"]
        caveat = "; ".join(c for c in dict.fromkeys((n.caveat, b.caveat)) if c)
    return Figure(
        value, unit, f"{period} vs {base}", n.source_id, n.vintage, tier, n.reporter,
        method, n.breakdown, caveat, parts=[n.method, b.method], review=review,
        also=() if b.source_id == n.source_id else (b.source_id,),
    )  # fmt: skip


_SUMMED = "computed: sum of the "


def _summed(f: Figure) -> str:
    """'the 9 months January–September 2023' for a sum of months, else ''."""
    if not f.method.startswith(_SUMMED) or "/" not in f.period:
        return ""
    count = f.method.removeprefix(_SUMMED).split(" ", 1)[0]
    return f"the {count} months {span_words(f.period)}"


def span_words(period: str) -> str:
    """'2023-01/2023-09' -> 'January–September 2023'; across years both years are named."""
    start, _, end = period.partition("/")
    first, last = calendar.month_name[int(start[5:7])], calendar.month_name[int(end[5:7])]
    if start[:4] == end[:4]:
        return f"{first}–{last} {end[:4]}"
    return f"{first} {start[:4]}–{last} {end[:4]}"


@cache
def comparable_sources() -> dict[tuple[str, str], dict]:
    """(source of the period, source of the base) -> the curated row saying two release files
    of one publisher record the same quantity (`status` same) or may not (`unsure`)."""
    table = pd.read_csv(CURATION / "comparable_sources.csv", dtype=str, keep_default_na=False)
    pairs: dict[tuple[str, str], dict] = {}
    for row in table.to_dict("records"):
        if row["status"] not in ("same", "unsure"):
            raise ValueError(f"comparable_sources.csv: status {row['status']!r} (same or unsure)")
        pairs[(row["source_a"], row["source_b"])] = row
        pairs[(row["source_b"], row["source_a"])] = row
    return pairs


def _level(value: float, unit: str) -> str:
    if unit == "USD":
        return usd(value)
    if unit == "bcm":
        return f"{value * 1000:,.1f} mcm" if value < 10 else f"{value:,.3f} bcm"
    if unit == "tonnes":
        return f"{value / 1e3:,.0f} kt"
    return f"{value:,.0f} {unit}"


def shares(
    parts: list[Figure], wholes: list[Figure], names: dict[str, str], who: str
) -> list[Figure]:
    """part / whole where both come from one source, vintage, view and period."""
    out = []
    for p in parts:
        for w in wholes:
            if (p.source_id, p.vintage, p.reporter, p.period, p.unit) != (
                w.source_id, w.vintage, w.reporter, w.period, w.unit,
            ) or w.value <= 0:  # fmt: skip
                continue
            out.append(
                Figure(
                    p.value / w.value * 100, "percent", p.period, p.source_id, p.vintage,
                    p.tier, p.reporter,
                    f"computed: {_level(p.value, p.unit)} from {names.get(who, who)} of"
                    f" {_level(w.value, w.unit)} in all ({_bare(w.method)})",
                    p.breakdown, p.caveat,
                )
            )  # fmt: skip
    return out


def _bare(method: str) -> str:
    return method.removeprefix("computed: ")


def ranks(table: pd.DataFrame, varying: str, who: str, names: dict[str, str]) -> list[Figure]:
    """`who`'s place in each partner table (one source, vintage, view and period).

    `varying` is the column that names the partners ("a" for suppliers, "b" for customers).
    Rows of unknown origin ("XUN") are a pool: as many partners as the pool could hold
    above `who` may rank ahead of it, so the place is known only within bounds.
    """
    out = []
    keys = ["source_id", "vintage", "tier", "reporter", "period"]
    for key, group in table.groupby(keys):
        partners = group[~group[varying].isin(NOT_COUNTRIES) & ~group[varying].str.startswith("X")]
        totals = partners.groupby(varying)["value"].sum().sort_values(ascending=False)
        if who not in totals.index or len(totals) < 2:
            continue
        mine = totals[who]
        above = int((totals > mine).sum())
        pool = group.loc[group[varying] == "XUN", "value"].sum()
        extra = int(pool // mine) if mine > 0 else 0
        unit = group["unit"].iloc[0]
        top = totals.head(5).items()
        leaders = ", ".join(f"{names.get(c, c)} {_level(v, unit)}" for c, v in top)
        method = f"computed: place among {len(totals)} partners ({leaders})"
        if extra:
            method += (
                f"; {_level(pool, group['unit'].iloc[0])} of unknown origin could hold up to"
                f" {extra} more partner(s) above, so the place is between {above + 1} and"
                f" {above + 1 + extra}"
            )
        out.append(
            Figure(
                float(above + 1), "rank", key[4], key[0], key[1], key[2], key[3], method,
                low=float(above + 1), high=float(above + 1 + extra),
                caveat="; ".join(sorted(set(group["caveat"]) - {""})),
            )
        )  # fmt: skip
    return out


def column_ranks(
    table: pd.DataFrame,
    parts: tuple[str, ...],
    seller: str,
    who: str,
    names: dict[str, str],
    maybe_out: frozenset[str] = frozenset(),
) -> list[Figure]:
    """`who`'s place among `seller`'s buyers in a trade matrix column (one source, vintage
    and period): rows reported by each buyer ('b' is the reporter), one table per product
    in `parts` (pipeline gas and LNG for all gas), summed per buyer.

    The place is known within bounds:
    - residual rows (codes in RESIDUAL_CODES: several countries a table does not name) are
      pools. One country sits in one residual row, so a pool may hold an unnamed buyer of at
      least `who`'s volume, or complete a buyer named only in another table (or `who`
      itself) by at most that row's volume;
    - buyers in `maybe_out` (former Soviet republics for a former Soviet seller) may or may
      not be counted, as the writer's source ranks them.
    The figure's value is the place among every named buyer. It is no one country's record
    (the publisher compiles the column from every buyer's and seller's data), so it carries no
    reporter: neither the seller's own record nor the buyer's mirror of it.
    """
    out = []
    rows = table[(table["b"] == table["reporter"]) & table["product"].isin(parts)]
    for key, group in rows.groupby(["source_id", "vintage", "tier", "period"]):
        if set(group["product"]) != set(parts):
            continue  # one of the tables is missing: no sum over them
        is_pool = group["b"].isin(RESIDUAL_CODES)
        named = group[~is_pool & ~group["b"].isin(NOT_COUNTRIES)]
        pools = group[is_pool]
        totals = named.groupby("b")["value"].sum().sort_values(ascending=False)
        if who not in totals.index or len(totals) < 2:
            continue
        mine = totals[who]

        def room(code: str, named=named, pools=pools) -> float:
            """The most a table that does not name `code` can hide of it: its largest pool."""
            held = set(named.loc[named["b"] == code, "product"])
            return float(
                sum(
                    pools.loc[pools["product"] == p, "value"].max()
                    for p in set(pools["product"]) - held
                )
            )

        above = totals[totals > mine]
        counted_above = [c for c in above.index if c not in maybe_out]
        # Lowest place: who's own unnamed part counted in, the maybe-out buyers left out.
        best = mine + room(who)
        low = 1 + sum(1 for c in counted_above if totals[c] > best)
        # Highest place: every buyer counted; the pools lift named buyers first (the
        # smallest gaps), then hold unnamed buyers of at least `who`'s volume.
        budget = float(pools["value"].sum())
        lifted = 0
        gaps = sorted(
            mine - v for c, v in totals.items() if c != who and v <= mine and mine - v <= room(c)
        )
        for gap in gaps:
            if gap > budget:
                break
            budget -= gap
            lifted += 1
        whole = sum(int(v // mine) for v in pools["value"]) if mine > 0 else 0
        unnamed = min(whole, int(budget // mine)) if mine > 0 else 0
        place = 1 + len(above)
        high = place + lifted + unnamed
        unit = group["unit"].iloc[0]
        top = totals.head(5).items()
        leaders = ", ".join(f"{names.get(c, c)} {_level(v, unit)}" for c, v in top)
        what = " + ".join(PART_WORDS.get(p, p) for p in parts)
        method = (
            f"computed: place among {len(totals)} named buyers of {names.get(seller, seller)}'s"
            f" {what} in one edition's trade matrix ({leaders})"
        )
        out_above = [c for c in above.index if c in maybe_out]
        if out_above:
            method += (
                f"; without former Soviet buyers ({', '.join(names.get(c, c) for c in out_above)})"
                f" the place is {1 + len(counted_above)}"
            )
        if high > place or low < 1 + len(counted_above):
            method += (
                f"; {_level(float(pools['value'].sum()), unit)} to buyers the tables do not name"
                " (residual rows) could move it"
            )
        if low != high:
            method += f", so the place is between {low} and {high}"
        caveats = set(group["caveat"]) - {""}
        if maybe_out:
            caveats.add(MATRIX_BUYERS_CAVEAT)
        out.append(
            Figure(
                float(place), "rank", key[3], key[0], key[1], key[2], "", method,
                low=float(low), high=float(high), caveat="; ".join(sorted(caveats)),
            )
        )  # fmt: skip
    return out


MATRIX_BUYERS_CAVEAT = (
    "the trade matrix counts every buyer, former Soviet republics included; a company's own"
    " ranking of its customers (Gazprom's 'far abroad') may leave them out"
)
PART_WORDS = {"pipeline_gas": "pipeline gas", "lng": "LNG"}
