"""Altair chart builders: data in, chart out. No Streamlit calls, so tests can read the spec.

Conventions (README, "Reading the charts"): years on a quantitative axis from the first
year drawn; amounts from zero, ranks from 1 at the top; colour = series (a colour-blind-safe
palette without red); dash = whose record; filled points = official releases, hollow points
shaped by tier = figures quoted on pages, never joined; red diamonds = claims, with their own
legend entry; a claim without a year is a labelled note, never an axis-stretching rule.
"""

import math

import altair as alt
import pandas as pd

from dashboard.series.claims import claim_months, claim_year
from dashboard.series.names import country_names
from factcheck.explain import TIER_WORDS, quantity_words

# Visual grammar (README "Reading the charts"): colour = series or direction; dash = whose
# record; filled markers = official releases, hollow = figures quoted on pages, shaped by
# tier; claims = red diamonds, the only red on any chart, with their own legend entry.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#6A3D9A", "#8C564B", "#333333"]
CLAIM_COLOUR = "#c0392b"
CLAIM_LABEL = "Claim in the documents"
CLAIM_CHECKED = "The claim checked"  # one claim's own chart: a seed document's or an article's
INK = "#333333"
MUTED = "#6b6b6b"  # secondary notes: 5.3:1 on white
# Hollow markers for quoted figures, one shape per tier below official release.
TIER_SHAPES = {
    "official figure reported by the press": "circle",
    "statement by an official": "square",
    "unattributed figure": "triangle-up",
}
# Plot height in pixels: fixed, so a long legend below never squeezes the plot.
HEIGHT = 300
FACET_HEIGHT = 160  # one panel of a faceted chart
# Legends below the plot, one entry a line, so long source names are not cut off. Every
# symbol has a visible stroke (Vega-Lite draws some legend symbols with a transparent one).
LEGEND = dict(
    orient="bottom",
    direction="vertical",
    # As long as the chart is wide (less a margin): full names on a desktop, cut on a phone.
    labelLimit=alt.ExprRef(expr="max(160, width - 30)"),
    titleLimit=alt.ExprRef(expr="max(160, width - 30)"),
    symbolStrokeWidth=1.5,
)
# Legends below the plot are stacked, not set side by side (which overflows a phone).
LEGEND_LAYOUT = {"bottom": {"anchor": "start", "direction": "vertical", "margin": 8}}
# The dash legend draws dark line pieces, so its entries show the dash pattern they mean.
# Whose record a line is: twelve dash patterns told apart at legend size (Vega-Lite's default
# has five, so a sixth record, as on the Overview's turnover with both records, repeated the
# solid line; eight were too few for Trade's mirror view, whose ninth record was solid again).
DASH_PATTERNS = [
    [1, 0], [6, 3], [2, 2], [10, 3, 2, 3], [1, 4], [14, 4], [5, 2, 1, 2], [3, 7],
    [8, 2, 2, 2, 2, 2], [12, 2, 4, 2], [1, 2, 6, 2], [4, 4, 12, 4],
]  # fmt: skip
MAX_RECORDS_DASHED = len(DASH_PATTERNS)
DASHES = alt.Legend(
    **(
        LEGEND
        | dict(symbolType="stroke", symbolSize=400, symbolStrokeColor=INK, symbolStrokeWidth=2)
    )
)


def _legend(**extra) -> alt.Legend:
    return alt.Legend(**(LEGEND | extra))


def _title(field: str) -> str:
    return field.replace("_", " ").capitalize()


def year_span(*frames: pd.DataFrame | None) -> tuple[int, int] | None:
    """(first, last) year of the rows in `frames`, or None when none has a year."""
    parts = [f["year"] for f in frames if f is not None and "year" in f and not f.empty]
    years = pd.concat(parts, ignore_index=True).dropna() if parts else pd.Series(dtype=float)
    return None if years.empty else (int(years.min()), int(years.max()))


def year_axis(
    *frames: pd.DataFrame | None, span: tuple[int, int] | None = None, field: str = "year"
) -> alt.X:
    """Years from the first to the last drawn (records and dated claims), whole years.

    `span` fixes the axis instead: a page passes the span of every choice a widget offers
    (all views of a pair), so switching views changes only the chart's data, never its
    spec, and the browser updates the drawing in place instead of building it anew.
    """
    span = span or year_span(*frames)
    # Padding (pixels) keeps the first and last points whole inside the plot.
    scale = alt.Scale(zero=False, nice=False, padding=12)
    if span:
        low, high = span
        scale = alt.Scale(zero=False, nice=False, padding=12, domain=[low, max(high, low + 1)])
    axis = alt.Axis(format="d", tickMinStep=1, labelOverlap=True, labelFlush=True)
    if span and high - low <= 12:
        # Few years: one tick per year (Vega would otherwise put ticks between years).
        axis = alt.Axis(format="d", values=list(range(low, high + 1)), labelOverlap=True)
    return alt.X(f"{field}:Q", title="Year", axis=axis, scale=scale)


YEAR = alt.X("year:Q", title="Year", axis=alt.Axis(format="d", tickMinStep=1))


