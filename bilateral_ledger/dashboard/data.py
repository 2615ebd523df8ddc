"""Cached access to the snapshot for the pages (one load per server process)."""

from collections.abc import Callable

import pandas as pd
import streamlit as st

from bilateral_ledger import factcheck, loaders
from bilateral_ledger.loaders import documents as document_loader
from bilateral_ledger.loaders.catalogue import source_coverage
from bilateral_ledger.validation import DatasetError


def load_or_stop(*loads: Callable[[], pd.DataFrame]) -> tuple[pd.DataFrame, ...]:
    """Run the page's loads; if the bundled data is broken, say so in the page and stop."""
    try:
        return tuple(load() for load in loads)
    except DatasetError as err:
        st.error(f"The bundled dataset could not be loaded: {err}")
        st.stop()


@st.cache_data(show_spinner="Loading the recorded data…")
def observations() -> pd.DataFrame:
    return loaders.load_observations()


@st.cache_data
def sources() -> pd.DataFrame:
    return loaders.load_sources()


@st.cache_data
def coverage() -> pd.DataFrame:
    return source_coverage()


@st.cache_data
def documents() -> pd.DataFrame:
    return document_loader.load_documents()


@st.cache_data
def registry_claims() -> pd.DataFrame:
    return document_loader.load_claims()


@st.cache_data(show_spinner="Checking the registry's claims…")
def registry_verdicts() -> pd.DataFrame:
    return factcheck.validated(factcheck.check_claims(registry_claims(), observations(), sources()))


@st.cache_data(show_spinner="Reading and checking the document…", max_entries=20)
def check_upload(data: bytes, name: str, date: str | None) -> pd.DataFrame:
    """Verdicts for an uploaded or pasted document; DocumentError if unreadable."""
    text = document_loader.decode_document(data, name)
    return factcheck.check_text(text, name, date, observations(), sources())


@st.cache_data(max_entries=64)
def evidence_for(claim: pd.Series) -> pd.DataFrame:
    """What the selected claim's chart plots (cached: reruns redraw it without re-deriving)."""
    return factcheck.evidence_table(claim, observations(), sources())
