"""A capacity its record does not bear out names another plan of the route recorded at the
claimed figure; mutual investments are both countries' holdings, whichever is named first."""

from tests.factcheck.sentences import checked_figure, reading_notes


def test_a_capacity_of_an_abandoned_plan_is_named_as_such(snapshot):
    observations, _ = snapshot
    plans = observations[
        (observations["indicator"] == "pipeline_capacity")
        & observations["breakdown"].str.startswith("TurkStream (")
        & (observations["unit"] == "bcm_per_year")
    ]
    assert not plans.empty
    plan = plans.iloc[0]
    text = f"TurkStream, opened in 2020, has a capacity of {plan['value']:g} bcm a year."
    row = checked_figure(snapshot, text, "bcm", "2021-03-01")
    assert row["verdict"] not in ("accurate", "approximately_right")
    assert f"The claimed figure is that of {plan['breakdown']}" in row["explanation"]


def test_the_capacity_as_built_is_not_sent_to_another_plan(snapshot):
    row = checked_figure(
        snapshot, "TurkStream has a capacity of 31.5 bcm a year.", "31.5", "2021-03-01"
    )
    assert "The claimed figure is that of" not in row["explanation"]


def test_mutual_investments_name_both_sides_and_infer_no_direction(snapshot):
    text = "Turkish-Russian mutual investments reached $10 billion in 2019, the ministry said."
    row = checked_figure(snapshot, text, "$10 billion", "2020-03-01")
    assert "hold in each other" in row["explanation"]
    assert "direction_inferred" not in reading_notes(row)
