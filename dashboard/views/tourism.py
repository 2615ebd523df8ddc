"""Tourism: Russian arrivals in Turkey, their share of foreign arrivals, and the totals."""

import streamlit as st

from dashboard import data
from dashboard.layout import claims_beside
from dashboard.panel import time_panel
from dashboard.series.claims import arrival_claims
from validation.vocabulary import TIER_LABELS

st.title("Tourism: arrivals in Turkey")
data.load_or_stop(data.observations, data.sources, data.registry_verdicts)
st.write(
    "No official table of arrivals by nationality is bundled yet: the Russian figures are "
    "each quoted from an official or press page, so they are shown as separate points, "
    "marked by who gave them, never joined into a line."
)

time_panel(
    data.arrivals_from("RUS"),
    markers=data.markers(**arrival_claims("TUR", "RUS")),
    points_only=True,
    key="tourism-russian-arrivals",
    inputs=(),
    y="value",
    y_title="million arrivals",
    series="series",
    describe_by=["series", "tier"],
    unit="million",
    what="Points of Russian arrivals",
    title="Arrivals of Russian citizens in Turkey, with the documents' claims (red)",
)

shares = data.arrival_shares("RUS")
if shares.empty:
    st.info("No page in the bundled data gives Russia's share of foreign arrivals.")
else:
    time_panel(
        shares,
        points_only=True,
        key="tourism-russian-share",
        inputs=(),
        y="value",
        y_title="% of foreign arrivals",
        series="series",
        describe_by=["series", "tier"],
        unit="%",
        what="Points of Russia's share",
        title="Russians' share of foreign arrivals, as quoted",
    )

totals = data.arrival_totals()
official = totals["tier"] == TIER_LABELS["official_release"]
time_panel(
    totals[official],
    quoted=totals[~official],
    markers=data.markers(**arrival_claims("TUR", "WLD")),
    key="tourism-totals",
    inputs=(),
    y="value",
    y_title="million arrivals",
    series="series",
    describe_by=["series", "tier"],
    tooltip=["source_id", "note"],
    unit="million",
    what="Line chart of total arrivals in the official series",
    title="All arrivals in Turkey as each series counts them (hollow: quoted on pages)",
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
