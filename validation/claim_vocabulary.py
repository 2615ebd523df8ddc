"""How a cited figure is read: comparators, hedges, period bases and plausibility ceilings.

Both the claims registry and the extractor use these, and the fact-check reads the same
bands, so "about 30" means one thing everywhere.
"""

from typing import NamedTuple

COMPARATORS: dict[str, str] = {
    "exact": "the figure as written, no hedge",
    "approx": "about / around / some / almost / nearly: a band around the figure",
    "at_least": "more than / over / exceeded: holds if the recorded value is at or above it",
    "at_most": "up to / less than / under: holds if the recorded value is at or below it",
    "range": "two figures written as a range ($30-33 billion)",
    "target": "a goal or forecast for a year, not a statement of what was recorded",
}

PERIOD_BASES: dict[str, str] = {
    "stated": "the text names the period next to the figure",
    "relative": "the text names it against the document's date (last year, this year, a year"
    " earlier)",
    "context": "no period in the clause: taken from its sentence or the sentence before",
    "cited_source": "no period in the text: the year before the cited source was published",
    "document_date": "no period and no citation: the year before the document's date",
    "unknown": "no period, no citation and no document date (or a target with no year)",
}

# What a figure measures (the claim frame's `measure`).
MEASURES: dict[str, str] = {
    "level": "an amount over a period (trade in 2021, gas imported in March)",
    "change": "growth or fall against a base period, in percent or absolute; a fall is negative",
    "share": "a part of a whole (Russia's share of Turkey's gas imports)",
    "rank": "a position among partners (1 = first; 'largest' is 1)",
    "target": "a goal or forecast, with its deadline as the period",
    "capacity": "design capacity of a facility (never an actual flow)",
    "unknown": "a figure whose quantity could not be read; reported, never checked",
}

# How long the claimed period is (the claim frame's `period_granularity`).
GRANULARITIES: dict[str, str] = {
    "year": "a calendar year: YYYY",
    "month": "one month: YYYY-MM",
    "month_range": "a span of months within a year: YYYY-MM/YYYY-MM (H1, January-July)",
    "partial_year": "part of a year whose months are not stated",
    "as_of": "a level stated 'now' or at a date; the period names the latest full year meant",
    "season": "a season (summer: June-August; winter: December-February): its calendar months,"
    " which no record counts, so it is shown and never compared",
    "none": "no period",
}

# Claim units: the observation units plus what only claims use.
CLAIM_ONLY_UNITS: dict[str, str] = {
    "percentage_points": "a difference between two percentages",
    "unknown": "no unit could be read; the figure is reported, never checked",
}

# What the reader inferred rather than read (the claim frame's `reading_notes`, ';'-joined).
READING_NOTES: dict[str, str] = {
    "direction_inferred": "who exports to whom was not said in the clause; taken from context",
    "partner_inferred": "the partner country was taken from the document, not the sentence",
    "period_inferred": "the period was not written next to the figure",
    "unit_assumed": "the unit (e.g. the currency) was not written; the usual one is assumed",
    "unit_unknown": "no unit could be read",
    "measure_unknown": "what the figure measures could not be read",
    "indicator_inferred": "the quantity was taken from the surrounding sentences",
    "base_period_inferred": "a change's base period was not stated; the period before is assumed",
    "value_ambiguous": "the figure can be read two ways (a comma or a dot that may be a decimal"
    " mark, a space that may part two figures)",
    "magnitude_implausible": "larger than the recorded series allows for the period read (a month"
    " above the largest year recorded): the period, a decimal comma or a scale word may be"
    " misread",
    "fraction_in_words": "a share written as a fraction in words ('about a third', 'one in"
    " five'): read as the percentage it rounds to, approximate",
    "multiple_in_words": "a change written as a multiple in words ('tripled', 'halved', 'grew"
    " fivefold'): read as the percentage change it rounds to, approximate unless hedged",
    "routes_combined": "the figure is for several named routes together ('through TurkStream"
    " and Blue Stream'); it is compared with every route from the partner, which may count more",
    "route_unread": "the sentence names one gas route, but the figure was not read with it; it is"
    " compared with every route from the partner, which may count more",
    "period_after_document": "the period begins after the document's date, so nothing was"
    " recorded for it when the text was written: a forecast without a forecast word, or a"
    " misdated text",
    "table_cell": "read from a table: what it measures, its period and its sides come from the"
    " table's caption and the cell's row and column labels",
    "count_unrecorded": "a count of things no record counts (homes, jobs, flights, students,"
    " citizens living abroad): it has no recorded counterpart and is never compared with trade"
    " or visitors",
    "list_heading": "read from a line of a list: what it measures, its sides, unit and period,"
    " where the line does not state them, come from the heading above the list (a heading"
    " ending with ':')",
}
# Notes that matter for a comparison: a claim carrying one never gets a negative verdict.
NOTES_BLOCKING_NEGATIVE = frozenset(
    {
        "direction_inferred",
        "partner_inferred",
        "period_inferred",
        "unit_assumed",
        "unit_unknown",
        "measure_unknown",
        "indicator_inferred",
        "base_period_inferred",
        "value_ambiguous",
        "magnitude_implausible",
        "routes_combined",
        "route_unread",
        "period_after_document",
        "count_unrecorded",
    }
)


