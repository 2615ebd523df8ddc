"""Sentences of our own that the reader misread: several routes with a figure each, a route
named again as "the line" or "it", a province's tourism figure, an investment rank, a change
written after a sentence's second figure, and country names written as "the US" or "the EU".

Each test names the construction; none of these sentences comes from the development corpus.
"""

import pandas as pd
import pytest

from factcheck.extraction import extract_claims
from tests.factcheck.sentences import read_figure
from tests.factcheck.sentences import reading_notes as notes


def frames(text: str, date: str = "2022-03-15") -> pd.DataFrame:
    return extract_claims(text, "t.txt", date)


def frame(text: str, which: str, date: str = "2022-03-15") -> dict:
    return read_figure(text, which, date)


# --- several routes in one sentence, each with its own figure ------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second", "routes"),
    [
        (
            "In 2021, some 10.2 bcm of Russian gas entered Turkey at Kıyıköy and 15.6 bcm at"
            " Samsun, according to IEA data.",
            "10.2 bcm", "15.6 bcm", ("TurkStream", "Blue Stream"),
        ),
        (
            "Blue Stream carried 13 bcm of Russian gas to Turkey in 2019 and the Trans-Balkan"
            " line 2.2 bcm.",
            "13 bcm", "2.2 bcm", ("Blue Stream", "Trans-Balkan"),
        ),
        (
            "Gas landed at Durusu totalled 11.9 billion cubic metres in 2022, with a further"
            " 9.1 billion cubic metres arriving at Kiyikoy.",
            "11.9 billion", "9.1 billion", ("Blue Stream", "TurkStream"),
        ),
    ],
)  # fmt: skip
def test_each_landfall_figure_takes_its_own_route(text, first, second, routes):
    one, other = frame(text, first), frame(text, second)
    assert (one["breakdown"], other["breakdown"]) == routes
    assert "routes_combined" not in notes(one) | notes(other)


def test_a_total_before_the_routes_figures_stays_every_route():
    text = (
        "Of the 26 bcm Russia sent to Turkey in 2021, 16 bcm came through TurkStream and"
        " 10 bcm through Blue Stream."
    )
    assert frame(text, "26 bcm")["breakdown"] == ""
    assert frame(text, "16 bcm")["breakdown"] == "TurkStream"
    assert frame(text, "10 bcm")["breakdown"] == "Blue Stream"


@pytest.mark.parametrize(
    "text",
    [
        "Russia delivered 21 bcm to Turkey in 2021 via TurkStream and Blue Stream.",
        "TurkStream and Blue Stream together carried 21 bcm to Turkey in 2021.",
    ],
)
def test_one_figure_for_several_routes_is_still_combined(text):
    row = frame(text, "21 bcm")
    assert row["breakdown"] == ""
    assert "routes_combined" in notes(row)


# --- a change written after the sentence's figures, and a period after a pair of figures ---


@pytest.mark.parametrize(
    ("text", "period", "base"),
    [
        (
            "Russian arrivals reached 6.3 million in 2023 (5.2 million in 2022), an increase"
            " of 21 percent.",
            "2023", "2022",
        ),
        ("Gas imports from Russia were 21.6 bcm in 2023 (28 bcm in 2021), down 23%.", "2023",
         "2021"),
        ("Trade was $26 billion in 2020, compared with $34.7 billion in 2018, down 25%.", "2020",
         "2018"),
        (
            "In 2023 Turkey bought 21.6 bcm of Russian gas, after 21.4 bcm in 2022, a rise of"
            " about 1%.",
            "2023", "2022",
        ),
    ],
)  # fmt: skip
def test_a_trailing_change_is_of_the_figure_not_of_its_base(text, period, base):
    row = frame(text, "%" if "%" in text else "percent")
    assert row["measure"] == "change"
    assert (row["period"], row["base_period"]) == (period, base)
    assert "base_period_inferred" not in notes(row)


def test_a_figure_in_brackets_without_a_period_of_its_own_is_no_base():
    text = "Turkey's imports of Russian gas (21.6 bcm in 2023) were the highest in Europe."
    assert frame(text, "21.6 bcm")["period"] == "2023"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Imports were 14.6 bcm in 2019. Turkey received 13.5 bcm via Blue Stream and 5.1 bcm"
         " via TurkStream in 2020.", "13.5 bcm"),
        ("Trade fell in 2019. Exports reached $5.8 billion and imports $28.9 billion in 2021.",
         "$5.8 billion"),
    ],
)  # fmt: skip
def test_a_period_after_a_pair_of_figures_dates_both(text, first):
    row = frame(text, first)
    assert (row["period"], row["period_basis"]) == (text[-5:-1], "stated")


