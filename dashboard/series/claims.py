"""Claims to draw on a chart: the checked claims about one quantity, in the chart's unit;
and the records a single claim's chart draws around it."""

import pandas as pd

from factcheck import evidence_table

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


def claim_months(period: str) -> tuple[float, float] | None:
    """Where a claim over several months ("2023-01/2023-06") starts and ends on a chart of
    months: from its first month's place (year + (month - 1) / 12) to the end of its last."""
    parts = str(period or "").split("/")
    months = all(len(p) == 7 and p[:4].isdigit() and p[5:].isdigit() for p in parts)
    if len(parts) != 2 or not months:
        return None
    (first_year, first_month), (last_year, last_month) = ((int(p[:4]), int(p[5:])) for p in parts)
    return first_year + (first_month - 1) / 12, last_year + last_month / 12


# Years either side of a claim over months that its chart draws: the checker looks as far
# for a figure to set beside it ("nothing within three years").
YEARS_AROUND = 3
MONTHLY = ("month", "month_range")


def claim_span(period: str) -> tuple[int, int] | None:
    """First and last calendar year of a claimed period ("2023-01/2023-06" -> 2023, 2023)."""
    years = [int(part[:4]) for part in str(period or "").split("/") if part[:4].isdigit()]
    return (min(years), max(years)) if years else None


def claim_evidence(
    claim: pd.Series,
    observations: pd.DataFrame,
    sources: pd.DataFrame,
    verdict: pd.Series | None = None,
) -> pd.DataFrame:
    """What a claim's chart draws: the records of its quantity, `span` "month", "months"
    or "year".

    A claim over months is drawn on the months around it (YEARS_AROUND either side), with
    the whole-year records of those years beside them, each over the year it covers: a
    figure for January–June is bounded by the year's, and the checker names the year's
    figure when no month is recorded. The figure the `verdict` was judged against, when
    it is a sum over several months, is drawn too ("months"), in its source's series. A
    claim over years keeps every year recorded.
    """
    found = evidence_table(claim, observations, sources)
    if claim["period_granularity"] not in MONTHLY:
        return found.assign(span="year")
    whole = claim.copy()
    whole["period"] = str(claim["period"])[:4]
    whole["period_granularity"] = "year"
    years = evidence_table(whole, observations, sources)
    parts = [found.assign(span="month"), years.assign(span="year"), _judged(found, verdict)]
    parts = [p for p in parts if len(p)]
    if not parts:  # nothing recorded for the quantity: an empty frame, nothing to chart
        return found.assign(span="month")
    rows = pd.concat(parts, ignore_index=True)
    span = claim_span(claim["period"])
    if span is None:
        return rows
    near = rows["year"].astype(int).between(span[0] - YEARS_AROUND, span[1] + YEARS_AROUND)
    # Nothing recorded near the claim: every record, so the chart shows what there is.
    return rows[near].reset_index(drop=True) if near.any() else rows


def _judged(months: pd.DataFrame, verdict: pd.Series | None) -> pd.DataFrame:
    """The verdict's recorded figure as a row, when it is a sum over several months of a
    series the chart draws (its months are among `months`); else no row."""
    if verdict is None or pd.isna(verdict.get("recorded_value")):
        return months[:0]
    period = str(verdict.get("recorded_period") or "")
    series = months.loc[months["source_id"] == verdict.get("source"), "series"]
    if claim_months(period) is None or series.empty:
        return months[:0]
    row = {
        "value": float(verdict["recorded_value"]),
        "unit": verdict["recorded_unit"],
        "year": int(period[:4]),
        "source_id": verdict["source"],
        "tier": verdict["tier"],
        "view": verdict.get("view", ""),
        "method": verdict.get("method", ""),
        "period": period,
        "series": series.iloc[0],
        "span": "months",
    }
    return pd.DataFrame([row]).reindex(columns=[*months.columns, "span"])


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
