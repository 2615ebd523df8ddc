"""What oil products are made of ("mostly diesel") is not a narrower product than the one the
figure counts; a product named alone still is."""

import pytest

from tests.factcheck.sentences import fields, read_figure


@pytest.mark.parametrize(
    "text, which",
    [
        ("Turkey bought 2.9 million tonnes of Russian oil products, mainly diesel, in 2021.",
         "2.9"),
        ("Imports of refined products from Russia, largely gasoline and jet fuel, hit 4.1 Mt in "
         "2022.", "4.1"),
        ("Oil products from Russia, mostly diesel and naphtha, came to 800,000 tonnes in March "
         "2022.", "800,000"),
    ],
)  # fmt: skip
def test_the_makeup_of_oil_products_is_no_breakdown(text, which):
    row = read_figure(text, which, "2023-01-10")
    assert fields(row, "product", "breakdown") == ("oil_products", "")


def test_diesel_named_alone_is_still_diesel():
    row = read_figure(
        "Turkey imported 1.2 million tonnes of Russian diesel in 2022.", "1.2", "2023-01-10"
    )
    assert fields(row, "product", "breakdown") == ("oil_products", "diesel")
