"""Entry point for `streamlit run`: page navigation, and the page's own message on an error."""

import logging

import streamlit as st
from altair.utils.schemapi import disable_debug_mode

from dashboard import data, state

st.set_page_config(page_title="Bilateral Ledger", layout="wide")
# Altair checks every object against the Vega-Lite schema as it is built, and the specs again
# when converted (dashboard.panel.spec_of): together more than half of a chart's build (a
# claim's chart 216 -> 94 ms CPU, byte-identical specs). The app's charts come from tested
# builders, and the suite validates every spec each page sends
# (tests/dashboard/test_chart_legibility.py), so the server skips the checks.
disable_debug_mode()
data.refresh_if_changed()
navigation = st.navigation(
    [
        st.Page("views/overview.py", title="Overview", default=True),
        st.Page("views/trade.py", title="Trade", url_path="trade"),
        st.Page("views/energy.py", title="Energy", url_path="energy"),
        st.Page("views/tourism.py", title="Tourism", url_path="tourism"),
        st.Page("views/fact_check.py", title="Fact-check", url_path="fact-check"),
        st.Page("views/check_article.py", title="Check an article", url_path="check"),
        st.Page("views/data_sources.py", title="Data & sources", url_path="data"),
    ]
)
try:
    navigation.run()
except Exception:  # Streamlit's stop and rerun signals are not Exceptions: they pass.
    # The details go to the server log only; visitors get one line and a way on.
    logging.getLogger("dashboard").exception("page %s failed", navigation.url_path)
    st.error(
        "This part of the page could not be drawn. Reload the page, or open the Overview; "
        "the error has been logged on the server."
    )
finally:
    state.flush()  # the page's choices to the URL in one update: one history entry
