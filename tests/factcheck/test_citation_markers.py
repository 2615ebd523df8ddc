"""Academic and encyclopedia register, sentences of our own: a citation marker written after a
full stop ('in 2016.[12] Turkish ...', 'volumes.[3][4] The', 'in 2023.¹ Russia') still ends the
sentence, so a figure of the next sentence takes nothing (period, base, topic) from it."""

import pytest

from factcheck.extraction.context import TextLayout
from tests.factcheck.sentences import read_figure


@pytest.mark.parametrize("marker", ["[12]", "[3][4]", "[7, 8]", "[11-13]", "¹", "¹²", ""])
def test_a_citation_marker_after_a_stop_ends_the_sentence(marker):
    text = f"Imports fell to $15.5 billion in 2016.{marker} Exports collapsed by 51%."
    layout = TextLayout(text, [])
    assert layout.sentence_index(text.index("51%")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's imports from Russia fell from $31.4 billion in 2008 to $15.5 billion in 2016.[12]"
        " Turkish exports to Russia, by contrast, collapsed by 51% in 2016.[13]",
        "Imports from Russia fell from $31.4 billion in 2008 to $15.5 billion in 2016.[1][2]"
        " Turkish exports to Russia dropped by 51% in 2016.",
        "Turkey's imports from Russia fell from $31.4 billion in 2008 to $15.5 billion in 2016.³ "
        "Turkish exports to Russia fell by 51% in 2016.",
    ],
)
def test_a_change_does_not_take_its_base_from_the_sentence_before_a_marker(text):
    row = read_figure(text, "51%", "2021-05-01")
    assert (row["measure"], row["period"], row["base_period"]) == ("change", "2016", "2015")


def test_a_figure_after_a_marker_takes_its_topic_from_its_own_sentence():
    text = (
        "Russian tourist arrivals fell to 866,000 in 2016, from 3.6 million in 2015.[16]"
        " Gas deliveries to Turkey from Russia were 24 bcm in 2016.[17]"
    )
    assert read_figure(text, "24 bcm", "2021-05-01")["indicator"] == "gas_imports"
    assert read_figure(text, "3.6 million", "2021-05-01")["indicator"] == (
        "visitor_arrivals_foreign"
    )
