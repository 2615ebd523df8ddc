"""Entry point for `streamlit run`: page navigation only."""

import streamlit as st

st.set_page_config(page_title="Bilateral Ledger", layout="wide")
navigation = st.navigation(
    [
        st.Page("views/overview.py", title="Overview", default=True),
        st.Page("views/fact_check.py", title="Fact-check", url_path="fact-check"),
        st.Page("views/data_sources.py", title="Data & sources", url_path="data"),
    ]
)
navigation.run()