def rank_ticks(lowest: float) -> list[int]:
    """Ticks of a rank axis down to `lowest` place: always 1 (the top), then every place up
    to 12, else 1, 5, 10, … (Vega's own ticks left out the 1)."""
    last = max(2, math.ceil(lowest))
    step = 1 if last <= 12 else 5
    return sorted({1, *range(step, last + 1, step)})


def value_axis(
    y: str, y_title: str, *, rank: bool = False, log: bool = False, lowest: float | None = None
) -> alt.Y:
    """Amounts from zero; ranks from 1 with 1 at the top (ticks from `lowest`, the lowest
    place drawn, when known); a log scale when asked."""
    if rank:
        # Padding, so a first place is drawn inside the plot, not on its top edge.
        scale = alt.Scale(reverse=True, zero=False, nice=False, domainMin=1, padding=10)
        axis = alt.Axis(format="d", tickMinStep=1)
        if lowest is not None and not math.isnan(lowest):
            axis = alt.Axis(format="d", values=rank_ticks(lowest))
        return alt.Y(f"{y}:Q", title=y_title, scale=scale, axis=axis)
    if log:
        return alt.Y(f"{y}:Q", title=f"{y_title} (log scale)", scale=alt.Scale(type="log"))
    return alt.Y(f"{y}:Q", title=y_title, scale=alt.Scale(zero=True))


def _claim_tooltip(y_title: str) -> list[alt.Tooltip]:
    return [
        alt.Tooltip("claim_id:N", title="Claim"),
        alt.Tooltip("quote:N", title="Quote"),
        alt.Tooltip("value:Q", title=f"Claimed, {y_title}", format=",.4~g"),
        alt.Tooltip("verdict:N", title="Verdict"),
    ]


def _claims_layer(markers: pd.DataFrame, y_title: str, label: str = CLAIM_LABEL) -> list[alt.Chart]:
    """Red diamonds for dated claims (with a legend entry of their own); a claim without a
    year is written as a labelled note in the plot's corner, so it never stretches the axis."""
    markers = markers.drop(columns=["recorded"], errors="ignore")
    layers = []
    dated = markers[markers["year"].notna()].assign(what=label)
    if not dated.empty:
        layers.append(
            alt.Chart(dated)
            .mark_point(shape="diamond", size=220, filled=True, opacity=1, stroke=CLAIM_COLOUR)
            .encode(
                x=alt.X("year:Q"),
                y=alt.Y("value:Q", title=y_title),
                fill=alt.Fill(
                    "what:N",
                    title=None,
                    scale=alt.Scale(domain=[label], range=[CLAIM_COLOUR]),
                    legend=_legend(symbolType="diamond", symbolStrokeColor=CLAIM_COLOUR),
                ),
                tooltip=_claim_tooltip(y_title),
            )
        )
        # Each diamond names its claim, so a pasted picture says which claim is which: beside
        # it, or at `label_y` where the chart has set its labels apart (see place_labels).
        placed = "label_y" in dated
        layers.append(
            alt.Chart(dated)
            .mark_text(
                align="left",
                dx=9,
                dy=0 if placed else -9,
                baseline="middle" if placed else "alphabetic",
                color=CLAIM_COLOUR,
                fontSize=10,
            )
            .encode(
                x=alt.X("year:Q"),
                y=alt.Y("label_y:Q" if placed else "value:Q", title=y_title),
                text=alt.Text("claim_id:N"),
            )
        )
    undated = markers[markers["year"].isna()].reset_index(drop=True)
    for index, claim in undated.iterrows():
        when = str(claim.get("period") or "").replace("/", " to ") or "no year"
        note = undated.iloc[[index]].assign(
            note=f"◆ {claim['claim_id']}, {when}: {_short(claim['value'])} {y_title}"
        )
        layers.append(
            alt.Chart(note)
            .mark_text(align="left", baseline="top", color=CLAIM_COLOUR, fontSize=11)
            .encode(
                x=alt.XValue(6),
                y=alt.YValue(4 + 15 * index),
                text=alt.Text("note:N"),
                tooltip=_claim_tooltip(y_title),
            )
        )
    return layers


def _short(value: float) -> str:
    return f"{value:,.4g}" if abs(value) < 10_000 else f"{value:,.0f}"


def with_segments(frame: pd.DataFrame, groups: list[str]) -> pd.DataFrame:
    """Number the runs of consecutive years within each group, so lines break at gaps."""
    if frame.empty:
        return frame.assign(segment=pd.Series(dtype=int))
    ordered = frame.sort_values([*groups, "year"])
    jumps = ordered.groupby(groups, dropna=False)["year"].diff().fillna(1).gt(1)
    return ordered.assign(segment=jumps.groupby([ordered[g] for g in groups]).cumsum().astype(int))


def _domain(*frames: pd.DataFrame | None, field: str) -> list[str]:
    values: list[str] = []
    for frame in frames:
        if frame is not None and field in frame:
            values += [str(v) for v in frame[field].dropna().unique()]
    return sorted(set(values))


def _source_tooltip(frame: pd.DataFrame) -> list[alt.Tooltip]:
    if "source" in frame:
        return [alt.Tooltip("source:N", title="Source")]
    return [alt.Tooltip("source_id:N", title="Source")] if "source_id" in frame else []


