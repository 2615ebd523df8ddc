"""One chart as users get it everywhere: the chart, its sources, a text alternative, the
plotted data as CSV (with unit and sources), the picture as PNG or SVG ready for a brief,
a metadata file, and the data as a table.

Chart specs are built once per distinct input and cached (Altair's validated conversion is
the slowest step of a rerun); downloads are produced only when clicked.
"""

import json
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import NamedTuple
from urllib.parse import urlencode, urlsplit

import altair as alt
import pandas as pd
import pyarrow as pa
import streamlit as st
import vl_convert as vlc

from dashboard import chart_values, charts, data, downloads, state
from dashboard.series.claims import plotted_data
from dashboard.series.provenance import source_line
from dashboard.text import plain


class Bundle(NamedTuple):
    """Everything a rerun needs to show one chart, computed once per distinct input."""

    spec: dict  # Vega-Lite with JSON data: the picture downloads and the element height
    screen: dict  # the same with its datasets as Arrow bytes, ready for the element
    height: int
    plotted: pd.DataFrame
    table: pa.Table  # the data table under the chart
    caption: str
    description: str
    alt: str  # the element's alt text: short and the same for every choice (see show)


chart_values.enable()

_BUNDLES: OrderedDict = OrderedDict()
_BUNDLES_LOCK = threading.Lock()
_BUNDLES_MAX = 512


def memo(key: tuple, make: Callable[[], Bundle]) -> Bundle:
    """A bundle per (snapshot generation, key), shared by every session without copying.

    Callers key by the choices that produced their frames (pair, view, years, scale…), so a
    rerun neither re-derives nor re-hashes the data. A changed snapshot starts afresh.
    """
    full = (data.generation, *key)
    with _BUNDLES_LOCK:
        if full in _BUNDLES:
            _BUNDLES.move_to_end(full)
            return _BUNDLES[full]
    made = make()
    with _BUNDLES_LOCK:
        _BUNDLES[full] = made
        while len(_BUNDLES) > _BUNDLES_MAX:
            _BUNDLES.popitem(last=False)
    return made


def spec_of(chart: alt.TopLevelMixin) -> dict:
    """The chart's Vega-Lite spec, not checked against the schema on every build (see
    dashboard/app.py): the suite validates every spec each page sends
    (tests/dashboard/test_chart_legibility.py). Layers sharing a frame share its values
    (dashboard/chart_values.py)."""
    with chart_values.once():
        return chart.to_dict(validate=False)


def _arrow_bytes(rows: list[dict]) -> bytes:
    table = pa.Table.from_pandas(pd.DataFrame(rows), preserve_index=False)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def bundle(
    chart: alt.TopLevelMixin | dict,
    plotted: pd.DataFrame,
    description: str,
    height: int | None = None,
    alt_text: str | None = None,
) -> Bundle:
    spec = chart if isinstance(chart, dict) else spec_of(chart)
    spec.setdefault("config", {}).setdefault("legend", {})["layout"] = charts.LEGEND_LAYOUT
    # On screen the title is page text above the chart, so it wraps on a phone; the
    # pictures keep it in the drawing.
    screen = {k: v for k, v in spec.items() if k != "title"}
    title = downloads._title_text(spec)
    if "datasets" in spec:
        screen["datasets"] = {n: _arrow_bytes(rows) for n, rows in spec["datasets"].items()}
    shown = plotted.copy()
    for column in shown.columns:  # mixed-type columns as text, so Arrow takes them
        if shown[column].dtype == object:
            shown[column] = shown[column].map(lambda v: v if v is None else str(v))
    return Bundle(
        spec=spec,
        screen=screen,
        height=(height or charts.display_height(spec)) - (charts.TITLE_ROW if title else 0),
        plotted=plotted,
        table=pa.Table.from_pandas(shown, preserve_index=False),
        caption=source_line(plotted, data.sources()),
        description=description,
        alt=alt_text or description,
    )


@st.cache_data(max_entries=64, show_spinner=False)
def render_png(spec: str) -> bytes:
    return vlc.vegalite_to_png(spec, scale=2)


@st.cache_data(max_entries=64, show_spinner=False)
def render_svg(spec: str) -> str:
    return vlc.vegalite_to_svg(spec)


@st.cache_data(max_entries=256, show_spinner=False)
def build_spec(builder: str, *args, **kwargs) -> dict:
    """`charts.<builder>(*args, **kwargs)` as a spec, once per distinct input."""
    return spec_of(getattr(charts, builder)(*args, **kwargs))


