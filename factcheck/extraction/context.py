"""What surrounds a figure: its sentence and paragraph, and the hedge written before it."""

import bisect
import re

from factcheck.extraction.masks import Coverage, Mask
from validation.claim_vocabulary import EXACT, HEDGES, Hedge
from validation.reading_vocabulary import MOVED_UP_VERBS, alternation

_ABBREVIATIONS = {"p", "pp", "no", "vol", "dr", "mr", "mrs", "ms", "st", "vs", "etc", "al", "ibid"}
_ABBREVIATIONS |= {"c", "ca", "approx"}  # circa before a figure: "approx. US$5 billion"
# An abbreviated scale word's stop before a currency code ("31,4 bln. USD", "470 mln. EUR", as
# translated copy writes them) ends no sentence.
_SCALE_ABBREVIATIONS = {"bln", "mln", "mlrd", "mn", "bn", "thous", "trln"}
_CURRENCY_CODE_AFTER = re.compile(r"\s*(?:USD|US\$|EUR|RUB|TRY|TL)\b")
# What may follow a stop before the next sentence: citation markers, superscript footnote
# marks, closing quotes and brackets ("… of arrivals.[16] The", "… 2023.” Then").
_AFTER_STOP = r"\[\d{1,3}(?:[-–,]\s?\d{1,3})*\]|[¹²³⁰-⁹]|[\"”')\]]"
# The marks themselves, which a quoted sentence keeps (factcheck/explain.py); the reader's
# sentence ends at the stop.
CARRIED_AFTER_STOP = re.compile(rf"(?:{_AFTER_STOP})+")
# A stop before a capital, or a comma glued to one ("80%,The"): a sentence ends there; also
# when citation markers follow the stop ("in 2016.[12] Turkish", "volumes.[3][4] The", "2023.¹²").
_SENTENCE_END = re.compile(
    rf"[.!?](?=(?:{_AFTER_STOP}|\s)*"
    # (a markdown link after the stop, "… in 2021. [the release](…)", opens a sentence too)
    r"(?:\s[A-Z\"“(]|\s\[(?!\d)|[A-Z][a-z]))"
    r"|,(?=[A-Z][a-z])"
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A subheading on a line of its own ("Energy", "Construction and investment") after a line that
# ended a sentence (or a blank line), above one that opens the next: not part of the sentence
# below it.
_HEADING_LINE = re.compile(
    r"(?:\A|(?<=[.!?:\]”\"\n]\n))[ \t]*[A-Z][^\n.!?:;,]{0,50}[\w)][ \t]*\n(?=[ \t]*[A-Z\"“])"
)
# A row of a table flattened into text whose first cell is its year or month ("2017 | 27.6 |
# +19%", "| Jan 2022 | 1.3 |"): the row's figures belong to that period.
_BULLET = re.compile(r"\n(?=[ \t]*(?:[-*•–—]|\d{1,2}[.)])[ \t]+\S)")
_TABLE_ROW = re.compile(
    r"\n(?=[ \t]*\|?[ \t]*(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d{2}(?:-\d{2})?[ \t]*\|)"
)
_BAR = re.compile(r"[ \t]\|[ \t]+")
_HEDGE_AT_END = re.compile(
    # (not behind a letter or a dot: "~" and "c." are hedges, "Inc." is none)
    r"(?<![\w.])("
    + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)
_NOT_PERIOD_MASKS = frozenset({"citation", "url", "page", "section", "footnote"})
# Sentences can run for pages in poor text; context is read at most this far from a figure.
CONTEXT_REACH = 300


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
            if token.lower() in _SCALE_ABBREVIATIONS and _CURRENCY_CODE_AFTER.match(
                text, match.end()
            ):
                continue
            ends.add(match.end())
        # A subheading ends where its line does (at most six words).
        ends |= {m.end() for m in _HEADING_LINE.finditer(text) if len(m.group().split()) <= 6}
        # Each such row is a sentence of its own.
        rows = {m.start() + 1 for m in _TABLE_ROW.finditer(text)}
        # A bulleted line ("- Exports to Russia held up ...") opens a sentence of its own.
        rows |= {m.start() + 1 for m in _BULLET.finditer(text)}
        # Items run together on one line with a bar ("Tourism: 6.3 million visitors | Exports:
        # $10.9 billion", a dateline's "Analysis | 12 March 2024"): each is a sentence of its own.
        rows |= {m.end() for m in _BAR.finditer(text)}
        self.sentence_starts = sorted({0, *ends, *self.paragraph_starts, *rows})

    def sentence(self, position: int) -> tuple[int, int]:
        return _span(self.sentence_starts, position, len(self.text))

    def sentence_index(self, position: int) -> int:
        return bisect.bisect_right(self.sentence_starts, position) - 1

    def paragraph_index(self, position: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, position) - 1

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


_MOVED_UP = re.compile(rf"\b(?:{alternation(MOVED_UP_VERBS)})\s+$", re.IGNORECASE)


def hedge_before(text: str, start: int) -> tuple[Hedge, int]:
    """The hedge written just before `start`, and where it begins (or EXACT and `start`)."""
    window = text[max(0, start - 30) : start]
    match = _HEDGE_AT_END.search(window)
    if not match:
        return EXACT, start
    if match.group(1).lower() == "up to" and _MOVED_UP.search(window, 0, match.start(1)):
        return EXACT, start  # "edged up to $23.1 billion": the level reached, not a ceiling
    return HEDGES[match.group(1).lower()], start - (len(window) - match.start(1))


__all__ = ["TextLayout", "hedge_before"]
