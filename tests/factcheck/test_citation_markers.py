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


# --- a subheading on its own line is not part of the sentence below it ---------------------


@pytest.mark.parametrize(
    "heading", ["Construction and investment", "Energy", "Tourism and travel", "Trade (2019)"]
)
def test_a_subheading_line_is_a_sentence_of_its_own(heading):
    text = f"Russia is a big partner.\n{heading}\nTurkish contractors built 2,000 projects."
    layout = TextLayout(text, [])
    assert layout.sentence_index(text.index("2,000")) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a hard-wrapped sentence: the line before did not end a sentence
        "Turkish imports of gas from\nRussia rose to 21 bcm in 2022.",
        # a long line is text, not a heading
        "Russia is a big partner.\nTurkish builders and many other firms from Istanbul and"
        " Ankara\nBuilt 2,000 projects.",
    ],
)
def test_a_wrapped_line_is_not_a_subheading(text):
    layout = TextLayout(text, [])
    figure = text.index("21 bcm") if "21 bcm" in text else text.index("2,000")
    assert layout.sentence_index(figure) == layout.sentence_index(text.index("\n") + 1)


@pytest.mark.parametrize(
    ("heading", "sentence", "which", "indicator"),
    [
        ("Construction and investment", "By 2019, Turkish contractors had completed 2,000"
         " projects in Russia worth $70 billion.", "$70", "construction_contracts"),
        ("Investment", "Turkish contractors have carried out projects worth $70 billion in"
         " Russia.", "$70", "construction_contracts"),
        ("Gas and tourism", "In 2019, 7 million Russian tourists visited Turkey.", "7 million",
         "visitor_arrivals_foreign"),
    ],
)  # fmt: skip
def test_a_subheading_lends_no_topic_to_the_sentence_below(heading, sentence, which, indicator):
    text = f"Russia and Turkey trade a lot.\n{heading}\n{sentence}"
    assert read_figure(text, which, "2024-06-01")["indicator"] == indicator


def test_a_subheading_after_a_blank_line_is_a_sentence_of_its_own():
    text = "Russia is a big partner.\n\nConstruction and investment\nContractors built 2,000 sites."
    layout = TextLayout(text, [])
    heading = layout.sentence_index(text.index("Construction"))
    assert layout.sentence_index(text.index("2,000")) == heading + 1
