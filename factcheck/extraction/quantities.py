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
    parse_number_word,
    parse_numeral,
    parse_ordinal,
    scale_factor,
    word_starts,
)
from validation.reading_vocabulary import (
    GROWTH_VERBS,
    MULTIPLYING_VERBS,
    RANK_LIST_CUES,
    RANK_VERBS,
    TURKISH_CURRENCY_WORDS,
    UNRECORDED_COUNT_NOUNS,
    alternation,
)


class Quantity(NamedTuple):
    start: int
    end: int
    kind: str  # money | price | percent | volume | mass | power | distance | count | rank | bare
    value: float
    value_high: float | None  # set for ranges
    unit: str  # canonical unit, or "" for bare figures (decided from context)
    noun: str  # counted noun, rank noun or unit word as written
    flag: str
    rate: bool = False  # written as a rate: "a year", "per year", "annually"
    fraction: str = ""  # a share written in words ("about a third", "one in five"), as written


NUM = rf"(?P<num>{NUMERAL})"
HIGH = rf"(?:(?:\s?[-–—]\s?|\s+to\s+)\$?\s?(?P<high>{NUMERAL}))?"
RATE = (
    r"(?P<rate>\s*(?:a|per|/)\s*(?:year|annum|yr|y)\b(?!\s+(?:before|earlier|ago|later))"
    r"|\s+annually\b)?"
)
# Never across a blank line: a figure ending a paragraph takes no unit from the next one.
GAP = r"(?![ \t]*\n[ \t]*\n)[ \t\n]{0,3}"
# An abbreviated scale word may carry its full stop before the unit ("11,3 bln. dollars",
# "31,4 bln. USD", "470 mln. tons"); a stop before a capital starts the next sentence.
SCALE_STOP = r"(?:\.(?=[ \t]?(?:[a-z$€]|USD|US\$|EUR)))?"
# A figure before its unit: the number, a range's high end, a scale word ("4.5 billion").
AMOUNT = rf"{NUM}{HIGH}{GAP}(?:(?P<scale>{SCALE}){SCALE_STOP}{GAP})?"
CURRENCY_WORDS = {"$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "us dollars": "USD"}
CURRENCY_WORDS |= {"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR"}
CURRENCY_WORDS |= TURKISH_CURRENCY_WORDS  # "2,5 milyar dolar"
# Currencies no record is kept in: read as money so the figure is never taken for dollars.
CURRENCY_WORDS |= {"turkish lira": "TRY", "lira": "TRY", "liras": "TRY", "tl": "TRY", "try": "TRY",
                   "₺": "TRY", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB",
                   "ruble": "RUB", "rub": "RUB", "₽": "RUB"}  # fmt: skip
# Gulf and Asian wires' own currencies ("Dh 70 billion", "Rs 3.2 lakh crore", "SR5 billion"):
# never ours, read as money so the figure is never taken for dollars.
CURRENCY_WORDS |= {"dh": "AED", "dhs": "AED", "aed": "AED", "dirhams": "AED", "dirham": "AED",
                   "rs": "INR", "rs.": "INR", "inr": "INR", "rupees": "INR", "sr": "SAR",
                   "sar": "SAR", "riyals": "SAR", "qr": "QAR", "qar": "QAR", "cny": "CNY",
                   "rmb": "CNY", "yuan": "CNY", "¥": "CNY"}  # fmt: skip
_FOREIGN_PREFIX = r"\b(?-i:Dhs?|AED|Rs\.?|INR|SR|SAR|QR|QAR|CNY|RMB)(?=\s?\d)|¥"
_FOREIGN_SUFFIX = r"dirhams?|rupees|riyals|yuan|(?-i:AED|INR|SAR|QAR|CNY)"

MONEY_PREFIX = re.compile(
    rf"(?P<cur>US\$|USD|EUR|€|\$|\b(?-i:TL|TRY|RUB)|₺|₽|{_FOREIGN_PREFIX}){GAP}{NUM}{HIGH}"
    rf"(?:{GAP}-?{GAP}(?P<scale>{SCALE}|{GLUED_SCALE}))?",
    re.IGNORECASE,
)
_TURKISH_CURRENCY = alternation(tuple(TURKISH_CURRENCY_WORDS))
MONEY_SUFFIX = re.compile(
    rf"{AMOUNT}(?P<cur>(?:US )?dollars|{_TURKISH_CURRENCY}|USD|euros?|EUR|(?:Turkish\s+)?liras?"
    r"|(?-i:TL|TRY|RUB)"
    rf"|(?:Russian\s+)?(?:roubles?|rubles?)|{_FOREIGN_SUFFIX})\b",
    re.IGNORECASE,
)
PERCENT = re.compile(
    rf"{NUM}{HIGH}\s?(?P<unit>%|percent(?:age points?)?\b|per cent\b|pct\b|pc\b|pp\b|p\.p\.)",
    re.IGNORECASE,
)
# The sign before the figure, as Turkish writes it ("%15", "rose %4,9"; a range "%10-15").
PERCENT_FIRST = re.compile(rf"(?<![\w%])(?P<unit>%){NUM}{HIGH}(?![\w%])")
# A sum written in two scales, as Turkish agency copy writes exact figures ("450 million 461
# thousand dollars", "22 billion 600 million dollars"): one amount, the smaller part below
# one unit of the larger.
MONEY_TWO_SCALES = re.compile(
    rf"{NUM}\s+(?P<scale>billion|million)\s+(?P<num2>\d{{1,3}})\s+(?P<scale2>million|thousand)"
    rf"\s+(?P<cur>(?:US\s+)?dollars|USD|euros?|EUR|(?:Turkish\s+)?liras?|(?-i:TL))\b",
    re.IGNORECASE,
)
VOLUME_UNIT = (
    r"cubic met(?:er|re)s?\b|cu\.?\s?m\b|m3\b|m³(?!\w)|bcm\b|tcm\b|mcm\b"
    r"|square met(?:er|re)s?\b|sq\.?\s?m\b|met(?:er|re)s?\b"
)
# "40 mcm per day", "38 million cubic metres a day", "47 mcm/d": a daily rate, not a volume.
DAILY = r"(?P<daily>\s*(?:a|per|/)\s*(?:day|d)\b)?"
VOLUME = re.compile(
    rf"{AMOUNT}(?P<unit>{VOLUME_UNIT}){DAILY}{RATE}",
    re.IGNORECASE,
)
# Gas in energy units, as statistics offices publish it ("1 008 959 terajoules (TJ)",
# "1 843 399 TJ"): a volume of gas whose unit is TJ, compared only with records in TJ.
ENERGY_TJ = re.compile(
    rf"{AMOUNT}(?P<unit>TJ\b|terajoules?\b)(?:\s*\(TJ\))?",
)
# "1.07mn t", "27.5 million t" (trade-press style): a bare "t" only after a scale word.
# "22 100 thousand tonnes of oil equivalent" is energy, not a mass: never tonnes.
MASS_UNIT = (
    r"(?:metric\s+)?(?:tons|tonnes|ton|tonne)\b(?!\s+of\s+oil\s+equivalent)|mt\b|kt\b|mmt\b"
    r"|(?<=(?:mn|bn|ln|on) )t\b(?![/'’.]\w)"
    r"|(?<=\d)t\b(?![/'’.-]\w)"  # "608,000t", "1.2mt" (glued to the figure)
)
# "27.5m tonnes", "450k tonnes": a one-letter scale glued to the figure before a unit of mass.
GLUED_MASS_SCALE = r"(?<=\d)[mk](?=[ \t]+(?:metric\s+)?(?:tons|tonnes)\b)"
MASS = re.compile(
    rf"{NUM}{HIGH}{GAP}(?:(?P<scale>{SCALE}|{GLUED_MASS_SCALE}){SCALE_STOP}{GAP})?"
    rf"(?P<unit>{MASS_UNIT}){RATE}",
    re.IGNORECASE,
)
BARRELS = re.compile(
    # "323 kb/d", "1.2 mb/d", "450 kbpd": thousands or millions of barrels a day (the trade
    # press's abbreviations)
    rf"{AMOUNT}(?P<unit>barrels?\s+(?:a|per)\s+day|bpd\b|b/d\b|(?:k|mm?)(?:b/d|bpd|bd)\b)",
    re.IGNORECASE,
)
# Electric capacity ("4,800 megawatts", "1.2 GW") and an electricity price ("12.35 US cents
# per kilowatt-hour", "$0.12/kWh").
POWER = re.compile(
    rf"{AMOUNT}-?(?P<unit>MWe?|GW|megawatts?|gigawatts?)\b",  # "a 4,800-megawatt plant"
    re.IGNORECASE,
)
_PER_KWH = r"\s*(?:per|a|/)\s*(?:kilowatt[-\s]?hours?|kWh)\b"
PRICE_CENTS = re.compile(
    rf"{NUM}{GAP}(?:US\s+|U\.S\.\s+|American\s+)?(?P<unit>cents?|¢){_PER_KWH}", re.IGNORECASE
)
PRICE_DOLLARS = re.compile(rf"(?:US\$|\$){GAP}{NUM}(?:\s*(?:US\s+)?dollars?)?{_PER_KWH}", re.I)
DISTANCE = re.compile(rf"{NUM}\s?(?P<unit>km\b|kilomet(?:er|re)s?\b)", re.IGNORECASE)
COUNT_NOUNS = (
    r"companies|firms|enterprises|businesses|tourists|visitors|travell?ers|holidaymakers"
    r"|people|persons|passengers|citizens|agreements|accords|deals|memoranda|lines|strings"
    r"|reactors|units|workers|employees|arrivals|trips"
    rf"|{alternation(UNRECORDED_COUNT_NOUNS)}"
)
# A count's number and what it counts never stand on two lines that a line break opening
# with a capital parts ("2023: 12.5" above "Russian visitor arrivals by month:").
_COUNT_GAP = r"(?:[ \t]{0,3}|[ \t]?\n[ \t]{0,2}(?![ \t\n]|(?-i:[A-Z])))"
COUNT = re.compile(
    rf"(?:{NUM}{HIGH}|(?P<word>{NUMBER_WORD})){_COUNT_GAP}"
    # "6.3m Russian visitors"; a list's "7.4m: Russian visitors in 2023" (a scaled figure
    # first, then what it counts)
    # (never across a line break to the next line's label: "6.7m" above "German visitors")
    rf"(?:(?P<scale>{SCALE}|(?<=\d)[mk](?![\w.,])(?![ \t]*\n[ \t]*(?-i:[A-Z])))"
    rf"(?:\s*[:–—]\s+|{GAP}))?(?!(?<=\d)[A-Za-z])"
    rf"(?:[A-Za-z'-]+(?![ \t]*\n[ \t]*\n)\s+){{0,2}}?(?P<noun>{COUNT_NOUNS})\b",
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
# "the largest group of foreign visitors", "the biggest contingent among holidaymakers": the
# people of the largest group of visitors come from the visitors' largest source (rank 1).
_GROUP_OF_VISITORS = (
    r"(?:largest|biggest|leading|top)\s+(?:single\s+)?(?:foreign\s+|national\s+)?"
    r"(?:group|contingent|nationality)\s+(?:of|among)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}?"
    r"(?:visitors|tourists|holidaymakers|vacationers|travell?ers|arrivals|guests)\b"
)
RANK_BY_GROUP = re.compile(_GROUP_OF_VISITORS, re.IGNORECASE)
RANK_BY_GROUP_ORDINAL = re.compile(rf"(?P<ord>{ORDINAL})[\s-]+{_GROUP_OF_VISITORS}", re.IGNORECASE)
# "came third", "slipped to fourth (place)": a place in a list the verb moves a country to
# (the verbs: validation/reading_vocabulary.py).
_RANK_VERBS = alternation(RANK_VERBS)
RANK_BY_VERB = re.compile(
    rf"\b(?P<noun>{_RANK_VERBS})\s+(?:as\s+)?(?:the\s+)?(?P<ord>{ORDINAL})"
    r"(?:[\s-]+(?:place|position|spot)\b)?(?![\s-]+of\b)",  # "fell to third of": a fraction
    re.IGNORECASE,
)
# "fourth among Turkey's export markets", "third place among its trading partners": a bare
# ordinal is a place when the list it is in follows.
RANK_AMONG = re.compile(
    rf"(?P<ord>{ORDINAL})(?:[\s-]+(?:place|position|spot))?,?\s+(?:{alternation(RANK_LIST_CUES)})"
    rf"\s+(?:[\w’'-]+\s+){{0,4}}?(?P<noun>{RANK_NOUNS})\b",
    re.IGNORECASE,
)
# Fractions in words are shares of a quantity ("nearly half of Turkey's gas imports", "one in
# five visitors") or the size of a change ("fell by a third"); never of a time or a distance
# ("a third of the way", "half of the year", "the first half of 2023").
FRACTION_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}  # fmt: skip
SHARE_NOUNS = (
    r"imports?|exports?|trade|turnover|gas|oil|crude|lng|coal|diesel|fuel|energy|electricity"
    r"|suppl(?:y|ies)|consumption|demand|needs|purchases|market|volumes?|deliveries"
    r"|shipments|cargoes|flows?|sales|revenues?|investments?|production|output|goods|total"
    r"|arrivals|tourists|visitors|holidaymakers|travell?ers|foreigners|guests|passengers"
    r"|companies|firms|workers|people|cubic\s+met(?:er|re)s|barrels|tons|tonnes|dollars"
)
NOT_QUANTITIES = (
    r"way|road|route|journey|distance|length|years?|months?|weeks?|days?|hours?|decades?"
    r"|century|centuries|period|time|term|season|quarter|half|session|meeting|talks"
)
_OBJECT = re.compile(
    rf"\s+of\s+(?P<words>(?:[\w’'.-]+\s+){{0,4}}?)(?:{SHARE_NOUNS})\b", re.IGNORECASE
)
_NOT_QUANTITY = re.compile(rf"\b(?:{NOT_QUANTITIES})\b|\b\d{{4}}\b", re.IGNORECASE)
_NUMERATOR_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                    "seven": 7, "nine": 9}  # fmt: skip
_NUMERATOR_BEFORE = re.compile(
    r"\b(?P<num>" + "|".join(_NUMERATOR_WORDS) + r")[\s-]+$", re.IGNORECASE
)
_PERIOD_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|last|final|latter|former|previous|next|and)\s+$",
    re.IGNORECASE,
)
# The size of a change: "fell by a third", "a fall of more than half", "shrank by almost half".
_FRACTION_HEDGES = (
    r"more\s+than|over|almost|nearly|about|around|roughly|some|just\s+under|close\s+to"
    r"|at\s+least|less\s+than|well\s+over"
)
_BY_BEFORE = re.compile(
    r"\b(?:by|(?:increase|decrease|rise|drop|fall|decline|growth|gain|jump|reduction"
    rf"|contraction|slump|surge|plunge|cut)s?\s+of)\s+(?:(?:{_FRACTION_HEDGES})\s+)?$",
    re.IGNORECASE,
)
# "99 bcm, of which Turkey took about a fifth": the whole is named before the fraction.
_OF_WHICH_BEFORE = re.compile(
    r"\bof\s+(?:which|whom|this|that|these|those|them|it)\b[^.;:!?()\d]{0,50}$", re.IGNORECASE
)
FRACTION_STARTS = word_starts(FRACTION_DENOMINATORS)
FRACTION = re.compile(r"(?P<den>" + "|".join(FRACTION_DENOMINATORS) + r")\b", re.IGNORECASE)
ONE_IN = re.compile(
    rf"(?P<num>\d{{1,2}}|{NUMBER_WORD})\s+(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?P<den>\d{{1,3}}|{NUMBER_WORD})\b"
    rf"(?=\s+(?:[\w’'-]+\s+){{0,3}}?(?:{SHARE_NOUNS})\b)",
    re.IGNORECASE,
)
BARE_SCALED = re.compile(rf"{NUM}{HIGH}{GAP}(?P<scale>{SCALE})", re.IGNORECASE)
# A change written as a multiple: "exports tripled", "trade roughly doubled since 2010",
# "arrivals halved"; "grew fivefold", "rose 2.5 times", "a threefold increase in". The figure
# is the factor; a hedge before it ("more than tripled", "rose more than fivefold") is kept.
MULTIPLIED = re.compile(rf"(?P<verb>{alternation(tuple(MULTIPLYING_VERBS))})\b", re.IGNORECASE)
_FOLD_WORDS = [f"{w}fold" for w in ("two", "three", "four", "five", "six", "seven", "eight",
                                    "nine", "ten", "twenty", "hundred")]  # fmt: skip
