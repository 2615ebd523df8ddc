"""Overview: the pair at a glance, each headline series beside the claims made about it."""

import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.layout import claims_compact
from dashboard.panel import time_panel
from dashboard.series.claims import arrival_claims, turnover_claims
from dashboard.series.headlines import latest, years_note
from dashboard.series.names import reported_by
from dashboard.series.trade import ESTIMATED
from dashboard.text import plain
from validation.vocabulary import TIER_LABELS

FIRST, SECOND = "TUR", "RUS"
# Headlines rest on statistics: official releases, or official figures the press reported.
HEADLINE_TIERS = [TIER_LABELS["official_release"], TIER_LABELS["official_reported"]]

st.title("Turkey–Russia: claimed and recorded")
data.load_or_stop(data.observations, data.sources, data.registry_verdicts)

turnover = data.trade_turnover(FIRST, SECOND)
totals = turnover[turnover["measure"].str.startswith("Turnover")].assign(
    tier=TIER_LABELS["official_release"]
)
quoted_totals = data.quoted_turnover(FIRST, SECOND)
shares = data.gas_shares(SECOND)
quoted_shares = data.quoted_gas_shares(SECOND)


def _source_field(row: pd.Series, field: str, default: str) -> str:
    names = dict(zip(data.sources()["source_id"], data.sources()[field], strict=True))
    return names.get(row["source_id"], default)


def publisher(row: pd.Series) -> str:
    return _source_field(row, "publisher", row["source_id"])


def source_title(row: pd.Series) -> str:
    """The source's title: for a figure reported by the press it says whose figure it is
    ('… (pledgetimes, citing RIA Novosti / FCS)'), which the site's name alone does not."""
    return _source_field(row, "title", "")


@st.cache_resource(show_spinner=False)
def headline_figures(generation: int) -> list[dict | None]:
    """The three headline figures with their source's publisher and title, worked out once
    per snapshot (`generation`), not on every visit: they sat between the page's title and
    its first chart."""
    # Each headline is the latest year its record holds (never aligned to a common year);
    # the figures are collected first so the note on their years can sit above them.
    headlines = []
    for reporter in (FIRST, SECOND):
        label = reported_by(reporter)
        # A figure the publisher estimated from the partner's data is not this country's record
        # (it is drawn, labelled, on the chart below, never a headline).
        recorded = totals[(totals["view"] == label) & (totals["qualifier"] != ESTIMATED)]
        both = pd.concat(
            [recorded, quoted_totals[quoted_totals["view"] == label]],
            ignore_index=True,
        )
        row = latest(both, HEADLINE_TIERS)
        headlines.append(
            None
            if row is None
            else dict(
                what=f"{label} turnover",
                value=f"US$ {row['value']:.1f} bn",
                row=row,
                help="Goods exports plus imports between Turkey and Russia in this record.",
            )
        )
    gas = pd.concat(
        [shares.assign(tier=TIER_LABELS["official_release"]), quoted_shares], ignore_index=True
    )
    row = latest(gas, HEADLINE_TIERS)
    headlines.append(
        None
        if row is None
        else dict(
            what="Russia's gas share",
            value=f"{row['share_percent']:.1f} %",
            row=row,
            help="Russia's share of Turkey's gas imports.",
        )
    )
    for headline in headlines:
        if headline is not None:
            headline["publisher"] = publisher(headline["row"])
            headline["title"] = source_title(headline["row"])
    return headlines


headlines = headline_figures(data.generation)
shown = [h for h in headlines if h]
st.caption(years_note([(h["what"], int(h["row"]["year"])) for h in shown]))
for column, headline, missing in zip(
    st.columns(3),
    headlines,
    (f"{reported_by(FIRST)} turnover", f"{reported_by(SECOND)} turnover", "Russia's gas share"),
    strict=True,
):
    if headline is None:
        column.metric(missing, "not recorded")
        continue
    row, year = headline["row"], int(headline["row"]["year"])
    # A figure the press reported says so right under the value, not only in the grey source
    # line: beside an official release it would read as one (in the label it was cut off).
    press = row["tier"] != TIER_LABELS["official_release"]
    column.metric(
        f"{headline['what']}, {year}",
        headline["value"],
        delta="press report" if press else None,
        delta_color="off",
        delta_arrow="off",
        help=f"{headline['help']} {headline['publisher']} ({row['tier']}). The latest year in this "
        "record; the other headline figures may be for other years.",
    )
    title = headline["title"]
    column.caption(
        f"Source: {plain(headline['publisher'])}{f', “{plain(title)}”' if title else ''}"
        f" · {row['tier']}"
    )

READING = (
    "Lines: official releases; hollow points: figures quoted on pages, shaped by who gave "
    "them; red diamonds: the documents' claims (each claim's verdict is on the Fact-check "
    "page)."
)
# (header, the series, quoted figures, the claims drawn on it, how the chart is drawn)
SECTIONS = [
    (
        "Goods trade",
        totals,
        quoted_totals[
            quoted_totals["tier"].isin([*HEADLINE_TIERS, TIER_LABELS["official_statement"]])
        ],
        turnover_claims(FIRST, SECOND),
        dict(
            key="overview-trade",
            note=READING,
            y="value",
            y_title="US$ billion",
            series="view",
            dash="record",
            describe_by=["view", "record"],  # the record names an estimate as one
            unit="US$ billion",
            what="Line chart of turnover",
            title="Turkey–Russia goods turnover in each reporter's records",
        ),
    ),
    (
        "Russia's share of Turkey's gas imports",
        shares[shares["newest"].astype(bool)],
        quoted_shares,
        dict(indicators=["gas_import_share"], unit="percent", reporter=FIRST, partner=SECOND),
        dict(
            key="overview-gas-share",
            y="share_percent",
            y_title="% of gas imports",
            series="series",
            tooltip=["edition", "method"],
            unit="percent",
            what="Chart of Russia's share of Turkey's gas imports",
            title="Russia's share of Turkey's gas imports (newest edition per year)",
        ),
    ),
    (
        "Russian arrivals in Turkey",
        data.arrivals_from(SECOND),
        None,
        arrival_claims(FIRST, SECOND),
        dict(
            key="overview-arrivals",
            points_only=True,
            y="value",
            y_title="million arrivals",
            series="series",
            describe_by=["series", "tier"],
            unit="million arrivals",
            what="Points of Russian arrivals",
            title="Russian arrivals in Turkey, as quoted by official and press pages",
        ),
    ),
]
for number, (header, frame, quoted, selection, options) in enumerate(SECTIONS):
    if number:  # the first chart follows the headline figures directly, above the fold
        st.header(header)
    markers = data.markers(**selection)
    chart_col, claims_col = st.columns([3, 2])
    with chart_col:
        time_panel(frame, markers=markers, quoted=quoted, inputs=(), **options)
    with claims_col:
        st.subheader("The documents' claims")
        claims_compact(markers)
