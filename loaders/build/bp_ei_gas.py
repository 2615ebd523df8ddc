"""BP / Energy Institute Statistical Review: Turkey's gas imports by origin, per edition.

Reads the mechanical extracts that sit beside the workbooks in ../shared (each row names its
workbook and sheet); SOURCES.md documents how they were made.
"""

import re
from pathlib import Path

import pandas as pd

from loaders.build import bp_ei_matrix
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

TRADE_EXTRACT = "energy/turkey_gas_trade_by_origin_from_bp_ei_workbooks.csv"
EDITION_2022_EXTRACT = "extra/bp_2022_edition/derived_bp2022_turkey_gas_trade.csv"
EI_2026_EXTRACT = "energy/turkiye_series_from_ei_statistical_review_2026_ei_data_json.csv"
PRODUCT_BY_FLOW = {"pipeline": "pipeline_gas", "LNG": "lng"}
(TURKEY, _), _ = focus_pair()  # the extracts hold Turkey's imports
TIER = curated_tier("bp-ei-sr-ei")
GCV_NOTE = "bcm at 40 MJ/m3 GCV (BP/EI standard), not national Sm3"


def parse(raw_dir: Path) -> SourceTable:
    trade = read_raw_csv(
        raw_dir,
        TRADE_EXTRACT,
        [
            "data_year",
            "flow",
            "origin",
            "value_bcm",
            "source_file",
            "edition",
            "sheet",
        ],
    )
    rows, sources = [], {}
    for record in trade.itertuples(index=False):
        year = _edition_year(record.edition)
        source_id = f"bp-ei-sr-{year}"
        sources.setdefault(
            source_id,
            _source(source_id, record.edition, year, f"energy/{record.source_file}", TRADE_EXTRACT),
        )
        rows.append(
            _gas_row(
                record.origin,
                record.flow,
                record.data_year,
                record.value_bcm,
                source_id,
                year,
                f"sheet: {record.sheet}",
            )
        )

    edition_2022 = read_raw_csv(
        raw_dir,
        EDITION_2022_EXTRACT,
        ["edition", "sheet", "data_year", "importer", "exporter_or_item", "value_bcm"],
    )
    turkey_2022 = edition_2022[edition_2022["importer"] == "Turkey"]
    sources["bp-ei-sr-2022"] = _source(
        "bp-ei-sr-2022",
        "bp Statistical Review of World Energy June 2022",
        2022,
        "extra/bp_2022_edition/bp-stats-review-2022-all-data.xlsx",
        EDITION_2022_EXTRACT,
    )
    for record in turkey_2022.itertuples(index=False):
        rows.append(
            _gas_row(
                record.exporter_or_item,
                "LNG",
                record.data_year,
                record.value_bcm,
                "bp-ei-sr-2022",
                2022,
                f"sheet: {record.sheet}",
            )
        )

    ei_2026 = read_raw_csv(raw_dir, EI_2026_EXTRACT, ["sheet", "entity", "year", "value"])
    sources["bp-ei-sr-2026"] = _source(
        "bp-ei-sr-2026",
        "Energy Institute Statistical Review 2026 edition",
        2026,
        "energy/ei_data.json",
        EI_2026_EXTRACT,
    )
    for record in ei_2026.itertuples(index=False):
        if record.sheet == "Gas - LNG imports bcm":
            rows.append(
                _gas_row(
                    "World",
                    "LNG",
                    record.year,
                    record.value,
                    "bp-ei-sr-2026",
                    2026,
                    f"sheet: {record.sheet}",
                )
            )
        elif record.sheet == "Gas Consumption - Bcm":
            rows.append(
                {
                    "indicator": "gas_consumption",
                    "reporter": TURKEY,
                    "partner": "WLD",
                    "flow": "consumption",
                    "product": "natural_gas",
                    "period": str(int(record.year)),
                    "value": float(record.value),
                    "unit": "bcm",
                    "source_id": "bp-ei-sr-2026",
                    "vintage": "2026 edition",
                    "tier": TIER,
                    "note": f"sheet: {record.sheet}",
                }
            )
    rows, excluded = _drop_repeated_sheet_totals(rows)
    column_rows, left_out = bp_ei_matrix.exporter_column_rows(raw_dir, TURKEY, _column_row)
    for row in column_rows:
        if row["source_id"] not in sources:
            raise SnapshotError(f"{bp_ei_matrix.MATRIX_FILE}: no source row {row['source_id']!r}")
    rows += column_rows
    excluded += left_out
    frame = mark_newest_edition_preferred(observation_frame(rows))
    ordered_sources = sorted(sources.values(), key=lambda s: s["source_id"])
    return SourceTable("gas_bp_ei", frame, ordered_sources, excluded)


