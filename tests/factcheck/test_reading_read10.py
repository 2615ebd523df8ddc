"""Readings of session 11 (h-read10), on sentences of our own: circa abbreviations and
thousand-barrel units, the frame a list heading lends its lines, a leading 'After ...' clause
that dates a cause, not the figures after it."""

import pytest

from factcheck.extraction import extract_claims
from tests.factcheck.sentences import fields, read_figure, reading_notes


@pytest.mark.parametrize(
    ("text", "which", "value", "comparator"),
    [
        ("Oil imports from Russia averaged c.410 kb/d in 2022.", "410", 410_000, "approx"),
        ("Crude imports from Russia ran at ~0.3 mb/d in 2023.", "0.3", 300_000, "approx"),
        ("Imports from Russia came to ca. 27 bcm of gas in 2020.", "27", 27, "approx"),
        ("Exports to Russia were approx. US$9.3 billion in 2021.", "9.3", 9.3e9, "approx"),
        ("Imports from Russia were c.$28bn in 2021.", "28", 28e9, "approx"),
        ("Imports of crude oil from Russia were 250 kbpd in 2019.", "250", 250_000, "exact"),
    ],
)
def test_circa_abbreviations_and_barrel_units(text, which, value, comparator):
    row = read_figure(text, which, "2024-06-01")
    assert row["value"] == pytest.approx(value)
    assert row["comparator"] == comparator


def test_a_company_abbreviation_is_no_hedge():
    row = read_figure(
        "Tupras Inc. 45 tankers of Russian crude arrived in 2022.", "45", "2024-06-01"
    )
    assert row["comparator"] == "exact"


# A list under a heading ending with ':' (not a table: no pipes or tabs).
SUPPLIERS = """Where Turkey's gas came from

Turkey imported 48.2 bcm of gas in 2021, most of it by pipeline; Russia sold the most.

Pipeline gas imports by supplier, 2021 (bcm):
- Russia: 26.1
- Azerbaijan: 8.4
- Iran: 5.9
"""

QUARTERS = """Turkey and Russia: trade in 2022

Trade with Russia surged after the invasion of Ukraine.

Turkish exports to Russia by quarter, 2022:
Q1: $1.4bn
Q2: $2.0bn
Q3: $3.1bn
"""

PROFILE = """Russia-Turkey monitor

Imports from Russia rose sharply in 2022 as energy prices climbed.

Monthly profile (imports from Russia, TurkStat):
- Mar 2022: USD 4.1bn
- Oct 2022: USD 6.0bn, +95% y/y
"""

PLAIN = """Russia and Turkey in numbers

Key facts:
- Turkish exports to Russia came to $9.3 billion in 2022.
- Some 5.2 million Russians visited Turkey in 2022.
"""


@pytest.mark.parametrize(
    ("which", "partner", "value"),
    [("26.1", "RUS", 26.1), ("8.4", "AZE", 8.4), ("5.9", "IRN", 5.9)],
)
def test_a_supplier_list_takes_the_headings_flow_unit_and_year(which, partner, value):
    row = read_figure(SUPPLIERS, which, "2022-06-01")
    assert fields(row, "indicator", "reporter", "partner", "flow", "unit", "period") == (
        "gas_imports", "TUR", partner, "import", "bcm", "2021",
    )  # fmt: skip
    assert row["value"] == pytest.approx(value)
    assert row["quote"] == which  # the line's own span, not the lent unit
    assert "list_heading" in reading_notes(row)


@pytest.mark.parametrize(
    ("which", "period"),
    [("1.4", "2022-01/2022-03"), ("2.0", "2022-04/2022-06"), ("3.1", "2022-07/2022-09")],
)
def test_quarter_lines_take_the_headings_flow_sides_and_year(which, period):
    row = read_figure(QUARTERS, which, "2023-03-01")
    assert fields(row, "indicator", "reporter", "partner", "flow", "period") == (
        "merchandise_trade", "TUR", "RUS", "export", period,
    )  # fmt: skip


@pytest.mark.parametrize(("which", "period"), [("4.1", "2022-03"), ("6.0", "2022-10")])
def test_a_bracket_in_the_heading_lends_the_flow_to_lines_with_their_own_dates(which, period):
    row = read_figure(PROFILE, which, "2023-03-01")
    assert fields(row, "indicator", "reporter", "partner", "flow", "period") == (
        "merchandise_trade", "TUR", "RUS", "import", period,
    )  # fmt: skip


