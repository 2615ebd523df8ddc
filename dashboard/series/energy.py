"""Turkey's gas and oil imports, Russia's share, and pipeline capacities against flows.

BP / Energy Institute editions each hold one year's trade table and revise earlier years,
so every gas row keeps its edition; a share is only ever computed within one edition.
"""

import pandas as pd

from dashboard.series.names import country_name, country_names
from factcheck import evidence as ev
from loaders.families import in_family, source_column

ROUTES = {"pipeline_gas": "Pipeline", "lng": "LNG"}
# IEA border points where Russian gas lands in Turkey (the IEA notes name the landfall).
LANDFALLS = {"Kiyikoy": "TurkStream", "Samsun": "Blue Stream"}
BP_EI = ev.BP_EI
OIL_PRODUCTS = {"crude_oil": "Crude oil", "oil_products": "Oil products"}


def bp_editions(
    observations: pd.DataFrame, reporter: str = "TUR", sources: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The BP / EI editions that hold the reporter's gas trade by origin, newest first.

    `routes`: the import routes (Pipeline, LNG) the edition's tables give by origin for the
    reporter, with a volume above zero; an edition that folds the reporter into a regional
    total for one table lacks that route.
    """
    rows = observations[
        (observations["indicator"] == "gas_imports")
        & (observations["reporter"] == reporter)
        & in_family(observations, BP_EI, sources)
        & (observations["period_type"] == "year")
        & (observations["partner"] != "WLD")
    ]
    groups = rows.groupby(["source_id", "vintage"])
    editions = groups["period"].agg(lambda p: ", ".join(sorted(set(p)))).rename("data_years")
    by_route = rows[rows["product"].isin(list(ROUTES)) & (rows["value"] > 0)]
    routes = by_route.groupby(["source_id", "vintage"])["product"].agg(
        lambda p: tuple(ROUTES[r] for r in ROUTES if r in set(p))
    )
    table = editions.to_frame().join(routes.rename("routes")).reset_index()
    table["routes"] = [r if isinstance(r, tuple) else () for r in table["routes"]]
    return table.sort_values("source_id", ascending=False, ignore_index=True)


def all_routes(editions: pd.DataFrame) -> tuple[str, ...]:
    """Every route any edition gives by origin for the reporter (the routes it imports by)."""
    seen = {route for routes in editions["routes"] for route in routes}
    return tuple(route for route in ROUTES.values() if route in seen)


def missing_routes(editions: pd.DataFrame, source_id: str) -> tuple[str, ...]:
    """The reporter's routes that this edition's tables do not give by origin."""
    held = set(editions.loc[editions["source_id"] == source_id, "routes"].iloc[0])
    return tuple(route for route in all_routes(editions) if route not in held)


def covering_edition(editions: pd.DataFrame) -> str | None:
    """The newest edition that gives every route the reporter imports by (None if none does).

    The default view: a newer edition that leaves out a route (BP / EI fold Turkey's
    pipeline imports into a regional total from the 2022 edition) would understate the
    origins that come by it.
    """
    complete = [
        row.source_id
        for row in editions.itertuples()
        if not missing_routes(editions, row.source_id)
    ]
    return complete[0] if complete else None


def gas_imports_by_origin(
    observations: pd.DataFrame, source_id: str, reporter: str = "TUR"
) -> pd.DataFrame:
    """One edition's gas imports by origin and route (bcm), origins named, totals left out."""
    rows = observations[
        (observations["source_id"] == source_id)
        & (observations["indicator"] == "gas_imports")
        & (observations["reporter"] == reporter)
        & (observations["period_type"] == "year")
        & (observations["partner"] != "WLD")
        & observations["product"].isin(list(ROUTES))
    ]
    return pd.DataFrame(
        {
            "year": rows["period"].astype(int),
            "origin": rows["partner"].map(country_name),
            "origin_code": rows["partner"],
            "route": rows["product"].map(ROUTES),
            "bcm": rows["value"],
            "source_id": rows["source_id"],
            "vintage": rows["vintage"],
        }
    ).sort_values(["year", "bcm"], ascending=[True, False], ignore_index=True)


def gas_import_shares(
    observations: pd.DataFrame,
    reporter: str = "TUR",
    partner: str = "RUS",
    sources: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The partner's share of the reporter's gas imports, every edition and Eurostat.

    BP / EI: pipeline + LNG volumes (bcm), one share per edition and year; `newest` marks
    the edition the fact-check uses for that year. Eurostat: natural gas in terajoules
    (gross calorific value), partner over all partners, from the same extract.
    """
    years_all = ev.full_years(observations, preferred_only=False)
    names = country_names()
    shares = ev.gas_shares_by_edition(years_all, reporter, partner, names, sources)
    newest = {(s.year, s.source_id) for s in ev.newest_by_year(shares)}
    editions = source_column(pd.Series([s.source_id for s in shares]), "edition", sources)
    records = []
    for share, edition in zip(shares, editions, strict=True):
        records.append(
            {
                "year": share.year,
                "series": "BP / Energy Institute (volumes, one edition per point)",
                "edition": edition,
                "share_percent": share.value,
                "method": share.method,
                "source_id": share.source_id,
                "newest": (share.year, share.source_id) in newest,
            }
        )
    frame = pd.DataFrame(records)
    eurostat = _eurostat_shares(years_all, reporter, partner)
    return pd.concat([frame, eurostat], ignore_index=True).sort_values(
        ["year", "series"], ignore_index=True
    )


def _eurostat_shares(years_all: pd.DataFrame, reporter: str, partner: str) -> pd.DataFrame:
    rows = years_all[
        (years_all["source_id"] == "eurostat-nrg-ti-gas")
        & (years_all["indicator"] == "gas_imports")
        & (years_all["reporter"] == reporter)
        & (years_all["product"] == "natural_gas")
        & years_all["partner"].isin([partner, "WLD"])
    ]
    wide = rows.pivot_table(index="year", columns="partner", values="value", aggfunc="first")
    if partner not in wide or "WLD" not in wide:
        return pd.DataFrame()
    wide = wide.dropna()
    wide = wide[wide["WLD"] > 0]
    return pd.DataFrame(
        {
            "year": wide.index.astype(int),
            "series": "Eurostat (energy content, TJ)",
            "share_percent": (wide[partner] / wide["WLD"] * 100).to_numpy(),
            "method": [
                f"computed: {p:,.0f} TJ of {w:,.0f} TJ natural gas imported"
                for p, w in zip(wide[partner], wide["WLD"], strict=True)
            ],
            "source_id": "eurostat-nrg-ti-gas",
            "edition": rows["vintage"].iloc[0],
            "newest": True,
        }
    )


def oil_imports_from(
    observations: pd.DataFrame, reporter: str = "TUR", partner: str = "RUS"
) -> pd.DataFrame:
    """Crude oil and oil products entering the reporter from the partner, full years (Mt)."""
    rows = observations[
        (observations["indicator"] == "oil_imports")
        & (observations["reporter"] == reporter)
        & (observations["partner"] == partner)
        & (observations["period_type"] == "year")
        & (observations["tier"] == "official_release")
        & (observations["unit"] == "tonnes")
        & observations["product"].isin(list(OIL_PRODUCTS))
        & observations["preferred"]
    ]
    return pd.DataFrame(
        {
            "year": rows["period"].astype(int),
            "product": rows["product"].map(OIL_PRODUCTS),
            "million_tonnes": rows["value"] / 1e6,
            "source_id": rows["source_id"],
            "vintage": rows["vintage"],
            "note": rows["note"],
        }
    ).sort_values(["product", "year"], ignore_index=True)


def pipeline_flows(observations: pd.DataFrame, reporter: str = "TUR") -> pd.DataFrame:
    """Gas entering at the landfalls of the Russian pipelines, per full year (bcm)."""
    rows = observations[
        (observations["indicator"] == "gas_entry_flow")
        & (observations["reporter"] == reporter)
        & (observations["tier"] == "official_release")
        & (observations["period_type"] == "year")
        & observations["breakdown"].isin(list(LANDFALLS))
        & observations["preferred"]
    ]
    frame = pd.DataFrame(
        {
            "year": rows["period"].astype(int),
            "pipeline": rows["breakdown"].map(LANDFALLS),
            "entry_point": rows["breakdown"],
            "bcm": rows["value"],
            "source_id": rows["source_id"],
            "vintage": rows["vintage"],
        }
    ).sort_values(["pipeline", "year"], ignore_index=True)
    # Each pipeline from the first year gas entered: a zero before that is not an "entry",
    # the pipeline did not exist (TurkStream's first gas came in 2020).
    flowing = frame["bcm"] > 0
    started = flowing.groupby(frame["pipeline"]).cummax()
    return frame[started].reset_index(drop=True)


def pipeline_capacities(observations: pd.DataFrame, reporter: str = "TUR") -> pd.DataFrame:
    """Design capacities quoted for the pipelines (bcm a year), with what each figure covers.

    `whole_line` marks a figure for the pipeline as built (not one string, an abandoned
    plan or an agreed increase): those are drawn as the capacity line on the flow chart.
    `one_string` marks the capacity of one string of a line as built (TurkStream's string
    for the Turkish market): drawn lighter beside it, since an entry point may take one
    string's gas only.
    """
    rows = observations[
        (observations["indicator"] == "pipeline_capacity")
        & (observations["reporter"] == reporter)
        & (observations["unit"] == "bcm_per_year")
    ]
    pipeline = rows["breakdown"].map(
        lambda b: next((p for p in LANDFALLS.values() if b.startswith(p)), "")
    )
    return pd.DataFrame(
        {
            "pipeline": pipeline,
            "figure_for": rows["breakdown"],
            "capacity_bcm_per_year": rows["value"],
            "year": rows["period"].str[:4].astype(int),
            "whole_line": rows["breakdown"].isin(list(LANDFALLS.values())),
            "one_string": rows["breakdown"].str.contains(r"\bstring \d", regex=True),
            "tier": rows["tier"],
            "source_id": rows["source_id"],
        }
    ).sort_values(["pipeline", "year"], ignore_index=True)
