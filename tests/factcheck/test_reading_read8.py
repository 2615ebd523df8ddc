"""Sentences of our own in registers the reader had not met (market wire, ministry release,
embassy statement, op-ed, briefing transcript, parliamentary answer, statistics-office text,
Caucasus outlets): how their figures are read. None comes from the development corpus."""

from tests.factcheck.sentences import checked_figure, read_figure

# --- a list entry "followed by Algeria with an 11.86 percent share" --------------------------

LIST_WITH_ARTICLE = (
    "Türkiye imported 50.48 bcm of gas in 2023. Russia remained the largest supplier with"
    " 21.34 bcm (42.3 percent), followed by Algeria with an 11.86 percent share and Iran with"
    " 10.71 percent."
)


def test_an_entry_written_with_an_article_is_the_next_countrys():
    row = read_figure(LIST_WITH_ARTICLE, "11.86", "2025-02-20")
    assert (row["reporter"], row["partner"], row["indicator"]) == ("TUR", "DZA", "gas_import_share")


def test_the_entry_after_it_is_still_its_own_countrys():
    row = read_figure(LIST_WITH_ARTICLE, "10.71", "2025-02-20")
    assert (row["reporter"], row["partner"]) == ("TUR", "IRN")


def test_a_share_of_written_out_belongs_to_the_next_country_too():
    text = (
        "Turkey's gas imports reached 50.5 bcm in 2023. Russia supplied 42.3% of them,"
        " followed by Azerbaijan with a share of 20.3% and Iran with 10.7%."
    )
    row = read_figure(text, "20.3%", "2025-02-20")
    assert (row["reporter"], row["partner"]) == ("TUR", "AZE")


# --- the first object of a verb of giving receives: "sold Russia goods" ---------------------


def test_a_country_right_after_sold_is_the_buyer():
    row = read_figure(
        "Turkish exporters sold Russia goods worth just over $4 billion in 2019.",
        "$4",
        "2024-09-15",
    )
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "RUS", "export")


def test_a_capital_right_after_sent_is_the_buyer():
    row = read_figure("Ankara sent Moscow goods worth $5.8 billion in 2021.", "5.8", "2024-09-15")
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "RUS", "export")


def test_a_name_after_supplied_with_is_the_buyer():
    row = read_figure("In 2021 Russia supplied Turkey with 26.3 bcm of gas.", "26.3", "2024-09-15")
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "RUS", "import")
    assert "direction_inferred" not in row["reading_notes"]


# --- an adverb between a country and its verb: "Azerbaijan now provides" --------------------


def test_a_supplier_with_an_adverb_before_its_verb_is_the_seller():
    text = (
        "Gas from Russia met nearly a third of Turkish demand in 2023. Ankara has diversified a"
        " little: Azerbaijan now provides about a fifth of imports."
    )
    row = read_figure(text, "a fifth", "2024-09-15")
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "AZE", "import")


def test_the_present_tense_of_provide_names_the_seller():
    row = read_figure("Azerbaijan provides 10.3 bcm of gas to Turkey a year.", "10.3", "2024-09-15")
    assert (row["reporter"], row["partner"]) == ("TUR", "AZE")
    assert "direction_inferred" not in row["reading_notes"]


# --- who "we" are: a briefing datelined Ankara, a parliament's answer, an embassy -------------

BRIEFING = (
    "TRANSCRIPT: Energy ministry briefing, Ankara, 12 March 2025\n\n"
    "Q: How much gas did you import from Russia?\n\n"
    "OFFICIAL: In 2023 we imported 21.3 billion cubic metres from Russia. Our total imports"
    " were about 50.5 bcm.\n"
)


def test_our_total_imports_in_a_briefing_datelined_ankara_are_turkeys():
    row = read_figure(BRIEFING, "50.5", "2025-03-12")
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "WLD", "import")