@pytest.mark.parametrize(
    ("text", "first", "period"),
    [
        ("Turkey imported 13.5 bcm in 2019 and 5.1 bcm in 2020.", "13.5 bcm", "2019"),
        ("Trade rose to $30 billion in 2021 from $25 billion in 2020.", "$30 billion", "2021"),
        ("In 2019 exports were $4 billion, while imports rose to $20 billion in 2021.",
         "$4 billion", "2019"),
    ],
)  # fmt: skip
def test_each_figure_with_its_own_period_keeps_it(text, first, period):
    assert frame(text, first)["period"] == period


# --- a route named again: "the line", "the pipeline", "it", "its capacity" -----------------


@pytest.mark.parametrize(
    ("text", "which", "route"),
    [
        ("TurkStream was inaugurated in January 2020. The line carried 14.5 bcm to Turkey in"
         " 2021.", "14.5 bcm", "TurkStream"),
        ("Blue Stream began operating in 2003. In 2019 the pipeline delivered 7.7 bcm of gas to"
         " Turkey.", "7.7 bcm", "Blue Stream"),
        ("Blue Stream runs under the Black Sea from Russia to Samsun. Its capacity is 16 bcm a"
         " year.", "16 bcm", "Blue Stream"),
        ("The Blue Stream pipeline was built by Gazprom and Eni. By 2010 it was carrying 9 bcm a"
         " year.", "9 bcm", "Blue Stream"),
        ("TurkStream opened in 2020. Flows through this pipeline reached 11 bcm in 2022.",
         "11 bcm", "TurkStream"),
    ],
)  # fmt: skip
def test_a_route_named_again_is_the_route_named_before(text, which, route):
    row = frame(text, which)
    assert row["breakdown"] == route
    assert (row["reporter"], row["partner"]) == ("TUR", "RUS")
    assert "direction_inferred" not in notes(row)


@pytest.mark.parametrize(
    ("text", "which"),
    [
        # two routes named before: "the pipeline" could be either
        ("TurkStream and Blue Stream both cross the Black Sea. The pipeline carried 10 bcm in"
         " 2021.", "10 bcm"),
        # "it" stands for the country the sentence before opens with, not the route it names
        ("Turkey signed the Blue Stream deal with Russia in 1997. It imported 21 bcm of Russian"
         " gas in 2022.", "21 bcm"),
    ],
)  # fmt: skip
def test_no_route_is_taken_when_the_reference_is_open(text, which):
    assert frame(text, which)["breakdown"] == ""


def test_a_landfall_alone_gives_both_ends_of_the_flow():
    row = frame("Imports through the Durusu terminal reached 12.4 bcm in 2019.", "12.4 bcm")
    assert (row["breakdown"], row["reporter"], row["partner"]) == ("Blue Stream", "TUR", "RUS")
    assert "direction_inferred" not in notes(row)


# --- a province or city as the host, named or by what it is ---------------------------------


@pytest.mark.parametrize(
    ("text", "which", "area"),
    [
        ("Antalya welcomed 2.1 million Russians in 2023.", "2.1 million", "Antalya"),
        ("Antalya's Russian arrivals topped 3 million in 2023.", "3 million", "Antalya"),
        ("Russians remained Antalya's largest group of visitors in 2022, with 2.3 million"
         " arrivals.", "2.3 million", "Antalya"),
        ("Turkey's tourism capital hosted 3.6 million Russian holidaymakers in 2019.",
         "3.6 million", "Turkey's tourism capital"),
        ("Türkiye's Mediterranean coast, long a favourite, welcomed 4 million Russians in 2023.",
         "4 million", "Türkiye's Mediterranean coast"),
    ],
)  # fmt: skip
def test_a_place_in_the_country_counts_for_itself_not_the_country(text, which, area):
    assert frame(text, which)["breakdown"] == f"sub-national: {area}"


def test_a_place_ranked_among_its_own_visitors_is_no_national_rank():
    row = frame("Russians remained Antalya's largest group of visitors in 2022.", "largest")
    assert row["breakdown"] == "sub-national: Antalya"


