"""Tourism: World Bank international arrivals (UN Tourism data) and monthly visitor totals."""

from pathlib import Path

import pandas as pd

from loaders.build.common import (
    SourceTable,
    excluded_row,
    focus_pair,
    observation_frame,
    read_raw_csv,
    source_row,
)

WDI_FILE = "tourism/API_ST.INT.ARVL_DS2_en_csv_v2_1927083.csv"
MONTHLY_FILE = "tourism/master_monthly.csv"
PAIR = dict(focus_pair())


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
                    "source_id": "wb-wdi-st-int-arvl",
                    "vintage": "WDI download 1927083",
                    "tier": "official_release",
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
        source_row(
            source_id="wb-wdi-st-int-arvl",
            kind="statistical_file",
            publisher="World Bank (data from UN Tourism / UNWTO)",
            title="International tourism, number of arrivals (ST.INT.ARVL)",
            url="https://data.worldbank.org/indicator/ST.INT.ARVL",
            edition="WDI bulk download v2_1927083",
            licence="CC BY 4.0",
            tier="official_release",
            raw_file=WDI_FILE,
            note="Copy from github.com/katyakraft/final_project_unesco. Turkey and Russia rows "
            "only; no country-of-origin breakdown.",
        ),
        source_row(
            source_id="tuik-visitors-monthly",
            kind="statistical_file",
            publisher="Turkish Statistical Institute / Ministry of Culture and Tourism "
            "(parsed by MetinSaldiris/turkey-tourism-macro-analysis)",
            title="Monthly visitor arrivals to Turkey, foreigners plus citizens resident abroad",
            url="https://github.com/MetinSaldiris/turkey-tourism-macro-analysis",
            retrieved="snapshot 4cb37dec (data to 2025-10)",
            licence="official statistics; reuse with citation of the publisher",
            tier="official_release",
            raw_file=MONTHLY_FILE,
            note="Column arrivals_total = sheet 'A-Yıl-Aya Göre G. Ziyaretçi', Toplam.",
        ),
    ]
    return SourceTable("tourism", observation_frame(rows), sources, excluded)


def _visitors(period: str, period_type: str, value: float, note: str) -> dict:
    return {
        "indicator": "visitor_arrivals_all",
        "reporter": "TUR",
        "partner": "WLD",
        "flow": "arrivals",
        "product": "none",
        "period": period,
        "period_type": period_type,
        "value": float(value),
        "unit": "persons",
        "source_id": "tuik-visitors-monthly",
        "vintage": "snapshot 4cb37dec",
        "tier": "official_release",
        "note": note,
    }
