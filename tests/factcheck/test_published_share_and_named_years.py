"""Sentences of our own: a share we computed from a partner table does not fault a claimed share
that an official body's own published share for the same year gives (its whole may differ),
while a share nothing official backs is still faulted; and a year written to name the next
figure ('the 2020 level of about 16 bcm', 'the record year 2019, when ...') does not date the
figure before it."""

import pytest

from tests.factcheck.sentences import checked_figure, read_figure

NEGATIVE = {"wrong", "exaggerated", "understated", "target_missed", "wrong_unit_or_impossible"}

# Eurostat partner table: Russian crude 3.2 of 24.9 Mt in 2016 (13%); TPAO's own statement of
# Russia's share of Turkey's petroleum imports that year: 19%.


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("Russian crude oil made up 19% of Turkey's oil imports in 2016.", "19%"),
        ("In 2016 Russia supplied 19 percent of Turkey's crude oil imports.", "19 percent"),
        ("Russia's share of Turkish crude imports was about 19 per cent in 2016.", "19 per"),
    ],
)
def test_a_share_an_official_body_published_is_not_faulted_by_our_computation(
    snapshot, text, which
):
    row = checked_figure(snapshot, text, which, "2017-06-01")
    assert row["verdict"] == "needs_review", row["explanation"]
    assert "gives the claimed share" in row["explanation"]


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("Russian crude oil made up 35% of Turkey's oil imports in 2016.", "35%"),
        ("In 2016 Russia supplied 30 percent of Turkey's crude oil imports.", "30 percent"),
    ],
)
def test_a_share_no_official_publication_backs_is_still_faulted(snapshot, text, which):
    row = checked_figure(snapshot, text, which, "2017-06-01")
    assert row["verdict"] in NEGATIVE, row["explanation"]


def test_an_unattributed_share_does_not_shield_a_claim(snapshot):
    # only an unattributed page gives 60% for 2016; the official series give 51-53%
    text = "Russia's share of Turkey's gas imports was 60 per cent in 2016."
    row = checked_figure(snapshot, text, "60 per", "2017-06-01")
    assert row["verdict"] in NEGATIVE


@pytest.mark.parametrize(
    ("text", "which", "period"),
    [
        ("Russia supplied 40 percent of Turkey's gas in 2022. In absolute terms that was 21.6"
         " bcm, close to the 2020 level of about 16 bcm.", "21.6", "2022"),
        ("Turkey bought 21.6 bcm of Russian gas in 2022. That is above the 2020 total of 16"
         " bcm.", "16 bcm", "2020"),
        ("Russian deliveries were 21.6 bcm last year, well below the 2017 peak of 27.6 bcm.",
         "21.6", "2022"),
        ("Russian deliveries were 21.6 bcm last year, well below the 2017 peak of 27.6 bcm.",
         "27.6", "2017"),
        ("Russians made 5.2 million visits in 2022. Total arrivals reached 51.4 million, still"
         " short of the record year 2019, when 7 million Russians came.", "51.4", "2022"),
        ("Russians made 5.2 million visits in 2022. Total arrivals reached 51.4 million, still"
         " short of the record year 2019, when 7 million Russians came.", "7 million", "2019"),
    ],
)  # fmt: skip
def test_a_year_that_names_the_next_figure_does_not_date_the_one_before(text, which, period):
    assert read_figure(text, which, "2023-03-01")["period"] == period


@pytest.mark.parametrize(
    ("text", "which", "period"),
    [
        ("Russia supplied 19% of Turkey's crude in 2017, when Iraq was the top supplier.", "19%",
         "2017"),
        ("Imports from Russia fell to $15.5 billion in 2016, when the two countries fell out.",
         "15.5", "2016"),
    ],
)  # fmt: skip
def test_a_year_after_in_stays_with_the_figure_before_its_when_clause(text, which, period):
    assert read_figure(text, which, "2023-03-01")["period"] == period


@pytest.mark.parametrize(
    "text",
    [
        "Russian grades made up 68pc of Turkish crude imports in July 2024, up from 19pc in 2017"
        " when Iraqi grades dominated.",
        "Russian crude made up 68% of Turkey's crude imports in July 2024, up from 19% in 2017"
        " when Iraqi and Kazakh barrels led.",
    ],
)
def test_a_when_clause_after_a_year_lends_no_partner(text):
    row = read_figure(text, "19", "2025-02-10")
    assert row["partner"] == "RUS"
