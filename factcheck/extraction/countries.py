"""Country mentions (names, adjectives, capitals, state companies) and a text's main pair."""

import csv
import re
from functools import cache
from pathlib import Path

DEFAULT_PAIR = ("TUR", "RUS")
PUBLISHER_TERMS = Path(__file__).with_name("publishers.csv")
HEAD_LINES, HEAD_CHARS = 6, 700  # where a release names who publishes it: its first lines
# "our country", "our imports", "we imported": the publisher's country speaking of itself.
FIRST_PERSON = {"our country": "name", "Our country": "name", "our": "first_person",
                "Our": "first_person", "we": "first_person", "We": "first_person"}  # fmt: skip


@cache
def _publisher_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    with PUBLISHER_TERMS.open(encoding="utf-8", newline="") as handle:
        return tuple((r["country"], re.compile(r["pattern"])) for r in csv.DictReader(handle))


def publisher_country(text: str) -> str:
    """The country whose government or state company publishes the text, read from its first
    lines (its heading, dateline and 'Source:' address): a ministry's release speaks of 'our
    country'. '' when the head names none, or bodies of more than one country."""
    lines = [line for line in text[: HEAD_CHARS * 2].splitlines() if line.strip()][:HEAD_LINES]
    head = "\n".join(lines)[:HEAD_CHARS]
    found = {country for country, pattern in _publisher_patterns() if pattern.search(head)}
    # A letterhead in capitals ("REPUBLIC OF TÜRKİYE / MINISTRY OF TRADE") names it too.
    capitals = "\n".join(line for line in head.splitlines() if line.isupper())
    found |= {
        country
        for country, pattern in _publisher_patterns()
        if capitals and re.search(pattern.pattern, capitals, re.IGNORECASE)
    }
    return found.pop() if len(found) == 1 else ""


def first_person_terms(code: str) -> dict[str, tuple[str, str]]:
    """'our country', 'our', 'we' as mentions of `code` (none when no publisher is known)."""
    return {term: (code, kind) for term, kind in FIRST_PERSON.items()} if code else {}


class CountryFinder:
    """The pattern that finds country terms in a text, and the text's two most named countries
    (used only when a figure's own sentences name no country, and then noted as inferred)."""

    def __init__(self, terms: dict[str, tuple[str, str]], text: str) -> None:
        """`terms` maps a name, adjective or capital to (country code, kind)."""
        self.terms = terms
        ordered = sorted(terms, key=len, reverse=True)
        # "US$ 1.2 billion", "US dollars": a currency, not the country.
        self.pattern = re.compile(
            r"\b(" + "|".join(re.escape(t) for t in ordered) + r")\b"
            r"(?!\$|\.?\s*(?:dollars?|cents?)\b)"
        )
        counts: dict[str, int] = {}
        for match in self.pattern.finditer(text):
            code = terms[match.group(1)][0]
            counts[code] = counts.get(code, 0) + 1
        # On equal counts the project's own pair goes first (a release naming Türkiye, Russia
        # and Germany once each is about Türkiye and Russia), then the alphabet.
        ranked = sorted(counts, key=lambda c: (-counts[c], c not in DEFAULT_PAIR, c))
        # The project's first pair fills in when a text names fewer than two countries.
        for code in DEFAULT_PAIR:
            if len(ranked) < 2 and code not in ranked:
                ranked.append(code)
        self.pair = ranked[:2]
