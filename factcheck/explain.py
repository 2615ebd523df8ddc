"""Plain sentences: how a figure reads, and why a claim got its verdict."""

import math

from factcheck.evidence import Evidence, usd
from validation.vocabulary import TIER_LABELS

_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def figure(value: float, unit: str) -> str:
    """A value in its unit, written as a reader would say it."""
    if math.isnan(value):
        return "n/a"
    if unit == "USD":
        return usd(value)
    if unit == "EUR":
        return usd(value).replace("$", "€")
    if unit == "percent":
        return f"{value:.1f}%"
    if unit == "rank":
        place = round(value)
        suffix = "th" if 10 <= place % 100 <= 20 else _ORDINAL_SUFFIX.get(place % 10, "th")
        return f"{place}{suffix}"
    if unit in ("bcm", "bcm_per_year"):
        return f"{value:g} bcm" + (" a year" if unit == "bcm_per_year" else "")
    if unit in ("persons", "trips", "count"):
        if value >= 1e6:
            return f"{value / 1e6:.2f} million"
        return f"{value:,.0f}"
    if unit == "km":
        return f"{value:,.0f} km"
    return f"{value:g} {unit}"


def claimed_text(claim) -> str:
    hedge = {
        "approx": "about ",
        "at_least": "more than ",
        "at_most": "at most ",
        "target": "a target of ",
    }.get(claim["comparator"], "")
    unit = claim["unit"]
    if claim["comparator"] == "range":
        return f"{figure(claim['value_low'], unit)}–{figure(claim['value_high'], unit)}"
    return hedge + figure(claim["value"], unit) + (" place" if unit == "rank" else "")


def period_text(claim) -> str:
    if not claim["period"]:
        return "no stated year"
    if claim["period_basis"] == "stated":
        return claim["period"]
    why = {"cited_source": "its cited source", "document_date": "the document's date"}
    return f"{claim['period']}, inferred from {why[claim['period_basis']]}"


def evidence_text(evidence: Evidence, titles: dict[str, str]) -> str:
    who = f"{titles.get(evidence.source_id, evidence.source_id)}"
    if evidence.view:
        who += f", {evidence.view}"
    who += f" [{TIER_LABELS[evidence.tier]}]"
    extra = f"; {evidence.breakdown}" if evidence.breakdown else ""
    return (
        f"{who} recorded {figure(evidence.value, evidence.unit)} for {evidence.year}"
        f" ({evidence.method}{extra})"
    )
