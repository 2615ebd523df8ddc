"""Registers the reader met in session 11 (read9): research notes ("FY23", "7M24", "Dec-24",
"-8% y/y"), newsletter lists that open with the figure ("• 27.5m tonnes: Russian coal"),
machine-translated copy ("import from Turkey — 3.46 billion dollars"), academic abstracts
(changes written from one level to another over an episode), encyclopedic sections (a
pipeline's size in brackets, a plant's capacity "totalling")."""

from tests.factcheck.sentences import fields, read_figure, reading_notes


def test_a_change_in_a_clause_of_its_own_keeps_its_own_countries():
    text = (
        "Household gas demand climbed to 48.2 bcm in 2016, whereas purchases from Russia slid "
        "from 27.1 bcm in 2015 to 23.9 bcm in 2017."
    )
    row = read_figure(text, "27.1 bcm", "2019-05-01")
    assert fields(row, "reporter", "partner", "flow", "period") == ("TUR", "RUS", "import", "2015")


def test_an_episode_written_as_a_span_dates_both_ends_of_a_change():
    text = (
        "The 2008–2009 recession cut Turkish exports to Russia by 51%, from $6.5 billion to "
        "$3.2 billion."
    )
    first = read_figure(text, "$6.5 billion", "2012-01-01")
    second = read_figure(text, "$3.2 billion", "2012-01-01")
    change = read_figure(text, "51%", "2012-01-01")
    assert (first["period"], second["period"]) == ("2008", "2009")
    assert fields(change, "measure", "period", "base_period") == ("change", "2009", "2008")


def test_a_dash_standing_for_the_verb_joins_the_figure_to_its_flow():
    text = (
        "Export of Russia to Turkey for 2018 year has made 21.5 billion dollars, import from "
        "Turkey — 4.2 billion dollars."
    )
    row = read_figure(text, "4.2 billion", "2019-03-01")
    assert fields(row, "reporter", "partner", "flow") == ("RUS", "TUR", "import")


NUMBERS = (
    "KEY FIGURES\n"
    "• 23.1 bcm: Russian gas delivered to Türkiye in 2017\n"
    "• 55.3 bcm: total gas imports in 2017, of which 11.0 bcm was LNG\n"
    "• 12.4m tonnes: Russian coal imported in 2017\n"
    "• 4.7m: Russian visitors in 2017\n"
)


def test_a_list_line_opening_with_its_figure_reads_the_words_after_the_colon():
    whole = read_figure(NUMBERS, "55.3 bcm", "2018-02-01")
    part = read_figure(NUMBERS, "11.0 bcm", "2018-02-01")
    assert fields(whole, "indicator", "reporter", "partner") == ("gas_imports", "TUR", "WLD")
    assert fields(part, "product", "partner") == ("lng", "WLD")


def test_a_one_letter_scale_glued_to_the_figure_before_tonnes_or_visitors():
    coal = read_figure(NUMBERS, "12.4m tonnes", "2018-02-01")
    visitors = read_figure(NUMBERS, "4.7m", "2018-02-01")
    assert fields(coal, "indicator", "value", "unit") == ("coal_imports", 12_400_000, "tonnes")
    assert fields(visitors, "value", "unit", "partner") == (4_700_000, "persons", "RUS")


def test_a_glued_m_is_no_million_before_anything_but_tonnes_or_counted_people():
    text = "The 7.4m pipe sections were laid in 2017, and imports were $20 billion."
    row = read_figure(text, "$20 billion", "2018-02-01")
    assert row["value"] == 20e9  # "7.4m pipe" is no figure of its own


NOTE = (
    "Imports from Russia fell 4.1% y/y to USD 21.1bn in FY19 (FY18: USD 22.0bn).\n"
    "- 7M20: USD 9.4bn, -16% y/y\n"
    "- Nov-20 print at USD 1.72bn was the strongest month since Feb-20 (USD 1.71bn).\n"
)


def test_research_note_period_codes():
    assert read_figure(NOTE, "USD 21.1bn", "2021-03-01")["period"] == "2019"
    assert read_figure(NOTE, "USD 22.0bn", "2021-03-01")["period"] == "2018"
    assert read_figure(NOTE, "USD 9.4bn", "2021-03-01")["period"] == "2020-01/2020-07"
    assert read_figure(NOTE, "USD 1.72bn", "2021-03-01")["period"] == "2020-11"


def test_a_written_minus_before_a_change_with_y_y_is_a_fall():
    row = read_figure(NOTE, "16%", "2021-03-01")
    assert fields(row, "measure", "value") == ("change", -16)


def test_a_period_carried_from_a_sentence_of_many_periods_is_a_guess():
    text = (
        "Consumption rose from 33.0 bcm in 2009 to 48.0 bcm in 2015, while imports from "
        "Russia went from 19.5 bcm in 2009 to 26.6 bcm in 2015, and LNG from 5.9 bcm in 2011 "
        "to 7.5 bcm in 2016. Russia's share of imports thereby moved from 62% to 55%."
    )
    row = read_figure(text, "62%", "2018-01-01")
    assert "period_inferred" in reading_notes(row)


def test_a_yearly_rate_in_brackets_after_a_pipeline_is_its_capacity():
    text = (
        "Blue Stream came on stream in 2003; TurkStream (31.5 bcm/year) followed on 8 January 2020."
    )
    row = read_figure(text, "31.5 bcm/year", "2024-01-01")
    assert fields(row, "indicator", "measure") == ("pipeline_capacity", "capacity")


def test_a_yearly_rate_in_brackets_after_a_flow_is_no_capacity():
    text = "Imports from Russia (26.3 bcm/year) were at their highest in 2021."
    assert read_figure(text, "26.3", "2022-06-01")["indicator"] == "gas_imports"


def test_a_plant_capacity_totalling_its_units_is_the_plant_total():
    text = "The Akkuyu plant, with four VVER-1200 reactors totalling 4,800 MW, is under way."
    assert read_figure(text, "4,800 MW", "2024-01-01")["breakdown"] == "Akkuyu, total"
    text = (
        "Once its four reactors are running, the Akkuyu nuclear power plant will have a "
        "capacity of 4,800 megawatts."
    )
    assert read_figure(text, "4,800", "2024-01-01")["breakdown"] == "Akkuyu, total"


def test_a_month_without_its_year_is_never_one_after_the_document():
    text = (
        "Refiners took more Urals. November intake was 455,000t, and February 2021 intake "
        "reached 0.38mn t."
    )
    row = read_figure(text, "455,000t", "2021-03-15")
    assert fields(row, "indicator", "unit", "period") == ("oil_imports", "tonnes", "2020-11")


def test_a_preposition_before_a_flow_noun_names_no_goods():
    text = (
        "Turkey bought goods worth $20.1 billion from Russia in 2017, against exports of "
        "$2.7 billion."
    )
    row = read_figure(text, "$2.7 billion", "2019-01-01")
    assert fields(row, "flow", "product", "breakdown") == ("export", "TOTAL", "")
