"""What a figure measures: its topic, product, route, and whether it is a level, a change, a
share, a rank, a target or a design capacity, read from the words in its own clause first."""

import csv
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from factcheck.extraction.periods import REASON_CLAUSE
from factcheck.extraction.quantities import (
    MULTIPLE_NOUN,
    MULTIPLE_NOUN_DOWN,
    PLAIN_NOUN,
    Quantity,
    find_quantities,
)
from validation.reading_vocabulary import (
    FALL_PARTICIPLES,
    GAS_SELLERS,
    HOST_VERBS,
    IRREGULAR_PAST_VERBS,
    MOVEMENT_VERBS,
    PIPELINE_NOUNS,
    RESIDENTS_ABROAD,
    RISE_PARTICIPLES,
    TOURISM_VERBS,
    UNRECORDED_COUNT_NOUNS,
    VISIT_VERBS,
    alternation,
)

# Topic words, strongest evidence first: the clause's words beat the sentence's.
TOPICS: list[tuple[str, str]] = [
    # How trade is paid for ("settled in national currencies", "payments in rubles") measures
    # no flow of goods: it comes first so that its share is never read as a share of trade.
    ("settlement", r"\bsettle(?:d|ments?)\s+in\b|\bmutual\s+settlements\b|\bpayments?\s+in\b"
                   r"|\b(?:national|local)\s+currenc|\b(?:rubles?|roubles?)\b"),
    ("gas", r"\bgas\b|\blng\b|liquefied|cubic|\bbcm\b|gazprom|blue\s?stream|turk(?:ish)?\s?stream"
            r"|trans-?balkan|botas|\bpipeline\s+(?:imports?|supplies|supply|deliveries|flows?)\b"),
    ("oil", r"\boil\b|crude|petroleum|diesel|gasoline|fuel\s+oil|refined|refinery"),
    ("coal", r"\bcoal\b"),
    ("tourism", r"tourists?|tourism|visitors?|holidaymakers|travell?ers|arrivals?|"
                + alternation(TOURISM_VERBS)),
    ("investment", r"invest\w*|\bfdi\b"),
    ("nuclear", r"nuclear|reactors?|power\s+(?:plant|station)|akkuyu|rosatom"),
    ("trade", r"\btrade\b|trading|turnover|exports?|imports?|exchange|commerce|\bgoods\b"
              r"|purchases\s+from|sales\s+to"
              # "Turkey's deficit with Russia": a balance with a country is a balance of trade
              r"|\b(?:deficit|surplus)\s+(?:with|vis-[aà]-vis)\b"),
    # Contractors' projects abroad: neither trade nor investment ("Turkish contractors have
    # carried out projects worth $70 billion in Russia").
    ("construction", r"contractors?|\bconstruction\s+(?:companies|firms|projects|contracts"
                     r"|sector|industry)|\bbuilders?\b"),
]  # fmt: skip
# A quantity's own unit settles the topic when the words do not.
TOPIC_BY_KIND = {"volume": "gas", "mass": "oil", "barrels": "oil"}

_CHANGE_VERBS = (
    r"grew|grown|rose|risen|increased|jumped|climbed|surged|soared|gained|went\s+up|added"
    r"|raised|boosted|lifted|hiked|expanded|lowered|slashed|trimmed"
    r"|fell|fallen|declined|dropped|decreased|plunged|shrank|shrunk|slumped|contracted|slid"
    r"|slipped|dipped|eased|retreated|edged\s+down|edged\s+up|advanced"
    r"|tumbled|went\s+down|lost|reduced|cut|plummeted|sank|down|up|increase|decrease|decline"
    r"|drop|fall|growth|rise|reduction|contraction|recovered|rebounded|collapsed|crashed"
)
# Participles of change: "more than doubled, rising 121%" (never an adjective after an
# article: "a rising 45% share"); the words: validation/reading_vocabulary.py.
_CHANGE_PARTICIPLES = alternation(RISE_PARTICIPLES + FALL_PARTICIPLES)
# Whole words only: "increased" holds "eased", "unless" holds "less".
_FALL_WORDS = re.compile(
    r"\b(?:fell|fallen|declin\w*|dropped|decreas\w*|plunged|shr[au]nk|slumped|contract\w*|slid"
    r"|slipped|dipped|eased|retreated|edged\s+down"
    r"|tumbled|went\s+down|lost|reduc\w*|cut|plummeted|sank|down|drop|fall|less|lower|fewer"
    rf"|slashed|trimmed|collapsed|crashed|{alternation(FALL_PARTICIPLES)})\b",
    re.IGNORECASE,
)
_HEDGE_WORDS = (
    r"about|some|almost|nearly|around|approximately|roughly|more\s+than|over|at\s+least"
    r"|up\s+to|just\s+under|close\s+to|an\s+estimated|estimated"
)
# "made up 20% of", "takes up a third of": a part of a whole, not a rise.
_NOT_PHRASAL = (
    "".join(
        rf"(?<!\b{verb}\s)" for verb in ("made", "make", "makes", "making", "took", "take", "takes")
    )
    + r"(?<!\btaking\s)"
)
_CHANGE_BEFORE = re.compile(
    rf"\b(?:increase|decrease|rise|drop|fall|decline|growth|gain|jump|reduction|contraction"
    rf"|fall|slump|surge)s?\s+of\s+(?:(?:{_HEDGE_WORDS})\s+)?$"
    # "increased deliveries to Turkey by 18%", "cut supplies to the EU by 40%": a recipient
    # named with "to" between the verb and "by" (a capitalised name), never "rose to 5 bcm by".
    rf"|\b(?:{_CHANGE_VERBS})(?:\s+(?!to\b)[\w’'“”\"-]+|\s+to\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*)"
    rf"{{0,6}}?\s+by\s+(?:(?:{_HEDGE_WORDS})\s+)?$"
    rf"|\b{_NOT_PHRASAL}(?:{_CHANGE_VERBS})\s+(?:(?:{_HEDGE_WORDS})\s+)?$"
    rf"|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)\b(?:{_CHANGE_PARTICIPLES})"
    rf"\s+(?:by\s+)?(?:(?:{_HEDGE_WORDS})\s+)?$"
    # "the decrease was 2,9%", "the growth amounted to 12%" (translated copy): the change
    # as the subject of its own clause
    rf"|\b(?:increase|decrease|rise|drop|fall|decline|growth|reduction|contraction)\s+"
    rf"(?:was|is|made\s+up|makes\s+up|amounted\s+to|amounts\s+to|totall?ed|constituted"
    rf"|reached|stood\s+at)\s+(?:(?:{_HEDGE_WORDS})\s+)?$",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:more|less|fewer|higher|lower|up|down|increase|decrease|rise|drop|fall|growth"
    r"|decline|jump|gain|year[- ]on[- ]year|y/y|yoy|month[- ]on[- ]month|m/m|mom"
    r"|quarter[- ]on[- ]quarter|q/q|qoq)\b",
    re.IGNORECASE,
)
_CAPACITY_CUE = re.compile(
    r"capacity|design(?:ed)?\b|can\s+(?:[a-z]+\s+)?(?:pump|carry|transport|deliver|handle|supply)"
    r"|allows?\s+(?:\w+\s+)?(?:to\s+)?pump|able\s+to\s+(?:pump|carry|transport|deliver)",
    re.IGNORECASE,
)
_ANNUAL = re.compile(r"\bannual(?:ly)?\b|\ba\s+year\b|\bper\s+(?:year|annum)\b", re.IGNORECASE)
_PIPELINE = re.compile(
    r"pipeline|blue\s?stream|turk(?:ish)?\s?stream|turkish\s+torrent|trans-?balkan|\blines?\b"
    r"|\bstrings?\b|\broutes?\b",
    re.I,
)
_DESCRIBING = re.compile(
    r"\b(?:is|are|has|have|secures?|provides?|can|will|would|allows?|carries|carry)\b", re.I
)
# Plans are written in the infinitive or gerund ("agreed to boost ... from 16 to 19"); a past
# verb ("increased by 58% to $7.7 billion") reports a change, not a goal.
_PLAN_VERB = re.compile(
    r"\b(?:boost|raise|increase|expand|bring|lift|double|triple|reach)(?:ing)?\b", re.I
)
_TARGET_CUE = re.compile(
    r"\b(?:expects?|expected|expecting|forecasts?|forecasting|projected|predicts?|predicted"
    r"|predicting|anticipates?|anticipated|anticipating|foresees?|targets?|targeted|goals?|aims?"
    r"|aiming|seeks?|seeking|plans?|planned|planning|strategy|vision|ambition|intends?"
    r"|hopes?|wants?|wanted|wanting|will|would|should|to\s+reach|agreed\s+to"
    # a modal of what may come, with a verb of a level reached ("imports might reach 25-30
    # bcm"; never "Blue Stream could carry 16 bcm", a capacity)
    r"|(?:could|might|(?-i:may))\s+(?:well\s+|even\s+|soon\s+|still\s+|yet\s+)?"
    r"(?:reach|hit|top|exceed|surpass|rise|grow|increase|climb|double|triple|total|fall|drop"
    r"|decline))\b",
    re.IGNORECASE,
)
# "$100 billion turnover target", "the $100bn goal": the figure names the goal.
_GOAL_NAMED_AFTER = re.compile(
    r"\S+(?:\s+(?:billion|million|trillion|bn|mln|bln))?\s*(?:\s(?:[a-z-]+\s+){0,2}?"
    # "$100 billion, a target first set in 2010": the figure named a goal in apposition
    r"|,\s+(?:a|the|their|its|an\s+ambitious|a\s+long-standing)\s+(?:[a-z-]+\s+)?)"
    r"(?:target|goal|objective|ambition)s?\b",
    re.IGNORECASE,
)
# A clause opened after the cue by a contrast or a time ("but", "when") that runs on to the
# figure without a comma reports a level, not the goal: "..., but the 2023 turnover of $56 bn".
_LEVEL_CLAUSE_AFTER_CUE = re.compile(
    r"\b(?:but|yet|while|whereas|although|though|when|however)\b[^,;:]*$", re.IGNORECASE
)
_CURRENT_LEVEL = re.compile(
    # "more than", "fewer than" hedge the figure itself ("expect more than 8 million").
    r"\b(?:instead of|up from|down from|from|compared (?:with|to)|against|versus|vs\.?"
    r"|(?<!\bmore\s)(?<!\bless\s)(?<!\bfewer\s)than)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:\$\s?)?$",
    re.IGNORECASE,
)
# "cut imports from Russia to 15 bcm", "raise sales from Turkey to Europe to 20 bcm": 'from'
# names a place, not a current level, when a word (no figure) and 'to' follow it.
_FROM_PLACE_TO = re.compile(
    r"\bfrom\s+(?:the\s+)?[^\W\d][\w’'-]*(?:\s+[^\W\d][\w’'-]*)?\s+"
    r"(?:to|will|would|could|might|may|should|can)\s+"
    # "expects imports from Russia to reach 25 bcm": the verb of the goal after 'to'
    r"(?:(?:reach|hit|top|exceed|rise|grow|increase|climb|fall|drop|decline|total|be)"
    r"(?:\s+to)?\s+)?"
    r"(?:(?:about|around|some|roughly|nearly|almost)\s+)?(?:\$\s?)?$",
    re.IGNORECASE,
)
_PIPELINE_GAS = re.compile(
    r"\bpipeline\s+(?:gas|imports?|supplies|deliveries|volumes)\b|\b(?:by|via|through)\s+"
    r"pipelines?\b|\bpiped\b",
    re.IGNORECASE,
)
# Gas routes by the words that name them (the pipeline, or its landfall point), with the
# country whose gas each carries and the country it lands in: data, in gas_routes.csv.
ROUTE_TERMS = Path(__file__).with_name("gas_routes.csv")