def series_chart(
    frame: pd.DataFrame,
    *,
    y: str,
    y_title: str,
    series: str,
    title: str,
    markers: pd.DataFrame | None = None,
    dash: str | None = None,
    tooltip: list[str] = (),
    reverse_y: bool = False,
    quoted: pd.DataFrame | None = None,
    log: bool = False,
    years: tuple[int, int] | None = None,
    tiers: list[str] | None = None,
) -> alt.LayerChart:
    """Lines with filled points per series over the years, quoted figures as hollow points
    shaped by tier (never joined), claims layered on top.

    `quoted` holds figures quoted from pages (same columns plus `tier`). `years` and `tiers`
    fix the axis and the tier legend for every choice a page offers (see `year_axis`); by
    default they come from the rows drawn.
    """
    domain = _domain(frame, quoted, field=series)
    colour = alt.Color(
        f"{series}:N",
        title=_title(series),
        scale=alt.Scale(domain=domain, range=PALETTE),
        legend=_legend(),
    )
    drawn = [f[y] for f in (frame, quoted, markers) if f is not None and y in f and len(f)]
    lowest = float(pd.concat(drawn).max()) if reverse_y and drawn else None
    y_axis = value_axis(y, y_title, rank=reverse_y, log=log, lowest=lowest)
    tips = [
        alt.Tooltip("year:Q", title="Year", format="d"),
        alt.Tooltip(f"{y}:Q", title=y_title, format=",.4~g"),
        alt.Tooltip(f"{series}:N", title=_title(series)),
        *[
            alt.Tooltip(f"{t}:N", title=_title(t))
            for t in ((dash,) if dash else ()) + tuple(tooltip)
        ],
        *_source_tooltip(frame),
    ]
    x_axis = year_axis(frame, quoted, markers, span=years)
    # A line never joins figures from two sources, nor across a year nobody recorded.
    detail = [series] + ([dash] if dash else []) + (["source_id"] if "source_id" in frame else [])
    segmented = with_segments(frame, detail)
    base = alt.Chart(segmented).encode(x=x_axis, y=y_axis, color=colour)
    line = base.mark_line(strokeWidth=2).encode(
        detail=[alt.Detail(f"{field}:N") for field in (*detail, "segment")]
    )
    if dash:
        line = line.encode(
            strokeDash=alt.StrokeDash(
                f"{dash}:N",
                title=_title(dash),
                legend=DASHES,
                scale=alt.Scale(range=DASH_PATTERNS),
            )
        )
    # Series are told apart by colour (a colour-blind-safe palette) and records by dash; the
    # shape channel is kept for quoted figures' tiers, so every legend reads one way.
    points = base.mark_point(size=45, filled=True, opacity=1, shape="circle").encode(tooltip=tips)
    layers = [line, points]
    # With `tiers` given the layer is kept even when this choice quotes nothing, so the spec
    # stays the same across choices.
    if quoted is not None and (not quoted.empty or tiers):
        tiers = [t for t in TIER_SHAPES if t in set(tiers or quoted["tier"])]
        layers.append(
            alt.Chart(quoted)
            .mark_point(size=90, filled=False, strokeWidth=2, opacity=1)
            .encode(
                x=alt.X("year:Q"),
                y=alt.Y(f"{y}:Q"),
                color=colour,
                shape=alt.Shape(
                    "tier:N",
                    title="Quoted on pages (hollow)",
                    scale=alt.Scale(domain=tiers, range=[TIER_SHAPES[t] for t in tiers]),
                    legend=_legend(symbolStrokeColor=INK, symbolFillColor="white"),
                ),
                tooltip=[*tips[:3], alt.Tooltip("tier:N", title="Tier"), *_source_tooltip(quoted)]
                + [alt.Tooltip("note:N", title="Note")] * ("note" in quoted),
            )
        )
    layers += _claims_layer(markers, y_title) if markers is not None else []
    return alt.layer(*layers, title=title).properties(height=HEIGHT)


def points_chart(
    frame: pd.DataFrame,
    *,
    y: str,
    y_title: str,
    series: str,
    title: str,
    markers: pd.DataFrame | None = None,
) -> alt.LayerChart:
    """Separate figures as points (no line: nobody published them as one series). As on
    every chart: colour = `series`; filled circles for official releases; figures quoted
    on pages hollow, shaped by tier (`tier` holds the tier's label)."""
    domain = _domain(frame, field=series)
    colour = alt.Color(
        f"{series}:N",
        title=_title(series),
        scale=alt.Scale(domain=domain, range=PALETTE),
        legend=_legend(),
    )
    encoding = dict(
        x=year_axis(frame, markers),
        y=value_axis(y, y_title),
        color=colour,
        tooltip=[
            alt.Tooltip("year:Q", title="Year", format="d"),
            alt.Tooltip(f"{y}:Q", title=y_title, format=",.4~g"),
            alt.Tooltip(f"{series}:N", title=_title(series)),
            *([alt.Tooltip("tier:N", title="Tier")] if "tier" in frame else []),
            *_source_tooltip(frame),
            alt.Tooltip("note:N", title="Note"),
        ],
    )
    tiers = frame["tier"] if "tier" in frame else pd.Series("", index=frame.index)
    quoted = tiers.isin(list(TIER_SHAPES))
    shown = [t for t in TIER_SHAPES if t in set(tiers)]
    layers = [
        alt.Chart(frame[~quoted])
        .mark_point(size=80, filled=True, opacity=1, shape="circle")
        .encode(**encoding),
        alt.Chart(frame[quoted])
        .mark_point(size=90, filled=False, strokeWidth=2, opacity=1)
        .encode(
            **encoding,
            shape=alt.Shape(
                "tier:N",
                title="Quoted on pages (hollow)",
                scale=alt.Scale(domain=shown, range=[TIER_SHAPES[t] for t in shown]),
                legend=_legend(symbolStrokeColor=INK, symbolFillColor="white"),
            ),
        ),
    ]
    layers += _claims_layer(markers, y_title) if markers is not None else []
    return alt.layer(*layers, title=title).properties(height=HEIGHT)


