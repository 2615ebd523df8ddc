"""The verdict scale: thresholds, hedges and ranks, in one place."""

import math

import pytest

from factcheck.scale import (
    ACCURATE_WITHIN,
    APPROX_WITHIN_BARE,
    SCALE,
    WRONG_BEYOND,
    band,
    rate,
)


def bare(claimed: float, recorded: float) -> str:
    return rate(claimed, claimed, claimed, "exact", recorded, "USD")


@pytest.mark.parametrize(
    ("claimed", "verdict"),
    [
        (100 + ACCURATE_WITHIN, "accurate"),
        (100 + ACCURATE_WITHIN + 1, "approximately_right"),
        (100 - APPROX_WITHIN_BARE, "approximately_right"),
        (100 + APPROX_WITHIN_BARE + 1, "exaggerated"),
        (100 - APPROX_WITHIN_BARE - 1, "understated"),
        (100 + WRONG_BEYOND, "exaggerated"),
        (100 + WRONG_BEYOND + 1, "wrong"),
    ],
)
def test_bare_figures_against_a_record_of_100(claimed, verdict):
    assert bare(claimed, 100) == verdict


def test_about_tolerates_more_than_a_bare_figure():
    # 30 vs a record of 33: a bare "30" is 9% off; "about 30" (27-33) holds.
    assert bare(30, 33) == "approximately_right"
    assert rate(30, 27, 33, "approx", 33, "USD") == "accurate"


def test_more_than_holds_when_the_record_is_at_or_above_it():
    assert rate(5e6, 5e6, None, "at_least", 5.9e6, "persons") == "accurate"
    assert rate(5e6, 5e6, None, "at_least", 5e6, "persons") == "accurate"
    assert rate(5e6, 5e6, None, "at_least", 3.47e6, "persons") == "exaggerated"
    assert rate(5e6, 5e6, None, "at_least", 2e6, "persons") == "wrong"


def test_at_most_holds_when_the_record_is_at_or_below_it():
    assert rate(10, None, 10, "at_most", 8, "percent") == "accurate"
    assert rate(10, None, 10, "at_most", 12, "percent") == "understated"


def test_a_target_is_met_at_or_above_its_value():
    assert band(100, 100, 100, "target") == (100, math.inf)
    assert rate(100e9, 100e9, 100e9, "target", 101e9, "USD") == "accurate"
    assert rate(100e9, 100e9, 100e9, "target", 56.5e9, "USD") == "wrong"


@pytest.mark.parametrize(
    ("claimed", "recorded", "verdict"),
    [(2, 2, "accurate"), (2, 3, "approximately_right"), (2, 4, "exaggerated"),
     (4, 2, "understated"), (1, 5, "wrong")],
)  # fmt: skip
def test_ranks_compare_places(claimed, recorded, verdict):
    assert rate(claimed, claimed, claimed, "exact", recorded, "rank") == verdict


def test_the_scale_has_six_steps_and_unverifiable():
    ratings = [v.rating for v in SCALE.values()]
    assert ratings == [6, 5, 4, 3, 2, 1, None]
