"""Altair chart builders: data in, chart out. No Streamlit calls, so tests can read the spec."""

import altair as alt
import pandas as pd


def bilateral_trade_chart(trade: pd.DataFrame) -> alt.Chart:
    """Lines per direction, dashed for the Russia-reported view (so colour is not the only cue)."""
    return (
        alt.Chart(trade, title="Turkey–Russia goods trade, both reporters' views")
        .mark_line(point=True)
        .encode(
            x=alt.X("year:O", title="Year"),
            y=alt.Y("value_usd_bn:Q", title="US$ billion"),
            color=alt.Color("direction:N", title="Direction"),
            strokeDash=alt.StrokeDash("view:N", title="Reported by"),
            tooltip=[
                alt.Tooltip("year:O"),
                alt.Tooltip("direction:N"),
                alt.Tooltip("view:N"),
                alt.Tooltip("value_usd_bn:Q", format=".2f", title="US$ bn"),
                alt.Tooltip("valuation:N"),
            ],
        )
    )


def claim_chart(evidence: pd.DataFrame, claim: dict) -> alt.LayerChart:
    """Recorded figures for a claim's quantity over the years, with the claim drawn on top.

    The claim is a red diamond at its value and period (or a horizontal rule when it names
    no year), with the quote and verdict in its tooltip; series differ by shape and colour.
    """
    unit = claim["claimed_unit"]
    encoding = {
        "x": alt.X("year:Q", title="Year", axis=alt.Axis(format="d")),
        "y": alt.Y("value:Q", title=unit),
        "color": alt.Color("series:N", title="Recorded by"),
    }
    # Lines join only an official series' own years; page figures from different pages
    # are points, so no line suggests a series that nobody published.
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
            shape=alt.Shape("series:N", title="Recorded by"),
            tooltip=[
                alt.Tooltip("year:Q", format="d"),
                alt.Tooltip("value:Q", format=",.4~g"),
                alt.Tooltip("series:N", title="Series"),
                alt.Tooltip("source_id:N", title="Source"),
                alt.Tooltip("method:N", title="How"),
            ],
        )
    )
    recorded = lines + points
    marker = pd.DataFrame(
        [
            {
                "year": float(claim["claimed_period"][-4:]) if claim["claimed_period"] else None,
                "value": claim["claimed_value"],
                "quote": claim["quote"],
                "verdict": claim["verdict_label"],
            }
        ]
    )
    tooltip = [alt.Tooltip("quote:N", title="Claim"), alt.Tooltip("verdict:N", title="Verdict")]
    if claim["claimed_period"]:
        claimed = (
            alt.Chart(marker)
            .mark_point(shape="diamond", size=220, filled=True, color="#c0392b")
            .encode(x="year:Q", y="value:Q", tooltip=tooltip)
        )
    else:
        claimed = (
            alt.Chart(marker)
            .mark_rule(color="#c0392b", strokeDash=[6, 3])
            .encode(y="value:Q", tooltip=tooltip)
        )
    title = f"Recorded {claim['indicator'].replace('_', ' ')} and the claim (red diamond)"
    return alt.layer(recorded, claimed, title=title)
