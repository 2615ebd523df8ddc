"""The verdict scale: thresholds, precision, bands, changes and ranks, in one place."""

import math

import pytest

from factcheck.scale import (
    ACCURATE_WITHIN,
    APPROX_WITHIN,
    SCALE,
    WRONG_BEYOND,
    decimals,
    rate,
    rounds_to,
)
from validation.claim_vocabulary import VERDICTS


def bare(claimed: float, recorded: float, unit: str = "USD") -> str:
    return rate(claimed, claimed, claimed, "exact", recorded, unit)[0]


@pytest.mark.parametrize(
    ("claimed", "verdict"),
    [
        (100 + ACCURATE_WITHIN - 0.01, "accurate"),
        (100 + APPROX_WITHIN - 0.01, "approximately_right"),
        (100 - APPROX_WITHIN - 1, "understated"),
        (100 + APPROX_WITHIN + 1, "exaggerated"),
        (100 + WRONG_BEYOND, "exaggerated"),
        (100 + WRONG_BEYOND + 1, "wrong"),
    ],
)
def test_bare_figures_against_a_record_of_1037(claimed, verdict):
    # 1037 keeps the record off the claim's rounding grid, so only the percentages decide.
    assert bare(claimed * 10.37, 1037) == verdict


def test_a_record_that_rounds_to_the_claim_is_accurate():
    assert decimals(35e9) == (1e9, 0) and decimals(9.9) == (1, 1) and decimals(0.3897)[1] == 4
    assert rounds_to(9.9, 9.89) and rounds_to(20, 19.95) and not rounds_to(35e9, 33.57e9)
    assert bare(-10, -10.4, "percent") == "accurate"  # 2.0 points is 3.8%, but it rounds


def test_more_than_up_to_and_ranges_measure_from_their_edge():
    assert rate(3e6, 3e6, math.nan, "at_least", 3.101e6, "tonnes")[0] == "accurate"
    assert rate(33, math.nan, 33, "at_most", 32.5, "percent")[0] == "accurate"
    verdict, miss = rate(10.45, 10.3, 10.6, "range", 10.876, "bcm")
    assert verdict == "approximately_right" and miss == pytest.approx(-2.54, abs=0.01)


def test_a_change_is_compared_by_its_size_and_sign():
    assert rate(-40, -40, -40, "approx", -37.3, "percent", "change")[0] == "approximately_right"
    assert rate(-40, -40, -40, "approx", -35.7, "percent", "change")[0] == "exaggerated"
    assert rate(35, 35, 35, "exact", -35.7, "percent", "change")[0] == "wrong"


def test_a_rank_is_the_place_or_wrong():
    assert rate(2, 2, 2, "exact", 2, "rank")[0] == "accurate"
    assert rate(2, 2, 2, "exact", 3, "rank")[0] == "wrong"


def test_the_scale_is_the_closed_verdict_list():
    assert tuple(SCALE) == VERDICTS
    assert [v.rating for v in SCALE.values()][:6] == [6, 5, 4, 3, 2, 1]
    assert {"target_met", "target_missed", "target_not_due", "needs_review"} <= set(SCALE)
