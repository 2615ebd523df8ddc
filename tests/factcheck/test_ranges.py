"""Figures written as a range, in sentences of our own: both ends are read, and a goal or
forecast written as a range is reached at its bottom."""

import datetime as dt

import pandas as pd
import pytest

from factcheck import check_claims
from factcheck.extraction import extract_claims


def one(text: str, date: str = "2024-01-31") -> dict:
    claims = extract_claims(text, "t.txt", date)
    assert len(claims) == 1, claims[["quote", "value"]].to_dict("records")
    return claims.iloc[0].to_dict()


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # The scale word is written once, after the top of the range.
        ("Between 6 and 7 million Russians will visit Turkey in 2024.", 6e6, 7e6),
        ("Officials expect between 6.5 and 7 million Russian visitors in 2024.", 6.5e6, 7e6),
        # A counted noun after a range written with 'to' or a dash.
        ("Turkey aims to attract 6.5 to 7 million Russian tourists by 2024.", 6.5e6, 7e6),
        ("Some 6-7 million Russian tourists visited Turkey in 2023.", 6e6, 7e6),
        ("Between 1,200 and 1,500 Russian firms operate in Turkey.", 1200, 1500),
    ],
)
def test_both_ends_of_a_range_are_read(text, low, high):
    row = one(text)
    assert (row["value_low"], row["value_high"]) == (low, high)


def test_a_single_count_is_not_a_range():
    row = one("Turkey received 4.7 million Russian tourists in 2021.")
    assert row["value_low"] == row["value_high"] == 4.7e6


def _target_verdict(low: float, high: float, recorded: float, snapshot) -> dict:
    """A forecast of Russian arrivals for 2024 written as a range, checked against one
    official release of `recorded` (a copy of the snapshot's records with that row added)."""
    observations, sources = snapshot
    arrivals = observations[observations["indicator"] == "visitor_arrivals_foreign"]
    text = (
        f"Officials expect between {low:g} and {high:g} million Russian visitors to Turkey in 2024."
    )
    claims = extract_claims(text, "t.txt", "2024-01-31")
    row = {
        "indicator": "visitor_arrivals_foreign", "reporter": "TUR", "partner": "RUS",
        "flow": "arrivals", "product": "none", "breakdown": "", "period": "2024",
        "period_type": "year", "value": recorded, "unit": "persons", "qualifier": "exact",
        "source_id": arrivals["source_id"].iloc[0], "vintage": "test", "tier": "official_release",
        "preferred": True, "note": "",
    }  # fmt: skip
    records = observations[observations["indicator"] != "visitor_arrivals_foreign"]
    records = pd.concat([records, pd.DataFrame([row])[observations.columns]], ignore_index=True)
    verdicts = check_claims(claims, records, sources, today=dt.date(2026, 1, 15))
    assert len(verdicts) == 1
    return verdicts.iloc[0].to_dict()


def test_a_ranged_forecast_is_met_inside_its_range(snapshot):
    verdict = _target_verdict(6.5, 7, 6.7e6, snapshot)
    assert verdict["verdict"] == "target_met"
    assert "within or above its range" in verdict["explanation"]


def test_a_ranged_forecast_is_missed_below_its_bottom(snapshot):
    verdict = _target_verdict(6.5, 7, 6.0e6, snapshot)
    assert verdict["verdict"] == "target_missed"
    assert "bottom of its range" in verdict["explanation"]