# The verdicts, a closed list; factcheck/scale.py gives each its label, rating and rule.
# The first six rate a figure (best first); targets get their own outcomes; needs_review
# holds a claim whose reading or evidence cannot carry a negative verdict.
VERDICTS = (
    "accurate",
    "approximately_right",
    "understated",
    "exaggerated",
    "wrong",
    "wrong_unit_or_impossible",
    "target_met",
    "target_missed",
    "target_not_due",
    "needs_review",
    "unverifiable",
)


class Hedge(NamedTuple):
    comparator: str
    low_factor: float | None  # value_low = value * low_factor (None: unbounded)
    high_factor: float | None


# Hedge phrases, matched as whole words just before the figure. Longer phrases first.
HEDGES: dict[str, Hedge] = {
    "more than": Hedge("at_least", 1.0, None),
    "in excess of": Hedge("at_least", 1.0, None),
    "upwards of": Hedge("at_least", 1.0, None),
    "at least": Hedge("at_least", 1.0, None),
    "exceeded": Hedge("at_least", 1.0, None),
    "exceeds": Hedge("at_least", 1.0, None),
    "exceeding": Hedge("at_least", 1.0, None),
    "over": Hedge("at_least", 1.0, None),
    "above": Hedge("at_least", 1.0, None),
    "no more than": Hedge("at_most", None, 1.0),
    "less than": Hedge("at_most", None, 1.0),
    "fewer than": Hedge("at_most", None, 1.0),
    "at most": Hedge("at_most", None, 1.0),
    "up to": Hedge("at_most", None, 1.0),
    "under": Hedge("at_most", None, 1.0),
    "below": Hedge("at_most", None, 1.0),
    "almost": Hedge("approx", 0.9, 1.0),
    "nearly": Hedge("approx", 0.9, 1.0),
    "just under": Hedge("approx", 0.9, 1.0),
    "close to": Hedge("approx", 0.9, 1.0),
    "near": Hedge("approx", 0.9, 1.1),
    "about": Hedge("approx", 0.9, 1.1),
    "around": Hedge("approx", 0.9, 1.1),
    "approximately": Hedge("approx", 0.9, 1.1),
    "roughly": Hedge("approx", 0.9, 1.1),
    "some": Hedge("approx", 0.9, 1.1),
    "circa": Hedge("approx", 0.9, 1.1),
    # abbreviated: "c.323 kb/d", "ca. 45 bcm", "approx. $5bn", "~$45bn"
    "c.": Hedge("approx", 0.9, 1.1),
    "ca.": Hedge("approx", 0.9, 1.1),
    "approx.": Hedge("approx", 0.9, 1.1),
    "~": Hedge("approx", 0.9, 1.1),
    "an estimated": Hedge("approx", 0.9, 1.1),
    "estimated": Hedge("approx", 0.9, 1.1),
}
EXACT = Hedge("exact", 1.0, 1.0)
TARGET = Hedge("target", 1.0, 1.0)


class Ceiling(NamedTuple):
    value: float
    reason: str


# Magnitudes above these are flagged, not dropped: the claim stays, with the reason.
PLAUSIBLE_CEILINGS: dict[str, Ceiling] = {
    "merchandise_trade": Ceiling(1e12, "above USD 1 trillion, more than any two countries trade"),
    "investment_stock": Ceiling(
        3e11,
        "above USD 300 billion, beyond any plausible direct-investment position of one country"
        " in another; check the scale word (million vs billion)",
    ),
    "fdi_flow": Ceiling(1e11, "above USD 100 billion in one year from one partner"),
    "gas_import_value": Ceiling(2e11, "above USD 200 billion of gas from one supplier"),
    "pipeline_capacity": Ceiling(100.0, "above 100 bcm a year, larger than any gas pipeline"),
    "gas_imports": Ceiling(300.0, "above 300 bcm, more than any country imports"),
    "visitor_arrivals_foreign": Ceiling(2e8, "above 200 million arrivals in one country"),
    "tourist_arrivals_international": Ceiling(2e8, "above 200 million arrivals in one country"),
    "merchandise_trade_rank": Ceiling(250, "a rank beyond the number of countries"),
    "outbound_destination_rank": Ceiling(250, "a rank beyond the number of countries"),
    "fdi_source_rank": Ceiling(250, "a rank beyond the number of countries"),
    "economy_rank_world": Ceiling(250, "a rank beyond the number of countries"),
    "border_length": Ceiling(25000.0, "longer than any land border"),
}
PERCENT_CEILING = Ceiling(100.0, "a share above 100 percent is impossible")
