"""Data & sources: every source with its provenance and coverage, and its rows as CSV."""

import streamlit as st

from dashboard import data, state
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
    observations.to_csv(index=False),
    file_name="bilateral_ledger_observations.csv",
    mime="text/csv",
)
st.download_button(
    "Download the source list (CSV)",
    coverage.to_csv(index=False),
    file_name="bilateral_ledger_sources.csv",
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
    rows.to_csv(index=False),
    file_name=f"{chosen}.csv",
    mime="text/csv",
)
st.dataframe(rows.head(1000), hide_index=True, width="stretch")
if len(rows) > 1000:
    st.caption("The table shows the first 1,000 rows; the CSV holds them all.")
