"""What surrounds a figure: its sentence and paragraph, hedge, period and whether it is a target."""

import bisect
import re
from typing import NamedTuple

from factcheck.extraction.masks import MONTH, YEAR, Coverage, Mask
from validation.claim_vocabulary import EXACT, HEDGES, Hedge

_ABBREVIATIONS = {"p", "pp", "no", "vol", "dr", "mr", "mrs", "ms", "st", "vs", "etc", "al", "ibid"}
# A stop before a capital, or a comma glued to one ("80%,The"): a sentence ends there.
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"”')\]]*(?:\s[A-Z\"“(]|[A-Z][a-z]))|,(?=[A-Z][a-z])")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_HEDGE_AT_END = re.compile(
    r"\b(" + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True)) + r")\s*$",
    re.IGNORECASE,
)
_CURRENT_LEVEL = re.compile(
    r"\b(?:instead of|up from|down from|from|compared (?:with|to)|against|versus)\s*$",
    re.IGNORECASE,
)
_TARGET_CUE = re.compile(
    r"\b(?:expects?|expected|expecting|forecasts?|projected|targets?|targeted|goals?|aims?"
    r"|aiming|seeks?|seeking|plans?|planned|planning|strategy|vision|ambition|intends?"
    r"|hopes?|will|would)\b",
    re.IGNORECASE,
)
_PREPOSITIONAL_YEAR = re.compile(
    rf"\b(?P<prep>in|for|by|during|as of|until|through|of|at the end of)\s+"
    rf"(?:(?:the )?(?:year|end of)\s+)?(?:{MONTH}\s+)?(?P<year>{YEAR})\b"
    rf"(?:\s*[-–/]\s*(?P<to>{YEAR}))?",
    re.IGNORECASE,
)
_BARE_YEAR = re.compile(rf"\b(?P<year>{YEAR})\b(?!\s*(?:%|percent|billion|million))")
_RELATIVE_YEAR = re.compile(r"\b(?P<which>last|past|previous|this|current|next) year\b", re.I)
_RELATIVE_OFFSET = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1}
_YEAR_IN = re.compile(YEAR)
_NOT_PERIOD_MASKS = frozenset({"citation", "url", "page", "section", "footnote"})
# Sentences can run for pages in poor text; context is read at most this far from a figure.
CONTEXT_REACH = 300


class Period(NamedTuple):
    period: str
    basis: str
    note: str
    by_year: bool  # "by 2023": a deadline, which marks a target


NO_PERIOD = Period("", "unknown", "", False)


class TextLayout:
    """Sentence and paragraph boundaries of one text, for fast lookups by offset."""

    def __init__(self, text: str, masks: list[Mask]) -> None:
        self.text = text
        self.not_period = Coverage(masks, _NOT_PERIOD_MASKS)
        citations = sorted(m for m in masks if m.kind == "citation")
        self.citations = citations
        self.citation_starts = [m.start for m in citations]
        self.paragraph_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
        ends = {m.start() for m in _PARAGRAPH_BREAK.finditer(text)}
        for match in _SENTENCE_END.finditer(text):
            word = re.search(r"(\w+)$", text[max(0, match.start() - 12) : match.start()])
            token = word.group(1) if word else ""
            if token.lower() in _ABBREVIATIONS or (len(token) == 1 and token.isupper()):
                continue
            ends.add(match.end())
        self.sentence_starts = sorted({0, *ends, *self.paragraph_starts})

    def sentence(self, position: int) -> tuple[int, int]:
        return _span(self.sentence_starts, position, len(self.text))

    def context(self, start: int, end: int) -> tuple[int, int]:
        """The figure's sentence, cut to CONTEXT_REACH characters either side."""
        sentence_start, sentence_end = self.sentence(start)
        return max(sentence_start, start - CONTEXT_REACH), min(sentence_end, end + CONTEXT_REACH)

    def paragraph(self, position: int) -> tuple[int, int]:
        return _span(self.paragraph_starts, position, len(self.text))


def _span(starts: list[int], position: int, length: int) -> tuple[int, int]:
    index = bisect.bisect_right(starts, position) - 1
    end = starts[index + 1] if index + 1 < len(starts) else length
    return starts[index], end


