"""Bilateral goods trade of a pair, in each reporter's own view, from official files.

Every row keeps the source it came from, so a plotted line can always be traced back.
Values are US$ billion; nothing is filled in where a reporter recorded nothing.
"""

import pandas as pd

from dashboard.series.names import country_name, country_names, reported_by
from factcheck import evidence as ev
from factcheck.extraction.countries import DEFAULT_PAIR
from loaders.catalogue import family_labels

FLOW_COLUMNS = [
    "year",
    "view",
    "record",
    "direction",
    "flow",
    "value_usd_bn",
    "valuation",
    "publisher",
    "family",
    "source_id",
    "vintage",
    "qualifier",
]
# Rows a publisher estimated from the partner's records: drawn, labelled, never a mirror.
ESTIMATED = "estimated_from_partner"


GAP_COLUMNS = [
    "year",
    "direction",
    "publisher",
    "seller_record_usd_bn",
    "buyer_record_usd_bn",
    "gap_percent",
    "seller_source_id",
    "buyer_source_id",
    "source_id",
]


def direction(reporter: str, partner: str, flow: str) -> str:
    """'Turkey → Russia' for Turkey's exports to Russia or Russia's imports from Turkey."""
    seller, buyer = (reporter, partner) if flow == "export" else (partner, reporter)
    return f"{country_name(seller)} → {country_name(buyer)}"


def bilateral_flows(
    observations: pd.DataFrame, sources: pd.DataFrame, first: str, second: str
) -> pd.DataFrame:
    """Exports and imports between the pair, per official source and reporter, full years.

    Rows a publisher estimated from the partner's data are kept and say so in `record`."""
    rows = ev.pair_trade_rows(
        ev.full_years(observations), first, second, qualifiers=("exact", ESTIMATED)
    )
    rows = rows[rows["tier"] == "official_release"]
    publishers = dict(zip(sources["source_id"], sources["publisher"], strict=True))
    family_of = dict(zip(sources["source_id"], sources["family"], strict=True))
    families = rows["source_id"].map(family_of)
    labels = families.map(lambda family: family_labels().get(family, family))
    estimate = rows["qualifier"].map({ESTIMATED: " (estimate from the partner's data)"})
    frame = pd.DataFrame(
        {
            "year": rows["year"],
            "view": rows["reporter"].map(reported_by),
            "record": rows["reporter"].map(reported_by) + " · " + labels + estimate.fillna(""),
            "direction": [
                direction(r, p, f)
                for r, p, f in zip(rows["reporter"], rows["partner"], rows["flow"], strict=True)
            ],
            "flow": rows["flow"],
            "value_usd_bn": rows["value"] / 1e9,
            "valuation": rows["note"],
            "publisher": rows["source_id"].map(publishers),
            "family": families,
            "source_id": rows["source_id"],
            "vintage": rows["vintage"],
            "qualifier": rows["qualifier"],
        },
        columns=FLOW_COLUMNS,
    )
    return frame.sort_values(["view", "publisher", "direction", "year"], ignore_index=True)


def family_caveats(flows: pd.DataFrame, summary: pd.DataFrame) -> pd.DataFrame:
    """label and caveat of each source family drawn in `flows` (from `family_summary()`),
    ordered by label; families without a caveat are left out."""
    drawn = summary[summary["family"].isin(set(flows["family"].dropna()))]
    drawn = drawn[drawn["caveat"].fillna("").str.strip() != ""]
    return drawn[["family", "label", "caveat"]].sort_values("label", ignore_index=True)


def turnover_and_balance(flows: pd.DataFrame, first: str, second: str) -> pd.DataFrame:
    """Per view, source and year with both directions: turnover and the first's balance."""
    outward = direction(first, second, "export")
    inward = direction(second, first, "export")
    wide = flows.pivot_table(
        index=["year", "view", "record", "publisher", "source_id", "vintage"],
        columns="direction",
        values="value_usd_bn",
        aggfunc="first",
    )
    if outward not in wide or inward not in wide:
        return pd.DataFrame(
            columns=[
                "year",
                "view",
                "record",
                "publisher",
                "source_id",
                "vintage",
                "qualifier",
                "measure",
                "value",
            ]
        )
    wide = wide[[outward, inward]].dropna().reset_index()
    measures = {
        f"Turnover ({outward} + {inward})": wide[outward] + wide[inward],
        f"{country_name(first)}'s balance ({outward} − {inward})": wide[outward] - wide[inward],
    }
    # A record estimated from the partner's data (its label says so) stays one: its totals
    # carry the qualifier, so a headline or a check can leave them out.
    estimated = set(flows.loc[flows["qualifier"] == ESTIMATED, "record"])
    wide["qualifier"] = wide["record"].map(lambda r: ESTIMATED if r in estimated else "exact")
    frames = [
        wide[["year", "view", "record", "publisher", "source_id", "vintage", "qualifier"]].assign(
            measure=m, value=v
        )
        for m, v in measures.items()
    ]
    return pd.concat(frames, ignore_index=True).sort_values(["measure", "view", "year"])


