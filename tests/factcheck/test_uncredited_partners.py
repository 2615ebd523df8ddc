"""A gas partner a monthly table names at border entry, which the curated entry table credits
to no supplier (LNG cargo countries), is named in the explanation with why it is not used."""

from tests.factcheck.sentences import checked_figure


def test_a_gas_partner_eurostat_names_but_no_one_credits_is_named_not_used(snapshot):
    text = "In February 2014 Nigeria's share of Turkey's gas imports was 3%."
    row = checked_figure(snapshot, text, "3%", "2014-06-01")
    assert row["verdict"] == "unverifiable"
    assert "Recorded but not credited to a supplier" in row["explanation"]
    assert "lists Nigeria for 2014-02 with 155" in row["explanation"]
