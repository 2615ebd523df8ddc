"""Energy: Turkey's gas imports by origin and Russia's share, oil from Russia, and the
Russian pipelines' capacities against the gas that entered through them."""

import pandas as pd
import streamlit as st

from dashboard import charts, data, state
from dashboard.layout import claims_beside, sections
from dashboard.panel import build_spec, chart_panel, time_panel
from dashboard.series import energy
from dashboard.series.claims import plotted_data

st.title("Energy: Turkey's gas and oil from Russia")
data.load_or_stop(data.observations, data.sources, data.registry_verdicts)


def gas_panels() -> None:
    """Imports by origin in the chosen BP / EI edition, and Russia's share by source."""
    st.header("Natural gas imports by origin")
    editions = data.bp_editions()
    if editions.empty:
        st.warning("No BP / Energy Institute gas trade tables in the bundled data.")
        return
    edition_ids = list(editions["source_id"])
    described = {
        row.source_id: f"{row.vintage} (data for {row.data_years})" for row in editions.itertuples()
    }
    # Opens on the newest edition that gives every route Turkey imports by (a newer one that
    # leaves out pipeline origins would understate Russia); a choice in the URL is kept.
    complete = energy.covering_edition(editions)
    state.seed_choice("edition", edition_ids, default=complete)
    edition = st.selectbox(
        "Statistical Review edition",
        edition_ids,
        format_func=described.get,
        key="edition",
        help="Each edition holds one year's trade table and revises earlier years. The page "
        "opens on the newest edition that lists every route Turkey imports gas by ("
        + " and ".join(energy.all_routes(editions))
        + ") by origin.",
    )
    state.keep("edition")
    origins = data.gas_by_origin(edition)
    missing = energy.missing_routes(editions, edition)
    if missing:  # said before the chart it qualifies, not after it
        routes = " and ".join(r if r.isupper() else r.lower() for r in missing)
        fuller = data.gas_by_origin(complete) if complete else origins.iloc[0:0]
        by_missing = fuller[fuller["route"].isin(missing) & (fuller["bcm"] > 0)]
        names = list(dict.fromkeys(by_missing.sort_values("bcm", ascending=False)["origin"]))
        named = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)
        st.warning(
            f"This edition does not list Turkey's {routes} imports by origin (its table puts "
            f"Turkey in a regional total), so gas arriving by {routes} is missing from this "
            "chart, not zero."
            + (
                f" The newest edition that lists it is the {described[complete]}"
                + (f", where it came from {named}." if named else ".")
                if complete
                else ""
            )
        )
    year_list = ", ".join(str(y) for y in sorted(origins["year"].unique()))
    chart_panel(
        charts.origin_chart(
            origins,
            # The year is in the title already: the edition alone in brackets.
            f"Turkey's gas imports by origin, {year_list} "
            f"({editions.loc[editions['source_id'] == edition, 'vintage'].iloc[0]})",
        ),
        origins,
        key=f"gas-origins-{edition}",
        inputs=(),
        unit="bcm",
        height=charts.origin_height(origins),
        description=(
            f"Bar chart of Turkey's gas imports by origin in {year_list}: "
            + "; ".join(
                f"{o.origin} {o.route} {o.bcm:.2f} bcm"
                for o in origins[origins["bcm"] > 0].head(6).itertuples()
            )
            + ("; and smaller origins." if len(origins) > 6 else ".")
        ),
        note="Volumes in bcm at 40 MJ/m³ (BP / EI standard), not Turkish national cubic metres.",
    )

    time_panel(
        data.gas_shares("RUS"),
        quoted=data.quoted_gas_shares("RUS"),
        markers=data.markers(
            indicators=["gas_import_share"], unit="percent", reporter="TUR", partner="RUS"
        ),
        key="gas-russia-share",
        inputs=(),
        y="share_percent",
        y_title="% of Turkey's gas imports",
        series="series",
        tooltip=["edition", "method"],
        unit="percent",
        what="Chart of Russia's share of Turkey's gas imports by source",
        title="Russia's share of Turkey's gas imports, with the documents' claims (red)",
        note=(
            "BP / EI shares are computed within one edition from volumes; Eurostat's from energy "
            "content."
            + (
                f" Pipeline imports by origin end with the {described[complete]}; later years "
                "are figures quoted on pages, drawn hollow."
                if complete and complete != edition_ids[0]
                else ""
            )
        ),
    )


