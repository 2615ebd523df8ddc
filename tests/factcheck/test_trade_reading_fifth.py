"""Trade, tourism and investment sentences of our own (none from the development corpus):
numbers written out in full, a fraction as the size of a change, a pronoun as the subject of
a rank, a question that turns to a new subject, a period closing the clause of the figure
before it, a place in a list in a new paragraph, and visitors counted with or without
citizens resident abroad."""

import pytest

from factcheck.explain import quantity_words
from factcheck.extraction import extract_claims
from tests.factcheck.test_trade_reading import NEGATIVE, checked_text, frame, verdict


def _frames(text: str, date: str) -> list[dict]:
    return extract_claims(text, "t.txt", date).to_dict("records")


# --- a number written out in full, with no scale word --------------------------------------

FELL_TO = checked_text("Arrivals from Russia plunged to 866,000 in 2016.", "2017-06-01")


def test_a_number_written_in_full_is_read_from_its_clause():
    row = frame(FELL_TO, "866,000", "2017-06-01")
    assert (row["value"], row["unit"], row["indicator"]) == (
        866000.0, "persons", "visitor_arrivals_foreign",
    )  # fmt: skip
    assert (row["reporter"], row["partner"], row["period"]) == ("TUR", "RUS", "2016")
    assert verdict(FELL_TO, "866,000") not in NEGATIVE


def test_a_hedged_number_in_full_before_people_who_travelled_is_visitors():
    row = frame("About 4,700,000 Russians travelled to Turkey in 2017.", "4,700,000", "2018-02-01")
    assert (row["value"], row["indicator"], row["comparator"]) == (
        4.7e6, "visitor_arrivals_foreign", "approx",
    )  # fmt: skip


def test_the_number_of_a_counted_noun_names_what_a_full_number_counts():
    row = frame(
        "The number of companies with Turkish capital registered in Russia tops 2,150.",
        "2,150",
        "2021-04-01",
    )
    assert (row["value"], row["unit"], row["indicator"]) == (
        2150.0, "count", "firms_with_partner_capital",
    )  # fmt: skip
    assert row["period_granularity"] == "as_of"  # "tops": the state at the time of writing


def test_a_number_in_full_is_never_read_as_dollars():
    rows = _frames("Bilateral trade rose to 12,000 last year.", "2019-03-01")
    assert [(r["unit"], r["indicator"]) for r in rows] == [("unknown", "unknown")]


# --- a fraction as the size of a change --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's exports to Russia suffered a drop of more than half in 2016.",
        "Turkey's exports to Russia shrank by almost half in 2016.",
    ],
)
def test_a_fraction_after_a_change_is_the_size_of_the_change(text):
    row = frame(text, "half", "2017-06-01")
    assert (row["measure"], row["value"], row["unit"]) == ("change", -50.0, "percent")
    assert (row["reporter"], row["partner"], row["flow"], row["period"]) == (
        "TUR", "RUS", "export", "2016",
    )  # fmt: skip


# --- a pronoun as the subject of a rank ------------------------------------------------------

PRONOUN = checked_text(
    "Germany's carmakers sold less in Turkey last year.\n\n"
    "Q: Where does Russia stand?\nA: Still on top. It outsold China and Germany and remained"
    " the biggest supplier of Turkey's imports in 2019.",
    "2020-03-01",
)


def test_it_ranks_the_country_the_sentence_before_is_about_not_the_objects_of_its_verb():
    row = frame(PRONOUN, "biggest supplier", "2020-03-01")
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "RUS", "import")
    assert verdict(PRONOUN, "biggest supplier") == "accurate"  # DOTS 2019: Russia first


def test_it_stays_unknown_when_the_sentence_before_names_two_countries():
    text = (
        "China and Russia compete for Turkey's market. It overtook Germany and has been"
        " the biggest supplier of Turkey's imports since 2021."
    )
    row = frame(text, "biggest supplier", "2022-03-01")
    assert row["partner"] != "DEU"
    assert "direction_inferred" in row["reading_notes"]


def test_an_empty_it_does_not_hide_the_country_named_after_it():
    row = frame(
        "It is expected that China will remain Turkey's biggest supplier in 2022.",
        "biggest supplier",
        "2022-03-01",
    )
    assert row["partner"] == "CHN"


# --- a question that turns to a new subject --------------------------------------------------

QUESTION = checked_text(
    "Q: Do Russians still come?\nA: Yes, about 5.2 million visited Turkey in 2022.\n\n"
    "Q: And the $25 billion plan?\nA: Officials still repeat it.",
    "2023-02-01",
)


def test_a_question_opening_a_paragraph_takes_no_topic_from_before():
    row = frame(QUESTION, "$25 billion", "2023-02-01")
    assert (row["indicator"], row["measure"]) == ("unknown", "unknown")
    assert verdict(QUESTION, "$25 billion") == "unverifiable"


def test_a_question_naming_its_topic_keeps_it():
    row = frame(
        "Russians spent a lot.\n\nQ: What about the $10 billion trade goal?\nA: Far off.",
        "$10 billion",
        "2023-02-01",
    )
    assert (row["indicator"], row["measure"]) == ("merchandise_trade", "target")


# --- a period closing the clause of the figure before it ------------------------------------

CLOSING = checked_text(
    "Roughly 7 million Russians vacationed in Turkey last year, 15% more than in 2018.",
    "2020-02-15",
)


