"""IMF Direction of Trade Statistics workbooks: one reporter against every partner, by year."""

from pathlib import Path

import openpyxl

from loaders.build.common import (
    SnapshotError,
    SourceTable,
    curated_source,
    curated_tier,
    excluded_row,
    focus_pair,
    imf_partner,
    observation_frame,
    require,
)

FOLDER = "trade/imf_dots_via_SamLeBlanc"
KEY = "imf-dots"  # curation/source_metadata.csv
# The copy's workbooks for the pair (reporter code, name as in cell B4 = the pair's name).
WORKBOOKS = dict(zip(("DOTS_200.xlsx", "DOTS_162.xlsx"), focus_pair(), strict=True))
SHEETS = {"Exports, FOB": ("export", "FOB"), "Imports, CIF": ("import", "CIF")}
UNIT_LABEL = "US Dollars, Millions"
VINTAGE = "2022-02"  # downloaded from IMF by the repository author around February 2022
YEAR_ROW, FIRST_DATA_ROW = 7, 8


def parse(raw_dir: Path) -> SourceTable:
    rows, excluded, sources = [], [], []
    for file_name, (reporter, reporter_name) in WORKBOOKS.items():
        relative = f"{FOLDER}/{file_name}"
        source_id = f"imf-dots-{reporter.lower()}"
        workbook = openpyxl.load_workbook(require(raw_dir, relative), read_only=True)
        try:
            for sheet_name, (flow, valuation) in SHEETS.items():
                if sheet_name not in workbook.sheetnames:
                    raise SnapshotError(f"{relative}: sheet {sheet_name!r} missing")
                cells = list(workbook[sheet_name].iter_rows(values_only=True))
                _check_header(cells, relative, sheet_name, reporter_name)
                years = [str(y).strip() if y is not None else "" for y in cells[YEAR_ROW - 1][2:]]
                seen: dict[str, tuple[int, tuple]] = {}
                for line, row in enumerate(cells[FIRST_DATA_ROW - 1 :], start=FIRST_DATA_ROW):
                    name = row[1]
                    if not name:
                        continue
                    code, kind = imf_partner(name)
                    if kind in ("aggregate", "unallocated"):
                        excluded.append(
                            excluded_row(relative, f"{sheet_name}!B{line}", name, f"IMF {kind} row")
                        )
                        continue
                    if code in seen:
                        first_line, first_values = seen[code]
                        if first_values != tuple(row[2:]):
                            raise SnapshotError(
                                f"{relative}: sheet {sheet_name!r} lists {name!r} on rows "
                                f"{first_line} and {line} with different values"
                            )
                        excluded.append(
                            excluded_row(
                                relative,
                                f"{sheet_name}!B{line}",
                                name,
                                f"repeats row {first_line} with identical values",
                            )
                        )
                        continue
                    seen[code] = (line, tuple(row[2:]))
                    for year, value in zip(years, row[2:], strict=False):
                        if value is None or value == "":
                            continue
                        if not isinstance(value, int | float):
                            raise SnapshotError(
                                f"{relative}: sheet {sheet_name!r} row {line} ({name}), "
                                f"year {year}: expected a number, found {value!r}"
                            )
                        rows.append(
                            {
                                "indicator": "merchandise_trade",
                                "reporter": reporter,
                                "partner": code,
                                "flow": flow,
                                "period": year,
                                "value": float(value) * 1e6,
                                "unit": "USD",
                                "source_id": source_id,
                                "vintage": VINTAGE,
                                "tier": curated_tier(KEY),
                                "note": valuation,
                            }
                        )
        finally:
            workbook.close()
        sources.append(
            curated_source(
                KEY,
                reporter=reporter.lower(),
                reporter_name=reporter_name,
                vintage=VINTAGE,
                raw_file=relative,
            )
        )
    return SourceTable("trade_imf_dots", observation_frame(rows), sources, excluded)


def _check_header(cells: list[tuple], relative: str, sheet: str, reporter_name: str) -> None:
    """Fail loudly if the workbook is not laid out as SOURCES.md describes."""
    found_reporter = cells[3][1] if len(cells) > 3 else None
    found_unit = cells[4][1] if len(cells) > 4 else None
    if found_reporter != reporter_name:
        raise SnapshotError(
            f"{relative}: sheet {sheet!r} cell B4 is {found_reporter!r}, expected {reporter_name!r}"
        )
    if found_unit != UNIT_LABEL:
        raise SnapshotError(
            f"{relative}: sheet {sheet!r} cell B5 is {found_unit!r}, expected {UNIT_LABEL!r}"
        )
    first_year = cells[YEAR_ROW - 1][2] if len(cells) >= YEAR_ROW else None
    if first_year is None or not str(first_year).strip().isdigit():
        raise SnapshotError(f"{relative}: sheet {sheet!r} row {YEAR_ROW} holds no years")
