"""The verdict scale and every threshold it uses. The README documents this module.

A claim is compared with the recorded value as a band: "30" is [30, 30], "about 30" is
[27, 33], "more than 5 million" is [5 million, ∞), a target is met at or above its value.
`miss_percent` is how far the recorded value lies outside that band, relative to the
recorded value (0 inside it). Hedged claims already carry their tolerance in the band, so
they get a narrower "approximately right" margin than bare figures.
"""

import math
from typing import NamedTuple

from validation.claim_vocabulary import VERDICTS


class Verdict(NamedTuple):
    key: str
    label: str
    rating: int | None  # 6 best .. 1 worst; None for unverifiable
    meaning: str


SCALE: dict[str, Verdict] = {
    v.key: v
    for v in [
        Verdict("accurate", "Accurate", 6, "the recorded value is within the claim's band"),
        Verdict(
            "approximately_right",
            "Approximately right",
            5,
            "close: outside the band by no more than the approximate margin",
        ),
        Verdict("understated", "Understated", 4, "the claim is lower than the record"),
        Verdict("exaggerated", "Exaggerated", 3, "the claim is higher than the record"),
        Verdict("wrong", "Wrong", 2, "off by more than half, or a different rank"),
        Verdict(
            "wrong_unit_or_impossible",
            "Wrong unit or impossible",
            1,
            "the unit cannot measure the quantity, or the figure is impossible",
        ),
        Verdict(
            "unverifiable",
            "Unverifiable",
            None,
            "no recorded figure for this quantity and period (within the year window)",
        ),
    ]
}
assert tuple(SCALE) == VERDICTS, "the scale and the schema's verdict list must agree"
BEST_RATING, WORST_RATING = 6, 1

ACCURATE_WITHIN = 5.0  # percent: a bare figure this close to the record is accurate
APPROX_WITHIN_BARE = 15.0  # percent: a bare figure this close is approximately right
APPROX_WITHIN_HEDGED = 10.0  # percent outside a hedged band: approximately right
WRONG_BEYOND = 50.0  # percent: further than this is wrong, not just over/understated
RANK_CLOSE = 1  # places: a rank one place off is approximately right
RANK_WRONG_BEYOND = 2  # places: more than this is wrong
YEAR_WINDOW = 3  # years: how far from the claim's period a record may be used


def band(value: float, low: float | None, high: float | None, comparator: str):
    """The claim as an interval [low, high]; missing bounds are unbounded."""
    if comparator == "exact":
        return value, value
    if comparator == "target":
        return value, math.inf  # a target is met at or above its value
    lower = -math.inf if low is None or math.isnan(low) else low
    upper = math.inf if high is None or math.isnan(high) else high
    return lower, upper


def gap_percent(claimed: float, recorded: float) -> float:
    if recorded == 0:
        return math.inf if claimed else 0.0
    return (claimed - recorded) / abs(recorded) * 100


def miss_percent(lower: float, upper: float, recorded: float) -> float:
    """Signed distance of the band from the record (positive: the claim is too high)."""
    if lower <= recorded <= upper:
        return 0.0
    edge = lower if recorded < lower else upper
    return gap_percent(edge, recorded)


def rate(
    value: float,
    low: float | None,
    high: float | None,
    comparator: str,
    recorded: float,
    unit: str,
) -> str:
    """The verdict key for a claim against one recorded value."""
    if unit == "rank":
        places = round(value - recorded)
        if places == 0:
            return "accurate"
        if abs(places) <= RANK_CLOSE:
            return "approximately_right"
        if abs(places) > RANK_WRONG_BEYOND:
            return "wrong"
        return "exaggerated" if places < 0 else "understated"  # a smaller rank claims more
    lower, upper = band(value, low, high, comparator)
    miss = miss_percent(lower, upper, recorded)
    bare = comparator == "exact"
    if abs(miss) <= (ACCURATE_WITHIN if bare else 0.0):
        return "accurate"
    if abs(miss) <= (APPROX_WITHIN_BARE if bare else APPROX_WITHIN_HEDGED):
        return "approximately_right"
    if abs(miss) > WRONG_BEYOND:
        return "wrong"
    return "exaggerated" if miss > 0 else "understated"
