"""Arrivals in Turkey: from a partner country, in total, and the partner's share.

Arrivals by nationality come only from figures quoted on official and press pages; the
totals also come from the World Bank (UN Tourism) series and TurkStat's monthly table,
which count slightly different things (the note of each row says what).
"""

import pandas as pd

from dashboard.series.names import country_name
from factcheck import evidence as ev
from validation.vocabulary import TIER_LABELS

TOTALS = {
    "tourist_arrivals_international": "International tourist arrivals (UN Tourism via World Bank)",
    "visitor_arrivals_all": "All visitor arrivals, incl. citizens resident abroad",
    "visitor_arrivals_foreign": "Foreign visitor arrivals",
}
COLUMNS = ["year", "series", "value", "tier", "source_id", "vintage", "note"]


def _rows(observations: pd.DataFrame, indicators, reporter: str, partner: str) -> pd.DataFrame:
    years = ev.full_years(observations)
    return years[
        years["indicator"].isin(list(indicators))
        & (years["reporter"] == reporter)
        & (years["partner"] == partner)
        & (years["period_type"] == "year")
        & years["qualifier"].isin(["exact", "approx"])
    ]


def _frame(rows: pd.DataFrame, series: pd.Series, scale: float = 1.0) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "year": rows["year"],
            "series": series,
            "value": rows["value"] / scale,
            "tier": rows["tier"].map(TIER_LABELS),
            "source_id": rows["source_id"],
            "vintage": rows["vintage"],
            "note": rows["note"],
        },
        columns=COLUMNS,
    ).sort_values(["series", "year"], ignore_index=True)


def arrivals_from(observations: pd.DataFrame, partner: str, reporter: str = "TUR"):
    """Arrivals of the partner's citizens (millions), one point per quoted figure; one
    series (its colour), each figure keeping its tier (its marker)."""
    rows = _rows(observations, ["visitor_arrivals_foreign"], reporter, partner)
    return _frame(rows, pd.Series(f"Citizens of {country_name(partner)}", index=rows.index), 1e6)


def arrival_totals(observations: pd.DataFrame, reporter: str = "TUR") -> pd.DataFrame:
    """Total arrivals (millions) as each series counts them: a figure quoted on a page is in
    the series of what it counts (its colour), its tier in `tier` (its marker)."""
    rows = _rows(observations, list(TOTALS), reporter, "WLD")
    return _frame(rows, rows["indicator"].map(TOTALS), 1e6)


def arrival_shares(observations: pd.DataFrame, partner: str, reporter: str = "TUR"):
    """The partner's share of foreign arrivals (%), as the quoted pages give it."""
    rows = _rows(observations, ["visitor_arrivals_share"], reporter, partner)
    name = f"{country_name(partner)}'s share of foreign arrivals"
    return _frame(rows, pd.Series(name, index=rows.index))
