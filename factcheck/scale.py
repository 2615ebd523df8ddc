"""The verdict scale and every threshold it uses. The README documents this module.

A claimed figure is compared with a recorded one:

- accurate: within ACCURATE_WITHIN percent, or the record rounds to the claim at the
  precision the claim is written in ("9.9%" holds for 9.89; "$35 billion" needs 34.5–35.5);
- approximately right: within APPROX_WITHIN percent;
- understated / exaggerated: further off, up to WRONG_BEYOND percent; wrong beyond that;
- "more than X" holds at or above X, "up to X" at or below, a range when the record lies in
  it; outside, the distance is measured from the nearest edge;
- a change is compared by its size, and a change with the wrong sign is wrong;
- a rank is either the recorded place (accurate) or wrong;
- a target is met or missed at its deadline, or not yet due;
- needs review: the reading is not confident enough (or the only records are statements) for
  a negative verdict; unverifiable: nothing recorded for the same quantity and period.

Gaps are `(claimed − recorded) / |recorded|`.
"""

import math
from typing import NamedTuple

from validation.claim_vocabulary import VERDICTS


class Verdict(NamedTuple):
    key: str
    label: str
    rating: int | None  # 6 best .. 1 worst; None when the verdict is not a rating
    meaning: str


SCALE: dict[str, Verdict] = {
    v.key: v
    for v in [
        Verdict("accurate", "Accurate", 6, "the record is within 2%, or rounds to the claim"),
        Verdict("approximately_right", "Approximately right", 5, "within 10% of the record"),
        Verdict("understated", "Understated", 4, "lower than the record by 10–50%"),
        Verdict("exaggerated", "Exaggerated", 3, "higher than the record by 10–50%"),
        Verdict("wrong", "Wrong", 2, "off by more than half, the wrong sign, or another rank"),
        Verdict(
            "wrong_unit_or_impossible",
            "Wrong unit or impossible",
            1,
            "the unit cannot measure the quantity, or the figure is impossible",
        ),
        Verdict("target_met", "Target met", None, "the goal was reached by its deadline"),
        Verdict("target_missed", "Target missed", None, "the goal was not reached by its deadline"),
        Verdict("target_not_due", "Target not yet due", None, "the deadline has not passed"),
        Verdict(
            "needs_review",
            "Needs review",
            None,
            "the reading (period, direction, unit or measure inferred) or the evidence (only"
            " statements or unattributed figures) is not strong enough for a negative verdict",
        ),
        Verdict(
            "unverifiable",
            "Unverifiable",
            None,
            "nothing recorded for the same quantity, direction and period",
        ),
    ]
}
assert tuple(SCALE) == VERDICTS, "the scale and the schema's verdict list must agree"
BEST_RATING, WORST_RATING = 6, 1
POSITIVE = frozenset({"accurate", "approximately_right"})
NEGATIVE = frozenset({"understated", "exaggerated", "wrong"})

ACCURATE_WITHIN = 2.0  # percent, or the record rounds to the claim at its precision
APPROX_WITHIN = 10.0  # percent: approximately right
WRONG_BEYOND = 50.0  # percent: further than this is wrong, not just over/understated
# A level for a month or a span of months is implausible above the full year recorded for
# the same quantity and year (a part of a year cannot exceed the whole), above PEAK_MARGIN
# times the largest full year of other years (a series may have grown since), or above
# PEAK_MARGIN times the largest month recorded, per month of the span.
PEAK_MARGIN = 3.0
AS_OF_LAG = 1  # years: a "now" statement may mean the latest full year or the one before


def gap_percent(claimed: float, recorded: float) -> float:
    if recorded == 0:
        return math.inf if claimed else 0.0
    return (claimed - recorded) / abs(recorded) * 100


def decimals(value: float) -> tuple[float, int]:
    """The scale a figure is written at and its decimals: 35e9 -> (1e9, 0), 9.9 -> (1, 1)."""
    scale = 1.0
    for step in (1e12, 1e9, 1e6, 1e3):
        if abs(value) >= step and abs(value) >= 1e4:
            scale = step
            break
    shown = f"{abs(value) / scale:.6f}".rstrip("0").rstrip(".")
    return scale, len(shown.partition(".")[2])


def rounds_to(claimed: float, recorded: float) -> bool:
    """True when the record, rounded as the claim is written, gives the claim."""
    scale, places = decimals(claimed)
    return round(recorded / scale, places) == round(claimed / scale, places)


def band(value: float, low: float | None, high: float | None, comparator: str):
    """The claim as an interval: a bare or hedged figure is a point."""
    if comparator in ("exact", "approx", "target"):
        return value, value
    lower = -math.inf if low is None or math.isnan(low) else low
    upper = math.inf if high is None or math.isnan(high) else high
    if comparator == "at_least":
        upper = math.inf
    if comparator == "at_most":
        lower = -math.inf
    return lower, upper


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
    measure: str = "level",
) -> tuple[str, float]:
    """(verdict key, signed miss in percent) for a claim against one recorded value."""
    if unit == "rank":
        same = round(value) == round(recorded)
        return ("accurate" if same else "wrong"), 0.0 if same else math.inf
    if measure == "balance":
        # A trade balance: a deficit claimed for a surplus (or the reverse) is wrong; else
        # the sizes are compared, so "exaggerated" means a deficit (or surplus) made larger.
        if value * recorded < 0:
            return "wrong", math.inf
        if value < 0 or recorded < 0:
            flipped = {"at_least": "at_most", "at_most": "at_least"}.get(comparator, comparator)
            neg = lambda v: -v if v is not None and not math.isnan(v) else v  # noqa: E731
            value, low, high, comparator = -value, neg(high), neg(low), flipped
            recorded = -recorded
        measure = "level"
    if measure == "change":
        if value * recorded < 0 and abs(recorded) >= 0.5:
            return "wrong", math.inf  # a rise claimed for a fall, or the reverse
        value, recorded = abs(value), abs(recorded)
        low = abs(low) if low is not None and not math.isnan(low) else low
        high = abs(high) if high is not None and not math.isnan(high) else high
        if low is not None and high is not None and not math.isnan(low) and low > high:
            low, high = high, low
    lower, upper = band(value, low, high, comparator)
    miss = miss_percent(lower, upper, recorded)
    point = lower == upper
    if abs(miss) <= ACCURATE_WITHIN or (point and rounds_to(value, recorded)):
        return "accurate", miss
    if abs(miss) <= APPROX_WITHIN:
        return "approximately_right", miss
    if abs(miss) > WRONG_BEYOND:
        return "wrong", miss
    return ("exaggerated" if miss > 0 else "understated"), miss
