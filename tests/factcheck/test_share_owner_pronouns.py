"""Whose share of whose imports: "<owner>'s share of crude imports" names the seller when the
owner exports those goods, the importer when it does not (which countries export which goods
is data, EXPORTER_GOODS); and a possessive pronoun ("its share of ...") in a sentence naming
no country stands for the country the sentence before opens with."""

import pytest

from tests.factcheck.sentences import fields, read_figure


@pytest.mark.parametrize(
    "text",
    [
        "Turkey leaned on Moscow for fuel. In May 2023 its share of crude imports hit 48%.",
        "Türkiye depends on Russia. In May 2023 its share of crude imports reached 48%.",
        "Russia became the top seller of oil to Turkey. Its share of crude imports was 48% in"
        " May 2023.",
        "In May 2023 Russia's share of crude imports reached 48% in Turkey.",
        "In May 2023 Turkey's share of crude imports from Russia reached 48%.",
    ],
)
def test_the_importer_is_the_country_that_buys_the_goods(text):
    row = read_figure(text, "48%", "2024-06-01")
    assert fields(row, "indicator", "flow", "reporter", "partner") == (
        "oil_import_share",
        "import",
        "TUR",
        "RUS",
    )


def test_a_gas_exporter_owning_the_share_sells():
    text = "Azerbaijan expanded its reach. Its share of gas imports rose to 21% in Turkey in 2023."
    row = read_figure(text, "21%", "2024-06-01")
    assert fields(row, "reporter", "partner") == ("TUR", "AZE")


def test_a_buyer_owning_the_share_of_gas_imports_buys():
    text = "Türkiye kept buying from Azerbaijan. In 2023 its share of gas imports reached 21%."
    row = read_figure(text, "21%", "2024-06-01")
    assert row["reporter"] == "TUR"


def test_a_pronoun_with_a_country_in_its_own_sentence_is_not_resolved_from_before():
    text = "Turkey leaned on Moscow. Iraq kept its share of crude imports at 20% in 2023."
    row = read_figure(text, "20%", "2024-06-01")
    assert row["partner"] == "IRQ"
