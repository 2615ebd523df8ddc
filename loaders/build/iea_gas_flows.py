"""IEA Gas Trade Flows: monthly gas flows at Turkey's border points, four download vintages."""

from pathlib import Path

import pandas as pd

from loaders.build.common import (
    SourceTable,
    country,
    curated_source,
    curated_tier,
    excluded_row,
    focus_pair,
    observation_frame,
    read_raw_csv,
)

FOLDER = "extra/iea_gas_trade_flows_via_crea"
MONTHLY_EXTRACT = f"{FOLDER}/derived_iea_gtf_turkey_borderpoints_monthly.csv"
ANNUAL_EXTRACT = f"{FOLDER}/derived_iea_gtf_turkey_borderpoints_annual.csv"
LNG = "Liquefied Natural Gas"
KEY = "iea-gtf"  # curation/source_metadata.csv
(TURKEY, _), _ = focus_pair()  # the extracts hold flows into Turkey
# Facility names are background knowledge, not in the IEA file; they are shown as such.
ROUTE_HINT = {
    "Samsun": "Blue Stream landfall (route not stated by IEA)",
    "Kiyikoy": "TurkStream landfall (route not stated by IEA)",
    "Malkoclar": "Trans-Balkan line (route not stated by IEA)",
    "Turkgozu": "from Georgia; Azerbaijani gas route (not stated by IEA)",
}


def parse(raw_dir: Path) -> SourceTable:
    monthly = read_raw_csv(
        raw_dir, MONTHLY_EXTRACT, ["file", "borderpoint", "exit", "entry", "month", "value_mcm"]
    )
    annual = read_raw_csv(
        raw_dir,
        ANNUAL_EXTRACT,
        ["file", "borderpoint", "exit", "entry", "year", "value_mcm", "months_in_file"],
    )
    rows, excluded = [], []
    blank = blank_months(monthly)
    for line, record in enumerate(monthly.itertuples(index=False), start=2):
        if (record.file, record.month) in blank:
            excluded.append(
                excluded_row(MONTHLY_EXTRACT, line, _named(record, record.month), BLANK_MONTH)
            )
            continue
        rows.append(_row(record, record.month, "month", ""))
    for line, record in enumerate(annual.itertuples(index=False), start=2):
        gaps = sorted(m for f, m in blank if f == record.file and m[:4] == str(record.year))
        why = ""
        if gaps:
            why = (
                f"{len(gaps)} of its months ({gaps[0]} to {gaps[-1]}) are blank in the file"
                " (every entry point 0): not a full year"
            )
        elif record.months_in_file != 12:
            why = f"{record.months_in_file} months only: not a full year"
        if why:
            excluded.append(excluded_row(ANNUAL_EXTRACT, line, _named(record, record.year), why))
            continue
        rows.append(_row(record, str(record.year), "year", "sum of 12 monthly values"))
    frame = observation_frame(rows)
    frame = _prefer_newest_file(frame)
    vintages = sorted(monthly["file"].unique())
    sources = [
        curated_source(
            KEY,
            vintage=_vintage(file),
            file=file,
            folder=FOLDER,
            monthly_extract=MONTHLY_EXTRACT,
            annual_extract=ANNUAL_EXTRACT,
        )
        for file in vintages
    ]
    return SourceTable("gas_iea_border_points", frame, sources, excluded)


BLANK_MONTH = (
    "every entry point into Turkey, LNG terminals included, records 0 this month: a gap in the"
    " file, not a month without imports"
)


def blank_months(monthly: pd.DataFrame) -> set[tuple[str, str]]:
    """(file, month) pairs in which every flow into Turkey is 0.

    Turkey imports almost all the gas it burns, by pipeline and as LNG, every month; a month in
    which all its entry points, LNG terminals included, record nothing is a month the file
    leaves blank (in every vintage, May to September 2009), not a month without gas. Its zeros
    are not kept: a year holding such a month is not a full year.
    """
    into = monthly[monthly["entry"] == "Turkey"]
    totals = into.groupby(["file", "month"])["value_mcm"].sum()
    return {key for key, total in totals.items() if total <= 0}


def _named(record, period) -> str:
    """A raw row as excluded.csv names it: border point, direction, period and file."""
    return f"{record.borderpoint} {record.exit}->{record.entry} {period} ({record.file})"


def _row(record, period: str, period_type: str, note: str) -> dict:
    into_turkey = record.entry == "Turkey"
    other = record.exit if into_turkey else record.entry
    partner = country(other)[0]
    hint = ROUTE_HINT.get(record.borderpoint, "")
    return {
        "indicator": "gas_entry_flow",
        "reporter": TURKEY,
        "partner": partner,
        "flow": "import" if into_turkey else "export",
        "product": "lng" if LNG in (record.exit, record.entry) else "natural_gas",
        "breakdown": record.borderpoint,
        "period": period,
        "period_type": period_type,
        "value": float(record.value_mcm) / 1000,
        "unit": "bcm",
        "source_id": f"iea-gtf-{_vintage(record.file)}",
        "vintage": _vintage(record.file),
        "tier": curated_tier(KEY),
        "note": "; ".join(part for part in (note, hint) if part),
    }


def _vintage(file: str) -> str:
    stamp = file.removeprefix("Export_GTF_IEA_").removesuffix(".xls")
    return f"{stamp[:4]}-{stamp[4:]}"


def _prefer_newest_file(frame: pd.DataFrame) -> pd.DataFrame:
    key = ["partner", "flow", "product", "breakdown", "period"]
    newest = frame.groupby(key)["vintage"].transform("max")
    return frame.assign(preferred=frame["vintage"] == newest)
