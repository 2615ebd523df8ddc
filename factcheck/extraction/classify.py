"""Decide what a figure measures: indicator, unit, flow, product, and the two countries."""

import re
from typing import NamedTuple

from factcheck.extraction.quantities import Quantity


class Reading(NamedTuple):
    indicator: str
    unit: str
    flow: str
    product: str
    reporter: str
    partner: str
    breakdown: str
    flag: str


# (indicator, keyword pattern) in order of preference; the keyword nearest the figure wins,
# and keywords in the figure's own clause beat those elsewhere in the sentence.
_MONEY_RULES = [
    ("merchandise_trade", r"trade|trading|exchange|turnover|commodit\w*|exports?|imports?"),
    ("investment_stock", r"invest\w*"),
    ("gas_import_value", r"\bgas\b"),
    ("construction_contracts", r"construction|contracts?"),
    ("power_plant_cost", r"power plant|nuclear|reactor"),
]
_PERCENT_RULES = [
    ("gas_import_share", r"\bgas\b"),
    ("oil_import_share", r"\boil\b|crude|petroleum"),
    ("visitor_arrivals_share", r"tourists?|visitors?|arrivals"),
    ("trade_direction_share", r"exports?|imports?"),
    ("merchandise_trade_share", r"trade|turnover"),
]
_BARE_RULES = [
    ("merchandise_trade", r"trade|trading|exchange|turnover|exports?|imports?"),
    ("investment_stock", r"invest\w*"),
    ("visitor_arrivals_foreign", r"tourists?|visitors?|arrivals"),
]
_COUNT_NOUNS = {
    "agreements": "agreements_signed",
    "accords": "agreements_signed",
    "deals": "agreements_signed",
    "memoranda": "agreements_signed",
    "companies": "firms_with_partner_capital",
    "firms": "firms_with_partner_capital",
    "enterprises": "firms_with_partner_capital",
    "businesses": "firms_with_partner_capital",
    "lines": "pipeline_strings",
    "strings": "pipeline_strings",
    "reactors": "power_plant_units",
    "units": "power_plant_units",
    "tourists": "visitor_arrivals_foreign",
    "visitors": "visitor_arrivals_foreign",
    "travelers": "visitor_arrivals_foreign",
    "travellers": "visitor_arrivals_foreign",
    "holidaymakers": "visitor_arrivals_foreign",
    "arrivals": "visitor_arrivals_foreign",
    "people": "incident_persons",
    "persons": "incident_persons",
    "passengers": "incident_persons",
    "citizens": "incident_persons",
    "workers": "workers_in_partner",
    "employees": "workers_in_partner",
    "trips": "outbound_trips",
}
_PERSON_UNITS = {
    "visitor_arrivals_foreign": "persons",
    "incident_persons": "persons",
    "workers_in_partner": "persons",
    "outbound_trips": "trips",
}
_RANK_RULES = [
    ("outbound_destination_rank", r"destinations?|tourists?|holiday|travel\w*"),
    ("gas_customer_rank", r"gazprom|\bgas\b"),
    ("fdi_source_rank", r"invest\w*"),
    ("merchandise_trade_rank", r"partners?|trade|trading|exporters?|importers?"),
    ("economy_rank_world", r"econom\w*|globally|world"),
]
_PRODUCT = {
    "gas_import_share": ("import", "natural_gas"),
    "gas_import_value": ("import", "natural_gas"),
    "gas_customer_rank": ("export", "natural_gas"),
    "oil_import_share": ("import", "oil_and_products"),
    "pipeline_capacity": ("capacity", "natural_gas"),
    "pipeline_strings": ("capacity", "natural_gas"),
    "gas_imports": ("import", "natural_gas"),
    "merchandise_trade": ("total", "TOTAL"),
    "merchandise_trade_rank": ("total", "TOTAL"),
    "merchandise_trade_share": ("total", "TOTAL"),
    "trade_direction_share": ("export", "TOTAL"),
    "visitor_arrivals_foreign": ("arrivals", "none"),
    "visitor_arrivals_share": ("arrivals", "none"),
    "outbound_destination_rank": ("departures", "none"),
    "outbound_trips": ("departures", "none"),
    "investment_stock": ("stock", "none"),
    "fdi_source_rank": ("stock", "none"),
    "firms_with_partner_capital": ("stock", "none"),
    "workers_in_partner": ("stock", "none"),
    "power_plant_units": ("capacity", "none"),
    "power_plant_cost": ("capacity", "none"),
    "construction_contracts": ("stock", "none"),
}
_CAPACITY_WORDS = r"pipeline|\blines?\b|strings?|capacity|stream|torrent"
# Named parts of an indicator, written as observations name them in their breakdown column.
_BREAKDOWNS = {
    "pipeline_capacity": [(r"turk(?:ish)?\s?stream|turkish torrent", "TurkStream"),
                          (r"blue\s?stream", "Blue Stream")],
    "pipeline_strings": [(r"turk(?:ish)?\s?stream|turkish torrent", "TurkStream"),
                         (r"blue\s?stream", "Blue Stream")],
    "gas_customer_rank": [(r"gazprom", "Gazprom")],
}  # fmt: skip
_CLAUSE_BREAK = re.compile(r"[,;:()]")


