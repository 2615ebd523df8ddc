"""Sentences of our own in registers the reader had not met (market wire, ministry release,
embassy statement, op-ed, briefing transcript, parliamentary answer, statistics-office text,
Caucasus outlets): how their figures are read. None comes from the development corpus."""

from tests.factcheck.sentences import read_figure

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
