"""Altair chart builders: data in, chart out. No Streamlit calls, so tests can read the spec.

Conventions: years on a quantitative axis (so claims of any year can be layered on), every
series told apart by shape or dash as well as colour, claims drawn as red diamonds (or a
dashed red rule when they name no year) with the quote and verdict in the tooltip.
"""

import altair as alt
import pandas as pd

CLAIM_COLOUR = "#c0392b"
# Plot height in pixels: fixed, so a long legend below never squeezes the plot.
HEIGHT = 300
FACET_HEIGHT = 160  # one panel of a faceted chart
# Legends below the plot, one entry a line, so long source names are not cut off.
LEGEND = alt.Legend(orient="bottom", direction="vertical", labelLimit=600)
# The dash legend draws line pieces, so its entries show the dash pattern they stand for.
DASHES = alt.Legend(
    orient="bottom", direction="vertical", labelLimit=600, symbolType="stroke", symbolSize=400
)
YEAR = alt.X("year:Q", title="Year", axis=alt.Axis(format="d"), scale=alt.Scale(zero=False))


def _title(field: str) -> str:
    return field.replace("_", " ").capitalize()


def _claims_layer(markers: pd.DataFrame, y_title: str) -> list[alt.Chart]:
    """Diamonds for dated claims, dashed rules for undated ones (nothing if no claims)."""
    tooltip = [
        alt.Tooltip("claim_id:N", title="Claim"),
        alt.Tooltip("quote:N", title="Quote"),
        alt.Tooltip("value:Q", title="Claimed", format=",.4~g"),
        alt.Tooltip("verdict:N", title="Verdict"),
    ]
    markers = markers.drop(columns=["recorded"], errors="ignore")
    layers = []
    dated = markers[markers["year"].notna()]
    if not dated.empty:
        layers.append(
            alt.Chart(dated)
            .mark_point(shape="diamond", size=220, filled=True, color=CLAIM_COLOUR)
            .encode(x="year:Q", y=alt.Y("value:Q", title=y_title), tooltip=tooltip)
        )
    undated = markers[markers["year"].isna()]
    if not undated.empty:
        layers.append(
            alt.Chart(undated)
            .mark_rule(color=CLAIM_COLOUR, strokeDash=[6, 3])
            .encode(y=alt.Y("value:Q", title=y_title), tooltip=tooltip)
        )
    return layers


def with_segments(frame: pd.DataFrame, groups: list[str]) -> pd.DataFrame:
    """Number the runs of consecutive years within each group, so lines break at gaps."""
    if frame.empty:
        return frame.assign(segment=pd.Series(dtype=int))
    ordered = frame.sort_values([*groups, "year"])
    jumps = ordered.groupby(groups, dropna=False)["year"].diff().fillna(1).gt(1)
    return ordered.assign(segment=jumps.groupby([ordered[g] for g in groups]).cumsum().astype(int))


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
) -> alt.Chart | alt.LayerChart:
    """Lines with points per series over the years, claims layered on top.

    `quoted` holds figures quoted from pages (same columns): drawn as hollow points, never
    joined, since nobody published them as one series.
    """
    y_encoding = alt.Y(f"{y}:Q", title=y_title, scale=alt.Scale(reverse=reverse_y))
    encoding = {
        "x": YEAR,
        "y": y_encoding,
        "color": alt.Color(f"{series}:N", title=_title(series), legend=LEGEND),
        "shape": alt.Shape(f"{series}:N", title=_title(series), legend=LEGEND),
        "tooltip": [alt.Tooltip("year:Q", format="d"), alt.Tooltip(f"{y}:Q", format=",.4~g")]
        + [alt.Tooltip(f"{t}:N") for t in (series, *tooltip)],
    }
    if dash:
        encoding["strokeDash"] = alt.StrokeDash(f"{dash}:N", title=_title(dash), legend=DASHES)
    # A line never joins figures from two sources, nor across a year nobody recorded.
    detail = [series] + ([dash] if dash else []) + (["source_id"] if "source_id" in frame else [])
    frame = with_segments(frame, detail)
    recorded = (
        alt.Chart(frame, title=title)
        .mark_line(point=alt.OverlayMarkDef(size=50, filled=True))
        .encode(**encoding, detail=[f"{field}:N" for field in (*detail, "segment")])
    )
    layers = [recorded]
    if quoted is not None and not quoted.empty:
        layers.append(
            alt.Chart(quoted)
            .mark_point(size=70, filled=False, strokeWidth=2)
            .encode(**(encoding | {"shape": alt.Shape(f"{series}:N", legend=None)}))
        )
    layers += _claims_layer(markers, y_title) if markers is not None else []
    return (alt.layer(*layers) if len(layers) > 1 else recorded).properties(height=HEIGHT)


