"""UN Comtrade final data, 2021, every reporter's exports to every partner (a real API v1
download kept in ../shared): turned into the same Observation rows as `ledger refresh` makes.

Kept (the rest is listed in excluded.csv, one summary row per reporter):
- Türkiye's and Russia's exports to every partner and to World (their 2021 export ranks);
- every other reporter's exports to Türkiye and to Russia (partner-reported mirrors).
Other reporters' World totals are left out on purpose: a reporter whose table held only the
pair and World would look like a whole partner table and rank the pair first.
"""

from pathlib import Path

import pandas as pd

from loaders.build.common import (
    SnapshotError,
    SourceTable,
    curated_source,
    excluded_row,
    focus_pair,
    read_raw_csv,
)
from loaders.comtrade.codes import WORLD, from_comtrade
from loaders.comtrade.records import source_id as refresh_source_id
from loaders.comtrade.records import to_observations

FAMILY = "trade_un_comtrade_bundled"
RAW_FILE = "trade/un_comtrade_2021_via_pcd15/comtrade_all_exports_2021A.csv"
COLUMNS = [
    "freqCode",
    "refYear",
    "reporterCode",
    "reporterISO",
    "reporterDesc",
    "flowDesc",
    "partnerCode",
    "partnerISO",
    "partnerDesc",
    "cmdDesc",
    "primaryValue",
]
DOWNLOADED = "2023-03"  # the author downloaded it 5-9 March 2023 (SOURCES.md); no release date
VINTAGE = f"downloaded {DOWNLOADED}"
PAIR = tuple(code for code, _name in focus_pair())


def source_id(reporter: str) -> str:
    """`un-comtrade-<reporter>` as `ledger refresh` names it, plus this download's month, so
    the bundled rows never share a source row with refreshed ones."""
    return f"{refresh_source_id(reporter)}-{DOWNLOADED}"


def parse(raw_dir: Path) -> SourceTable:
    raw = read_raw_csv(raw_dir, RAW_FILE, COLUMNS, dtype=str, keep_default_na=False)
    _check_shape(raw)
    raw = raw.assign(line=raw.index + 2)
    raw["reporter"] = [_iso(c, i, line) for c, i, line in _codes(raw, "reporter")]
    raw["partner"] = [_iso(c, i, line) for c, i, line in _codes(raw, "partner")]

    unnamed = raw["reporter"].isna() | raw["partner"].isna()
    in_pair = raw["reporter"].isin(PAIR) | raw["partner"].isin(PAIR)
    keep = in_pair & ~unnamed
    excluded = [
        excluded_row(
            RAW_FILE,
            r.line,
            f"{r.reporterDesc} -> {r.partnerDesc}",
            f"Comtrade code {r.partnerCode if pd.isna(r.partner) else r.reporterCode} is an "
            "area or a group (nes, bunkers, free zones), not a country",
        )
        for r in raw[in_pair & unnamed].itertuples()
    ]
    for code, group in raw[~in_pair].groupby("reporterCode", sort=False):
        lines = group["line"]
        span = f"lines {lines.min()}-{lines.max()}"
        if len(lines) != lines.max() - lines.min() + 1:
            span += f" ({len(lines)} of them)"
        excluded.append(
            excluded_row(
                RAW_FILE,
                span,
                f"{group['reporterDesc'].iloc[0]} (code {code}): exports to {len(group)} partners "
                "other than Türkiye and Russia, incl. World",
                "not needed for the pair: only other reporters' exports to Türkiye and Russia "
                "are kept (the full file stays in ../shared)",
            )
        )

    kept = raw[keep]
    records = pd.DataFrame(
        {
            "reporterCode": kept["reporterCode"].astype(int),
            "partnerCode": kept["partnerCode"].astype(int),
            "flowCode": "X",
            "period": kept["refYear"],
            "cmdCode": "TOTAL",
            "primaryValue": _values(kept),
            "netWgt": float("nan"),
            "isNetWgtEstimated": None,
        }
    )
    observations = to_observations(records, {})
    observations["source_id"] = observations["reporter"].map(source_id)
    observations["vintage"] = VINTAGE
    names = dict(zip(kept["reporter"], kept["reporterDesc"], strict=False))
    sources = [_source(code, names[code]) for code in sorted(names)]
    return SourceTable(FAMILY, observations, sources, excluded)


def _check_shape(raw: pd.DataFrame) -> None:
    """The file must be what SOURCES.md says: annual 2021 exports, all commodities."""
    expected = {
        "freqCode": "A",
        "refYear": "2021",
        "flowDesc": "Export",
        "cmdDesc": "All Commodities",
    }
    for column, value in expected.items():
        wrong = raw[raw[column] != value]
        if len(wrong):
            line = int(wrong.index[0]) + 2
            raise SnapshotError(
                f"{RAW_FILE} line {line}: column {column!r} is {wrong[column].iloc[0]!r}, "
                f"expected {value!r}"
            )
    duplicated = raw.duplicated(["reporterCode", "partnerCode"])
    if duplicated.any():
        line = int(duplicated.idxmax()) + 2
        raise SnapshotError(f"{RAW_FILE} line {line}: a second row for the same reporter, partner")


def _codes(raw: pd.DataFrame, role: str):
    return zip(raw[f"{role}Code"], raw[f"{role}ISO"], raw["line"], strict=True)


def _iso(code: str, iso: str, line: int) -> str | None:
    """ISO alpha-3 as `ledger refresh` derives it, checked against the file's own ISO column;
    None for Comtrade areas that are not countries."""
    try:
        number = int(code)
    except ValueError:
        raise SnapshotError(f"{RAW_FILE} line {line}: code {code!r} is not a number") from None
    try:
        derived = from_comtrade(number)
    except ValueError:
        return None
    if number != WORLD and derived != iso:
        raise SnapshotError(
            f"{RAW_FILE} line {line}: code {code} is {derived} in ISO 3166, the file says {iso!r}"
        )
    return derived


def _values(kept: pd.DataFrame) -> pd.Series:
    values = pd.to_numeric(kept["primaryValue"], errors="coerce")
    bad = values.isna() | (values < 0)
    if bad.any():
        line = int(kept.loc[bad.idxmax(), "line"])
        raise SnapshotError(
            f"{RAW_FILE} line {line}: primaryValue {kept.loc[bad.idxmax(), 'primaryValue']!r} "
            "is not a non-negative number"
        )
    return values


def _source(reporter: str, name: str) -> dict:
    return curated_source(
        "un-comtrade-2021",
        source_id=source_id(reporter),
        name=name,
        downloaded=DOWNLOADED,
        raw_file=RAW_FILE,
    )
