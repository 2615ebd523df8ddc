"""The claims registry: valid, complete for the headline figures, and true to the documents."""

import shutil

import pandas as pd
import pytest

from factcheck.documents import load_claims, load_documents
from loaders.snapshot import REPO_DATASETS
from validation import DatasetError


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return load_claims()


def test_registry_covers_both_documents(claims):
    documents = set(load_documents()["document"])
    assert set(claims["document"]) == documents
    assert claims.groupby("document").size().to_dict() == {
        "000_198eaa820f0c1562.txt": 1,
        "001_fe85a3937e20be47.txt": 25,
    }


def test_every_quote_matches_its_document_at_its_offsets(claims, documents_dir):
    for claim in claims.itertuples():
        text = (documents_dir / claim.document).read_text(encoding="utf-8")
        assert text[claim.start : claim.end] == claim.quote, claim.claim_id


@pytest.mark.parametrize(
    ("needle", "value", "unit", "comparator", "indicator"),
    [
        ("about $30 billion in 2021", 30e9, "USD", "approx", "merchandise_trade"),
        ("33 billion dollars annually", 33e9, "USD", "exact", "merchandise_trade"),
        ("70% of the natural gas", 70, "percent", "exact", "gas_import_share"),
        ("about 12 percent of oil", 12, "percent", "approx", "oil_import_share"),
        ("with four lines", 4, "count", "exact", "pipeline_strings"),
        ("15.75 billion square meters", 15.75, "bcm_per_year", "exact", "pipeline_capacity"),
        ("50 billion meters", 50, "bcm_per_year", "exact", "pipeline_capacity"),
        ("more than 5 million tourists", 5e6, "persons", "at_least", "visitor_arrivals_foreign"),
        ("36 million tourists", 36e6, "persons", "exact", "visitor_arrivals_foreign"),
        ("$ 753", 753e9, "USD", "exact", "investment_stock"),
        ("140 thousand companies", 140e3, "count", "at_least", "firms_with_partner_capital"),
        ("ranks second", 2, "rank", "exact", "merchandise_trade_rank"),
        ("seventh largest trade partner", 7, "rank", "exact", "merchandise_trade_rank"),
        ("100 billion by 2023", 100e9, "USD", "target", "merchandise_trade"),
    ],
)
def test_headline_claims_are_read_as_written(claims, needle, value, unit, comparator, indicator):
    flat = claims["quote"].str.split().str.join(" ")
    match = claims[flat.str.contains(needle, regex=False)]
    assert len(match) == 1, needle
    claim = match.iloc[0]
    assert (claim["value"], claim["unit"]) == (value, unit)
    assert (claim["comparator"], claim["indicator"]) == (comparator, indicator)


def test_odd_units_and_magnitudes_carry_a_flag(claims):
    flagged = claims.set_index(claims["quote"].str.split().str.join(" "))["flag"]
    assert "area unit" in flagged["One of them is 15.75 billion square meters"]
    assert "length unit" in flagged["The other 50 billion meters from Turkey to Greece"]
    assert "implausible" in flagged["Russian direct investment in Turkey has reached $ 753 billion"]


def test_undated_claims_say_where_their_period_came_from(claims):
    inferred = claims[claims["period_basis"] != "stated"]
    assert (inferred["period_note"] != "").all()
    cited = claims[claims["period_basis"] == "cited_source"]
    assert cited["period_note"].str.contains(r"\(").all()  # names the citation


def _claims_with(tmp_path, row: int, column: str, value: str):
    """A copy of datasets/ whose claims.csv has one cell changed; returns its folder."""
    root = tmp_path / "datasets"
    shutil.copytree(REPO_DATASETS, root)
    frame = pd.read_csv(root / "claims.csv", dtype=str, keep_default_na=False)
    frame.loc[row, column] = value
    frame.to_csv(root / "claims.csv", index=False)
    return root


def test_a_quote_that_does_not_fit_its_span_is_named(tmp_path):
    end = int(load_claims().loc[3, "end"])
    root = _claims_with(tmp_path, 3, "end", str(end + 5))
    with pytest.raises(DatasetError, match=r"claims\.csv.*\n.*quote length equals end - start"):
        load_claims(root)


def test_a_claim_from_an_unlisted_document_is_refused(tmp_path):
    root = _claims_with(tmp_path, 0, "document", "unknown.txt")
    with pytest.raises(DatasetError, match=r"unknown\.txt.*not listed in documents\.csv"):
        load_claims(root)


def test_a_bad_number_names_its_line(tmp_path):
    root = _claims_with(tmp_path, 4, "value_low", "lots")
    with pytest.raises(DatasetError, match=r"claims\.csv line 6: column 'value_low'"):
        load_claims(root)