def _read_routes() -> tuple[list[tuple[str, str]], dict[str, tuple[str, str]]]:
    with ROUTE_TERMS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    patterns = [(row["pattern"], row["route"]) for row in rows]
    ends = {row["route"]: (row["supplier"], row["landfall"]) for row in rows}
    return patterns, ends


ROUTES, ROUTE_ENDS = _read_routes()
_ROUTE = re.compile("|".join(f"(?:{pattern})" for pattern, _ in ROUTES), re.IGNORECASE)
# A figure's own route written right after it: "5.75 bcm via TurkStream".
_ROUTE_AFTER = re.compile(
    r"\s*(?:a\s+year|annually|per\s+year|a\s+day|per\s+day)?\s*(?:via|through|by|along|over"
    r"|across)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# A route's named parts (TurkStream's first string for Turkey, its second for Europe), with
# the words that name each and, for a part that carries gas on beyond the landfall country,
# the words that say so ("to European customers", "via Turkey"): data, in gas_route_parts.csv.
ROUTE_PART_TERMS = Path(__file__).with_name("gas_route_parts.csv")


class RoutePart(NamedTuple):
    route: str
    part: str
    pattern: re.Pattern[str]
    onward: re.Pattern[str] | None


def _read_route_parts() -> list[RoutePart]:
    with ROUTE_PART_TERMS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        RoutePart(
            row["route"],
            row["part"],
            re.compile(row["pattern"], re.IGNORECASE),
            re.compile(row["onward"], re.IGNORECASE) if row["onward"] else None,
        )
        for row in rows
    ]


ROUTE_PARTS = _read_route_parts()


def route_part(route: str, clause: str, sentence: str) -> RoutePart | None:
    """The one part of `route` its figure's clause names (else its sentence, when that names
    one part only): 'the second string of TurkStream'; None when none or several are named."""
    parts = [p for p in ROUTE_PARTS if p.route == route]
    for window in (clause, sentence):
        named = [p for p in parts if p.pattern.search(window)]
        if len(named) == 1:
            return named[0]
        if named:
            return None
    return None


def onward_part(route: str, clause: str) -> RoutePart | None:
    """The part of `route` that carries gas on beyond its landfall when the clause says the
    gas goes on ('to European customers', 'to Hungary via Turkey'); else None."""
    return next(
        (p for p in ROUTE_PARTS if p.route == route and p.onward and p.onward.search(clause)),
        None,
    )


# A capacity said of one string or line of a pipeline ("each of 15.75 bcm/y", "whose first
# string feeds the Turkish market"): not the pipeline's whole capacity.
PER_STRING = re.compile(
    r"\b(?:each|per|one|first|second|single|either)\s+(?:[\w’'-]+\s+){0,4}?(?:string|line)s?\b"
    r"|\b(?:strings|lines|legs)\s*,?\s*each\b"
    r"|\beach\s+(?:of\s+)?$"
    r"|\b(?:strings|lines|legs|pipes)\s+of\s+(?:about\s+|some\s+)?$"  # "two lines of 15.75 bcm"
    r"|\b(?:\d|two|three|four|twin)\s*[x×]\s*$",  # "2 x 15.75 bcm": the size of each of two
    re.IGNORECASE,
)
# The size written as a multiple ("2 x 15.75 bcm", "2×15.75 bcm/y"): of each of N lines, never
# a flow; or before the lines it sizes ("two 15.75 bcm strings", "its 15.75 bcm legs").
MULTIPLIED_BEFORE = re.compile(r"\b(?:\d|two|three|four|twin)\s*[x×]\s*$", re.IGNORECASE)
PER_LINE_AFTER = re.compile(
    r"[\s-]*(?:(?:a|per|/)\s*(?:year|yr|y)\s+)?(?:strings?|lines|legs?|pipes)\b", re.IGNORECASE
)
_OIL_PRODUCTS = [
    (r"oil\s+and\s+(?:oil|petroleum)\s+products?|crude\s+and\s+(?:oil\s+)?products?",
     "oil_and_products", ""),
    (r"diesel", "oil_products", "diesel"),
    (r"gasoline|petrol\b", "oil_products", "gasoline"),
    (r"other\s+(?:oil|petroleum)\s+products", "oil_products", "other"),
    (r"(?:oil|petroleum)\s+products|refined|fuel", "oil_products", ""),
    (r"crude", "crude_oil", ""),
    (r"\boil\b|petroleum", "crude_oil", ""),
]  # fmt: skip
# The last entry is a bare "oil": it names no basis (crude alone, or crude with products).
_BARE_OIL = _OIL_PRODUCTS[-1][0]
_RANK_SUPPLIER_NOUNS = re.compile(
    r"suppliers?|exporters?|sources?|providers?|countr(?:y|ies)\s+for\s+(?:the\s+)?export", re.I
)
_RANK_MARKET_NOUNS = re.compile(r"markets?|customers?|buyers?|importers?|consumers?", re.I)
_RANK_DESTINATION = re.compile(r"destinations?", re.I)
_RANK_PARTNER = re.compile(r"partners?", re.I)
_RANK_INVESTOR = re.compile(r"investors?|invest\w*", re.I)
# A source of money invested, not of goods: "the largest source of (foreign direct)
# investment", "the top provider of FDI", "the biggest source of capital".
_RANK_INVESTMENT_SOURCE = re.compile(
    r"\b(?:sources?|suppliers?|providers?|origins?)\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"(?:invest\w*|fdi|capital)\b",
    re.I,
)
_RANK_ECONOMY = re.compile(r"econom\w*|globally|worldwide|in\s+the\s+world", re.I)
_COUNT_NOUNS = {
    "agreements": "agreements_signed", "accords": "agreements_signed",
    "deals": "agreements_signed", "memoranda": "agreements_signed",
    "companies": "firms_with_partner_capital", "firms": "firms_with_partner_capital",
    "enterprises": "firms_with_partner_capital", "businesses": "firms_with_partner_capital",
    "lines": "pipeline_strings", "strings": "pipeline_strings",
    "reactors": "power_plant_units", "units": "power_plant_units",
    "tourists": "visitor_arrivals_foreign", "visitors": "visitor_arrivals_foreign",
    "travelers": "visitor_arrivals_foreign", "travellers": "visitor_arrivals_foreign",
    "holidaymakers": "visitor_arrivals_foreign", "arrivals": "visitor_arrivals_foreign",
    "people": "incident_persons", "persons": "incident_persons",
    "passengers": "incident_persons", "citizens": "incident_persons",
    "workers": "workers_in_partner", "employees": "workers_in_partner",
    "trips": "outbound_trips",
}  # fmt: skip
_PERSON_INDICATORS = {
    "visitor_arrivals_foreign": "persons",
    "incident_persons": "persons",
    "workers_in_partner": "persons",
    "outbound_trips": "trips",
}


class Measure(NamedTuple):
    measure: str  # level | change | share | rank | target | capacity | unknown
    sign: float  # -1 for a fall


_ENERGY_BILL = re.compile(r"\benergy\s+(?:import\s+)?bill\b|\benergy\s+imports\b", re.I)


_FUELS = (
    r"(?:natural\s+)?(?:crude\s+oil|jet\s+fuel|fuel\s+oil|gas|oil|crude|energy|coal|lng|fuel"
    r"|diesel|gasoline|petrol|naphtha|kerosene)"
)
_PRICES = re.compile(
    rf"\b{_FUELS}(?:\s*(?:and|,|&)\s*{_FUELS})*\s+prices?\b|\bprices?\s+(?:of|for)\s+{_FUELS}\b",
    re.IGNORECASE,
)


# "imports from Russia, dominated by gas, oil and coal, totalled $58.8 billion", "mostly
# energy": what a total is made of, not the goods the figure counts.
_GOODS = (
    # the longer names first: "crude oil, oil products and natural gas" is one list
    rf"(?:petroleum|oil)\s+products?|{_FUELS}|other\s+\w+|metals?|steel|grain|wheat|food"
    r"|fertili[sz]ers?|chemicals|machinery|vehicles|cars|agricultural\s+(?:goods|products)"
)
_FUEL_LIST = rf"(?:{_FUELS})(?:\s*(?:,|and|&|as\s+well\s+as)\s*(?:{_GOODS}))*"
_COMPOSITION = re.compile(
    rf"\b(?:dominated|led|driven|made\s+up(?:\s+\w+ly)?|consisting(?:\s+\w+ly)?)\s+(?:by|of)\s+"
    rf"(?:\w+ly\s+)?(?:\w+\s+)?{_FUEL_LIST}"
    rf"|\b(?:mostly|mainly|largely|chiefly|primarily|predominantly)\s+{_FUEL_LIST}"
    # "$31 billion, much of it gas", "most of which was oil and gas", "the bulk of it energy"
    rf"|\b(?:much|most|(?:the\s+)?bulk|(?:a\s+)?large\s+part|half|two-thirds)\s+of\s+(?:it|which|them)"
    rf"\s+(?:(?:was|were|is|are|being|in)\s+)?(?:\w+ly\s+)?{_FUEL_LIST}",
    re.IGNORECASE,
)


# The same description set off by commas: an aside inside the clause of the figure after it.
COMPOSITION_ASIDE = re.compile(rf",\s*(?:{_COMPOSITION.pattern})\s*,", re.IGNORECASE)