def mirror_gaps(flows: pd.DataFrame) -> pd.DataFrame:
    """Each direction as the seller recorded it (FOB) against the buyer's record (CIF).

    gap_percent = (buyer's record − seller's record) / seller's record × 100. Freight and
    insurance alone make the buyer's CIF figure a few percent higher; larger gaps come from
    timing, partner attribution (transit, re-exports) or confidentiality. A figure estimated
    from the partner's own record is not a second record of the flow, so it never enters.
    """
    flows = flows[flows["qualifier"] != ESTIMATED]
    records = []
    # Seller's and buyer's records are paired within one source family (IMF DOTS with IMF
    # DOTS, never with IMF IMTS), so both come from the same compilation.
    for (year, route, _), group in flows.groupby(["year", "direction", "family"]):
        sold = group[group["flow"] == "export"]
        bought = group[group["flow"] == "import"]
        if sold.empty or bought.empty:
            continue
        seller, buyer = sold.iloc[0], bought.iloc[0]
        records.append(
            {
                "year": year,
                "direction": route,
                "publisher": seller["publisher"],
                "seller_record_usd_bn": seller["value_usd_bn"],
                "buyer_record_usd_bn": buyer["value_usd_bn"],
                "gap_percent": (buyer["value_usd_bn"] / seller["value_usd_bn"] - 1) * 100,
                "seller_source_id": seller["source_id"],
                "buyer_source_id": buyer["source_id"],
                "source_id": f"{seller['source_id']};{buyer['source_id']}",
            }
        )
    return pd.DataFrame(records, columns=GAP_COLUMNS)


def partner_standing(observations: pd.DataFrame, reporter: str, partner: str) -> pd.DataFrame:
    """The partner's rank and share in the reporter's goods turnover, per official year.

    Rank is computed among countries (groups excluded) from the reporter's partner table;
    share divides the partner's turnover by the reporter's turnover with the world, both
    from that same table. A year without a world row gets a rank but no share.
    """
    years = ev.full_years(observations)
    query = {"reporter": reporter, "partner": partner}
    ranks = ev.computed_trade_rank(years, query, country_names())
    rows = ev.reporter_trade_rows(years, reporter)
    rows = rows[rows["partner"].isin([partner, "WLD"])]
    turnover = rows.groupby(["source_id", "year", "partner"])["value"].sum().unstack("partner")
    records = []
    for rank in ranks:
        share = float("nan")
        key = (rank.source_id, rank.year)
        if key in turnover.index and "WLD" in turnover and partner in turnover:
            whole, part = turnover.loc[key, "WLD"], turnover.loc[key, partner]
            if whole > 0:
                share = part / whole * 100
        records.append(
            {
                "year": rank.year,
                "view": f"{country_name(partner)} among {country_name(reporter)}'s partners",
                "rank": int(rank.value),
                "share_percent": share,
                "method": rank.method,
                "source_id": rank.source_id,
            }
        )
    return (
        pd.DataFrame(records).sort_values("year", ignore_index=True)
        if records
        else (
            pd.DataFrame(columns=["year", "view", "rank", "share_percent", "method", "source_id"])
        )
    )


def direction_shares(observations: pd.DataFrame, seller: str, buyer: str) -> pd.DataFrame:
    """The seller's sales to the buyer as a share of the pair's turnover, in each view."""
    years = ev.full_years(observations)
    query = {"reporter": seller, "partner": buyer, "flow": "export"}
    found = ev.computed_direction_share(years, query, country_names())
    return pd.DataFrame(
        {
            "year": [e.year for e in found],
            "view": [reported_by(e.reporter) for e in found],
            "share_percent": [e.value for e in found],
            "method": [e.method for e in found],
            "source_id": [e.source_id for e in found],
        }
    ).sort_values(["view", "year"], ignore_index=True)


def pairs_present(observations: pd.DataFrame) -> list[tuple[str, str]]:
    """Country pairs whose goods trade both countries report, from official files.

    A partner table (IMF DOTS, a Comtrade refresh) makes a pair only when the partner's
    own records of the pair are held too, so both views can be shown; each country must
    record both directions (an exports-only table, like the bundled UN Comtrade 2021 file,
    makes no pair on its own).
    """
    rows = observations[
        (observations["indicator"] == "merchandise_trade")
        & (observations["tier"] == "official_release")
        & (observations["product"] == "TOTAL")
        & (observations["period_type"] == "year")
        & (observations["partner"] != "WLD")
        & ~observations["partner"].str.startswith("X")
    ]
    flows = rows.groupby(["reporter", "partner"])["flow"].agg(set)
    reported = {key for key, held in flows.items() if held >= {"export", "import"}}
    pairs = {tuple(sorted((r, p))) for r, p in reported if (p, r) in reported}
    ordered = [DEFAULT_PAIR if set(pair) == set(DEFAULT_PAIR) else pair for pair in pairs]
    return sorted(ordered, key=lambda pair: (pair != DEFAULT_PAIR, pair))
