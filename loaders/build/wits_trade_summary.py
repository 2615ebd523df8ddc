"""World Bank WITS trade-summary files (values compiled from UN Comtrade), two downloads.

Each download is its own source and vintage; where both give a figure, the newer download is
preferred. A partner appears only in the years it was among the reporter's top five, so a
year without a value is missing, never zero. Only the pair's cells are kept (values and
partner shares); every other row is listed in excluded.csv, summarised per indicator type.
"""

import csv
from collections import defaultdict
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

FAMILY = "trade_wits"
KEY = "wits-trade-summary"  # curation/source_metadata.csv
FOLDER = "trade/wits_trade_summary_via_github"
# vintage folder -> (source id, last year in the file, copy kept in ../shared)
DOWNLOADS = {
    "": ("wits-trade-summary-2021", "2021", "andygarcia830/TSA_Final_Project@d2d621fd"),
    "older_vintage_2019/": (
        "wits-trade-summary-2019",
        "2019",
        "listenzcc/World-trade-data-I@7871d636",
    ),
}
REPORTERS = dict(focus_pair())  # WITS names the countries as the pair's curation does
HEADER = ["Reporter", "Partner", "Product categories", "Indicator Type", "Indicator"]
# WITS indicator -> (indicator, unit, factor, flow)
INDICATORS = {
    "Trade (US$ Mil)-Top 5 Export Partner": ("merchandise_trade", "USD", 1e6, "export"),
    "Trade (US$ Mil)-Top 5 Import Partner": ("merchandise_trade", "USD", 1e6, "import"),
    "Partner share(%)-Top 5 Export Partner": ("merchandise_trade_share", "percent", 1, "export"),
    "Partner share(%)-Top 5 Import Partner": ("merchandise_trade_share", "percent", 1, "import"),
}
VALUATION = {"export": "FOB", "import": "CIF"}


def parse(raw_dir: Path) -> SourceTable:
    rows, excluded, sources = [], [], []
    for folder, (source_id, last_year, copy) in DOWNLOADS.items():
        vintage = f"data to {last_year}"
        files = []
        for reporter, name in REPORTERS.items():
            relative = f"{FOLDER}/{folder}en_{reporter}_AllYears_WITS_Trade_Summary.CSV"
            files.append(relative)
            partner = next(c for c in REPORTERS if c != reporter)
            kept, left_out = _read(raw_dir, relative, name, REPORTERS[partner], last_year)
            for line, indicator_name, year, value in kept:
                indicator, unit, factor, flow = INDICATORS[indicator_name]
                rows.append(
                    {
                        "indicator": indicator,
                        "reporter": reporter,
                        "partner": partner,
                        "flow": flow,
                        "period": year,
                        "value": value * factor,
                        "unit": unit,
                        "source_id": source_id,
                        "vintage": vintage,
                        "tier": curated_tier(KEY),
                        "note": f"{VALUATION[flow]}; WITS '{indicator_name}', file line {line}"
                        if unit == "USD"
                        else f"WITS '{indicator_name}', file line {line}",
                    }
                )
            excluded += [excluded_row(relative, *summary) for summary in left_out]
        sources.append(_source(source_id, last_year, copy, files))
    frame = observation_frame(rows)
    return SourceTable(FAMILY, _newest_download_preferred(frame), sources, excluded)


def _read(raw_dir: Path, relative: str, reporter: str, partner: str, last_year: str):
    """The pair's cells (line, indicator, year, value) and summaries of the rows left out."""
    with require(raw_dir, relative).open(newline="", encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    header = lines[0]
    if header[:5] != HEADER or header[5] != last_year or not header[-1].isdigit():
        raise SnapshotError(
            f"{relative}: header {header[:6]} is not the WITS layout with {last_year} first"
        )
    years = header[5:]
    kept, dropped = [], defaultdict(list)
    for number, cells in enumerate(lines[1:], start=2):
        if cells[0] != reporter:
            raise SnapshotError(f"{relative} line {number}: reporter {cells[0]!r}, not {reporter}")
        if cells[1] == partner and cells[4] in INDICATORS:
            if cells[2] != "All Products":
                raise SnapshotError(f"{relative} line {number}: product {cells[2]!r}")
            for year, text in zip(years, cells[5:], strict=False):
                if text.strip() == "":
                    continue  # not among the top five that year: missing, never zero
                try:
                    kept.append((number, cells[4], year, float(text)))
                except ValueError:
                    raise SnapshotError(
                        f"{relative} line {number}, year {year}: {text.strip()!r} is not a number"
                    ) from None
        else:
            dropped[cells[3]].append((number, cells[4]))
    summaries = []
    for kind, found in sorted(dropped.items()):
        indicators = sorted({i for _n, i in found})
        summaries.append(
            (
                f"{len(found)} rows (lines {', '.join(str(n) for n, _i in found)})",
                f"indicator type {kind}: {'; '.join(indicators)}",
                f"only the {reporter}-{partner} cells are kept: other partners are top-five "
                "lists (not a whole partner table), and world, product and tariff rows are not "
                "used by the project",
            )
        )
    return kept, summaries


def _newest_download_preferred(frame):
    """Where both downloads give a figure, the newer download (later last year) is preferred."""
    key = ["indicator", "reporter", "partner", "flow", "product", "period", "unit"]
    last = frame["vintage"].str.extract(r"(\d{4})", expand=False).astype(int)
    newest = last.groupby([frame[k] for k in key]).transform("max")
    return frame.assign(preferred=last == newest)


def _source(source_id: str, last_year: str, copy: str, files: list[str]) -> dict:
    row = curated_source(
        KEY, last_year=last_year, copy=copy.replace("@", " commit "), raw_files="; ".join(files)
    )
    if row["source_id"] != source_id:
        raise SnapshotError(f"{KEY}: source id {row['source_id']!r}, expected {source_id!r}")
    return row