# A customs code written in brackets: "(HS 27)", "(HS chapter 84)", "(HS code 0805)".
_HS_CODED = re.compile(
    r"\(\s*HS\s?(?:chapter\s+|code\s+|heading\s+)?\d{2}(?:\d{2}){0,2}\s*\)", re.IGNORECASE
)


def topic_of(quantity: Quantity, clause: str, sentence: str) -> str:
    """gas | oil | coal | tourism | investment | trade | '' from the nearest topic words."""
    if quantity.kind in ("volume", "barrels"):
        return TOPIC_BY_KIND[quantity.kind]
    if quantity.kind in ("power", "price"):  # megawatts or a price per kWh: a power plant's
        nuclear = dict(TOPICS)["nuclear"]
        return "nuclear" if re.search(nuclear, clause + " " + sentence, re.I) else ""
    # "as gas and oil prices fell": a price names no goods that were traded.
    clause, sentence = _PRICES.sub(" ", clause), _PRICES.sub(" ", sentence)
    if quantity.kind != "mass":  # a tonnage (or volume) of the goods is the goods themselves
        clause, sentence = _COMPOSITION.sub(" ", clause), _COMPOSITION.sub(" ", sentence)
    found = _nearest_topic(clause, quantity.kind)
    if found == "tourism" and quantity.kind in ("percent", "bare"):
        # "Arrivals rose by 7pc m/m to 1.07mn t": cargoes, not people, when the clause counts
        # them in tonnes, cubic metres or barrels.
        goods = [q.kind for q in find_quantities(clause) if q.kind in TOPIC_BY_KIND]
        if goods:
            return TOPIC_BY_KIND[goods[0]]
    if quantity.kind == "money" and _ENERGY_BILL.search(clause):
        return "trade"  # "Energy bill hits $96.5B as ... Russian gas payments": all energy goods
    if quantity.kind == "money" and _HS_CODED.search(sentence):
        # "mineral fuels (HS 27) from Russia - $30.4 billion", "deliveries of machinery (HS 84)
        # amounted to $1.11 bn": goods named by their customs code are traded goods, valued
        return "trade"
    # "imports reached $58.9 billion, as the country paid more for gas": a reason clause after
    # the figure's own clause names what explains the figure, not the goods it counts.
    reason = REASON_CLAUSE.search(sentence)
    if reason and clause.strip() and clause.strip() not in sentence[reason.start() :]:
        sentence = sentence[: reason.start()]
    in_sentence = _nearest_topic(sentence, quantity.kind)
    # "exporter", "imports" name a direction, not a good: the sentence's commodity says which.
    if (
        found == "trade"
        and in_sentence in ("gas", "oil", "coal")
        # "the energy import bill": all energy goods, not the gas the sentence goes on about
        and not re.search(r"\btrade\b|turnover|\bgoods\b|\benergy\b", clause, re.IGNORECASE)
    ):
        return in_sentence
    return found or in_sentence or TOPIC_BY_KIND.get(quantity.kind, "")


@lru_cache(maxsize=1024)
def last_topic(window: str) -> str:
    """The topic whose word stands last in `window` (nearest to what follows it)."""
    best: tuple[int, str] | None = None
    for topic, pattern in TOPICS:
        for match in re.finditer(pattern, window, re.IGNORECASE):
            if best is None or match.start() > best[0]:
                best = (match.start(), topic)
    return best[1] if best else ""


# People who went somewhere ("7 million Russians visited Turkey", "travelled to Antalya") are
# visitors; said of money ("Putin visited Ankara, when turnover reached $22 billion") the words
# name an official's trip, not tourism (the verbs: validation/reading_vocabulary.py).
_VISIT_VERBS = re.compile(rf"\b(?:{alternation(VISIT_VERBS + HOST_VERBS)})\b", re.IGNORECASE)


@lru_cache(maxsize=1024)  # figures of one sentence ask about the same sentence
def _nearest_topic(window: str, kind: str) -> str:
    matches = []
    for order, (topic, pattern) in enumerate(TOPICS):
        match = re.search(pattern, window, re.IGNORECASE)
        if not match and topic == "tourism" and kind in ("bare", "count"):
            match = _VISIT_VERBS.search(window)
        if match:
            matches.append((order, topic))
    if not matches:
        return ""
    topics = [t for _, t in sorted(matches)]
    if kind == "mass":  # a tonnage is oil or coal, never trade dollars
        return next((t for t in topics if t in ("oil", "coal")), "")
    return topics[0]


def measure_of(quantity: Quantity, text: str, clause_start: int, sentence_start: int) -> Measure:
    """Level, change (with its sign), share, rank, capacity or target, from the figure's clause."""
    before = text[max(clause_start, quantity.start - 60) : quantity.start]
    after = text[quantity.end : quantity.end + 25]
    if quantity.kind == "rank":
        return Measure("rank", 1.0)
    if quantity.noun in (MULTIPLE_NOUN, MULTIPLE_NOUN_DOWN):
        return Measure("change", 1.0 if quantity.noun == MULTIPLE_NOUN else -1.0)  # "tripled"
    if quantity.fraction and quantity.noun != "by":
        return Measure("share", 1.0)  # "a third of Turkey's imports"
    change_before = _CHANGE_BEFORE.search(before)
    change_after = _CHANGE_AFTER.match(after)
    changeable = quantity.kind in ("percent", "bare", "count", "money", "volume", "mass")
    if changeable and (
        (change_before and (quantity.kind == "percent" or "by" in before[-25:])) or change_after
    ):
        cue = (change_before.group(0) if change_before else "") + (
            change_after.group(0) if change_after else ""
        )
        sign = -1.0 if _FALL_WORDS.search(cue) else 1.0
        signed = _SIGN_BEFORE.search(text, max(0, quantity.start - 3), quantity.start)
        if signed and signed.group(1) != "+":  # "USD 12.0bn, -8% y/y": the sign written
            sign = -1.0
        return Measure("change", sign)
    if quantity.kind == "percent":
        signed = _SIGN_BEFORE.search(text, max(0, quantity.start - 3), quantity.start)
        if signed:  # "+19%", "-13%" (a table's change column): a change with its sign
            return Measure("change", 1.0 if signed.group(1) == "+" else -1.0)
        return Measure("share", 1.0)
    return Measure("level", 1.0)


# A sign written before a figure, after a space, a cell bar or a bracket: "+19%", "| -13%".
_SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s|(]))([+\-−–])\s?$")


# "By 2008 it was carrying 10 bcm", "By 2023, Russia supplied 51%": a level reached (a past
# verb of supply or trade), not a goal.
_PAST_STATE = re.compile(
    r"\b(?:was|were|had|supplied|accounted|provided|delivered|shipped|exported|imported"
    r"|made\s+up|covered|bought|sold)\b",
    re.IGNORECASE,
)


# A verb in the past tense: an -ed form (not an adjective of plans: those are target cues) or
# an irregular past form.
_PAST_VERB = re.compile(
    rf"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bto\s)"
    rf"\b(?:[a-z]{{3,}}ed|{alternation(IRREGULAR_PAST_VERBS)})\b(?!\s+to\s+[a-z])",
    re.IGNORECASE,
)
_CLAUSE_AFTER = re.compile(r"(?:[^.;:,()]|(?<=\d)[.,](?=\d)){0,80}")
# An infinitive or a modal ("agreed in 2019 to boost trade to ...", "signed deals that could
# cover a quarter of demand by 2027"): what follows a past verb there is an intention or a
# possibility, not a level reached.
_INTENDED = re.compile(
    r"\bto\s+(?!the\b|a\b|an\b)[a-z]+\b|\b(?:could|might|may|can|would|will|shall|should"
    r"|must)\b",
    re.IGNORECASE,
)


def _past_verb_of(words: str) -> bool:
    """A verb in the past tense in `words` that no infinitive or modal follows."""
    verbs = list(_PAST_VERB.finditer(words))
    return bool(verbs) and not _INTENDED.search(words, verbs[-1].end())


# "$80 billion is possible next year", "30 bcm looks achievable": a figure judged possible is
# a forecast.
_DEEMED_POSSIBLE = re.compile(
    r"\S+(?:\s+(?:billion|million|trillion|bn|mln|bln))?(?:\s+(?:of\s+)?[a-z]+)?"
    r"(?:\s+(?:in|by|for)\s+(?:19|20)\d\d|\s+(?:next|this)\s+year)?\s+"
    r"(?:is|are|was|were|would\s+be|will\s+be|seems?|looks?|remains?)\s+(?:\w+ly\s+)?"
    r"(?:possible|achievable|attainable|realistic|feasible|reachable|within\s+reach|in\s+sight"
    r"|on\s+the\s+cards)\b",
    re.IGNORECASE,
)


def is_target(text: str, sentence_start: int, start: int, deadline: bool) -> bool:
    """A goal or forecast: a deadline, a target cue earlier in the sentence or a goal word
    naming the figure ("their $100 billion turnover target"), unless the figure is the current
    level a goal is set against ("instead of 40 billion", "from 16 to 19", "set the goal in
    2010, when trade was $26 billion", "a $100 billion target, but the 2023 turnover of ...")."""
    before = text[sentence_start:start]
    if _CURRENT_LEVEL.search(before[-30:]) and not _FROM_PLACE_TO.search(before[-40:]):
        return False
    if _GOAL_NAMED_AFTER.match(text, start) or _DEEMED_POSSIBLE.match(text, start):
        return True
    cues = list(_TARGET_CUE.finditer(before))
    if cues and _LEVEL_CLAUSE_AFTER_CUE.search(before, cues[-1].end()):
        return deadline
    if (
        deadline
        and not cues
        and (
            _PAST_STATE.search(before)
            or _past_verb_of(before)
            or _past_verb_of(_CLAUSE_AFTER.match(text, start).group(0))
        )
    ):
        # "By 2008 it was carrying 10 bcm a year", "By 2019 Russia sent 7.0 million tourists",
        # "by 2021, 4.7 million Russians visited": a level reached (a verb in the past), not a
        # goal; a goal says so ("will", "aims", "expects": cues above).
        return False
    return deadline or bool(cues)


# "with a (design) capacity of", "which has an annual capacity of": a capacity stated as what
# the thing is built for, whatever the sentence forecasts about it.
_CAPACITY_STATED = re.compile(
    r"\b(?:with|having|has|had|of)\s+(?:a|an|its|the|their)?\s*"
    r"(?:(?:combined|total|annual|yearly|design(?:ed)?|planned|nominal|maximum|full|throughput"
    r"|transport|transmission)\s+)*capacity\s+(?:of\s+)?(?:up\s+to\s+|about\s+|around\s+"
    r"|some\s+|nearly\s+|almost\s+|roughly\s+)?(?:\$\s?)?$",
    re.IGNORECASE,
)


