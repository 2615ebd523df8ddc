"""A period named by an event ("before the pandemic", "pre-war levels", "since the invasion")
is no calendar period: a figure dated so is never dated by the document's date or the
sentences before it, and a year in the event's own name dates the event, not the figure. A
year written beside the figure still dates it; a period named only as what the figure is
compared with ("above pre-pandemic levels") leaves the figure's own period alone."""

import pytest

from tests.factcheck.sentences import checked_figure, read_figure

NEGATIVE = ("understated", "exaggerated", "wrong", "wrong_unit_or_impossible")


@pytest.mark.parametrize(
    "text, which",
    [
        ("Before the pandemic, Turkey welcomed 9 million Russian tourists a year.", "9 million"),
        ("Russian visitor numbers are back to pre-war levels of about 3.2 million.", "3.2 million"),
        ("Prior to the invasion, Turkey's exports to Russia came to $11 billion.", "$11 billion"),
        ("Russia sold Turkey 40 bcm of gas in the years before sanctions.", "40 bcm"),
        ("Turkey's imports from Russia hit $70 billion after the invasion.", "$70 billion"),
        ("In the run-up to the war, Russia supplied 61% of Turkey's wheat imports.", "61%"),
    ],
)
def test_an_event_period_is_not_the_documents(text, which):
    row = read_figure(text, which, "2024-05-01")
    assert row["period"] == "" and row["period_granularity"] == "none"
    assert "event" in row["period_note"]


def test_not_the_year_of_the_sentences_before_either():
    text = (
        "Russian arrivals reached 6.3 million in 2023. Before the pandemic, Russians made up"
        " 9 million arrivals a year."
    )
    assert read_figure(text, "9 million", "2024-05-01")["period"] == ""
    assert read_figure(text, "6.3 million", "2024-05-01")["period"] == "2023"


def test_a_year_in_the_events_name_dates_the_event():
    text = "Before the 2022 invasion, Turkey's imports from Russia stood at $29 billion."
    assert read_figure(text, "$29 billion", "2024-05-01")["period"] == ""


def test_a_year_written_beside_the_figure_dates_it():
    text = "In 2019, before the pandemic, 7 million Russians visited Turkey."
    assert read_figure(text, "7 million", "2024-05-01")["period"] == "2019"
    text = "During the 2020 pandemic, Russian arrivals in Turkey fell to 2.1 million."
    assert read_figure(text, "2.1 million", "2024-05-01")["period"] == "2020"


def test_a_period_compared_with_leaves_the_figure_alone():
    text = "Russian arrivals in Turkey rose to 6.3 million last year, above pre-pandemic levels."
    assert read_figure(text, "6.3 million", "2024-05-01")["period"] == "2023"


def test_an_event_period_gets_no_negative_verdict(snapshot):
    # 3 million is far from any recent year's arrivals; undated, it is never called wrong.
    row = checked_figure(
        snapshot,
        "Before the pandemic, Turkey received 3 million Russian visitors a year.",
        "3 million",
        "2024-05-01",
    )
    assert row["verdict"] in ("unverifiable", "needs_review")


def test_the_year_written_right_after_the_event_names_its_time():
    text = "Germans were the largest group of visitors before the pandemic, at 5 million in 2019."
    assert read_figure(text, "largest group", "2024-05-01")["period"] == "2019"
    # A year in a clause of its own is another period's.
    text = "Before the pandemic, 9 million Russians came a year; in 2023 only 6.3 million did."
    assert read_figure(text, "9 million", "2024-05-01")["period"] == ""
