"""Trade: the pair's goods trade in each reporter's records, the gap between them, and
each country's place among the other's partners, with the documents' claims drawn on."""

import pandas as pd
import streamlit as st

from dashboard import charts, data, state
from dashboard.layout import claims_beside, sections
from dashboard.panel import build_spec, chart_panel, time_panel
from dashboard.series import monthly
from dashboard.series.claims import turnover_claims
from dashboard.series.names import country_name, reported_by
from dashboard.series.trade import family_caveats
from dashboard.text import plain

data.load_or_stop(data.observations, data.sources, data.registry_verdicts)
pairs = {f"{a}-{b}": (a, b) for a, b in data.trade_pairs()}
if not pairs:
    st.title("Trade")
    st.warning("No pair in the bundled data has both countries' official trade records.")
    st.stop()
state.seed_choice("pair", list(pairs))
if len(pairs) > 1:
    st.selectbox(
        "Country pair",
        list(pairs),
        format_func=lambda key: "–".join(country_name(c) for c in pairs[key]),
        key="pair",
        help="Pairs whose trade both countries report in the bundled data.",
    )
state.keep("pair")
FIRST, SECOND = pairs[st.session_state["pair"]]
first, second = country_name(FIRST), country_name(SECOND)

st.title(f"Trade: {first}–{second}")
flows = data.trade_flows(FIRST, SECOND)
if flows.empty:
    st.warning("No official trade records for this pair in the bundled data.")
    st.stop()

views = [FIRST, SECOND, "mirror"]
labels = {FIRST: reported_by(FIRST), SECOND: reported_by(SECOND), "mirror": "Both (mirror)"}
first_year, last_year = int(flows["year"].min()), int(flows["year"].max())
state.seed_years("years", first_year, last_year)
years = st.columns([3, 2])[0].slider("Years", first_year, last_year, key="years")
state.keep("years")


def in_years(frame, span: tuple | None = None):
    """Rows in the chosen years, or in `span` (claims without a year are kept: they are drawn
    as notes)."""
    return frame[frame["year"].isna() | frame["year"].between(*(span or years))]


@st.cache_resource(show_spinner=False, max_entries=256)
def view_frames(first: str, second: str, view: str, years: tuple, generation: int) -> dict:
    """Everything the records charts draw for one view and span, worked out once and shared
    by every later rerun and session (a view switch only looks it up). Each chart's axis
    span and tier legend are those of every view of the pair, so a switch changes only the
    chart's data and the browser redraws it in place."""
    del generation  # part of the key only: a new snapshot starts afresh

    def within(frame):
        return in_years(frame, years)

    shown = [reported_by(first), reported_by(second)] if view == "mirror" else [reported_by(view)]

    def in_view(frame):
        return within(frame[frame["view"].isin(shown)])

    def fixed(*frames) -> dict:
        frames = [within(f) for f in frames]
        tiers = sorted({t for f in frames if "tier" in f for t in f["tier"].dropna()})
        return {"years": charts.year_span(*frames), "tiers": tiers or None}

    flows, quoted = data.trade_flows(first, second), data.quoted_flows(first, second)
    turnover, quoted_turnover = (
        data.trade_turnover(first, second),
        data.quoted_turnover(first, second),
    )
    claims = data.markers(**turnover_claims(first, second))
    months = data.trade_months(first, second)
    return {
        "flows": in_view(flows),
        "quoted": in_view(quoted),
        "flows_fixed": fixed(flows, quoted),
        "months": months[
            months["record"].str.split(" · ").str[0].isin(shown)
            & months["month"].dt.year.between(*years)
        ],
        "caveats": family_caveats(in_view(flows), data.families()),
        "turnover": in_view(turnover),
        "quoted_turnover": in_view(quoted_turnover),
        "claims": within(claims),
        "turnover_fixed": fixed(turnover, quoted_turnover, claims),
        "gaps": within(data.trade_mirror_gaps(first, second)) if view == "mirror" else None,
    }