def test_a_period_after_a_figure_ending_its_clause_dates_that_figure():
    row = frame(CLOSING, "7 million", "2020-02-15")
    assert (row["period"], row["period_basis"]) == ("2019", "relative")
    assert "period_inferred" not in row["reading_notes"]
    assert verdict(CLOSING, "7 million") == "accurate"  # 7,017,657 in 2019


def test_an_introductory_period_still_binds_forwards():
    row = frame("Exports grew in 2018; in 2019, $4.2 billion of goods went to Russia.", "$4.2")
    assert row["period"] == "2019"


# --- a place in a list in a new paragraph ---------------------------------------------------


def test_a_rank_in_a_new_paragraph_takes_the_period_before_only_as_a_guess():
    text = (
        "Turkey's imports from Russia came to $23.1 billion in 2019, customs said.\n\n"
        "Russia is Turkey's biggest supplier."
    )
    row = frame(text, "biggest supplier", "2020-05-01")
    assert "period_inferred" in row["reading_notes"]


def test_a_level_running_on_in_a_new_paragraph_keeps_its_period():
    text = (
        "Turkey's imports from Russia came to $23.1 billion in 2019, customs said.\n\n"
        "Exports to Russia reached $4.2 billion."
    )
    row = frame(text, "$4.2", "2020-05-01")
    assert (row["period"], row["period_basis"]) == ("2019", "context")
    assert "period_inferred" not in row["reading_notes"]


# --- the words that name what was checked ------------------------------------------------------

NAMES = {"TUR": "Turkey", "RUS": "Russia"}


def test_a_bilateral_balance_is_not_called_exports_plus_imports():
    claim = {"reporter": "TUR", "partner": "RUS", "indicator": "trade_balance", "flow": "total",
             "measure": "level", "product": "TOTAL", "breakdown": ""}  # fmt: skip
    words = quantity_words(claim, NAMES)
    assert "plus" not in words and "balance" in words and "minus" in words


def test_trips_and_firms_are_named_in_words():
    trips = dict(reporter="RUS", partner="TUR", indicator="outbound_trips", flow="departures",
                 measure="level", product="none", breakdown="")  # fmt: skip
    firms = {**trips, "reporter": "TUR", "partner": "RUS",
             "indicator": "firms_with_partner_capital", "flow": "stock"}  # fmt: skip
    assert quantity_words(trips, NAMES) == "trips to Turkey by Russia's residents"
    assert quantity_words(firms, NAMES) == "firms with Russia's capital in Turkey"


# --- visitors with and without citizens resident abroad -------------------------------------

ALL_VISITORS = checked_text("Turkey hosted 51.7 million visitors in 2019.", "2020-03-01")
FOREIGN_VISITORS = checked_text(
    "Turkey hosted 51.7 million foreign visitors in 2019.", "2020-03-01"
)


def test_visitors_with_no_nationality_are_every_visitor_counted_with_citizens_abroad():
    row = frame(ALL_VISITORS, "51.7", "2020-03-01")
    assert (row["indicator"], row["partner"]) == ("visitor_arrivals_all", "WLD")
    assert verdict(ALL_VISITORS, "51.7") == "accurate"  # TÜİK total 2019: 51,747,199


def test_foreign_visitors_are_never_checked_against_the_count_with_citizens_abroad():
    row = frame(FOREIGN_VISITORS, "51.7", "2020-03-01")
    assert (row["indicator"], row["partner"]) == ("visitor_arrivals_foreign", "WLD")
    assert verdict(FOREIGN_VISITORS, "51.7") == "unverifiable"


def test_a_month_continuing_every_visitor_is_counted_the_same_way():
    text = "Turkey hosted 51.7 million visitors in 2019, with August alone bringing 7.1 million."
    row = frame(text, "7.1 million", "2020-03-01")
    assert (row["indicator"], row["period"]) == ("visitor_arrivals_all", "2019-08")


# --- found in articles of our own: a host's total after a clause on one nationality, people
# --- in a tourism sentence, 'slipped', 'near', a negated place ----------------------------

HOST_TOTAL = checked_text(
    "About 7 million Russians came in 2019, and Turkey as a whole received 51.7 million visitors.",
    "2020-03-01",
)


def test_a_host_total_after_a_clause_on_one_nationality_is_every_visitor():
    row = frame(HOST_TOTAL, "51.7", "2020-03-01")
    assert (row["indicator"], row["reporter"], row["partner"]) == (
        "visitor_arrivals_all", "TUR", "WLD",
    )  # fmt: skip
    assert verdict(HOST_TOTAL, "51.7") not in NEGATIVE


def test_people_in_a_tourism_sentence_are_visitors():
    row = frame(
        "Russia was the largest source of tourists in 2019, with 7,017,657 people.",
        "7,017,657",
        "2020-03-01",
    )
    assert (row["indicator"], row["partner"], row["flow"]) == (
        "visitor_arrivals_foreign", "RUS", "arrivals",
    )  # fmt: skip


def test_slipped_is_a_fall_and_near_a_hedge():
    text = "Turkey's imports from Russia slipped 3.5% in 2024, to near $44 billion."
    change = frame(text, "3.5%", "2025-03-01")
    assert (change["measure"], change["value"]) == ("change", -3.5)
    assert frame(text, "$44", "2025-03-01")["comparator"] == "approx"


def test_a_place_said_not_to_be_held_is_no_rank():
    rows = _frames("In 2016 Russia was not the first source of visitors to Turkey.", "2017-03-01")
    assert not any(row["measure"] == "rank" for row in rows)
