"""With Comtrade rows for another pair, the Trade page offers it and shows both views."""

import shutil
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.series.trade import pairs_present
from loaders import load_observations
from loaders.comtrade import ComtradeClient, refresh
from tests.loaders.comtrade.fake_server import FakeComtrade

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "dashboard" / "app.py"


@pytest.fixture
def refreshed(tmp_path, monkeypatch):
    datasets = tmp_path / "datasets"
    shutil.copytree(REPO / "datasets", datasets)
    with FakeComtrade() as fake:
        client = ComtradeClient(tmp_path / "cache", base_url=fake.url, api_key="")
        refresh("DEU", "RUS", [2020, 2021], datasets, client)
        refresh("TUR", "RUS", [2021], datasets, client)
    monkeypatch.setenv("LEDGER_DATASETS", str(datasets))
    st.cache_data.clear()
    yield datasets
    st.cache_data.clear()


def test_pairs_present_come_from_the_snapshot(refreshed):
    assert pairs_present(load_observations(refreshed)) == [("TUR", "RUS"), ("DEU", "RUS")]


def test_trade_page_picks_a_pair_and_draws_comtrade_beside_imf(refreshed):
    app = AppTest.from_file(str(APP), default_timeout=90)
    app.query_params["pair"] = "DEU-RUS"
    app.run()
    app.switch_page("views/trade.py").run()
    assert not app.exception
    assert app.title[0].value == "Trade: Germany–Russia"
    assert app.selectbox[0].value == "DEU-RUS"
    assert any("UN Comtrade" in c.value for c in app.caption)
    app.selectbox[0].set_value("TUR-RUS").run()
    assert app.title[0].value == "Trade: Turkey–Russia"
    captions = " ".join(c.value for c in app.caption)
    assert "UN Comtrade" in captions and "International Monetary Fund" in captions