def stated_design(text: str, sentence_start: int, start: int) -> bool:
    """A capacity said as what the thing is built for, with no goal word before that phrase
    ('TurkStream, with a capacity of 31.5 bcm, is expected to open in 2019'; never 'plans a
    pipeline with a capacity of 30 bcm')."""
    before = text[sentence_start:start]
    found = _CAPACITY_STATED.search(before[-100:])
    if not found:
        return False
    head = before[: len(before) - len(before[-100:]) + found.start()]
    return not _TARGET_CUE.search(head)


# A goal to bring a quantity down ("cut imports to 15 bcm", "reduce its share below 30%",
# "limit purchases to 10 bcm"): met at or below the figure, never at or above it.
_DOWNWARD_GOAL = re.compile(
    r"\b(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|lessen\w*|limit(?:s|ed|ing)?"
    r"|cap(?:s|ped|ping)?|curb(?:s|ed|ing)?|shrink\w*|halve[sd]?|decreas(?:e|es|ed|ing)|fall"
    r"|drop|decline|slash\w*|trim\w*)\b(?:\s+[\w’'-]+){0,6}?\s+(?:to\s+(?:below|under)|to|below"
    r"|under)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|less\s+than|no\s+more\s+than|at\s+most)\s+)?"
    r"(?:\$\s?)?$",
    re.IGNORECASE,
)


def downward_goal(before: str) -> bool:
    """A goal or forecast that a quantity goes down to the figure (its words just before it)."""
    return bool(_DOWNWARD_GOAL.search(before[-90:]))


# A yearly rate in brackets right after a name: "TurkStream (31.5 bcm/year)".
_NAMED_IN_BRACKETS = re.compile(r"(?P<name>[\w-]+(?:\s+[\w-]+)?)\s*\(\s*$")


# The size of each line: "two strings of 15.75 bcm", "15.75 bcm each".
_LINES_OF = re.compile(r"\b(?:strings|lines|legs|pipes)\s+of\s+(?:about\s+|some\s+)?$", re.I)
_EACH_AFTER_FIGURE = re.compile(r"\s*(?:(?:a|per)\s+year\s+|annually\s+)?each\b", re.I)
# A figure restating a capacity the sentence gives ("a capacity of 2 x 15.75 bcm, or 31.5 bcm
# in total", "two lines of 15.75 bcm each, i.e. 31.5 bcm a year"): nothing but a word of
# restatement before it in its clause, and no word of a flow in that clause.
_RESTATING = re.compile(
    r"^[\s,;(]*(?:(?:or|i\.?\s?e\.?|that\s+is|so|for|in\s+all|altogether|together)[\s,]+)?"
    r"(?:(?:a|an|some|about|around|roughly|nearly|almost|(?:total|combined|overall)(?:\s+of)?)"
    r"\s+)*$",
    re.IGNORECASE,
)
_FLOW_WORDS = re.compile(
    r"\b(?:imports?|imported|exports?|exported|deliver\w*|suppl(?:y|ies|ied)|shipp?\w*|flows?"
    r"|flowed|bought|sold|purchas\w*|received|transported|pumped|carried|sent|sales|consum\w*)\b",
    re.IGNORECASE,
)


def restates_capacity(quantity: Quantity, clause_before: str, clause: str, sentence: str) -> bool:
    """Whether the figure restates a capacity its sentence gives ('..., or 31.5 bcm in all')."""
    return (
        quantity.kind == "volume"
        and "capacit" in sentence.lower()
        and _RESTATING.match(clause_before) is not None
        and not _FLOW_WORDS.search(clause)
    )


def is_capacity(
    quantity: Quantity, clause: str, sentence: str, dated: bool, before: str = "", after: str = ""
) -> bool:
    """A design capacity: said so in the clause, the size of each string or line of a
    pipeline ('two strings, each of 15.75 bcm/y, were commissioned in 2020', '2 x 15.75 bcm',
    'two 15.75 bcm strings'), or a yearly rate of a pipeline with no period."""
    if quantity.kind != "volume":
        return False
    if MULTIPLIED_BEFORE.search(before) or PER_LINE_AFTER.match(after):
        return True
    if (
        (_LINES_OF.search(before) or _EACH_AFTER_FIGURE.match(after))
        and _PIPELINE.search(sentence)
        and not _FLOW_WORDS.search(clause)
    ):
        return True  # "two strings of 15.75 bcm each", never "the strings carried 8 bcm each"
    if _CAPACITY_CUE.search(clause):
        return True
    if _EACH_BEFORE.search(before) and _PIPELINE.search(sentence) and quantity.rate:
        return True
    named = _NAMED_IN_BRACKETS.search(before)
    if quantity.rate and named and _PIPELINE.search(named.group("name")):
        return True  # "TurkStream (31.5 bcm/year) opened in 2020": the pipeline's size
    if dated or not _PIPELINE.search(sentence):
        return False
    # An undated yearly rate, or a size the sentence describes, of a pipeline or its lines.
    return quantity.rate or bool(_ANNUAL.search(clause)) or bool(_DESCRIBING.search(clause))


# What a share of generation, power or a plant's output is of: no import flow ("natural gas
# supplied 22% of the electricity generated", "the share of imported gas in power generation",
# "buy 70 per cent of the output of the first two units").
_OUTPUT_WHOLE = re.compile(
    r"\belectricity\b|\bpower\s+(?:generation|production|output|mix|sector)\b"
    r"|\bgenerat(?:ed|ion|es?|ing)\b|\boutput\b|\bTWh\b|\bkWh\b|kilowatt|\bmegawatt",
    re.IGNORECASE,
)
_IMPORTS_NOUN = re.compile(r"\bimports\b|\bpurchases\b|\bsupplies\s+(?:of|from)\b", re.I)
_FULLNESS = re.compile(
    r"\bfull\b|\bstorage\b|\butili[sz]ation\b|\bof\s+(?:its\s+)?capacity\b", re.I
)
# What a price, tariff or bill changed by is no change in a flow ("raised its wholesale price
# for industry by 50%").
PRICE_WORDS = re.compile(r"\bprices?\b|\btariffs?\b|\bpriced\b|\bcost(?:s|ly)?\b", re.I)


def share_of_output(clause: str, sentence: str) -> bool:
    """A share whose whole is electricity generated or a plant's output: said in its clause, or
    in its sentence while the clause names no imports as the whole; or how full storage or a
    facility is ("storage sites were 95% full")."""
    if _OUTPUT_WHOLE.search(clause) or _FULLNESS.search(clause):
        return True
    return bool(_OUTPUT_WHOLE.search(sentence)) and not _IMPORTS_NOUN.search(clause)


# Power plants by the words that name them, with their host and builder: data, in
# power_plants.csv.
PLANT_TERMS = Path(__file__).with_name("power_plants.csv")


def _read_plants() -> tuple[re.Pattern[str], list[tuple[str, str]], dict[str, tuple[str, str]]]:
    with PLANT_TERMS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    named = [(row["pattern"], row["plant"]) for row in rows]
    pattern = re.compile("|".join(f"(?:{p})" for p, _ in named), re.IGNORECASE)
    return pattern, named, {row["plant"]: (row["host"], row["builder"]) for row in rows}


_PLANT, _PLANT_NAMES, PLANT_ENDS = _read_plants()
PLANT_INDICATORS = (
    "power_plant_cost", "power_plant_capacity", "power_plant_units", "power_purchase_price",
)  # fmt: skip
# "The $20 billion plant", "the first two units": a plant named in the sentences before.
_PLANT_REFERENCE = re.compile(
    r"\b(?:the|its|their)\s+(?:[\w$.,-]+\s+){0,3}?(?:plant|station|reactors?|units?|facility"
    r"|project)\b",
    re.I,
)
_TOTAL_CAPACITY = re.compile(
    r"\b(?:combined|total|overall|together|in\s+all|altogether|totall?(?:ing|ed)|totals)\b", re.I
)
_UNIT_CAPACITY = re.compile(
    r"\b(?:each|apiece|per\s+(?:unit|reactor|block))\b|\b(?:one|a\s+single)\s+(?:unit|reactor)\b",
    re.I,
)


def _plant_name(found: str) -> str:
    return next(name for pattern, name in _PLANT_NAMES if re.fullmatch(pattern, found, re.I))


def plant_of(
    text: str, sentence: tuple[int, int], clause_end: int, earlier_start: int, position: int
) -> str:
    """The power plant a figure is about: named in its sentence before it (the nearest), else
    after it in its clause, or, when the sentence speaks of 'the plant' or 'the units', the
    plant named last before the sentence (from `earlier_start`)."""
    start, end = sentence
    here = [(m.start(), m.group(0)) for m in _PLANT.finditer(text, start, end)]
    before = [found for at, found in here if at < position]
    after = [found for at, found in here if position <= at < clause_end]
    if before or after:
        return _plant_name((before or after[:1])[-1])
    if not _PLANT_REFERENCE.search(text, start, end):
        return ""
    earlier = [m.group(0) for m in _PLANT.finditer(text, earlier_start, start)]
    return _plant_name(earlier[-1]) if earlier else ""


# "four reactors of 1,200 MW", "1,200 MW units", "a 1,200-MW reactor": one unit's capacity.
_UNIT_OF_BEFORE = re.compile(r"\b(?:units?|reactors?|blocks?)\s+(?:of|with|rated\s+at)\s+$", re.I)
_UNIT_AFTER = re.compile(r"\s*(?:nuclear\s+|power\s+|VVER[\w-]*\s+)?(?:units?|reactors?|blocks?)\b",
                         re.I)  # fmt: skip
_UNIT_WORD = re.compile(r"\b(?:units?|reactors?|blocks?)\b", re.I)
_WHOLE_PLANT = re.compile(r"\b(?:plant|station|facility|project|NPP|NPS)\b", re.I)


