"""Chart builders are pure: the spec they return is what the page draws."""

import itertools
import math
import re

import pandas as pd
import vl_convert as vlc

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


def layers(spec: dict) -> list[dict]:
    return spec.get("layer", [spec])


def test_series_chart_draws_claims_as_diamonds_and_undated_ones_as_a_note():
    spec = charts.series_chart(
        SERIES, y="value", y_title="v", series="line", title="t", markers=MARKERS
    ).to_dict()
    kinds = [(m["type"], m.get("shape")) for m in marks(spec)]
    assert ("point", "diamond") in kinds and ("text", None) in kinds
    assert ("rule", None) not in kinds  # an undated claim never stretches the axis
    texts = [layer for layer in layers(spec) if layer["mark"]["type"] == "text"]
    label, note = texts  # each dated diamond named by its claim id; the undated claim's note
    assert label["encoding"]["text"]["field"] == "claim_id"
    assert note["encoding"]["y"] == {"value": 4} and "x-2" in str(spec["datasets"])
    assert spec["height"] == charts.HEIGHT
    claim_rows = [rows for rows in spec["datasets"].values() if rows and "quote" in rows[0]]
    assert {r["claim_id"] for rows in claim_rows for r in rows} == {"x-1", "x-2"}


def test_claims_have_one_colour_and_a_legend_entry_of_their_own():
    spec = charts.series_chart(
        SERIES, y="value", y_title="v", series="line", title="t", markers=MARKERS
    ).to_dict()
    diamond = next(layer for layer in layers(spec) if layer["mark"].get("shape") == "diamond")
    fill = diamond["encoding"]["fill"]
    assert fill["scale"]["range"] == [charts.CLAIM_COLOUR] and fill["legend"] is not None
    assert charts.CLAIM_COLOUR not in charts.PALETTE


def test_lines_break_at_gaps_and_between_sources():
    segmented = charts.with_segments(SERIES, ["line", "source_id"])
    a = segmented[segmented["line"] == "a"].sort_values("year")
    assert list(a["segment"]) == [0, 0, 1]  # 2011 -> 2015 is not joined
    spec = charts.series_chart(SERIES, y="value", y_title="v", series="line", title="t").to_dict()
    assert layers(spec)[0]["encoding"]["detail"] == [
        {"field": "line", "type": "nominal"},
        {"field": "source_id", "type": "nominal"},
        {"field": "segment", "type": "nominal"},
    ]


def test_axes_amounts_from_zero_ranks_from_one_years_from_the_first_drawn():
    spec = charts.series_chart(SERIES, y="value", y_title="v", series="line", title="t").to_dict()
    encoding = spec["encoding"] if "encoding" in spec else layers(spec)[0]["encoding"]
    assert encoding["y"]["scale"]["zero"] is True
    assert encoding["x"]["scale"]["domain"] == [2010, 2015]
    ranks = charts.series_chart(
        SERIES, y="value", y_title="rank", series="line", title="t", reverse_y=True
    ).to_dict()
    rank_y = layers(ranks)[0]["encoding"]["y"]["scale"]
    assert rank_y["reverse"] is True and rank_y["domainMin"] == 1
    assert rank_y["padding"] > 0  # first place inside the plot, not on its edge
    # The axis always shows 1, down to the lowest place drawn (SERIES goes to 5).
    assert layers(ranks)[0]["encoding"]["y"]["axis"]["values"] == [1, 2, 3, 4, 5]
    assert charts.rank_ticks(23) == [1, 5, 10, 15, 20]


def test_dash_legend_draws_visible_strokes():
    spec = charts.series_chart(
        SERIES, y="value", y_title="v", series="line", dash="source_id", title="t"
    ).to_dict()
    dash = layers(spec)[0]["encoding"]["strokeDash"]["legend"]
    assert dash["symbolType"] == "stroke" and dash["symbolStrokeColor"] not in ("transparent", None)


def test_quoted_figures_are_hollow_points_shaped_by_tier():
    quoted = SERIES.iloc[:1].assign(tier="statement by an official", year=2016)
    spec = charts.series_chart(
        SERIES, y="value", y_title="v", series="line", title="t", quoted=quoted
    ).to_dict()
    hollow = [layer for layer in layers(spec) if layer["mark"].get("filled") is False]
    assert len(hollow) == 1 and hollow[0]["encoding"]["shape"]["field"] == "tier"
    assert not any(
        layer["mark"]["type"] == "line" and "tier" in str(layer) for layer in layers(spec)
    )


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


