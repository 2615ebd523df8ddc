"""Overview: the pair at a glance, each headline series beside the claims made about it."""

import streamlit as st

from bilateral_ledger.analysis.claims import plotted_data
from bilateral_ledger.analysis.names import reported_by
from bilateral_ledger.dashboard import charts, data
from bilateral_ledger.dashboard.layout import claims_compact
from bilateral_ledger.dashboard.panel import chart_panel

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
    own = totals[totals["view"] == reported_by(reporter)]
    imf = own[own["source_id"].str.startswith("imf-dots")]
    if imf.empty:
        column.metric(f"{reported_by(reporter)} turnover", "not recorded")
        continue
    latest = imf.loc[imf["year"].idxmax()]
    column.metric(
        f"{reported_by(reporter)} turnover {int(latest['year'])} (IMF DOTS)",
        f"US$ {latest['value']:.1f} bn",
    )
newest = totals.loc[totals["year"].idxmax()] if not totals.empty else None
if newest is not None:
    metrics[2].metric(
        f"Latest recorded turnover {int(newest['year'])} ({newest['view']})",
        f"US$ {newest['value']:.1f} bn",
        help=f"From {newest['publisher']}",
    )
trade_claims = data.markers(
    indicators=["merchandise_trade"],
    unit="USD",
    scale=1e9,
    reporter=FIRST,
    partner=SECOND,
    flow="total",
    symmetric=True,
)
chart_col, claims_col = st.columns([3, 2])
with chart_col:
    chart_panel(
        charts.series_chart(
            totals,
            y="value",
            y_title="US$ billion",
            series="view",
            dash="record",
            markers=trade_claims,
            title="Turkey–Russia goods turnover in each reporter's records",
        ),
        plotted_data(totals, trade_claims, "value"),
        key="overview-trade",
        description=charts.text_alternative(
            totals, y="value", series="view", unit="US$ bn", what="Line chart of turnover"
        )
        + f" {len(trade_claims)} claim(s) drawn as red diamonds or, without a year, a red rule.",
    )
with claims_col:
    st.subheader("Claims about turnover")
    claims_compact(trade_claims)

st.header("Russia's share of Turkey's gas imports")
shares = data.gas_shares("RUS")
newest_editions = shares[shares["newest"].astype(bool)]
gas_claims = data.markers(
    indicators=["gas_import_share"], unit="percent", reporter=FIRST, partner=SECOND
)
chart_col, claims_col = st.columns([3, 2])
with chart_col:
    chart_panel(
        charts.series_chart(
            newest_editions,
            y="share_percent",
            y_title="% of gas imports",
            series="series",
            tooltip=["edition", "method"],
            markers=gas_claims,
            title="Russia's share of Turkey's gas imports (newest edition per year)",
        ),
        plotted_data(newest_editions, gas_claims, "share_percent"),
        key="overview-gas-share",
        description=charts.text_alternative(
            newest_editions,
            y="share_percent",
            series="series",
            unit="%",
            what="Chart of Russia's share of Turkey's gas imports",
        ),
    )
with claims_col:
    st.subheader("Claims about the gas share")
    claims_compact(gas_claims)

st.header("Russian arrivals in Turkey")
arrivals = data.arrivals_from(SECOND)
arrival_claims = data.markers(
    indicators=["visitor_arrivals_foreign"],
    unit="persons",
    scale=1e6,
    reporter=FIRST,
    partner=SECOND,
)
chart_col, claims_col = st.columns([3, 2])
with chart_col:
    chart_panel(
        charts.points_chart(
            arrivals,
            y="value",
            y_title="million arrivals",
            series="tier",
            markers=arrival_claims,
            title="Russian arrivals in Turkey, as quoted by official and press pages",
        ),
        plotted_data(arrivals, arrival_claims, "value"),
        key="overview-arrivals",
        description=charts.text_alternative(
            arrivals, y="value", series="tier", unit="million", what="Points of Russian arrivals"
        ),
    )
with claims_col:
    st.subheader("Claims about arrivals")
    claims_compact(arrival_claims)
