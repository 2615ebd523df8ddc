"""A reader's corrections applied to a claim frame, and said back in words."""

import pandas as pd

from dashboard.corrections import corrected, correction_words


def _claim(**fields) -> pd.Series:
    base = dict(
        claim_id="pasted text-x001", period="2023-01/2023-07", period_granularity="month_range",
        period_basis="inferred", period_note="January to July, from 'in the first seven months'",
        base_period="2022-01/2022-07", reporter="TUR", partner="RUS", unit="USD",
        measure="level", reading_notes="period_inferred;direction_inferred;value_ambiguous",
        note="",
    )  # fmt: skip
    return pd.Series(base | fields)


def test_a_corrected_period_replaces_the_readers_note_on_it():
    claim = corrected(_claim(), {"period": "2023"})
    assert (claim["period"], claim["period_granularity"], claim["period_basis"]) == (
        "2023",
        "year",
        "stated",
    )
    assert claim["period_note"] == "set by the reader: 2023"
    assert claim["reading_notes"] == "direction_inferred;value_ambiguous"
    assert claim["note"].startswith("corrected by the reader")


def test_a_confirmed_reading_clears_what_was_inferred_but_not_an_unsure_value():
    claim = corrected(_claim(), {"confirmed": "yes"})
    assert claim["reading_notes"] == "value_ambiguous"
    assert claim["period"] == "2023-01/2023-07"  # nothing else changes


def test_corrections_in_words():
    words = correction_words({"period": "2023", "direction": "reversed", "confirmed": "yes"})
    assert words == "period 2023; direction reversed; reading confirmed"
