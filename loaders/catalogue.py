"""What the snapshot holds, per source: family, rows, years covered, tier, vintage."""

from pathlib import Path

import pandas as pd

from loaders.build.common import source_families
from loaders.snapshot import load_observations, load_sources

COLUMNS = [
    "family",
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


def source_coverage(root: Path | None = None) -> pd.DataFrame:
    """One row per source: family, publisher, title, address, tier, vintage, licence, rows,
    years; sorted by family so a family's vintages sit together."""
    observations = load_observations(root)
    sources = load_sources(root)
    years = observations["period"].str.slice(0, 4).astype(int)
    # A span of years ('2007/2015') reaches its last year; every other period ends in its first.
    last = observations["period"].str.split("/").str[-1].str.slice(0, 4).astype(int)
    stats = (
        observations.assign(year=years, last=last)
        .groupby("source_id")
        .agg(rows=("value", "size"), first_year=("year", "min"), last_year=("last", "max"))
        .reset_index()
    )
    table = sources.merge(stats, on="source_id", how="left")
    table["vintage"] = table["edition"].where(table["edition"] != "", table["retrieved"])
    table["rows"] = table["rows"].fillna(0).astype(int)
    table[["first_year", "last_year"]] = table[["first_year", "last_year"]].astype("Int64")
    return table[COLUMNS].sort_values(["family", "source_id"], ignore_index=True)


def family_summary(root: Path | None = None, coverage: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per source family: label, sources, rows, years, and the family's caveat
    (from `coverage` when the caller holds `source_coverage()` already)."""
    coverage = source_coverage(root) if coverage is None else coverage
    known = source_families()
    summary = (
        coverage.groupby("family")
        .agg(
            sources=("source_id", "size"),
            rows=("rows", "sum"),
            first_year=("first_year", "min"),
            last_year=("last_year", "max"),
        )
        .reset_index()
    )
    summary.insert(1, "label", summary["family"].map(lambda f: known.get(f, {}).get("label", f)))
    summary["caveat"] = summary["family"].map(lambda f: known.get(f, {}).get("caveat", ""))
    return summary


def family_labels() -> dict[str, str]:
    """family -> short label for chart legends (e.g. 'IMF DOTS', 'UN Comtrade 2021')."""
    return {family: row["label"] for family, row in source_families().items()}
