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


def test_a_province_or_citys_figure_is_not_the_countrys():
    hosted = "Antalya hosted 3.5 million Russian tourists in 2019, the provincial directorate said."
    assert frame(hosted, "3.5 million")["breakdown"] == "sub-national: Antalya"
    aside = (
        "Antalya, on the Mediterranean coast, attracted about 2.9 million Russians in 2018,"
        " nearly a third of all foreign visitors to the resort province."
    )
    assert frame(aside, "2.9 million")["breakdown"] == "sub-national: Antalya"
    assert frame(aside, "a third")["breakdown"].startswith("sub-national: ")
    both = (
        "Some 1.1 million Russians holidayed in Bodrum in 2019, while Türkiye welcomed 7 million."
    )
    assert frame(both, "1.1 million")["breakdown"] == "sub-national: Bodrum"
    assert frame(both, "7 million")["breakdown"] == ""  # the country's, after it is named
    port = "Exports from Mersin province to Russia rose to $400 million in 2019."
    assert frame(port, "$400 million")["breakdown"] == "sub-national: Mersin"
    # A place where someone speaks is not where the figure was counted.
    said = "Russia's consul general in Istanbul said 6 million Russian tourists came in 2018."
    assert frame(said, "6 million")["breakdown"] == ""