def plant_breakdown(
    plant: str, indicator: str, clause: str, sentence: str, lead: str = "", after: str = ""
) -> tuple[str, bool]:
    """(breakdown, guessed): a plant's breakdown as records name it. Its capacity is '<plant>,
    total' or '<plant>, per unit' when the text says which; with neither said, a capacity
    said of the plant itself ("The Akkuyu plant, with 4,800 MW": `lead`, the sentence before
    the figure, names the plant and no unit) is the total, a guess; one said beside a unit
    ("four reactors of 1,200 MW", "1,200 MW units": `after`, the words after it) one unit's;
    else the bare name, which no capacity record answers."""
    if not plant or indicator != "power_plant_capacity":
        return plant, False
    if _TOTAL_CAPACITY.search(clause):
        return f"{plant}, total", False
    if (
        _UNIT_CAPACITY.search(clause)
        or _UNIT_OF_BEFORE.search(lead)
        or _UNIT_AFTER.match(after)
        or MULTIPLIED_BEFORE.search(lead)  # "4 x 1,200 MW": the size of each of four units
    ):
        return f"{plant}, per unit", False
    if _TOTAL_CAPACITY.search(sentence):
        return f"{plant}, total", False
    if (_WHOLE_PLANT.search(lead) or _PLANT.search(lead)) and not _UNIT_WORD.search(lead):
        return f"{plant}, total", True
    # "when its four units are complete, the Akkuyu plant will have 4,800 MW": the plant is
    # named after the units, nearest the figure, so the capacity is said of the plant.
    wholes = [m.end() for m in (*_WHOLE_PLANT.finditer(lead), *_PLANT.finditer(lead))]
    units = [m.end() for m in _UNIT_WORD.finditer(lead)]
    if wholes and units and max(wholes) > max(units):
        return f"{plant}, total", True
    return plant, False


_EACH_BEFORE = re.compile(r"\beach\s+(?:of\s+)?(?:(?:about|around|some)\s+)?$", re.I)


# What a country produces, uses, stores or refines is no flow between two countries.
_NOT_A_FLOW_WORDS = (
    r"production|produc(?:e|es|ed|ing)|output|consum(?:ption|e|es|ed|ing)|storage|stored"
    # "demand for Russian gas" is what is bought from Russia, never the country's whole use
    r"|demand(?!\s+for\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|burn(?:s|ed|t|ing)?"  # "Turkey burned roughly 51 bcm last year": gas used
    r"|reserves?|process(?:es|ed|ing)?|throughput|generat(?:ion|e|es|ed|ing)|hold(?:s|ing)?|held"
)
_LAST_CUE = re.compile(
    rf"\b(?:(?P<other>{_NOT_A_FLOW_WORDS})|(?P<flow>imports?|imported|importing|exports?"
    r"|exported|exporting|suppl(?:y|ies|ied|ying)|deliver(?:y|ies|ed|s)?|bought|buys?"
    r"|purchases?|purchased|received|shipped|sold|sales|transit\w*|pump(?:s|ed)?|flows?))\b",
    re.IGNORECASE,
)
# A volume bought under a contract ("contracts for 8 bcm/y", "a new contract for up to 20
# bcm a year"): what was agreed, not what flowed.
_CONTRACT = re.compile(r"\b(?:contract(?:s|ed)?|deals?)\b", re.IGNORECASE)


_CONSUMED = re.compile(r"consum\w*|demand|use[ds]?|burn(?:s|ed|t|ing)?", re.IGNORECASE)


def consumption_of(quantity: Quantity, before: str) -> bool:
    """A gas volume the nearest cue before it in its clause says was consumed ('Turkey's gas
    consumption reached 57 bcm', 'Turkey consumed 57 bcm', 'demand hit 60 bcm')."""
    if quantity.kind != "volume":  # "around 50 bcm a year" too: a year's use is its level
        return False
    cues = list(_LAST_CUE.finditer(before))
    return bool(cues and cues[-1].group("other") and _CONSUMED.fullmatch(cues[-1].group("other")))


def not_a_flow(quantity: Quantity, before: str, sentence: str, clause: str = "") -> bool:
    """True for a figure of production, consumption, storage, refining or a contract: the
    nearest cue before it in its clause names one, or its sentence speaks of a contract and
    the figure is a yearly volume (written as a rate, or in a clause that says 'annually':
    'under the contracts, it buys 16 bcm annually via Blue Stream and 5.75 bcm via ...') or
    follows 'contract' in its clause."""
    if quantity.kind not in ("volume", "mass", "barrels"):
        return False
    cues = list(_LAST_CUE.finditer(before))
    if cues and cues[-1].group("other"):
        return True
    if _CONTRACT.search(before):
        return True
    yearly = quantity.rate or bool(_ANNUAL.search(clause))
    return bool(_CONTRACT.search(sentence)) and yearly and quantity.kind == "volume"


def plan_from_to(text: str, quantity: Quantity, sentence_start: int) -> str:
    """In 'boost capacity from 16 to 19 bcm': 'current' for 16, 'goal' for 19, else ''."""
    before = text[sentence_start : quantity.start]
    if not _PLAN_VERB.search(before[-80:]):
        return ""
    if re.search(r"\bfrom\s+(?:\$\s?)?$", before[-12:]):
        return "current"
    if re.search(r"\bto\s+(?:\$\s?)?$", before[-8:]) and re.search(
        r"\bfrom\s+(?:\$\s?)?\d", before[-60:]
    ):
        return "goal"
    return ""


def routes_named(clause: str) -> list[str]:
    """The gas routes a clause names, in the order of ROUTES (each once)."""
    return list(dict.fromkeys(name for pattern, name in ROUTES if re.search(pattern, clause, re.I)))


def route_after(text: str, end: int, limit: int) -> str:
    """The route written right after a figure ('5.75 bcm via TurkStream'), unless it is one
    of several routes named together ('via TurkStream and Blue Stream')."""
    lead = _ROUTE_AFTER.match(text, end, limit)
    if lead is None:
        return ""
    route = _ROUTE.match(text, lead.end(), limit)
    if route is None:
        return ""
    if re.match(r"\s*(?:and|&|or|,)\s+(?:the\s+)?", text[route.end() : limit]) and _ROUTE.search(
        text, route.end(), min(limit, route.end() + 30)
    ):
        return ""
    return routes_named(route.group(0))[0]


# Two routes joined by "and the" (which otherwise ends a clause): "through Blue Stream and
# the Trans-Balkan line", "Blue Stream and the Trans-Balkan line together carried ...".
_ROUTE_NOUN = rf"(?:\s+(?:gas\s+)?(?:{alternation(PIPELINE_NOUNS)}))?"
_JOINED_AFTER = re.compile(rf"\s*and\s+the\s+(?:{_ROUTE.pattern})", re.IGNORECASE)
_ROUTE_ENDS_CLAUSE = re.compile(rf"(?:{_ROUTE.pattern}){_ROUTE_NOUN}\s*$", re.IGNORECASE)
_JOINED_BEFORE = re.compile(rf"(?:{_ROUTE.pattern}){_ROUTE_NOUN}\s+and\s+the\s*$", re.IGNORECASE)


def routes_joined(text: str, clause_start: int, clause_end: int) -> bool:
    """Whether the clause text[clause_start:clause_end] ends with a route that "and the"
    joins to another route after it, or opens with a route joined so to one before it: the
    figure is then the routes' sum, not one route's flow."""
    clause = text[clause_start:clause_end]
    if _ROUTE_ENDS_CLAUSE.search(clause) and _JOINED_AFTER.match(text, clause_end):
        return True
    before = text[max(0, clause_start - 80) : clause_start]
    return bool(_ROUTE.match(clause.lstrip())) and bool(_JOINED_BEFORE.search(before))


def route_paired(
    text: str, sentence: tuple[int, int], figures: list[tuple[int, int]], position: int
) -> str:
    """The route of the figure starting at `position` (one of `figures`, the spans of every
    figure around it) in a sentence that names several routes, each
    with a figure of its own: "10.2 bcm entered at Kıyıköy and 15.6 bcm at Samsun" (each
    route after its figure), "Blue Stream carried 13 bcm and TurkStream 5 bcm" (each before).

    The figures cut the sentence into stretches; a reading holds when every route named
    lies in the stretch after a figure (or, the other way, before one) and no stretch names
    two routes. A figure whose stretch names none ("Of the 26 bcm sent, 16 bcm came through
    TurkStream and 10 bcm through Blue Stream": the 26) takes none. When neither way holds,
    or both hold and disagree, '' (the figure stays one for the routes together)."""
    start, end = sentence
    cuts = sorted({(a, b) for a, b in figures if start <= a and b <= end})
    named = [(m.start(), routes_named(m.group(0))[0]) for m in _ROUTE.finditer(text, start, end)]
    if len({name for _, name in named}) < 2:
        return ""
    readings = []
    for after in (True, False):
        bounds = (
            [(b, cuts[i + 1][0] if i + 1 < len(cuts) else end) for i, (_, b) in enumerate(cuts)]
            if after
            else [(cuts[i - 1][1] if i else start, a) for i, (a, _) in enumerate(cuts)]
        )
        taken: dict[int, str] = {}
        covered = 0
        for index, (low, high) in enumerate(bounds):
            inside = {name for at, name in named if low <= at < high}
            if len(inside) > 1:
                break
            covered += sum(low <= at < high for at, _ in named)
            if inside:
                taken[cuts[index][0]] = inside.pop()
        else:
            if covered == len(named):
                readings.append(taken.get(position, ""))
                continue
        readings.append(None)
    found = {r for r in readings if r is not None}
    return found.pop() if len(found) == 1 else ""


# An aside between a sentence's subject and its verb: ", with a design capacity of 16 bcm a
# year,", "(two strings)", " – the deeper line – ".
_ASIDE = r"(?:,[^,;:()]*,|\([^()]*\)|\s[–—-]\s[^–—;]*\s[–—-]\s?)"
# A route named again: "the line", "this pipeline", "the second string" (the part is read
# later), "the pipeline's capacity".
_ROUTE_AGAIN = re.compile(
    rf"\b(?:the|this|that)\s+(?:(?:first|second|new|same|two|twin)\s+)?"
    rf"(?:{alternation(PIPELINE_NOUNS)})(?:['’]s?)?(?![\w-])",
    re.IGNORECASE,
)
# "It" or "its" standing for the route a sentence before opens with.
_IT = re.compile(r"\b(?:it|its)\b", re.IGNORECASE)
# A sentence that opens with a route as its subject: "TurkStream was inaugurated ...", "The
# Blue Stream pipeline runs ...", "Russia's TurkStream, ..., is ...".
_ROUTE_OPENS = re.compile(
    rf"\s*(?:the\s+)?(?:(?:Russia|Gazprom)['’]s\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_ROUTE.pattern})"
    rf"(?:\s+(?:gas\s+)?(?:pipeline|line|link|project))?(?:\s*{_ASIDE})?\s+[a-z]",
    re.IGNORECASE,
)


