"""Spans of a text that hold numbers but no claims: citations, URLs, dates, section numbers."""

import bisect
import re
from typing import NamedTuple

from factcheck.extraction.stacked_cells import KIND as STACKED_KIND
from factcheck.extraction.stacked_cells import find_stacked_cells

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
YEAR = r"(?:1[89]\d{2}|20\d{2})"


class Mask(NamedTuple):
    start: int
    end: int
    kind: str  # url | citation | footnote | page | section | date | time | phone | question
    # | stacked_table (factcheck/extraction/stacked_cells.py)


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("url", re.compile(r"(?:https?:/*|www\.|bit\.ly/)\S+")),
    # A bare domain: found from its ending, then widened to the name before it (see below).
    ("url", re.compile(r"(?<=[\w-])\.(?:com|org|net|gov)\b\S*")),
    # A parenthesis that opens on a name and holds a year: (Zidan, , 2013, p. 296); never one
    # holding a currency code or a scaled figure ("(Q1 2023: USD 13.1bn)": a comparison).
    (
        "citation",
        re.compile(
            r"\((?![^()]*(?:\b(?:USD|EUR|US\$|bcm)\b|\d(?:bn|mn|m|k)\b|\b(?:bn|mn|billion|million)\b))"
            rf"\s*[A-Z][^()$%€£]{{0,120}}?\b{YEAR}\b[^()$%€£]{{0,60}}\)"
        ),
    ),
    ("citation", re.compile(r"\bIbid\.?,?\s*(?:[Pp]\.?\s*\d+)?")),
    ("footnote", re.compile(r"\(\d{1,3}\)|\[\d{1,3}\]")),
    ("page", re.compile(r"\b(?:[Pp]{1,2}|No|Vol|pp)\.\s?\d+(?:[-–.]\d+)?")),
    # Headings: "6.1. The First Motive", "14.2.Second", "1. INTRODUCTION" (never "35 people").
    ("section", re.compile(r"(?m)^[ \t]*\d{1,2}(?:\.\d{1,2})*\.(?=[ \t]*[A-Z])")),
    ("section", re.compile(r"(?m)^[ \t]*\d{1,2}(?:\.\d{1,2})+(?=[ \t]*[A-Z])")),
    ("question", re.compile(r"\bQ\s?\d{1,2}\b(?!\s*(?:19|20)\d{2})")),
    ("date", re.compile(r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b")),
    ("time", re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")),
    (
        "phone",
        re.compile(
            r"(?=[+(\d])(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{2,4}"
            r"(?:[\s.-]\d{2,4}\b(?!\s*(?:%|percent|billion|million|thousand)))?\b"
        ),
    ),
    ("date", re.compile(rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{YEAR}\b")),
    ("date", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s?{MONTH}(?:,?\s+{YEAR})?\b")),
    # "February 2.88 million" is a month and its figure, not the 2nd of February
    (
        "date",
        re.compile(
            rf"\b{MONTH}\s+(?:{YEAR}|\d{{1,2}}\b(?![.,]\d)"
            r"(?!\s*(?:million|billion|thousand|mln|bln|bn|m\b|%|percent|per\s+cent)))"
        ),
    ),
    ("date", re.compile(rf"\b(?:mid-|early |late )?{YEAR}s\b")),
    ("date", re.compile(r"\b\d{1,2}(?:st|nd|rd|th|) century\b", re.IGNORECASE)),
]


_DOMAIN_NAME = re.compile(r"[\w-]+$")


def find_masks(text: str) -> list[Mask]:
    masks = [
        Mask(_widened(text, match.start(), kind), match.end(), kind)
        for kind, pattern in _PATTERNS
        for match in pattern.finditer(text)
        if match.end() > match.start()
    ]
    stacked = [Mask(start, end, STACKED_KIND) for start, end in find_stacked_cells(text)]
    return sorted([*masks, *stacked])


def _widened(text: str, start: int, kind: str) -> int:
    """A bare domain's mask starts at its name ("example.com"), found back from its ending."""
    if kind != "url" or text[start] != ".":
        return start
    name = _DOMAIN_NAME.search(text, max(0, start - 100), start)
    return name.start() if name else start


class Coverage:
    """The union of some masks as disjoint sorted intervals, for O(log n) lookups."""

    def __init__(self, masks: list[Mask], kinds: frozenset[str]) -> None:
        merged: list[list[int]] = []
        for mask in sorted(m for m in masks if m.kind in kinds):
            if merged and mask.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], mask.end)
            else:
                merged.append([mask.start, mask.end])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def overlaps(self, start: int, end: int) -> bool:
        """True when [start, end) shares a character with a covered interval."""
        index = bisect.bisect_left(self.ends, start + 1)
        return index < len(self.starts) and self.starts[index] < end

    def covers(self, position: int) -> bool:
        return self.overlaps(position, position + 1)
