"""Readings of unseen copy fixed as general rules (session 10, h-read7), tested on sentences of
our own (several phrasings each; none from the development corpus)."""

import pytest

from tests.factcheck.sentences import checked_figure, read_figure, reading_notes


@pytest.fixture(scope="module")
def records(snapshot):
    return snapshot


# --- a change written as a multiple: "tripled", "halved", "grew fivefold" ---------------------


@pytest.mark.parametrize(
    ("text", "which", "value", "comparator"),
    [
        ("Turkish sales to Russia more than tripled between 2016 and 2019.", "tripled", 200.0,
         "at_least"),
        ("Turkey's purchases of Russian coal roughly doubled in 2021.", "doubled", 100.0,
         "approx"),
        ("Russian holidaymakers' arrivals in Turkey halved in 2015.", "halved", -50.0, "approx"),
        ("Trade between Moscow and Ankara grew fivefold from 2002 to 2008.", "fivefold", 400.0,
         "approx"),
        ("Turkey's imports from Russia rose 2.5 times in 2022.", "2.5 times", 150.0, "approx"),
        ("The year saw a threefold increase in Turkish exports to Russia in 2023.", "threefold",
         200.0, "approx"),
    ],
)  # fmt: skip
def test_a_multiple_in_words_is_a_change(text, which, value, comparator):
    row = read_figure(text, which, "2024-06-01")
    assert (row["measure"], row["unit"], row["value"], row["comparator"]) == (
        "change", "percent", value, comparator,
    )  # fmt: skip
    assert "multiple_in_words" in reading_notes(row)


@pytest.mark.parametrize(
    ("text", "which", "period", "base"),
    [
        ("Turkish sales to Russia more than tripled between 2016 and 2019.", "tripled", "2019",
         "2016"),
        ("Trade between Moscow and Ankara grew fivefold from 2002 to 2008.", "fivefold", "2008",
         "2002"),
        ("Turkey's exports to Russia rose by 120% between 2016 and 2019.", "120%", "2019",
         "2016"),
    ],
)  # fmt: skip
def test_a_change_over_two_years_runs_from_the_first_to_the_second(text, which, period, base):
    row = read_figure(text, which, "2024-06-01")
    assert (row["period"], row["base_period"]) == (period, base)
    assert "base_period_inferred" not in reading_notes(row)


def test_a_year_of_another_figure_does_not_date_a_change_over_two_years():
    text = "Exports to Russia rose by 20% in 2022, while trade doubled between 2015 and 2022."
    row = read_figure(text, "20%", "2024-06-01")
    assert (row["period"], row["base_period"]) == ("2022", "2021")


@pytest.mark.parametrize(
    "text",
    [
        "Russia's share of the market is three times larger than Iran's.",
        "Trade is expected to double by 2030.",
        "Turkey plans to double its purchases of Russian grain.",
        "Russian gas costs three times as much as it did in 2020.",
    ],
)
def test_a_comparison_or_a_plan_is_no_multiple_change(text):
    from factcheck.extraction import extract_claims

    assert extract_claims(text, "t.txt", "2024-06-01").empty


def test_more_than_doubled_holds_against_a_larger_rise(records):
    # IMF DOTS, Turkey's exports to Russia: $1.73 billion (2016) -> $3.85 billion (2019)
    text = "Turkish sales to Russia more than doubled between 2016 and 2019."
    checked = checked_figure(records, text, "doubled", "2024-06-01")
    assert checked["verdict"] in ("accurate", "approximately_right")


def test_tripled_against_a_rise_of_about_120_percent_is_not_accurate(records):
    text = "Turkish sales to Russia tripled between 2016 and 2019."
    checked = checked_figure(records, text, "tripled", "2024-06-01")
    assert checked["verdict"] not in ("accurate", "approximately_right")


# --- "by <year>" with a verb in the past: a level reached, not a goal ------------------------


@pytest.mark.parametrize(
    ("text", "which", "period"),
    [
        ("By 2018 Russia sent 5.9 million holidaymakers to Turkey.", "5.9 million", "2018"),
        ("By 2017, some 4.7 million Russians visited Turkish resorts.", "4.7 million", "2017"),
        ("By 2016 Turkey's purchases of Russian gas fell to 24.8 bcm.", "24.8 bcm", "2016"),
        ("By 2012 the two-way trade had climbed to $34 billion.", "$34 billion", "2012"),
    ],
)  # fmt: skip
def test_by_a_year_with_a_past_verb_is_a_level(text, which, period):
    row = read_figure(text, which, "2024-06-01")
    assert (row["measure"], row["period"]) == ("level", period)
    assert row["comparator"] != "target"


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("By 2030 Ankara and Moscow will lift trade to $100 billion.", "$100 billion"),
        ("Leaders agreed in 2019 to bring turnover to $100 billion by 2023.", "$100 billion"),
        ("By 2028 the line is scheduled to carry 31.5 bcm.", "31.5 bcm"),
        ("By 2026 Turkey is to import 10 bcm of Russian LNG.", "10 bcm"),
    ],
)
def test_by_a_year_with_a_future_or_an_intention_stays_a_goal(text, which):
    row = read_figure(text, which, "2024-06-01")
    assert row["measure"] == "target"


def test_by_a_year_after_a_past_verb_and_a_modal_stays_a_goal():
    text = "Ankara has signed supply deals that could cover 30% of demand by 2028."
    row = read_figure(text, "30%", "2024-06-01")
    assert row["comparator"] == "target"