def _drop_repeated_sheet_totals(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """An edition may print the same total in two sheets; keep the first, fail if they differ."""
    kept: dict[tuple, dict] = {}
    excluded = []
    for row in rows:
        key = tuple(row[k] for k in ("indicator", "partner", "product", "period", "source_id"))
        if key not in kept:
            kept[key] = row
            continue
        first = kept[key]
        if abs(first["value"] - row["value"]) > 1e-4:
            raise SnapshotError(
                f"{row['source_id']}: {key} printed twice with different values "
                f"({first['value']} in {first['note']}; {row['value']} in "
                f"{row['note']})"
            )
        excluded.append(
            excluded_row(
                EDITION_2022_EXTRACT,
                f"{row['period']} {row['note']}",
                f"{row['product']} total",
                "same total as the trade-movements sheet of the same edition",
            )
        )
    return list(kept.values()), excluded


def mark_newest_edition_preferred(frame: pd.DataFrame) -> pd.DataFrame:
    """Where editions report the same quantity, only the newest edition is preferred."""
    key = ["indicator", "reporter", "partner", "flow", "product", "period", "unit"]
    edition = frame["vintage"].str.extract(r"(\d{4})", expand=False).astype(int)
    newest = edition.groupby([frame[k] for k in key]).transform("max")
    return frame.assign(preferred=edition == newest)


def _gas_row(
    origin: str, flow: str, year: object, value: float, source_id: str, edition_year: int, note: str
) -> dict:
    code, _kind = country(origin.strip())
    return {
        "indicator": "gas_imports",
        "reporter": TURKEY,
        "partner": code,
        "flow": "import",
        "product": PRODUCT_BY_FLOW[flow],
        "period": str(int(year)),  # type: ignore[call-overload]
        "value": float(value),
        "unit": "bcm",
        "source_id": source_id,
        "vintage": f"{edition_year} edition",
        "tier": TIER,
        "note": f"{note}; origin as written: {origin.strip()}; {GCV_NOTE}",
    }


def _column_row(
    importer: str, exporter: str, product: str, year: int, value: float, edition: int, note: str
) -> dict:
    """A row of an exporter's column of one edition's trade matrix (bp_ei_matrix)."""
    return {
        "indicator": "gas_imports",
        "reporter": importer,
        "partner": exporter,
        "flow": "import",
        "product": product,
        "period": str(year),
        "value": float(value),
        "unit": "bcm",
        "source_id": f"bp-ei-sr-{edition}",
        "vintage": f"{edition} edition",
        "tier": TIER,
        "note": f"{note}; {GCV_NOTE}",
    }


def _edition_year(edition: str) -> int:
    match = re.search(r"(\d{4}) edition", edition)
    if not match:
        raise ValueError(f"{TRADE_EXTRACT}: cannot read an edition year from {edition!r}")
    return int(match.group(1))


def _source(source_id: str, title: str, year: int, workbook: str, extract: str) -> dict:
    key = "bp-ei-sr-bp" if year <= 2022 else "bp-ei-sr-ei"  # bp published to 2022, EI after
    row = curated_source(
        key, year=year, title=title, workbook=workbook, extract=extract, gcv_note=GCV_NOTE
    )
    if row["source_id"] != source_id:
        raise SnapshotError(f"{key}: source id {row['source_id']!r}, expected {source_id!r}")
    return row
