"""Cached access to the snapshot for the pages (one load per server process)."""

import pandas as pd
import streamlit as st

from bilateral_ledger import factcheck, loaders
from bilateral_ledger.loaders import documents as document_loader
from bilateral_ledger.loaders.catalogue import source_coverage
from bilateral_ledger.loaders.extraction import extract_claims


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
def check_upload(data: bytes, name: str, date: str | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(claims, verdicts) for an uploaded or pasted document; DocumentError if unreadable."""
    text = document_loader.decode_document(data, name)
    claims = extract_claims(text, name, date)
    verdicts = factcheck.validated(factcheck.check_claims(claims, observations(), sources()))
    return claims, verdicts


def evidence_for(claim: pd.Series) -> pd.DataFrame:
    """What the selected claim's chart plots."""
    return factcheck.evidence_table(claim, observations(), sources())