def gap_chart(gaps: pd.DataFrame, title: str) -> alt.Chart:
    """Mirror gap per year, the two directions side by side in each year (colour and legend
    tell them apart); one chart that fits any width."""
    directions = _domain(gaps, field="direction")
    return (
        alt.Chart(gaps, title=title)
        .mark_bar()
        .encode(
            x=alt.X("year:O", title="Year", axis=alt.Axis(labelAngle=-90, labelOverlap=True)),
            xOffset=alt.XOffset("direction:N", scale=alt.Scale(domain=directions)),
            y=alt.Y("gap_percent:Q", title="Buyer's record vs seller's, %"),
            color=alt.Color(
                "direction:N",
                title="Direction",
                scale=alt.Scale(domain=directions, range=PALETTE),
                legend=_legend(),
            ),
            tooltip=[
                alt.Tooltip("year:O", title="Year"),
                alt.Tooltip("direction:N", title="Direction"),
                alt.Tooltip("seller_record_usd_bn:Q", title="Seller record, US$ bn", format=".2f"),
                alt.Tooltip("buyer_record_usd_bn:Q", title="Buyer's record, US$ bn", format=".2f"),
                alt.Tooltip("gap_percent:Q", title="Gap, %", format=".1f"),
                alt.Tooltip("publisher:N", title="Source"),
            ],
        )
        .properties(height=HEIGHT)
    )


ORIGIN_ROW = 22  # pixels per origin: every country label is shown, none skipped


def origin_chart(origins: pd.DataFrame, title: str) -> alt.Chart:
    """Gas imports by origin in one edition: bars sorted by volume, route by colour.

    Origins with no volume are left out (listing them says nothing); every label is drawn.
    """
    shown = origins[origins["bcm"] > 0]
    routes = _domain(shown, field="route")
    return (
        alt.Chart(shown, title=title)
        .mark_bar()
        .encode(
            x=alt.X("sum(bcm):Q", title="bcm", scale=alt.Scale(zero=True)),
            y=alt.Y(
                "origin:N",
                title=None,
                sort="-x",
                axis=alt.Axis(labelOverlap=False, labelLimit=220),
            ),
            color=alt.Color(
                "route:N",
                title="Route",
                scale=alt.Scale(domain=routes, range=PALETTE),
                legend=_legend(),
            ),
            tooltip=[
                alt.Tooltip("origin:N", title="Origin"),
                alt.Tooltip("route:N", title="Route"),
                alt.Tooltip("bcm:Q", title="bcm", format=".2f"),
                alt.Tooltip("year:Q", title="Year", format="d"),
                alt.Tooltip("vintage:N", title="Edition"),
            ],
        )
        .properties(height=alt.Step(ORIGIN_ROW))
    )


# Text placed in the plot (claim ids, capacity labels): one line's height and the half-height
# of a claim's diamond, in pixels, so that no label is drawn on another or on a diamond.
LABEL_ROW = 14
DIAMOND_HALF = 9


def nice_top(values: pd.Series) -> float:
    """The top of an amount axis from zero: a round number a little above the largest value
    (so a mark at the largest is not cut by the plot's edge), fixed so that labels can be
    placed in pixels."""
    largest = float(values.max()) * 1.04 if len(values) and values.notna().any() else 0.0
    if largest <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(largest))
    steps = (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10)
    return next(step * power for step in steps if step * power >= largest)


def place_labels(
    wanted: list[tuple[str, float]],
    markers: list[tuple[str, float]] = (),
    *,
    row: float = LABEL_ROW,
    half: float = DIAMOND_HALF,
    height: float = HEIGHT,
) -> dict[str, float]:
    """Where to draw each label (pixels from the top of the plot, its centre) so that no two
    labels overlap and no label lies on another label's marker.

    `wanted`: (key, the centre the label would have beside its mark); `markers`: (key of the
    label it belongs to, centre) of diamonds, which a label may touch only if it is its own.
    The plot's width is unknown when the spec is made (it follows the page), so every label
    is kept a row apart from every other, whatever their years: labels move only up or down,
    to the nearest free place below their wish (above it, when that runs off the plot).
    """

    def sweep(order: list[tuple[str, float]], direction: int) -> dict[str, float]:
        placed: dict[str, float] = {}
        for key, want in order:
            at = max(want, row / 2) if direction > 0 else min(want, height - row / 2)
            while True:
                # (a hair of tolerance: a label moved exactly a row away is clear of it)
                clashes = [p for p in placed.values() if abs(at - p) < row - 1e-6]
                clashes += [
                    m
                    for owner, m in markers
                    if owner != key and abs(at - m) < row / 2 + half - 1e-6
                ]
                if not clashes:
                    break
                far = max(clashes) if direction > 0 else min(clashes)
                gap = row if far in placed.values() else row / 2 + half
                at = far + direction * gap
            placed[key] = at
        return placed

    down = sweep(sorted(wanted, key=lambda w: w[1]), 1)
    if all(row / 2 <= at <= height - row / 2 for at in down.values()):
        return down
    up = sweep(sorted(wanted, key=lambda w: -w[1]), -1)
    return up if all(at >= row / 2 for at in up.values()) else down


