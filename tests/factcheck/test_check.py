"""Verdicts for the headline claims, with the reasoning checked, not only the label."""

import pandas as pd
import pytest

from factcheck import check_claims, check_text, claim_reviews, validated
from factcheck.documents import load_claims, load_documents
from loaders import load_observations, load_sources


@pytest.fixture(scope="module")
def records():
    return load_observations(), load_sources()


@pytest.fixture(scope="module")
def verdicts(records) -> pd.DataFrame:
    return validated(check_claims(load_claims(), *records)).set_index("claim_id")


def test_every_registry_claim_gets_a_verdict(verdicts):
    assert len(verdicts) == len(load_claims())
    judged = verdicts[verdicts["verdict"] != "unverifiable"]
    assert (judged["source"] != "").all() and (judged["recorded_period"] != "").all()


def test_trade_about_30_billion_in_2021(verdicts):
    row = verdicts.loc["000-01"]
    assert row["verdict"] == "accurate"  # $33.0 bn lies inside "about 30" (27-33)
    assert (row["recorded_value"], row["recorded_period"]) == (33e9, "2021")
    assert row["tier"] == "official_reported"  # IMF DOTS ends in 2020: no official file
    assert "press" in row["explanation"]


def test_trade_33_billion_annually_shows_both_views(verdicts):
    row = verdicts.loc["001-09"]
    assert row["verdict"] == "accurate"
    assert (row["source"], row["recorded_period"]) == ("imf-dots-tur", "2013")
    assert row["recorded_value"] == pytest.approx(33.26e9, rel=1e-3)
    assert "Russia-reported" in row["explanation"] and "gap between views" in row["explanation"]
    assert "Mahmoud" not in row["explanation"]  # the period note lives in the registry


def test_gas_70_percent_is_wrong_against_the_computed_share(verdicts):
    row = verdicts.loc["001-15"]
    assert row["verdict"] == "wrong"
    assert row["source"] == "bp-ei-sr-2019" and row["recorded_period"] == "2018"
    assert row["recorded_value"] == pytest.approx(46.4, abs=0.1)
    assert "22.76 bcm from Russia of 49.08 bcm" in row["explanation"]
    assert "percentage points" in row["explanation"]


def test_oil_about_12_percent_is_understated(verdicts):
    row = verdicts.loc["001-16"]
    assert row["verdict"] == "understated"
    assert (row["recorded_value"], row["recorded_period"]) == (19.0, "2017")
    assert "2017 is the nearest year with data" in row["explanation"]


def test_turkstream_lines_and_capacities(verdicts):
    lines = verdicts.loc["001-17"]
    assert lines["verdict"] == "wrong" and lines["recorded_value"] == 2
    string = verdicts.loc["001-18"]
    assert string["verdict"] == "wrong_unit_or_impossible"
    assert string["recorded_value"] == 15.75 and string["gap_percent"] == 0
    assert "square meters" in string["explanation"]
    europe = verdicts.loc["001-19"]
    assert europe["verdict"] == "wrong_unit_or_impossible"
    assert europe["recorded_value"] == 15.75 and "meters" in europe["explanation"]


def test_tourists_more_than_5_million_out_of_36_million(verdicts):
    russians = verdicts.loc["001-23"]
    assert russians["verdict"] == "exaggerated"
    assert russians["recorded_period"] == "2011"  # nearest to 2009 within the window
    assert "first reaches it in 2018" in russians["explanation"]
    everyone = verdicts.loc["001-24"]
    assert everyone["verdict"] == "exaggerated"
    assert (everyone["source"], everyone["recorded_period"]) == ("wb-wdi-st-int-arvl", "2009")


def test_753_billion_of_investment_is_impossible(verdicts):
    row = verdicts.loc["001-12"]
    assert row["verdict"] == "wrong_unit_or_impossible"
    assert row["recorded_value"] == 10e9 and "not the same quantity" in row["method"]
    assert "implausible magnitude" in row["explanation"]


def test_140_thousand_companies_is_unverifiable_and_says_why(verdicts):
    row = verdicts.loc["001-22"]
    assert row["verdict"] == "unverifiable"
    assert "other direction" in row["explanation"] and "nothing is estimated" in row["explanation"]


def test_ranks_are_computed_from_the_partner_tables(verdicts):
    second = verdicts.loc["001-04"]
    assert (second["verdict"], second["source"], second["recorded_value"]) == (
        "accurate",
        "imf-dots-tur",
        2,
    )
    assert "rank by turnover" in second["method"]
    seventh = verdicts.loc["001-01"]
    assert (seventh["verdict"], seventh["source"], seventh["recorded_value"]) == (
        "accurate",
        "imf-dots-rus",
        7,
    )


def test_targets_are_labelled_and_checked_against_their_year(verdicts):
    target = verdicts.loc["001-11"]
    assert target["recorded_period"] == "2023" and "This is a target" in target["explanation"]
    undated = verdicts.loc["001-20"]
    assert undated["verdict"] == "unverifiable" and "no year" in undated["explanation"]


def test_a_document_without_figures_gets_an_empty_report(records):
    verdicts = check_text("Relations are warm.", "none.txt", None, *records)
    assert verdicts.empty and verdicts.columns[0] == "claim_id"


def test_claims_about_unrecorded_indicators_are_unverifiable_not_errors(records):
    text = "Seventeen agreements were signed and the border runs some 900 km with Syria."
    verdicts = check_text(text, "x.txt", "2019-01-01", *records)
    assert list(verdicts["verdict"]) == ["unverifiable", "unverifiable"]


def test_claimreview_follows_schema_org(verdicts):
    reviews = claim_reviews(verdicts.reset_index(), load_documents())
    assert len(reviews) == len(verdicts)
    first = reviews[0]
    assert first["@type"] == "ClaimReview" and first["@context"] == "https://schema.org"
    rating = first["reviewRating"]
    assert {
        "ratingValue",
        "bestRating",
        "worstRating",
        "alternateName",
        "ratingExplanation",
    } <= set(rating)
    assert first["itemReviewed"]["@type"] == "Claim"
    assert first["itemReviewed"]["appearance"]["name"].startswith("Turkey between Russia")
    unverifiable = [r for r in reviews if r["reviewRating"]["alternateName"] == "Unverifiable"]
    assert unverifiable and all("ratingValue" not in r["reviewRating"] for r in unverifiable)
