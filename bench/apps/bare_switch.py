"""A second baseline for the browser benchmarks: a bare Streamlit app whose one Altair chart
changes its data when a radio is switched (the least any Streamlit page pays to redraw a
chart on a choice). Nothing here reads the project's data."""

import altair as alt
import pandas as pd
import streamlit as st

st.title("Bare switch")
view = st.radio("View", ["up", "down"], horizontal=True, key="view")
values = [float(i) for i in range(29)]
frame = pd.DataFrame({"year": range(1992, 2021), "value": values if view == "up" else values[::-1]})
st.altair_chart(alt.Chart(frame).mark_line().encode(x="year:Q", y="value:Q"), width="stretch")
st.query_params["view"] = view
