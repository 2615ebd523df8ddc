"""The claim extractor: spellings it must read, text it must skip, and its score on the registry."""

import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.documents import load_claims, load_documents
from factcheck.extraction import extract_claims


def only(text: str, **kwargs) -> pd.Series:
    claims = extract_claims(text, **kwargs)
    assert len(claims) == 1, claims[["quote", "indicator"]].to_dict("records")
    return claims.iloc[0]


@pytest.mark.parametrize(
    ("text", "value", "high"),
    [
        ("Trade reached $30 billion.", 30e9, None),
        ("Russian investment has reached $ 753 billion.", 753e9, None),
        ("Trade amounted to 33 billion dollars annually.", 33e9, None),
        ("They signed a $3.2-bln trade deal.", 3.2e9, None),
        ("Exports were USD 1.2bn last year.", 1.2e9, None),
        ("Trade was $30–33B in turnover.", 31.5e9, 33e9),
        ("Trade was worth 4,500 million US dollars.", 4.5e9, None),
    ],
)
def test_currency_amounts_in_common_spellings(text, value, high):
    claim = only(text)
    assert claim["unit"] == "USD"
    assert claim["value"] == pytest.approx(value)
    assert claim["indicator"] in ("merchandise_trade", "investment_stock")
    if high is None:
        assert claim["comparator"] == "exact"
    else:
        assert (claim["comparator"], claim["value_high"]) == ("range", pytest.approx(high))


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("Russia supplies 70% of the natural gas Turkey imports.", 70, "gas_import_share"),
        ("Russia provides 12 percent of oil imports.", 12, "oil_import_share"),
        ("Russians were 19 per cent of tourists.", 19, "visitor_arrivals_share"),
    ],
)
def test_percentages(text, value, indicator):
    claim = only(text)
    assert (claim["value"], claim["unit"], claim["indicator"]) == (value, "percent", indicator)


@pytest.mark.parametrize(
    ("text", "value", "unit", "indicator"),
    [
        ("About 5 million Russian tourists came.", 5e6, "persons", "visitor_arrivals_foreign"),
        ("There are 140 thousand companies from Turkey.", 140e3, "count", None),
        ("Seventeen agreements were signed.", 17, "count", "agreements_signed"),
        ("The pipeline has four lines.", 4, "count", "pipeline_strings"),
    ],
)
def test_counts_with_scale_words_and_number_words(text, value, unit, indicator):
    claim = only(text)
    assert (claim["value"], claim["unit"]) == (value, unit)
    if indicator:
        assert claim["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "value", "unit", "flag"),
    [
        ("The pipeline carries 15.75 billion cubic meters a year.", 15.75, "bcm_per_year", ""),
        ("Imports from Russia were 24 bcm.", 24, "bcm", ""),
        ("Imports from Russia were 16 bln cu m.", 16, "bcm", ""),
        ("The line carries 15.75 billion square meters.", 15.75, "bcm_per_year", "area unit"),
        ("The pipeline carries 50 billion meters.", 50, "bcm_per_year", "length unit"),
    ],
)
def test_gas_volumes_and_suspicious_units(text, value, unit, flag):
    claim = only(text)
    assert (claim["value"], claim["unit"]) == (pytest.approx(value), unit)
    assert flag in claim["flag"] and bool(flag) == bool(claim["flag"])


@pytest.mark.parametrize(
    ("text", "comparator", "low", "high"),
    [
        ("Trade reached about $30 billion.", "approx", 27e9, 33e9),
        ("Trade reached almost $30 billion.", "approx", 27e9, 30e9),
        ("Trade reached nearly $30 billion.", "approx", 27e9, 30e9),
        ("Trade reached more than $30 billion.", "at_least", 30e9, None),
        ("Trade exceeded $30 billion.", "at_least", 30e9, None),
        ("Trade reached up to $30 billion.", "at_most", None, 30e9),
    ],
)
def test_hedges_set_the_comparator_and_band(text, comparator, low, high):
    claim = only(text)
    assert claim["comparator"] == comparator
    hedge = text.removeprefix("Trade reached ").removeprefix("Trade ").split(" $")[0]
    assert claim["quote"] == f"{hedge} $30 billion"  # the quote holds the hedge
    for column, expected in (("value_low", low), ("value_high", high)):
        if expected is None:
            assert math.isnan(claim[column])
        else:
            assert claim[column] == pytest.approx(expected)


def test_periods_stated_and_relative():
    assert only("Trade reached $30 billion in 2021.")["period"] == "2021"
    claim = only("Trade reached $30 billion last year.", document_date="2022-02-01")
    assert (claim["period"], claim["period_basis"]) == ("2021", "relative")
    undated = only("Trade reached $30 billion.")
    assert (undated["period"], undated["period_basis"]) == ("", "unknown")
    dated = only("Trade reached $30 billion.", document_date="2019-05-01")
    assert (dated["period"], dated["period_basis"]) == ("2018", "document_date")


def test_a_citation_after_the_figure_dates_it():
    claim = only("Trade reached $33 billion annually (Mahmoud, 2014, p. 10).")
    assert (claim["period"], claim["period_basis"]) == ("2013", "cited_source")
    assert "Mahmoud" in claim["period_note"]


def test_targets_are_labelled_with_their_deadline():
    claim = only("The government expects trade to reach 100 billion dollars by 2023.")
    assert (claim["comparator"], claim["period"]) == ("target", "2023")
    claims = extract_claims("They seek to raise trade to $100 billion instead of $40 billion.")
    assert list(claims["comparator"]) == ["target", "exact"]


