"""In a text that writes decimals with a comma ("12,4%"), "3,915 billion cubic metres" is
3.915 bcm when 3,915 bcm cannot be; the reading stays marked ambiguous (no negative verdict)."""

from tests.factcheck.sentences import read_figure, reading_notes

TEXT = (
    "Russia's share of Turkish gas purchases fell to 12,4% in May 2020. That month Turkey "
    "bought 3,915 billion cubic meters of gas in all, and Iran sold it 0,48 billion."
)


def test_an_impossible_thousands_reading_is_read_with_the_texts_decimal_comma():
    row = read_figure(TEXT, "3,915", "2020-07-01")
    assert abs(row["value"] - 3.915) < 1e-9 and row["unit"] == "bcm"
    assert "value_ambiguous" in reading_notes(row)
    assert "magnitude_implausible" not in reading_notes(row)


def test_a_plausible_thousands_reading_is_left_as_it_was():
    text = "Turkey's imports grew 2,5% in 2019. Visitors from Russia numbered 7,017 thousand."
    row = read_figure(text, "7,017", "2020-07-01")
    assert row["value"] > 1_000_000 and "value_ambiguous" in reading_notes(row)
