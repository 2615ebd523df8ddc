"""Headline figures: the latest year of each record, each with its own year and source.

Headlines are never aligned to a common year or filled in: each is the latest figure its
record holds, so they can be for different years, and the page says so in words.
"""

import pandas as pd


def latest(frame: pd.DataFrame, tiers: list[str]) -> pd.Series | None:
    """The latest year's figure among `tiers` (strongest first): for that year the strongest
    tier recording it wins. None when nothing of those tiers is recorded."""
    frame = frame[frame["tier"].isin(tiers)]
    if frame.empty:
        return None
    ranked = frame.assign(_rank=frame["tier"].map(tiers.index))
    return ranked.sort_values(["year", "_rank"], ascending=[False, True]).iloc[0]


def years_note(figures: list[tuple[str, int]]) -> str:
    """One sentence on the headlines' years: shared, or each named where they differ.

    `figures`: (what the figure is, its year) for each headline shown.
    """
    if not figures:
        return ""
    years = {year for _, year in figures}
    if len(years) == 1:
        return f"All {len(figures)} figures are for {years.pop()}: the latest each record holds."
    each = ", ".join(f"{what} {year}" for what, year in figures)
    return (
        f"Different years: each figure is the latest its record holds ({each}), so they are "
        "not one year side by side."
    )
