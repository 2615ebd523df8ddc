"""What users download: CSV with unit, whole years, sources and inert formulas; a picture
with title, source line and date; a metadata file."""

import functools
import io
import json
import shutil
import subprocess

import pandas as pd
import pytest
import vl_convert as vlc

from dashboard import charts, downloads
from dashboard.series import trade
from dashboard.series.provenance import source_line
from loaders import load_observations, load_sources


@functools.cache
def _turnover():
    observations, sources = load_observations(), load_sources()
    flows = trade.bilateral_flows(observations, sources, "TUR", "RUS")
    turnover = trade.turnover_and_balance(flows, "TUR", "RUS")
    return turnover[turnover["measure"].str.startswith("Turnover")], sources


def test_chart_csv_has_unit_whole_years_and_source_title_and_address():
    totals, sources = _turnover()
    claims = pd.DataFrame({"claim_id": ["x"], "year": [float("nan")], "value": [100.0]})
    plotted = pd.concat([totals.assign(layer="recorded"), claims.assign(layer="claim")])
    table = pd.read_csv(io.StringIO(downloads.chart_csv(plotted, "US$ billion", sources)))
    assert set(table["unit"]) == {"US$ billion"}
    years = table["year"].dropna()
    assert (years == years.round()).all()
    raw = downloads.chart_csv(plotted, "US$ billion", sources)
    assert ".0," not in raw.split("\n")[1].split("US$ billion")[0]  # 1992, not 1992.0
    recorded = table[table["layer"] == "recorded"]
    assert recorded["source_title"].str.len().gt(0).all()
    assert recorded["source_url"].str.startswith("http").all()
    # Every recorded row names its publisher and tier (official rows had a blank tier).
    assert recorded["source_publisher"].str.len().gt(0).all()
    assert set(recorded["source_tier"]) == {"official statistics"}


def test_every_text_cell_that_starts_a_formula_is_made_inert():
    frame = pd.DataFrame(
        {
            "name": ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", "plain", "a=b"],
            "value": [-1.0, 2.0, -3.0, 4.0, 5.0, 6.0, 7.0, 8.0],
        }
    )
    table = downloads.escape_formulas(frame)
    assert all(v.startswith("'") for v in table["name"][:6])
    assert list(table["name"][6:]) == ["plain", "a=b"]
    assert list(table["value"]) == list(frame["value"])  # numbers untouched
    assert downloads.safe_csv(frame).splitlines()[1].startswith("'=1+1,")


def test_picture_carries_title_source_line_and_date():
    totals, sources = _turnover()
    spec = charts.series_chart(
        totals, y="value", y_title="US$ billion", series="view", dash="record", title="Turnover"
    ).to_dict()
    line = source_line(totals, sources)
    exported = downloads.export_spec(
        spec, source_line=line, url="http://x.test/?view=TUR", date="2026-11-21"
    )
    svg = vlc.vegalite_to_svg(json.dumps(exported))
    assert "Turnover" in svg and "2026-11-21" in svg and "International Monetary Fund" in svg
    width = float(svg.split('width="', 1)[1].split('"', 1)[0])
    assert width >= downloads.EXPORT_WIDTH
    assert "transparent" not in svg.split("role-legend", 1)[1]  # legend symbols visible


def test_a_long_subtitle_wraps_so_the_picture_keeps_the_charts_width():
    totals, sources = _turnover()
    spec = charts.series_chart(
        totals, y="value", y_title="US$ billion", series="view", dash="record", title="Turnover"
    ).to_dict()
    note = "Unit: percent. " + "Each edition revises earlier years; the newest is drawn. " * 6
    url = "http://x.test/?" + "&".join(f"choice{i}=value{i}" for i in range(12))
    exported = downloads.export_spec(
        spec, source_line=source_line(totals, sources), url=url, date="2026-11-21", subtitle=note
    )
    lines = exported["title"]["subtitle"]
    assert all(len(line) <= downloads.WRAP_AT for line in lines)
    assert url in "".join(lines)  # broken only between its choices
    svg = vlc.vegalite_to_svg(json.dumps(exported))
    width = float(svg.split('width="', 1)[1].split('"', 1)[0])
    assert width < 1.5 * downloads.EXPORT_WIDTH


def test_metadata_names_sources_licences_and_the_address():
    totals, sources = _turnover()
    meta = json.loads(
        downloads.chart_metadata(
            title="Turnover",
            unit="US$ billion",
            description="d",
            plotted=totals,
            sources=sources,
            url="http://x.test/?view=TUR",
        )
    )
    assert meta["unit"] == "US$ billion" and meta["dashboard_url"].endswith("view=TUR")
    assert {s["source_id"] for s in meta["sources"]} == set(totals["source_id"])
    assert meta["licences"] and all(s["vintage"] for s in meta["sources"])


def _families() -> str:
    return subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout


def _note_png(font: str) -> bytes:
    spec = {
        "width": 200,
        "height": 40,
        "data": {"values": [{"x": 0, "t": "◆ 001-20, no year: 100 US$ billion → x"}]},
        "mark": {"type": "text", "align": "left", "fontSize": 14},
        "encoding": {"x": {"field": "x", "type": "quantitative"}, "text": {"field": "t"}},
        "config": {"font": font},
    }
    return vlc.vegalite_to_png(json.dumps(spec))


@pytest.mark.skipif(
    not shutil.which("fc-list") or "DejaVu Sans" not in _families(),
    reason="DejaVu Sans is not installed",
)
def test_picture_draws_a_line_with_symbols_in_the_sans_face():
    """A note holding "◆" or "→" is drawn in the same sans face, not in a serif fallback."""
    spec = downloads.export_spec(
        {"mark": "point"}, source_line="", url="http://x.test/", date="2026-11-21"
    )
    drawn = _note_png(spec["config"]["font"])
    assert drawn == _note_png("DejaVu Sans")
    assert drawn != _note_png("DejaVu Serif")


def test_chart_csv_cells_are_one_line_numbers_carry_no_binary_noise_and_rows_a_layer():
    plotted = pd.DataFrame(
        {
            "year": [2020.0, 2021.0],
            "value": [1.1 + 1.1 + 0.0426785, 3.0],
            "quote": ["the volume \nof trade", "=1+1"],
        }
    )
    raw = downloads.chart_csv(plotted, "US$ billion", load_sources())
    table = pd.read_csv(io.StringIO(raw))
    assert len(raw.strip().splitlines()) == 3  # a header and two rows, no broken lines
    assert "2.2426785," in raw and "0000000" not in raw
    assert list(table["quote"]) == ["the volume of trade", "'=1+1"]
    assert set(table["layer"]) == {"recorded"}  # no claim drawn: every row is a record
