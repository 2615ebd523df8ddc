"""Paragraph breaks and bars between items bound a figure's reading and its quoted sentence."""

from tests.factcheck.sentences import checked_figure, read_figure

TEXT = (
    "Turkey's imports from Russia fell to $45.6 billion in 2023.\n"
    "Gas imports from Russia were 21.6 bcm in 2022.\n"
    "Tourism: 6.3 million Russians visited in 2023 | Exports: $10.9 billion\n\n"
    "Year    Visitors\n"
)


def test_a_figure_ending_a_paragraph_takes_no_noun_from_the_next():
    row = read_figure(TEXT, "10.9", "2024-03-12")
    assert "Visitors" not in row["quote"] and row["unit"] == "USD"
    assert row["indicator"] != "visitor_arrivals_foreign"


def test_items_joined_by_a_bar_are_read_apart():
    row = read_figure(TEXT, "10.9", "2024-03-12")
    assert row["indicator"] != "tourism_receipts"


def test_the_quoted_sentence_ends_at_a_line_ending_a_sentence(snapshot):
    row = checked_figure(snapshot, TEXT, "21.6", "2024-03-12")
    assert row["sentence"] == "Gas imports from Russia were 21.6 bcm in 2022."
    row = checked_figure(snapshot, TEXT, "10.9", "2024-03-12")
    assert row["sentence"] == "Exports: $10.9 billion"