@pytest.mark.parametrize(
    "text",
    [
        "Turkey welcomed 6.3 million Russians in 2023.",
        "Turkey's tourism revenue reached $54 billion in 2023, and 6.3 million Russians came.",
    ],
)
def test_the_country_itself_is_no_place_within_it(text):
    claims = frames(text)
    assert not claims["breakdown"].str.startswith("sub-national").any()


# --- an investment rank is not a trade rank -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("Russia is Turkey's largest source of investment.", "largest source"),
        ("The Netherlands remains the top source of foreign direct investment in Türkiye.",
         "top source"),
        ("In 2022 Russia became Turkey's biggest source of capital inflows.", "biggest source"),
        ("Russia was the largest foreign investor in Turkey in 2019.", "largest foreign investor"),
    ],
)  # fmt: skip
def test_a_source_of_investment_is_ranked_among_investors(text, which):
    assert frame(text, which)["indicator"] == "fdi_source_rank"


def test_a_source_of_gas_beside_an_investor_is_still_a_gas_rank():
    row = frame("Russia is Turkey's largest source of gas and a major investor.", "largest")
    assert row["indicator"] == "gas_import_rank"


# --- a rank word is no group of goods; a flow's leading goods are not all goods -------------


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("Germany is Turkey's largest export market.", "largest"),
        ("Iraq was Turkey's fifth-largest export market in 2019.", "fifth-largest"),
        ("Russia is Turkey's biggest import source.", "biggest"),
    ],
)
def test_a_rank_word_before_a_flow_names_no_goods(text, which):
    row = frame(text, which)
    assert (row["indicator"], row["product"], row["breakdown"]) == (
        "merchandise_trade_rank", "TOTAL", "",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("Turkey's main export products to Russia are fruit and vegetables, worth $1.2 billion"
         " in 2021.", "$1.2 billion"),
        ("Machinery was among Turkey's top export items to Russia, at $700 million in 2022.",
         "$700 million"),
    ],
)  # fmt: skip
def test_the_leading_goods_of_a_flow_are_not_the_whole_flow(text, which):
    row = frame(text, which)
    assert row["product"] != "TOTAL" and row["breakdown"]


def test_a_flow_figure_beside_its_leading_goods_stays_the_whole_flow():
    text = (
        "Turkey's exports to Russia were $5.8 billion in 2021, and the main export goods were"
        " fruit and textiles."
    )
    assert frame(text, "$5.8 billion")["product"] == "TOTAL"


# --- the United States and the EU by their short names --------------------------------------


@pytest.mark.parametrize(
    ("text", "which", "partner"),
    [
        ("Turkey's exports to the US reached $14.8 billion in 2022.", "$14.8", "USA"),
        ("Turkey's exports to the U.S. reached $14.8 billion in 2022.", "$14.8", "USA"),
        ("Turkey's exports to Russia were $5.8 billion in 2021, while exports to the USA came"
         " to $11.2 billion.", "$11.2", "USA"),
        ("Turkey's exports to the EU were worth $103 billion in 2022.", "$103", "EUR"),
        ("Turkey's exports to the United Arab Emirates reached $5 billion in 2022.", "$5 b",
         "ARE"),
    ],
)  # fmt: skip
def test_short_names_of_countries_and_the_eu_are_partners(text, which, partner):
    row = frame(text, which)
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", partner, "export")


def test_a_dollar_sign_after_us_is_the_currency_not_the_country():
    text = "Turkey's imports from Russia were US$29 billion in 2021 (US dollars, current)."
    row = frame(text, "29 billion")
    assert (row["reporter"], row["partner"]) == ("TUR", "RUS")
    assert "direction_inferred" not in notes(row)


# --- a rise past 100% is possible; a year before "against $X" is no figure ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Imports from Russia reached $58.8 billion in 2022, up 103% on the year before.",
        "Russian arrivals more than doubled in 2022, a rise of 140%.",
    ],
)
def test_a_rise_of_more_than_100_percent_is_plausible(text):
    row = frame(text, "%")
    assert row["measure"] == "change" and row["value"] > 100
    assert "magnitude_implausible" not in notes(row)


def test_a_fall_of_more_than_100_percent_is_implausible():
    row = frame("Exports to Russia fell 120% in 2020.", "120%")
    assert "magnitude_implausible" in notes(row)