MULTIPLE = re.compile(
    rf"(?P<factor>\d{{1,3}}(?:\.\d)?|{NUMBER_WORD})(?:[- ]?fold\b|\s+times\b(?!\s+(?:more|less"
    r"|as|larger|bigger|higher|greater|smaller|lower|over|than|the|that|a\b|an\b|per|in\s+a)))"
    r"|(?P<folded>" + "|".join(_FOLD_WORDS) + r")\b",
    re.IGNORECASE,
)
_GROWTH_BEFORE = re.compile(
    rf"\b(?:{alternation(GROWTH_VERBS)})\s+(?:by\s+)?(?:(?:{{hedges}})\s+)?$".replace(
        "{hedges}",
        r"more\s+than|over|almost|nearly|about|around|roughly|some|close\s+to"
        r"|at\s+least|well\s+over|nearly|just\s+over",
    ),
    re.IGNORECASE,
)
_GROWTH_NOUN_AFTER = re.compile(
    r"\s+(?:increase|rise|jump|growth|expansion|surge)\b", re.IGNORECASE
)
MULTIPLE_NOUN = "times"  # the noun of a change written as a multiple: a rise
MULTIPLE_NOUN_DOWN = "times down"  # ... and of a fall ("halved")
MULTIPLE_STARTS = word_starts([*MULTIPLYING_VERBS, *_FOLD_WORDS])
# A number written out in full with thousands groups and no scale or unit word ("fell to
# 866,000", "some 4,200,000 Russians", "exceeds 1,300"): what it counts comes from its clause.
# Never money: a sum of dollars is written with its currency.
BARE_PLAIN = re.compile(
    r"(?<![\w.,$€])(?<![A-Za-z]-)(?P<num>\d{1,3}(?:,\d{3})+)(?![\d,]\d|\.\d|\s?%)"
)
# "the number of firms with Russian capital ... exceeds 1,300": a bare figure whose clause
# opens with the number of a counted noun counts that noun.
_NUMBER_OF = re.compile(
    rf"\bnumber\s+of\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{COUNT_NOUNS})\b[^.;:!?()]{{0,90}}$",
    re.IGNORECASE,
)
PLAIN_NOUN = "plain"  # the noun of a bare figure written without a scale word