def monthless_note(view: str, months: pd.DataFrame) -> str:
    """Says which of the records the view shows has no monthly release (drawn as nothing)."""
    shown = [FIRST, SECOND] if view == "mirror" else [view]
    held = set(months["record"].str.split(" · ").str[0])
    lacking = [country_name(c) for c in shown if reported_by(c) not in held]
    if not lacking:
        return ""
    return f" {' and '.join(lacking)}: no official monthly release in the bundled data."


SCALES = {"values": "US$ billion", "index": "Index (one year = 100)", "log": "Log scale"}
FREQUENCIES = {"year": "Years", "month": "Months"}


@st.fragment
def flows_panel(view: str) -> None:
    """The flows chart with its own frequency and scale choices (a change reruns only this)."""
    frequency_col, scale_col = st.columns(2)
    state.seed_choice("freq", list(FREQUENCIES))
    state.seed_choice("scale", list(SCALES))
    frequency = frequency_col.segmented_control(
        "Frequency",
        list(FREQUENCIES),
        format_func=FREQUENCIES.get,
        key="freq",
        help="Months where an official monthly release is held (TurkStat).",
    )
    scale = scale_col.segmented_control(
        "Scale",
        list(SCALES),
        format_func=SCALES.get,
        key="scale",
        help="Index: each line divided by its value in the first year shown that most lines "
        "have (= 100); lines without it are left out and named. Log: equal ratios look equal.",
    )
    # A segmented control can be cleared by clicking the chosen option: keep a choice.
    frequency = frequency or "year"
    scale = scale or "values"
    state.keep("freq", "scale")
    chosen = view_frames(FIRST, SECOND, view, years, data.generation)
    if frequency == "month":
        months = chosen["months"]
        if months.empty:
            st.info("No official monthly release for this pair, view and years.")
            return
        if scale == "index":
            st.caption("The index applies to yearly figures; months are shown in US$ billion.")
        chart_panel(
            build_spec(
                "month_chart",
                months,
                y_title="US$ billion",
                title=f"Monthly goods flows, {pair}",
                log=scale == "log",
            ),
            months,
            key="trade-flows-monthly",
            inputs=(FIRST, SECOND, view, years, scale),
            unit="US$ billion",
            description=charts.text_alternative(
                months.assign(year=months["month"].dt.year + (months["month"].dt.month - 1) / 12),
                y="value",
                series="series",
                unit="US$ bn",
                what=f"Line chart of monthly goods flows between {first} and {second}",
            ),
            note="Monthly figures as released; a missing month breaks the line."
            + monthless_note(view, months),
        )
        return
    fixed, flows, quoted = chosen["flows_fixed"], chosen["flows"], chosen["quoted"]
    y_title, log = "US$ billion", scale == "log"
    index_note = ""
    if scale == "index":
        groups = ["direction", "record", "source_id"]
        flows, base, left_out = monthly.as_index(flows, "value_usd_bn", groups)
        if base is None:
            st.info("No line in these years has two years to index: choose more years.")
            return
        quoted, y_title = None, f"Index, {base} = 100"  # a figure quoted alone has no base
        index_note = (
            f"Every line = 100 in {base}, the first year shown that most lines have; quoted "
            "figures are left out."
        )
        if not left_out.empty:
            lines = "; ".join(f"{r.record} ({r.direction})" for r in left_out.itertuples())
            index_note += (
                f" Left out, having no {base} value or one year only: {lines}. Move the start"
                " of the years to index from a later year."
            )
    elif log:
        flows = monthly.positive(flows, "value_usd_bn")
        quoted = monthly.positive(quoted, "value_usd_bn")
    time_panel(
        flows,
        quoted=quoted,
        key="trade-flows",
        inputs=(FIRST, SECOND, view, years, scale),
        y="value_usd_bn",
        y_title=y_title,
        series="direction",
        dash="record",
        tooltip=["valuation"],
        describe_by=["direction", "record"],
        unit="index" if scale == "index" else "US$ billion",
        what=f"Line chart of goods flows between {first} and {second}",
        title=f"Goods flows between {first} and {second}",
        log=log,
        note=index_note,
        **fixed,
    )


