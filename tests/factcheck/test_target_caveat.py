"""A goal's outcome names its record's caveat; a nearby record says first why it is not used."""

from tests.factcheck.sentences import checked_figure


def test_a_missed_goal_names_the_caveat_of_the_record_it_rests_on(snapshot):
    text = "Turkey plans to import 30 bcm of Russian gas a year by 2013."
    row = checked_figure(snapshot, text, "30 bcm", "2010-05-01")
    assert row["verdict"] == "target_missed"
    assert "IEA" in row["explanation"]
    assert "Caveat: IEA names the border point, not the gas origin" in row["explanation"]


def test_a_nearby_record_of_another_period_is_not_used_first_for_its_period(snapshot):
    """A record for another year is left out because its year differs; a break between the
    two years is a reason more, never the only one given."""
    row = checked_figure(
        snapshot, "Turkish exports to Russia rose by 25% last year.", "25%", "2021-03-15"
    )
    assert "not used: across" not in row["explanation"]
    assert "not used: a different period" in row["explanation"]
