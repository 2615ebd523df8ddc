"""Cached access to the snapshot for the pages: one load per server process, and a new
load whenever the snapshot's files change on disk (a refresh or rebuild while it runs).

Tables are cached as shared resources (no copy per rerun: unpickling the 40,000-row table on
every rerun cost more than drawing the page). Callers never modify what they get: every
filter and `assign` makes a new frame.
"""

import os
import threading
from collections.abc import Callable

import pandas as pd
import streamlit as st

import factcheck
import loaders
from dashboard.series import energy, monthly, quoted, tourism, trade
from dashboard.series.claims import claim_evidence, claim_markers
from dashboard.text import plain
from factcheck import documents as document_loader
from loaders.catalogue import family_summary, source_coverage
from loaders.snapshot import datasets_dir
from validation import DatasetError

_stamp_lock = threading.Lock()
_loaded_stamp: tuple | None = None
generation = 0  # bumped whenever the snapshot changed: keys of caches kept outside Streamlit


def snapshot_stamp(root=None) -> tuple:
    """Name, size and modification time of every file under datasets/ (cheap: a few stats)."""
    root = str(root or datasets_dir())
    found = []
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            try:
                info = os.stat(path)
            except OSError:  # removed while we looked: the next rerun sees the new state
                continue
            found.append((os.path.relpath(path, root), info.st_size, info.st_mtime_ns))
    return tuple(sorted(found))


def refresh_if_changed() -> bool:
    """Drop every cached table and chart if the snapshot changed since it was loaded.

    Called at the start of every page run; the first call only records the stamp.
    """
    global _loaded_stamp, generation
    stamp = snapshot_stamp()
    with _stamp_lock:
        if stamp == _loaded_stamp:
            return False
        changed = _loaded_stamp is not None
        _loaded_stamp = stamp
        generation += 1
    if changed:
        st.cache_data.clear()
        st.cache_resource.clear()
    return changed


def load_or_stop(*loads: Callable[[], pd.DataFrame]) -> tuple[pd.DataFrame, ...]:
    """Run the page's loads; if the bundled data is broken, say so in the page and stop."""
    try:
        return tuple(load() for load in loads)
    except DatasetError as err:
        st.error(f"The bundled dataset could not be loaded: {plain(str(err))}")
        st.stop()


@st.cache_resource(show_spinner="Loading the recorded data…")
def observations() -> pd.DataFrame:
    return loaders.load_observations()


@st.cache_resource(show_spinner=False)
def sources() -> pd.DataFrame:
    return loaders.load_sources()


@st.cache_resource(show_spinner=False)
def coverage() -> pd.DataFrame:
    return source_coverage()


@st.cache_resource(show_spinner=False)
def families() -> pd.DataFrame:
    """One row per source family with its label and caveat (loaders.catalogue)."""
    return family_summary(coverage=coverage())


@st.cache_resource(show_spinner=False)
def documents() -> pd.DataFrame:
    return document_loader.load_documents()


@st.cache_resource(show_spinner=False)
def registry_claims() -> pd.DataFrame:
    return document_loader.load_claims()


@st.cache_resource(show_spinner="Checking the registry's claims…")
def registry_verdicts() -> pd.DataFrame:
    return factcheck.validated(factcheck.check_claims(registry_claims(), observations(), sources()))


@st.cache_data(show_spinner="Reading and checking the document…", max_entries=20)
def check_upload(data: bytes, name: str, date: str | None) -> pd.DataFrame:
    """Verdicts for an uploaded or pasted document; DocumentError if unreadable."""
    text = document_loader.decode_document(data, name)
    return factcheck.check_text(text, name, date, observations(), sources())


@st.cache_data(show_spinner=False, max_entries=20)
def numbers_in(data: bytes, name: str, date: str | None) -> pd.DataFrame:
    """Every number in an uploaded or pasted document: read as a claim, or left out and why."""
    from factcheck.extraction import read_text

    text = document_loader.decode_document(data, name)
    return read_text(text, name, date)[1]


@st.cache_data(max_entries=64)
def evidence_for(claim: pd.Series, verdict: pd.Series | None = None) -> pd.DataFrame:
    """What the selected claim's chart plots (cached: reruns redraw it without re-deriving):
    a claim over months with the months around it, those years' whole-year records and the
    sum of months its verdict was judged against."""
    return claim_evidence(claim, observations(), sources(), verdict)


