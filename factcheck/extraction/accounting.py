"""Every number in a text, accounted for: read as (part of) a claim, or left out, and why.

`ledger extract --all` and the Fact-check page show this table, so a reader can see that no
figure was silently dropped: a date, a citation year, a page number, a phone number, a
multiplier ("three times") or a number with no quantity it could be is listed with its reason.
"""

import bisect
import re

import pandas as pd

from factcheck.extraction.masks import Mask
from factcheck.extraction.numbers import (
    ORDINAL,
    ORDINAL_WORDS,
    TENS_WORDS,
    UNITS_WORDS,
    word_starts,
)
from factcheck.extraction.stacked_cells import KIND as STACKED_KIND
from factcheck.extraction.stacked_cells import REASON as STACKED_REASON

NUMBERS_COLUMNS = ["start", "end", "number", "status", "claim_id", "reason"]
_DIGITS = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])|\b\d{1,3}(?:st|nd|rd|th)\b")
_WORDS = word_starts([*UNITS_WORDS, *TENS_WORDS, *ORDINAL_WORDS])


def _numbers_written(text: str) -> list[re.Match[str]]:
    """Numerals, numeric ordinals and number words, in text order."""
    return sorted([*_DIGITS.finditer(text), *_WORDS.finditer(text)], key=lambda m: m.start())


MASK_REASONS = {
    "url": "part of a web address",
    "citation": "part of a citation (author, year, page)",
    "footnote": "a footnote marker",
    "page": "a page or volume number",
    "section": "a section number",
    "date": "part of a date",
    "time": "a time of day",
    "phone": "a phone number",
    "question": "a question number",
    STACKED_KIND: STACKED_REASON,
}
# Matched at the end of a number (pattern.match(text, pos): no copy of the text is made).
_MULTIPLIER = re.compile(r"\s*(?:[-–]\s*\d+\s*)?(?:times|fold)\b|-fold\b", re.IGNORECASE)
_COUNTED = re.compile(r"\s+(?:million|billion|thousand|hundred|percent|%)")
_ORDINAL_SUFFIX = re.compile(r"\s*(?:st|nd|rd|th)\b")
_TIME_LENGTH = re.compile(r"\s*(?:years?|months?|days?|weeks?|hours?|decades?)\b", re.IGNORECASE)
_FRACTION_LEAD = re.compile(r"\b(?:a|an|one|two|three|four)[\s-]+$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:1[89]\d{2}|20\d{2})$")


def account_numbers(
    text: str,
    claims: pd.DataFrame,
    masks: list[Mask],
    headlines: list[tuple[int, int, str]] = (),
) -> pd.DataFrame:
    """One row per number written in `text`, with how it was read. `headlines` are the spans
    of headline figures the body repeats, with the claim that holds them."""
    spans = sorted(zip(claims["start"], claims["end"], claims["claim_id"], strict=True))
    span_starts = [a for a, _, _ in spans]
    ordered_masks = sorted(masks)
    mask_starts = [m.start for m in ordered_masks]
    rows = []
    for match in _numbers_written(text):
        start, end = match.start(), match.end()
        if match.group(0).lower() in ("one", "zero") and not _counted(text, end):
            continue  # "one of the", "no one": words, not numbers
        index = bisect.bisect_right(span_starts, start) - 1
        claim_id = spans[index][2] if index >= 0 and end <= spans[index][1] else ""
        if claim_id:
            rows.append((start, end, match.group(0), "claim", claim_id, ""))
            continue
        repeated = next((h for h in headlines if h[0] <= start and end <= h[1]), None)
        if repeated is not None:
            reason = f"a headline figure the body repeats: checked there ({repeated[2]})"
            rows.append((start, end, match.group(0), "left out", repeated[2], reason))
            continue
        low = max(0, bisect.bisect_right(mask_starts, start) - 8)
        near = ordered_masks[low : low + 16]  # a slice, never a copy of the whole list
        rows.append((start, end, match.group(0), "left out", "", _reason(text, match, near)))
    return pd.DataFrame(rows, columns=NUMBERS_COLUMNS)


def _counted(text: str, end: int) -> bool:
    return bool(_COUNTED.match(text, end))


def _reason(text: str, match: re.Match[str], masks: list[Mask]) -> str:
    start, end = match.span()
    mask = next((m for m in masks if m.start <= start and end <= m.end), None)
    if mask is not None:
        return MASK_REASONS.get(mask.kind, mask.kind)
    written = match.group(0)
    if _YEAR.match(written):
        return "a year (read as the period of the figures near it)"
    if _MULTIPLIER.match(text, end):
        return "a multiplier (N times), not an amount"
    if _FRACTION_LEAD.search(text, max(0, start - 8), start) and written.lower() in ORDINAL_WORDS:
        return "a fraction of something the tool does not check (a time, a distance)"
    if _ORDINAL_SUFFIX.match(text, end) or re.fullmatch(ORDINAL, written, re.I):
        return "an ordinal that ranks nothing the tool can check"
    if _TIME_LENGTH.match(text, end):
        return "a length of time, not an amount"
    return "no quantity it could be (no unit, currency or counted noun)"


__all__ = ["NUMBERS_COLUMNS", "account_numbers"]
