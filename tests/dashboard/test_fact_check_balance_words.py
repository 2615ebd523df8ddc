"""A trade balance's sides in words on the Check an article page: whose balance, with whom."""

import pandas as pd

from dashboard.claim_view import sides_words


def test_a_balance_is_said_as_its_owners_balance_with_the_partner():
    claim = pd.Series({"reporter": "TUR", "partner": "RUS", "flow": "balance"})
    words = sides_words(claim)
    assert words.startswith("Türkiye's balance with Russia") or words.startswith(
        "Turkey's balance with Russia"
    )
    assert "minus" in words and "→" not in words