pair = f"{first}–{second}"


@st.fragment
def records_panels() -> None:
    """Everything that depends on whose records are shown. A fragment: a view switch reruns
    only this part; the partner charts below stay as they are."""
    state.seed_choice("view", views)
    view = st.radio(
        "Whose records",
        views,
        format_func=labels.get,
        horizontal=True,
        key="view",
        help="Each country records its exports and imports; the two records of one flow differ.",
    )
    state.keep("view")
    flows_panel(view)

    st.write(
        "Exports are recorded free on board by the seller, imports with cost, insurance and "
        "freight by the buyer, so the buyer's record of a flow is usually a few percent higher. "
        "Years are calendar years; values in current US dollars. Hollow points are figures "
        "quoted on pages (never joined into a line), shaped by who gave them."
    )
    chosen = view_frames(FIRST, SECOND, view, years, data.generation)
    caveats = chosen["caveats"]
    if not caveats.empty:
        with st.expander("Caveats of the sources drawn"):
            for family in caveats.itertuples():
                st.markdown(f"**{plain(family.label)}**: {plain(family.caveat)}")

    time_panel(
        chosen["turnover"],
        quoted=chosen["quoted_turnover"],
        markers=chosen["claims"],
        key="trade-turnover",
        inputs=(FIRST, SECOND, view, years),
        y="value",
        y_title="US$ billion",
        series="measure",
        dash="record",
        describe_by=["measure", "record"],
        unit="US$ billion",
        what="Line chart of turnover and balance",
        title="Turnover and balance, with the documents' claims (red)",
        **chosen["turnover_fixed"],
    )

    if view == "mirror":
        gaps = chosen["gaps"]
        st.subheader("The gap between the two records")
        st.write(
            "Each flow as the seller recorded it against the buyer's record. A gap well beyond "
            "freight and insurance points to timing, transit or re-exports, or to goods one side "
            "keeps confidential."
        )
        if gaps.empty:
            st.info("No year in this range has both records of a flow.")
        else:
            chart_panel(  # built on the first switch to this span only (memoised by inputs)
                lambda: charts.gap_chart(
                    gaps, "Buyer's record against seller's, % of the seller's"
                ),
                gaps,
                key="trade-mirror-gap",
                inputs=(FIRST, SECOND, years),
                description=lambda: charts.text_alternative(
                    gaps,
                    y="gap_percent",
                    series="direction",
                    unit="%",
                    what="Bar chart of the mirror gap per direction",
                ),
            )