# Derived series for the topic pages: each cached per argument set.


@st.cache_resource(show_spinner=False)
def trade_flows(first: str, second: str) -> pd.DataFrame:
    return trade.bilateral_flows(observations(), sources(), first, second)


@st.cache_resource(show_spinner=False)
def trade_turnover(first: str, second: str) -> pd.DataFrame:
    return trade.turnover_and_balance(trade_flows(first, second), first, second)


@st.cache_resource(show_spinner=False)
def trade_mirror_gaps(first: str, second: str) -> pd.DataFrame:
    return trade.mirror_gaps(trade_flows(first, second))


@st.cache_resource(show_spinner=False)
def partner_standing(reporter: str, partner: str) -> pd.DataFrame:
    return trade.partner_standing(observations(), reporter, partner)


@st.cache_resource(show_spinner=False)
def direction_shares(seller: str, buyer: str) -> pd.DataFrame:
    return trade.direction_shares(observations(), seller, buyer)


@st.cache_resource(show_spinner=False)
def bp_editions() -> pd.DataFrame:
    return energy.bp_editions(observations())


@st.cache_resource(show_spinner=False)
def gas_by_origin(source_id: str) -> pd.DataFrame:
    return energy.gas_imports_by_origin(observations(), source_id)


@st.cache_resource(show_spinner=False)
def gas_shares(partner: str = "RUS") -> pd.DataFrame:
    return energy.gas_import_shares(observations(), partner=partner)


@st.cache_resource(show_spinner=False)
def oil_imports(partner: str = "RUS") -> pd.DataFrame:
    return energy.oil_imports_from(observations(), partner=partner)


@st.cache_resource(show_spinner=False)
def pipeline_flows() -> pd.DataFrame:
    return energy.pipeline_flows(observations())


@st.cache_resource(show_spinner=False)
def pipeline_capacities() -> pd.DataFrame:
    return energy.pipeline_capacities(observations())


@st.cache_resource(show_spinner=False)
def arrivals_from(partner: str) -> pd.DataFrame:
    return tourism.arrivals_from(observations(), partner)


@st.cache_resource(show_spinner=False)
def arrival_totals() -> pd.DataFrame:
    return tourism.arrival_totals(observations())


@st.cache_resource(show_spinner=False)
def arrival_shares(partner: str) -> pd.DataFrame:
    return tourism.arrival_shares(observations(), partner)


@st.cache_resource(show_spinner=False)
def markers(**selection) -> pd.DataFrame:
    """The registry's checked claims on one quantity (see analysis.claims.claim_markers)."""
    return claim_markers(registry_verdicts(), registry_claims(), **selection)


@st.cache_resource(show_spinner=False)
def trade_pairs() -> list[tuple[str, str]]:
    return trade.pairs_present(observations())


# Figures quoted on pages, shaped like the official series they are drawn beside.


@st.cache_resource(show_spinner=False)
def quoted_flows(first: str, second: str) -> pd.DataFrame:
    return quoted.quoted_flows(observations(), first, second)


@st.cache_resource(show_spinner=False)
def quoted_turnover(first: str, second: str) -> pd.DataFrame:
    return quoted.quoted_turnover(observations(), first, second)


@st.cache_resource(show_spinner=False)
def quoted_gas_shares(partner: str = "RUS") -> pd.DataFrame:
    return quoted.gas_share_quoted(observations(), partner=partner)


@st.cache_resource(show_spinner=False)
def quoted_oil(partner: str = "RUS") -> pd.DataFrame:
    return quoted.oil_quoted(observations(), partner=partner)


@st.cache_resource(show_spinner=False)
def trade_months(first: str, second: str) -> pd.DataFrame:
    return monthly.trade_months(observations(), first, second, sources())


@st.cache_resource(show_spinner=False)
def gas_months() -> pd.DataFrame:
    return monthly.gas_months(observations(), sources=sources())


@st.cache_resource(show_spinner=False)
def hs_chapters(reporter: str, partner: str, year: int) -> pd.DataFrame:
    return monthly.hs_chapters(observations(), reporter, partner, year)


@st.cache_resource(show_spinner=False)
def hs_years(reporter: str, partner: str) -> list[int]:
    return monthly.hs_years(observations(), reporter, partner)