@pytest.mark.parametrize(
    "text",
    [
        "Exports to Russia were $9.3 billion in 2022 against $5.8 billion in 2021.",
        "Trade was $26 billion in 2020 versus $34.7 billion in 2019.",
        "Imports came to $20 billion during 2018 compared with $22 billion in 2017.",
    ],
)
def test_a_year_before_a_comparison_word_is_no_figure(text):
    claims = frames(text)
    assert len(claims) == 2
    assert not claims["reading_notes"].str.contains("magnitude_implausible").any()


def test_a_bare_figure_before_a_comparison_still_shares_the_unit():
    row = frame("Imports rose to 30 versus last year's 26.6 billion cubic meters.", "30")
    assert (row["unit"], row["value"]) == ("bcm", 30)


# --- a change after the figures it compares takes their sides, not the next clause's -------


@pytest.mark.parametrize(
    ("text", "which", "sides"),
    [
        ("In 2019 Russia supplied 14.6 bcm of pipeline gas to Turkey, down from 22.8 bcm in"
         " 2018, a fall of 36%, as Turkish buyers shifted to Azerbaijani gas.", "36%",
         ("TUR", "RUS", "import")),
        ("Turkey's imports from Russia were about $17.8 billion in 2020, while Turkish exports"
         " to Russia came to $4.5 billion, up 8.5% on the year before.", "8.5%",
         ("TUR", "RUS", "export")),
        ("Turkey's imports from Russia totalled $6.1 billion in the first quarter of 2021, down"
         " 4%, as suppliers from Azerbaijan gained ground.", "4%", ("TUR", "RUS", "import")),
    ],
)  # fmt: skip
def test_a_trailing_change_takes_the_sides_of_its_figure(text, which, sides):
    row = frame(text, which)
    assert row["measure"] == "change"
    assert (row["reporter"], row["partner"], row["flow"]) == sides


def test_a_reason_clause_after_a_figure_lends_it_no_side():
    text = (
        "Turkey buys most of its gas by pipeline from Russia. In 2016, Russian flows slipped to"
        " 12.8 bcm, as Turkey diversified towards Azerbaijan,"
        " which supplied 6.5 bcm that year."
    )
    row = frame(text, "12.8 bcm")
    assert (row["reporter"], row["partner"]) == ("TUR", "RUS")


def test_a_change_with_a_flow_of_its_own_keeps_it():
    text = "Turkey's imports from Russia were $17.8 billion in 2020, and exports to Iraq rose 9%."
    row = frame(text, "9%")
    assert (row["partner"], row["flow"]) == ("IRQ", "export")


# --- a date in an aside about the subject is not the figure's period -----------------------


@pytest.mark.parametrize(
    ("text", "which", "period"),
    [
        ("Blue Stream delivered 16.4 bcm in 2021. TurkStream, which came online in January 2020,"
         " delivered roughly 10 bcm to Turkish consumers.", "10 bcm", "2021"),
        ("Imports reached 21 bcm in 2022. Blue Stream, commissioned in 2003, carried 12 bcm"
         " of that.", "12 bcm", "2022"),
    ],
)  # fmt: skip
def test_a_date_in_an_aside_about_the_subject_does_not_date_the_figure(text, which, period):
    assert frame(text, which)["period"] == period


def test_a_period_after_the_figure_still_dates_it_after_an_aside():
    text = "TurkStream, which came online in January 2020, delivered 10 bcm in 2021."
    assert frame(text, "10 bcm")["period"] == "2021"


# --- "almost double the 8.6 bcm": a base of the figure before -------------------------------


def test_a_multiple_of_a_figure_makes_it_the_base_with_its_route():
    text = (
        "Deliveries through Blue Stream totaled 16.4 bcm in 2021, almost double the 8.6 bcm"
        " shipped in 2020."
    )
    row = frame(text, "8.6 bcm")
    assert (row["breakdown"], row["period"]) == ("Blue Stream", "2020")
    assert not notes(row) & {"route_unread", "direction_inferred"}


# --- a letterhead and headlines in capitals --------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "REPUBLIC OF TÜRKİYE\nMINISTRY OF CULTURE AND TOURISM\nPress Release No: 2020/04",
        "REPUBLIC OF TURKEY\nMINISTRY OF TRADE\n31 January 2020",
    ],
)
def test_a_letterhead_in_capitals_makes_our_country_the_publishers(head):
    text = f"{head}\n\nOur country welcomed 7 million Russian visitors in 2019."
    row = frame(text, "7 million")
    assert (row["reporter"], row["partner"]) == ("TUR", "RUS")
    assert "direction_inferred" not in notes(row)