def route_referred(lead: str, before: list[str]) -> str:
    """The route a figure's clause points back to when it names none: "the line", "the
    pipeline", "its capacity" after a sentence naming one route ("TurkStream was inaugurated
    in January 2020. The line carried 14.5 bcm ..."). `lead` is the clause up to the figure,
    `before` the sentences before it, nearest first (the caller keeps them in its paragraph).
    "The line" takes the one route the nearest sentence naming any names; "it" and "its" only
    a route that sentence opens with as its subject. '' when none or several."""
    again = _ROUTE_AGAIN.search(lead)
    pronoun = _IT.search(lead)
    if again is None and pronoun is None:
        return ""
    for sentence in before:
        named = routes_named(sentence)
        if not named:
            continue
        if len(named) > 1:
            return ""
        if again is not None:
            return named[0]
        opens = _ROUTE_OPENS.match(sentence)
        return named[0] if opens and routes_named(opens.group(0)) == named else ""
    return ""


# A sentence whose subject is one route, with an aside between it and its verb: "Blue Stream,
# with a design capacity of 16 bcm a year, delivered ...", "The TurkStream pipeline (two
# strings) carried ...", "Blue Stream – the deeper line – supplied ...".


def route_subject(text: str, sentence_start: int, clause_start: int) -> str:
    """The route a sentence opens with as its subject ('Blue Stream, with a design capacity of
    16 bcm a year, delivered 13 bcm ...') when the figure's clause is the one that continues
    it right after an aside; else ''."""
    head = text[sentence_start:clause_start]
    found = re.match(
        rf"\s*(?:(?:[\w’'-]+\s+){{1,3}}?(?:at|via|through|on|along|into|in)\s+)?"
        rf"(?:the\s+)?(?P<route>{_ROUTE.pattern})(?:\s+(?:gas\s+)?(?:pipeline|line|link))?"
        rf"\s*{_ASIDE}\s*$",
        head,
        re.IGNORECASE,
    )
    if found is None:
        return ""
    named = routes_named(found.group("route"))
    return named[0] if len(named) == 1 else ""


# A route named right before a figure of its own: "Kıyıköy 10.0 bcm", "TurkStream carried
# 5 bcm", "Kıyıköy's 7.5 bcm".
_ROUTE_THEN_FIGURE = re.compile(r"[\w’'-]+(?:\s+[\w’'-]+){0,3}?\s+(?:\$\s?)?", re.IGNORECASE)


def route_beyond_figures(
    text: str, window: tuple[int, int], route: str, figure: tuple[int, int],
    figures: list[tuple[int, int]],
) -> bool:  # fmt: skip
    """Whether every mention of `route` in text[window] has another figure between it and
    `figure` ("Samsun took in 16.4 bcm and Kıyıköy 10.0 bcm": Kıyıköy names the 10.0 bcm's
    route, not the 16.4's); False when the window does not name the route."""
    named = [m.start() for m in _ROUTE.finditer(text, *window)
             if routes_named(m.group(0))[0] == route]  # fmt: skip
    if not named:
        return False
    start, end = figure
    unit = text[start:end].split()[-1].lower()

    def others_route(at: int) -> bool:
        for a, b in figures:
            if (a, b) == figure or text[a:b].split()[-1].lower() != unit:
                continue  # only a figure of the same unit can hold the route instead
            if at < a and b <= start:  # "Kıyıköy took 10 bcm, and 16.4 bcm ...": named before
                return True
            if end <= a and b <= at:  # "16.4 bcm ..., 10 bcm via Kıyıköy": after the other
                return True
            # "16.4 bcm and Kıyıköy 10.0 bcm": named right before the figure after this one
            if end <= at < a and _ROUTE_THEN_FIGURE.fullmatch(text, at, a):
                return True
        return False

    return all(others_route(at) for at in named)


def nearest_route(text: str, start: int, end: int, position: int) -> tuple[str, int]:
    """(route, where it is named): the route named nearest before `position` in
    text[start:end], else the first after, else ('', start)."""
    found = [(m.start(), routes_named(m.group(0))[0]) for m in _ROUTE.finditer(text, start, end)]
    before = [(name, at) for at, name in found if at < position]
    after = [(name, at) for at, name in found if at >= position]
    return (before or after[:1] or [("", start)])[-1]


def oil_product_named(words: str, bare: bool = True) -> tuple[str, str] | None:
    """(product, breakdown) of the oil product `words` name ('crude', 'oil products',
    'diesel', a bare 'oil' unless not `bare`), or None when they name none. What products are
    made of ('oil products, mostly diesel') is no narrower product, unless nothing else is
    named."""
    patterns = _OIL_PRODUCTS if bare else _OIL_PRODUCTS[:-1]
    for window in dict.fromkeys((_COMPOSITION.sub(" ", words), words)):
        for pattern, product, breakdown in patterns:
            if re.search(pattern, window, re.IGNORECASE):
                return product, breakdown
    return None


def product_of(topic: str, clause: str, sentence: str) -> tuple[str, str]:
    """(product, breakdown) for a topic: the oil product or gas route named nearest."""
    if topic == "gas":
        if re.search(r"\boil\b", clause, re.I) and re.search(r"\bgas\b", clause, re.I):
            return "oil_and_gas", ""
        product = "lng" if re.search(r"\blng\b|liquefied", clause, re.I) else "natural_gas"
        routes = routes_named(clause)
        if not routes and _PIPELINE_GAS.search(clause):
            # "33 bcm delivered by pipeline", "Russian pipeline gas": pipeline gas alone (LNG
            # named beside it makes the two together).
            product = "natural_gas" if product == "lng" else "pipeline_gas"
        # Several routes together ("through TurkStream and Blue Stream") are no one route.
        return product, routes[0] if len(routes) == 1 else ""
    if topic == "oil":
        if re.search(r"\bgas\b", clause, re.I) and re.search(r"\boil\b", clause, re.I):
            return "oil_and_gas", ""
        for window in (clause, sentence):
            # "oil products, mostly diesel": what the products are made of, not a narrower
            # product (kept when nothing else names the oil).
            bare = _COMPOSITION.sub(" ", window)
            if stated_oil_product(bare):
                window = bare
            for pattern, product, breakdown in _OIL_PRODUCTS:
                if re.search(pattern, window, re.IGNORECASE):
                    return product, breakdown
        return "oil_and_products", ""
    if topic == "coal":
        return "coal", ""
    if topic == "trade":
        goods = goods_named(clause)
        return ("", goods) if goods else ("TOTAL", "")
    return "none", ""


_FLOW_NOUN = r"(?:re-?)?(?:exports?|imports?|shipments?|sales|purchases|deliveries)"
# Words before or after a flow noun that do not name a group of goods ("total exports",
# "exports of about $2 billion", "exports of goods"): the flow is all goods.
_NOT_GOODS = re.compile(
    r"a|an|the|its|their|our|his|her|this|that|these|those|such|some|any|all|both|each|other"
    r"|total|overall|annual|yearly|monthly|quarterly|quarter|half|month|year|week|period|season"
    r"|bilateral|mutual|combined|aggregate|record"
    # a month dating the flow ("March imports", "December exports: USD 604 million")
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
    r"|foreign|world|global|merchandise|goods|products|commodities|and|or|of|to|from|in|into"
    r"|for|by|with|at|on|as|than|while|but|whereas|which|whose|who|where|when|about|around"
    r"|against|versus|vs|via|between|among|beside|besides|whereas|plus|minus|per"
    r"|nearly|almost|over|under|more|less|up|down|just|only|roughly|approximately|also|still"
    r"|even|new|further|own|direct|official|said|non|strong|weak|record-high"
    # verbs that take a flow as object ("to boost exports"): an action, not a good
    r"|boosts?|cuts?|raises?|lifts?|increases?|doubles?|hits?|curbs?|bans?|halts?|limits?"
    r"|expands?|grows?|spurs?|hurts?|blocks?|allows?|resumes?|stops?|drives?|sees?"
    # a source's verbs of reckoning ("customs put imports at $9.7 billion")
    r"|puts?|sets?|keeps?|kept|shows?|showed|shown|says|said|gives?|gave|saw|pegs?"
    # an adverb, a participle or a gerund describes the flow ("rising exports")
    r"|\w+(?:ly|ing|ed)"
    # a place in a ranking ("the largest export market", "fifth-largest import source")
    r"|(?:[a-z]+-)?(?:largest|biggest|greatest|highest|lowest|smallest|top|main|key|major"
    r"|chief|principal|primary|leading)"
)
# "Turkey's main export products to Russia are fruit and vegetables, worth $1.2 billion": the
# leading goods of a flow, named elsewhere in the sentence, are some goods, never all of them.
_LEADING_GOODS = re.compile(
    r"\b(?:main|top|leading|key|major|chief|principal|primary|largest|biggest)\s+(?:export"
    r"|import)(?:ed)?\s+(?:products|goods|items|commodities|categories|lines|groups)\b",
    re.IGNORECASE,
)
_GOODS_BEFORE = re.compile(rf"(?<![\w’'-])([a-z][a-z-]*)\s+{_FLOW_NOUN}\b")
_GOODS_AFTER = re.compile(rf"\b{_FLOW_NOUN}\s+of\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){{0,3}})")
_GOODS_END = re.compile(
    r"\s+(?:to|from|into|for|by|were|was|worth|in|at|with|reached|rose|fell|totall?ed"
    r"|amounted|came|grew|jumped|increased|decreased|dropped|climbed|surged|is|are|have|has)\b"
)


_SO_CALLED = re.compile(r"[\"“”«»]|\bso[- ]called\s+", re.IGNORECASE)


def _is_country(word: str) -> bool:
    from factcheck.extraction import country_terms  # the package imports this module

    return word in country_terms()


def _names_country(words: str) -> bool:
    """Whether the words name a country's flow, not goods ("Turkey", "the Russian Federation",
    "Turkish goods")."""
    opening = re.sub(r"^(?:the\s+)", "", words.strip(), flags=re.IGNORECASE).split()
    from factcheck.extraction import country_terms  # the package imports this module

    terms = country_terms()
    for n in (1, 2, 3):
        kind = terms.get(" ".join(opening[:n]), ("", ""))[1] if len(opening) >= n else ""
        # a name ("Turkey"), or an adjective before goods in general ("Turkish goods")
        rest = [w.lower() for w in opening[n:]]
        if kind == "name" or (kind and rest and all(_NOT_GOODS.fullmatch(w) for w in rest)):
            return True
    return False


def leading_goods(window: str) -> str:
    """'main export products' when the window speaks of a flow's leading goods, else ''."""
    leading = _LEADING_GOODS.search(window)
    return " ".join(leading.group(0).lower().split()) if leading else ""


def names_a_flow(clause: str) -> bool:
    """Whether a clause names a flow of its own ("exports", "imports", "sales")."""
    return re.search(rf"\b{_FLOW_NOUN}\b|\btrade\b|\bturnover\b", clause, re.I) is not None


