"""Trade and tourism sentences of our own (none from the development corpus): a place among
partners written with a bare ordinal, a place whose list is named only next door, and periods
written as seasons or as parts of a year without the year."""

import pytest

from tests.factcheck.test_trade_reading import NEGATIVE, checked_text, frame, verdict
from validation.reading_vocabulary import HOST_VERBS, TOURISM_VERBS, VISIT_VERBS

# --- a bare ordinal among a list of partners is a rank ---------------------------------------

SUPPLIERS = checked_text("In 2016 Russia slipped to third among Turkey's suppliers.", "2017-05-01")
MARKETS = checked_text(
    "Italy fell to fourth among Turkey's export markets in 2016, customs data showed.",
    "2017-05-01",
)


def test_a_bare_ordinal_among_suppliers_is_a_place_among_them():
    row = frame(SUPPLIERS, "third", "2017-05-01")
    assert (row["measure"], row["value"], row["indicator"]) == (
        "rank", 3.0, "merchandise_trade_rank",
    )  # fmt: skip
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "RUS", "import")
    assert row["period"] == "2016"
    assert verdict(SUPPLIERS, "third") == "accurate"  # DOTS 2016: China, Germany, Russia


def test_a_bare_ordinal_among_export_markets_is_a_place_among_destinations():
    row = frame(MARKETS, "fourth", "2017-05-01")
    assert (row["measure"], row["value"]) == ("rank", 4.0)
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "ITA", "export")
    assert verdict(MARKETS, "fourth") == "accurate"  # DOTS 2016: Germany, UK, Iraq, Italy


@pytest.mark.parametrize(
    "text",
    [
        "Exports to Russia fell to a third of their 2014 level.",
        "Trade fell to third of the five scenarios the ministry drew up.",
    ],
)
def test_an_ordinal_that_is_no_place_among_partners_is_no_rank(text):
    assert not any(row["measure"] == "rank" for row in _frames(text, "2017-05-01")), text


def _frames(text: str, date: str) -> list[dict]:
    from factcheck.extraction import extract_claims

    return extract_claims(text, "t.txt", date).to_dict("records")


# --- a place whose list is named in the sentence before ---------------------------------------

ARRIVALS_BEFORE = checked_text(
    "Foreign arrivals in Turkey climbed to 45 million in 2018. Russia topped the list, and"
    " the United Kingdom came third.",
    "2019-04-01",
)
NO_LIST = checked_text("Germany led in 2018, while the United Kingdom came third.", "2019-04-01")


def test_a_place_takes_its_list_from_the_arrivals_named_next_door():
    row = frame(ARRIVALS_BEFORE, "came third", "2019-04-01")
    assert (row["measure"], row["value"], row["indicator"]) == (
        "rank", 3.0, "visitor_arrivals_rank",
    )  # fmt: skip
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "GBR", "arrivals")
    assert verdict(ARRIVALS_BEFORE, "came third") not in NEGATIVE


def test_a_place_in_a_list_no_sentence_names_has_no_measure_and_no_verdict():
    row = frame(NO_LIST, "came third", "2019-04-01")
    assert (row["measure"], row["indicator"]) == ("rank", "unknown")
    assert "measure_unknown" in row["reading_notes"]
    assert verdict(NO_LIST, "came third") == "unverifiable"


# --- seasons and parts of a year without their year -------------------------------------------

SUMMER = checked_text(
    "Russian tourists made 2.5 million trips to Turkey this summer, the ministry said.",
    "2019-09-20",
)
WINTER = checked_text("Some 1.2 million Russians visited Turkey last winter.", "2019-09-20")


