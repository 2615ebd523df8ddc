"""Eurostat energy imports of Turkey by partner: the annual NRG_TI_GAS extract and the monthly
nrg_ti_gasm / nrg_ti_oilm series as relayed by CREA."""

from pathlib import Path

from loaders.build.common import (
    SnapshotError,
    SourceTable,
    country,
    curated_source,
    curated_tier,
    excluded_row,
    focus_pair,
    observation_frame,
    read_raw_csv,
)

ANNUAL_EXTRACT = "energy/eurostat_nrg_ti_gas_turkey_extract.csv"
ANNUAL_WORKBOOK = "energy/custom-table-imports-of-natural-gas-by-partner-country.xlsx"
MONTHLY_EXTRACT = (
    "extra/crea_fossil_shipment_tracker_r/derived_eurostat_turkey_imports_by_partner_monthly.csv"
)
ANNUAL_MONTHLY_EXTRACT = (
    "extra/crea_fossil_shipment_tracker_r/derived_eurostat_turkey_imports_by_partner_annual.csv"
)
(TURKEY, _), _ = focus_pair()  # the extracts hold Turkey's imports
BORDER_NOTE = "partner is the country of border entry, not necessarily the gas origin"

# Eurostat product code -> (indicator, product)
SIEC = {
    "Natural gas": ("gas_imports", "natural_gas"),
    "Liquefied natural gas": ("gas_imports", "lng"),
    "G3000 natural gas (incl. LNG)": ("gas_imports", "natural_gas"),
    "G3200 liquefied natural gas": ("gas_imports", "lng"),
    "O4100_TOT crude oil": ("oil_imports", "crude_oil"),
    "O4600 oil products": ("oil_imports", "oil_products"),
}
# Eurostat unit -> (canonical unit, factor)
UNITS = {
    "Terajoule (gross calorific value - GCV)": ("TJ", 1.0),
    "TJ_GCV (terajoule, gross calorific value)": ("TJ", 1.0),
    "MIO_M3 (million m3)": ("bcm", 1e-3),
    "THS_T (thousand tonnes)": ("tonnes", 1e3),
}


def parse(raw_dir: Path) -> SourceTable:
    rows, excluded = [], []
    annual = read_raw_csv(raw_dir, ANNUAL_EXTRACT, ["siec", "partner", "unit", "year", "value"])
    for line, record in enumerate(annual.itertuples(index=False), start=2):
        indicator, product = _lookup(SIEC, record.siec, ANNUAL_EXTRACT, line)
        unit, factor = _lookup(UNITS, record.unit, ANNUAL_EXTRACT, line)
        partner = "WLD" if record.partner == "Total" else country(record.partner)[0]
        rows.append(
            _row(
                indicator,
                partner,
                product,
                str(record.year),
                "year",
                record.value * factor,
                unit,
                "eurostat-nrg-ti-gas",
                "extracted 2022-04-05",
                "",
            )
        )

    monthly = read_raw_csv(
        raw_dir,
        MONTHLY_EXTRACT,
        ["partner", "month", "siec", "value_eurostat_unit", "eurostat_unit"],
    )
    for line, record in enumerate(monthly.itertuples(index=False), start=2):
        code, kind = country(record.partner)
        if kind == "unallocated":
            excluded.append(
                excluded_row(
                    MONTHLY_EXTRACT, line, record.partner, "aggregate partner codes summed by CREA"
                )
            )
            continue
        indicator, product = _lookup(SIEC, record.siec, MONTHLY_EXTRACT, line)
        unit, factor = _lookup(UNITS, record.eurostat_unit, MONTHLY_EXTRACT, line)
        rows.append(
            _row(
                indicator,
                code,
                product,
                record.month,
                "month",
                record.value_eurostat_unit * factor,
                unit,
                "eurostat-energy-monthly",
                "CREA snapshot 2022-12",
                BORDER_NOTE,
            )
        )

    yearly = read_raw_csv(
        raw_dir,
        ANNUAL_MONTHLY_EXTRACT,
        [
            "partner",
            "year",
            "siec",
            "eurostat_unit",
            "value_eurostat_unit",
            "months_with_nonzero_data",
        ],
    )
    for line, record in enumerate(yearly.itertuples(index=False), start=2):
        code, kind = country(record.partner)
        if kind == "unallocated":
            continue
        if record.months_with_nonzero_data != 12:
            excluded.append(
                excluded_row(
                    ANNUAL_MONTHLY_EXTRACT,
                    line,
                    f"{record.partner} {record.year} {record.siec}",
                    f"only {record.months_with_nonzero_data} months with data"
                    " (CREA dropped zero months): not a full-year total",
                )
            )
            continue
        indicator, product = _lookup(SIEC, record.siec, ANNUAL_MONTHLY_EXTRACT, line)
        unit, factor = _lookup(UNITS, record.eurostat_unit, ANNUAL_MONTHLY_EXTRACT, line)
        rows.append(
            _row(
                indicator,
                code,
                product,
                str(record.year),
                "year",
                record.value_eurostat_unit * factor,
                unit,
                "eurostat-energy-monthly",
                "CREA snapshot 2022-12",
                f"sum of 12 monthly values; {BORDER_NOTE}",
            )
        )

    sources = [
        curated_source("eurostat-nrg-ti-gas", workbook=ANNUAL_WORKBOOK, extract=ANNUAL_EXTRACT),
        curated_source(
            "eurostat-energy-monthly",
            monthly_extract=MONTHLY_EXTRACT,
            annual_extract=ANNUAL_MONTHLY_EXTRACT,
            border_note=BORDER_NOTE.capitalize(),
        ),
    ]
    return SourceTable("energy_eurostat", observation_frame(rows), sources, excluded)


def _row(
    indicator: str,
    partner: str,
    product: str,
    period: str,
    period_type: str,
    value: float,
    unit: str,
    source_id: str,
    vintage: str,
    note: str,
) -> dict:
    return {
        "indicator": indicator,
        "reporter": TURKEY,
        "partner": partner,
        "flow": "import",
        "product": product,
        "period": period,
        "period_type": period_type,
        "value": float(value),
        "unit": unit,
        "source_id": source_id,
        "vintage": vintage,
        "tier": curated_tier(source_id),
        "note": note,
    }


def _lookup(table: dict, key: str, file: str, line: int):
    if key not in table:
        raise SnapshotError(f"{file} line {line}: unknown value {key!r}")
    return table[key]
