"""Tables as PDF extracts leave them. Cells standing one per line cannot be placed in their
row and column with confidence: they are left unread (listed with their reason), never read
as prose. A header on two lines ("Exports" over "(US$ bn)") is one header; and "Exports"
under a caption naming one country's trade with another is the first country's exports."""

from factcheck.extraction import extract_claims, read_text
from tests.factcheck.sentences import fields

STACKED = """Table 4. Bilateral trade, Türkiye and Russia
Year
Exports
Imports
2020
$4.5 bn
$17.8 bn
2021
$5.8 bn
$29.0 bn

Figures are provisional."""

TWO_LINE_HEADER = """Table 1. Türkiye's trade with the Russian Federation

Year      Exports      Imports
          (US$ bn)     (US$ bn)
2020      4.5          17.8
2021      5.8          29.0
"""


def test_cells_one_per_line_are_left_unread():
    claims, numbers = read_text(STACKED, "t.txt", "2022-05-01")
    assert claims.empty
    cells = numbers[numbers["number"].isin(["4.5", "17.8", "5.8", "29.0"])]
    assert len(cells) == 4
    assert cells["reason"].str.contains("one per line").all()


def test_a_short_list_of_labelled_lines_is_not_taken_for_stacked_cells():
    text = "Key figures\nImports: $29.0 bn\nExports: $5.8 bn\nVisitors: 4.7 million\n"
    claims = extract_claims(text, "t.txt", "2022-05-01")
    assert len(claims) == 3


def test_a_header_on_two_lines_is_read_as_one():
    claims = extract_claims(TWO_LINE_HEADER, "t.txt", "2022-05-01")
    assert len(claims) == 4
    row = claims[claims["quote"] == "29.0"].iloc[0].to_dict()
    assert fields(row, "indicator", "flow", "reporter", "partner", "period", "unit", "value") == (
        "merchandise_trade",
        "import",
        "TUR",
        "RUS",
        "2021",
        "USD",
        29.0e9,
    )
    row = claims[claims["quote"] == "4.5"].iloc[0].to_dict()
    assert fields(row, "flow", "reporter", "partner", "period") == ("export", "TUR", "RUS", "2020")


def test_a_second_line_that_is_not_units_makes_no_header():
    text = TWO_LINE_HEADER.replace("(US$ bn)     (US$ bn)", "2019         2019")
    assert extract_claims(text, "t.txt", "2022-05-01").empty  # unread, never guessed