def hedge_before(text: str, start: int) -> tuple[Hedge, int]:
    """The hedge written just before `start`, and where it begins (or EXACT and `start`)."""
    window = text[max(0, start - 30) : start]
    match = _HEDGE_AT_END.search(window)
    if not match:
        return EXACT, start
    return HEDGES[match.group(1).lower()], start - (len(window) - match.start(1))


def is_target(layout: TextLayout, start: int, by_year: bool = False) -> bool:
    """A goal or forecast: a deadline ("by 2023") or a target cue earlier in the sentence,
    unless the figure is the current level a goal is set against ("instead of 40 billion")."""
    context_start, _ = layout.context(start, start)
    before = layout.text[context_start:start]
    if _CURRENT_LEVEL.search(before[-25:]):
        return False
    return by_year or bool(_TARGET_CUE.search(before))


def find_period(layout: TextLayout, start: int, end: int, document_year: int | None) -> Period:
    """The period a figure refers to: stated in its sentence, else from a citation, else the
    document's date; empty when none of these exists."""
    context_start, context_end = layout.context(start, end)
    sentence = layout.text[context_start:context_end]
    stated = _stated_year(layout, sentence, context_start, start, end)
    if stated:
        return stated
    if document_year is not None:
        for match in _RELATIVE_YEAR.finditer(sentence):
            year = document_year + _RELATIVE_OFFSET[match.group("which").lower()]
            note = f"'{match.group(0)}' read against the document date ({document_year})"
            return Period(str(year), "stated", note, match.group("which").lower() == "next")
    cited = _cited_year(layout, end)
    if cited:
        return cited
    if document_year is not None:
        year = document_year - 1
        return Period(
            str(year),
            "document_date",
            f"no year in the text; the latest full year before the document's date "
            f"({document_year}) is {year}",
            False,
        )
    return NO_PERIOD


def _stated_year(
    layout: TextLayout, sentence: str, offset: int, start: int, end: int
) -> Period | None:
    candidates = []
    for match in _PREPOSITIONAL_YEAR.finditer(sentence):
        where = offset + match.start("year")
        if _masked(layout, where) or not _near(where, start, end):
            continue
        period = match.group("year") + (f"/{match.group('to')}" if match.group("to") else "")
        by_year = match.group("prep").lower() == "by"
        candidates.append((0, _distance(where, start, end), period, by_year))
    for match in _BARE_YEAR.finditer(sentence):
        where = offset + match.start("year")
        if _masked(layout, where) or start <= where < end or not _near(where, start, end):
            continue
        candidates.append((1, _distance(where, start, end), match.group("year"), False))
    if not candidates:
        return None
    _, _, period, by_year = min(candidates)
    return Period(period, "stated", "", by_year)


# How far from a figure a year may stand and still be its period (long sentences run on).
YEAR_REACH_BEFORE, YEAR_REACH_AFTER = 250, 120


def _near(where: int, start: int, end: int) -> bool:
    return start - YEAR_REACH_BEFORE <= where <= end + YEAR_REACH_AFTER


def _distance(where: int, start: int, end: int) -> int:
    # Years after the figure ("$30 billion in 2021") read more naturally than years before.
    return where - end if where >= end else (start - where) + 40


def _masked(layout: TextLayout, position: int) -> bool:
    return layout.not_period.covers(position)


def _cited_year(layout: TextLayout, end: int) -> Period | None:
    """The first citation after the figure in its paragraph that carries a year."""
    _, paragraph_end = layout.paragraph(end)
    first = bisect.bisect_left(layout.citation_starts, end)
    for mask in layout.citations[first:]:
        if mask.start >= paragraph_end:
            break
        citation = layout.text[mask.start : mask.end]
        year_match = _YEAR_IN.search(citation)
        if not year_match:
            continue
        year = int(year_match.group(0)) - 1
        shown = " ".join(citation.split())
        note = (
            f"no year in the text; the cited source {shown} is dated {year + 1}, "
            f"so the latest full year before it, {year}"
        )
        return Period(str(year), "cited_source", note, False)
    return None


def target_period_note(period: Period) -> Period:
    """A target reads its year as a deadline; without one, it has no period to check."""
    if period.basis == "stated":
        return period
    return Period("", "unknown", "a target with no year", False)


__all__ = [
    "NO_PERIOD",
    "Period",
    "TextLayout",
    "find_period",
    "hedge_before",
    "is_target",
    "target_period_note",
]