# Earlier kinds win when two matches cover the same text.
_KIND_PRIORITY = [
    "price", "money", "percent", "volume", "mass", "barrels", "power", "distance", "count", "rank",
    "bare",
]  # fmt: skip


_NUMERAL_START = re.compile(NUMERAL)
_PERCENT_SIGN_START = re.compile(r"%(?=\d)")
_CURRENCY_START = re.compile(rf"US\$|USD|EUR|€|\$|\bTL\b|\bTRY\b|\bRUB\b|₺|₽|{_FOREIGN_PREFIX}")
_RANK_VERB_START = re.compile(rf"\b(?:{_RANK_VERBS})\b", re.IGNORECASE)
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
                quantity = read(match) if match and not _year_to(match) else None
                if quantity is not None:
                    found.append(quantity)
    fractions = [(q.start, q.end) for q in found if q.fraction]
    if fractions:  # "one in five visitors" is a share, not five visitors
        found = [
            q for q in found
            if q.fraction or not any(a < q.end and q.start < b for a, b in fractions)
        ]  # fmt: skip
    kept = _between_ranges(text, _without_overlaps(found))
    pieces = [piece for quantity in kept for piece in _from_to(text, quantity)]
    return _with_shared_units(text, pieces)


# "between 40 and 45 percent", "between $2 billion and $3 billion": one range, not a point.
_BETWEEN = re.compile(
    rf"\bbetween\s+(?:US\$|\$|€)?\s?(?P<num>{NUMERAL})(?:\s*(?P<scale>{SCALE}))?\s*"
    rf"(?:%|per\s*cent|percent)?\s+and\s+(?:US\$|\$|€)?\s?$",
    re.IGNORECASE,
)
# Kinds written as an amount of a unit: a range can span them, a bare figure can share one.
_AMOUNT_KINDS = frozenset({"money", "percent", "volume", "mass", "barrels", "count", "bare"})


