"""Investment figures of a part the records keep apart (sentences of our own, in the style of
working papers and business dailies): mutual investments counting both directions, matched in
either order of the pair, and a count of the firms set up in a year, not every firm there."""

from tests.factcheck.sentences import checked_figure, read_figure

MUTUAL = "mutual (both directions)"
NEW_FIRMS = "newly registered in the year"


def test_mutual_investments_are_both_directions():
    row = read_figure(
        "Russian investment in Turkey exceeds $9 bn, and mutual investments exceed $18 bn.",
        "$18 bn",
        "2024-10-10",
    )
    assert (row["indicator"], row["breakdown"]) == ("investment_stock", MUTUAL)


def test_one_sides_investment_is_not_mutual():
    row = read_figure(
        "Russian investment in Turkey exceeds $9 bn, and mutual investments exceed $18 bn.",
        "$9 bn",
        "2024-10-10",
    )
    assert (row["indicator"], row["breakdown"]) == ("investment_stock", "")


def test_mutual_investments_are_checked_whichever_country_is_named_first(snapshot):
    # page-7119a0ddb7: mutual investments approaching $20 billion, 2019 (recorded RUS, TUR)
    for text in (
        "Mutual investments between Turkey and Russia were about $20 billion in 2019.",
        "Mutual investments between Russia and Turkey were about $20 billion in 2019.",
    ):
        row = checked_figure(snapshot, text, "$20 billion", "2024-10-10")
        assert row["verdict"] == "accurate", row["explanation"]


def test_firms_set_up_in_a_year_are_the_years_new_firms():
    for text in (
        "In 2022 alone, 1,200 new companies with Russian capital were set up in Turkey.",
        "In 2022, 1,200 companies with Russian capital were registered in Turkey.",
    ):
        row = read_figure(text, "1,200", "2024-10-10")
        assert (row["indicator"], row["breakdown"]) == ("firms_with_partner_capital", NEW_FIRMS)


def test_firms_registered_there_as_a_stock_are_every_firm():
    row = read_figure(
        "The number of companies with Russian capital registered in Turkey stood at 1,900 in 2016.",
        "1,900",
        "2024-10-10",
    )
    assert (row["indicator"], row["breakdown"]) == ("firms_with_partner_capital", "")


def test_the_years_new_firms_are_checked_against_that_count(snapshot):
    # TOBB via RT: 1,363 firms with Russian capital newly registered in 2022
    row = checked_figure(
        snapshot,
        "In 2022, 1,363 companies with Russian capital were registered in Turkey.",
        "1,363",
        "2024-10-10",
    )
    assert row["verdict"] == "accurate", row["explanation"]


def test_a_count_of_firms_counts_no_goods_whatever_trade_word_its_sentence_holds():
    row = read_figure(
        "In 2022, 1,200 companies with Russian capital were registered in Turkey, according to "
        "the Union of Chambers and Commodity Exchanges of Turkey.",
        "1,200",
        "2024-10-10",
    )
    assert (row["product"], row["breakdown"]) == ("none", NEW_FIRMS)


def test_a_plants_expected_cost_and_units_are_its_design_not_a_goal():
    text = (
        "The Akkuyu nuclear power plant, built by Rosatom, will have four units and is "
        "expected to cost about $20 billion."
    )
    for which, indicator in (("four units", "power_plant_units"), ("$20", "power_plant_cost")):
        row = read_figure(text, which, "2025-06-01")
        assert (row["indicator"], row["measure"]) == (indicator, "level"), which


def test_a_plant_figure_with_a_deadline_stays_a_goal():
    row = read_figure(
        "Turkey aims to build 20,000 MW of nuclear capacity by 2050.", "20,000 MW", "2025-06-01"
    )
    assert (row["measure"], row["period"]) == ("target", "2050")