def test_a_parliaments_answer_speaks_for_turkey():
    text = (
        "GRAND NATIONAL ASSEMBLY OF TÜRKİYE\nWritten Question No. 7/1234\n\n"
        "Our imports of natural gas were 50.5 bcm in 2023.\n"
    )
    row = read_figure(text, "50.5", "2024-12-02")
    assert (row["reporter"], row["partner"]) == ("TUR", "WLD")


def test_a_russian_embassy_in_turkey_speaks_for_russia():
    from factcheck.extraction.countries import publisher_country

    head = "Statement by the Embassy of the Russian Federation in the Republic of Türkiye\n\n"
    assert publisher_country(head + "Our exports grew.") == "RUS"
    assert publisher_country("Embassy of the Republic of Türkiye in Moscow\n\nText.") == "TUR"


# --- the next entry of a list in a sentence of its own: "Iran was about 5.4 bcm" -------------


def test_a_bare_copula_after_a_country_continues_the_list():
    text = (
        "In 2023 Turkey imported 50.5 bcm of gas. Azerbaijan supplied 10.3 bcm in 2023."
        " Iran was about 5.4 bcm."
    )
    row = read_figure(text, "5.4", "2025-03-12")
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "IRN", "import")


# --- "the following year", "a year later": the year after the period named before ----------

NARRATIVE = (
    "By 2022 Turkey's purchases from Russia had reached $58.9bn, a record. The following year"
    " they eased to $45.6bn, and in the first seven months of 2024 they stood at $25.8bn."
)


def test_the_following_year_is_the_year_after_the_one_named_before():
    row = read_figure(NARRATIVE, "45.6", "2024-10-20")
    assert row["period"] == "2023"
    # "they" points back to the purchases from Russia
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "RUS", "import")


def test_a_year_later_counts_from_the_sentence_before():
    text = "Turkey imported 21.6 bcm of Russian gas in 2022. A year later the figure was 21.3 bcm."
    assert read_figure(text, "21.3", "2024-10-20")["period"] == "2023"


def test_the_next_year_opening_a_clause_dates_only_what_follows():
    text = (
        "In 2021 imports from Russia were $29 billion; the next year they doubled to $58.9 billion."
    )
    assert read_figure(text, "$29", "2024-10-20")["period"] == "2021"
    assert read_figure(text, "58.9", "2024-10-20")["period"] == "2022"


def test_next_year_alone_is_still_the_year_after_the_documents():
    text = "Imports from Russia will reach $50 billion next year."
    assert read_figure(text, "$50", "2024-10-20")["period"] == "2025"


def test_they_after_a_citation_marker_still_points_back_to_the_flow():
    text = (
        "By 2022 Turkey's purchases from Russia had reached $58.9bn, a record driven by energy"
        " prices.[2] The following year they eased to $45.6bn."
    )
    row = read_figure(text, "45.6", "2024-10-20")
    assert (row["reporter"], row["partner"], row["flow"], row["period"]) == (
        "TUR",
        "RUS",
        "import",
        "2023",
    )


def test_money_with_no_word_of_trade_is_turnover_only_as_a_guess():
    text = (
        "By 2022 Turkey's purchases from Russia had reached $58.9bn. Then in 2023 the bill eased"
        " to $45.6bn."
    )
    row = read_figure(text, "45.6", "2024-10-20")
    assert (row["indicator"], row["flow"]) == ("merchandise_trade", "total")
    assert "direction_inferred" in row["reading_notes"]  # so no negative verdict rests on it


# --- a space for thousands and a decimal point: "5 421.6 thousand tonnes" -------------------


def test_spaced_thousands_with_a_decimal_point_are_one_numeral():
    text = (
        "Imports of crude oil from Russia amounted to 5 421.6 thousand tonnes in 2021, after"
        " 3 267.9 thousand tonnes in 2020."
    )
    assert read_figure(text, "421.6", "2024-03-15")["value"] == 5_421_600
    assert read_figure(text, "267.9", "2024-03-15")["value"] == 3_267_900


