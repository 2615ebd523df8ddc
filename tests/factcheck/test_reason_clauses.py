"""Sentences of our own: goods named in a clause that gives the reason for a figure (', as the
country paid more for gas', ', mostly because oil became cheaper', ', due to higher coal
prices') explain the figure; they do not make a trade total a gas, oil or coal figure. A figure
inside such a clause, or a clause that names its own goods, keeps them."""

import pytest

from tests.factcheck.sentences import read_figure


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("Turkey's imports from Russia reached $58.85 billion in 2022, official data showed, as"
         " the country paid more for natural gas, crude oil and coal.", "58.85"),
        ("Our imports from Russia fell to $45 billion in 2023, mostly because gas and oil became"
         " cheaper.", "$45"),
        ("Imports from Russia rose to $58.9 billion in 2022, due to the higher cost of Russian"
         " gas.", "58.9"),
        ("Turkish purchases from Russia climbed to $58.9 billion in 2022, thanks to discounted"
         " crude oil.", "58.9"),
        ("Imports from Russia hit $58.9 billion in 2022, amid soaring coal and gas bills.",
         "58.9"),
    ],
)  # fmt: skip
def test_goods_in_a_reason_clause_do_not_name_a_trade_total(text, which):
    row = read_figure(text, which, "2024-03-01")
    assert (row["indicator"], row["product"]) == ("merchandise_trade", "TOTAL")


@pytest.mark.parametrize(
    ("text", "which", "indicator"),
    [
        ("Turkey paid $20 billion for Russian gas in 2022, as the country imported more.",
         "$20", "gas_import_value"),
        ("Turkey's gas imports rose, as the country paid $20 billion for Russian gas in 2022.",
         "$20", "gas_import_value"),
        ("Russian gas deliveries to Turkey rose to 21.6 bcm in 2022, as oil prices soared.",
         "21.6", "gas_imports"),
    ],
)  # fmt: skip
def test_a_figure_with_its_own_goods_keeps_them(text, which, indicator):
    assert read_figure(text, which, "2024-03-01")["indicator"] == indicator