def test_a_heading_that_names_nothing_lends_nothing():
    row = read_figure(PLAIN, "9.3", "2023-03-01")
    assert fields(row, "reporter", "partner", "flow", "period") == ("TUR", "RUS", "export", "2022")
    assert "list_heading" not in reading_notes(row)


def test_a_lead_in_sentence_with_a_figure_is_no_heading():
    text = (
        "Imports from Russia rose to $58.8 billion in 2022, driven by:\n"
        "- crude oil at 45%\n- gas at 30%\n"
    )
    rows = extract_claims(text, "t.txt", "2023-06-01")
    assert not rows["reading_notes"].str.contains("list_heading").any()


def test_a_table_is_not_a_list():
    text = "Imports from Russia (USD bn):\n| 2021 | 28.96 |\n| 2022 | 58.85 |\n"
    rows = extract_claims(text, "t.txt", "2023-06-01")
    assert not rows["reading_notes"].str.contains("list_heading").any()


def test_the_last_line_of_a_wrapped_sentence_is_no_heading():
    text = (
        "The ministry's bulletin gives the value of goods bought from Russia, as the customs\n"
        "office recorded it:\n"
        "  $21.0 billion for 2019, against $1.2 billion of exports.\n"
    )
    rows = extract_claims(text, "t.txt", "2020-06-01")
    assert not rows["reading_notes"].str.contains("list_heading").any()


# A clause of cause opening the sentence dates the event, not the figures after it.
@pytest.mark.parametrize(
    "text",
    [
        "After the collapse of the rouble in December 2014, Russian arrivals fell to 3.5 million.",
        "Following the coup attempt in July 2016, Russian visitors dropped by 30%.",
        "In the wake of the sanctions of January 2016, exports to Russia fell to $1.7 billion.",
    ],
)
def test_a_leading_clause_of_cause_dates_the_event_not_the_figure(text):
    row = read_figure(f"Turkey and Russia.\n\n{text}", text.split()[-1][:3], "2018-03-01")
    assert not row["period"].startswith(("2014", "2016-01", "2016-07"))
    # (or no period at all: "following the coup attempt" names a period by an event)
    assert (
        "period_inferred" in reading_notes(row)
        or row["period_basis"] == "stated"
        or row["period"] == ""
    )


@pytest.mark.parametrize(
    ("text", "which", "period"),
    [
        ("After 2015, Russian arrivals recovered to 3.6 million.", "3.6", "2015"),
        ("After the first half of 2017, imports from Russia stood at $9.6 billion.", "9.6",
         "2017-01/2017-06"),
        ("After the jet crisis, Russian arrivals reached 4.7 million in 2017.", "4.7", "2017"),
    ],
)  # fmt: skip
def test_a_leading_clause_that_is_only_a_date_still_dates_the_figure(text, which, period):
    row = read_figure(f"Turkey and Russia.\n\n{text}", which, "2018-03-01")
    assert row["period"] == period


# The words before a colon name the gas the figure after it counts.
@pytest.mark.parametrize(
    ("text", "which", "product"),
    [
        ("Turkey and Russia.\n\nLNG is the swing supply: 14.0 bcm in 2021.", "14.0", "lng"),
        (
            "Turkey and Russia.\n\nPipeline gas remains the backbone: 36.2 bcm in 2023, up from"
            " 33.1 bcm in 2022.",
            "33.1",
            "pipeline_gas",
        ),
        (
            "Turkey and Russia.\n\nThe gas story: 45.2 bcm of imports in 2017.",
            "45.2",
            "natural_gas",
        ),
    ],
)
def test_the_words_before_a_colon_name_the_gas(text, which, product):
    assert read_figure(text, which, "2024-06-01")["product"] == product


SELLER_AND_WHOLE = (
    "Turkey and Russia: gas.\n\nIn 2019 Gazprom supplied 15.5 bcm to Turkey, about a third of"
    " total imports of 45.3 bcm."
)


def test_a_whole_named_in_its_own_clause_is_not_the_sellers_sales():
    row = read_figure(SELLER_AND_WHOLE, "45.3", "2021-06-01")
    assert fields(row, "indicator", "reporter", "partner", "flow", "breakdown") == (
        "gas_imports", "TUR", "WLD", "import", "",
    )  # fmt: skip
    seller = read_figure(SELLER_AND_WHOLE, "15.5", "2021-06-01")
    assert fields(seller, "indicator", "breakdown") == ("gas_supplier_sales", "Gazprom")


