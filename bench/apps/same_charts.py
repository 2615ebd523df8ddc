"""A third baseline for the browser benchmarks: a bare Streamlit app that draws the very
charts a dashboard interaction draws, and nothing else. Its radio switches between the
charts each choice showed (Vega-Lite specs with their data, captured from the dashboard by
tests/dashboard/sent_charts.py into the JSON file named by BENCH_CHARTS). What an interaction costs
beyond this is the page around its charts; what this costs beyond the bare app is the
charts themselves. With BENCH_WIDGET=selectbox the choice is a select box, as the
dashboard's claim chooser is (a list too long for a radio)."""

import json
import os
from pathlib import Path

import streamlit as st

CHOICES: dict[str, list[dict]] = json.loads(Path(os.environ["BENCH_CHARTS"]).read_text())

st.title("Same charts")
if os.environ.get("BENCH_WIDGET") == "selectbox":
    choice = st.selectbox("Choice", list(CHOICES), key="choice", filter_mode="contains")
else:
    choice = st.radio("Choice", list(CHOICES), horizontal=True, key="choice")
for index, spec in enumerate(CHOICES[choice]):
    # A fresh copy: Streamlit moves the datasets out of the dict it is given.
    st.vega_lite_chart(spec=json.loads(json.dumps(spec)), width="stretch", key=f"chart-{index}")
st.query_params["choice"] = choice
