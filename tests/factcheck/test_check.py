"""Verdicts for the headline claims, with the reasoning checked, not only the label."""

import re

import pandas as pd
import pytest

from factcheck import check_claims, check_text, claim_reviews, validated
from factcheck.documents import load_claims, load_documents


@pytest.fixture(scope="module")
def records(snapshot):
    return snapshot


@pytest.fixture(scope="module")
def verdicts(records) -> pd.DataFrame:
    return validated(check_claims(load_claims(), *records)).set_index("claim_id")


def test_every_registry_claim_gets_a_verdict(verdicts):
    assert len(verdicts) == len(load_claims())
    judged = verdicts[verdicts["verdict"] != "unverifiable"]
    assert (judged["source"] != "").all() and (judged["recorded_period"] != "").all()


def test_trade_about_30_billion_in_2021(verdicts):
    row = verdicts.loc["000-01"]
    # $33.0 bn (a press report of the official figure): "about 30" is 9% below it
    assert row["verdict"] == "approximately_right"
    assert (row["recorded_value"], row["recorded_period"]) == (33e9, "2021")
    assert row["tier"] == "official_reported"
    assert "press" in row["explanation"]


def test_trade_33_billion_shows_both_views(verdicts):
    row = verdicts.loc["001-09"]
    assert row["verdict"] == "accurate" and row["recorded_period"] == "2013"
    assert "as Russia recorded it" in row["explanation"]
    assert "as Turkey recorded it" in row["explanation"]
    # Which view the gap is measured from: the one checked (Russia's, 32.75 against 33.26).
    assert (
        "(Russia's record, checked above, is 2% below this one: the gap between views)"
        in (row["explanation"])
    )


def test_gas_70_percent_rests_on_every_source_and_is_left_for_review(verdicts):
    row = verdicts.loc["001-15"]
    # the period was inferred from the paper's date: no accusation, but the record is shown
    assert row["verdict"] == "needs_review"
    assert 46 <= row["recorded_value"] <= 48 and row["recorded_period"] == "2018"
    for source in ("International Energy Agency", "Eurostat", "bp"):
        assert source in row["explanation"]


def test_oil_about_12_percent_is_rated_against_official_statistics(verdicts):
    row = verdicts.loc["001-16"]
    assert row["tier"] == "official_release" and row["source"] != "page-fac7f22c53"
    assert row["verdict"] == "needs_review"


def test_capacities_with_impossible_units_stay_impossible(verdicts):
    string = verdicts.loc["001-18"]
    assert string["verdict"] == "wrong_unit_or_impossible"
    assert string["recorded_value"] == 15.75 and "square meters" in string["explanation"]
    europe = verdicts.loc["001-19"]
    assert europe["verdict"] == "wrong_unit_or_impossible" and "meters" in europe["explanation"]


def test_no_nearest_year_for_the_tourists(verdicts):
    russians = verdicts.loc["001-23"]
    assert russians["verdict"] == "unverifiable"  # 2009 is not recorded; 2011 is not 2009
    assert "Recorded nearby" in russians["explanation"] and "2011" in russians["explanation"]


def test_753_billion_of_investment_is_left_for_review(verdicts):
    row = verdicts.loc["001-12"]
    # impossible as read: the text may say so, or a scale word may have been misread
    assert row["verdict"] == "needs_review"
    assert "not the same quantity" in row["method"]
    assert "implausible magnitude" in row["explanation"]


def test_140_thousand_companies_is_unverifiable(verdicts):
    row = verdicts.loc["001-22"]
    assert row["verdict"] == "unverifiable"
    assert "nothing is estimated" in row["explanation"]


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


def test_targets_get_their_own_outcomes(verdicts):
    target = verdicts.loc["001-11"]
    assert target["verdict"] == "target_missed" and target["recorded_period"] == "2023"
    assert "goal or forecast" in target["explanation"]
    undated = verdicts.loc["001-20"]
    assert undated["verdict"] == "unverifiable" and "no deadline" in undated["explanation"]


def test_a_document_without_figures_gets_an_empty_report(records):
    verdicts = check_text("Relations are warm.", "none.txt", None, *records)
    assert verdicts.empty and verdicts.columns[0] == "claim_id"


def test_claims_about_unrecorded_indicators_are_unverifiable_not_errors(records):
    text = "Seventeen agreements were signed and the border runs some 900 km with Syria."
    verdicts = check_text(text, "x.txt", "2019-01-01", *records)
    assert set(verdicts["verdict"]) <= {"unverifiable", "needs_review"}