def points_chart(
    frame: pd.DataFrame,
    *,
    y: str,
    y_title: str,
    series: str,
    title: str,
    markers: pd.DataFrame | None = None,
) -> alt.Chart | alt.LayerChart:
    """Separate quoted figures as points (no line: nobody published them as one series)."""
    recorded = (
        alt.Chart(frame, title=title)
        .mark_point(size=80, filled=True)
        .encode(
            x=YEAR,
            y=alt.Y(f"{y}:Q", title=y_title),
            color=alt.Color(f"{series}:N", title=_title(series), legend=LEGEND),
            shape=alt.Shape(f"{series}:N", title=_title(series), legend=LEGEND),
            tooltip=[
                alt.Tooltip("year:Q", format="d"),
                alt.Tooltip(f"{y}:Q", format=",.4~g"),
                alt.Tooltip(f"{series}:N"),
                alt.Tooltip("source_id:N", title="Source"),
                alt.Tooltip("note:N"),
            ],
        )
    )
    claims = _claims_layer(markers, y_title) if markers is not None else []
    return (alt.layer(recorded, *claims) if claims else recorded).properties(height=HEIGHT)


def gap_chart(gaps: pd.DataFrame, title: str) -> alt.Chart:
    """Mirror gap per year, one panel per direction (panels, not colour, separate them)."""
    return (
        alt.Chart(gaps)
        .mark_bar()
        .encode(
            x=alt.X("year:O", title="Year"),
            y=alt.Y("gap_percent:Q", title="Buyer's record vs seller's, %"),
            tooltip=[
                alt.Tooltip("year:O"),
                alt.Tooltip("direction:N"),
                alt.Tooltip("seller_record_usd_bn:Q", title="Seller record, US$ bn", format=".2f"),
                alt.Tooltip("buyer_record_usd_bn:Q", title="Buyer's record, US$ bn", format=".2f"),
                alt.Tooltip("gap_percent:Q", title="Gap %", format=".1f"),
            ],
        )
        .properties(height=FACET_HEIGHT, width=700)
        .facet(row=alt.Row("direction:N", title=None, header=alt.Header(labelFontSize=12)))
        .properties(title=title)
    )


def origin_chart(origins: pd.DataFrame, title: str) -> alt.Chart:
    """Gas imports by origin in one edition: bars sorted by volume, route by colour and text."""
    return (
        alt.Chart(origins, title=title)
        .mark_bar()
        .encode(
            x=alt.X("sum(bcm):Q", title="bcm"),
            y=alt.Y("origin:N", title=None, sort="-x"),
            color=alt.Color("route:N", title="Route", legend=LEGEND),
            tooltip=[
                alt.Tooltip("origin:N"),
                alt.Tooltip("route:N"),
                alt.Tooltip("bcm:Q", format=".2f"),
                alt.Tooltip("year:Q", format="d"),
                alt.Tooltip("vintage:N", title="Edition"),
            ],
        )
    )