def test_a_spaced_decimal_comma_still_reads():
    text = "Imports from Russia were 3 490,9 million dollars in 2019."
    assert read_figure(text, "490,9", "2024-03-15")["value"] == 3_490_900_000


# --- "tonnes of oil equivalent" is energy, never a mass ------------------------------------


def test_tonnes_of_oil_equivalent_are_not_tonnes():
    text = "Gas imports from Russia amounted to 22 100 thousand tonnes of oil equivalent in 2021."
    row = read_figure(text, "22 100", "2024-03-15")
    assert row["unit"] != "tonnes"
    assert row["indicator"] == "unknown"


def test_plain_thousand_tonnes_are_still_a_mass():
    text = "Oil products from Russia reached 5 539.5 thousand tonnes in 2021."
    row = read_figure(text, "5 539.5", "2024-03-15")
    assert (row["unit"], row["indicator"]) == ("tonnes", "oil_imports")


# --- gas in terajoules, as statistics offices publish it -----------------------------------

TERAJOULES = (
    "In 2021, Türkiye imported 1 008 959 terajoules (TJ) of natural gas from Russia. Total"
    " natural gas imports of Türkiye reached 1 843 399 TJ in 2020."
)


def test_terajoules_of_gas_are_gas_imports_in_tj():
    row = read_figure(TERAJOULES, "1 008 959", "2024-03-15")
    assert (row["indicator"], row["unit"], row["value"]) == ("gas_imports", "TJ", 1_008_959)
    assert (row["reporter"], row["partner"], row["period"]) == ("TUR", "RUS", "2021")


def test_a_total_in_tj_is_the_whole_and_not_implausible():
    row = read_figure(TERAJOULES, "1 843 399", "2024-03-15")
    assert (row["partner"], row["unit"]) == ("WLD", "TJ")
    assert "magnitude_implausible" not in row["reading_notes"]


def test_a_total_in_tj_is_checked_against_the_records_in_tj(snapshot):
    row = checked_figure(snapshot, TERAJOULES, "1 843 399", "2024-03-15")
    assert row["verdict"] == "accurate"


def test_a_wrong_total_in_tj_is_found_wrong_but_never_compared_with_bcm(snapshot):
    text = "Total natural gas imports of Türkiye reached 2 400 000 TJ in 2020."
    row = checked_figure(snapshot, text, "2 400 000", "2024-03-15")
    assert row["unit"] == "TJ"
    assert row["verdict"] in ("exaggerated", "wrong")


# --- a month labelling a flow: "December exports: USD 604.1 million" -------------------------

RELEASE = (
    "Türkiye's trade with the Russian Federation developed as follows in 2025:\n"
    "• Exports to the Russian Federation: USD 5.98 billion\n"
    "• December exports: USD 604.1 million\n"
    "• November exports: USD 558.3 million\n"
)


def test_a_month_labelling_a_bullet_dates_its_figure():
    assert read_figure(RELEASE, "604.1", "2026-01-30")["period"] == "2025-12"
    assert read_figure(RELEASE, "558.3", "2026-01-30")["period"] == "2025-11"


def test_the_years_figure_above_keeps_its_year():
    assert read_figure(RELEASE, "5.98", "2026-01-30")["period"] == "2025"


def test_a_month_before_imports_is_no_product():
    row = read_figure("March imports from Russia rose to $3.6 billion.", "3.6", "2024-05-10")
    assert (row["period"], row["product"]) == ("2024-03", "TOTAL")


# --- gas a country burned is gas it consumed -------------------------------------------------


def test_gas_burned_is_consumption_not_imports():
    text = (
        "Russia shipped 21.34 bcm of gas to Turkey in 2023. Turkey itself burned roughly 51 bcm"
        " last year."
    )
    row = read_figure(text, "51 bcm", "2025-01-20")
    assert (row["indicator"], row["reporter"], row["partner"], row["period"]) == (
        "gas_consumption",
        "TUR",
        "WLD",
        "2024",
    )


