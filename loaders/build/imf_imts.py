"""IMF International Merchandise Trade Statistics (IMTS), reporter Russian Federation.

From 2021 on, the IMF filled Russia's rows for Türkiye from Turkish data (SOURCES.md: they
reproduce TurkStat's and Türkiye's Comtrade figures to within 0.003% after a fixed CIF/FOB
factor). Those rows are kept with qualifier `estimated_from_partner`, so that no comparison
treats them as Russia's own record. Only the rows for Türkiye are kept: other partners'
rows cannot be checked partner by partner, and a table holding only the pair would rank
Türkiye first; they are listed in excluded.csv, one summary per trade flow.
"""

import csv
from pathlib import Path

from loaders.build.common import (
    SnapshotError,
    SourceTable,
    curated_source,
    curated_tier,
    excluded_row,
    focus_pair,
    observation_frame,
    require,
)

FAMILY = "trade_imf_imts"
RAW_FILE = "trade/imf_imts_rus_via_paulinakasetiene/RU_trade.csv"
SOURCE_ID = "imf-imts-rus"
VINTAGE = "snapshot 0d3a9a4a (2026-05-09)"
(PARTNER, _), (REPORTER, _) = focus_pair()  # the file: Russia's rows, counterpart Türkiye
PARTNER_ID = PARTNER  # IMF COUNTERPART_COUNTRY.ID is ISO alpha-3 here
# IMF estimates Russia's rows for the partner from the partner's data from this year on.
FIRST_ESTIMATED_YEAR = 2021
FLOWS = {"XG": ("export", "FOB", "XG_FOB_USD"), "MG": ("import", "CIF", "MG_CIF_USD")}
FIXED = {
    "DATASET": "IMF.STA:IMTS(1.0.0)",
    "COUNTRY.ID": REPORTER,
    "FREQUENCY.ID": "A",
    "SCALE": "Millions",
}
ESTIMATE_NOTE = (
    "IMF estimate from Türkiye's data, not a Russian record (reproduces the Turkish figures "
    "after a fixed CIF/FOB factor)"
)


def parse(raw_dir: Path) -> SourceTable:
    with require(raw_dir, RAW_FILE).open(newline="", encoding="utf-8-sig") as handle:
        records = list(csv.DictReader(handle))
    if not records:
        raise SnapshotError(f"{RAW_FILE}: no rows")
    years = [c for c in records[0] if c.isdigit()]
    rows, left_out = [], {}
    for line, record in enumerate(records, start=2):
        for column, expected in FIXED.items():
            if record.get(column) != expected:
                raise SnapshotError(
                    f"{RAW_FILE} line {line}: {column} is {record.get(column)!r}, "
                    f"expected {expected!r}"
                )
        flow_id = record["TRADE_FLOW.ID"]
        if flow_id not in FLOWS or record["INDICATOR.ID"] != FLOWS[flow_id][2]:
            raise SnapshotError(
                f"{RAW_FILE} line {line}: flow {flow_id!r} with indicator "
                f"{record['INDICATOR.ID']!r} is not one this parser knows"
            )
        if record["COUNTERPART_COUNTRY.ID"] != PARTNER_ID:
            left_out.setdefault(flow_id, []).append(line)
            continue
        flow, valuation, _indicator = FLOWS[flow_id]
        for year in years:
            text = record[year].strip()
            if not text:
                continue
            try:
                value = float(text)
            except ValueError:
                raise SnapshotError(
                    f"{RAW_FILE} line {line}, year {year}: {text!r} is not a number"
                ) from None
            estimated = int(year) >= FIRST_ESTIMATED_YEAR
            rows.append(
                {
                    "indicator": "merchandise_trade",
                    "reporter": REPORTER,
                    "partner": PARTNER,
                    "flow": flow,
                    "period": year,
                    "value": value * 1e6,
                    "unit": "USD",
                    "qualifier": "estimated_from_partner" if estimated else "exact",
                    "source_id": SOURCE_ID,
                    "vintage": VINTAGE,
                    "tier": curated_tier(SOURCE_ID),
                    "note": f"{valuation}; {ESTIMATE_NOTE}" if estimated else valuation,
                }
            )
    if not rows:
        raise SnapshotError(f"{RAW_FILE}: no row for counterpart {PARTNER_ID}")
    excluded = [
        excluded_row(
            RAW_FILE,
            f"{len(lines)} rows",
            f"Russia's {FLOWS[flow_id][0]}s ({flow_id}) with every counterpart other than "
            "Türkiye, World included",
            "only the pair is kept: from 2021 these rows may be IMF estimates that cannot be "
            "checked partner by partner, and a table of the pair and World alone would rank "
            "Türkiye first",
        )
        for flow_id, lines in sorted(left_out.items())
    ]
    return SourceTable(FAMILY, observation_frame(rows), [_source()], excluded)


def _source() -> dict:
    return curated_source(
        SOURCE_ID, vintage=VINTAGE, raw_file=RAW_FILE, first_estimated_year=FIRST_ESTIMATED_YEAR
    )