@st.cache_data(max_entries=256, show_spinner=False)
def _caption(plotted: pd.DataFrame) -> str:
    return source_line(plotted, data.sources())


# Where the dashboard is published (e.g. https://ledger.example.org): downloads then name
# that address, not the one this server was reached at (127.0.0.1 behind a proxy).
PUBLIC_URL = "LEDGER_PUBLIC_URL"


def public_url() -> str:
    """Where the dashboard is published (LEDGER_PUBLIC_URL, no trailing slash), or ''."""
    return os.environ.get(PUBLIC_URL, "").strip().rstrip("/")


def page_url() -> str:
    """The address that reopens this page with the current choices (those this run has kept
    so far too: on a first visit the address bar gets them only at the end of the run)."""
    try:
        base = st.context.url or ""
    except Exception:
        base = ""
    public = public_url()
    if public:
        base = public + urlsplit(base).path
    query = urlencode(state.query())
    return f"{base}?{query}" if query else base


def _with_source_names(frame: pd.DataFrame | None) -> pd.DataFrame | None:
    """A `source` column (publisher) for tooltips, from the provenance table."""
    if frame is None or "source_id" not in frame or "source" in frame:
        return frame
    publishers = dict(zip(data.sources()["source_id"], data.sources()["publisher"], strict=True))
    names = frame["source_id"].map(
        lambda v: "; ".join(publishers.get(p, p) for p in str(v).split(";"))
    )
    return frame.assign(source=names)


def chart_panel(
    chart: alt.TopLevelMixin | dict | Callable[[], alt.TopLevelMixin | dict],
    plotted: pd.DataFrame | Callable[[], pd.DataFrame],
    *,
    key: str,
    description: str | Callable[[], str],
    note: str = "",
    unit: str = "",
    height: int | None = None,
    inputs: tuple | None = None,
    alt_text: str | None = None,
    slot: str | None = None,
) -> None:
    """Show `chart` (an Altair chart, its spec, or a function making either) with everything
    a reader needs to reuse or check it. `plotted` is exactly what the chart draws (recorded
    rows and any claims); its source_id column gives the caption and the CSV's sources.

    `inputs`: the choices that produced `plotted` (e.g. pair, view, years); with them the
    chart is built once and shared by every later rerun and session. `plotted` and
    `description` may be functions too, so a rerun that finds the chart built derives
    nothing.
    """

    def make() -> Bundle:
        built = chart() if callable(chart) else chart
        rows = plotted() if callable(plotted) else plotted
        text = description() if callable(description) else description
        return bundle(built, rows, text, height, alt_text)

    show(make() if inputs is None else memo(("panel", key, *inputs), make), key, note, unit, slot)


def _sentence(text: str) -> str:
    """The source line closed with a full stop, so the note after it reads as a sentence."""
    return text if text.endswith(".") else text + "."


def show(b: Bundle, key: str, note: str = "", unit: str = "", slot: str | None = None) -> None:
    """Draw a bundle: the chart, its captions, four downloads (made on click), the table.

    `slot` keys the chart element when one place on the page shows one chart after another
    (a claim, say): the element stays, so the browser swaps its data instead of building a
    new chart. Downloads keep `key` in their names.
    """
    title = downloads._title_text(b.spec)
    if title:
        st.markdown(f"**{plain(title)}**")
    st.vega_lite_chart(
        spec=dict(b.screen),  # Streamlit moves the datasets out of the dict it is given
        width="stretch",
        height=b.height,
        key=f"chart-{slot or key}",
        # Streamlit writes the alt text into the spec: a text that changed with the data
        # would make the browser rebuild the chart instead of swapping its data. The full
        # description follows as a caption.
        alt=b.alt,
    )
    # Source titles and descriptions are data: escaped, so "US$ … $" is never read as maths.
    # One caption element, two paragraphs: each element costs the browser a markdown render
    # on every draw (bench/dashboard_browser.py).
    st.caption(
        f"{plain(_sentence(b.caption))}{' ' + plain(note) if note else ''}\n\n"
        f"Chart description: {plain(b.description)}"
    )
    url = page_url()
    sources = data.sources()
    spec, plotted, line, description = b.spec, b.plotted, b.caption, b.description

    def picture() -> str:
        subtitle = f"Unit: {unit}. {note}".strip() if unit else note
        return json.dumps(downloads.export_spec(spec, source_line=line, url=url, subtitle=subtitle))

    files = [
        (
            "Data (CSV)",
            lambda: downloads.chart_csv(plotted, unit, sources),
            "csv",
            "text/csv",
            "The rows this chart draws, with unit, source title and address",
        ),
        ("Chart (PNG)", lambda: render_png(picture()), "png", "image/png", None),
        ("Chart (SVG)", lambda: render_svg(picture()), "svg", "image/svg+xml", None),
        (
            "About (JSON)",
            lambda: downloads.chart_metadata(
                title=title,
                unit=unit,
                description=description,
                plotted=plotted,
                sources=sources,
                url=url,
            ),
            "json",
            "application/json",
            "Title, unit, sources, licences, vintages and the address that reproduces it",
        ),
    ]
    # Two buttons in a row, each opening a popover that is drawn only when opened: four
    # download buttons and a table for every chart, rendered with the page, slowed the first
    # chart and every rerun (bench/dashboard_browser.py), and on a phone filled a screen.
    # No hover help on them: each tooltip is one more component per chart, and the labels
    # and the buttons inside say what they hold.
    row = st.container(horizontal=True)
    with row.popover("Download"):
        for label, make, suffix, mime, help_text in files:
            st.download_button(
                label,
                make,
                # A name a file system and a shell take as it is ("pasted text-x001" had a space).
                file_name=f"{re.sub(r'[^A-Za-z0-9._-]+', '_', key)}.{suffix}",
                mime=mime,
                key=f"{suffix}-{key}",
                on_click="ignore",
                help=help_text,
            )
    with row.popover("Data table"):
        st.dataframe(b.table, hide_index=True, width=900)


