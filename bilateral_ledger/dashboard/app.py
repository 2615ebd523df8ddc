"""Entry point for `streamlit run`: page navigation only."""

import streamlit as st

st.set_page_config(page_title="Bilateral Ledger", layout="wide")
navigation = st.navigation(
    [
        st.Page("pages/overview.py", title="Overview", default=True),
        st.Page("pages/data_sources.py", title="Data & sources", url_path="data"),
    ]
)
navigation.run()