def _capacity_rule(capacities: pd.DataFrame, colour: str, dash: list[int]) -> list[alt.Chart]:
    """A capacity as a dashed rule across the chart, written "<label> <value> bcm/yr" at
    `label_y` (see place_labels)."""
    rule = alt.Chart(capacities).encode(
        y=alt.Y("capacity_bcm_per_year:Q"),
        tooltip=[
            alt.Tooltip("figure_for:N", title="Capacity of"),
            alt.Tooltip("capacity_bcm_per_year:Q", title="bcm a year"),
            alt.Tooltip("tier:N", title="Tier"),
            *_source_tooltip(capacities),
        ],
    )
    return [
        rule.mark_rule(strokeDash=dash, color=colour),
        rule.mark_text(align="left", baseline="middle", x=4, color=colour)
        .encode(y=alt.Y("label_y:Q"), text=alt.Text("text:N"))
        .transform_calculate(text="datum.label + ' ' + datum.capacity_bcm_per_year + ' bcm/yr'"),
    ]


def pipeline_chart(
    flows: pd.DataFrame,
    capacities: pd.DataFrame,
    markers: pd.DataFrame,
    title: str,
) -> alt.LayerChart:
    """Annual entry flows as bars from the first year gas flowed, the design capacity as a
    labelled rule, claims on top. No two labels overlap: each capacity's label sits just
    above its rule and each claim's id beside its diamond, unless another label or diamond
    is there, when it moves to the nearest free place (place_labels)."""
    x_axis = year_axis(flows, markers[markers["year"].notna()] if len(markers) else None)
    line = capacities[capacities["whole_line"]] if "whole_line" in capacities else capacities
    strings = capacities[capacities["one_string"]] if "one_string" in capacities else line[:0]
    if not strings.empty:  # one string's capacity, lighter; strings of one size share a rule
        strings = (
            strings.groupby("capacity_bcm_per_year", as_index=False)
            .agg(
                figure_for=("figure_for", "; ".join),
                tier=("tier", lambda t: "; ".join(dict.fromkeys(t))),
                source_id=("source_id", lambda t: ";".join(dict.fromkeys(t))),
                strings=("figure_for", "size"),
            )
            .assign(label=lambda f: f["strings"].map({1: "one string"}).fillna("each string"))
        )
    line = line.assign(label="design capacity")
    dated = markers[markers["year"].notna()] if len(markers) else markers
    # A fixed axis top, so a value's place in pixels is known and labels can be set apart.
    top = nice_top(
        pd.concat(
            [
                flows["bcm"],
                line["capacity_bcm_per_year"],
                strings.get("capacity_bcm_per_year", pd.Series(dtype=float)),
                dated["value"],
            ]
        )
    )

    def pixels(value: float) -> float:
        return HEIGHT * (1 - value / top)

    def value_at(at: float) -> float:
        return top * (1 - at / HEIGHT)

    # Undated claims are notes stacked in the top-left corner: the labels keep off them.
    notes = len(markers) - len(dated)
    wanted = [(f"c{i}", pixels(v) - 9) for i, v in zip(dated.index, dated["value"], strict=True)]
    wanted += [(f"l{i}", pixels(v) - 8) for i, v in enumerate(line["capacity_bcm_per_year"])]
    wanted += [
        (f"s{i}", pixels(v) - 8) for i, v in enumerate(strings.get("capacity_bcm_per_year", []))
    ]
    fixed = [(f"c{i}", pixels(v)) for i, v in zip(dated.index, dated["value"], strict=True)]
    fixed += [("note", 4 + 15 * n + 6) for n in range(notes)]
    at = place_labels(wanted, fixed)
    line = line.assign(label_y=[value_at(at[f"l{i}"]) for i in range(len(line))])
    strings = strings.assign(label_y=[value_at(at[f"s{i}"]) for i in range(len(strings))])
    markers = markers.assign(label_y=[value_at(at[f"c{i}"]) if f"c{i}" in at else None
                                      for i in markers.index])  # fmt: skip
    bars = (
        alt.Chart(flows)
        .mark_bar(opacity=0.9, color=PALETTE[0], size=14)
        .encode(
            x=x_axis,
            y=alt.Y("bcm:Q", title="bcm a year", scale=alt.Scale(domain=[0, top], nice=False)),
            tooltip=[
                alt.Tooltip("year:Q", title="Year", format="d"),
                alt.Tooltip("bcm:Q", format=".2f", title="Entered, bcm"),
                alt.Tooltip("entry_point:N", title="Entry point"),
                *_source_tooltip(flows),
            ],
        )
    )
    layers = [bars]
    if not line.empty:
        layers += _capacity_rule(line, INK, [2, 2])
    if not strings.empty:
        layers += _capacity_rule(strings, MUTED, [1, 3])
    layers += _claims_layer(markers, "bcm a year")
    return alt.layer(*layers, title=title).properties(height=HEIGHT)