def test_text_alternative_of_months_names_months_not_years():
    months = pd.DataFrame(
        {
            "month": pd.to_datetime(["2021-01-01", "2021-02-01", "2021-03-01"]),
            "value": [1.5, 2.25, 1.75],
            "line": ["imports"] * 3,
        }
    ).assign(year=lambda f: f["month"].dt.year + (f["month"].dt.month - 1) / 12)
    text = charts.text_alternative(months, y="value", series="line", unit="bn", what="Months")
    assert text.startswith("Months, Jan 2021–Mar 2021.")
    assert "imports: 1.5 bn in Jan 2021, 1.75 in Mar 2021, highest 2.25 in Feb 2021" in text


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
    claim = MARKERS.iloc[:1].assign(year=2021.0)
    spec = charts.pipeline_chart(flows, capacity, claim, "TurkStream").to_dict()
    types = [m["type"] for m in marks(spec)]
    assert types[:3] == ["bar", "rule", "text"] and "point" in types
    assert layers(spec)[0]["encoding"]["x"]["scale"]["domain"][0] == 2020  # from the first flow
    rule_rows = [rows for rows in spec["datasets"].values() if rows and "figure_for" in rows[0]]
    assert [r["capacity_bcm_per_year"] for r in rule_rows[0]] == [31.5]  # strings not drawn


def _line_paths(svg: str) -> list[str]:
    """The path of every line Vega draws (one per joined run of points)."""
    groups = re.findall(r'<g class="mark-line role-mark[^"]*"[^>]*>(.*?)</g>', svg, re.S)
    return [path for group in groups for path in re.findall(r'<path [^>]*d="([^"]+)"', group)]


def _trade_claim(value: float, period: str) -> dict:
    """A trade claim as the claim chart takes it."""
    return dict(
        claim_id="x",
        claimed_unit="USD",
        claimed_value=value,
        claimed_period=period,
        quote="q",
        verdict_label="v",
        indicator="merchandise_trade",
    )


def test_claim_chart_lines_break_at_gaps_and_between_sources():
    """As on every other chart: no line across a year with no record, none joining two
    sources of one series (two releases of the same figures), none through quoted points."""
    official = "official_release"
    rows = [
        dict(year=year, value=value, series="A", source_id="a", tier=official)
        for year, value in [(2000, 1), (2001, 2), (2002, 3), (2005, 4), (2006, 5)]
    ]
    rows += [
        dict(year=year, value=2.0, series="B", source_id=source, tier=official)
        for source in ("b1", "b2")
        for year in range(2000, 2007)
    ]
    rows.append(dict(year=2003, value=9.0, series="A", source_id="p", tier="official_reported"))
    evidence = pd.DataFrame(rows).assign(method="")
    claim = _trade_claim(3.0, "2004")
    spec = charts.claim_chart(evidence, claim).properties(width=600).to_dict()
    points_per_line = sorted(p.count("L") + 1 for p in _line_paths(vlc.vegalite_to_svg(spec)))
    # A: 2000-2002 and 2005-2006 apart (2003 is only a quoted figure); B: one line per source.
    assert points_per_line == [2, 3, 7, 7]


def test_claim_chart_tells_quoted_tiers_apart_by_hollow_shape_not_colour():
    """The grammar of every page: colour is the official series, a quoted figure's tier is a
    hollow shape under "Quoted on pages (hollow)". The claim chart had coloured each tier as
    if it were a series, in the same legend as the official records."""
    rows = [
        dict(year=2019, value=20.0, series="IMF (Turkey-reported)", tier="official_release"),
        dict(year=2020, value=21.0, series="IMF (Turkey-reported)", tier="official_release"),
        dict(year=2021, value=30.0, series="statement by an official", tier="official_statement"),
        dict(year=2021, value=33.0, series="unattributed figure", tier="unattributed"),
    ]
    evidence = pd.DataFrame(rows).assign(source_id="s", method="", period="")
    claim = _trade_claim(31.0, "2021")
    spec = charts.claim_chart(evidence, claim).properties(width=600).to_dict()
    svg = vlc.vegalite_to_svg(spec)
    colour_legend = svg[svg.index("Recorded by") : svg.index("Quoted on pages (hollow)")]
    assert "IMF (Turkey-reported)" in colour_legend
    assert "unattributed figure" not in colour_legend  # a tier is not a series
    shapes = svg[svg.index("Quoted on pages (hollow)") :]
    assert "statement by an official" in shapes and "unattributed figure" in shapes