def goods_named(clause: str) -> str:
    """The group of goods a trade clause names on its flow noun ("machinery", "textile",
    "energy", "re-exports"), or '' when the flow is all goods."""
    if re.search(r"\bre-?exports?\b", clause, re.IGNORECASE):
        return "re-exports"
    if re.search(r"\benergy\s+(?:import\s+)?bill\b", clause, re.IGNORECASE):
        return "energy"  # "the energy bill": what energy imports cost
    # 'exports of so-called "high-priority" items': the words a writer distances himself
    # from are the goods; "so-called" and the quotation marks are not.
    clause = _SO_CALLED.sub("", clause)
    leading = leading_goods(clause)
    if leading:
        return leading
    for match in _GOODS_BEFORE.finditer(clause):
        word = match.group(1)
        if not _NOT_GOODS.fullmatch(word):
            return word
    match = _GOODS_AFTER.search(clause.lower())
    if match:
        words = _GOODS_END.split(" " + match.group(1))[0].split()
        # "the import of Turkey from Russia", "exports of the Russian Federation": whose flow
        # it is, as translated texts write it, not a group of goods.
        written = " ".join(clause[match.start(1) : match.end(1)].split()[: len(words)])
        if words and _names_country(written):
            words = []
        if words and not _NOT_GOODS.fullmatch(words[0]):
            return " ".join(words)
    first = re.match(r"\s*([A-Z][a-z-]+)\s+" + _FLOW_NOUN + r"\b", clause)
    if first and not _NOT_GOODS.fullmatch(first.group(1).lower()) and not _is_country(first[1]):
        return first.group(1).lower()  # a sentence that opens on it: "Energy imports ..."
    return ""


PLACES = Path(__file__).with_name("places.csv")
# Topics whose national records a province's or city's figure could be mistaken for.
AREA_TOPICS = ("trade", "tourism", "investment")
_HOSTS = (
    r"hosted|attracted|welcomed|received|drew|saw|registered|recorded|counted|greeted"
    r"|served|handled|accommodated|exported|imported|shipped|sold|bought|attracts|welcomes"
    r"|receives|hosts|draws|sees|accounted\s+for|accounts\s+for"
)
_AREA_NOUN = r"province|provincial|city|region|district|airport|resort|port|town"
_MOVES = (
    alternation(MOVEMENT_VERBS)
    + r"|arrivals?|tourists?|visitors?|holidaymakers|guests|hotels|exports?|imports?|shipments"
    r"|foreigners|russians|turks|germans|britons"
)
# "the resort province", "to the province": an area the text does not name again.
_UNNAMED_AREA = re.compile(
    rf"\b(?:{_MOVES})\s+(?:[\w-]+\s+){{0,3}}?(?:to|in|into|at|of)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:province|city|region|district|resort\s+town|resort)\b",
    re.IGNORECASE,
)
# A country named between an area and a figure: the figure is the country's ("Antalya ...,
# while Türkiye as a whole welcomed ...").
_WHOLE = re.compile(r"\b(?:Turkey|Türkiye|Turkiye|Russia|the\s+country|nationwide)\b")


