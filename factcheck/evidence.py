"""Recorded figures that can answer a claim: as published, or computed from published parts.

Every Evidence row names the source it rests on and says how it was obtained, so a derived
share or rank can be traced to the volumes it was computed from.
"""

from typing import NamedTuple

import pandas as pd

from loaders.families import in_family

FULL_YEAR_TYPES = ("year", "as_of", "design")
# Pairs whose order does not matter for the quantity (trade turnover is the same both ways).
SYMMETRIC = {("merchandise_trade", "total")}
# A part that counts both directions ("mutual investments"): the same whichever country is named
# first.
SYMMETRIC_BREAKDOWNS = frozenset({"mutual (both directions)"})
# Partner codes that are groups, not countries: never ranked as partners.
NOT_COUNTRIES = {"WLD"}
BP_EI = "gas_bp_ei"  # the BP / Energy Institute editions, one source each


class Evidence(NamedTuple):
    value: float
    unit: str
    year: int
    source_id: str
    tier: str
    view: str  # whose figure: "Turkey-reported", "Russia-reported", or the source's name
    method: str  # "as published" or how it was computed
    breakdown: str
    reporter: str


def full_years(observations: pd.DataFrame, preferred_only: bool = True) -> pd.DataFrame:
    """Full-year rows (of the preferred vintage unless asked), with an integer `year`."""
    keep = observations["period_type"].isin(FULL_YEAR_TYPES)
    if preferred_only:
        keep &= observations["preferred"]
    rows = observations[keep]
    return rows.assign(year=rows["period"].str[:4].astype(int))


def published(
    years: pd.DataFrame, claim: pd.Series, names: dict[str, str], indicator: str | None = None
) -> list[Evidence]:
    """Rows recording the claim's quantity directly (or an equivalent indicator)."""
    indicator = indicator or claim["indicator"]
    rows = years[(years["indicator"] == indicator) & (years["unit"] == claim["unit"])]
    pair = (rows["reporter"] == claim["reporter"]) & (rows["partner"] == claim["partner"])
    if (claim["indicator"], claim["flow"]) in SYMMETRIC or claim.get("breakdown", "") in (
        SYMMETRIC_BREAKDOWNS
    ):
        pair |= (rows["reporter"] == claim["partner"]) & (rows["partner"] == claim["reporter"])
    rows = rows[pair & (rows["breakdown"] == claim.get("breakdown", ""))]
    rows = rows[rows["flow"] == claim["flow"]] if claim["flow"] else rows
    rows = rows[rows["product"].map(lambda p: _product_fits(p, claim["product"])).astype(bool)]
    return [
        Evidence(
            r.value,
            r.unit,
            r.year,
            r.source_id,
            r.tier,
            _view(r.reporter, names) if r.tier == "official_release" else "",
            "as published" + ("" if r.qualifier == "exact" else f" ({_QUALIFIER[r.qualifier]})"),
            r.breakdown,
            r.reporter,
        )
        for r in rows.itertuples()
        # A bound is not a recorded value; an estimate from the partner's data is not the
        # reporter's record (it would only echo the partner's figure).
        if r.qualifier not in ("at_least", "at_most", "estimated_from_partner")
    ]


_QUALIFIER = {"approx": "approximate", "at_most": "at most", "at_least": "at least"}


def _product_fits(recorded: str, claimed: str) -> bool:
    if recorded == claimed or not claimed:
        return True
    oil = {"oil_and_products", "crude_oil"}
    return recorded in oil and claimed in oil


def _view(reporter: str, names: dict[str, str]) -> str:
    return f"{names.get(reporter, reporter)}-reported"


def pair_trade_rows(
    years: pd.DataFrame, reporter: str, partner: str, qualifiers: tuple[str, ...] = ("exact",)
) -> pd.DataFrame:
    """Total goods exports and imports between the pair, full-year figures, any tier; exact
    figures unless other qualifiers are asked for (the Trade page also draws estimates)."""
    return years[
        (years["indicator"] == "merchandise_trade")
        & (years["product"] == "TOTAL")
        & (years["breakdown"] == "")
        & years["qualifier"].isin(qualifiers)
        & (years["period_type"] == "year")
        & (
            ((years["reporter"] == reporter) & (years["partner"] == partner))
            | ((years["reporter"] == partner) & (years["partner"] == reporter))
        )
        & years["flow"].isin(["export", "import"])
    ]


def reporter_trade_rows(years: pd.DataFrame, reporter: str) -> pd.DataFrame:
    """The reporter's official partner tables: total goods exports and imports, full years."""
    return years[
        (years["indicator"] == "merchandise_trade")
        & (years["reporter"] == reporter)
        & (years["tier"] == "official_release")
        & (years["product"] == "TOTAL")
        & (years["period_type"] == "year")
        & years["flow"].isin(["export", "import"])
    ]


def trade_totals(years: pd.DataFrame, reporter: str, partner: str) -> pd.DataFrame:
    """Exports + imports per source, reporting country and year, where both are recorded."""
    rows = pair_trade_rows(years, reporter, partner)
    wide = rows.pivot_table(
        index=["source_id", "tier", "reporter", "partner", "year"],
        columns="flow",
        values="value",
        aggfunc="first",
    ).dropna()
    # "import" is a keyword, so itertuples() would rename that column: name it "imports".
    wide = wide.rename(columns={"export": "exports", "import": "imports"})
    return wide.reset_index() if len(wide) else pd.DataFrame()


def computed_trade_total(years, claim, names) -> list[Evidence]:
    wide = trade_totals(years, claim["reporter"], claim["partner"])
    return [
        Evidence(
            r.exports + r.imports,
            "USD",
            r.year,
            r.source_id,
            r.tier,
            _view(r.reporter, names),
            f"computed: exports {usd(r.exports)} + imports {usd(r.imports)}",
            "",
            r.reporter,
        )
        for r in wide.itertuples()
    ]


