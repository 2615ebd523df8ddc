"""A country a flow crosses ("through Ukraine", "via Georgia") is neither its seller nor its
buyer."""

import pytest

from tests.factcheck.sentences import read_figure


@pytest.mark.parametrize("word", ["through", "via", "across"])
def test_a_country_crossed_is_no_side_of_the_flow(word):
    text = f"Deliveries of Russian gas {word} Ukraine to Europe fell to 2.65 bcm in January 2020."
    row = read_figure(text, "2.65", "2020-03-01")
    assert "UKR" not in (row["reporter"], row["partner"])
    assert "RUS" in (row["reporter"], row["partner"])


def test_a_country_named_as_the_source_is_still_the_seller():
    row = read_figure("Turkey imported 21.3 bcm of gas from Russia in 2023.", "21.3", "2024-03-01")
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "RUS", "import")
