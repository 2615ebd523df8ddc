"""A year that names the level a figure is measured against ('double the 2021 level') is a
yardstick, not the figure's period; sentences of our own."""

import pytest

from tests.factcheck.sentences import read_figure


def read(text: str, which: str, date: str = "2023-04-04") -> dict:
    return read_figure(text, which, date)


@pytest.mark.parametrize(
    "text",
    [
        "Trade reached $62 billion last year, more than double the 2021 level, and the leaders"
        " repeated the goal of $100 billion in annual turnover.",
        "Exports are back above the 2019 levels, and officials reaffirmed their target of"
        " $100 billion in trade.",
        "Turnover has already passed the 2014 peak; the aim is $100 billion in bilateral trade.",
    ],
)
def test_a_goal_takes_no_deadline_from_a_yardstick_year(text):
    row = read(text, "$100 billion")
    assert (row["measure"], row["period"]) == ("target", "")


def test_the_figure_beside_the_yardstick_keeps_its_own_period():
    text = "Trade reached $62 billion last year, more than double the 2021 level."
    assert read(text, "$62 billion")["period"] == "2022"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Arrivals returned to the 2019 level of 7 million.", "2019"),  # the level is the figure
        ("The 2021 level was $33 billion.", "2021"),
        ("Trade reached the 2021 record high of $34.7 billion.", "2021"),
    ],
)
def test_a_level_named_with_its_figure_is_the_figures_period(text, period):
    assert read(text, "illion")["period"] == period