def computed_direction_share(years, claim, names) -> list[Evidence]:
    """The exporter's sales to the partner as a share of the pair's turnover, both views."""
    exporter = claim["reporter"] if claim["flow"] == "export" else claim["partner"]
    wide = trade_totals(years, claim["reporter"], claim["partner"])
    evidence = []
    for r in wide.itertuples():
        part = r.exports if r.reporter == exporter else r.imports
        share = part / (r.exports + r.imports) * 100
        evidence.append(
            Evidence(
                share,
                "percent",
                r.year,
                r.source_id,
                r.tier,
                _view(r.reporter, names),
                f"computed: {usd(part)} of {usd(r.exports + r.imports)} turnover",
                "",
                r.reporter,
            )
        )
    return evidence


def computed_trade_rank(years, claim, names) -> list[Evidence]:
    """The partner's place among the reporter's partners, official files only: by the claim's
    flow ('third-largest supplier' ranks imports, 'biggest export market' exports), else by
    turnover."""
    table = reporter_trade_rows(years, claim["reporter"])
    flows = {"export", "import"}
    if claim.get("flow", "") in flows:
        flows = {claim["flow"]}
        table = table[table["flow"] == claim["flow"]]
    basis = {"export": "exports", "import": "imports"}.get(claim.get("flow", ""), "turnover")
    rows = table[~table["partner"].isin(NOT_COUNTRIES) & ~table["partner"].str.startswith("X")]
    rows = rows[["source_id", "year", "partner", "value", "tier"]]  # the columns used below
    # A rank needs the reporter's whole partner table: a source-year holding a world total.
    # A file with only the pair's rows (a bilateral bulletin) would make anyone "first", and
    # a turnover rank needs both flows (an exports-only table would rank exports).
    world = table[table["partner"] == "WLD"]
    held_flows = world.groupby(["source_id", "year"])["flow"].agg(set)
    tables = {key for key, held in held_flows.items() if held >= flows}
    # Each table's sum per partner, in partner order: one grouping for all tables gives the
    # same sums as grouping each table's rows by partner.
    sums: dict[tuple, tuple[list, list]] = {}
    by_partner = rows.groupby(["source_id", "year", "partner"])["value"].sum()
    for (source_id, year, partner), value in by_partner.items():
        partners, values = sums.setdefault((source_id, year), ([], []))
        partners.append(partner)
        values.append(value)
    evidence = []
    for (source_id, year), group in rows.groupby(["source_id", "year"]):
        if (source_id, year) not in tables:
            continue
        partners, values = sums[(source_id, year)]
        if claim["partner"] not in partners:
            continue
        turnover = pd.Series(values, index=partners).sort_values(ascending=False)
        place = int(turnover.index.get_loc(claim["partner"])) + 1
        leaders = ", ".join(names.get(c, c) for c in turnover.index[:3])
        evidence.append(
            Evidence(
                float(place),
                "rank",
                int(year),
                source_id,
                group["tier"].iloc[0],
                _view(claim["reporter"], names),
                f"computed: rank by {basis} among {len(turnover)} partners (top three: {leaders})",
                "",
                claim["reporter"],
            )
        )
    return evidence


def gas_shares_by_edition(
    years_all: pd.DataFrame,
    reporter: str,
    partner: str,
    names: dict[str, str],
    sources: pd.DataFrame | None = None,
) -> list[Evidence]:
    """Partner's share of the reporter's gas imports (pipeline + LNG), once per edition.

    Each BP / Energy Institute edition holds one year's trade table, so numerator and
    denominator come from the same edition. An edition listing no flow from the partner
    gives no share rather than zero. `sources` names each source's family (default: the
    sources of the datasets folder).
    """
    rows = years_all[
        (years_all["indicator"] == "gas_imports")
        & (years_all["reporter"] == reporter)
        & (years_all["unit"] == "bcm")
        & in_family(years_all, BP_EI, sources)
        & years_all["product"].isin(["pipeline_gas", "lng"])
    ]
    shares = []
    for (source_id, year), group in rows.groupby(["source_id", "year"]):
        total = group[group["partner"] == "WLD"]
        if set(total["product"]) != {"pipeline_gas", "lng"}:
            continue
        parts = group[group["partner"] == partner]
        if parts.empty:
            continue
        part = parts["value"].sum()
        whole = total["value"].sum()
        shares.append(
            Evidence(
                part / whole * 100,
                "percent",
                int(year),
                source_id,
                group["tier"].iloc[0],
                "",
                f"computed: {part:.2f} bcm from {names.get(partner, partner)}"
                f" of {whole:.2f} bcm imported (pipeline + LNG)",
                "",
                reporter,
            )
        )
    return shares


def computed_gas_share(years_all: pd.DataFrame, claim, names) -> list[Evidence]:
    """The partner's gas-import share per year, from the newest edition that gives it."""
    return newest_by_year(
        gas_shares_by_edition(years_all, claim["reporter"], claim["partner"], names)
    )


def newest_by_year(shares: list[Evidence]) -> list[Evidence]:
    """One figure a year: the newest edition's (edition source ids sort by year)."""
    best: dict[int, Evidence] = {}
    for share in shares:
        if share.year not in best or share.source_id > best[share.year].source_id:
            best[share.year] = share
    return list(best.values())


def usd(value: float) -> str:
    if abs(value) >= 1e9:
        return f"${value / 1e9:,.1f} billion"
    if abs(value) >= 1e6:
        return f"${value / 1e6:,.0f} million"
    return f"${value:,.0f}"