def test_claimreview_follows_schema_org(verdicts):
    reviews = claim_reviews(verdicts.reset_index(), load_documents())
    assert len(reviews) == len(verdicts)
    first = reviews[0]
    assert first["@type"] == "ClaimReview" and first["@context"] == "https://schema.org"
    assert first["url"].endswith("#000-01") and first["claimReviewed"]
    rating = first["reviewRating"]
    assert {"ratingValue", "bestRating", "worstRating", "alternateName"} <= set(rating)
    assert first["itemReviewed"]["@type"] == "Claim"
    assert first["itemReviewed"]["appearance"]["name"].startswith("Turkey between Russia")
    text_only = [
        r for r in reviews
        if r["reviewRating"]["alternateName"].startswith(("Unverifiable", "Target", "Needs"))
    ]  # fmt: skip
    assert text_only and all("ratingValue" not in r["reviewRating"] for r in text_only)
    assert any(r["reviewRating"]["alternateName"].startswith("Target missed") for r in reviews)


def test_claimreview_reviews_the_sentence_and_names_the_document(records):
    text = (
        "Source: https://example.org/a\nRelations grew. In June 2021 Turkey's imports from"
        " Russia were $2.3 billion, a record. More followed."
    )
    verdicts = check_text(text, "a.txt", "2021-09-01", *records)
    documents = load_documents().iloc[0:0]
    documents = pd.concat([documents, pd.DataFrame([{"document": "a.txt", "title": "A",
        "kind": "upload", "date": "2021-09-01", "date_note": ""}])])  # fmt: skip
    reviews = claim_reviews(verdicts, documents, addresses={"a.txt": "https://example.org/a"})
    assert reviews, "the figure was read"
    review = reviews[0]
    assert (
        review["claimReviewed"].startswith("In June 2021") and "record" in review["claimReviewed"]
    )
    appearance = review["itemReviewed"]["appearance"]
    assert appearance["url"] == "https://example.org/a" and appearance["datePublished"]


def test_claimreview_address_of_a_document_named_with_a_space_is_encoded(records):
    text = "In June 2021 Turkey's imports from Russia were $2.3 billion."
    verdicts = check_text(text, "pasted text", "2021-09-01", *records)
    documents = pd.DataFrame([{"document": "pasted text", "title": "pasted text",
        "kind": "upload", "date": "2021-09-01", "date_note": ""}])  # fmt: skip
    review = claim_reviews(verdicts, documents, base_url="https://ledger.example.org/reviews")[0]
    assert review["url"].startswith("https://ledger.example.org/reviews/pasted%20text#pasted%20")
    assert " " not in review["url"]


def test_two_views_of_a_change_differ_by_points(records):
    verdicts = check_text(
        "Trade between Russia and Turkey fell 40% last year.", "fall.txt", "2010-01-13", *records
    )
    row = verdicts.iloc[0]
    assert row["verdict"] == "accurate" and row["recorded_period"] == "2009 vs 2008"
    assert "percentage points" in row["explanation"]
    assert "% below this one" not in row["explanation"]
    assert "% above this one" not in row["explanation"]


def test_a_count_of_agreements_is_not_described_as_trade(records):
    verdicts = check_text(
        "Seventeen agreements were signed between Turkey and Russia in 2018.",
        "agreements.txt",
        None,
        *records,
    )
    explanation = verdicts.iloc[0]["explanation"]
    assert "agreements signed between" in explanation and "exports plus imports" not in explanation


def test_turnover_read_from_context_says_its_countries_were_inferred_not_a_direction(records):
    verdicts = check_text(
        "Relations between Ankara and Moscow are warm.\n\nTrade reached about $30 billion in 2021.",
        "turnover.txt",
        "2022-02-01",
        *records,
    )
    explanation = verdicts.iloc[0]["explanation"]
    assert "the two countries inferred" in explanation and "direction inferred" not in explanation


def test_claimreview_names_the_figure_when_a_sentence_holds_several(records):
    text = "In 2021 Turkey's exports to Russia were $5.8 billion and imports $29 billion."
    verdicts = check_text(text, "b.txt", "2022-03-01", *records)
    documents = pd.DataFrame([{"document": "b.txt", "title": "B", "kind": "upload",
        "date": "2022-03-01", "date_note": ""}])  # fmt: skip
    reviewed = [r["claimReviewed"] for r in claim_reviews(verdicts, documents)]
    assert len(reviewed) == 2 and len(set(reviewed)) == 2
    assert all(r.startswith("In 2021 Turkey's exports") for r in reviewed)
    assert any("“$5.8 billion”" in r for r in reviewed)


def test_a_share_off_the_record_gives_points_and_the_relative_gap_the_scale_weighs(records):
    verdicts = check_text(
        "Russia supplied 45% of Turkey's gas imports in 2020.", "share.txt", "2021-06-01", *records
    )
    row = verdicts.iloc[0]
    assert row["verdict"] in ("exaggerated", "wrong")
    gap = re.search(
        r"([\d.]+) percentage points above it, ([\d.]+)% more than the record", row["explanation"]
    )
    assert gap, row["explanation"]
    points, relative = float(gap.group(1)), float(gap.group(2))
    recorded = float(row["recorded_value"])
    assert abs(points - (45 - recorded)) < 0.06
    assert abs(relative - 100 * (45 - recorded) / recorded) < 0.06
