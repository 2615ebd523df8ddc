"""Entry point for `streamlit run`: page navigation only."""

import streamlit as st

st.set_page_config(page_title="Bilateral Ledger", layout="wide")
navigation = st.navigation(
    [
        st.Page("views/overview.py", title="Overview", default=True),
        st.Page("views/trade.py", title="Trade", url_path="trade"),
        st.Page("views/energy.py", title="Energy", url_path="energy"),
        st.Page("views/tourism.py", title="Tourism", url_path="tourism"),
        st.Page("views/fact_check.py", title="Fact-check", url_path="fact-check"),
        st.Page("views/data_sources.py", title="Data & sources", url_path="data"),
    ]
)
navigation.run()