def test_chapter_chart_labels_bars_with_titles_and_shows_the_full_title_on_hover():
    frame = pd.DataFrame(
        {
            "year": [2025, 2025],
            "chapter": ["27", "72"],
            "label": ["27 Mineral fuels, mineral oils and products…", "72 Iron and steel"],
            "chapter_title": [
                "Mineral fuels, mineral oils and products of their …",
                "Iron and steel",
            ],
            "direction": ["Russia → Turkey"] * 2,
            "value": [30.4, 3.4],
            "source_id": ["s"] * 2,
        }
    )
    spec = charts.chapter_chart(frame, title="t").properties(width=600).to_dict()
    assert spec["encoding"]["y"]["field"] == "label"
    tips = {t["field"] for t in spec["encoding"]["tooltip"]}
    assert {"chapter", "chapter_title", "value"} <= tips
    svg = vlc.vegalite_to_svg(spec)
    assert "27 Mineral fuels, mineral oils and products…" in svg and "72 Iron and steel" in svg


def test_builders_give_channels_as_objects_not_shorthand_strings(monkeypatch):
    """A shorthand string ("year:Q") or an alt.value dict in .encode() sends Altair through
    from_dict, which hashes all of its ~580 schema classes on every call (about 28 ms per
    encode); claim charts took 216 ms to build instead of 125. Builders pass channel objects."""
    from altair.utils import schemapi

    def refuse(cls, *args, **kwargs):
        raise AssertionError(f"{cls.__name__}.from_dict called while building a chart")

    monkeypatch.setattr(schemapi.SchemaBase, "from_dict", classmethod(refuse))
    quoted = SERIES.assign(tier="official_reported")
    charts.series_chart(
        SERIES,
        y="value",
        y_title="v",
        series="line",
        title="t",
        markers=MARKERS,
        dash="source_id",
        quoted=quoted,
    ).to_dict()
    charts.points_chart(
        quoted, y="value", y_title="v", series="line", title="t", markers=MARKERS
    ).to_dict()
    flows = pd.DataFrame({"year": [2020, 2021], "bcm": [7.5, 10.0], "entry_point": ["K"] * 2})
    capacity = pd.DataFrame(
        {
            "figure_for": ["TurkStream"],
            "capacity_bcm_per_year": [31.5],
            "whole_line": [True],
            "tier": ["official_statement"],
            "source_id": ["p1"],
        }
    )
    charts.pipeline_chart(flows, capacity, MARKERS.iloc[:1], "TurkStream").to_dict()


def test_a_claim_sits_at_its_month_on_a_chart_of_months_and_a_span_is_a_dated_note():
    from dashboard.series.claims import claim_year

    assert claim_year("2021") == 2021.0
    assert claim_year("2021-06") is None  # a month is no point on a chart of years
    assert abs(claim_year("2021-06", on_months=True) - (2021 + 5 / 12)) < 1e-9
    assert claim_year("2023-01/2023-06", on_months=True) is None
    months = pd.DataFrame(
        {
            "year": [2021 + m / 12 for m in range(12)],
            "value": [2e9] * 12,
            "series": ["imports"] * 12,
            "tier": ["official_release"] * 12,
            "source_id": ["s"] * 12,
        }
    )
    claim = {
        "claim_id": "c-1",
        "claimed_unit": "USD",
        "claimed_value": 2.3e9,
        "claimed_period": "2021-06",
        "quote": "q",
        "verdict_label": "Accurate",
        "indicator": "merchandise_trade",
    }
    spec = charts.claim_chart(months, claim).to_dict()
    drawn = [r for rows in spec["datasets"].values() for r in rows if "claim_id" in r]
    assert abs(drawn[0]["year"] - (2021 + 5 / 12)) < 1e-9
    spec = charts.claim_chart(months, {**claim, "claimed_period": "2023-01/2023-06"}).to_dict()
    notes = [r["note"] for rows in spec["datasets"].values() for r in rows if "note" in r]
    assert notes == ["◆ c-1, 2023-01 to 2023-06: 2.3 US$ billion"]


def test_each_record_has_its_own_dash_up_to_twelve():
    records = [f"r{i}" for i in range(charts.MAX_RECORDS_DASHED)]
    n = len(records)
    frame = pd.DataFrame(
        {"year": [2010, 2011] * n, "value": range(2 * n), "line": "a", "record": records * 2}
    )
    spec = charts.series_chart(
        frame, y="value", y_title="v", series="line", title="t", dash="record"
    ).to_dict()
    dash = layers(spec)[0]["encoding"]["strokeDash"]["scale"]["range"]
    assert len({tuple(p) for p in dash}) >= len(records)


