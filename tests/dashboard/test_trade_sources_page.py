"""The Trade page draws the UN Comtrade, WITS and IMF IMTS records beside DOTS and TurkStat,
names their sources, and shows each drawn family's caveat (escaped, never rendered)."""

from pathlib import Path

import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.text import plain
from loaders.catalogue import family_summary

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"


@pytest.fixture(scope="module")
def mirror_page() -> AppTest:
    app = AppTest.from_file(str(APP), default_timeout=120)
    app.query_params["view"] = "mirror"
    app.run()
    app.switch_page("views/trade.py").run()
    assert not app.exception
    return app


def _trade(**query) -> AppTest:
    app = AppTest.from_file(str(APP), default_timeout=120)
    for name, value in query.items():
        app.query_params[name] = value
    app.run()
    return app.switch_page("views/trade.py").run()


def _records(app: AppTest) -> set[str]:
    found = set()
    for chart in app.get("vega_lite_chart"):
        for dataset in chart.proto.datasets:
            table = pa.ipc.open_stream(dataset.data.data).read_all().to_pandas()
            if "record" in table:
                found |= set(table["record"].dropna())
    return found


def test_trade_page_draws_comtrade_wits_and_imts_lines(mirror_page):
    records = _records(mirror_page)
    for line in (
        "Turkey-reported · UN Comtrade 2021",
        "Russia-reported · UN Comtrade 2021",
        "Turkey-reported · WITS (World Bank)",
        "Russia-reported · IMF IMTS",
        "Russia-reported · IMF IMTS (estimate from the partner's data)",
        "Turkey-reported · IMF DOTS",
        "Turkey-reported · TurkStat",
    ):
        assert line in records
    # the flows chart's source line (escaped text) names every publisher drawn
    flows_sources = next(c.value for c in mirror_page.caption if c.value.startswith("Sources: "))
    for publisher in (
        "United Nations Statistics Division (UN Comtrade)",
        "World Bank (WITS; values compiled from UN Comtrade)",
        "International Merchandise Trade Statistics (IMTS)",
        "Turkish Statistical Institute",
    ):
        assert plain(publisher) in flows_sources


def test_trade_page_shows_each_drawn_familys_caveat(mirror_page):
    expander = next(e for e in mirror_page.expander if e.label == "Caveats of the sources drawn")
    shown = [m.value for m in expander.markdown]
    summary = family_summary().set_index("family")
    for family in (
        "trade_imf_imts",
        "trade_un_comtrade_bundled",
        "trade_wits",
        "trade_imf_dots",
        "trade_turkstat",
    ):
        label, caveat = summary.loc[family, ["label", "caveat"]]
        assert f"**{plain(label)}**: {plain(caveat)}" in shown
    imts = next(text for text in shown if text.startswith("**IMF IMTS**"))
    assert "IMF estimates" in imts and r"estimated\_from\_partner" in imts  # escaped
    # a family not drawn on the page (gas) has no caveat here
    assert not any(summary.loc["gas_bp_ei", "label"] in text for text in shown)


def test_turkish_view_leaves_out_the_russian_only_imts_caveat():
    app = AppTest.from_file(str(APP), default_timeout=120)
    app.query_params["view"] = "TUR"
    app.run()
    app.switch_page("views/trade.py").run()
    assert not app.exception
    expander = next(e for e in app.expander if e.label == "Caveats of the sources drawn")
    shown = " ".join(m.value for m in expander.markdown)
    assert "IMF IMTS" not in shown and "WITS" in shown


def test_months_in_the_mirror_say_whose_record_has_no_monthly_release():
    """Both records chosen, months drawn: only Turkey's monthly release exists, and the
    caption says Russia's lines are missing for that reason, not for a lack of trade."""
    app = _trade(view="mirror", freq="month")
    assert not app.exception
    captions = " ".join(c.value for c in app.caption)
    assert "Russia: no official monthly release in the bundled data" in captions
    app = _trade(view="TUR", freq="month")
    assert "no official monthly release" not in " ".join(c.value for c in app.caption)
