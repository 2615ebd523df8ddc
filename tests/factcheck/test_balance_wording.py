"""A deficit claimed against a recorded deficit is said as a larger or smaller deficit, never
as a number 'above' or 'below' a negative one."""

import pytest

from tests.factcheck.sentences import checked_figure, read_figure


def test_two_deficits_are_compared_by_size(snapshot):
    text = "Ankara's trade gap with Moscow stood at $30 billion in 2019."
    row = checked_figure(snapshot, text, "30 billion", "2020-03-01")
    assert row["flow"] == "balance" and row["value"] < 0
    assert "the claimed deficit is" in row["explanation"] and "% larger" in row["explanation"]
    assert "% above it" not in row["explanation"]


def test_a_word_of_another_balance_elsewhere_in_the_sentence_does_not_hide_the_trade_balance():
    text = (
        "Turkey's deficit with Russia narrowed to about $40 billion in 2023 as energy prices fell."
    )
    row = read_figure(text, "40 billion", "2024-03-01")
    assert (row["flow"], row["reporter"], row["partner"]) == ("balance", "TUR", "RUS")
    assert row["value"] == -40e9


@pytest.mark.parametrize(
    "text, which",
    [
        ("Turkey's current account deficit with the world reached $45 billion in 2023.", "45"),
        ("Turkey's energy trade deficit with Russia hit $38 billion in 2022.", "38"),
        ("Turkey ran a deficit of $3 billion in services with Russia in 2022.", "3 billion"),
    ],
)
def test_another_balance_named_in_its_own_phrase_is_not_the_goods_balance(text, which):
    row = read_figure(text, which, "2024-03-01")
    assert row["flow"] != "balance"
