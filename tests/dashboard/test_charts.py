"""Chart builders are pure: the spec they return is what the page draws."""

import math

import pandas as pd

from dashboard import charts

SERIES = pd.DataFrame(
    {
        "year": [2010, 2011, 2015, 2010, 2011],
        "value": [1.0, 2.0, 3.0, 4.0, 5.0],
        "line": ["a", "a", "a", "b", "b"],
        "source_id": ["s1", "s1", "s1", "s2", "s2"],
    }
)
MARKERS = pd.DataFrame(
    {
        "claim_id": ["x-1", "x-2"],
        "document": ["d", "d"],
        "year": [2011.0, math.nan],
        "value": [2.5, 9.0],
        "comparator": ["exact", "target"],
        "quote": ["about 2.5", "reach 9"],
        "verdict": ["Accurate", "Unverifiable"],
        "recorded": ["…", "…"],
    }
)


def marks(spec: dict) -> list[dict]:
    return [layer["mark"] for layer in spec.get("layer", [spec])]


def test_series_chart_draws_claims_as_diamond_and_undated_as_rule():
    spec = charts.series_chart(
        SERIES, y="value", y_title="v", series="line", title="t", markers=MARKERS
    ).to_dict()
    kinds = [(m["type"], m.get("shape")) for m in marks(spec)]
    assert ("point", "diamond") in kinds and ("rule", None) in kinds
    assert spec["height"] == charts.HEIGHT
    claim_rows = [rows for rows in spec["datasets"].values() if rows and "quote" in rows[0]]
    assert {r["claim_id"] for rows in claim_rows for r in rows} == {"x-1", "x-2"}


def test_lines_break_at_gaps_and_between_sources():
    segmented = charts.with_segments(SERIES, ["line", "source_id"])
    a = segmented[segmented["line"] == "a"].sort_values("year")
    assert list(a["segment"]) == [0, 0, 1]  # 2011 -> 2015 is not joined
    spec = charts.series_chart(SERIES, y="value", y_title="v", series="line", title="t").to_dict()
    assert spec["encoding"]["detail"] == [
        {"field": "line", "type": "nominal"},
        {"field": "source_id", "type": "nominal"},
        {"field": "segment", "type": "nominal"},
    ]


def test_series_are_told_apart_by_shape_as_well_as_colour():
    spec = charts.series_chart(SERIES, y="value", y_title="v", series="line", title="t").to_dict()
    assert spec["encoding"]["color"]["field"] == spec["encoding"]["shape"]["field"] == "line"


def test_display_height_leaves_room_for_the_legend():
    one = charts.series_chart(
        SERIES[SERIES["line"] == "a"], y="value", y_title="v", series="line", title="t"
    )
    two = charts.series_chart(SERIES, y="value", y_title="v", series="line", title="t")
    height = {name: charts.display_height(c.to_dict()) for name, c in (("one", one), ("two", two))}
    assert height["two"] - height["one"] == charts.LEGEND_ROW
    assert height["one"] > charts.HEIGHT


def test_text_alternative_names_each_series_and_its_range():
    text = charts.text_alternative(SERIES, y="value", series="line", unit="bn", what="Chart")
    assert text.startswith("Chart, 2010–2015.")
    assert "a: 1 bn in 2010, 3 in 2015, highest 3 in 2015" in text
    ranks = charts.text_alternative(
        SERIES, y="value", series="line", unit="", what="Ranks", low_is_top=True
    )
    assert "best 1 in 2010" in ranks
    assert charts.text_alternative(
        SERIES.iloc[0:0], y="value", series="line", unit="", what="X"
    ) == ("X: nothing recorded.")


def test_pipeline_chart_draws_capacity_rule_and_flows():
    flows = pd.DataFrame({"year": [2020, 2021], "bcm": [7.5, 10.0], "entry_point": ["Kiyikoy"] * 2})
    capacity = pd.DataFrame(
        {
            "figure_for": ["TurkStream", "TurkStream string 1"],
            "capacity_bcm_per_year": [31.5, 15.75],
            "whole_line": [True, False],
            "tier": ["official_statement"] * 2,
            "source_id": ["p1", "p2"],
        }
    )
    spec = charts.pipeline_chart(flows, capacity, MARKERS.iloc[:1], "TurkStream").to_dict()
    types = [m["type"] for m in marks(spec)]
    assert types[:3] == ["bar", "rule", "text"] and "point" in types
    rule_rows = [rows for rows in spec["datasets"].values() if rows and "figure_for" in rows[0]]
    assert [r["capacity_bcm_per_year"] for r in rule_rows[0]] == [31.5]  # strings not drawn