@pytest.mark.parametrize(
    ("text", "date", "period"),
    [
        (SUMMER, "2019-09-20", "2019-06/2019-08"),
        (WINTER, "2019-09-20", "2018-12/2019-02"),
        ("Exports to Russia rose to $1.2 billion last spring.", "2019-01-20", "2018-03/2018-05"),
        ("Russian arrivals hit 2 million last summer.", "2019-07-20", "2018-06/2018-08"),
        ("Exports to Russia reached $1 billion this winter.", "2019-10-20", "2019-12/2020-02"),
        ("Russian arrivals reached 1.1 million in the summer of 2018.", "2019-09-20",
         "2018-06/2018-08"),
        ("Exports to Russia reached $900 million in autumn 2018.", "2019-09-20",
         "2018-09/2018-11"),
    ],
)  # fmt: skip
def test_a_season_is_dated_from_the_document_and_kept_as_a_season(text, date, period):
    row = _frames(text, date)[0]
    assert (row["period"], row["period_granularity"]) == (period, "season")
    assert "period_inferred" not in row["reading_notes"]


def test_a_season_is_never_compared_with_a_year_or_a_sum_of_months():
    assert verdict(SUMMER, "2.5 million") == "unverifiable"
    assert verdict(WINTER, "1.2 million") == "unverifiable"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # Said in October, "last summer" may be the one just past or the year before's.
        ("Some 2 million Russians holidayed in Turkey last summer.", "2019-10-10"),
        # Said in July, "this winter" may be the one past or the one to come.
        ("Exports to Russia fell to $800 million this winter.", "2019-07-10"),
    ],
)
def test_a_season_the_date_leaves_open_has_no_period_not_the_year_before(text, date):
    row = _frames(text, date)[0]
    assert (row["period"], row["period_granularity"]) == ("", "none")
    assert row["period_basis"] == "unknown"


def test_a_part_of_a_year_without_its_year_is_dated_only_once_it_has_ended():
    text = "Trade with Russia reached $12 billion in the first half."
    assert _frames(text, "2019-08-10")[0]["period"] == "2019-01/2019-06"
    # Said in March, the first half is under way: this year's (a forecast?) or last year's.
    row = _frames(text, "2019-03-10")[0]
    assert (row["period"], row["period_basis"]) == ("", "unknown")
    second = "Exports to Russia rose to $2 billion in the second half."
    assert _frames(second, "2019-02-10")[0]["period"] == "2018-07/2018-12"


# --- the verbs of tourism are data ------------------------------------------------------------


@pytest.mark.parametrize("verb", VISIT_VERBS)
def test_every_verb_of_going_somewhere_makes_a_count_of_people_visitors(verb):
    text = f"In 2019, some 3 million Russians {verb} Turkey."
    row = _frames(text, "2020-04-01")[0]
    assert (row["indicator"], row["unit"], row["flow"]) == (
        "visitor_arrivals_foreign", "persons", "arrivals",
    )  # fmt: skip
    assert (row["reporter"], row["partner"]) == ("TUR", "RUS")


@pytest.mark.parametrize("verb", TOURISM_VERBS)
def test_a_verb_of_holidaying_alone_makes_a_count_of_people_visitors(verb):
    row = _frames(f"Almost 4 million Germans {verb} in Turkey in 2018.", "2019-04-01")[0]
    assert (row["indicator"], row["partner"]) == ("visitor_arrivals_foreign", "DEU")


def test_an_officials_arrival_does_not_make_money_tourism():
    text = "Putin arrived in Ankara in 2017, when turnover reached $22 billion."
    assert frame(text, "$22 billion", "2018-03-01")["indicator"] == "merchandise_trade"


def test_a_season_word_that_names_no_time_of_year_leaves_the_period_alone():
    text = "After the Arab Spring, Turkey's exports to Egypt reached $3 billion in 2012."
    assert _frames(text, "2013-04-01")[0]["period"] == "2012"
    row = _frames("In the summer, Russian arrivals reached 2 million.", "2019-10-01")[0]
    assert (row["period"], row["period_basis"]) == ("", "unknown")


# --- misreadings found by checking articles of our own ------------------------------------------


