"""Every page runs without an exception on the bundled snapshot."""

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from bilateral_ledger.analysis.series import bilateral_trade_imf
from bilateral_ledger.dashboard.charts import bilateral_trade_chart
from bilateral_ledger.loaders import load_observations

APP = Path(__file__).resolve().parents[2] / "bilateral_ledger" / "dashboard" / "app.py"


@pytest.mark.parametrize("page", ["pages/overview.py", "pages/data_sources.py"])
def test_page_runs(page):
    app = AppTest.from_file(str(APP), default_timeout=60)
    app.run()
    app.switch_page(page).run()
    assert not app.exception
    assert app.title[0].value


def test_overview_shows_both_views():
    app = AppTest.from_file(str(APP), default_timeout=60).run()
    labels = [metric.label for metric in app.metric]
    assert any("Turkey-reported" in label for label in labels)
    assert any("Russia-reported" in label for label in labels)
    assert "International Monetary Fund" in app.caption[0].value


def test_trade_chart_spec_reads_the_data():
    trade = bilateral_trade_imf(load_observations())
    spec = bilateral_trade_chart(trade).to_dict()
    assert spec["mark"]["type"] == "line"
    assert spec["encoding"]["strokeDash"]["field"] == "view"
    assert set(trade["view"]) == {"Turkey-reported", "Russia-reported"}
    assert isinstance(trade, pd.DataFrame) and (trade["value_usd_bn"] > 0).all()
