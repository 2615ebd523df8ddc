"""One chart as users get it everywhere: the chart, its sources, a text alternative, the
plotted data as CSV, the picture as PNG or SVG, and the data as a table."""

import json

import altair as alt
import pandas as pd
import streamlit as st
import vl_convert as vlc

from bilateral_ledger.analysis.provenance import source_line
from bilateral_ledger.dashboard import charts, data
from bilateral_ledger.dashboard.layout import plain


@st.cache_data(max_entries=64, show_spinner=False)
def render_png(spec: str) -> bytes:
    return vlc.vegalite_to_png(spec, scale=2)


@st.cache_data(max_entries=64, show_spinner=False)
def render_svg(spec: str) -> str:
    return vlc.vegalite_to_svg(spec)


def chart_panel(
    chart: alt.TopLevelMixin,
    plotted: pd.DataFrame,
    *,
    key: str,
    description: str,
    note: str = "",
) -> None:
    """Show `chart` with everything a reader needs to reuse or check it.

    `plotted` is exactly what the chart draws (recorded rows and any claims); its
    source_id column gives the caption. The PNG and SVG are rendered only on click.
    """
    # One conversion to Vega-Lite serves the element, its height and the PNG/SVG files:
    # Altair's validated conversion is the slowest step of a rerun.
    spec = chart.to_dict()
    st.vega_lite_chart(
        spec=spec,
        width="stretch",
        height=charts.display_height(spec),
        key=f"chart-{key}",
        alt=description,
    )
    # Source titles and descriptions are data: escaped, so "US$ … $" is never read as maths.
    caption = plain(source_line(plotted, data.sources()))
    st.caption(f"{caption}{' ' + plain(note) if note else ''}")
    st.caption(f"Chart description: {plain(description)}")
    spec_json = json.dumps(spec)
    csv, png, svg = st.columns(3)
    csv.download_button(
        "Data (CSV)",
        plotted.to_csv(index=False),
        file_name=f"{key}.csv",
        mime="text/csv",
        key=f"csv-{key}",
        help="Exactly the rows this chart draws, with the source of each",
    )
    png.download_button(
        "Chart (PNG)",
        lambda: render_png(spec_json),
        file_name=f"{key}.png",
        mime="image/png",
        key=f"png-{key}",
        on_click="ignore",
    )
    svg.download_button(
        "Chart (SVG)",
        lambda: render_svg(spec_json),
        file_name=f"{key}.svg",
        mime="image/svg+xml",
        key=f"svg-{key}",
        on_click="ignore",
    )
    with st.expander("Data table"):
        st.dataframe(plotted, hide_index=True, width="stretch")
