"""Every page runs without an exception on the bundled snapshot."""

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from bilateral_ledger.analysis.series import bilateral_trade_imf
from bilateral_ledger.dashboard.charts import bilateral_trade_chart
from bilateral_ledger.loaders import load_observations

APP = Path(__file__).resolve().parents[2] / "bilateral_ledger" / "dashboard" / "app.py"


@pytest.mark.parametrize(
    "page", ["views/overview.py", "views/fact_check.py", "views/data_sources.py"]
)
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


def _fact_check() -> AppTest:
    app = AppTest.from_file(str(APP), default_timeout=60)
    app.run()
    return app.switch_page("views/fact_check.py").run()


def test_fact_check_filters_select_and_share_state():
    app = _fact_check()
    assert not app.exception
    table = app.dataframe[0].value
    assert len(table) == 26 and {"quote", "claimed", "recorded", "verdict"} <= set(table)
    app.multiselect[2].select("wrong").run()
    assert set(app.dataframe[0].value["verdict"]) == {"Wrong"}
    assert app.query_params["verdict"] in ("wrong", ["wrong"])
    app.selectbox[0].select("001-15").run()
    assert app.query_params["claim"] in ("001-15", ["001-15"])
    texts = " ".join(m.value for m in app.markdown)
    assert "22\\.76 bcm from Russia" in texts  # the explanation, escaped as plain text


def test_fact_check_reopens_a_shared_selection():
    app = AppTest.from_file(str(APP), default_timeout=60)
    app.query_params["claim"] = "001-23"
    app.query_params["verdict"] = "exaggerated"
    app.run()
    app.switch_page("views/fact_check.py").run()
    assert not app.exception
    assert app.selectbox[0].value == "001-23"
    assert app.multiselect[2].value == ["exaggerated"]


def test_fact_check_pasted_text_gets_verdicts_and_markdown_is_not_rendered():
    app = _fact_check()
    app.text_area[0].input("Trade reached about $30 billion in 2021. [click](http://x.test)").run()
    assert not app.exception
    bullets = [m.value for m in app.markdown if m.value.startswith("- **")]
    assert len(bullets) == 1 and "Accurate" in bullets[0]
    assert "](http" not in " ".join(m.value for m in app.markdown)


def test_fact_check_filters_that_leave_nothing_show_a_message():
    app = _fact_check()
    app.multiselect[0].select("000_198eaa820f0c1562.txt").run()
    app.multiselect[2].select("wrong").run()
    assert not app.exception
    assert "No claim matches" in app.warning[0].value


def test_claim_chart_draws_the_records_and_the_claim():
    from bilateral_ledger.dashboard.charts import claim_chart
    from bilateral_ledger.factcheck import check_claims, evidence_table
    from bilateral_ledger.loaders import load_sources
    from bilateral_ledger.loaders.documents import load_claims

    observations, sources, claims = load_observations(), load_sources(), load_claims()
    claim = claims[claims["claim_id"] == "001-15"].iloc[0]
    verdict = check_claims(claims[claims["claim_id"] == "001-15"], observations, sources).iloc[0]
    evidence = evidence_table(claim, observations, sources)
    assert (evidence["year"] == 2018).any() and (evidence["value"] > 0).all()
    spec = claim_chart(evidence, verdict.to_dict()).to_dict()
    marks = [layer.get("mark", {}) for layer in spec["layer"]]
    assert any(m.get("shape") == "diamond" for m in marks if isinstance(m, dict))