def classify(
    quantity: Quantity, sentence: str, offset: int, countries: "CountryFinder"
) -> Reading | None:
    """What `quantity` measures, judged from its sentence; None when nothing fits."""
    start, end = quantity.start - offset, quantity.end - offset
    flag = quantity.flag
    unit = quantity.unit
    if quantity.kind == "money":
        indicator = _nearest(_MONEY_RULES, sentence, start, end)
    elif quantity.kind == "percent":
        indicator = _nearest(_PERCENT_RULES, sentence, start, end, after_first=True)
    elif quantity.kind == "volume":
        capacity = re.search(
            r"pipeline|\blines?\b|strings?|capacity|stream|torrent", sentence, re.I
        )
        indicator = "pipeline_capacity" if capacity else "gas_imports"
        unit = "bcm_per_year" if capacity else "bcm"
    elif quantity.kind == "distance":
        indicator = "border_length" if re.search(r"\bborders?\b", sentence, re.I) else None
    elif quantity.kind == "count":
        indicator = _COUNT_NOUNS.get(quantity.noun)
        unit = _PERSON_UNITS.get(indicator or "", "count")
    elif quantity.kind == "rank":
        indicator = _first_rule(_RANK_RULES, sentence, start, end)
    else:  # bare scaled number: the sentence must say what it counts
        indicator = _nearest(_BARE_RULES, sentence, start, end)
        if indicator in ("merchandise_trade", "investment_stock"):
            unit = "USD"
            flag = "no currency stated; read as US dollars"
        elif indicator:
            unit = "persons"
    if indicator is None:
        return None
    flow, product = _PRODUCT.get(indicator, ("total", "none"))
    clause = _clause(sentence, start, end)
    flow = _trade_flow(indicator, sentence[clause[0] : clause[1]]) or flow
    reporter, partner = countries.roles(indicator, sentence, clause, start)
    breakdown = next(
        (
            name
            for pattern, name in _BREAKDOWNS.get(indicator, [])
            if re.search(pattern, sentence, re.I)
        ),
        "",
    )
    return Reading(indicator, unit, flow, product, reporter, partner, breakdown, flag)


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]
    before = [b for b in breaks if b < start]
    after = [b for b in breaks if b >= end]
    return (before[-1] + 1 if before else 0), (after[0] if after else len(sentence))


def _nearest(
    rules: list[tuple[str, str]], sentence: str, start: int, end: int, after_first: bool = False
) -> str | None:
    """The rule whose keyword stands nearest the figure, within its clause if possible.

    With `after_first`, keywords after the figure win close calls ("70% of the gas");
    otherwise the subject before it does ("Trade reached $30 billion").
    """
    clause_start, clause_end = _clause(sentence, start, end)
    best: tuple[int, int, str] | None = None
    for order, (indicator, pattern) in enumerate(rules):
        for match in re.finditer(pattern, sentence, re.IGNORECASE):
            if match.start() >= end:
                gap = match.start() - end + (0 if after_first else 10)
            elif match.end() <= start:
                gap = start - match.end() + (10 if after_first else 0)
            else:
                gap = 0
            if not (clause_start <= match.start() < clause_end):
                gap += 1000
            candidate = (gap, order, indicator)
            if best is None or candidate < best:
                best = candidate
    if best is None or best[0] >= 2000:
        return None
    return best[2]


