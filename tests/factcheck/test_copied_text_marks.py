"""Marks that text copied from a working paper's PDF or a web page carries (sentences of our
own): footnote marks written as superscript numerals ("in 2022¹" is still a year, "$45.6
billion³" still billions, "42.3%⁴" still a share; the cube of a metre, "bn m³", stays a unit)
and no-break or thin spaces between a number and its scale ("$58.8\u00a0billion"); the quote
keeps the text as written."""

from factcheck.extraction import extract_claims
from tests.factcheck.sentences import checked_figure, fields, read_figure


def test_a_year_with_a_footnote_mark_dates_its_figure():
    row = read_figure(
        "Turkey's imports from Russia reached $58.1 billion in 2022¹ and fell to $44.9 billion "
        "in 2023².",
        "$58.1 billion",
        "2024-06-01",
    )
    assert (row["period"], row["period_basis"]) == ("2022", "stated")


def test_a_scale_word_with_a_footnote_mark_keeps_its_scale(snapshot):
    text = "Turkey's imports from Russia fell to $45.6 billion³ in 2023."
    row = read_figure(text, "$45.6", "2024-06-01")
    assert fields(row, "value", "unit", "period") == (45.6e9, "USD", "2023")
    # TurkStat: $45.60 billion in 2023 — never "$45.60" read as dollars and faulted
    assert checked_figure(snapshot, text, "$45.6", "2024-06-01")["verdict"] == "accurate"


def test_a_share_with_a_footnote_mark_is_read():
    row = read_figure("Russia supplied 41%⁴ of Turkey's gas imports in 2023.", "41%", "2024-06-01")
    assert fields(row, "measure", "value", "period") == ("share", 41.0, "2023")


def test_cubic_metres_keep_their_superscript():
    row = read_figure("Turkey imported 21.3 bn m³ of Russian gas in 2023.", "21.3", "2024-06-01")
    assert fields(row, "value", "unit") == (21.3, "bcm")
    assert row["quote"] == "21.3 bn m³"


def test_the_quote_is_the_text_as_written():
    text = "Russia supplied 41%⁴ of Turkey's gas imports in 2023¹."
    claims = extract_claims(text, "t.txt", "2024-06-01")
    for row in claims.to_dict("records"):
        assert text[row["start"] : row["end"]] == row["quote"]


def test_a_no_break_space_before_the_scale_word_keeps_the_scale(snapshot):
    for space in ("\u00a0", "\u202f", "\u2009"):
        text = f"Turkey's imports from Russia were $58.8{space}billion in 2022."
        row = read_figure(text, "$58.8", "2024-06-01")
        assert (row["value"], row["quote"]) == (58.8e9, f"$58.8{space}billion")
        assert checked_figure(snapshot, text, "$58.8", "2024-06-01")["verdict"] == "accurate"


def test_no_break_spaces_grouping_thousands_are_one_number():
    row = read_figure(
        "In 2019 Turkey received 7\u00a0017\u00a0657 Russian visitors.", "017", "2024-06-01"
    )
    assert row["value"] == 7_017_657
