"""Three readings found on articles of our own: a list of goods set off by commas ("dominated by
crude oil, oil products and natural gas") is what a total is made of, whatever order the goods
come in; a place earned with a dated figure ("came second, with 5.03 million in 2019") takes
that figure's year; and a paragraph that opens with "The system ..." points back to the route
the paragraph before names."""

from tests.factcheck.sentences import fields, read_figure


def test_a_list_of_goods_with_multiword_names_is_the_totals_makeup():
    text = (
        "Turkey's imports from Russia, dominated by crude oil, oil products and natural gas,"
        " reached $41 billion in 2023."
    )
    row = read_figure(text, "$41 billion", "2024-05-01")
    assert fields(row, "indicator", "flow", "reporter", "partner") == (
        "merchandise_trade",
        "import",
        "TUR",
        "RUS",
    )


def test_oil_and_oil_product_imports_names_both():
    row = read_figure(
        "Russia supplied 47% of Turkey's oil and oil product imports in 2022.", "47%", "2023-05-01"
    )
    assert fields(row, "indicator", "product") == ("oil_import_share", "oil_and_products")


def test_a_place_takes_the_year_of_the_figure_it_is_earned_with():
    text = "Germany came second, with 4.9 million visitors to Turkey in 2019."
    assert read_figure(text, "came second", "2024-05-01")["period"] == "2019"
    # a year beyond another clause is not the place's
    text = "Germany came second, with 4.9 million visitors, while Iran sent 3 million in 2019."
    assert read_figure(text, "came second", "2024-05-01")["period"] != "2019"


def test_the_system_at_a_paragraphs_start_is_the_route_named_just_before():
    text = (
        "The TurkStream pipeline completed another year of operation.\n\n"
        "The system consists of two strings of 15.75 bcm each."
    )
    row = read_figure(text, "15.75", "2024-05-01")
    assert row["breakdown"] == "TurkStream, one string"


def test_our_country_in_the_energy_ministers_written_answer_is_turkey():
    text = (
        "Written answer to a parliamentary question\n\n"
        "Answer by the Minister of Energy and Natural Resources:\n\n"
        "In 2022 our country imported 52 bcm of natural gas in total."
    )
    row = read_figure(text, "52 bcm", "2023-04-01")
    assert fields(row, "reporter", "partner", "flow") == ("TUR", "WLD", "import")
