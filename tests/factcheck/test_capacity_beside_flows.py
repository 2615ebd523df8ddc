"""A route's design capacity is never compared with a flow, but the explanation shows what
flowed through the route (official releases), so a reader sees whether the figure could be
read as a yearly supply."""

import pytest

from loaders import load_observations, load_sources
from tests.factcheck.sentences import checked_figure


@pytest.fixture(scope="module")
def records():
    return load_observations(), load_sources()


@pytest.mark.parametrize(
    "text, which",
    [
        ("Blue Stream has a design capacity of 16 bcm a year.", "16 bcm"),
        ("The Blue Stream pipeline can carry 16 billion cubic metres a year to Turkey.", "16"),
    ],
)
def test_capacity_explanation_names_the_flow_through_the_route(records, text, which):
    row = checked_figure(records, text, which, "2015-03-01")
    assert row["indicator"] == "pipeline_capacity" and row["breakdown"] == "Blue Stream"
    explanation = row["explanation"]
    assert "For comparison only (a flow is not a capacity):" in explanation
    comparison = explanation.split("For comparison only")[1]
    assert "[official statistics]" in comparison and "Blue Stream" in comparison
    # The verdict is the capacity's, never the flow's.
    assert row["recorded_unit"] in ("bcm_per_year", "")


def test_a_flow_claim_gets_no_such_note(records):
    row = checked_figure(
        records, "Turkey imported 26.6 bcm of gas from Russia in 2013.", "26.6", "2014-03-01"
    )
    assert "For comparison only" not in row["explanation"]
