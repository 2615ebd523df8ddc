"""Whose trade balance a figure is, with whom, and its sign.

"Turkey's deficit with Russia narrowed to $34.6 billion", "Turkey ran a trade deficit of more
than $18 billion with Russia", "a deficit of nearly $50 billion for Ankara", "Russia's surplus
with Turkey": a balance is its owner's exports to the partner minus its imports from it, so a
deficit is negative and a surplus positive. A balance whose owner, partner or sign the text
does not say ("the bilateral imbalance") is left as it was read (both countries, no sign),
which nothing is compared with.
"""

import re
from dataclasses import dataclass

from validation.reading_vocabulary import (
    BALANCE_LEAVING_VERBS,
    BALANCE_OWNER_VERBS,
    DEFICIT_WORDS,
    OTHER_BALANCE_WORDS,
    SURPLUS_WORDS,
    alternation,
)

_DEFICIT = alternation(DEFICIT_WORDS)
_SURPLUS = alternation(SURPLUS_WORDS)
_WORD = re.compile(rf"\b(?:(?P<deficit>{_DEFICIT})|(?P<surplus>{_SURPLUS}))\b", re.IGNORECASE)
# "Turkey's (foreign) trade deficit", "Ankara's trade gap": the owner's possessive right before
_POSSESSIVE = re.compile(r"^\S+?(?:'s|’s)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "our (foreign) trade deficit"
_OUR = re.compile(r"^our\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "Turkey ran a trade deficit", "Turkey posted a $5 billion surplus"
_SUBJECT = re.compile(
    r"^[\w’'.-]+(?:\s+[A-Z][\w.-]+)*\s+(?:(?:also|again|still|has|had|have)\s+)?"
    rf"(?:{alternation(BALANCE_OWNER_VERBS)})\s+(?:(?:a|an|its|the|their)\s+)?"
    r"(?:[\w$.,-]+\s+){0,4}$",
    re.IGNORECASE,
)
_OTHER_WORDS = alternation(OTHER_BALANCE_WORDS)
# Another balance named in the balance word's own phrase: "the current account deficit", "an
# energy trade deficit" (up to two words between), "a surplus in services", "a deficit of $5
# billion on the energy account" (within a few words after). A word of the sort elsewhere in
# the sentence ("as energy prices fell") says nothing of which balance it is.
_OTHER_BEFORE = re.compile(rf"\b(?:{_OTHER_WORDS})(?:[\s-]+[\w-]+){{0,2}}\s+$", re.IGNORECASE)
_OTHER_AFTER = re.compile(
    rf"^\W*(?:[\w$.,]+\s+){{0,4}}?(?:in|on|of)\s+(?:the\s+|its\s+)?(?:{_OTHER_WORDS})\b",
    re.IGNORECASE,
)
# "leaving Türkiye with a deficit of $35.8 billion", "left Turkey with a trade surplus"
_LEFT = re.compile(rf"\b(?:{alternation(BALANCE_LEAVING_VERBS)})\s+(?:the\s+)?$", re.IGNORECASE)
_LEFT_WITH = re.compile(r"^\S+(?:\s+[A-Z][\w.-]+)*\s+with\s+(?:a|an|the)\s+(?:[\w$.,-]+\s+){0,4}$")
_FOR = re.compile(r"\b(?:for|of)\s+(?:the\s+)?$", re.IGNORECASE)  # "a deficit ... for Ankara"
_FAVOUR = re.compile(r"\bin\s+favou?r\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_WITH = re.compile(
    r"\b(?:with|vis-[aà]-vis|against|in\s+(?:its|their|the)\s+(?:[\w-]+\s+)?trade\s+with)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Balance:
    owner: str
    partner: str
    sign: int  # -1 a deficit, +1 a surplus
    said: bool  # both countries named by the text for this balance (else one was taken)


def read_balance(text: str, window: tuple[int, int], figure: int, mentions, main_pair):
    """The balance a figure in text[window] (its clause, else its sentence) states, or None.

    `mentions` are the sentence's country mentions (position, code, role)."""
    low, high = window
    words = list(_WORD.finditer(text, low, high))
    if not words:
        return None
    # the balance word nearest the figure, one before it first
    before = [w for w in words if w.start() < figure]
    word = before[-1] if before else words[0]
    if _OTHER_BEFORE.search(text[low : word.start()]) or _OTHER_AFTER.match(
        text[word.end() : high]
    ):
        return None  # "a surplus in services", "the energy deficit": not all goods
    sign = -1 if word.group("deficit") else 1
    owner, partner = "", ""
    for m in mentions:
        span = text[m.position : word.start()] if m.position < word.start() else ""
        lead = text[max(0, m.position - 30) : m.position]
        left = span and _LEFT.search(lead) and _LEFT_WITH.match(span)
        if span and (_POSSESSIVE.match(span) or _SUBJECT.match(span) or _OUR.match(span) or left):
            owner = owner or m.code if not _WITH.search(lead) else owner
        if _FAVOUR.search(lead):
            owner, sign = m.code, 1  # "a balance in favour of Russia": Russia's surplus
        elif _FOR.search(lead) and m.position > word.start() and not owner:
            owner = m.code  # "a deficit of nearly $50 billion for Ankara"
        if _WITH.search(lead) and not partner:
            partner = m.code
    if owner and partner == owner:
        partner = ""
    said = bool(owner and partner)
    if owner and not partner:
        others = {m.code for m in mentions if m.code not in (owner, "WLD")}
        partner = others.pop() if len(others) == 1 else ""
        if not partner:
            partner = next((c for c in main_pair if c and c != owner), "")
            said = False
        else:
            said = True
    if partner and not owner:
        owner = next((c for c in main_pair if c and c != partner), "")
        said = False
    if not (owner and partner) or owner == partner:
        return None
    return Balance(owner, partner, sign, said)


FLIPPED = {"at_least": "at_most", "at_most": "at_least"}


def signed(value, low, high, comparator, sign):
    """The figure as a balance of that sign: a deficit 'of more than $18 billion' is a balance
    at most −$18 billion."""
    if sign > 0:
        return value, low, high, comparator
    neg = lambda v: -v if v is not None else None  # noqa: E731
    return -value, neg(high), neg(low), FLIPPED.get(comparator, comparator)


__all__ = ["Balance", "read_balance", "signed"]
