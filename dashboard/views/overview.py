"""Overview: the pair at a glance, each headline series beside the claims made about it."""

import streamlit as st

from dashboard import data
from dashboard.layout import claims_compact
from dashboard.panel import time_panel
from dashboard.series.claims import arrival_claims, turnover_claims
from dashboard.series.names import reported_by

FIRST, SECOND = "TUR", "RUS"

st.title("Turkey–Russia: what was claimed, what was recorded")
data.load_or_stop(data.observations, data.sources, data.registry_verdicts)
st.write(
    "Each chart shows an official series with the figures two documents cite drawn on it "
    "as red diamonds; the verdict for each claim is listed beside it. The Fact-check page "
    "explains every verdict; the Data & sources page lists every source."
)

st.header("Goods trade")
turnover = data.trade_turnover(FIRST, SECOND)
totals = turnover[turnover["measure"].str.startswith("Turnover")]
metrics = st.columns(3)
for column, reporter in zip(metrics[:2], (FIRST, SECOND), strict=True):
    imf = totals[
        (totals["view"] == reported_by(reporter)) & totals["source_id"].str.startswith("imf-dots")
    ]
    if imf.empty:
        column.metric(f"{reported_by(reporter)} turnover", "not recorded")
        continue
    latest = imf.loc[imf["year"].idxmax()]
    column.metric(
        f"{reported_by(reporter)} turnover {int(latest['year'])} (IMF DOTS)",
        f"US$ {latest['value']:.1f} bn",
    )
if not totals.empty:
    newest = totals.loc[totals["year"].idxmax()]
    metrics[2].metric(
        f"Latest recorded turnover {int(newest['year'])} ({newest['view']})",
        f"US$ {newest['value']:.1f} bn",
        help=f"From {newest['publisher']}",
    )

shares = data.gas_shares(SECOND)
# (header, the series, the claims drawn on it, how the chart is drawn)
SECTIONS = [
    (
        None,
        totals,
        turnover_claims(FIRST, SECOND),
        dict(
            key="overview-trade",
            y="value",
            y_title="US$ billion",
            series="view",
            dash="record",
            describe_by=["view", "publisher"],
            unit="US$ bn",
            what="Line chart of turnover",
            title="Turkey–Russia goods turnover in each reporter's records",
        ),
    ),
    (
        "Russia's share of Turkey's gas imports",
        shares[shares["newest"].astype(bool)],
        dict(indicators=["gas_import_share"], unit="percent", reporter=FIRST, partner=SECOND),
        dict(
            key="overview-gas-share",
            y="share_percent",
            y_title="% of gas imports",
            series="series",
            tooltip=["edition", "method"],
            unit="%",
            what="Chart of Russia's share of Turkey's gas imports",
            title="Russia's share of Turkey's gas imports (newest edition per year)",
        ),
    ),
    (
        "Russian arrivals in Turkey",
        data.arrivals_from(SECOND),
        arrival_claims(FIRST, SECOND),
        dict(
            key="overview-arrivals",
            points_only=True,
            y="value",
            y_title="million arrivals",
            series="tier",
            unit="million",
            what="Points of Russian arrivals",
            title="Russian arrivals in Turkey, as quoted by official and press pages",
        ),
    ),
]
for header, frame, selection, options in SECTIONS:
    if header:
        st.header(header)
    markers = data.markers(**selection)
    chart_col, claims_col = st.columns([3, 2])
    with chart_col:
        time_panel(frame, markers=markers, **options)
    with claims_col:
        st.subheader("The documents' claims")
        claims_compact(markers)
