"""Baseline for the browser benchmarks: a bare Streamlit app with one Altair chart and a
button that reruns it. Nothing here reads the project's data."""

import altair as alt
import pandas as pd
import streamlit as st

st.title("Bare chart")
frame = pd.DataFrame({"year": range(1992, 2021), "value": [float(i) for i in range(29)]})
st.altair_chart(alt.Chart(frame).mark_line().encode(x="year:Q", y="value:Q"), width="stretch")
count = st.session_state.get("count", 0)
if st.button("Rerun"):
    count += 1
st.session_state["count"] = count
st.query_params["count"] = str(count)
