"""Figures quoted on pages (press-reported official figures, statements, unattributed), in
the shape of the official series they sit beside, so a chart can draw them as hollow points
with their tier. They are never joined into a line, nor merged into an official series.
"""

import pandas as pd

from dashboard.series.names import country_name, reported_by
from dashboard.series.trade import direction
from factcheck import evidence as ev
from validation.vocabulary import TIER_LABELS

QUALIFIERS = {"exact": "", "approx": "about ", "at_least": "at least ", "at_most": "at most "}


def _page_rows(observations: pd.DataFrame) -> pd.DataFrame:
    years = ev.full_years(observations)
    return years[(years["tier"] != "official_release") & (years["period_type"] == "year")]


def _qualified(rows: pd.DataFrame) -> pd.Series:
    """The quote's bound ('at least', …) then its note, so a bound is never read as a level."""
    bound = rows["qualifier"].map(QUALIFIERS).fillna("").str.strip()
    notes = rows["note"].fillna("")
    return pd.Series(
        ["; ".join(p for p in (b, n) if p) for b, n in zip(bound, notes, strict=True)],
        index=rows.index,
        dtype=object,
    )


def trade_quoted(observations: pd.DataFrame, first: str, second: str) -> pd.DataFrame:
    """Page figures of the pair's goods trade: flows (`direction`) and turnover (`measure`)."""
    rows = _page_rows(observations)
    rows = rows[
        (rows["indicator"] == "merchandise_trade")
        & (rows["product"] == "TOTAL")
        & (rows["unit"] == "USD")
        & (
            ((rows["reporter"] == first) & (rows["partner"] == second))
            | ((rows["reporter"] == second) & (rows["partner"] == first))
        )
    ]
    outward = direction(first, second, "export")
    inward = direction(second, first, "export")
    turnover = f"Turnover ({outward} + {inward})"
    frame = pd.DataFrame(
        {
            "year": rows["year"],
            "view": rows["reporter"].map(reported_by),
            "flow": rows["flow"],
            "direction": [
                direction(r, p, f) if f in ("export", "import") else ""
                for r, p, f in zip(rows["reporter"], rows["partner"], rows["flow"], strict=True)
            ],
            "measure": rows["flow"].map(lambda f: turnover if f == "total" else ""),
            "value": rows["value"] / 1e9,
            "tier": rows["tier"].map(TIER_LABELS),
            "qualifier": rows["qualifier"],
            "note": _qualified(rows),
            "source_id": rows["source_id"],
            "vintage": rows["vintage"],
        }
    )
    return frame.sort_values(["year", "source_id"], ignore_index=True)


def quoted_flows(observations: pd.DataFrame, first: str, second: str) -> pd.DataFrame:
    rows = trade_quoted(observations, first, second)
    rows = rows[rows["direction"] != ""]
    return rows.rename(columns={"value": "value_usd_bn"}).assign(
        record=rows["view"] + " · quoted on a page"
    )


def quoted_turnover(observations: pd.DataFrame, first: str, second: str) -> pd.DataFrame:
    rows = trade_quoted(observations, first, second)
    return rows[rows["measure"] != ""].assign(record=rows["view"] + " · quoted on a page")


def gas_share_quoted(
    observations: pd.DataFrame, reporter: str = "TUR", partner: str = "RUS"
) -> pd.DataFrame:
    """The partner's share of the reporter's gas imports as quoted on pages (e.g. EPDK's
    shares reported by the press)."""
    rows = _page_rows(observations)
    rows = rows[
        (rows["indicator"] == "gas_import_share")
        & (rows["reporter"] == reporter)
        & (rows["partner"] == partner)
        & (rows["unit"] == "percent")
    ]
    return pd.DataFrame(
        {
            "year": rows["year"],
            "series": f"{country_name(partner)}'s share as quoted on pages",
            "share_percent": rows["value"],
            "tier": rows["tier"].map(TIER_LABELS),
            "note": _qualified(rows),
            "source_id": rows["source_id"],
            "edition": rows["vintage"],
        }
    ).sort_values("year", ignore_index=True)


def oil_quoted(observations: pd.DataFrame, reporter: str = "TUR", partner: str = "RUS"):
    """Oil from the partner in tonnes as quoted on pages (million tonnes)."""
    rows = _page_rows(observations)
    rows = rows[
        (rows["indicator"] == "oil_imports")
        & (rows["reporter"] == reporter)
        & (rows["partner"] == partner)
        & (rows["unit"] == "tonnes")
    ]
    names = {"crude_oil": "Crude oil", "oil_products": "Oil products"}
    return pd.DataFrame(
        {
            "year": rows["year"],
            "product": rows["product"].map(lambda p: names.get(p, "Crude oil and products")),
            "million_tonnes": rows["value"] / 1e6,
            "tier": rows["tier"].map(TIER_LABELS),
            "note": _qualified(rows),
            "source_id": rows["source_id"],
            "vintage": rows["vintage"],
        }
    ).sort_values("year", ignore_index=True)