def test_a_whole_year_on_a_chart_of_months_is_a_bar_across_its_year_never_joined():
    months = pd.DataFrame(
        {
            "year": [2022 + m / 12 for m in range(12)],
            "period": [f"2022-{m + 1:02d}" for m in range(12)],
            "value": [2.0] * 12,
            "series": ["IEA"] * 12,
            "tier": ["official_release"] * 12,
            "source_id": ["iea"] * 12,
            "span": ["month"] * 12,
        }
    )
    years = pd.DataFrame(
        {
            "year": [2022, 2023],
            "period": ["2022", "2023"],
            "value": [24.0, 21.3],
            "series": ["IEA", "press"],
            "tier": ["official_release", "official_reported"],
            "source_id": ["iea", "page"],
            "span": ["year", "year"],
        }
    )
    claim = {
        "claim_id": "c-1",
        "claimed_unit": "bcm",
        "claimed_value": 9.0,
        "claimed_period": "2023-01/2023-06",
        "quote": "9 bcm",
        "verdict_label": "Unverifiable",
        "indicator": "gas_imports",
    }
    spec = charts.claim_chart(pd.concat([months, years], ignore_index=True), claim).to_dict()
    rows = spec["datasets"][spec["layer"][0]["data"]["name"]]
    whole = [r for r in rows if r["span"] == "year"]
    # In the middle of its year, with a bar from its start to its end, never on the line.
    assert sorted(r["year"] for r in whole) == [2022.5, 2023.5]
    assert sorted((r["year_start"], r["year_end"]) for r in whole) == [(2022, 2023), (2023, 2024)]
    assert not any(r["joined"] for r in whole)
    assert all(r["joined"] for r in rows if r["span"] == "month")
    rules = [layer for layer in spec["layer"] if layer["mark"]["type"] == "rule"]
    assert rules and rules[0]["encoding"]["x2"]["field"] == "year_end"
    # The tooltip names each figure's period, never a year rounded from a month's place.
    points = [layer for layer in spec["layer"] if layer["mark"]["type"] == "point"]
    assert points[0]["encoding"]["tooltip"][0]["field"] == "period"
    # The claim over January–June is drawn the same way: a red bar across its months.
    red = [layer for layer in rules if layer["mark"].get("color") == charts.CLAIM_COLOUR]
    claimed = spec["datasets"][red[0]["data"]["name"]][0]
    assert (claimed["year_start"], claimed["year_end"], claimed["year"]) == (2023, 2023.5, 2023.25)


def _text_boxes(svg: str) -> list[tuple[str, float, float, float, float]]:
    """(text, left, top, right, bottom) of every text mark Vega draws in the plot, its width
    estimated at 0.6 of the font size a character (sans-serif digits and letters are less)."""
    boxes = []
    for group in re.findall(r'<g class="mark-text role-mark[^"]*"[^>]*>(.*?)</g>', svg, re.S):
        for attrs, text in re.findall(r"<text([^>]*)>([^<]*)</text>", group):
            x, y = map(float, re.search(r"translate\(([-\d.e]+),([-\d.e]+)\)", attrs).groups())
            size = float(re.search(r'font-size="([\d.]+)px"', attrs).group(1))
            width = 0.6 * size * len(text)
            left = x - width if 'text-anchor="end"' in attrs else x
            middle = "dy=" in attrs or 'baseline="middle"' in attrs
            top = y - size / 2 if middle else y - 0.8 * size
            boxes.append((text, left, top, left + width, top + size))
    return boxes


def _overlaps(boxes) -> list[tuple[str, str]]:
    return [
        (a[0], b[0])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]
    ]


def test_pipeline_labels_never_overlap_the_seed_claims_or_each_other():
    """TurkStream: the claim of 15.75 bcm a string (001-18) sits on the 'each string' rule;
    its id was written across that rule's label."""
    from dashboard.series import energy
    from dashboard.series.claims import claim_markers
    from factcheck import check_claims
    from factcheck.documents import load_claims
    from loaders import load_observations, load_sources

    observations, sources, claims = load_observations(), load_sources(), load_claims()
    verdicts = check_claims(claims, observations, sources)
    flows, capacities = (
        energy.pipeline_flows(observations),
        energy.pipeline_capacities(observations),
    )
    for pipeline in ("TurkStream", "Blue Stream"):
        markers = claim_markers(
            verdicts,
            claims,
            indicators=["pipeline_capacity"],
            unit="bcm_per_year",
            reporter="TUR",
            partner="RUS",
            breakdown_prefix=pipeline,
        )
        chart = charts.pipeline_chart(
            flows[flows["pipeline"] == pipeline],
            capacities[capacities["pipeline"] == pipeline],
            markers,
            pipeline,
        )
        for width in (300, 760):  # a phone's plot and a download's
            boxes = _text_boxes(vlc.vegalite_to_svg(chart.properties(width=width).to_json()))
            assert boxes and _overlaps(boxes) == [], (pipeline, width)
            texts = " ".join(text for text, *_ in boxes)
            assert pipeline != "TurkStream" or ("001-18" in texts and "each string" in texts)
            assert all(top >= -2 and bottom <= charts.HEIGHT + 2 for _, _, top, _, bottom in boxes)


