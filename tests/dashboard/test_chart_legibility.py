"""Every chart on every page, drawn by Vega as the browser draws it: a valid Vega-Lite spec
(the server skips Altair's checks, see dashboard/app.py), legend symbols visible (no
transparent or missing strokes) and no label of a category axis hidden."""

import json
import re

import pytest
import vl_convert as vlc
from altair.vegalite.v6.schema.core import TopLevelSpec

from tests.dashboard.sent_charts import sent_charts
from tests.dashboard.test_pages import CHART_VIEWS

# Vega marks each legend symbol and axis label with these roles in its SVG.
LEGEND_SYMBOL = re.compile(r'<g class="mark-symbol role-legend-symbol[^"]*"[^>]*>(.*?)</g>', re.S)
PATH = re.compile(r"<path [^>]*>")


def page_specs(page: str, **query) -> list[dict]:
    """Each chart's Vega-Lite spec with its data, as the page sends it to the browser."""
    specs = sent_charts(page, **query)
    for spec in specs:
        spec.setdefault("width", 700)
    return specs


def schema_part(spec: dict) -> dict:
    """The spec without config.legend.layout: a Vega setting (legends stacked below the plot,
    dashboard/charts.py LEGEND_LAYOUT) that Vega-Lite hands to Vega but its schema omits."""
    legend = {k: v for k, v in spec.get("config", {}).get("legend", {}).items() if k != "layout"}
    return {**spec, "config": {**spec.get("config", {}), "legend": legend}}


def legend_symbols(svg: str) -> list[str]:
    return [p for group in LEGEND_SYMBOL.findall(svg) for p in PATH.findall(group)]


def visible(symbol: str) -> bool:
    stroke = re.search(r'stroke="([^"]+)"', symbol)
    fill = re.search(r'fill="([^"]+)"', symbol)
    opacity = re.search(r' opacity="([^"]+)"', symbol)
    if opacity and float(opacity.group(1)) == 0:
        return False
    stroked = stroke and stroke.group(1) not in ("transparent", "none")
    filled = fill and fill.group(1) not in ("transparent", "none", "white", "#fff", "#ffffff")
    is_line = re.search(r'd="M-?[\d.]+,0L-?[\d.]+,0"', symbol)  # a dash legend's line piece
    return bool(stroked) if is_line else bool(stroked or filled)


def hidden_category_labels(vega: dict, svg: str) -> list[str]:
    """Labels Vega dropped for overlap on band (category) axes."""
    hidden = re.findall(r'<text [^>]*opacity="0"[^>]*>([^<]*)</text>', svg)
    bands = {s["name"] for s in _walk_scales(vega) if s.get("type") == "band"}
    return hidden if bands else []


def _walk_scales(node: dict):
    yield from node.get("scales", [])
    for mark in node.get("marks", []):
        yield from _walk_scales(mark)


@pytest.mark.parametrize(("page", "query"), CHART_VIEWS)
def test_legend_symbols_are_visible_and_category_labels_all_shown(page, query):
    if page.endswith("trade.py"):
        query = {**query, "view": "mirror"}  # the view with the most lines and the gap chart
    specs = page_specs(page, **query)
    assert specs
    for spec in specs:
        TopLevelSpec.validate(schema_part(spec))  # raises with the path of what is wrong
        text = json.dumps(spec)
        svg = vlc.vegalite_to_svg(text)
        title = spec.get("title")
        symbols = legend_symbols(svg)
        invisible = [s for s in symbols if not visible(s)]
        assert not invisible, (title, invisible[:3])
        vega = vlc.vegalite_to_vega(text)
        assert not hidden_category_labels(vega, svg), title


def test_the_origins_chart_names_every_origin_and_lists_no_empty_one():
    for spec in page_specs("views/energy.py", edition="bp-ei-sr-2022")[:1]:
        rows = next(iter(spec["datasets"].values()))
        assert rows and all(r["bcm"] > 0 for r in rows)
        svg = vlc.vegalite_to_svg(json.dumps(spec))
        for row in rows:
            assert f">{row['origin']}<" in svg


def _layers(node: dict):
    yield node
    for child in node.get("layer", []):
        yield from _layers(child)


@pytest.mark.parametrize(("page", "query"), [("views/tourism.py", {}), ("views/overview.py", {})])
def test_colour_is_the_series_and_tiers_are_hollow_shapes(page, query):
    """README, visual grammar: colour = series or direction; tiers by marker fill and shape.
    The arrival charts coloured their points by tier (and the totals' series names carried
    the tier), so blue meant 'reported by the press' there and 'Turkey → Russia' elsewhere."""
    from validation.vocabulary import TIER_LABELS

    quoted_tiers = set(TIER_LABELS.values()) - {TIER_LABELS["official_release"]}
    for spec in page_specs(page, **query):
        rows_of = spec.get("datasets", {})
        for layer in _layers(spec):
            encoding = layer.get("encoding", {})
            colour = encoding.get("color", {}).get("field")
            if not colour:
                continue
            rows = rows_of.get(layer.get("data", {}).get("name"), [])
            values = {str(r.get(colour)) for r in rows}
            assert colour != "tier", spec.get("title")
            assert not any(t in v for v in values for t in quoted_tiers), (
                spec.get("title"),
                values,
            )
            if {str(r.get("tier")) for r in rows} & quoted_tiers:  # quoted figures drawn here
                assert encoding.get("shape", {}).get("field") == "tier", spec.get("title")
                assert layer["mark"].get("filled") is False
