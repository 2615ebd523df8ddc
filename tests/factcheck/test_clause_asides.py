"""Asides set off by commas: what a total is made of ('dominated by gas, oil and coal',
'mostly energy') names no goods the figure counts and breaks no clause; a connective after a
bare subject ('Consumption, meanwhile, hovers') breaks none either. Sentences of our own."""

import pytest

from tests.factcheck.sentences import read_figure


def read(text: str, which: str, date: str = "2023-04-04") -> dict:
    return read_figure(text, which, date)


def roles(row: dict) -> tuple:
    return row["indicator"], row["reporter"], row["partner"], row["flow"], row["product"]


TOTAL_IMPORTS = ("merchandise_trade", "TUR", "RUS", "import", "TOTAL")


@pytest.mark.parametrize(
    "text",
    [
        "Imports from Russia, dominated by gas, oil and coal, totalled $58.8 billion in 2022.",
        "Imports from Russia, mostly energy, totalled $58.8 billion in 2022.",
        "Imports from Russia, mainly gas and oil, reached $58.8 billion in 2022.",
        "Exports to Turkey rose in 2021, and imports from Russia, led by crude oil, came to"
        " $58.8 billion in 2022.",
    ],
)
def test_a_total_described_by_its_goods_stays_the_total(text):
    assert roles(read(text, "$58.8")) == TOTAL_IMPORTS


def test_the_figure_before_the_aside_keeps_its_own_flow():
    text = (
        "Turkish exports to Russia rose 45% to $9.3 billion in 2022, while imports from Russia,"
        " dominated by gas, oil and coal, totalled $58.8 billion."
    )
    assert roles(read(text, "$9.3")) == ("merchandise_trade", "TUR", "RUS", "export", "TOTAL")
    assert roles(read(text, "45%"))[0] == "merchandise_trade"
    assert roles(read(text, "$58.8")) == TOTAL_IMPORTS


def test_money_paid_for_the_goods_is_still_the_goods():
    row = read("Turkey paid $20 billion for Russian gas in 2022, mostly via TurkStream.", "$20")
    assert row["indicator"] == "gas_import_value"


def test_a_tonnage_of_mostly_crude_is_still_oil():
    row = read("Turkey imported 10 million tonnes from Russia in 2022, mostly crude.", "10 million")
    assert row["indicator"].startswith("oil")


@pytest.mark.parametrize(
    "text",
    [
        "Russia sold 21.3 bcm to Turkey in 2023. Consumption, meanwhile, hovers around 50 bcm"
        " a year.",
        "Russia sold 21.3 bcm to Turkey in 2023. Demand, however, reached 50 bcm in 2023.",
    ],
)
def test_a_subject_before_a_connective_names_the_figure(text):
    row = read(text, "50 bcm", "2024-03-01")
    assert (row["indicator"], row["partner"]) == ("gas_consumption", "WLD")


def test_a_connective_after_a_clause_of_its_own_opens_a_new_one():
    text = (
        "Turkey is the second largest export market for Gazprom, on the other hand, Russia"
        " ranks second among Turkey's trading partners."
    )
    assert read(text, "second among", "2006-04-01")["indicator"] == "merchandise_trade_rank"


def test_the_countries_after_while_belong_to_the_next_figure():
    text = (
        "Russian direct investment in Turkey remains modest, at about $6.5 billion in total,"
        " while Turkish investment in Russia is estimated at $11 billion."
    )
    first, second = read(text, "6.5", "2023-02-15"), read(text, "$11", "2023-02-15")
    assert (first["reporter"], first["partner"]) == ("TUR", "RUS")  # the host, the owner
    assert (second["reporter"], second["partner"]) == ("RUS", "TUR")
    assert "direction_inferred" not in first["reading_notes"]