@pytest.mark.parametrize(
    ("text", "value", "indicator", "reporter", "partner"),
    [
        ("Turkey is the seventh largest trade partner of Russia.", 7, "merchandise_trade_rank",
         "RUS", "TUR"),
        ("Russia ranks second among Turkey's main trading partners.", 2,
         "merchandise_trade_rank", "TUR", "RUS"),
        ("Turkey is the first destination for Russian tourists.", 1,
         "outbound_destination_rank", "RUS", "TUR"),
        ("Turkey is the 2nd largest export market for Gazprom.", 2, "gas_customer_rank",
         "RUS", "TUR"),
    ],
)  # fmt: skip
def test_ranks(text, value, indicator, reporter, partner):
    claim = only(text)
    assert (claim["value"], claim["unit"], claim["indicator"]) == (value, "rank", indicator)
    assert (claim["reporter"], claim["partner"]) == (reporter, partner)


def test_implausible_magnitudes_are_flagged_not_dropped():
    claim = only("Russian direct investment in Turkey has reached $753 billion.")
    assert claim["flag"].startswith("implausible magnitude")
    assert "over 100" not in only("Russia supplies 120% of Turkey's gas.")["flag"]
    assert "impossible" in only("Russia supplies 120% of Turkey's gas.")["flag"]


@pytest.mark.parametrize(
    "text",
    [
        "6.1. The First Motive: the Russian Vision of the West",
        "the Syrian regime politically.( Zidan, , 2013, p. 296)",
        "(Erdogan /2016, at: http://bit.ly/2a8t5VV)",
        "as the project shows.(2) Ibid., P. 287",
        "On April 10, 2021, the presidents met. The two countries signed in 2016.",
        "Turkey's first telecommunications satellite was launched in February 2014.",
        "Three days later, on July 19, Obama spoke. The S-400 and F-35 deals.",
        "Q 1: How can Turkey balance relations? The 21st century began.",
    ],
)
def test_what_is_not_a_claim_is_skipped(text):
    assert extract_claims(text).empty


def test_every_quote_slices_back_from_the_text():
    text = "Trade reached about $30 billion in 2021, and 5 million Russian tourists came."
    for claim in extract_claims(text).itertuples():
        assert text[claim.start : claim.end] == claim.quote


def _score(claims: pd.DataFrame, found: pd.DataFrame) -> tuple[int, int, int]:
    """(registry claims matched, extracted rows, extracted rows that are registry claims)."""
    matched = 0
    for claim in claims.itertuples():
        overlapping = found[(found["start"] < claim.end) & (claim.start < found["end"])]
        if any(
            math.isclose(row.value, claim.value, rel_tol=1e-9)
            and row.unit == claim.unit
            and row.comparator == claim.comparator
            for row in overlapping.itertuples()
        ):
            matched += 1
    true_rows = sum(
        bool(((claims["start"] < row.end) & (row.start < claims["end"])).any())
        for row in found.itertuples()
    )
    return matched, len(found), true_rows


def test_extractor_recall_and_precision_on_the_registry(documents_dir):
    registry = load_claims()
    documents = load_documents().set_index("document")
    total = found_total = true_total = claim_total = 0
    for name, claims in registry.groupby("document"):
        text = (documents_dir / name).read_text(encoding="utf-8")
        found = extract_claims(text, name, documents.loc[name, "date"])
        matched, reported, true_rows = _score(claims, found)
        print(
            f"{name}: {matched}/{len(claims)} registry claims found with value, unit and"
            f" comparator right; {reported - true_rows}/{reported} reported rows not claims"
        )
        total += matched
        claim_total += len(claims)
        found_total += reported
        true_total += true_rows
    recall = total / claim_total
    false_share = 1 - true_total / found_total
    print(f"recall {recall:.1%}, not-a-claim share {false_share:.1%}")
    assert recall >= 0.95
    assert false_share <= 0.10


def test_periods_agree_with_the_registry(documents_dir):
    """Same rules, same answers: the extractor dates figures as the registry does."""
    registry = load_claims()
    documents = load_documents().set_index("document")
    agree = 0
    for name, claims in registry.groupby("document"):
        text = (documents_dir / name).read_text(encoding="utf-8")
        found = extract_claims(text, name, documents.loc[name, "date"])
        for claim in claims.itertuples():
            rows = found[(found["start"] < claim.end) & (claim.start < found["end"])]
            agree += any(r.period == claim.period for r in rows.itertuples())
    print(f"periods agree on {agree}/{len(registry)}")
    assert agree >= 0.9 * len(registry)


PIECES = [
    *"0123456789 .,-–$%()\n",
    "billion", " about ", " more than ", "bcm", " in 2021", " tourists", " percent", "Turkey",
    "Russia", "’s", "th ", " place", "(Smith, 2014)", " by 2023", "seventeen ", " square meters",
]  # fmt: skip
NUMBERISH = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=500), NUMBERISH))
def test_never_crashes_and_offsets_always_slice_back(text):
    claims = extract_claims(text, document_date="2020-01-01")
    for claim in claims.itertuples():
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.quote
        assert math.isfinite(claim.value)


def test_output_meets_the_claim_schema(documents_dir):
    from validation import validate_table
    from validation.claims import Claim

    text = (documents_dir / "001_fe85a3937e20be47.txt").read_text(encoding="utf-8")
    validate_table(Claim, extract_claims(text, "001.txt", "2019"), "extracted claims")
    validate_table(Claim, extract_claims("No figures here."), "empty")
