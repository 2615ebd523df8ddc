"""A deficit claimed against a recorded deficit is said as a larger or smaller deficit, never
as a number 'above' or 'below' a negative one."""

from tests.factcheck.sentences import checked_figure


def test_two_deficits_are_compared_by_size(snapshot):
    text = "Ankara's trade gap with Moscow stood at $30 billion in 2019."
    row = checked_figure(snapshot, text, "30 billion", "2020-03-01")
    assert row["flow"] == "balance" and row["value"] < 0
    assert "the claimed deficit is" in row["explanation"] and "% larger" in row["explanation"]
    assert "% above it" not in row["explanation"]
