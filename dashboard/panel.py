"""One chart as users get it everywhere: the chart, its sources, a text alternative, the
plotted data as CSV, the picture as PNG or SVG, and the data as a table."""

import json

import altair as alt
import pandas as pd
import streamlit as st
import vl_convert as vlc

from dashboard import charts, data
from dashboard.series.claims import plotted_data
from dashboard.series.provenance import source_line
from dashboard.text import plain


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
    # Pictures are rendered only when asked for (deferred download data).
    for column, (label, render, suffix, mime) in zip(
        (png, svg),
        (
            ("Chart (PNG)", render_png, "png", "image/png"),
            ("Chart (SVG)", render_svg, "svg", "image/svg+xml"),
        ),
        strict=True,
    ):
        column.download_button(
            label,
            lambda render=render: render(spec_json),
            file_name=f"{key}.{suffix}",
            mime=mime,
            key=f"{suffix}-{key}",
            on_click="ignore",
        )
    with st.expander("Data table"):
        st.dataframe(plotted, hide_index=True, width="stretch")


def time_panel(
    frame: pd.DataFrame,
    *,
    key: str,
    y: str,
    y_title: str,
    series: str,
    unit: str,
    what: str,
    title: str,
    markers: pd.DataFrame | None = None,
    points_only: bool = False,
    describe_by: list[str] | None = None,
    low_is_top: bool = False,
    note: str = "",
    **chart_options,
) -> None:
    """A chart over the years (lines, or points for quoted figures) with claims drawn on,
    its plotted rows (recorded and claims) and a description naming each series."""
    if points_only:
        chart = charts.points_chart(
            frame, y=y, y_title=y_title, series=series, title=title, markers=markers
        )
    else:
        chart = charts.series_chart(
            frame,
            y=y,
            y_title=y_title,
            series=series,
            title=title,
            markers=markers,
            reverse_y=low_is_top,
            **chart_options,
        )
    columns = describe_by or [series]
    lines = frame[columns].astype(str).agg(", ".join, axis=1) if len(frame) else ""
    described = frame.assign(_line=lines)
    description = charts.text_alternative(
        described, y=y, series="_line", unit=unit, what=what, low_is_top=low_is_top
    )
    quoted = chart_options.get("quoted")
    recorded = frame if quoted is None else pd.concat([frame, quoted], ignore_index=True)
    if markers is not None:
        description += f" {len(markers)} claim(s) drawn in red."
        plotted = plotted_data(recorded, markers, y)
    else:
        plotted = recorded
    chart_panel(chart, plotted, key=key, description=description, note=note)
