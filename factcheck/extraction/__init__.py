"""Plain text in, candidate claims out: every figure with its reading, span and period.

The pipeline: mask what is not a claim (citations, URLs, dates, headings), find figures,
read the hedge before each, find its period, decide what it measures, flag what looks wrong.
"""

import csv
import datetime as dt
import math
from functools import cache
from pathlib import Path

import pandas as pd

from factcheck.extraction.classify import CountryFinder, classify
from factcheck.extraction.context import (
    TextLayout,
    find_period,
    hedge_before,
    is_target,
    target_period_note,
)
from factcheck.extraction.masks import Coverage, find_masks
from factcheck.extraction.quantities import Quantity, find_quantities
from validation.claim_vocabulary import PERCENT_CEILING, PLAUSIBLE_CEILINGS
from validation.claims import CLAIM_COLUMNS

COUNTRY_TERMS = Path(__file__).with_name("country_terms.csv")
_SKIP_MASKS = frozenset({"url", "citation", "footnote", "page", "section", "date", "question"})


@cache
def country_terms() -> dict[str, tuple[str, str]]:
    with COUNTRY_TERMS.open(encoding="utf-8", newline="") as handle:
        return {row["term"]: (row["code"], row["kind"]) for row in csv.DictReader(handle)}


def curated_names() -> dict[str, str]:
    """Code -> the first plain name the curated terms give it, and WLD -> "world"."""
    names: dict[str, str] = {"WLD": "world"}
    for term, (code, kind) in country_terms().items():
        if kind == "name":
            names.setdefault(code, term)
    return names


def extract_claims(
    text: str, document: str = "", document_date: dt.date | str | None = None
) -> pd.DataFrame:
    """Candidate claims in `text`, one row per figure, with the Claim schema's columns."""
    year = _year_of(document_date)
    masks = find_masks(text)
    layout = TextLayout(text, masks)
    countries = CountryFinder(country_terms(), text)
    skipped = Coverage(masks, _SKIP_MASKS)
    rows = []
    for quantity in find_quantities(text):
        if skipped.overlaps(quantity.start, quantity.end):
            continue
        row = _claim_row(text, quantity, layout, countries, year)
        if row is not None:
            rows.append({"document": document, "title": "", **row})
    frame = pd.DataFrame(rows, columns=[c for c in CLAIM_COLUMNS if c != "claim_id"])
    stem = Path(document).stem or "text"
    frame.insert(0, "claim_id", [f"{stem}-x{n:03d}" for n in range(1, len(frame) + 1)])
    numbers = {"start": int, "end": int, "value": float, "value_low": float, "value_high": float}
    return frame.astype({c: numbers.get(c, str) for c in frame.columns})


def _claim_row(
    text: str, quantity: Quantity, layout: TextLayout, countries: CountryFinder, year: int | None
) -> dict | None:
    context_start, context_end = layout.context(quantity.start, quantity.end)
    reading = classify(quantity, text[context_start:context_end], context_start, countries)
    if reading is None:
        return None
    hedge, start = hedge_before(text, quantity.start)
    period = find_period(layout, quantity.start, quantity.end, year)
    value, high = quantity.value, quantity.value_high
    if high is not None:
        comparator, low = "range", value
    elif is_target(layout, start, period.by_year):
        period = target_period_note(period)
        comparator, low, high = "target", value, value
    else:
        comparator = hedge.comparator
        low = value * hedge.low_factor if hedge.low_factor is not None else None
        high = value * hedge.high_factor if hedge.high_factor is not None else None
    flags = [f for f in (reading.flag, _implausible(reading.indicator, reading.unit, value)) if f]
    return {
        "start": start,
        "end": quantity.end,
        "quote": text[start : quantity.end],
        "value": value,
        "value_low": low,
        "value_high": high,
        "comparator": comparator,
        "unit": reading.unit,
        "measure": _interim_measure(comparator, reading),
        "period": period.period,
        "period_granularity": "year" if period.period else "none",
        "period_basis": period.basis,
        "period_note": period.note,
        "base_period": "",
        "indicator": reading.indicator,
        "reporter": reading.reporter,
        "partner": reading.partner,
        "flow": reading.flow,
        "product": reading.product,
        "breakdown": reading.breakdown,
        "flag": "; ".join(flags),
        "note": "",
        "reading_notes": "period_inferred"
        if period.basis in ("cited_source", "document_date")
        else "",
    }


def _interim_measure(comparator: str, reading) -> str:
    if comparator == "target":
        return "target"
    if reading.unit in ("rank", "percent"):
        return {"rank": "rank", "percent": "share"}[reading.unit]
    return "capacity" if reading.indicator == "pipeline_capacity" else "level"


def _implausible(indicator: str, unit: str, value: float) -> str:
    if not math.isfinite(value):
        return "not a finite number"
    ceiling = PERCENT_CEILING if unit == "percent" else PLAUSIBLE_CEILINGS.get(indicator)
    if ceiling and value > ceiling.value:
        return f"implausible magnitude: {ceiling.reason}"
    return ""


def _year_of(document_date: dt.date | str | None) -> int | None:
    if document_date is None or document_date == "":
        return None
    if isinstance(document_date, dt.date):
        return document_date.year
    return int(str(document_date)[:4])


__all__ = ["extract_claims"]
