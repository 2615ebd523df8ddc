"""A claim that repeats, to its rounding, an official body's own figure for the period (a
statement by an official, an official figure the press reported) is never faulted against
the statistical release it differs from: it is left for review, with both named."""

import pytest

from tests.factcheck.sentences import checked_figure

DATE = "2020-06-01"


def _statement_2019(snapshot, flow: str) -> float:
    """The 2019 Russia-Turkey figure of an official statement in the snapshot (the test
    needs one that the release does not bear out)."""
    observations, _sources = snapshot
    rows = observations[
        (observations["tier"] == "official_statement")
        & (observations["reporter"] == "RUS")
        & (observations["partner"] == "TUR")
        & (observations["flow"] == flow)
        & (observations["period"].astype(str) == "2019")
        & (observations["unit"] == "USD")
    ]
    assert not rows.empty
    return float(rows["value"].iloc[0])


@pytest.mark.parametrize(
    "template, flow",
    [
        ("Russia's exports to Turkey amounted to ${bn} billion in 2019.", "export"),
        ("In 2019 Russia's imports from Turkey reached {bn} billion dollars.", "import"),
    ],
)
def test_a_claim_repeating_an_official_statement_is_left_for_review(snapshot, template, flow):
    said = _statement_2019(snapshot, flow) / 1e9
    text = template.format(bn=f"{said:.2f}")
    row = checked_figure(snapshot, text, f"{said:.2f}", DATE)
    assert row["verdict"] == "needs_review"
    assert "it repeats" in row["explanation"] and "official body's own figure" in row["explanation"]
    assert "[official statistics]" in row["explanation"]  # the release is named beside it


def test_a_claim_far_from_every_record_is_still_faulted(snapshot):
    said = _statement_2019(snapshot, "export") / 1e9
    text = f"Russia's exports to Turkey amounted to ${said / 2:.1f} billion in 2019."
    row = checked_figure(snapshot, text, f"{said / 2:.1f}", DATE)
    assert row["verdict"] in ("understated", "wrong")
    assert "it repeats" not in row["explanation"]


def test_an_echo_of_a_narrower_product_count_also_names_the_records_definition(snapshot):
    """An oil-and-products total that repeats the official figure the press reported and is
    below Eurostat's, which counts every refined product: both reasons are given."""
    observations, _sources = snapshot
    reported = observations[
        (observations["tier"] == "official_reported")
        & (observations["indicator"] == "oil_imports")
        & (observations["reporter"] == "TUR")
        & (observations["partner"] == "RUS")
        & (observations["product"] == "oil_and_products")
        & (observations["period"].astype(str) == "2015")
    ]
    assert not reported.empty
    tonnes = float(reported["value"].iloc[0]) / 1e6
    text = (
        f"In 2015 Turkey imported {tonnes:.1f} million tonnes of oil and oil products from"
        " Russia, the agency said."
    )
    row = checked_figure(snapshot, text, "million tonnes", "2016-06-23")
    assert row["verdict"] == "needs_review"
    assert "official body's own figure" in row["explanation"]
    assert "may also count more than the claim" in row["explanation"]
