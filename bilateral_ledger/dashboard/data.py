"""Cached access to the snapshot for the pages (one load per server process)."""

import pandas as pd
import streamlit as st

from bilateral_ledger import loaders
from bilateral_ledger.loaders.catalogue import source_coverage


@st.cache_data(show_spinner="Loading the recorded data…")
def observations() -> pd.DataFrame:
    return loaders.load_observations()


@st.cache_data
def sources() -> pd.DataFrame:
    return loaders.load_sources()


@st.cache_data
def coverage() -> pd.DataFrame:
    return source_coverage()