@lru_cache(maxsize=1)
def _places() -> re.Pattern[str]:
    with PLACES.open(encoding="utf-8") as handle:
        names = [row["place"] for row in csv.DictReader(handle)]
    names.sort(key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


# "the province's tourism directorate", "the city's airport": an area the text named before.
_AREA_OWNS = re.compile(rf"\bthe\s+(?:{_AREA_NOUN})(?:'s|’s)\s", re.IGNORECASE)
# "the city welcomed 15.6 million foreign guests": an area the text named before, as host.
_AREA_HOSTS = re.compile(
    rf"\bthe\s+(?:[\w-]+\s+)?(?:province|city|resort|region|town|district)"
    rf"(?:\s+(?:[\w-]+\s+){{0,2}}?|\s+)(?:{_HOSTS})\b",
    re.IGNORECASE,
)
_SET_IN = re.compile(r"\s*(?:In|At)\s+(?P<place>[A-ZÇĞİÖŞÜ][\w’'-]+(?:\s+[A-Z][\w-]+)?),")
# What follows a place that is a host's subject: an aside, a word or two, the verb.
_HOST_VERB_AFTER = rf"\s*(?:,[^,.;]{{0,60}},\s*)?(?:[\w-]+\s+){{0,2}}?(?:{_HOSTS})\b"
_AREA_SUBJECT = re.compile(rf"(?:'s|’s)?{_HOST_VERB_AFTER}")
_AREA_NAMED = re.compile(rf"(?:'s|’s)?\s+(?:{_AREA_NOUN})\b", re.IGNORECASE)
# A place's own visitors or trade: "Antalya's Russian arrivals", "Antalya's largest group of
# visitors", "Mersin's exports".
_AREA_POSSESSES = re.compile(rf"(?:'s|’s)\s+(?:[\w-]+\s+){{0,3}}?(?:{_MOVES})\b", re.IGNORECASE)
# A place in the country named by what it is rather than its name, as the subject of a host's
# verb: "Turkey's tourism capital hosted ...", "Türkiye's Mediterranean coast welcomed ...".
_EPITHET = re.compile(
    r"\b(?:Turkey|Türkiye|Turkiye|Russia|the\s+country)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:capital|city|cities|resort|resorts|riviera|coast|province|region|town|hub|airport)"
    rf"(?={_HOST_VERB_AFTER})",
    re.IGNORECASE,
)
_MOVED_TO = re.compile(
    rf"\b(?:{_MOVES})\s+(?:[\w-]+\s+){{0,2}}?(?:to|in|into|at|from)\s+"
    r"(?:the\s+(?:province|city|resort|region)\s+of\s+)?$",
    re.IGNORECASE,
)


def area_of(
    text: str, sentence: tuple[int, int], clause: tuple[int, int], position: int, topic: str
) -> str:
    """The province, city or resort a trade, tourism or investment figure is counted for
    ('Antalya hosted 3.5 million Russians', 'visitors to the resort province'), or '': a
    sub-national figure is another quantity than the country's (curated names in
    places.csv; Ankara, the capital, stands for the government and is not among them)."""
    if topic not in AREA_TOPICS:
        return ""
    for match in _places().finditer(text, sentence[0], position):
        after = text[match.end() : position]
        # The place is the subject ("Antalya(, on the coast,) attracted ... <figure>") or
        # named as an area ("Antalya province", "Antalya's airport"), or its visitors or trade
        # are ("Antalya's Russian arrivals", "Antalya's largest group of visitors").
        if (
            _AREA_SUBJECT.match(after)
            or _AREA_NAMED.match(after)
            or _AREA_POSSESSES.match(text, match.end(), sentence[1])
        ) and not _WHOLE.search(after):
            return match.group(1)
    epithet = _EPITHET.search(text, sentence[0], position)
    if epithet and not _WHOLE.search(text, epithet.end(), position):
        return " ".join(epithet.group(0).split())  # "Turkey's tourism capital"
    low, high = clause
    for match in _places().finditer(text, low, high):
        if _MOVED_TO.search(text[max(low, match.start() - 40) : match.start()]):
            return match.group(1)  # "holidayed in Bodrum", "exports from Mersin"
    if (
        _UNNAMED_AREA.search(text, low, high)
        or _AREA_OWNS.search(text, low, high)
        or _AREA_HOSTS.search(text, sentence[0], position)
    ):
        return "a province or city"
    # "In Antalya, the tourism directorate counted ...": the sentence is set in the place.
    opening = _SET_IN.match(text, sentence[0], position)
    if (
        opening
        and _places().fullmatch(opening.group("place"))
        and not _WHOLE.search(text, opening.end(), position)
    ):
        return opening.group("place")
    return ""


def stated_oil_product(window: str) -> str:
    """The oil basis a text states in so many words ('oil and oil products', 'crude', 'diesel'),
    or '' when it only says 'oil'."""
    for pattern, product, _breakdown in _OIL_PRODUCTS:
        if pattern != _BARE_OIL and re.search(pattern, window, re.IGNORECASE):
            return product
    return ""


def document_oil_basis(text: str) -> str:
    """What a document says it counts when it writes 'oil': oil and oil products if it says so
    anywhere, else crude if it says crude, else '' (no stated basis)."""
    if re.search(_OIL_PRODUCTS[0][0], text, re.IGNORECASE):
        return "oil_and_products"
    if re.search(r"\bcrude\b", text, re.IGNORECASE):
        return "crude_oil"
    return ""


def rank_indicator(topic: str, noun_text: str) -> tuple[str, str]:
    """(indicator, side the ranked country is on: origin | destination | partner)."""
    if topic in ("construction", "settlement"):
        return "", ""  # "the largest market for Turkish builders": no recorded ranking
    if _RANK_DESTINATION.search(noun_text) and topic == "tourism":
        return "outbound_destination_rank", "destination"
    if topic == "tourism" and (_RANK_SUPPLIER_NOUNS.search(noun_text) or "market" in noun_text):
        return "visitor_arrivals_rank", "origin"  # "the largest source of tourists"
    if _RANK_INVESTMENT_SOURCE.search(noun_text):
        return "fdi_source_rank", "origin"  # an investment rank, never a trade rank
    if _RANK_SUPPLIER_NOUNS.search(noun_text):
        indicator = {"gas": "gas_import_rank", "oil": "oil_import_rank"}.get(
            topic, "merchandise_trade_rank"
        )
        return indicator, "origin"
    if _RANK_MARKET_NOUNS.search(noun_text):
        indicator = "gas_customer_rank" if topic == "gas" else "merchandise_trade_rank"
        return indicator, "destination"
    if _RANK_INVESTOR.search(noun_text):
        return "fdi_source_rank", "origin"
    if _RANK_PARTNER.search(noun_text):
        return "merchandise_trade_rank", "partner"
    if _RANK_ECONOMY.search(noun_text):
        return "economy_rank_world", "partner"
    if _RANK_DESTINATION.search(noun_text):
        return "outbound_destination_rank", "destination"
    return "", ""


LEVEL_INDICATORS = {
    ("trade", "money"): "merchandise_trade",
    ("trade", "bare"): "merchandise_trade",
    ("gas", "volume"): "gas_imports",
    ("gas", "money"): "gas_import_value",
    ("oil", "mass"): "oil_imports",
    ("oil", "barrels"): "oil_imports",
    ("coal", "mass"): "coal_imports",
    ("investment", "money"): "investment_stock",
    ("investment", "bare"): "investment_stock",
    ("tourism", "count"): "visitor_arrivals_foreign",
    ("tourism", "bare"): "visitor_arrivals_foreign",
    ("nuclear", "money"): "power_plant_cost",
    ("nuclear", "power"): "power_plant_capacity",
    ("nuclear", "price"): "power_purchase_price",
    ("construction", "money"): "construction_contracts",
    ("tourism", "money"): "tourism_receipts",
}
SHARE_INDICATORS = {
    "gas": "gas_import_share",
    "oil": "oil_import_share",
    "tourism": "visitor_arrivals_share",
    "trade": "merchandise_trade_share",
}
# A supplier's share of what a country uses ("covered 42% of Turkey's gas demand", "33% of our
# consumption", "the share of Russian gas in Turkey's consumption") is not its share of the
# country's imports: consumption also counts what the country produces and draws from storage.
CONSUMPTION_SHARES = {"gas_import_share": "gas_consumption_share",
                      "oil_import_share": "oil_consumption_share"}  # fmt: skip
_USE_WHOLE = r"(?:consumption|demand|needs|requirements?|use|usage)\b"
_OF_USE_AFTER = re.compile(
    rf"^\s*(?:%|per\s*cent|percent)?\s*of\s+(?:[\w’'-]+\s+){{0,4}}?{_USE_WHOLE}", re.I
)
_OF_USE_BEFORE = re.compile(
    rf"\bshare\s+of\b[^,;]{{0,60}}?\bin\s+(?:[\w’'-]+\s+){{0,4}}?{_USE_WHOLE}", re.I
)


def share_of_use(after: str, before: str) -> bool:
    """A share whose whole is what a country consumes or needs, written right after the
    figure ('42% of Turkey's gas demand') or in 'the share of X in Y's consumption' before it
    (never a share of imports that the sentence says meet demand: that is import dependence)."""
    if re.match(
        r"^\s*(?:%|per\s*cent|percent)?\s*of\s+(?:[\w’'-]+\s+){0,4}?imports?\b", after, re.I
    ):
        return False
    return bool(_OF_USE_AFTER.match(after) or _OF_USE_BEFORE.search(before))


CHANGE_INDICATORS = {
    "gas": "gas_imports",
    "oil": "oil_imports",
    "coal": "coal_imports",
    "tourism": "visitor_arrivals_foreign",
    "trade": "merchandise_trade",
    "investment": "fdi_flow",
}


_BALANCE = re.compile(
    r"\b(?:deficit|surplus|imbalance|trade\s+gap|gap\s+in\s+(?:its\s+|their\s+)?trade"
    r"|(?:trade\s+)?balance(?:\s+of\s+trade)?)\b",
    re.IGNORECASE,
)
_TRADE_FLOW_WORDS = re.compile(r"\b(?:exports?|imports?|turnover|shipments?|sales)\b", re.I)
_TOURISM_MONEY = re.compile(
    r"\b(?:spen[dt]\w*|revenues?|receipts|earnings|earned|income|proceeds)\b", re.I
)
_PER_VISITOR = re.compile(
    r"\bper\s+(?:visit|visitor|tourist|person|head|capita|trip|guest|holidaymaker|night)\b"
    r"|\baverage\w*|\beach\s+(?:\w+\s+)?(?:tourist|visitor|guest|holidaymaker)\b",
    re.I,
)
_ARRIVAL_NOUNS = re.compile(r"\b(?:arrivals?|visitors?|tourists?|holidaymakers|guests)\b", re.I)


# A current account (goods, services, income and transfers) is not the goods trade balance.
_CURRENT_ACCOUNT = re.compile(r"\bcurrent[-\s]account\b|\bbalance\s+of\s+payments\b", re.I)


# Money moved in a period ("put $180 million into Turkey in 2020", "inflows of $310 million",
# "invested $259 million in 2016") is a direct investment flow; what investors hold, in total
# or to date, is the stock.
_FDI_FLOW = re.compile(
    r"\b(?:in|out)?flows?\b|\b(?:put|poured|pumped|injected|ploughed|plowed)\b.{0,40}?\binto\b"
    r"|\b(?:invest(?:ed|s|ing)?|(?:foreign\s+)?direct\s+investment|fdi)\b[^.;]{0,60}?\bin\s+"
    r"(?:19|20)\d\d\b|\bnew\s+(?:direct\s+)?investments?\b",
    re.IGNORECASE,
)
_INVESTMENT_STOCK = re.compile(
    r"\b(?:stocks?|total|cumulative|accumulated|overall|altogether|to\s+date|so\s+far|since"
    r"|hold|holds|held|holding|portfolio|worth)\b",
    re.IGNORECASE,
)


def refined_indicator(indicator: str, measure: str, clause: str, sentence: str) -> str:
    """The quantity a trade or tourism figure measures when its words say more than the topic:
    a deficit or surplus is the balance, not the turnover ("the deficit narrowed to $34.6
    billion"); money tourists spend is receipts, per visit when said so, and a change said of
    it is a change of receipts, not of arrivals."""
    # The clause's own flow word decides; the sentence's deficit word only when it has none.
    balance = _BALANCE.search(clause) or (
        _BALANCE.search(sentence) and not _TRADE_FLOW_WORDS.search(clause)
    )
    flow_words = _FDI_FLOW.search(clause) and not _INVESTMENT_STOCK.search(clause)
    # "Russian direct investment flows remain small: $259 million in 2016": a clause that says
    # neither takes what its sentence says.
    flow_words = flow_words or (
        not _INVESTMENT_STOCK.search(clause)
        and _FDI_FLOW.search(sentence)
        and not _INVESTMENT_STOCK.search(sentence)
    )
    if indicator == "investment_stock" and flow_words:
        return "fdi_flow"
    if indicator == "merchandise_trade" and _CURRENT_ACCOUNT.search(clause):
        return ""  # "the current account deficit widened to $48.8 billion": no goods flow
    if indicator == "merchandise_trade" and measure in ("level", "change", "target") and balance:
        return "trade_balance"
    if indicator in ("tourism_receipts", "visitor_arrivals_foreign"):
        money_here = _TOURISM_MONEY.search(clause) or indicator == "tourism_receipts"
        money_said = money_here or (
            _TOURISM_MONEY.search(sentence) and not _ARRIVAL_NOUNS.search(clause)
        )
        if indicator == "tourism_receipts" or (measure == "change" and money_said):
            per_visitor = _PER_VISITOR.search(clause) or (
                not money_here and _PER_VISITOR.search(sentence)
            )
            return "tourism_spending_per_visitor" if per_visitor else "tourism_receipts"
    return indicator


_SELLER = rf"(?:{alternation(tuple(GAS_SELLERS))})"
_SELLER_FLOW_NOUN = r"(?:exports?|sales|deliveries|supplies|shipments|supply)"
# "Gazprom's exports to Turkey", "Gazprom supplied 15.5 bcm", "Gazprom increased gas deliveries
# to Turkey", "deliveries by Gazprom": the company sells (never "Gazprom said ...").
_SELLER_FIGURE = re.compile(
    rf"\b{_SELLER}(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?{_SELLER_FLOW_NOUN}\b"
    rf"|\b{_SELLER}\s+(?:has\s+|had\s+|also\s+)*(?:supplied|delivered|exported|sold|shipped"
    rf"|pumped|(?:increased|boosted|raised|cut|reduced|lowered|doubled|tripled)\s+(?:its\s+)?"
    rf"(?:(?:natural\s+)?gas\s+)?{_SELLER_FLOW_NOUN})\b"
    rf"|\b{_SELLER_FLOW_NOUN}\s+(?:of\s+(?:natural\s+)?gas\s+)?by\s+{_SELLER}\b",
    re.IGNORECASE,
)


def gas_seller(lead: str) -> tuple[str, str]:
    """(company, its country) when the words before a gas figure say a company sold it
    ("Gazprom's sales to Turkey reached", "Gazprom supplied"), else ('', '')."""
    found = next(reversed(list(_SELLER_FIGURE.finditer(lead))), None)  # the nearest
    if found is None:
        return "", ""
    written = " ".join(found.group(0).lower().split())
    name = next(n for n in GAS_SELLERS if n.lower() in written)  # the longest name first
    return name, GAS_SELLERS[name]


_RESIDENTS_ABROAD = re.compile(rf"\b(?:{alternation(RESIDENTS_ABROAD)})\b", re.IGNORECASE)


def residents_abroad(clause: str) -> bool:
    """Whether a clause counts a country's citizens living abroad ("citizens resident abroad
    added a further 6.7 million"), a series no record of ours holds."""
    return _RESIDENTS_ABROAD.search(clause) is not None


_UNRECORDED = frozenset(" ".join(noun.split()) for noun in UNRECORDED_COUNT_NOUNS)


def counts_unrecorded(quantity: Quantity) -> bool:
    """A count of things no record counts ("9,000 homes", "3,500 new jobs", "120 weekly
    flights"): the vocabulary's UNRECORDED_COUNT_NOUNS."""
    return quantity.kind == "count" and " ".join(quantity.noun.split()) in _UNRECORDED


def level_indicator(topic: str, quantity: Quantity) -> tuple[str, str]:
    """(indicator, unit) for an amount, or ('', '') when nothing fits."""
    if quantity.kind == "count":
        if counts_unrecorded(quantity):
            return "", "count"  # "9,000 homes", "120 flights": no record counts them
        indicator = _COUNT_NOUNS.get(quantity.noun, "")
        if topic == "tourism" and indicator == "incident_persons":
            indicator = ""  # "Russia was the largest source, with 7 million people": visitors
        if indicator == "visitor_arrivals_foreign" or (not indicator and topic == "tourism"):
            return "visitor_arrivals_foreign", "persons"
        return indicator, _PERSON_INDICATORS.get(indicator, "count")
    indicator = LEVEL_INDICATORS.get((topic, quantity.kind), "")
    if quantity.kind == "bare":
        if indicator in ("merchandise_trade", "investment_stock"):
            # "trade reached 30 billion" is dollars by assumption (noted); "1,300" written out
            # with no scale word is no sum of money.
            return (indicator, "USD") if quantity.noun != PLAIN_NOUN else ("", "")
        if indicator:
            return indicator, "persons"
        return "", ""
    return indicator, quantity.unit


__all__ = [
    "CHANGE_INDICATORS",
    "CONSUMPTION_SHARES",
    "SHARE_INDICATORS",
    "Measure",
    "consumption_of",
    "counts_unrecorded",
    "document_oil_basis",
    "downward_goal",
    "gas_seller",
    "is_capacity",
    "is_target",
    "level_indicator",
    "measure_of",
    "nearest_route",
    "onward_part",
    "plan_from_to",
    "product_of",
    "rank_indicator",
    "refined_indicator",
    "residents_abroad",
    "route_after",
    "route_part",
    "route_subject",
    "routes_named",
    "share_of_use",
    "stated_oil_product",
    "topic_of",
]