# Base units shown in readable multiples: (divisor, axis title) by unit and magnitude.
_UNIT_SCALES = {
    "USD": [(1e9, "US$ billion"), (1e6, "US$ million"), (1, "US$")],
    "persons": [(1e6, "million people"), (1e3, "thousand people"), (1, "people")],
    "tonnes": [(1e6, "million tonnes"), (1e3, "thousand tonnes"), (1, "tonnes")],
    "bcm": [(1, "bcm")],
    "percent": [(1, "%")],
    "rank": [(1, "rank (1 = first)")],
}


def unit_scale(unit: str, values: pd.Series) -> tuple[float, str]:
    """(divisor, axis title) that keeps axis labels short: never 70,000,000,000."""
    largest = float(values.abs().max()) if len(values) else 0.0
    for divisor, title in _UNIT_SCALES.get(unit, [(1, unit.replace("_", " "))]):
        if largest >= divisor or divisor == 1:
            return divisor, title
    return 1, unit


QUANTITY_FIELDS = ("reporter", "partner", "indicator", "flow", "measure", "product", "breakdown")


def _claimed_quantity(claim: dict) -> str:
    """What the claim measures, in words ("Arrivals in Turkey from Russia"); its indicator's
    name when the claim does not say whose figure it is."""
    if all(field in claim for field in QUANTITY_FIELDS):
        what = quantity_words(claim, country_names())
    else:
        what = claim["indicator"].replace("_", " ")
    return what[:1].upper() + what[1:]


