"""Two readings carried from the sentences before: a goal's deadline dates no later figure,
and 'the two countries' are two countries even after a count of every nationality."""

from tests.factcheck.sentences import fields, read_figure

DATE = "2015-02-10"


def test_a_goals_deadline_does_not_date_the_next_sentence():
    text = (
        "Trade is flat, far short of the $50 billion trade goal that the presidents fixed for "
        "2023. Turkish sales to Russia were $5.9 billion, while purchases from Russia came to "
        "$25.3 billion."
    )
    for which in ("5.9", "25.3"):
        row = read_figure(text, which, DATE)
        assert row["period"] != "2023", row["period_note"]
    assert read_figure(text, "$50 billion", DATE)["period"] == "2023"


def test_a_year_named_in_the_sentence_before_still_dates_a_figure():
    text = "Trade with Russia slowed in 2012. Turkish sales to Russia were $6.7 billion."
    assert read_figure(text, "6.7", DATE)["period"] == "2012"


def test_the_two_countries_after_a_count_of_all_visitors_are_the_pair():
    text = (
        "Some 3.6 million Russian tourists came in 2012. Overall, Turkey welcomed 31.8 million "
        "foreign visitors that year, up 3 percent.\n\nTrade between the two countries, by "
        "contrast, hovered near $34 billion."
    )
    row = read_figure(text, "34", DATE)
    assert fields(row, "flow") == ("total",)
    assert {row["reporter"], row["partner"]} == {"TUR", "RUS"}