def oil_panel() -> None:
    """Crude and products from Russia, full years only, with quoted figures."""
    st.header("Oil from Russia")
    oil = data.oil_imports("RUS")
    if oil.empty:
        st.info("No full-year oil import records from Russia in the bundled data.")
    else:
        time_panel(
            oil,
            quoted=data.quoted_oil("RUS"),
            key="oil-from-russia",
            inputs=(),
            y="million_tonnes",
            y_title="million tonnes",
            series="product",
            tooltip=["note"],
            unit="million tonnes",
            what="Line chart of oil imports from Russia",
            title="Crude oil and oil products entering Turkey from Russia (full years only)",
            note="Gaps are years with a month missing: a part-year total is never shown.",
        )


def pipeline_panels() -> None:
    """TurkStream and Blue Stream: design capacity against the gas that entered."""
    st.header("Pipelines: capacity against the gas that entered")
    flows = data.pipeline_flows()
    capacities = data.pipeline_capacities()
    for pipeline, column in zip(("TurkStream", "Blue Stream"), st.columns(2), strict=True):
        pipe_flows = flows[flows["pipeline"] == pipeline]
        pipe_capacity = capacities[capacities["pipeline"] == pipeline]
        pipe_claims = data.markers(
            indicators=["pipeline_capacity"],
            unit="bcm_per_year",
            reporter="TUR",
            partner="RUS",
            breakdown_prefix=pipeline,
        )
        with column:
            chart_panel(
                charts.pipeline_chart(
                    pipe_flows, pipe_capacity, pipe_claims, f"{pipeline}: entries and capacity"
                ),
                plotted_data(
                    pd.concat([pipe_flows, pipe_capacity], ignore_index=True),
                    pipe_claims,
                    "bcm",
                ),
                key=f"pipeline-{pipeline.lower().replace(' ', '-')}",
                inputs=(),
                description=charts.text_alternative(
                    pipe_flows.assign(line="entries"),
                    y="bcm",
                    series="line",
                    unit="bcm",
                    what=f"Bar chart of gas entering at the {pipeline} landfall",
                )
                + " Design capacity: "
                + (
                    "; ".join(
                        f"{c.figure_for} {c.capacity_bcm_per_year:g} bcm a year"
                        for c in pipe_capacity.itertuples()
                    )
                    or "not recorded"
                )
                + ".",
                note="Entries are IEA border-point flows (m³ at 15 °C) from the first year gas "
                "entered; capacities as quoted. A border point may not count gas that lands "
                "only to cross Turkey (the IEA file does not say).",
                unit="bcm a year",
            )
            with st.expander(f"Every capacity figure quoted for {pipeline}"):
                st.dataframe(pipe_capacity, hide_index=True, width="stretch")


@st.fragment
def monthly_entries() -> None:
    """Monthly gas entries at the two landfalls (IEA); the scale choice reruns only this."""
    months = data.gas_months()
    if months.empty:
        return
    st.subheader("Monthly entries at the Russian pipelines' landfalls")
    state.seed_choice("gas_scale", ["values", "log"])
    scale = st.segmented_control(
        "Scale",
        ["values", "log"],
        format_func={"values": "bcm", "log": "Log scale"}.get,
        key="gas_scale",
    )
    state.keep("gas_scale")
    log = scale == "log"
    shown = months[months["value"] > 0] if log else months
    chart_panel(
        build_spec(
            "month_chart",
            shown,
            y_title="bcm a month",
            title="Gas entering Turkey at Kıyıköy (TurkStream) and Samsun (Blue Stream), monthly",
            log=log,
        ),
        shown,
        key="gas-entries-monthly",
        inputs=(log,),
        unit="bcm a month",
        description=charts.text_alternative(
            shown.assign(year=shown["month"].dt.year + (shown["month"].dt.month - 1) / 12),
            y="value",
            series="series",
            unit="bcm",
            what="Line chart of monthly gas entries at the two landfalls",
        ),
        note="IEA Gas Trade Flows, newest download; months as published.",
    )


# Tabs, of which only the open one is drawn (the first chart does not wait for the others);
# the open tab is kept in the URL.
part, tab = sections("tab", ["Gas", "Oil", "Pipelines", "Claims"])
with tab:
    if part == "Gas":
        gas_panels()
    elif part == "Oil":
        oil_panel()
    elif part == "Pipelines":
        pipeline_panels()
        monthly_entries()
    else:
        claims_beside(
            [
                "gas_import_share",
                "gas_imports",
                "gas_import_value",
                "gas_customer_rank",
                "oil_import_share",
                "pipeline_capacity",
                "pipeline_strings",
            ],
            "Claims about energy in the documents",
        )
