"""BP / Energy Institute trade matrices: one exporter's column, every importing country.

The pipeline and LNG trade-movement sheets list importers as rows and exporters as columns
(bcm). This reads the exporter's column (the Russian Federation's, named in
curation/bp_ei_matrix.csv) of the editions that still list the importing countries one by
one, so that a buyer's place among the exporter's customers can be worked out. Rows are
written into the gas_bp_ei table by bp_ei_gas (one writer per table):

- an importing country: one gas_imports row (reporter the importer, partner the exporter);
- a regional subtotal ("Europe", "CIS", "Total exports"): left out, recorded in excluded.csv;
- a residual row ("Other Europe", "Other EU", "Other CIS"...): several unnamed countries, kept
  under its residual code (curation/country_names.csv, kind residual_group; one row per code
  and sheet): a pool that widens a computed place into bounds (factcheck/derive.py
  column_ranks). Each residual row is kept apart because one country sits in one of them: the
  largest row bounds what a single hidden country can hold;
- the focus country's own row is already built from the Turkey extract and is not repeated.
"""

import csv
import re
from pathlib import Path

import pandas as pd

from loaders.build.common import CURATION_DIR, SnapshotError, country, excluded_row, require
from validation.vocabulary import RESIDUAL_CODES

MATRIX_FILE = CURATION_DIR / "bp_ei_matrix.csv"
ROLES_FILE = CURATION_DIR / "bp_ei_matrix_rows.csv"
PRODUCT_BY_SHEET = {"pipeline": "pipeline_gas", "lng": "lng"}