def partner_panels() -> None:
    """Each country's place among the other's partners: rank, share, and the direction share
    (both countries' partner tables, whichever records the Flows tab shows)."""
    st.subheader("Each country's place among the other's partners")
    st.caption(
        "Both countries' partner tables: these charts do not depend on whose records the "
        "Flows tab shows."
    )
    both_views = [labels[FIRST], labels[SECOND]]
    standing_frames = []
    reporters = {labels[FIRST]: (FIRST, SECOND), labels[SECOND]: (SECOND, FIRST)}
    for label in both_views:
        reporter, partner = reporters[label]
        standing_frames.append(data.partner_standing(reporter, partner))
    standing = in_years(pd.concat(standing_frames, ignore_index=True))
    rank_claims = in_years(
        pd.concat(
            [
                data.markers(
                    indicators=["merchandise_trade_rank"],
                    unit="rank",
                    reporter=reporters[label][0],
                    partner=reporters[label][1],
                )
                for label in both_views
            ],
            ignore_index=True,
        )
    )
    rank_col, share_col = st.columns(2)
    with rank_col:
        time_panel(
            standing,
            markers=rank_claims,
            key="trade-rank",
            inputs=(FIRST, SECOND, years),
            y="rank",
            y_title="Rank by turnover (1 = largest)",
            series="view",
            tooltip=["method"],
            low_is_top=True,
            unit="",
            what="Line chart of partner rank",
            title="Rank among trading partners",
        )
    with share_col:
        time_panel(
            standing.dropna(subset=["share_percent"]),
            key="trade-share",
            inputs=(FIRST, SECOND, years),
            y="share_percent",
            y_title="% of the reporter's goods turnover",
            series="view",
            unit="%",
            what="Line chart of share",
            title="Share of the reporter's goods trade",
        )

    time_panel(
        in_years(data.direction_shares(SECOND, FIRST)),
        markers=in_years(
            data.markers(
                indicators=["trade_direction_share"], unit="percent", reporter=SECOND, partner=FIRST
            )
        ),
        key="trade-direction-share",
        inputs=(FIRST, SECOND, years),
        y="share_percent",
        y_title="% of the pair's turnover",
        series="view",
        tooltip=["method"],
        unit="%",
        what=f"Line chart of {second}'s share of the pair's turnover",
        title=f"{second}'s sales to {first} as a share of their trade",
    )


@st.fragment
def chapters_panel() -> None:
    """Goods by HS chapter for the years a national release gives them (a fragment: the
    year choice reruns only this part)."""
    chapter_years = data.hs_years(FIRST, SECOND)
    if not chapter_years:
        return
    st.subheader(f"By product: {first}'s trade with {second} by HS chapter")
    keys = [str(y) for y in chapter_years]
    state.seed_choice("hs_year", keys, default=keys[-1])
    if len(keys) > 1:
        st.selectbox("Year", keys, key="hs_year")
    state.keep("hs_year")
    every = data.hs_chapters(FIRST, SECOND, int(st.session_state["hs_year"]))
    directions = sorted(every["direction"].unique())
    if not directions:
        return
    codes = {d: "exports" if d.startswith(first) else "imports" for d in directions}
    state.seed_choice("hs_flow", list(codes.values()), default="imports")
    chosen = (
        st.segmented_control(
            "Direction",
            list(codes.values()),
            key="hs_flow",
            format_func=lambda c: next(d for d, code in codes.items() if code == c),
        )
        or "imports"
    )
    state.keep("hs_flow")
    route = next(d for d, code in codes.items() if code == chosen)
    chapters = every[every["direction"] == route]
    year = st.session_state["hs_year"]
    chart_panel(
        lambda: build_spec(
            "chapter_chart", chapters, title=f"{route}: goods by HS chapter, {year} (largest 15)"
        ),
        chapters,
        key=f"trade-chapters-{year}-{chosen}",
        inputs=(FIRST, SECOND),
        unit="US$ billion",
        height=charts.chapter_height(chapters),
        description=(
            f"Bar chart of the largest HS chapters of {route} in {year}: "
            + "; ".join(f"{c.label} US$ {c.value:.2f} bn" for c in chapters.head(5).itertuples())
            + "."
        ),
        note="Chapters with a month missing have no full-year figure and are left out.",
    )


# Tabs, of which only the open one is drawn: the first chart comes up without waiting for
# the five others, and each tab keeps its place in the URL.
PARTS = ["Flows", "Partners"] + (["Products"] if data.hs_years(FIRST, SECOND) else []) + ["Claims"]
part, tab = sections("tab", PARTS)
with tab:
    if part == "Flows":
        records_panels()
    elif part == "Partners":
        partner_panels()
    elif part == "Products":
        chapters_panel()
    else:
        claims_beside(
            ["merchandise_trade", "merchandise_trade_rank", "trade_direction_share"],
            "Claims about trade in the documents",
        )