def claim_chart(evidence: pd.DataFrame, claim: dict) -> alt.LayerChart:
    """Recorded figures for a claim's quantity over the years, with the claim drawn on top.

    Lines join only an official series' own years (or months); page figures from different
    pages are hollow points, so no line suggests a series that nobody published. On a chart
    of months (a claim over months), whole-year records (`span` "year") are drawn as a bar
    across the year they cover, with their point in its middle, never joined to the months.
    Values are drawn in a readable multiple of the claim's unit (US$ billion rather than US$).
    """
    unit = claim["claimed_unit"]
    claimed = pd.Series([claim["claimed_value"]], dtype=float)
    divisor, y_title = unit_scale(unit, pd.concat([evidence["value"], claimed]))
    if "span" in evidence:
        months = bool(evidence["span"].eq("month").any())
        span = evidence["span"]
    else:
        months = "year" in evidence and bool((evidence["year"] % 1 != 0).any())
        span = pd.Series("month" if months else "year", index=evidence.index)
    # On a chart of months, a whole year and a sum over several months are bars across the
    # time they cover (from, to), in years.
    bounds = pd.DataFrame(
        {
            "start": evidence["year"].where(span.eq("year")),
            "end": (evidence["year"] + 1).where(span.eq("year")),
        }
    )
    several = span.eq("months")
    if several.any():
        across = [claim_months(p) for p in evidence.loc[several, "period"]]
        bounds.loc[several, ["start", "end"]] = across
    whole_years = span.ne("month") & months
    # A statement covering every year of a span ('2007/2015') is one record, drawn as a bar
    # across the years it covers with its point in the middle: never a point per year.
    periods = evidence["period"].astype(str) if "period" in evidence else pd.Series(dtype=str)
    held = periods.str.fullmatch(r"\d{4}/\d{4}").reindex(evidence.index, fill_value=False)
    if held.any():
        bounds.loc[held, "start"] = periods[held].str[:4].astype(float)
        bounds.loc[held, "end"] = periods[held].str[5:].astype(float) + 1
    stretched = whole_years | held
    # A line never runs across a year with no record (as in series_chart): runs of
    # consecutive years are numbered per series, tier, source and span, and drawn apart.
    groups = [c for c in ("series", "tier", "source_id") if c in evidence] + ["span"]
    shown = evidence.assign(
        value=evidence["value"] / divisor,
        span=span,
        # On a chart of months a span's point sits in its middle, its bar across it.
        year=evidence["year"].where(~stretched, (bounds["start"] + bounds["end"]) / 2),
        year_start=bounds["start"].where(stretched),
        year_end=bounds["end"].where(stretched),
        joined=evidence["tier"].eq("official_release") & ~stretched,
        quoted_as=evidence["tier"].map(TIER_WORDS),
    )
    shown = with_segments(shown, groups)
    rank = unit == "rank"
    # No domain read from the rows (Vega takes the series in sorted order and the years'
    # extent itself): claims of one unit share one spec, so choosing another claim swaps
    # the chart's data in place instead of rebuilding it.
    colour = alt.Color(
        "series:N", title="Recorded by", scale=alt.Scale(range=PALETTE), legend=_legend()
    )
    period = str(claim["claimed_period"] or "")
    # Where whole years are bars across their year, a claim over several months is drawn the
    # same way: a red bar across its months, its diamond in the middle.
    across = claim_months(period) if whole_years.any() else None
    marker = pd.DataFrame(
        [
            {
                # An article's claim by its number within the article ("x001", not "pasted
                # text-x001"): the long id was cut at the plot's edge.
                "claim_id": str(claim["claim_id"]).removeprefix(f"{claim.get('document', '')}-"),
                "year": sum(across) / 2 if across else claim_year(period, on_months=months),
                "year_start": across[0] if across else None,
                "year_end": across[1] if across else None,
                "period": period,
                "value": claim["claimed_value"] / divisor,
                "quote": claim["quote"],
                "verdict": claim["verdict_label"],
            }
        ]
    )
    # year_axis() with no rows: Vega takes the years' extent itself (see above).
    x_axis = year_axis()
    x_start = year_axis(field="year_start")  # where a bar across a span starts
    y_axis = value_axis("value", y_title, rank=rank)
    base = alt.Chart(shown).encode(x=x_axis, y=y_axis, color=colour)
    tips = [
        alt.Tooltip("period:N", title="Period"),
        alt.Tooltip("value:Q", title=y_title, format=",.4~g"),
        alt.Tooltip("series:N", title="Series"),
        *_source_tooltip(shown),
        alt.Tooltip("method:N", title="How"),
    ]
    official = alt.datum.tier == "official_release"
    layers = [
        base.transform_filter(alt.datum.joined)
        .mark_line()
        .encode(detail=[alt.Detail(f"{field}:N") for field in (*groups, "segment")]),
        # A whole year on a chart of months: a bar across the year it covers.
        base.transform_filter("isValid(datum.year_start) && datum.tier === 'official_release'")
        .mark_rule(strokeWidth=2, opacity=0.8)
        .encode(
            x=x_start,
            x2=alt.X2("year_end:Q"),
        ),
        base.transform_filter(official)
        .mark_point(filled=True, size=70, opacity=1)
        .encode(tooltip=tips),
    ]
    # A statement quoted on a page that covers a span of years: a dashed bar across them.
    layers.append(
        alt.Chart(shown)
        .transform_filter("isValid(datum.year_start) && datum.tier !== 'official_release'")
        .mark_rule(strokeWidth=2, strokeDash=[4, 3], opacity=0.8, color=INK)
        .encode(x=x_start, x2=alt.X2("year_end:Q"), y=y_axis)
    )
    # Figures quoted on pages: hollow, never joined, one shape per tier, as on every page
    # (colour is the official series'). Every tier is in the key, so the spec is the same for
    # every claim of a unit and choosing another claim only swaps the chart's data.
    layers.append(
        alt.Chart(shown)
        .transform_filter(alt.datum.tier != "official_release")
        .mark_point(filled=False, size=90, strokeWidth=2, opacity=1, color=INK)
        .encode(
            x=x_axis,
            y=y_axis,
            shape=alt.Shape(
                "quoted_as:N",
                title="Quoted on pages (hollow)",
                scale=alt.Scale(domain=list(TIER_SHAPES), range=list(TIER_SHAPES.values())),
                legend=_legend(symbolStrokeColor=INK, symbolFillColor="white"),
            ),
            tooltip=tips,
        )
    )
    what = _claimed_quantity(claim)
    title = f"{what}: the records and the claim (red diamond)"
    if whole_years.any():
        title = f"{what}: the records by month and by whole year (a bar across its year)"
    if across:
        layers.append(
            alt.Chart(marker)
            .mark_rule(color=CLAIM_COLOUR, strokeWidth=3)
            .encode(x=x_start, x2=alt.X2("year_end:Q"), y=alt.Y("value:Q"))
        )
    chart = alt.layer(*layers, *_claims_layer(marker, y_title, CLAIM_CHECKED), title=title)
    return chart.properties(height=HEIGHT)


def _number(value: float) -> str:
    """Four significant digits, but never in exponent form (a screen reader reads 'e+09')."""
    return f"{value:,.0f}" if abs(value) >= 10_000 else f"{value:,.4g}"


def text_alternative(
    frame: pd.DataFrame, *, y: str, series: str, unit: str, what: str, low_is_top: bool = False
) -> str:
    """A short description of a time chart for readers who cannot see it.

    `low_is_top` is for ranks: the best year is the lowest number, called "best".
    """
    if frame.empty:
        return f"{what}: nothing recorded."
    # A chart of months is described by month ("Mar 2021"), never by a fraction of a year.
    monthly = (
        "month" in frame
        and pd.api.types.is_datetime64_any_dtype(frame["month"])
        and frame["month"].notna().all()
    )
    order = "month" if monthly else "year"

    def when(row) -> str:
        return row["month"].strftime("%b %Y") if monthly else str(int(row["year"]))

    parts = []
    for name, group in frame.dropna(subset=[y]).groupby(series, sort=True):
        group = group.sort_values(order)
        first, last = group.iloc[0], group.iloc[-1]
        peak = group.loc[group[y].idxmin() if low_is_top else group[y].idxmax()]
        unit_text = f" {unit}" if unit else ""
        parts.append(
            f"{name}: {_number(first[y])}{unit_text} in {when(first)}, "
            f"{_number(last[y])} in {when(last)}, "
            f"{'best' if low_is_top else 'highest'} {_number(peak[y])} in {when(peak)}"
        )
    span = frame.sort_values(order)
    between = f"{when(span.iloc[0])}–{when(span.iloc[-1])}"
    return f"{what}, {between}. " + "; ".join(parts) + "."


