"""'Last year' counts from the document's date: without one, the period is unknown (never the
year of the sentence before), so no verdict is given on it."""

import pytest

from tests.factcheck.sentences import checked_figure, read_figure

OPENING = "Turkey's exports to Russia reached $7 billion in 2013, the exporters said. "


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Last year Turkey imported goods worth $58.9 billion from Russia.", "$58.9"),
        ("Turkey's imports from Russia came to $58.9 billion two years ago.", "$58.9"),
        ("Last month Turkey imported goods worth $5.2 billion from Russia.", "$5.2"),
    ],
)
def test_without_a_date_a_relative_period_is_unknown(sentence, figure):
    row = read_figure(OPENING + sentence, figure, None)
    assert (row["period"], row["period_basis"]) == ("", "unknown")
    assert "the document's date is not known" in row["period_note"]


def test_with_a_date_it_counts_from_the_date():
    row = read_figure(
        OPENING + "Last year Turkey imported goods worth $58.9 billion from Russia.",
        "$58.9",
        "2023-03-14",
    )
    assert (row["period"], row["period_basis"]) == ("2022", "relative")


def test_the_undated_figure_gets_no_verdict_and_says_why(snapshot):
    text = OPENING + "Last year Turkey imported goods worth $58.9 billion from Russia."
    row = checked_figure(snapshot, text, "$58.9", None)
    assert row["verdict"] == "unverifiable"
    assert "give the document's date" in row["explanation"]