def _between_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A figure after 'between <number> and' is the top of a range whose bottom is that number
    (in the figure's unit and scale unless it carries its own scale); a bottom read as a figure
    of its own is merged into the range."""
    out: list[Quantity] = []
    for quantity in quantities:
        low_start = max(0, quantity.start - 60)
        match = _BETWEEN.search(text, low_start, quantity.start)
        if (
            match is None
            or match.end() != quantity.start
            or quantity.value_high is not None
            or quantity.kind not in _AMOUNT_KINDS
        ):
            out.append(quantity)
            continue
        if out and out[-1].end > match.start("num") and out[-1].kind not in (quantity.kind, "bare"):
            out.append(quantity)  # the bottom is another kind of figure: not one range
            continue
        numerals = re.findall(NUMERAL, text[quantity.start : quantity.end])
        first = parse_numeral(numerals[0]) if numerals else 0.0
        factor = quantity.value / first if first else 1.0
        if match.group("scale"):  # "between 900 million and 1.2 billion cubic metres"
            high_scale = _SCALE_OF.search(text, quantity.start, quantity.end)
            high_factor = scale_factor(high_scale.group(0)) if high_scale else 1.0
            factor *= scale_factor(match.group("scale")) / high_factor
        low = parse_numeral(match.group("num")) * factor
        if out and out[-1].end > match.start("num"):
            out.pop()  # "between $2 billion and $3 billion": the bottom was read on its own
        start = match.start() + len(re.match(r"between\s+", match.group(0), re.I).group(0))
        out.append(quantity._replace(start=start, value=low, value_high=quantity.value))
    return out


_SCALE_OF = re.compile(SCALE, re.IGNORECASE)


# "30 versus last year's 26.6 billion cubic meters": the bare figure shares the next one's unit.
_SHARED_UNIT = re.compile(
    rf"{NUM}\s+(?:versus|vs\.?|against|compared\s+(?:with|to)|instead\s+of)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?=\$?\d)",
    re.IGNORECASE,
)


_YEAR_NAMED = re.compile(r"(?:19|20)\d{2}")
_YEAR_BEFORE = re.compile(r"\b(?:in|of|during|for|since|by|until|year|fiscal)\s+$", re.I)


def _with_shared_units(text: str, quantities: list[Quantity]) -> list[Quantity]:
    starts = {q.start: q for q in quantities}
    covered = [(q.start, q.end) for q in quantities]
    added = []
    for match in _SHARED_UNIT.finditer(text):
        if any(a <= match.start() < b for a, b in covered):
            continue
        if _YEAR_NAMED.fullmatch(match.group("num")) and _YEAR_BEFORE.search(
            text, max(0, match.start("num") - 12), match.start("num")
        ):
            continue  # "$9.3 billion in 2022 against $5.8 billion": 2022 is a year
        following = starts.get(match.end()) or starts.get(match.end() - 1)
        if following is None or following.kind not in _AMOUNT_KINDS:
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
    return _with_earlier_units(text, sorted([*quantities, *added], key=lambda q: q.start))


# "9.8 billion cubic metres, compared with 5.7 billion a year ago": the bare figure after a
# comparison word takes the unit of the figure just before it in the same sentence.
_COMPARED_BEFORE = re.compile(
    r"(?:compared\s+(?:with|to)|versus|vs\.?|against|up\s+from|down\s+from|from)\s+$",
    re.IGNORECASE,
)
_BASE_OF_SCALED = {"money": 1.0, "volume": 1e-9, "mass": 1.0, "barrels": 1.0}


def _with_earlier_units(text: str, quantities: list[Quantity]) -> list[Quantity]:
    out = list(quantities)
    for i in range(1, len(out)):
        bare, before = out[i], out[i - 1]
        if bare.kind != "bare" or before.kind not in _BASE_OF_SCALED:
            continue
        between = text[before.end : bare.start]
        if len(between) > 60 or re.search(r"[.;!?]\s", between):
            continue
        if not _COMPARED_BEFORE.search(between):
            continue
        factor = _BASE_OF_SCALED[before.kind]
        out[i] = before._replace(
            start=bare.start,
            end=bare.end,
            value=bare.value * factor,
            value_high=bare.value_high * factor if bare.value_high is not None else None,
            rate=False,
        )
    return out


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
    written = " ".join(match.group("cur").lower().split())
    # "Turkish Liras", "Russian roubles": a plural, or a currency named with its country, is
    # the currency the table lists by its singular or bare name.
    last = written.split()[-1]
    names = (written, written.removesuffix("s"), last, last.removesuffix("s"))
    currency = next((CURRENCY_WORDS[name] for name in names if name in CURRENCY_WORDS), "USD")
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


def _money_two_scales(match: re.Match[str]) -> Quantity | None:
    big, small = scale_factor(match.group("scale")), scale_factor(match.group("scale2"))
    part = parse_numeral(match.group("num2")) * small
    if small >= big or part >= big:
        return None
    currency = CURRENCY_WORDS.get(" ".join(match.group("cur").lower().split()), "USD")
    value = parse_numeral(match.group("num")) * big + part
    return Quantity(
        match.start(), match.end(), "money", value, None, currency, match.group("cur"), ""
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
    if match.group("daily"):
        return Quantity(
            match.start(),
            match.end(),
            "volume",
            parse_numeral(match.group("num")) * factor * 1e3,
            _high(match, factor * 1e3),
            "mcm_per_day",
            unit_word,
            "",
        )
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


_BARREL_UNIT_SCALES = {"k": 1e3, "m": 1e6}  # "kb/d": thousand barrels a day; "mb/d", "mmbpd"


def _barrels(match: re.Match[str]) -> Quantity:
    factor = scale_factor(match.group("scale"))
    factor *= _BARREL_UNIT_SCALES.get(match.group("unit")[:1].lower(), 1.0)
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


def _power(match: re.Match[str]) -> Quantity:
    unit_word = match.group("unit").lower()
    factor = 1e3 if unit_word.startswith("g") else 1.0
    factor *= scale_factor(match.group("scale"))
    return Quantity(
        match.start(), match.end(), "power", parse_numeral(match.group("num")) * factor,
        _high(match, factor), "MW", unit_word, "",
    )  # fmt: skip


def _price(match: re.Match[str]) -> Quantity:
    cents = "unit" in match.groupdict() and match.group("unit") is not None
    value = parse_numeral(match.group("num")) / (100.0 if cents else 1.0)
    return Quantity(match.start(), match.end(), "price", value, None, "USD_per_kWh", "kWh", "")


# "grew in 2022 to $62 billion": a year before 'to', not the bottom of a range.
_YEAR_NUMERAL = re.compile(r"(?:1[89]|20)\d\d")
_TIME_PREPOSITION = re.compile(
    r"\b(?:in|since|of|from|by|for|during|until|through|over|between)\s+$", re.IGNORECASE
)


def _year_to(match: re.Match[str]) -> bool:
    """A range whose bottom is a year written after a preposition of time."""
    groups = match.re.groupindex
    if "high" not in groups or not match.group("high") or "num" not in groups:
        return False
    before = match.string[max(0, match.start() - 12) : match.start()]
    return bool(_YEAR_NUMERAL.fullmatch(match.group("num") or "")) and bool(
        _TIME_PREPOSITION.search(before)
    )


# A unit between a number and a counted noun ("four 1,200 MW units") makes it a measure.
_UNIT_WORD = re.compile(r"\b(?:MWe?|GW|kW|megawatts?|gigawatts?|km|bcm|mcm|tons?|tonnes?)\b", re.I)


def _count(match: re.Match[str]) -> Quantity | None:
    if _UNIT_WORD.search(match.group(0)):
        return None
    before = match.string[max(0, match.start() - 12) : match.start()]
    if (
        not match.group("scale")
        and _YEAR_NUMERAL.fullmatch(match.group("num") or "")
        and _TIME_PREPOSITION.search(before)
    ):
        return None  # "By 2022 arrivals had rebounded": a year, not 2,022 arrivals
    figure = match.group("num") or match.group("word")
    factor = scale_factor(match.group("scale"))
    return Quantity(
        match.start(),
        match.end(),
        "count",
        parse_numeral(figure) * factor,
        _high(match, factor) if match.group("num") else None,  # "6.5 to 7 million tourists"
        "count",
        match.group("noun").lower(),
        "",
    )


# "was not the first source", "is no longer the largest supplier": no place is claimed.
_NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|no\s+longer|n[’']t)\s+(?:(?:yet|even|quite|always)\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:[A-Z][\w’'-]+\s+)?$",
)


def _negated(match: re.Match[str]) -> bool:
    return bool(_NEGATED_BEFORE.search(match.string, max(0, match.start() - 40), match.start()))


def _rank(match: re.Match[str]) -> Quantity | None:
    if _negated(match):
        return None
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
    if _ONE_OF.search(before) or _ORDINAL_BEFORE.search(before) or _negated(match):
        return None
    return Quantity(
        match.start(), match.end(), "rank", 1.0, None, "rank", match.group("noun").lower(), ""
    )


def _group_rank(match: re.Match[str]) -> Quantity | None:
    """'the (second) largest group of foreign visitors': the place among the visitors'
    sources (1 without an ordinal)."""
    ordinal = match.groupdict().get("ord")
    before = match.string[max(0, match.start() - 40) : match.start()]
    if _ONE_OF.search(before) or (not ordinal and _ORDINAL_BEFORE.search(before)):
        return None  # "one of the largest groups"; "the second largest": the ordinal's reader
    place = float(parse_ordinal(ordinal)) if ordinal else 1.0
    return Quantity(match.start(), match.end(), "rank", place, None, "rank", "source", "")


def _is_share_object(text: str, end: int) -> bool:
    """'of Turkey's gas imports' follows: a quantity, not a time or a distance."""
    found = _OBJECT.match(text, end)
    return found is not None and not _NOT_QUANTITY.search(found.group("words"))


def _fraction(match: re.Match[str]) -> Quantity | None:
    """'a third', 'two-thirds', 'half' of a quantity (or 'by a third'): a percentage."""
    text = match.string
    denominator_word = match.group("den").lower()
    before = text[max(0, match.start() - 30) : match.start()]
    lead = _NUMERATOR_BEFORE.search(before)
    if lead:
        numerator = _NUMERATOR_WORDS[lead.group("num").lower()]
        start = match.start() - (len(before) - lead.start())
    elif denominator_word == "half":
        numerator, start = 1, match.start()
    else:
        return None  # "the third largest": an ordinal
    if _PERIOD_BEFORE.search(text[max(0, start - 12) : start]):
        return None  # "the first half", "two and a half"
    plural = denominator_word.endswith("s") and denominator_word != "halves"
    if plural != (numerator > 1) and denominator_word != "half":
        return None  # "one thirds", "two third": not a fraction as written
    denominator = FRACTION_DENOMINATORS[denominator_word]
    if numerator >= denominator:
        return None
    by = _BY_BEFORE.search(text[max(0, start - 40) : start]) is not None
    of_which = _OF_WHICH_BEFORE.search(text[max(0, start - 60) : start])
    if not (by or of_which or _is_share_object(text, match.end())):
        return None
    # noun: "by" for the size of a change ("fell by a third"), else "of" (a share).
    return Quantity(
        start, match.end(), "percent", round(100 * numerator / denominator, 1), None, "percent",
        "by" if by else "of", "", fraction=text[start : match.end()],
    )  # fmt: skip


def _one_in(match: re.Match[str]) -> Quantity | None:
    """'one in five visitors', 'nine out of ten tourists': a percentage."""
    numerator, denominator = parse_numeral(match.group("num")), parse_numeral(match.group("den"))
    if not 0 < numerator < denominator:
        return None
    return Quantity(
        match.start(), match.end(), "percent", round(100 * numerator / denominator, 1), None,
        "percent", "of", "", fraction=match.group(0),
    )  # fmt: skip


def _multiplied(match: re.Match[str]) -> Quantity:
    """'tripled', 'halved': a change of (factor - 1) x 100 percent, its size in `value`
    (positive; a fall's sign is the measure's), noun MULTIPLE_NOUN."""
    factor = MULTIPLYING_VERBS[re.sub(r"\s+", " ", match.group("verb").lower())]
    return Quantity(
        match.start(), match.end(), "percent", round(abs(factor - 1) * 100, 1), None, "percent",
        MULTIPLE_NOUN if factor > 1 else MULTIPLE_NOUN_DOWN, "", fraction=match.group(0),
    )  # fmt: skip


def _multiple(match: re.Match[str]) -> Quantity | None:
    """'fivefold', '2.5 times' after a verb of growth, or before 'increase' ('a threefold
    increase'): a rise of (factor - 1) x 100 percent. Else None ('three times larger than')."""
    text = match.string
    if not (
        _GROWTH_BEFORE.search(text, max(0, match.start() - 40), match.start())
        or _GROWTH_NOUN_AFTER.match(text, match.end())
    ):
        return None
    written = match.group("folded") or match.group("factor")
    written = re.sub(r"fold$", "", written.lower())
    factor = {"twenty": 20.0, "hundred": 100.0}.get(written)
    if factor is None and written[0].isdigit():
        factor = parse_numeral(written)
    elif factor is None:
        factor = float(parse_number_word(written))
    if factor <= 1:
        return None
    return Quantity(
        match.start(), match.end(), "percent", round((factor - 1) * 100, 1), None, "percent",
        MULTIPLE_NOUN, "", fraction=match.group(0),
    )  # fmt: skip


# "Russian visitors, 2024: 6.7m", "Visitors in 2024: 62.3m": a figure with a glued scale after
# a label naming what it counts, on the same line.
LABELLED_COUNT = re.compile(rf"{NUM}(?P<scale>(?<=\d)[mk])(?![\w.,]\w)", re.IGNORECASE)
_COUNT_LABEL = re.compile(
    rf"\b(?P<noun>{COUNT_NOUNS})\b[^:\n\d]{{0,12}}(?:(?:19|20)\d\d[^:\n\d]{{0,6}})?:[ \t]*$",
    re.IGNORECASE,
)


def _labelled_count(match: re.Match[str]) -> Quantity | None:
    line_start = match.string.rfind("\n", 0, match.start()) + 1
    label = _COUNT_LABEL.search(match.string, max(line_start, match.start() - 60), match.start())
    if label is None:
        return None
    quantity = _plain(match, "count", "count")
    return quantity._replace(noun=label.group("noun").lower())


def _bare(match: re.Match[str], plain: bool) -> Quantity:
    """A figure with no unit: a count of the noun its clause numbers ('the number of firms
    ... exceeds 1,300'), else bare (its unit decided from context; PLAIN_NOUN when written
    with no scale word, which is never read as money)."""
    quantity = _plain(match, "bare", "")
    counted = _NUMBER_OF.search(match.string, max(0, match.start() - 160), match.start())
    if counted:
        return quantity._replace(kind="count", unit="count", noun=counted.group("noun").lower())
    return quantity._replace(noun=PLAIN_NOUN) if plain else quantity


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
            (MONEY_TWO_SCALES, _money_two_scales),
            (MONEY_SUFFIX, _money),
            (PERCENT, _percent),
            (VOLUME, _volume),
            (ENERGY_TJ, lambda m: _plain(m, "volume", "TJ")),
            (MASS, _mass),
            (BARRELS, _barrels),
            (DISTANCE, lambda m: _plain(m, "distance", "km")),
            (POWER, _power),
            (PRICE_CENTS, _price),
            (ONE_IN, _one_in),
            (MULTIPLE, _multiple),
            (COUNT, _count),
            (BARE_SCALED, lambda m: _bare(m, plain=False)),
            (LABELLED_COUNT, _labelled_count),
            (BARE_PLAIN, lambda m: _bare(m, plain=True)),
        ],
    ),
    (_CURRENCY_START, [(PRICE_DOLLARS, _price), (MONEY_PREFIX, _money)]),
    (_PERCENT_SIGN_START, [(PERCENT_FIRST, _percent)]),
    (NUMBER_WORD_STARTS, [(ONE_IN, _one_in), (MULTIPLE, _multiple), (COUNT, _count)]),
    (FRACTION_STARTS, [(FRACTION, _fraction)]),
    (MULTIPLE_STARTS, [(MULTIPLIED, _multiplied), (MULTIPLE, _multiple)]),
    (
        ORDINAL_STARTS,
        [(RANK_BY_NOUN, _rank), (RANK_AMONG, _rank), (RANK_BY_GROUP_ORDINAL, _group_rank)],
    ),
    (_RANK_VERB_START, [(RANK_BY_VERB, _rank)]),
    (_SUPERLATIVE_START, [(RANK_BY_SUPERLATIVE, _superlative), (RANK_BY_GROUP, _group_rank)]),
]
