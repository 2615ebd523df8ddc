"""TurkStat Turkey-Russia trade as mirrored by the MGIMO foreign-trade project.

Monthly imports from Russia come from the project's bulletin snapshot, which may hold model
nowcasts in its latest months that cannot be told apart; only 2019-2024 are taken from it.
2025 comes from the national HS8 scrape (both directions, by HS chapter and heading).
"""

from pathlib import Path

from loaders.build.common import (
    SourceTable,
    curated_source,
    curated_tier,
    excluded_row,
    focus_pair,
    observation_frame,
    read_raw_csv,
)

FOLDER = "extra/mgimo_turkstat"
BULLETIN = f"{FOLDER}/derived_mgimo_tr_imports_from_russia_monthly_bn_usd.csv"
BY_HS2 = f"{FOLDER}/derived_turkstat_2025_turkey_russia_monthly_by_hs2.csv"
HS27_BY_HS4 = f"{FOLDER}/derived_turkstat_2025_turkey_russia_hs27_by_hs4_annual.csv"
LAST_BULLETIN_YEAR = 2024  # later months may be nowcasts (SOURCES.md, extra/ section 5)
FLOWS = {
    "Turkey imports from Russia (=Russian export, ЭК)": "import",
    "Turkey imports from Russia (=Russian exports to Turkey, ЭК)": "import",
    "Turkey exports to Russia (=Russian import, ИМ)": "export",
}
CONFIDENTIAL_HEADING = "2799"
(TURKEY, _), (RUSSIA, _) = focus_pair()  # TurkStat: Turkey's trade with Russia


def parse(raw_dir: Path) -> SourceTable:
    rows, excluded = [], []
    bulletin = read_raw_csv(raw_dir, BULLETIN, ["month", "flow", "total_bn_usd"])
    for line, record in enumerate(bulletin.itertuples(index=False), start=2):
        year = int(record.month[:4])
        if year > LAST_BULLETIN_YEAR:
            excluded.append(
                excluded_row(
                    BULLETIN,
                    line,
                    f"imports from Russia {record.month}",
                    "bulletin rows after 2024 may be model nowcasts",
                )
            )
            continue
        rows.append(
            _trade(
                "import",
                "TOTAL",
                record.month,
                "month",
                record.total_bn_usd * 1e9,
                "USD",
                "turkstat-mgimo-bulletin",
                "",
            )
        )
    bulletin = bulletin.assign(year=bulletin["month"].str.slice(0, 4).astype(int))
    for year, group in bulletin[bulletin["year"] <= LAST_BULLETIN_YEAR].groupby("year"):
        if len(group) == 12:
            rows.append(
                _trade(
                    "import",
                    "TOTAL",
                    str(year),
                    "year",
                    group["total_bn_usd"].sum() * 1e9,
                    "USD",
                    "turkstat-mgimo-bulletin",
                    "sum of 12 monthly values",
                )
            )

    detail = read_raw_csv(
        raw_dir, BY_HS2, ["month", "flow", "value_usd", "net_weight_kg", "hs2"], dtype={"hs2": str}
    )
    detail = detail.assign(flow_code=detail["flow"].map(FLOWS))
    if detail["flow_code"].isna().any():
        bad = detail.loc[detail["flow_code"].isna(), "flow"].iloc[0]
        raise ValueError(f"{BY_HS2}: unknown flow {bad!r}")
    _check_chapters_add_up(detail)
    for record in detail.itertuples(index=False):
        product = "TOTAL" if record.hs2 == "TOTAL" else f"HS{record.hs2}"
        rows.append(
            _trade(
                record.flow_code,
                product,
                record.month,
                "month",
                record.value_usd,
                "USD",
                "turkstat-hs8-2025",
                "",
            )
        )
    for (flow, hs2), group in detail.groupby(["flow_code", "hs2"]):
        if group["month"].nunique() == 12:
            product = "TOTAL" if hs2 == "TOTAL" else f"HS{hs2}"
            rows.append(
                _trade(
                    flow,
                    product,
                    "2025",
                    "year",
                    group["value_usd"].sum(),
                    "USD",
                    "turkstat-hs8-2025",
                    "sum of 12 monthly values",
                )
            )

    headings = read_raw_csv(
        raw_dir,
        HS27_BY_HS4,
        ["flow", "hs4", "value_usd", "net_weight_kg", "months", "year"],
        dtype={"hs4": str},
    )
    for line, record in enumerate(headings.itertuples(index=False), start=2):
        flow = FLOWS[record.flow]
        product = f"HS{record.hs4}"
        note = "annual sum over the months with trade"
        if record.hs4 == CONFIDENTIAL_HEADING:
            note += (
                "; code 27999999 carries value with zero weight (MGIMO treats it as a "
                "recoded aggregate; probably confidential energy imports)"
            )
        rows.append(
            _trade(
                flow,
                product,
                str(record.year),
                "year",
                record.value_usd,
                "USD",
                "turkstat-hs8-2025",
                note,
            )
        )
        if record.net_weight_kg > 0:
            rows.append(
                _trade(
                    flow,
                    product,
                    str(record.year),
                    "year",
                    record.net_weight_kg / 1000,
                    "tonnes",
                    "turkstat-hs8-2025",
                    note,
                )
            )
        else:
            excluded.append(
                excluded_row(
                    HS27_BY_HS4,
                    line,
                    f"net weight {product} {flow}",
                    "zero kg reported: not a real weight",
                )
            )
    sources = [
        curated_source("turkstat-mgimo-bulletin", folder=FOLDER, bulletin=BULLETIN),
        curated_source("turkstat-hs8-2025", folder=FOLDER, by_hs2=BY_HS2, hs27_by_hs4=HS27_BY_HS4),
    ]
    return SourceTable("trade_turkstat", observation_frame(rows), sources, excluded)


def _trade(
    flow: str,
    product: str,
    period: str,
    period_type: str,
    value: float,
    unit: str,
    source_id: str,
    note: str,
) -> dict:
    vintage = {"turkstat-mgimo-bulletin": "2026-07-09", "turkstat-hs8-2025": "2026-02-25"}
    return {
        "indicator": "merchandise_trade" if unit == "USD" else "merchandise_trade_weight",
        "reporter": TURKEY,
        "partner": RUSSIA,
        "flow": flow,
        "product": product,
        "period": period,
        "period_type": period_type,
        "value": float(value),
        "unit": unit,
        "source_id": source_id,
        "vintage": vintage[source_id],
        "tier": curated_tier(source_id),
        "note": note,
    }


def _check_chapters_add_up(detail) -> None:
    """The file's TOTAL rows must equal the sum of its chapter rows, month by month."""
    chapters = detail[detail["hs2"] != "TOTAL"].groupby(["flow_code", "month"])["value_usd"].sum()
    totals = detail[detail["hs2"] == "TOTAL"].set_index(["flow_code", "month"])["value_usd"]
    gap = (chapters - totals).abs()
    if totals.empty or gap.isna().any() or (gap > 1.0).any():
        raise ValueError(f"{BY_HS2}: HS chapter rows do not add up to the TOTAL rows")
