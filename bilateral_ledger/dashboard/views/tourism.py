"""Tourism: Russian arrivals in Turkey, their share of foreign arrivals, and the totals."""

import streamlit as st

from bilateral_ledger.analysis.claims import plotted_data
from bilateral_ledger.dashboard import charts, data
from bilateral_ledger.dashboard.layout import claims_beside
from bilateral_ledger.dashboard.panel import chart_panel
from bilateral_ledger.validation.vocabulary import TIER_LABELS

st.title("Tourism: arrivals in Turkey")
data.load_or_stop(data.observations, data.sources, data.registry_verdicts)
st.write(
    "No official table of arrivals by nationality is bundled yet: the Russian figures are "
    "each quoted from an official or press page, so they are shown as separate points, "
    "marked by who gave them, never joined into a line."
)

russians = data.arrivals_from("RUS")
russian_claims = data.markers(
    indicators=["visitor_arrivals_foreign"],
    unit="persons",
    scale=1e6,
    reporter="TUR",
    partner="RUS",
)
chart_panel(
    charts.points_chart(
        russians,
        y="value",
        y_title="million arrivals",
        series="tier",
        markers=russian_claims,
        title="Arrivals of Russian citizens in Turkey, with the documents' claims (red)",
    ),
    plotted_data(russians, russian_claims, "value"),
    key="tourism-russian-arrivals",
    description=charts.text_alternative(
        russians, y="value", series="tier", unit="million", what="Points of Russian arrivals"
    )
    + f" {len(russian_claims)} claim(s) drawn as red diamonds.",
)

shares = data.arrival_shares("RUS")
if shares.empty:
    st.info("No page in the bundled data gives Russia's share of foreign arrivals.")
else:
    chart_panel(
        charts.points_chart(
            shares,
            y="value",
            y_title="% of foreign arrivals",
            series="tier",
            title="Russians' share of foreign arrivals, as quoted",
        ),
        shares,
        key="tourism-russian-share",
        description=charts.text_alternative(
            shares, y="value", series="tier", unit="%", what="Points of Russia's share"
        ),
    )

totals = data.arrival_totals()
official = totals["tier"] == TIER_LABELS["official_release"]
total_claims = data.markers(
    indicators=["visitor_arrivals_foreign"],
    unit="persons",
    scale=1e6,
    reporter="TUR",
    partner="WLD",
)
chart_panel(
    charts.series_chart(
        totals[official],
        quoted=totals[~official],
        y="value",
        y_title="million arrivals",
        series="series",
        tooltip=["source_id", "note"],
        markers=total_claims,
        title="All arrivals in Turkey as each series counts them (hollow: quoted on pages)",
    ),
    plotted_data(totals, total_claims, "value"),
    key="tourism-totals",
    description=charts.text_alternative(
        totals, y="value", series="series", unit="million", what="Line chart of total arrivals"
    )
    + f" {len(total_claims)} claim(s) drawn as red diamonds.",
    note=(
        "The series count different things: UN Tourism counts all non-resident tourists; "
        "TurkStat's visitor table adds citizens resident abroad."
    ),
)

claims_beside(
    [
        "visitor_arrivals_foreign",
        "visitor_arrivals_share",
        "visitor_arrivals_rank",
        "outbound_destination_rank",
    ],
    "Claims about tourism in the documents",
)