def pipeline_chart(
    flows: pd.DataFrame,
    capacities: pd.DataFrame,
    markers: pd.DataFrame,
    title: str,
) -> alt.LayerChart:
    """Annual entry flows as bars, the design capacity as a labelled rule, claims on top."""
    bars = (
        alt.Chart(flows)
        .mark_bar(opacity=0.8)
        .encode(
            x=YEAR,
            y=alt.Y("bcm:Q", title="bcm a year"),
            tooltip=[
                alt.Tooltip("year:Q", format="d"),
                alt.Tooltip("bcm:Q", format=".2f", title="Entered, bcm"),
                alt.Tooltip("entry_point:N", title="Entry point"),
            ],
        )
    )
    layers = [bars]
    line = capacities[capacities["whole_line"]]
    if not line.empty:
        rule = alt.Chart(line).encode(
            y="capacity_bcm_per_year:Q",
            tooltip=[
                alt.Tooltip("figure_for:N", title="Capacity of"),
                alt.Tooltip("capacity_bcm_per_year:Q", title="bcm a year"),
                alt.Tooltip("tier:N"),
                alt.Tooltip("source_id:N", title="Source"),
            ],
        )
        layers += [
            rule.mark_rule(strokeDash=[2, 2], color="#333"),
            rule.mark_text(align="left", dy=-6, x=4, color="#333")
            .encode(text=alt.Text("label:N"))
            .transform_calculate(
                label="'design capacity ' + datum.capacity_bcm_per_year + ' bcm/yr'"
            ),
        ]
    layers += _claims_layer(markers, "bcm a year")
    return alt.layer(*layers, title=title).properties(height=HEIGHT)


def claim_chart(evidence: pd.DataFrame, claim: dict) -> alt.LayerChart:
    """Recorded figures for a claim's quantity over the years, with the claim drawn on top.

    Lines join only an official series' own years; page figures from different pages are
    points, so no line suggests a series that nobody published.
    """
    unit = claim["claimed_unit"]
    encoding = {
        "x": YEAR,
        "y": alt.Y("value:Q", title=unit),
        "color": alt.Color("series:N", title="Recorded by", legend=LEGEND),
    }
    lines = (
        alt.Chart(evidence[evidence["tier"] == "official_release"])
        .mark_line()
        .encode(**encoding, detail="series:N")
    )
    points = (
        alt.Chart(evidence)
        .mark_point(filled=True, size=70)
        .encode(
            **encoding,
            shape=alt.Shape("series:N", title="Recorded by", legend=LEGEND),
            tooltip=[
                alt.Tooltip("year:Q", format="d"),
                alt.Tooltip("value:Q", format=",.4~g"),
                alt.Tooltip("series:N", title="Series"),
                alt.Tooltip("source_id:N", title="Source"),
                alt.Tooltip("method:N", title="How"),
            ],
        )
    )
    period = str(claim["claimed_period"] or "")
    marker = pd.DataFrame(
        [
            {
                "claim_id": claim["claim_id"],
                "year": float(period[-4:]) if period[-4:].isdigit() else None,
                "value": claim["claimed_value"],
                "quote": claim["quote"],
                "verdict": claim["verdict_label"],
            }
        ]
    )
    title = f"Recorded {claim['indicator'].replace('_', ' ')} and the claim (red diamond)"
    chart = alt.layer(lines + points, *_claims_layer(marker, unit), title=title)
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
    parts = []
    for name, group in frame.dropna(subset=[y]).groupby(series, sort=True):
        group = group.sort_values("year")
        first, last = group.iloc[0], group.iloc[-1]
        peak = group.loc[group[y].idxmin() if low_is_top else group[y].idxmax()]
        unit_text = f" {unit}" if unit else ""
        parts.append(
            f"{name}: {_number(first[y])}{unit_text} in {int(first['year'])}, "
            f"{_number(last[y])} in {int(last['year'])}, "
            f"{'best' if low_is_top else 'highest'} {_number(peak[y])} in {int(peak['year'])}"
        )
    years = f"{int(frame['year'].min())}–{int(frame['year'].max())}"
    return f"{what}, {years}. " + "; ".join(parts) + "."


LEGEND_CHANNELS = ("color", "shape", "strokeDash")
LEGEND_ROW = 25  # pixels per legend entry (vertical legend below the plot)
CHROME = 110  # title, x axis and its title


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
    if "facet" in spec:
        rows = {r.get(spec["facet"]["row"]["field"]) for r in datasets.get(data_name_of(spec), [])}
        return CHROME + (FACET_HEIGHT + 30) * max(1, len(rows))
    entries = sum(len(values) + 1 for values in legends.values())
    return HEIGHT + CHROME + LEGEND_ROW * entries


def data_name_of(spec: dict) -> str | None:
    return spec.get("data", {}).get("name")
