"""Goods trade by customs chapter, as business dailies and agricultural-trade reports write it
(sentences of our own): the HS code written after the figure ("$1.2 billion worth of fats and
oils (HS 15)"), the nearest of two codes in one sentence, a code making money a traded value
where no word of trade is said, goods said to come "from" a country with no flow word, a month
named as the month it was ("November the strongest month at $147 million"), and "January-
December 2025" as the year."""

from tests.factcheck.sentences import checked_figure, fields, read_figure, reading_notes

NEGATIVE = {"wrong", "exaggerated", "understated", "target_missed"}


# --- the HS code of the goods a figure counts -----------------------------------------------


def test_a_code_written_after_the_figure_names_its_goods():
    row = read_figure(
        "Türkiye bought $0.9 billion worth of animal and vegetable fats and oils (HS 15) from "
        "Russia in 2025.",
        "$0.9 billion",
        "2026-02-01",
    )
    assert fields(row, "indicator", "product", "flow", "reporter", "partner") == (
        "merchandise_trade", "HS15", "import", "TUR", "RUS"
    )  # fmt: skip


def test_a_code_after_of_names_the_goods_too():
    row = read_figure(
        "Turkey shipped $640 million of edible fruit and nuts (HS 08) to Russia in 2025.",
        "$640 million",
        "2026-02-01",
    )
    assert row["product"] == "HS08"


def test_of_two_codes_each_figure_takes_the_nearest_before_it():
    text = (
        "In 2025, exports of machinery (HS 84) to Russia reached $1.05 bn, while exports of "
        "vehicles (HS 87) reached $250 mln."
    )
    assert read_figure(text, "$1.05 bn", "2026-02-01")["product"] == "HS84"
    assert read_figure(text, "$250 mln", "2026-02-01")["product"] == "HS87"


def test_a_code_after_a_figure_with_another_figure_between_is_not_its():
    text = "Turkey exported $5.9 billion of goods to Russia in 2025, including fruit (HS 08)."
    assert read_figure(text, "$5.9 billion", "2026-02-01")["product"] == "TOTAL"


def test_money_beside_a_code_is_a_traded_value_with_no_word_of_trade():
    row = read_figure(
        "In 2025 Turkish deliveries of machinery (HS 84) to Russia amounted to $1.2 bn.",
        "$1.2 bn",
        "2026-02-01",
    )
    assert fields(row, "measure", "indicator", "product", "flow", "reporter") == (
        "level", "merchandise_trade", "HS84", "export", "TUR"
    )  # fmt: skip


def test_goods_from_a_country_with_no_flow_word_are_the_other_sides_imports_a_guess():
    row = read_figure(
        "Mineral fuels (HS 27) from Russia cost Türkiye $29 billion last year.",
        "$29 billion",
        "2026-03-01",
    )
    assert fields(row, "product", "flow", "reporter", "partner") == ("HS27", "import", "TUR", "RUS")
    assert "direction_inferred" in reading_notes(row)  # never a negative verdict on it


def test_a_wrong_value_for_a_code_after_the_figure_is_faulted_against_that_chapter(snapshot):
    row = checked_figure(
        snapshot,
        "Türkiye imported $1.2 billion worth of animal and vegetable fats and oils (HS 15) "
        "from Russia in 2025.",
        "$1.2 billion",
        "2026-02-10",
    )
    # TurkStat's HS8 query: HS 15 imports from Russia, 2025 = $812.4 million (never the
    # $41.8 billion of all goods)
    assert row["verdict"] == "exaggerated"
    assert abs(float(row["recorded_value"]) - 812_439_177) < 1


# --- a month named as the month it was ------------------------------------------------------


def test_a_month_called_the_strongest_month_dates_its_figure():
    row = read_figure(
        "Turkish fruit exports to Russia (HS 08) totalled $700 million in 2025, with November "
        "the strongest month at $140 million.",
        "$140 million",
        "2026-02-01",
    )
    assert (row["period"], row["period_granularity"]) == ("2025-11", "month")


def test_a_month_that_was_the_weakest_month_dates_its_figure():
    row = read_figure(
        "Imports from Russia fell in 2024; June was the weakest month at under $3 billion.",
        "$3 billion",
        "2025-03-01",
    )
    assert row["period"] == "2024-06"


def test_a_month_that_was_strong_dates_the_figure_after_it():
    row = read_figure(
        "Turkey's imports from Russia were $44 billion in 2024. December was strong, $4.5 billion.",
        "$4.5",
        "2025-03-01",
    )
    assert row["period"] == "2024-12"


def test_the_verb_may_and_an_unrelated_month_word_are_no_period():
    row = read_figure(
        "Exports to Russia were $5.9 billion in 2025, a record month for March exporters.",
        "$5.9 billion",
        "2026-02-01",
    )
    assert row["period"] == "2025"


def test_the_strongest_month_is_checked_against_that_month(snapshot):
    row = checked_figure(
        snapshot,
        "Turkish exports of fruit (HS 08) to Russia totaled $757 million in 2025, with "
        "November the strongest month at $147 million.",
        "$147 million",
        "2026-02-10",
    )
    assert row["verdict"] not in NEGATIVE  # $147.2 million recorded for November 2025
    assert row["recorded_period"] == "2025-11"


# --- January to December is the year --------------------------------------------------------


def test_january_december_of_a_year_is_that_year():
    row = read_figure(
        "In January-December 2025, Turkish exports to Russia amounted to $5.9 bn.",
        "$5.9 bn",
        "2026-02-20",
    )
    assert (row["period"], row["period_granularity"]) == ("2025", "year")
    assert "magnitude_implausible" not in reading_notes(row)


def test_january_november_stays_a_span_of_months():
    row = read_figure(
        "In January-November 2025, Turkish exports to Russia amounted to $5.4 bn.",
        "$5.4 bn",
        "2026-02-20",
    )
    assert (row["period"], row["period_granularity"]) == ("2025-01/2025-11", "month_range")


def test_a_turnover_pointed_back_to_is_not_goods_from_a_country():
    row = read_figure(
        "Russia sends Turkey gas, oil and grain. Trade between the two countries was strong: "
        "in January-November of 2023 it amounted to $48.5 bln.",
        "$48.5 bln",
        "2024-01-10",
    )
    assert row["flow"] == "total"


def test_a_month_alone_takes_the_year_of_the_months_figure_not_an_asides_last_year():
    text = (
        "Türkiye hosted 8.4 million visitors in July. Last year, Russia accounted for 12 "
        "percent of all foreign arrivals. In August, arrivals rose to 8.6 million."
    )
    assert read_figure(text, "8.6 million", "2024-10-05")["period"] == "2024-08"


def test_a_month_alone_after_a_later_year_keeps_that_year():
    text = (
        "Arrivals in December 2023 were 3.0 million. In 2024 arrivals totalled 62.3 million. "
        "January saw 2.8 million."
    )
    assert read_figure(text, "2.8 million", "2025-03-01")["period"] == "2024-01"


def test_a_month_alone_paragraphs_later_takes_the_year_of_the_last_months_figure():
    text = (
        "Türkiye hosted 8.4 million visitors in July, a record.\n\n"
        "The number stood at 6.8 million in June, the ministry said.\n\n"
        "Russians led again. Last year, Russia accounted for 12 percent of all foreign "
        "arrivals.\n\n"
        "In August, arrivals rose to 8.6 million."
    )
    row = read_figure(text, "8.6 million", "2024-10-05")
    assert row["period"] == "2024-08"
    assert "period_inferred" in reading_notes(row)  # across paragraphs: never a negative
