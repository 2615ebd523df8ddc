"""What the snapshot holds, per source: rows, years covered, tier, vintage."""

from pathlib import Path

import pandas as pd

from loaders.snapshot import load_observations, load_sources


def source_coverage(root: Path | None = None) -> pd.DataFrame:
    """One row per source: publisher, title, address, tier, vintage, licence, rows, years."""
    observations = load_observations(root)
    sources = load_sources(root)
    years = observations["period"].str.slice(0, 4).astype(int)
    stats = (
        observations.assign(year=years)
        .groupby("source_id")
        .agg(rows=("value", "size"), first_year=("year", "min"), last_year=("year", "max"))
        .reset_index()
    )
    table = sources.merge(stats, on="source_id", how="left")
    table["vintage"] = table["edition"].where(table["edition"] != "", table["retrieved"])
    table["rows"] = table["rows"].fillna(0).astype(int)
    table[["first_year", "last_year"]] = table[["first_year", "last_year"]].astype("Int64")
    columns = [
        "source_id",
        "publisher",
        "title",
        "url",
        "tier",
        "vintage",
        "licence",
        "rows",
        "first_year",
        "last_year",
    ]
    return table[columns].sort_values(["tier", "source_id"], ignore_index=True)
