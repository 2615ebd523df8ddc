"""Periods named by an event rather than a calendar: "before the pandemic", "pre-war levels",
"since the invasion", "in the year before sanctions".

Such a period is no calendar period the reader can name with confidence (which year was the
last before a war? is "since the invasion" one year or several?), so a figure dated by one is
never dated by the document's date or the sentences before; a year written in the event's own
name ("before the 2022 invasion") dates the event, not the figure. The vocabulary is data, in
validation/reading_vocabulary.py.
"""

import re
from typing import NamedTuple

from validation.reading_vocabulary import (
    EVENT_COMPARISON_WORDS,
    EVENT_NOUNS,
    EVENT_TIME_WORDS,
    alternation,
)

_EVENT = alternation(EVENT_NOUNS)
# "before the pandemic", "since Russia's full-scale invasion", "in the year before sanctions",
# "before the start of the war"; "pre-war", "pre-pandemic", "post-crisis".
_EVENT_PERIOD = re.compile(
    rf"\b(?P<time>{alternation(EVENT_TIME_WORDS)})\s+(?:[\w’'-]+\s+){{0,4}}?(?:{_EVENT})\b"
    rf"|\b(?P<prefix>pre|post)[-\s]?(?:{_EVENT})\b",
    re.IGNORECASE,
)
# A word of comparison just before the event's period ("above pre-pandemic levels", "down
# from pre-war levels"): that period dates another figure, the one compared with.
_COMPARED_BEFORE = re.compile(
    rf"\b(?:{alternation(EVENT_COMPARISON_WORDS)})\s+(?:[\w’'-]+\s+){{0,2}}$", re.IGNORECASE
)
_COMPARISON = re.compile(rf"\b(?:{alternation(EVENT_COMPARISON_WORDS)})\b", re.IGNORECASE)
# "pre-war levels of about 4.7 million", "before the pandemic: 7 million": the figure is the
# event's period's own, whatever compares with it.
_LEVEL_OF = re.compile(
    r"\s*(?:levels?|figures?|volumes?|peaks?|highs?|averages?)?\s*(?:of|at|[:,(—–-])?\s*"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|an?|the)\s+){0,2}$",
    re.IGNORECASE,
)
# Words of time that name a stretch within the event, not before or after it: a year written
# in the event's name dates such a figure ("during the 2020 pandemic").
_WITHIN = frozenset({"during", "throughout"})


# What ends the stretch of words an event period governs: a new clause of its own ("...; in
# 2023 they ...", "..., but in 2023 ...").
_CLAUSE_TURN = re.compile(
    r"[;:!?]|\b(?:but|while|whereas|although|though|yet|and\s+(?:in|by|since|then))\b|\.\s",
    re.IGNORECASE,
)
YEAR_BESIDE = 60  # characters after the event's words in which a year written names its time


class EventPeriod(NamedTuple):
    start: int
    end: int
    words: str  # as written, for the reading's note
    within: bool  # "during the pandemic": the event's own time


def event_period(
    text: str,
    sentence: tuple[int, int],
    clause_end: int,
    figure: tuple[int, int],
    others: list[tuple[int, int]],
) -> EventPeriod | None:
    """The period named by an event that dates the figure at `figure` in its sentence, or None:
    one written before the figure with no other figure between them (and not as what the
    figure is compared with), or one after it in its own clause, no figure or word of
    comparison between them."""
    start, end = figure
    found = None
    for match in _EVENT_PERIOD.finditer(text, sentence[0], sentence[1]):
        if match.end() <= start:
            if any(match.end() <= o[0] and o[1] <= start for o in others):
                continue
            gap = text[match.end() : start]
            compared = _COMPARED_BEFORE.search(text, max(sentence[0], match.start() - 40),
                                               match.start())  # fmt: skip
            if compared and not _LEVEL_OF.fullmatch(gap):
                continue
            found = match  # the nearest before the figure
        elif match.start() >= end and match.end() <= clause_end and found is None:
            if any(end <= o[0] and o[1] <= match.start() for o in others):
                break
            if _COMPARISON.search(text, end, match.start()):
                break
            found = match
            break
    if found is None:
        return None
    time = (found.group("time") or "").lower()
    words = " ".join(found.group(0).split())
    return EventPeriod(found.start(), found.end(), words, time in _WITHIN)


def year_beside(text: str, event: EventPeriod, mentions: list) -> str:
    """The one calendar year the text writes right after the event's words, in the stretch they
    govern ("before the pandemic, at 7.02 million in 2019"): the year the event period names
    there; else ''."""
    years = {
        m.period
        for m in mentions
        if m.role == "own" and m.granularity == "year" and len(m.period) == 4
        and event.end <= m.start <= event.end + YEAR_BESIDE
        and not _CLAUSE_TURN.search(text, event.end, m.start)
    }  # fmt: skip
    return years.pop() if len(years) == 1 else ""
