"""The sentence quoted beside a verdict is the one the reader read the figure in."""

import pytest

from factcheck.explain import sentence_of


def quoted(text: str, figure: str) -> str:
    start = text.index(figure)
    return sentence_of(text, start, start + len(figure))


def test_an_abbreviation_does_not_end_the_quoted_sentence():
    text = "Trade rose to $57 billion, Mr. Demir told reporters in Ankara. Other news followed."
    assert quoted(text, "$57 billion") == (
        "Trade rose to $57 billion, Mr. Demir told reporters in Ankara."
    )


@pytest.mark.parametrize("marker", ["[7]", "[7][8]", "¹", "”"])
def test_a_marker_after_the_stop_closes_its_own_sentence(marker):
    text = (
        f"Exports reached $4.1 billion in 2023.{marker} Imports were $31 billion that year.[9]"
        " Next came the gas."
    )
    assert quoted(text, "$4.1 billion") == f"Exports reached $4.1 billion in 2023.{marker}"
    assert quoted(text, "$31 billion") == "Imports were $31 billion that year.[9]"


def test_a_subheading_is_not_quoted_with_the_sentence_below_it():
    text = "Trade fell last year.\n\nEnergy\nGas imports fell to 21 bcm in 2023. More followed."
    assert quoted(text, "21 bcm") == "Gas imports fell to 21 bcm in 2023."


def test_each_list_item_is_quoted_alone():
    text = "Imports from Russia:\n- 2022: $58.9 billion\n- 2023: $45.6 billion\n"
    assert quoted(text, "$45.6 billion") == "- 2023: $45.6 billion"


def test_a_link_after_the_stop_is_not_quoted_with_the_sentence():
    text = "Gas imports reached 21.3 bcm in 2023. [the release](https://example.org/gas) More."
    assert quoted(text, "21.3 bcm") == "Gas imports reached 21.3 bcm in 2023."
