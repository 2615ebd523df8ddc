"""Data & sources: every source with its provenance and coverage."""

import streamlit as st

from bilateral_ledger.dashboard import data
from bilateral_ledger.validation import DatasetError

st.title("Data & sources")
try:
    coverage, observations = data.coverage(), data.observations()
except DatasetError as err:
    st.error(f"The bundled dataset could not be loaded: {err}")
    st.stop()

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
