"""IEA Gas Trade Flows: monthly gas flows at Turkey's border points, four download vintages."""

from pathlib import Path

import pandas as pd

from loaders.build.common import (
    SourceTable,
    country,
    excluded_row,
    observation_frame,
    read_raw_csv,
    source_row,
)

FOLDER = "extra/iea_gas_trade_flows_via_crea"
MONTHLY_EXTRACT = f"{FOLDER}/derived_iea_gtf_turkey_borderpoints_monthly.csv"
ANNUAL_EXTRACT = f"{FOLDER}/derived_iea_gtf_turkey_borderpoints_annual.csv"
LNG = "Liquefied Natural Gas"
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
    for record in monthly.itertuples(index=False):
        rows.append(_row(record, record.month, "month", ""))
    for line, record in enumerate(annual.itertuples(index=False), start=2):
        if record.months_in_file != 12:
            excluded.append(
                excluded_row(
                    ANNUAL_EXTRACT,
                    line,
                    f"{record.borderpoint} {record.exit}->{record.entry} "
                    f"{record.year} ({record.file})",
                    f"{record.months_in_file} months only: not a full year",
                )
            )
            continue
        rows.append(_row(record, str(record.year), "year", "sum of 12 monthly values"))
    frame = observation_frame(rows)
    frame = _prefer_newest_file(frame)
    vintages = sorted(monthly["file"].unique())
    sources = [
        source_row(
            source_id=f"iea-gtf-{_vintage(file)}",
            kind="statistical_file",
            publisher="International Energy Agency",
            title=f"Gas Trade Flows, monthly by border point ({file})",
            url="https://www.iea.org/data-and-statistics/data-product/gas-trade-flows",
            edition=_vintage(file),
            licence="IEA Gas Trade Flows: free download under IEA terms of use",
            tier="official_release",
            raw_file=f"{FOLDER}/{file}; rows via {MONTHLY_EXTRACT} and {ANNUAL_EXTRACT}",
            note="Million m3 at 15 C and 760 mm Hg (converted to bcm). Border points, not gas "
            "origin. Copies found in CREA's fossil_shipment_tracker_r.",
        )
        for file in vintages
    ]
    return SourceTable("gas_iea_border_points", frame, sources, excluded)


def _row(record, period: str, period_type: str, note: str) -> dict:
    into_turkey = record.entry == "Turkey"
    other = record.exit if into_turkey else record.entry
    partner = country(other)[0]
    hint = ROUTE_HINT.get(record.borderpoint, "")
    return {
        "indicator": "gas_entry_flow",
        "reporter": "TUR",
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
        "tier": "official_release",
        "note": "; ".join(part for part in (note, hint) if part),
    }


def _vintage(file: str) -> str:
    stamp = file.removeprefix("Export_GTF_IEA_").removesuffix(".xls")
    return f"{stamp[:4]}-{stamp[4:]}"


def _prefer_newest_file(frame: pd.DataFrame) -> pd.DataFrame:
    key = ["partner", "flow", "product", "breakdown", "period"]
    newest = frame.groupby(key)["vintage"].transform("max")
    return frame.assign(preferred=frame["vintage"] == newest)
