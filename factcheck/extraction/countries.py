"""Country mentions (names, adjectives, capitals, state companies) and a text's main pair."""

import re

DEFAULT_PAIR = ("TUR", "RUS")


class CountryFinder:
    """The pattern that finds country terms in a text, and the text's two most named countries
    (used only when a figure's own sentences name no country, and then noted as inferred)."""

    def __init__(self, terms: dict[str, tuple[str, str]], text: str) -> None:
        """`terms` maps a name, adjective or capital to (country code, kind)."""
        self.terms = terms
        ordered = sorted(terms, key=len, reverse=True)
        self.pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in ordered) + r")\b")
        counts: dict[str, int] = {}
        for match in self.pattern.finditer(text):
            code = terms[match.group(1)][0]
            counts[code] = counts.get(code, 0) + 1
        ranked = sorted(counts, key=lambda c: (-counts[c], c))
        # The project's first pair fills in when a text names fewer than two countries.
        for code in DEFAULT_PAIR:
            if len(ranked) < 2 and code not in ranked:
                ranked.append(code)
        self.pair = ranked[:2]