def _read(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def editions() -> list[dict]:
    """edition, workbook, pipeline sheet, LNG sheet, exporter: from curation/bp_ei_matrix.csv."""
    return _read(MATRIX_FILE)


def row_roles() -> dict[str, str]:
    """Row label -> 'subtotal' (every other label must be a country or a residual row)."""
    roles = {}
    for line, row in enumerate(_read(ROLES_FILE), start=2):
        if row["role"] != "subtotal":
            raise SnapshotError(f"{ROLES_FILE} line {line}: role must be subtotal")
        roles[row["label"]] = row["role"]
    return roles


def exporter_column_rows(
    raw_dir: Path, skip_importer: str, gas_row
) -> tuple[list[dict], list[dict]]:
    """(observation rows, excluded rows) of every listed edition's exporter column.

    `gas_row(importer, exporter, product, year, value, edition, note)` (codes, bcm, edition
    year) makes one row as the caller's other BP rows are made (source, vintage and tier of
    that edition).
    """
    roles = row_roles()
    rows, excluded = [], []
    for edition in editions():
        workbook = f"energy/{edition['workbook']}"
        exporter, _ = country(edition["exporter"])
        path = require(raw_dir, workbook)
        for kind, product in PRODUCT_BY_SHEET.items():
            sheet = edition[f"{kind}_sheet"]
            found, left_out = _column(path, workbook, sheet, edition["exporter"], roles)
            year = int(edition["edition"]) - 1
            _check_total(workbook, sheet, found, left_out)
            pools: dict[str, list] = {}
            for label, code, value, data_year in found:
                if data_year != year:
                    raise SnapshotError(
                        f"{workbook}, sheet {sheet!r}: title gives {data_year}, the"
                        f" {edition['edition']} edition should hold {year}"
                    )
                if code in RESIDUAL_CODES:
                    pools.setdefault(code, []).append((label, value))
                    continue
                if code == skip_importer:
                    continue  # already built from the focus country's extract
                note = (
                    f"workbook {edition['workbook']}, sheet: {sheet}, row: {label}, column:"
                    f" {edition['exporter']}"
                )
                rows.append(
                    gas_row(code, exporter, product, year, value, int(edition["edition"]), note)
                )
            for code, held in pools.items():
                note = (
                    f"workbook {edition['workbook']}, sheet: {sheet}, row:"
                    f" {' + '.join(label for label, _ in held)}, column: {edition['exporter']};"
                    " a residual row: several countries the sheet does not name"
                )
                value = sum(v for _, v in held)
                rows.append(
                    gas_row(code, exporter, product, year, value, int(edition["edition"]), note)
                )
            excluded += [
                excluded_row(
                    workbook,
                    f"sheet {sheet}, row {label}",
                    f"{edition['exporter']} {value:.4f} bcm",
                    reason,
                )
                for label, value, reason in left_out
            ]
    return rows, excluded


def _check_total(workbook: str, sheet: str, found: list, left_out: list) -> None:
    """The kept rows (countries and pools) must add up to the column's printed total, so
    that no subtotal is kept and no country is lost."""
    totals = [value for label, value, _ in left_out if label.lower().startswith("total")]
    if len(totals) != 1:
        raise SnapshotError(f"{workbook}, sheet {sheet!r}: expected one 'Total' row")
    total = totals[0]
    kept = sum(value for _, _, value, _ in found)
    if abs(kept - total) > 0.01:
        raise SnapshotError(
            f"{workbook}, sheet {sheet!r}: countries and residual rows add up to {kept:.4f}"
            f" bcm, the printed total is {total:.4f}: a subtotal or pool is misclassified"
            f" in {ROLES_FILE.name}"
        )


def _column(
    path: Path, workbook: str, sheet: str, exporter: str, roles: dict[str, str]
) -> tuple[list[tuple[str, str, float, int]], list[tuple[str, float, str]]]:
    """(label, code, value, data year) of each non-zero cell of the exporter's column, and
    (label, value, reason) of each subtotal left out."""
    try:
        table = pd.read_excel(path, sheet_name=sheet, header=None)
    except ValueError as err:
        raise SnapshotError(f"{workbook}: no sheet {sheet!r} ({err})") from None
    title = str(table.iloc[0, 0])
    match = re.search(r"(\d{4})", title)
    if not match:
        raise SnapshotError(f"{workbook}, sheet {sheet!r}: no year in the title {title!r}")
    header = None
    for i in range(min(10, len(table))):
        if str(table.iloc[i, 0]).strip() == "To":
            header = i
            break
    if header is None:
        raise SnapshotError(f"{workbook}, sheet {sheet!r}: no header row starting 'To'")
    # A long exporter name may be split over the header row and the row above it
    # ("Russian" / "Federation", "Trinidad &" / "Tobago").
    columns = [_cell_name(table, header - 1, j, header) for j in range(table.shape[1])]
    if exporter not in columns:
        raise SnapshotError(f"{workbook}, sheet {sheet!r}: no column {exporter!r}")
    col = columns.index(exporter)
    found, left_out = [], []
    for i in range(header + 1, len(table)):
        label = " ".join(str(table.iloc[i, 0]).split())
        value = table.iloc[i, col]
        if label in ("", "nan") or not isinstance(value, int | float) or pd.isna(value):
            continue
        if value == 0:
            continue
        role = roles.get(label)
        if role == "subtotal":
            left_out.append((label, float(value), "regional or world subtotal of the rows"))
            continue
        try:
            code, kind = country(label)
        except SnapshotError as err:
            raise SnapshotError(
                f"{workbook}, sheet {sheet!r}, row {i + 1} ({label!r}): {err}; or list it as"
                f" a subtotal in {ROLES_FILE.name}"
            ) from None
        residual = kind == "residual_group"
        if (kind != "country" and not residual) or residual != (code in RESIDUAL_CODES):
            raise SnapshotError(
                f"{workbook}, sheet {sheet!r}, row {i + 1} ({label!r}): {kind} {code!r} is"
                " neither a country nor a residual code of validation/vocabulary.py;"
                f" list a subtotal in {ROLES_FILE.name}"
            )
        found.append((label, code, float(value), int(match.group(1))))
    return found, left_out


def _cell_name(table: pd.DataFrame, above: int, col: int, header: int) -> str:
    parts = [table.iloc[i, col] for i in (above, header) if i >= 1]
    return " ".join(" ".join(str(p).split()) for p in parts if not pd.isna(p)).strip()
