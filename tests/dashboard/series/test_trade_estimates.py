"""Estimates from the partner's data are drawn with their label and never make a mirror gap."""

import pandas as pd

from dashboard.series import trade
from loaders import load_observations, load_sources


def _flow(year, flow, value, source_id, qualifier="exact"):
    seller_first = flow == "export"
    return {
        "year": year,
        "view": "Russia-reported" if seller_first else "Turkey-reported",
        "record": "",
        "direction": "Russia → Turkey",
        "flow": flow,
        "value_usd_bn": value,
        "valuation": "FOB" if seller_first else "CIF",
        "publisher": "International Monetary Fund",
        "family": "trade_imf_dots",
        "source_id": source_id,
        "vintage": "",
        "qualifier": qualifier,
    }


def test_mirror_gap_leaves_out_estimates_from_the_partner():
    flows = pd.DataFrame(
        [
            _flow(2019, "export", 21.1, "imf-rus"),
            _flow(2019, "import", 23.1, "imf-tur"),
            _flow(2022, "export", 53.9, "imf-rus", qualifier="estimated_from_partner"),
            _flow(2022, "import", 58.9, "imf-tur"),
        ],
        columns=trade.FLOW_COLUMNS,
    )
    gaps = trade.mirror_gaps(flows)
    assert gaps["year"].tolist() == [2019]
    # Without the estimate label the 2022 pair would have made a (meaningless) gap.
    relabelled = flows.assign(qualifier="exact")
    assert trade.mirror_gaps(relabelled)["year"].tolist() == [2019, 2022]


def test_imts_estimates_are_drawn_and_labelled():
    flows = trade.bilateral_flows(load_observations(), load_sources(), "TUR", "RUS")
    imts = flows[flows["source_id"] == "imf-imts-rus"]
    estimated = imts[imts["year"] >= 2021]
    assert len(estimated) == 8
    assert (estimated["qualifier"] == "estimated_from_partner").all()
    assert estimated["record"].str.contains("estimate from the partner's data").all()
    assert not imts[imts["year"] < 2021]["record"].str.contains("estimate").any()
    gaps = trade.mirror_gaps(flows)
    assert (
        not gaps["source_id"].str.contains("imf-imts-rus").any()
        or (gaps.loc[gaps["source_id"].str.contains("imf-imts-rus"), "year"] < 2021).all()
    )


def test_mirror_gap_pairs_records_within_one_family():
    """IMF DOTS and IMF IMTS share a publisher; a gap never pairs one with the other."""
    flows = trade.bilateral_flows(load_observations(), load_sources(), "TUR", "RUS")
    imts = flows[flows["family"] == "trade_imf_imts"]
    assert imts["record"].str.contains(" · IMF IMTS").all()
    gaps = trade.mirror_gaps(flows)
    for pair in gaps["source_id"]:
        seller, buyer = pair.split(";")
        assert {seller.split("-")[1], buyer.split("-")[1]} != {"dots", "imts"}
    assert len(gaps) > 0


def test_turnover_says_which_totals_rest_on_an_estimate_and_the_overview_never_heads_with_one():
    from streamlit.testing.v1 import AppTest

    observations, sources = load_observations(), load_sources()
    flows = trade.bilateral_flows(observations, sources, "TUR", "RUS")
    turnover = trade.turnover_and_balance(flows, "TUR", "RUS")
    estimated = turnover[turnover["qualifier"] == trade.ESTIMATED]
    assert not estimated.empty
    assert estimated["record"].str.contains("estimate from the partner").all()
    assert (
        not turnover.loc[turnover["qualifier"] == "exact", "record"].str.contains("estimate").any()
    )

    app = AppTest.from_file("../../../dashboard/app.py", default_timeout=120)
    app.run()
    headline = next(m for m in app.metric if m.label.startswith("Russia-reported turnover"))
    year = int(headline.label.rsplit(", ", 1)[1])
    shown = headline.value  # "US$ 56.5 bn"
    totals = estimated[
        (estimated["view"] == "Russia-reported")
        & (estimated["year"] == year)
        & estimated["measure"].str.startswith("Turnover")
    ]
    # The headline figure is never the IMF's estimate from Turkey's own data.
    assert all(f"US$ {value:.1f} bn" != shown for value in totals["value"])
    assert estimated["year"].max() > 2020  # there are estimates it could have taken