def _first_rule(rules: list[tuple[str, str]], sentence: str, start: int, end: int) -> str | None:
    """The first rule whose keyword is in the figure's clause, else in its sentence."""
    clause_start, clause_end = _clause(sentence, start, end)
    for window in (sentence[clause_start:clause_end], sentence):
        for indicator, pattern in rules:
            if re.search(pattern, window, re.IGNORECASE):
                return indicator
    return None


def _trade_flow(indicator: str, clause: str) -> str | None:
    """Exports or imports only, when the figure's clause names one flow and not the total."""
    if indicator != "merchandise_trade" or re.search(
        r"trade|turnover|exchange|both ways", clause, re.IGNORECASE
    ):
        return None
    exports = re.search(r"\bexports?\b", clause, re.IGNORECASE)
    imports = re.search(r"\bimports?\b", clause, re.IGNORECASE)
    if exports and not imports:
        return "export"
    if imports and not exports:
        return "import"
    return None


DEFAULT_PAIR = ("TUR", "RUS")


class CountryFinder:
    """Country mentions (names, adjectives, capitals) and the document's main pair."""

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

    def mentions(self, sentence: str, window: tuple[int, int]) -> list[tuple[int, str, str]]:
        """(position, code, cue) for each mention in the window; cue: host, origin,
        compared or ''."""
        found = []
        for match in self.pattern.finditer(sentence, *window):
            before = sentence[max(0, match.start() - 14) : match.start()].lower()
            after = sentence[match.end() : match.end() + 3]
            code, kind = self.terms[match.group(1)]
            if re.search(r"\b(after|before|behind|than) (the )?$", before):
                cue = "compared"
            elif re.search(r"\bfrom (the )?$", before) or kind == "adjective":
                cue = "origin"
            elif re.search(r"\b(in|into|of|among|entering|to|for) (the )?$", before) or (
                after.startswith("'s") or after.startswith("’s")
            ):
                cue = "host"
            else:
                cue = ""
            found.append((match.start(), code, cue))
        return found

    def roles(
        self, indicator: str, sentence: str, clause: tuple[int, int], start: int
    ) -> tuple[str, str]:
        """(reporter, partner) for a figure: from the mentions in its clause, cued by the
        words before them; what the clause leaves open comes from the document's main pair."""
        mentions = self.mentions(sentence, clause)
        host = _pick(mentions, "host", start)
        origin = _pick(mentions, "origin", start, exclude=host)
        subject = next((c for _, c, cue in mentions if cue == "" and c not in (host, origin)), "")
        first, second = self.pair
        out_of = re.search(r"\b(out of|of a total of|of all)\s*$", sentence[:start])
        if indicator in ("visitor_arrivals_foreign",) and (out_of or not origin):
            return host or first, "WLD"
        if indicator == "economy_rank_world":
            return subject or host or origin or first, "WLD"
        if indicator in ("gas_customer_rank", "outbound_destination_rank"):
            reporter = origin or host
            partner = subject if subject and subject != reporter else ""
        elif indicator in ("merchandise_trade_rank", "fdi_source_rank"):
            reporter = host or origin
            partner = subject if subject and subject != reporter else origin
        elif indicator == "trade_direction_share":
            reporter, partner = origin, host
        else:
            reporter, partner = host, origin or subject
        reporter = reporter or (second if partner == first else first)
        partner = partner or (second if reporter == first else first)
        if partner == reporter:
            partner = second if reporter == first else first
        return reporter, partner


def _pick(mentions: list[tuple[int, str, str]], cue: str, position: int, exclude: str = "") -> str:
    matching = [
        (abs(p - position), code) for p, code, c in mentions if c == cue and code != exclude
    ]
    return min(matching)[1] if matching else ""
