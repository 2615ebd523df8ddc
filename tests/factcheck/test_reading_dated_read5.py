"""Readings found wrong when articles of several years were checked at their own dates, fixed
as general rules and tested on sentences of our own (several phrasings each)."""

import pytest

from tests.factcheck.sentences import checked_figure, read_figure, reading_notes


@pytest.fixture(scope="module")
def records(snapshot):
    return snapshot


# --- two routes joined by "and the": the figure is their sum, not the first route's ----------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Russia shipped 26.2 bcm of gas to Turkey last year through Blue Stream and the"
         " Trans-Balkan line.", "2014-11-15"),
        ("Turkey took 26.2 bcm of Russian gas in 2013 via the Blue Stream pipeline and the"
         " Trans-Balkan line.", "2014-03-15"),
        ("Blue Stream and the Trans-Balkan line together carried 26.2 bcm of Russian gas to"
         " Turkey in 2013.", "2015-01-15"),
        ("Turkey imported 26.2 bcm from Russia in 2013 over the Trans-Balkan pipeline and the"
         " Blue Stream line.", "2016-06-15"),
    ],
)  # fmt: skip
def test_routes_joined_by_and_the_are_read_together(records, text, date):
    row = read_figure(text, "26.2", date)
    assert row["breakdown"] == ""
    assert "routes_combined" in reading_notes(row)
    assert row["period"] == "2013"
    checked = checked_figure(records, text, "26.2", date)
    assert checked["verdict"] not in ("understated", "exaggerated", "wrong")


@pytest.mark.parametrize(
    ("text", "which", "route"),
    [
        ("Blue Stream carried 13 bcm and the TurkStream line 5 bcm in 2021.", "13", "Blue Stream"),
        ("Blue Stream carried 13 bcm and the TurkStream line 5 bcm in 2021.", "5 bcm",
         "TurkStream"),
        ("Russia shipped 13.4 bcm through Blue Stream in 2013, and the Trans-Balkan line carried"
         " the rest.", "13.4", "Blue Stream"),
    ],
)  # fmt: skip
def test_each_route_with_its_own_figure_keeps_its_route(text, which, route):
    assert read_figure(text, which, "2022-03-15")["breakdown"] == route
