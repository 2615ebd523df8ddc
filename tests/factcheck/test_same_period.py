"""A bare "the same period" after a figure's verb is the period just named; only after a word
of comparison ("than in the same period") is it the year before."""

import pytest

from tests.factcheck.sentences import read_figure

FIRST = "Turkey's imports from Russia fell 12 percent in the first half of 2019 to $10.2 billion."


@pytest.mark.parametrize(
    "second, which",
    [
        ("Exports to Russia rose 9 percent to $1.9 billion over the same period.", "1.9"),
        ("Over the same period, exports to Russia climbed to $1.9 billion.", "1.9"),
        ("Exports to Russia reached $1.9 billion during the same period.", "1.9"),
    ],
)
def test_the_same_period_is_the_period_just_named(second, which):
    row = read_figure(f"{FIRST} {second}", which, "2019-07-31")
    assert row["period"] == "2019-01/2019-06"


def test_compared_with_the_same_period_is_the_year_before():
    text = f"{FIRST} Exports to Russia rose 9 percent compared with the same period."
    row = read_figure(text, "9 percent", "2019-07-31")
    assert (row["period"], row["base_period"]) == ("2019-01/2019-06", "2018-01/2018-06")
