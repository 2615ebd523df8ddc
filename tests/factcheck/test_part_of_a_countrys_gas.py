"""A part of a country's gas ("more than half of Turkey's natural gas") is a share of the gas
that country takes in: the country buys, the subject supplies."""

import pytest

from tests.factcheck.sentences import read_figure


@pytest.mark.parametrize(
    "text, which",
    [
        ("Russia still supplied more than half of Turkey's natural gas in 2015.", "more than half"),
        ("Russia supplied 55 percent of Turkey's natural gas in 2015.", "55 percent"),
        ("Moscow provided the bulk of Türkiye's gas in 2015, some 55%.", "55%"),
    ],
)
def test_a_part_of_a_countrys_gas_is_that_countrys_imports(text, which):
    row = read_figure(text, which, "2016-12-14")
    assert row["indicator"] == "gas_import_share"
    assert (row["reporter"], row["partner"]) == ("TUR", "RUS")


def test_a_countrys_own_named_gas_is_still_its_own():
    text = "Azerbaijan's Shah Deniz gas made up 20 percent of Turkey's imports in 2015."
    row = read_figure(text, "20 percent", "2016-12-14")
    assert row["partner"] == "AZE"


def test_a_later_clause_on_the_same_flow_keeps_the_sides():
    """'supplied … of Turkey's oil imports, and … its share of crude imports': one flow in
    both clauses (the seller's verb is no flow the other way), so the sides do not swap."""
    text = (
        "Russia supplied 51% of Turkey's oil imports in 2023, and in July 2024 its share of"
        " crude imports reached 68.45%."
    )
    for which in ("51%", "68.45"):
        row = read_figure(text, which, "2025-01-01")
        assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "RUS", "import")


@pytest.mark.parametrize(
    "text, which, partner",
    [
        (
            "Turkey imported 26 bcm of Russian gas in 2021. Turkey's gas bill was $14 billion.",
            "14",
            "WLD",
        ),
        ("Turkey's bill for Russian gas was $9 billion in 2021.", "9", "RUS"),
        ("Turkey's gas purchases from Russia cost $9 billion in 2021.", "9", "RUS"),
    ],
)
def test_a_countrys_gas_bill_is_every_suppliers_unless_one_is_named(text, which, partner):
    row = read_figure(text, which, "2022-08-05")
    assert (row["reporter"], row["partner"]) == ("TUR", partner)