def _time_parts_raw(
    frame: pd.DataFrame,
    markers: pd.DataFrame | None,
    quoted: pd.DataFrame | None,
    options: dict,
) -> tuple[dict, pd.DataFrame, str]:
    """The spec, the plotted rows and the description of one time chart (cached)."""
    options = dict(options)
    y, series, unit, what = options["y"], options["series"], options["unit"], options["what"]
    points_only = options.pop("points_only", False)
    low_is_top = options.pop("low_is_top", False)
    describe_by = options.pop("describe_by", None)
    for name in ("unit", "what"):
        options.pop(name)
    if points_only:
        keep = {k: options[k] for k in ("y", "y_title", "series", "title")}
        chart = charts.points_chart(frame, markers=markers, **keep)
    else:
        chart = charts.series_chart(
            frame, markers=markers, quoted=quoted, reverse_y=low_is_top, **options
        )
    columns = describe_by or [series]

    def labelled(part: pd.DataFrame, suffix: str = "") -> pd.DataFrame:
        present = [c for c in columns if c in part]
        names = part[present].fillna("").astype(str).agg(", ".join, axis=1) if len(part) else ""
        return part.assign(_line=names + suffix)

    described = labelled(frame)
    if quoted is not None and not quoted.empty:
        described = pd.concat([described, labelled(quoted, " (quoted on pages)")])
    every = frame if quoted is None else pd.concat([frame, quoted], ignore_index=True)
    description = charts.text_alternative(
        described, y=y, series="_line", unit=unit, what=what, low_is_top=low_is_top
    )
    if markers is not None:
        description += f" {len(markers)} claim(s) drawn as red diamonds."
        plotted = plotted_data(every, markers, y)
    else:
        plotted = every
    return spec_of(chart), plotted.drop(columns=["source"], errors="ignore"), description


_time_parts = st.cache_data(max_entries=256, show_spinner=False)(_time_parts_raw)


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
    quoted: pd.DataFrame | None = None,
    inputs: tuple | None = None,
    **chart_options,
) -> None:
    """A chart over the years (lines, or points for quoted figures) with claims drawn on,
    quoted figures as hollow points, its plotted rows and a description of each series."""
    options = dict(
        y=y,
        y_title=y_title,
        series=series,
        title=title,
        unit=unit,
        what=what,
        points_only=points_only,
        describe_by=describe_by,
        low_is_top=low_is_top,
        **chart_options,
    )

    def make() -> Bundle:
        spec, plotted, description = _time_parts_raw(
            _with_source_names(frame), markers, _with_source_names(quoted), options
        )
        return bundle(spec, plotted, description, alt_text=f"{what}; described below.")

    if inputs is None:
        spec, plotted, description = _time_parts(
            _with_source_names(frame), markers, _with_source_names(quoted), options
        )
        made = bundle(spec, plotted, description, alt_text=f"{what}; described below.")
    else:
        made = memo(("time", key, *inputs), make)
    show(made, key, note, unit)