LEGEND_CHANNELS = ("color", "shape", "strokeDash", "fill")
LEGEND_ROW = 25  # pixels per legend entry (vertical legend below the plot)
CHROME = 110  # title, x axis and its title
TITLE_ROW = 30  # the title's share of CHROME (drawn as page text on screen)


def display_height(spec: dict) -> int:
    """Pixels the element needs so the plot keeps HEIGHT above a legend of any length.

    Takes the chart's Vega-Lite spec (`chart.to_dict()`), which the page builds once.

    Streamlit fits the whole chart, legend included, into the element's height; without
    this a long legend squeezes the plot flat.
    """
    datasets = spec.get("datasets", {})
    legends: dict[str, set] = {}

    def walk(node: dict, data_name: str | None) -> None:
        data_name = node.get("data", {}).get("name", data_name)
        for channel in LEGEND_CHANNELS:
            encoding = node.get("encoding", {}).get(channel)
            if not encoding or encoding.get("legend", {}) is None or "field" not in encoding:
                continue
            rows = datasets.get(data_name, [])
            legends.setdefault(encoding["field"], set()).update(
                r.get(encoding["field"]) for r in rows
            )
        for child in node.get("layer", []):
            walk(child, data_name)

    walk(spec, None)
    entries = sum(len(values) + 1 for values in legends.values())
    return HEIGHT + CHROME + LEGEND_ROW * entries


def data_name_of(spec: dict) -> str | None:
    return spec.get("data", {}).get("name")


def month_chart(
    frame: pd.DataFrame, *, y_title: str, title: str, log: bool = False
) -> alt.LayerChart:
    """Monthly values per series (colour) and record (dash); lines break at missing months."""
    domain = _domain(frame, field="series")
    colour = alt.Color(
        "series:N", title="Series", scale=alt.Scale(domain=domain, range=PALETTE), legend=_legend()
    )
    frame = frame.sort_values(["series", "record", "month"])
    gaps = frame.groupby(["series", "record"])["month"].diff().dt.days.fillna(31).gt(31)
    frame = frame.assign(segment=gaps.groupby([frame["series"], frame["record"]]).cumsum())
    y_axis = value_axis("value", y_title, log=log)
    base = alt.Chart(frame).encode(
        x=alt.X("month:T", title="Month", axis=alt.Axis(format="%b %Y", labelOverlap=True)),
        y=y_axis,
        color=colour,
    )
    line = base.mark_line(strokeWidth=1.5).encode(
        strokeDash=alt.StrokeDash(
            "record:N", title="Record", legend=DASHES, scale=alt.Scale(range=DASH_PATTERNS)
        ),
        detail=[alt.Detail("record:N"), alt.Detail("segment:N")],
    )
    points = base.mark_point(size=18, filled=True, opacity=1).encode(
        tooltip=[
            alt.Tooltip("month:T", title="Month", format="%B %Y"),
            alt.Tooltip("value:Q", title=y_title, format=",.4~g"),
            alt.Tooltip("series:N", title="Series"),
            *_source_tooltip(frame),
        ],
    )
    return alt.layer(line, points, title=title).properties(height=HEIGHT)


def chapter_chart(frame: pd.DataFrame, *, title: str, top: int = 15) -> alt.Chart:
    """The largest HS chapters of one year and direction, every label drawn: the code and
    the start of its title ("27 Mineral fuels, …"), the full title in the tooltip."""
    largest = frame.sort_values("value", ascending=False).head(top)
    if "label" not in largest:  # rows without titles are labelled by their code only
        largest = largest.assign(label="HS " + largest["chapter"], chapter_title="")
    return (
        alt.Chart(largest, title=title)
        .mark_bar(color=PALETTE[0])
        .encode(
            x=alt.X("value:Q", title="US$ billion", scale=alt.Scale(zero=True)),
            y=alt.Y(
                "label:N",
                title=None,
                sort="-x",
                # Labels take at most 45 % of the width, so bars stay readable on a phone.
                axis=alt.Axis(
                    labelOverlap=False,
                    labelLimit=alt.ExprRef(expr="max(110, min(300, width * 0.45))"),
                ),
            ),
            tooltip=[
                alt.Tooltip("chapter:N", title="HS chapter"),
                alt.Tooltip("chapter_title:N", title="Title (HS 2022)"),
                alt.Tooltip("value:Q", title="US$ billion", format=",.3f"),
                alt.Tooltip("direction:N", title="Direction"),
                alt.Tooltip("year:Q", title="Year", format="d"),
                *_source_tooltip(largest),
            ],
        )
        .properties(height=alt.Step(ORIGIN_ROW))
    )


def chapter_height(frame: pd.DataFrame, top: int = 15) -> int:
    """Pixels for chapter_chart: every label on its own row."""
    return CHROME + ORIGIN_ROW * max(1, min(top, len(frame)))


def origin_height(origins: pd.DataFrame) -> int:
    """Pixels for origin_chart: a row per origin with volume, plus the route legend."""
    shown = origins[origins["bcm"] > 0]
    routes = shown["route"].nunique() if "route" in shown else 0
    return CHROME + ORIGIN_ROW * max(1, shown["origin"].nunique()) + LEGEND_ROW * (routes + 1)
