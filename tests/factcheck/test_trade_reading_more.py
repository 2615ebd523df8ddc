"""More trade, tourism and investment sentences of our own that the reader misread (none
comes from the development corpus): whose figure it is, where it was counted, and when."""

from tests.factcheck.test_trade_reading import frame


def test_a_base_after_in_the_same_period_a_year_earlier_is_dated_a_year_back():
    text = (
        "Turkish exports to Russia totalled $4.1 billion in January-June 2021, compared with"
        " $3.2 billion in the same period a year earlier."
    )
    assert frame(text, "$4.1 billion", "2021-08-01")["period"] == "2021-01/2021-06"
    assert frame(text, "$3.2 billion", "2021-08-01")["period"] == "2020-01/2020-06"
    other = (
        "Imports from Russia rose to $2.9 billion in May 2019, against $2.4 billion in the same"
        " month last year."
    )
    assert frame(other, "$2.4 billion", "2019-07-01")["period"] == "2018-05"


def test_so_called_goods_are_the_goods_and_their_base_is_the_same_goods():
    text = (
        'Turkish exports of so-called "critical" components to Russia reached $250 million in'
        " the first quarter of 2023, up from $60 million a year earlier."
    )
    level = frame(text, "$250 million", "2023-06-01")
    assert level["breakdown"] == "critical components"
    base = frame(text, "$60 million", "2023-06-01")
    assert (base["product"], base["breakdown"]) == ("", "critical components")
    assert base["period"] == "2022-01/2022-03"
    other = (
        "Exports of machinery to Russia were $1.2 billion in 2022, compared with $700 million"
        " in 2021."
    )
    assert frame(other, "$700 million", "2023-06-01")["breakdown"] == "machinery"
