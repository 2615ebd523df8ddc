"""A capacity said as what a line is built for stays a design capacity when the sentence
forecasts something else about the line (its opening); a capacity that is itself planned or
forecast stays a goal."""

import pytest

from tests.factcheck.sentences import fields, read_figure

DATE = "2018-03-01"


@pytest.mark.parametrize(
    "text, which",
    [
        ("The second line, with a design capacity of 15.75 bcm a year, is expected to start "
         "pumping gas by the end of 2020.", "15.75"),
        ("Blue Stream, which has an annual capacity of 16 bcm, will be extended to the Ceyhan "
         "terminal by 2021.", "16 bcm"),
    ],
)  # fmt: skip
def test_a_capacity_stated_beside_a_forecast_is_the_design(text, which):
    assert read_figure(text, which, DATE)["measure"] == "capacity"


@pytest.mark.parametrize(
    "text, which",
    [
        ("Ankara plans a new line with a capacity of 30 bcm a year by 2025.", "30 bcm"),
        ("The capacity is expected to reach 20 bcm a year by 2022.", "20 bcm"),
    ],
)
def test_a_planned_capacity_stays_a_goal(text, which):
    row = read_figure(text, which, DATE)
    assert fields(row, "measure", "comparator") == ("target", "target")
