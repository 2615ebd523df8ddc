"""Tourism and trade sentences of our own (none from the development corpus) that the reader
misread: whose figure it is, whether it counts people or dollars, and what is a forecast."""

from tests.factcheck.test_trade_reading import frame


def test_people_who_visited_or_travelled_are_tourists_not_dollars():
    text = "Around 6 million Germans visited Spain in 2018, the statistics office said."
    row = frame(text, "6 million", "2019-03-01")
    assert (row["indicator"], row["unit"]) == ("visitor_arrivals_foreign", "persons")
    other = "Some 2.5 million Ukrainians travelled to Turkey in 2017."
    row = frame(other, "2.5 million", "2018-03-01")
    assert (row["indicator"], row["unit"]) == ("visitor_arrivals_foreign", "persons")
    # A visit by an official is no tourism: the money figure is still trade.
    money = "Putin visited Ankara in 2017, when turnover reached $22 billion."
    assert frame(money, "$22 billion", "2018-03-01")["indicator"] == "merchandise_trade"


def test_an_expected_number_with_more_than_is_a_forecast():
    text = "Hoteliers expect more than 9 million Russian tourists this season."
    row = frame(text, "9 million", "2021-05-01")
    assert row["measure"] == "target"
    trade = "Analysts expect more than $30 billion in trade this year."
    assert frame(trade, "$30 billion", "2021-05-01")["measure"] == "target"
