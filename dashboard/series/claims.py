"""Claims to draw on a chart: the checked claims about one quantity, in the chart's unit."""

import pandas as pd

MARKER_COLUMNS = [
    "claim_id",
    "document",
    "year",
    "period",
    "value",
    "comparator",
    "quote",
    "verdict",
    "recorded",
]


def claim_year(period: str, on_months: bool = False) -> float | None:
    """Where a claimed period sits on a chart's year axis: a calendar year at its year; a
    month only on a chart of months (at year + (month - 1) / 12, as the monthly records
    are drawn). Anything else (several months, a season, no period) has no place on the
    axis and is written as a note instead."""
    period = str(period or "")
    if len(period) == 4 and period.isdigit():
        return float(period)
    if on_months and len(period) == 7 and period[:4].isdigit() and period[5:].isdigit():
        return int(period[:4]) + (int(period[5:]) - 1) / 12
    return None


def claim_markers(
    verdicts: pd.DataFrame,
    claims: pd.DataFrame,
    *,
    indicators: list[str],
    unit: str,
    scale: float = 1.0,
    reporter: str | None = None,
    partner: str | None = None,
    flow: str | None = None,
    breakdown_prefix: str | None = None,
    symmetric: bool = False,
) -> pd.DataFrame:
    """One row per checked claim on the quantity: value divided by `scale`, year or NaN.

    `symmetric` accepts the pair in either order (turnover is the same both ways).
    Claims in another unit are left out: a chart never converts a claimed figure.
    """
    extra = ["claim_id", *(c for c in ("flow", "breakdown") if c not in verdicts)]
    merged = verdicts.merge(claims[extra], on="claim_id", how="left", validate="1:1")
    keep = merged["indicator"].isin(indicators) & (merged["claimed_unit"] == unit)
    if reporter and partner:
        pair = (merged["reporter"] == reporter) & (merged["partner"] == partner)
        if symmetric:
            pair |= (merged["reporter"] == partner) & (merged["partner"] == reporter)
        keep &= pair
    if flow:
        keep &= merged["flow"] == flow
    if breakdown_prefix:
        keep &= merged["breakdown"].fillna("").str.startswith(breakdown_prefix)
    rows = merged[keep]
    periods = rows["claimed_period"].fillna("").astype(str)
    return pd.DataFrame(
        {
            "claim_id": rows["claim_id"],
            "document": rows["document"],
            "year": pd.to_numeric(periods.map(claim_year), errors="coerce"),
            "period": periods,
            "value": rows["claimed_value"] / scale,
            "comparator": rows["comparator"],
            "quote": rows["quote"],
            "verdict": rows["verdict_label"],
            "recorded": rows["explanation"],
        },
        columns=MARKER_COLUMNS,
    ).reset_index(drop=True)


def plotted_data(recorded: pd.DataFrame, markers: pd.DataFrame, value: str) -> pd.DataFrame:
    """What a chart draws, as one table: recorded rows, then the claims drawn on them.

    `layer` tells the two apart; claims carry their id, quote and verdict, and their
    value sits in the same column as the recorded values (`value`).
    """
    drawn = markers.drop(columns=["recorded"]).rename(columns={"value": value})
    return pd.concat(
        [recorded.assign(layer="recorded"), drawn.assign(layer="claim")], ignore_index=True
    )


def turnover_claims(first: str, second: str) -> dict:
    """claim_markers arguments for turnover claims about a pair, in US$ billion."""
    return {
        "indicators": ["merchandise_trade"],
        "unit": "USD",
        "scale": 1e9,
        "reporter": first,
        "partner": second,
        "flow": "total",
        "symmetric": True,
    }


def arrival_claims(reporter: str, partner: str) -> dict:
    """claim_markers arguments for claims on arrivals from `partner`, in millions."""
    return {
        "indicators": ["visitor_arrivals_foreign"],
        "unit": "persons",
        "scale": 1e6,
        "reporter": reporter,
        "partner": partner,
    }
