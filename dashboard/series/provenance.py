"""Source lines for plotted data, written from the provenance table (never from literals)."""

import pandas as pd

from validation.vocabulary import TIER_RANK


def source_line(series: pd.DataFrame, sources: pd.DataFrame) -> str:
    """'Sources: publisher, title (vintage, tier); …' for the sources a plotted frame uses."""
    if "source_id" not in series or series.empty:
        return "Sources: none (nothing plotted)"
    # A derived row may rest on several sources, named "a;b".
    ids = {part for value in series["source_id"].unique() for part in str(value).split(";")}
    # Strongest tier first, so a shortened line names the official releases in full and folds
    # the quoted pages into the count.
    used = sources[sources["source_id"].isin(ids)]
    used = used.assign(_rank=used["tier"].map(TIER_RANK).fillna(len(TIER_RANK)))
    used = used.sort_values(["_rank", "publisher", "title"], kind="stable")
    vintage = [
        edition or retrieved or "vintage not stated"
        for edition, retrieved in zip(used["edition"], used["retrieved"], strict=True)
    ]
    # Two pages of one publisher, title, date and tier are named (and counted) once.
    used = used.assign(vintage=vintage).drop_duplicates(["publisher", "title", "vintage", "tier"])
    parts = [
        f"{row.publisher}, {row.title} ({row.vintage}; {row.tier.replace('_', ' ')})"
        for row in used.itertuples(index=False)
    ]
    if len(parts) > 6:
        # Many editions or quoted pages: name the first in full and the rest by publisher;
        # the CSV names the source of every row.
        rest = used.iloc[4:].groupby("publisher").size()
        others = ", ".join(f"{publisher} ({count})" for publisher, count in rest.items())
        return f"Sources: {'; '.join(parts[:4])}; and {len(parts) - 4} more: {others}."
    return "Sources: " + "; ".join(parts)