def test_edged_up_to_is_the_level_reached_not_a_ceiling():
    row = frame("Imports from Russia edged up to $23.1 billion in 2019.", "$23.1", "2020-02-10")
    assert (row["comparator"], row["quote"]) == ("exact", "$23.1 billion")
    ceiling = frame("Turkey may import up to $5 billion of grain in 2019.", "$5", "2019-02-10")
    assert ceiling["comparator"] == "at_most"


VISITORS = checked_text(
    "Türkiye welcomed 45 million visitors in 2019, with August alone bringing in 7 million."
    " Russia was the top source market.",
    "2020-03-01",
)


def test_visitors_named_with_no_nationality_are_every_visitor_and_so_is_what_follows():
    row = frame(VISITORS, "45 million", "2020-03-01")
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "WLD", "arrivals")
    assert "direction_inferred" in row["reading_notes"]  # read from what is left unsaid
    month = frame(VISITORS, "7 million", "2020-03-01")
    assert (month["partner"], month["period"], month["period_granularity"]) == (
        "WLD", "2019-08", "month",
    )  # fmt: skip
    assert verdict(VISITORS, "45 million") not in NEGATIVE
    assert verdict(VISITORS, "7 million") not in NEGATIVE
    named = frame("Türkiye welcomed 2.4 million Russian visitors in 2019.", "2.4", "2020-03-01")
    assert named["partner"] == "RUS"


def test_trips_abroad_are_the_travellers_countrys_departures():
    row = frame("Russian citizens made 4.5 million trips to Turkey in 2017.", "4.5", "2018-03-01")
    assert (row["indicator"], row["reporter"], row["partner"], row["flow"]) == (
        "outbound_trips", "RUS", "TUR", "departures",
    )  # fmt: skip


def test_wanting_to_lift_trade_to_a_figure_named_a_target_is_a_goal():
    text = (
        "The two governments say they want to lift trade to $100 billion, a target first set"
        " more than a decade ago."
    )
    row = frame(text, "$100", "2023-09-05")
    assert (row["measure"], row["period"]) == ("target", "")


def test_fuel_prices_do_not_make_a_trade_figure_a_gas_bill():
    text = (
        "Turkey's imports from Russia hit $58.8 billion in 2022, before dropping to $45.6"
        " billion in 2023 as gas and oil prices fell."
    )
    for which in ("$58.8", "$45.6"):
        row = frame(text, which, "2024-03-01")
        assert (row["indicator"], row["product"], row["flow"]) == (
            "merchandise_trade", "TOTAL", "import",
        )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("In Antalya, officials counted 3.5 million Russian tourists in 2024.", "Antalya"),
        ("The province's tourism directorate counted 3.5 million Russian tourists in 2024.",
         "a province or city"),
    ],
)  # fmt: skip
def test_a_sentence_set_in_a_province_counts_for_the_province(text, area):
    row = frame(text, "3.5", "2025-03-01")
    assert row["breakdown"] == f"sub-national: {area}"


@pytest.mark.parametrize("verb", HOST_VERBS)
def test_a_hosts_verb_said_of_people_makes_them_visitors(verb):
    row = _frames(
        f"In 2024 Türkiye was {verb} 6.7 million Russians.".replace(
            f"was {verb}", verb if verb.endswith("ed") else f"was {verb}"
        ),
        "2025-03-01",
    )[0]
    assert (row["indicator"], row["reporter"], row["partner"]) == (
        "visitor_arrivals_foreign", "TUR", "RUS",
    )  # fmt: skip


def test_a_verb_of_reckoning_before_imports_is_no_group_of_goods():
    text = "Russian customs put imports from Turkey at $9.7 billion in 2024."
    row = frame(text, "$9.7", "2025-03-01")
    assert (row["breakdown"], row["product"]) == ("", "TOTAL")


def test_an_investment_flow_said_in_the_sentence_holds_for_a_clause_after_a_colon():
    text = "Russian direct investment flows remain small: $180 million in 2018."
    assert frame(text, "$180", "2019-06-01")["indicator"] == "fdi_flow"
