"""Sentences of our own: 'Total imports rose to $363.7 billion', said with no country in its
clause after sentences on trade with Russia, is the total with every partner of the country
the text is about (a guess: no negative verdict rests on it), not trade with Russia."""

import pytest

from tests.factcheck.sentences import read_figure, reading_notes

BEFORE = "Turkey imported $58.85 billion of goods from Russia in 2022. "


@pytest.mark.parametrize(
    ("sentence", "which", "flow"),
    [
        ("Total imports rose to $363.7 billion while exports stood at $254.2 billion.", "363.7",
         "import"),
        ("Overall exports reached $254.2 billion in 2022.", "254.2", "export"),
        ("Aggregate imports hit a record $363.7 billion last year.", "363.7", "import"),
        ("Total gas imports were 54.7 billion cubic meters in 2022.", "54.7", "import"),
    ],
)  # fmt: skip
def test_a_total_flow_naming_no_country_is_with_every_partner(sentence, which, flow):
    row = read_figure(BEFORE + sentence, which, "2023-03-01")
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "WLD", flow)
    assert "direction_inferred" in reading_notes(row)


@pytest.mark.parametrize(
    "sentence",
    [
        "Total exports to Russia rose to $9.3 billion.",
        "Total imports from Russia hit $58.9 billion.",
    ],
)
def test_a_total_flow_with_its_partner_named_keeps_it(sentence):
    figure = "9.3" if "9.3" in sentence else "58.9"
    assert read_figure(BEFORE + sentence, figure, "2023-03-01")["partner"] == "RUS"
