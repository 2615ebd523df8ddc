"""Readings a review of earlier helpers' articles found wrong, fixed as general rules and tested
on sentences of our own (several phrasings each; none from the development corpus)."""

import pytest

from tests.factcheck.sentences import checked_figure, fields, read_figure, reading_notes


@pytest.fixture(scope="module")
def records(snapshot):
    return snapshot


# --- counts of things no record counts: no recorded counterpart, never trade ----------------


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("Russian buyers purchased 7,400 homes in Turkey in 2021.", "7,400"),
        ("In 2022 Russians acquired some 16,000 apartments along the Turkish coast.", "16,000"),
        ("Russian investors created 3,000 new jobs in Turkey in 2022.", "3,000"),
        ("Turkish carriers ran 120 weekly flights to Russia in 2023.", "120"),
        ("Russian tour operators booked 450 hotels in Antalya for the 2023 season.", "450"),
        ("The number of Russian students at Turkish universities reached 12,500 in 2023.",
         "12,500"),
        ("Russian guests booked 2.3 million hotel rooms in Turkey in 2019.", "2.3"),
    ],
)  # fmt: skip
def test_count_of_things_no_record_counts_is_not_trade(records, text, which):
    row = read_figure(text, which, "2024-06-01")
    assert row["indicator"] == "unknown"
    assert row["flow"] == "none"
    assert "count_unrecorded" in reading_notes(row)
    checked = checked_figure(records, text, which, "2024-06-01")
    assert checked["verdict"] == "unverifiable"
    assert "no recorded counterpart" in checked["explanation"]
    assert "imports" not in checked["explanation"] and "trade between" not in checked["explanation"]


@pytest.mark.parametrize(
    "text",
    [
        "Russians bought 8,100 homes in Turkey in 2021, up from 3,000 a year earlier.",
        "Sales of homes to Russians reached 8,100 homes in 2021, compared with 3,000 in 2020.",
    ],
)
def test_bare_base_of_an_unrecorded_count_counts_the_same_things(text):
    row = read_figure(text, "3,000", "2024-06-01")
    assert (row["indicator"], row["flow"]) == ("unknown", "none")
    assert "count_unrecorded" in reading_notes(row)


def test_a_trade_figure_beside_an_unrecorded_count_stays_trade():
    text = "Trade with Russia rose to $62 billion in 2022, while Russians bought 9,500 flats."
    row = read_figure(text, "$62 billion", "2024-06-01")
    assert (row["indicator"], row["flow"]) == ("merchandise_trade", "total")
    counted = read_figure(text, "9,500", "2024-06-01")
    assert counted["flow"] == "none"


def test_tourists_still_count_as_visitors():
    row = read_figure("Some 5.2 million Russian tourists visited Turkey in 2021.", "5.2",
                      "2024-06-01")  # fmt: skip
    assert row["indicator"] == "visitor_arrivals_foreign"


# --- a share of imports (or of exports) keeps its flow ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2021 Russia accounted for 10.7% of Turkey's imports.",
        "Russia was the biggest source of Turkey's imports in 2021, with a share of 10.7 percent.",
        "Russia remained Turkey's top supplier in 2021, with a 10.7% share of imports.",
        "Russia's share of Turkish imports rose to 10.7 percent in 2021.",
    ],
)
def test_a_share_of_imports_is_the_partners_share_of_the_importers_imports(records, text):
    which = "10.7"
    row = read_figure(text, which, "2024-06-01")
    assert fields(row, "indicator", "reporter", "partner", "flow") == (
        "merchandise_trade_share", "TUR", "RUS", "import",
    )  # fmt: skip
    checked = checked_figure(records, text, which, "2024-06-01")
    assert "share of Turkey's imports" in checked["explanation"]
    assert checked["verdict"] in ("accurate", "approximately_right")  # WITS: 10.67% in 2021