def test_a_share_of_the_buyers_imports_after_a_sale_keeps_the_sale_direction():
    text = (
        "Turkey and Russia: gas.\n\nIn 2012 Russia sold 26.5 bcm of gas to Turkey, well over"
        " half of the country's imports."
    )
    row = read_figure(text, "half", "2021-06-01")
    assert fields(row, "reporter", "partner", "flow") == ("TUR", "RUS", "import")


# Bare arrivals continuing a paragraph about one country's visitors are theirs (inferred).
RUSSIANS_THEN_ARRIVALS = (
    "TOURISM\n\n* About 4.8 million Russians visited Turkey in 2021.\n\n"
    "* Russians formed the biggest group of foreign tourists before the pandemic,"
    " with 6.9 million in 2019. Arrivals collapsed to 2.1 million in 2020.\n"
)


def test_bare_arrivals_after_a_paragraph_on_russians_are_russians():
    row = read_figure(f"Turkey and Russia.\n\n{RUSSIANS_THEN_ARRIVALS}", "2.1", "2021-06-01")
    assert fields(row, "indicator", "reporter", "partner", "flow") == (
        "visitor_arrivals_foreign", "TUR", "RUS", "arrivals",
    )  # fmt: skip
    assert "direction_inferred" in reading_notes(row)  # never a negative verdict on it


def test_bare_arrivals_after_a_count_of_every_visitor_stay_every_visitor():
    text = (
        "Turkey and Russia.\n\nTurkey welcomed 51.7 million visitors in 2019; Russians were the"
        " largest group, at 7.0 million. Arrivals plunged to 15.9 million in 2020."
    )
    row = read_figure(text, "15.9", "2021-06-01")
    assert fields(row, "reporter", "partner") == ("TUR", "WLD")


def test_a_period_after_a_semicolon_dates_the_next_clause():
    text = (
        "Turkey and Russia.\n\nTurkish exports to Russia hit their highest since March 2022"
        " ($1.1bn); August 2022 had been the low point."
    )
    assert read_figure(text, "1.1", "2024-06-01")["period"] == "2022-03"


def test_a_relative_clause_counts_the_gas_named_before_it():
    text = (
        "Turkey and Russia.\n\nPipeline deliveries from Russia fell to 16.2 bcm in 2020 as"
        " Turkey bought more liquefied natural gas, which reached 14.8 bcm that year."
    )
    row = read_figure(text, "14.8", "2022-06-01")
    assert fields(row, "product", "reporter", "partner", "flow", "period") == (
        "lng", "TUR", "WLD", "import", "2020",
    )  # fmt: skip
    assert "direction_inferred" in reading_notes(row)


MONTHS_AND_SHARES = """Russia and Türkiye, by the numbers

Russia's share of Türkiye's imports, by year (%):
1. 2021: 10.7
2. 2022: 16.2

Russian visitor arrivals by month, 2023 (million):
January – 0.21
July – 1.05
"""


@pytest.mark.parametrize(
    ("which", "indicator", "value", "period"),
    [
        ("16.2", "merchandise_trade_share", 16.2, "2022"),
        ("0.21", "visitor_arrivals_foreign", 210_000, "2023-01"),
        ("1.05", "visitor_arrivals_foreign", 1_050_000, "2023-07"),
    ],
)
def test_numbered_and_dashed_list_lines(which, indicator, value, period):
    row = read_figure(MONTHS_AND_SHARES, which, "2024-06-01")
    assert fields(row, "indicator", "reporter", "partner", "period") == (
        indicator, "TUR", "RUS", period,
    )  # fmt: skip
    assert row["value"] == pytest.approx(value)
    assert row["quote"] == which  # no count runs on into the next heading


BRACKETED_QUARTER = (
    "Turkey and Russia.\n\nImports from Russia were USD 10.4bn in Q2 2024 (Q2 2023: USD 11.9bn),"
    " -13% y/y."
)


@pytest.mark.parametrize(
    ("which", "period"),
    [("10.4", "2024-04/2024-06"), ("11.9", "2023-04/2023-06"), ("13%", "2024-04/2024-06")],
)
def test_a_bracketed_comparison_with_a_currency_is_no_citation(which, period):
    assert read_figure(BRACKETED_QUARTER, which, "2025-01-01")["period"] == period


def test_a_bracketed_author_and_year_is_still_a_citation():
    rows = extract_claims(
        "Imports from Russia rose (Smith 2019: 45) in 2018.", "t.txt", "2020-01-01"
    )
    assert not rows["quote"].str.contains("45").any()