# --- an HS code written beside the goods: "Mineral fuels (HS 27) accounted for ..." ----------


def test_an_hs_code_in_brackets_is_the_figures_product():
    text = (
        "In 2025, mineral fuels (HS 27) accounted for USD 30.4 billion of Turkey's imports from"
        " Russia."
    )
    row = read_figure(text, "30.4", "2026-01-30")
    assert (row["product"], row["flow"], row["reporter"], row["partner"]) == (
        "HS27",
        "import",
        "TUR",
        "RUS",
    )


def test_an_hs_chapter_led_list_item_is_that_chapters():
    text = (
        "Turkey's exports to Russia in 2025:\n- Machinery (HS chapter 84) led with USD 1.1"
        " billion.\n"
    )
    assert read_figure(text, "1.1", "2026-01-30")["product"] == "HS84"


def test_no_code_no_product():
    text = "In 2025 Turkey's imports from Russia reached USD 41.8 billion."
    assert read_figure(text, "41.8", "2026-01-30")["product"] == "TOTAL"


def test_the_goods_share_after_their_value_is_not_a_share_of_that_chapter():
    text = (
        "Mineral fuels (HS chapter 27) accounted for $30.37 billion of imports from Russia, or"
        " 72.7% of the total."
    )
    assert read_figure(text, "30.37", "2026-01-30")["product"] == "HS27"
    assert read_figure(text, "72.7", "2026-01-30")["product"] != "HS27"


# --- a share in a relative clause is the same flow's: "..., which accounted for 20.3 percent" -


def test_a_share_in_a_relative_clause_keeps_the_flow_of_the_figure_before():
    text = (
        "Azerbaijan supplied 10.26 billion cubic meters of natural gas to Türkiye in 2023, which"
        " accounted for 20.3 percent of the country's total imports."
    )
    row = read_figure(text, "20.3", "2025-02-20")
    assert (row["reporter"], row["partner"], row["indicator"]) == ("TUR", "AZE", "gas_import_share")


def test_a_value_in_a_relative_clause_may_still_be_the_other_way():
    text = (
        "Turkey exported goods worth $5.8 billion to Russia in 2021, which was well below its"
        " imports of $29 billion."
    )
    row = read_figure(text, "$29", "2024-01-01")
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "RUS", "import")


# --- parts of a whole just read are the whole's: LNG and pipeline gas after total imports ----


def test_lng_after_total_imports_is_from_every_partner():
    text = (
        "Russia remained the largest supplier with 21.34 bcm. Overall, Türkiye imported 50.48"
        " billion cubic meters of gas in 2023. LNG imports totaled 17.2 billion cubic meters,"
        " while pipeline gas accounted for 36.21 billion cubic meters."
    )
    lng = read_figure(text, "17.2", "2025-02-20")
    assert (lng["reporter"], lng["partner"], lng["product"]) == ("TUR", "WLD", "lng")
    pipeline = read_figure(text, "36.21", "2025-02-20")
    assert (pipeline["partner"], pipeline["product"]) == ("WLD", "pipeline_gas")


def test_a_part_naming_its_supplier_keeps_it():
    text = "Overall, Türkiye imported 50.48 bcm of gas in 2023. Russia supplied 21.34 bcm of it."
    assert read_figure(text, "21.34", "2025-02-20")["partner"] == "RUS"


def test_an_agencys_attribution_after_the_figure_lends_no_sides():
    text = (
        "Azerbaijan supplied 10.26 billion cubic meters of natural gas to Türkiye in 2023, which"
        " accounted for 20.3 percent of the country's total imports, Caspian Report informs with"
        " reference to Türkiye's Energy Market Regulatory Authority (EPDK)."
    )
    row = read_figure(text, "20.3", "2025-02-20")
    assert (row["reporter"], row["partner"]) == ("TUR", "AZE")
    assert "direction_inferred" not in row["reading_notes"]
