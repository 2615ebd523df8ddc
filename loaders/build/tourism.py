"""Tourism: World Bank international arrivals (UN Tourism data) and monthly visitor totals."""

from pathlib import Path

import pandas as pd

from loaders.build.common import (
    SourceTable,
    curated_source,
    curated_tier,
    excluded_row,
    focus_pair,
    observation_frame,
    read_raw_csv,
)

WDI_FILE = "tourism/API_ST.INT.ARVL_DS2_en_csv_v2_1927083.csv"
MONTHLY_FILE = "tourism/master_monthly.csv"
PAIR = dict(focus_pair())
(TURKEY, _), _ = focus_pair()  # the monthly visitor counts are Turkey's
WDI = "wb-wdi-st-int-arvl"  # source ids, keys of curation/source_metadata.csv
MONTHLY = "tuik-visitors-monthly"


def parse(raw_dir: Path) -> SourceTable:
    wdi = read_raw_csv(raw_dir, WDI_FILE, ["Country Code", "Indicator Code"])
    rows = []
    for code in PAIR:
        matches = wdi[(wdi["Country Code"] == code) & (wdi["Indicator Code"] == "ST.INT.ARVL")]
        if len(matches) != 1:
            raise ValueError(f"{WDI_FILE}: expected one ST.INT.ARVL row for {code}")
        for year, value in matches.iloc[0].items():
            if not str(year).isdigit() or pd.isna(value):
                continue
            rows.append(
                {
                    "indicator": "tourist_arrivals_international",
                    "reporter": code,
                    "partner": "WLD",
                    "flow": "arrivals",
                    "product": "none",
                    "period": str(year),
                    "value": float(value),
                    "unit": "persons",
                    "source_id": WDI,
                    "vintage": "WDI download 1927083",
                    "tier": curated_tier(WDI),
                    "note": "all non-resident arrivals (for Turkey larger than the Ministry's "
                    "foreign-visitor count)",
                }
            )

    monthly = read_raw_csv(raw_dir, MONTHLY_FILE, ["date", "arrivals_total"])
    monthly = monthly.dropna(subset=["arrivals_total"])
    months = monthly["date"].str.slice(0, 7)
    excluded = []
    for month, value in zip(months, monthly["arrivals_total"], strict=True):
        rows.append(_visitors(month, "month", value, ""))
    by_year = monthly.assign(year=months.str.slice(0, 4)).groupby("year")["arrivals_total"]
    for year, values in by_year:
        if len(values) == 12:
            rows.append(_visitors(year, "year", values.sum(), "sum of 12 monthly values"))
        else:
            excluded.append(
                excluded_row(
                    MONTHLY_FILE,
                    year,
                    "annual visitor total",
                    f"{len(values)} months only: not a full year",
                )
            )
    sources = [
        curated_source(WDI, raw_file=WDI_FILE),
        curated_source(MONTHLY, raw_file=MONTHLY_FILE),
    ]
    return SourceTable("tourism", observation_frame(rows), sources, excluded)


def _visitors(period: str, period_type: str, value: float, note: str) -> dict:
    return {
        "indicator": "visitor_arrivals_all",
        "reporter": TURKEY,
        "partner": "WLD",
        "flow": "arrivals",
        "product": "none",
        "period": period,
        "period_type": period_type,
        "value": float(value),
        "unit": "persons",
        "source_id": MONTHLY,
        "vintage": "snapshot 4cb37dec",
        "tier": curated_tier(MONTHLY),
        "note": note,
    }
