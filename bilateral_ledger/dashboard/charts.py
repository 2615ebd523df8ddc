"""Altair chart builders: data in, chart out. No Streamlit calls, so tests can read the spec."""

import altair as alt
import pandas as pd


def bilateral_trade_chart(trade: pd.DataFrame) -> alt.Chart:
    """Lines per direction, dashed for the Russia-reported view (so colour is not the only cue)."""
    return (
        alt.Chart(trade, title="Turkey–Russia goods trade, both reporters' views")
        .mark_line(point=True)
        .encode(
            x=alt.X("year:O", title="Year"),
            y=alt.Y("value_usd_bn:Q", title="US$ billion"),
            color=alt.Color("direction:N", title="Direction"),
            strokeDash=alt.StrokeDash("view:N", title="Reported by"),
            tooltip=[
                alt.Tooltip("year:O"),
                alt.Tooltip("direction:N"),
                alt.Tooltip("view:N"),
                alt.Tooltip("value_usd_bn:Q", format=".2f", title="US$ bn"),
                alt.Tooltip("valuation:N"),
            ],
        )
    )