@pytest.mark.parametrize(
    "text",
    [
        "In 2021 Turkey took 5.4% of Russia's exports.",
        "Turkey accounted for 5.4 percent of Russia's exports in 2021.",
    ],
)
def test_a_share_of_exports_is_the_buyers_share_of_the_sellers_exports(records, text):
    row = read_figure(text, "5.4", "2024-06-01")
    assert fields(row, "indicator", "reporter", "partner", "flow") == (
        "merchandise_trade_share", "RUS", "TUR", "export",
    )  # fmt: skip
    checked = checked_figure(records, text, "5.4", "2024-06-01")
    assert "share of Russia's exports" in checked["explanation"]


@pytest.mark.parametrize(
    ("text", "which", "product"),
    [
        ("Mineral fuels accounted for 58.7% of Russia's exports to Turkey in 2019.", "58.7",
         "mineral_fuels"),
        ("Energy made up 70% of Turkey's imports from Russia in 2021.", "70%", "energy"),
        ("Machinery accounted for 20% of Turkey's exports to Russia in 2021.", "20%", ""),
        ("Turkish imports from Russia were $50 billion in 2022, of which energy made up about"
         " 65%.", "65%", "energy"),
    ],
)  # fmt: skip
def test_goods_making_up_a_share_is_what_the_flow_is_made_of(records, text, which, product):
    row = read_figure(text, which, "2024-06-01")
    assert (row["indicator"], row["product"]) == ("trade_composition_share", product)
    sides = ("RUS", "TUR") if "Russia's exports" in text else ("TUR", "RUS")
    assert (row["reporter"], row["partner"]) == sides
    checked = checked_figure(records, text, which, "2024-06-01")
    assert checked["verdict"] not in ("wrong", "exaggerated", "understated")


# --- the end of the year as a goal's deadline ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "which", "year"),
    [
        ("Botas expects gas imports from Russia to reach 25 bcm by year-end.", "25 bcm", "2023"),
        ("Officials expect exports to Russia to rise to $15 billion by the end of the year.",
         "$15 billion", "2023"),
        ("The two countries aim to lift trade to $100 billion before the year is out.",
         "$100 billion", "2023"),
        ("Trade is expected to hit $60 billion by the end of this year.", "$60 billion", "2023"),
        ("Ankara hopes to buy 20 bcm from Russia by the end of 2025.", "20 bcm", "2025"),
        ("Trade is expected to hit $60 billion by end-2025.", "$60 billion", "2025"),
        ("Turnover could reach $70 billion by year end, a minister said.", "$70 billion", "2023"),
    ],
)  # fmt: skip
def test_the_end_of_the_year_is_a_goals_deadline(text, which, year):
    row = read_figure(text, which, "2023-03-10")
    assert (row["measure"], row["comparator"], row["period"]) == ("target", "target", year)


def test_a_level_reached_by_the_end_of_a_year_named_is_that_years():
    text = (
        "In 2019 exports to Russia rose steadily, and by the end of the year they had reached"
        " $4.2 billion."
    )
    row = read_figure(text, "$4.2 billion", "2023-03-10")
    assert (row["measure"], row["period"]) == ("level", "2019")


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("Analysts said imports of Russian gas might reach 25-30 bcm in 2022.", "25-30 bcm"),
        ("Imports from Russia may exceed 20 bcm in 2021, the ministry said.", "20 bcm"),
        ("Trade could well top $40 billion in 2021, bankers said.", "$40 billion"),
    ],
)
def test_a_modal_with_a_verb_of_reaching_is_a_forecast(text, which):
    row = read_figure(text, which, "2020-10-01")
    assert row["measure"] == "target"


def test_a_modal_of_ability_is_no_forecast():
    row = read_figure("Blue Stream could carry 16 bcm a year.", "16 bcm", "2020-10-01")
    assert row["measure"] == "capacity"


@pytest.mark.parametrize(
    "text",
    [
        "Trade grew 30% to $35 billion in January-August 2021, the minister said. He expects"
        " turnover to exceed $30 billion by the end of the year.",
        "In the first half of 2021 turnover reached $15 billion. By year-end, officials expect it"
        " to top $30 billion.",
    ],
)
def test_the_end_of_the_year_in_progress_is_the_year_whose_months_were_counted(text):
    row = read_figure(text, "$30 billion", "2024-06-01")
    assert (row["measure"], row["period"]) == ("target", "2021")
