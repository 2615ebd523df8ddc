"""Energy sentences of our own (gas, oil, pipelines, nuclear) that the reader once misread.

Each test names the construction; none of these sentences comes from the development corpus.
"""

from factcheck.extraction import extract_claims


def frame(text: str, which: str, date: str = "2022-03-15") -> dict:
    claims = extract_claims(text, "t.txt", date)
    claims = claims[claims["quote"].str.contains(which, regex=False)]
    assert len(claims) == 1, claims[["quote", "measure", "indicator"]].to_dict("records")
    return claims.iloc[0].to_dict()


def fields(row: dict, *names: str) -> tuple:
    return tuple(row[name] for name in names)


# --- periods: a comparison base dates only itself ------------------------------------------


def test_a_year_earlier_after_a_base_value_dates_the_base_not_the_figure():
    text = (
        "Gas purchases from Russia reached 24 bcm in 2021. Russia's share of Turkey's gas "
        "imports rose to about 41% from roughly a quarter a year earlier, the data showed."
    )
    assert frame(text, "41%")["period"] == "2021"


def test_a_figure_after_a_comparison_base_takes_the_sentences_period_not_the_bases():
    text = (
        "Turkey imported 47 bcm of gas in 2021. LNG made up 26% of the total, down from 31% in "
        "2020, with Qatar the top LNG supplier at 3.9 bcm."
    )
    assert frame(text, "3.9")["period"] == "2021"


def test_than_in_the_same_month_of_a_year_is_a_base():
    text = (
        "In February this year, Turkey imported 4.8 bcm of gas, 9% less than in the same "
        "month of 2021, with Russia supplying 2.1 bcm."
    )
    change, level = frame(text, "9%"), frame(text, "2.1")
    assert fields(change, "period", "base_period") == ("2022-02", "2021-02")
    assert level["period"] == "2022-02"
