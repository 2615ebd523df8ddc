"""A share "of the total" just stated, said with its own subject ("with Russia accounting for
51.9 percent of the total"), is that subject's share of the whole's owner's imports; the
list after it continues the same importer."""

from tests.factcheck.sentences import fields, read_figure

TEXT = (
    "Turkey bought 48.3 bcm of gas in 2016, with Russia making up 52.9 percent of the total. "
    "Iran was the second biggest supplier with 7.7 bcm."
)


def test_the_subject_of_a_share_of_the_total_is_the_seller():
    row = read_figure(TEXT, "52.9", "2017-03-01")
    assert fields(row, "indicator", "reporter", "partner", "flow") == (
        "gas_import_share", "TUR", "RUS", "import",
    )  # fmt: skip


def test_the_next_supplier_sells_to_the_same_importer():
    row = read_figure(TEXT, "7.7", "2017-03-01")
    assert fields(row, "reporter", "partner", "flow") == ("TUR", "IRN", "import")
