"""Data & sources: every source with its provenance and coverage, and its rows as CSV."""

from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import data, state
from dashboard.downloads import safe_csv
from dashboard.text import plain
from validation.vocabulary import TIER_LABELS

st.title("Data & sources")
coverage, observations = data.load_or_stop(data.coverage, data.observations)

st.write(
    f"{len(observations):,} recorded figures from {len(coverage)} sources. Tiers, strongest "
    "first: official statistical release, official figure reported by the press, statement by "
    "an official, unattributed. Every figure keeps its source, vintage and tier; nothing is "
    "estimated or filled in."
)
st.dataframe(
    coverage.assign(tier=coverage["tier"].map(TIER_LABELS)),
    hide_index=True,
    width="stretch",
    column_config={
        "url": st.column_config.LinkColumn("address"),
        "rows": st.column_config.NumberColumn("rows", format="%d"),
        "first_year": st.column_config.NumberColumn("from", format="%d"),
        "last_year": st.column_config.NumberColumn("to", format="%d"),
    },
)
st.download_button(
    "Download every observation (CSV)",
    lambda: safe_csv(observations),
    file_name="bilateral_ledger_observations.csv",
    on_click="ignore",
    mime="text/csv",
)
st.download_button(
    "Download the source list (CSV)",
    lambda: safe_csv(coverage),
    file_name="bilateral_ledger_sources.csv",
    on_click="ignore",
    mime="text/csv",
)

st.subheader("One source's rows")
ids = list(coverage["source_id"])
titles = dict(zip(coverage["source_id"], coverage["title"], strict=True))
state.seed_choice("source", ids)
chosen = st.selectbox("Source", ids, format_func=lambda i: f"{i} — {titles[i]}", key="source")
state.keep("source")
rows = observations[observations["source_id"] == chosen]
st.caption(f"{len(rows):,} rows from {plain(titles[chosen])}.")
st.download_button(
    f"Download {chosen} (CSV)",
    lambda: safe_csv(rows),
    file_name=f"{chosen}.csv",
    on_click="ignore",
    mime="text/csv",
)
st.dataframe(rows.head(1000), hide_index=True, width="stretch")
if len(rows) > 1000:
    st.caption("The table shows the first 1,000 rows; the CSV holds them all.")

HERE = Path(__file__).resolve().parents[1]

st.subheader("When each source was updated, and when to expect the next release")
calendar = pd.read_csv(HERE / "release_calendar.csv", keep_default_na=False)
vintages = coverage.assign(
    family=coverage["source_id"].map(
        lambda i: next((p for p in calendar["source_prefix"] if i.startswith(p)), "")
    )
)
latest = vintages.groupby("family")["vintage"].agg(lambda v: max(str(x) for x in v))
calendar = calendar.assign(
    last_updated=calendar["source_prefix"].map(latest).fillna("not in this snapshot")
)
st.dataframe(
    calendar[["publisher", "what", "last_updated", "cadence", "next_expected", "calendar_url"]],
    hide_index=True,
    width="stretch",
    column_config={
        "last_updated": "latest vintage held",
        "next_expected": "next release expected",
        "calendar_url": st.column_config.LinkColumn("release calendar"),
    },
)
st.caption(
    "Next releases are the publishers' stated cadences, not dates we predict; the snapshot "
    "changes only when it is rebuilt or refreshed (the page re-reads it when it changes)."
)

st.subheader("Indicator glossary")
# Definitions as text that wraps (in a table's cells they were cut off at the column's
# width), in one element.
glossary = pd.read_csv(HERE / "glossary.csv", keep_default_na=False)
st.markdown(
    "\n".join(
        f"- **{plain(g.term)}** ({plain('; '.join(p for p in (g.unit, g.where) if p))}):"
        f" {plain(g.definition)}"
        for g in glossary.itertuples()
    )
)
