"""Find figures in text: money, shares, volumes, distances, counts, ranks and bare scaled numbers.

Each match becomes a `Quantity` holding its span and value in base units (USD, percent, bcm,
km, persons, count, rank). What the figure measures is decided later, from its sentence.
"""

import bisect
import re
from typing import NamedTuple

from factcheck.extraction.numbers import (
    GLUED_SCALE,
    NUMBER_WORD,
    NUMBER_WORD_STARTS,
    NUMERAL,
    ORDINAL,
    ORDINAL_STARTS,
    SCALE,
    parse_numeral,
    parse_ordinal,
    scale_factor,
)


class Quantity(NamedTuple):
    start: int
    end: int
    kind: str  # money | percent | volume | mass | distance | count | rank | bare
    value: float
    value_high: float | None  # set for ranges
    unit: str  # canonical unit, or "" for bare figures (decided from context)
    noun: str  # counted noun, rank noun or unit word as written
    flag: str
    rate: bool = False  # written as a rate: "a year", "per year", "annually"


NUM = rf"(?P<num>{NUMERAL})"
HIGH = rf"(?:(?:\s?[-–—]\s?|\s+to\s+)\$?\s?(?P<high>{NUMERAL}))?"
RATE = (
    r"(?P<rate>\s*(?:a|per|/)\s*(?:year|annum|y)\b(?!\s+(?:before|earlier|ago|later))"
    r"|\s+annually\b)?"
)
GAP = r"[ \t\n]{0,3}"
CURRENCY_WORDS = {"$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "us dollars": "USD"}
CURRENCY_WORDS |= {"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR"}

MONEY_PREFIX = re.compile(
    rf"(?P<cur>US\$|USD|EUR|€|\$){GAP}{NUM}{HIGH}"
    rf"(?:{GAP}-?{GAP}(?P<scale>{SCALE}|{GLUED_SCALE}))?",
    re.IGNORECASE,
)
MONEY_SUFFIX = re.compile(
    rf"{NUM}{HIGH}{GAP}(?:(?P<scale>{SCALE}){GAP})?(?P<cur>(?:US )?dollars|USD|euros?|EUR)\b",
    re.IGNORECASE,
)
PERCENT = re.compile(
    rf"{NUM}{HIGH}\s?(?P<unit>%|percent(?:age points?)?\b|per cent\b|pp\b|p\.p\.)",
    re.IGNORECASE,
)
VOLUME_UNIT = (
    r"cubic met(?:er|re)s?\b|cu\.?\s?m\b|m3\b|bcm\b|tcm\b|mcm\b"
    r"|square met(?:er|re)s?\b|sq\.?\s?m\b|met(?:er|re)s?\b"
)
VOLUME = re.compile(
    rf"{NUM}{HIGH}{GAP}(?:(?P<scale>{SCALE}){GAP})?(?P<unit>{VOLUME_UNIT}){RATE}", re.IGNORECASE
)
MASS_UNIT = r"(?:metric\s+)?(?:tons|tonnes|ton|tonne)\b|mt\b|kt\b|mmt\b"
MASS = re.compile(
    rf"{NUM}{HIGH}{GAP}(?:(?P<scale>{SCALE}){GAP})?(?P<unit>{MASS_UNIT}){RATE}", re.IGNORECASE
)
BARRELS = re.compile(
    rf"{NUM}{HIGH}{GAP}(?:(?P<scale>{SCALE}){GAP})?(?P<unit>barrels?\s+(?:a|per)\s+day|bpd\b|b/d\b)",
    re.IGNORECASE,
)
DISTANCE = re.compile(rf"{NUM}\s?(?P<unit>km\b|kilomet(?:er|re)s?\b)", re.IGNORECASE)
COUNT_NOUNS = (
    r"companies|firms|enterprises|businesses|tourists|visitors|travell?ers|holidaymakers"
    r"|people|persons|passengers|citizens|agreements|accords|deals|memoranda|lines|strings"
    r"|reactors|units|workers|employees|arrivals|trips"
)
COUNT = re.compile(
    rf"(?:{NUM}|(?P<word>{NUMBER_WORD})){GAP}(?:(?P<scale>{SCALE}){GAP})?"
    rf"(?:[A-Za-z'-]+\s+){{0,2}}?(?P<noun>{COUNT_NOUNS})\b",
    re.IGNORECASE,
)
RANK_ADJECTIVES = (
    r"largest|biggest|leading|main|major|top|most\s+important|most\s+popular|popular"
    r"|favou?rite|preferred|important"
)
RANK_NOUNS = (
    r"partners?|markets?|destinations?|suppliers?|customers?|buyers?|investors?|exporters?"
    r"|importers?|economy|economies|sources?|place|position|spot"
    r"|countr(?:y|ies)(?=\s+(?:for|in\s+terms\s+of|by|among|on\s+the\s+list)\b)"
)
RANK_BY_NOUN = re.compile(
    rf"(?P<ord>{ORDINAL})[\s-]+(?:(?:{RANK_ADJECTIVES})\s+)?(?:[A-Za-z-]+\s+){{0,2}}?"
    rf"(?P<noun>{RANK_NOUNS})\b",
    re.IGNORECASE,
)
# "the largest trading partner": rank 1, but only for one thing (never "one of the largest").
SINGULAR_RANK_NOUNS = (
    r"partner|market|destination|supplier|customer|buyer|investor|exporter|importer|economy"
    r"|source|consumer|seller|provider"
)
RANK_BY_SUPERLATIVE = re.compile(
    rf"(?P<sup>largest|biggest|leading|top|number\s+one|No\.\s?1)\s+"
    rf"(?:[A-Za-z-]+\s+){{0,3}}?(?P<noun>{SINGULAR_RANK_NOUNS})\b(?!s)",
    re.IGNORECASE,
)
RANK_BY_VERB = re.compile(
    rf"\b(?P<noun>ranks?|ranked|ranking|placed|comes|came)\s+(?:as\s+)?(?:the\s+)?(?P<ord>{ORDINAL})",
    re.IGNORECASE,
)
BARE_SCALED = re.compile(rf"{NUM}{HIGH}{GAP}(?P<scale>{SCALE})", re.IGNORECASE)

# Earlier kinds win when two matches cover the same text.
_KIND_PRIORITY = [
    "money", "percent", "volume", "mass", "barrels", "distance", "count", "rank", "bare",
]  # fmt: skip


_NUMERAL_START = re.compile(NUMERAL)
_CURRENCY_START = re.compile(r"US\$|USD|EUR|€|\$")
_RANK_VERB_START = re.compile(r"\b(?:ranks?|ranked|ranking|placed|comes|came)\b", re.IGNORECASE)
_SUPERLATIVE_START = re.compile(r"\b(?:largest|biggest|leading|top|number\s+one|No\.)", re.I)
_ORDINAL_BEFORE = re.compile(rf"{ORDINAL}[\s-]*$", re.IGNORECASE)
_ONE_OF = re.compile(r"\bone\s+of\s+(?:the\s+)?(?:[A-Za-z’'-]+\s+){0,2}$", re.IGNORECASE)


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in `text`, longest match first where they overlap, in text order.

    Cheap scans find where figures can start (numerals, currency signs, number words,
    ordinals, rank verbs); the full patterns are only tried there (see _SCANS).
    """
    found: list[Quantity] = []
    for starts, tries in _SCANS:
        for start in starts.finditer(text):
            for pattern, read in tries:
                match = pattern.match(text, start.start())
                quantity = read(match) if match else None
                if quantity is not None:
                    found.append(quantity)
    kept = _without_overlaps(found)
    pieces = [piece for quantity in kept for piece in _from_to(text, quantity)]
    return _with_shared_units(text, pieces)


# "30 versus last year's 26.6 billion cubic meters": the bare figure shares the next one's unit.
_SHARED_UNIT = re.compile(
    rf"{NUM}\s+(?:versus|vs\.?|against|compared\s+(?:with|to)|instead\s+of)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?=\$?\d)",
    re.IGNORECASE,
)
_SHARING_KINDS = frozenset({"money", "volume", "mass", "percent", "barrels"})


def _with_shared_units(text: str, quantities: list[Quantity]) -> list[Quantity]:
    starts = {q.start: q for q in quantities}
    covered = [(q.start, q.end) for q in quantities]
    added = []
    for match in _SHARED_UNIT.finditer(text):
        if any(a <= match.start() < b for a, b in covered):
            continue
        following = starts.get(match.end()) or starts.get(match.end() - 1)
        if following is None or following.kind not in _SHARING_KINDS:
            continue
        numerals = re.findall(NUMERAL, text[following.start : following.end])
        if not numerals:
            continue
        factor = following.value / parse_numeral(numerals[0]) if parse_numeral(numerals[0]) else 1
        value = parse_numeral(match.group("num")) * factor
        added.append(
            following._replace(
                start=match.start("num"), end=match.end("num"), value=value, value_high=None
            )
        )
    return sorted([*quantities, *added], key=lambda q: q.start)


_FROM_BEFORE = re.compile(r"\b(?:from|with)\s+(?:\$\s?)?$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s+to\s+\$?\s?")


def _from_to(text: str, quantity: Quantity) -> list[Quantity]:
    """'from 16 to 19 bcm' is a change from one level to another, not a range: two figures."""
    if quantity.value_high is None or not _FROM_BEFORE.search(text[: quantity.start][-12:]):
        return [quantity]
    between = _TO_BETWEEN.search(text, quantity.start, quantity.end)
    if between is None:
        return [quantity]
    first = quantity._replace(end=between.start(), value=quantity.value, value_high=None)
    second = quantity._replace(start=between.end(), value=quantity.value_high, value_high=None)
    return [first, second]


def _without_overlaps(found: list[Quantity]) -> list[Quantity]:
    """Keep the longest match (then the likelier kind) wherever matches overlap."""
    ranked = sorted(
        found, key=lambda q: (-(q.end - q.start), _KIND_PRIORITY.index(q.kind), q.start)
    )
    starts: list[int] = []  # kept spans, disjoint and sorted by start
    kept: list[Quantity] = []
    for quantity in ranked:
        index = bisect.bisect_left(starts, quantity.start)
        before_ok = index == 0 or kept[index - 1].end <= quantity.start
        after_ok = index == len(kept) or quantity.end <= kept[index].start
        if before_ok and after_ok:
            starts.insert(index, quantity.start)
            kept.insert(index, quantity)
    return kept


def _high(match: re.Match[str], factor: float) -> float | None:
    high = match.group("high")
    return parse_numeral(high) * factor if high else None


def _money(match: re.Match[str]) -> Quantity:
    factor = scale_factor(match.group("scale"))
    currency = CURRENCY_WORDS.get(match.group("cur").lower(), "USD")
    return Quantity(
        match.start(),
        match.end(),
        "money",
        parse_numeral(match.group("num")) * factor,
        _high(match, factor),
        currency,
        match.group("cur"),
        "",
    )


def _percent(match: re.Match[str]) -> Quantity:
    unit_word = match.group("unit").lower()
    points = unit_word.startswith(("percentage", "pp", "p.p"))
    return Quantity(
        match.start(),
        match.end(),
        "percent",
        parse_numeral(match.group("num")),
        _high(match, 1.0),
        "percentage_points" if points else "percent",
        match.group("unit"),
        "",
    )


def _volume(match: re.Match[str]) -> Quantity:
    unit_word = re.sub(r"\s+", " ", match.group("unit").lower())
    scale = scale_factor(match.group("scale"))
    if unit_word in ("bcm",):
        factor = 1.0
    elif unit_word == "tcm":
        factor = 1e3
    elif unit_word == "mcm":
        factor = 1e-3
    else:
        factor = scale / 1e9  # cubic metres -> billion cubic metres
    flag = ""
    if unit_word.startswith(("square", "sq")):
        flag = f"area unit {match.group('unit')!r} for a gas volume; read as cubic metres"
    elif unit_word.startswith("met"):
        flag = f"length unit {match.group('unit')!r} for a gas volume; read as cubic metres"
    return Quantity(
        match.start(),
        match.end(),
        "volume",
        parse_numeral(match.group("num")) * factor,
        _high(match, factor),
        "bcm",
        unit_word,
        flag,
        bool(match.group("rate")),
    )


_MASS_FACTORS = {"mt": 1e6, "mmt": 1e6, "kt": 1e3}


def _mass(match: re.Match[str]) -> Quantity:
    unit_word = re.sub(r"\s+", " ", match.group("unit").lower())
    factor = _MASS_FACTORS.get(unit_word, 1.0) * scale_factor(match.group("scale"))
    return Quantity(
        match.start(),
        match.end(),
        "mass",
        parse_numeral(match.group("num")) * factor,
        _high(match, factor),
        "tonnes",
        unit_word,
        "",
        bool(match.group("rate")),
    )


def _barrels(match: re.Match[str]) -> Quantity:
    factor = scale_factor(match.group("scale"))
    return Quantity(
        match.start(),
        match.end(),
        "barrels",
        parse_numeral(match.group("num")) * factor,
        _high(match, factor),
        "barrels_per_day",
        match.group("unit").lower(),
        "",
        True,
    )


def _count(match: re.Match[str]) -> Quantity:
    figure = match.group("num") or match.group("word")
    factor = scale_factor(match.group("scale"))
    return Quantity(
        match.start(),
        match.end(),
        "count",
        parse_numeral(figure) * factor,
        None,
        "count",
        match.group("noun").lower(),
        "",
    )


def _rank(match: re.Match[str]) -> Quantity:
    return Quantity(
        match.start(),
        match.end(),
        "rank",
        float(parse_ordinal(match.group("ord"))),
        None,
        "rank",
        match.group("noun").lower(),
        "",
    )


def _superlative(match: re.Match[str]) -> Quantity | None:
    before = match.string[max(0, match.start() - 40) : match.start()]
    if _ONE_OF.search(before) or _ORDINAL_BEFORE.search(before):
        return None
    return Quantity(
        match.start(), match.end(), "rank", 1.0, None, "rank", match.group("noun").lower(), ""
    )


def _plain(match: re.Match[str], kind: str, unit: str) -> Quantity:
    factor = scale_factor(match.groupdict().get("scale"))
    high = _high(match, factor) if "high" in match.groupdict() else None
    return Quantity(
        match.start(),
        match.end(),
        kind,
        parse_numeral(match.group("num")) * factor,
        high,
        unit,
        (match.groupdict().get("unit") or "").lower(),
        "",
    )


# Where a figure can start, and the patterns (with their readers) tried at each such place.
_SCANS = [
    (
        _NUMERAL_START,
        [
            (MONEY_SUFFIX, _money),
            (PERCENT, _percent),
            (VOLUME, _volume),
            (MASS, _mass),
            (BARRELS, _barrels),
            (DISTANCE, lambda m: _plain(m, "distance", "km")),
            (COUNT, _count),
            (BARE_SCALED, lambda m: _plain(m, "bare", "")),
        ],
    ),
    (_CURRENCY_START, [(MONEY_PREFIX, _money)]),
    (NUMBER_WORD_STARTS, [(COUNT, _count)]),
    (ORDINAL_STARTS, [(RANK_BY_NOUN, _rank)]),
    (_RANK_VERB_START, [(RANK_BY_VERB, _rank)]),
    (_SUPERLATIVE_START, [(RANK_BY_SUPERLATIVE, _superlative)]),
]