def test_placed_labels_keep_a_row_apart_and_off_other_diamonds():
    import random

    rng = random.Random(7)
    for _ in range(200):
        wanted = [(f"k{i}", rng.uniform(-20, charts.HEIGHT + 20)) for i in range(rng.randint(1, 8))]
        markers = [(key, want + 9) for key, want in wanted if rng.random() < 0.5]
        markers += [("other", rng.uniform(0, charts.HEIGHT)) for _ in range(rng.randint(0, 3))]
        at = charts.place_labels(wanted, markers)
        assert set(at) == {key for key, _ in wanted}
        placed = sorted(at.values())
        assert all(b - a >= charts.LABEL_ROW - 1e-6 for a, b in itertools.pairwise(placed))
        for key, y in at.items():
            for owner, m in markers:
                if owner != key:
                    assert abs(y - m) >= charts.LABEL_ROW / 2 + charts.DIAMOND_HALF - 1e-6


def test_a_statement_covering_a_span_of_years_is_one_bar_across_them_never_a_point_a_year():
    """'Second every year 2007-2015' is one record (period '2007/2015'): a dashed bar across
    the years it covers, its hollow point in the middle; a statement for one year stays a
    point."""
    rows = [
        dict(year=2013, period="2013", value=2.0, series="bp", tier="official_release"),
        dict(year=2014, period="2014", value=2.0, series="bp", tier="official_release"),
        dict(
            year=2007, period="2007/2015", value=2.0, series="statement by an official",
            tier="official_statement",
        ),
        dict(
            year=2019, period="2019", value=3.0, series="statement by an official",
            tier="official_statement",
        ),
    ]  # fmt: skip
    evidence = pd.DataFrame(rows).assign(source_id="s", method="", span="year")
    claim = _trade_claim(2.0, "2009") | {"claimed_unit": "rank"}
    spec = charts.claim_chart(evidence, claim).properties(width=600).to_dict()
    data = spec["datasets"][spec["layer"][0]["data"]["name"]]
    span = [r for r in data if r["period"] == "2007/2015"]
    assert [(r["year"], r["year_start"], r["year_end"]) for r in span] == [(2011.5, 2007, 2016)]
    assert all(r["year_start"] is None for r in data if r["period"] != "2007/2015")
    dashed = [
        layer
        for layer in spec["layer"]
        if layer["mark"]["type"] == "rule" and layer["mark"].get("strokeDash")
    ]
    assert len(dashed) == 1 and dashed[0]["encoding"]["x2"]["field"] == "year_end"
    assert "the records and the claim" in spec["title"]  # not a chart of months
    vlc.vegalite_to_svg(spec)  # it renders


def test_trades_mirror_view_has_no_more_records_than_dash_patterns():
    """Both countries' records at once (the mirror view) each keep a dash of their own."""
    from dashboard.series import trade
    from loaders import load_observations, load_sources

    flows = trade.bilateral_flows(load_observations(), load_sources(), "TUR", "RUS")
    assert 8 < flows["record"].nunique() <= charts.MAX_RECORDS_DASHED


def test_an_articles_claim_is_labelled_by_its_number_within_the_article():
    evidence = pd.DataFrame(
        [dict(year=2020, value=2e9, series="A", source_id="a", tier="official_release")]
    ).assign(method="")
    claim = _trade_claim(3e9, "2021") | {"claim_id": "pasted text-x001", "document": "pasted text"}
    spec = charts.claim_chart(evidence, claim).to_dict()
    ids = {r["claim_id"] for rows in spec["datasets"].values() for r in rows if "claim_id" in r}
    assert ids == {"x001"}
    registry = _trade_claim(3e9, "2021") | {"claim_id": "001-09", "document": "001_a.txt"}
    spec = charts.claim_chart(evidence, registry).to_dict()
    ids = {r["claim_id"] for rows in spec["datasets"].values() for r in rows if "claim_id" in r}
    assert ids == {"001-09"}
