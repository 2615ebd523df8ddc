"""Data & sources: every source with its provenance and coverage."""

import streamlit as st

from bilateral_ledger.dashboard import data

st.title("Data & sources")
coverage, observations = data.load_or_stop(data.coverage, data.observations)

st.write(
    f"{len(observations):,} recorded figures from {len(coverage)} sources. Tiers, strongest "
    "first: official statistical release, official figure reported by the press, statement by "
    "an official, unattributed."
)
st.dataframe(coverage, hide_index=True)
st.download_button(
    "Download all observations (CSV)",
    observations.to_csv(index=False),
    file_name="bilateral_ledger_observations.csv",
    mime="text/csv",
)
