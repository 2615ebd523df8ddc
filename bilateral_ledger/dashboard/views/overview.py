"""Overview: the pair at a glance (placeholder until the dashboard issue lands)."""

import streamlit as st

from bilateral_ledger.analysis.series import bilateral_trade_imf, source_line
from bilateral_ledger.dashboard import charts, data

st.title("Turkey–Russia: recorded figures")
observations, sources = data.load_or_stop(data.observations, data.sources)

trade = bilateral_trade_imf(observations)
latest = int(trade["year"].max())
columns = st.columns(2)
for column, view in zip(columns, ("Turkey-reported", "Russia-reported"), strict=True):
    year_rows = trade[(trade["year"] == latest) & (trade["view"] == view)]
    column.metric(
        f"Goods trade {latest}, {view} (US$ bn)", f"{year_rows['value_usd_bn'].sum():.1f}"
    )

st.altair_chart(charts.bilateral_trade_chart(trade), width="stretch")
st.caption(source_line(trade, sources))
st.download_button(
    "Download the plotted data (CSV)",
    trade.to_csv(index=False),
    file_name="turkey_russia_trade_imf_dots.csv",
    mime="text/csv",
)
with st.expander("Data table"):
    st.dataframe(trade, hide_index=True)
