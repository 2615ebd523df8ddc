"""A date in a clause of reason or cause after a figure (", following the crisis of November
2015") dates the cause, not the figure; a period said plainly after it still does."""

from tests.factcheck.sentences import read_figure

DATE = "2017-02-01"


def test_a_date_in_a_cause_after_the_figure_does_not_date_it():
    text = (
        "Arrivals from Russia sank by 80 percent in 2016 to about 0.9 million, following the "
        "sanctions Moscow imposed in December 2015."
    )
    assert read_figure(text, "0.9 million", DATE)["period"] == "2016"


def test_a_date_in_the_wake_of_clause_does_not_date_the_figure():
    text = (
        "Turkish exports to Russia dropped 32% in 2016 to $1.7 billion, in the wake of the "
        "jet incident of November 2015."
    )
    assert read_figure(text, "1.7", DATE)["period"] == "2016"


def test_a_period_said_after_the_figure_still_dates_it():
    text = "Turkish exports to Russia came to $1.7 billion, as of December 2016."
    assert read_figure(text, "1.7", DATE)["period"] == "2016-12"