def test_our_country_in_a_news_story_without_a_letterhead_is_nobody_in_particular():
    text = "ANKARA, Jan 31 (Wire) - Our country welcomed 7 million Russian visitors, he said."
    assert "direction_inferred" in notes(frame(text, "7 million"))


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("TURKEY'S IMPORTS FROM RUSSIA HIT $58.8 BILLION IN 2022\n\nThe figure was a record.",
         "RUS"),
        ("EXPORTS TO THE UNITED STATES ROSE TO $14.8 BILLION IN 2022\n\nTurkey said so.", "USA"),
    ],
)  # fmt: skip
def test_country_names_in_capitals_are_countries(text, partner):
    row = frames(text, "2023-01-10").iloc[0]
    assert row["partner"] == partner


def test_the_city_as_host_after_a_sentence_naming_it_is_a_place():
    text = (
        "Antalya once again led the provinces: the city welcomed 15.6 million foreign guests,"
        " 6.1 million of them from Russia."
    )
    for which in ("15.6 million", "6.1 million"):
        assert frame(text, which)["breakdown"].startswith("sub-national")


# --- a table flattened into text, a signed change, one route named for one of two figures ---


def test_a_flattened_table_reads_each_row_with_its_own_year_and_signed_change():
    text = (
        "Table 2. Russian pipeline gas delivered to Türkiye, bcm\n"
        "Year | Volume | Change\n"
        "2016 | 23.2 | -13%\n"
        "2017 | 27.6 | +19%\n"
        "2018 | 22.8 | -17%\n"
    )
    claims = frames(text)
    changes = claims[claims["measure"] == "change"]
    assert list(zip(changes["period"], changes["value"], strict=True)) == [
        ("2016", -13.0), ("2017", 19.0), ("2018", -17.0),
    ]  # fmt: skip
    assert (changes["indicator"] == "gas_imports").all()


@pytest.mark.parametrize(
    ("text", "which", "value"),
    [
        ("Turkey's exports to Russia changed by +12% in 2021.", "12%", 12.0),
        ("Gas imports from Russia: 2019 | -36%", "36%", -36.0),
    ],
)
def test_a_signed_percentage_is_a_change(text, which, value):
    row = frame(text, which)
    assert (row["measure"], row["value"]) == ("change", value)


def test_a_range_with_a_hyphen_is_no_signed_change():
    row = frame("Russia's share of Turkey's gas imports was 44-45% in 2021.", "45%")
    assert row["measure"] == "share"


def test_one_route_named_beside_the_other_figure_is_not_this_figures():
    text = (
        "In 2021 Samsun took in 16.4 bcm and Kıyıköy 10.0 bcm; the year before, Samsun saw"
        " 8.6 bcm and Kıyıköy 7.5 bcm."
    )
    assert frame(text, "16.4 bcm")["breakdown"] == ""
    assert "route_unread" in notes(frame(text, "16.4 bcm"))
    assert (frame(text, "10.0 bcm")["breakdown"], frame(text, "10.0 bcm")["period"]) == (
        "TurkStream", "2021",
    )  # fmt: skip
    assert (frame(text, "7.5 bcm")["breakdown"], frame(text, "7.5 bcm")["period"]) == (
        "TurkStream", "2020",
    )  # fmt: skip


def test_a_base_keeps_the_route_of_the_figure_it_is_compared_with():
    text = "Entries at Kıyıköy fell to 0.78 bcm in April 2022 from 1.32 bcm in March."
    assert frame(text, "1.32 bcm")["breakdown"] == "TurkStream"


# --- bulleted lines are sentences of their own -----------------------------------------------


def test_a_bullet_takes_no_topic_from_the_bullet_before():
    text = (
        "Key points\n"
        "- Russian pipeline gas: 15.6bcm in 2020 vs 14.6bcm in 2019, per BP.\n"
        "- Exports to Russia held up at USD 4.5bn in 2020, helped by agri-food.\n"
    )
    row = frame(text, "4.5bn")
    assert (row["indicator"], row["reporter"], row["partner"], row["flow"]) == (
        "merchandise_trade", "TUR", "RUS", "export",
    )  # fmt: skip


def test_a_hyphenated_word_at_a_line_start_is_no_bullet():
    text = "Gas imports from Russia were 21 bcm in 2022 and\n-10% on the year before."
    assert len(frames(text)) == 2
