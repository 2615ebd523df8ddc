"""Who ships to whom: country mentions read by the words around them, not by counting them.

Each mention of a country (name, adjective, capital or company) gets a role from its cue:
"from Russia" is an origin, "to Turkey" / "the Turkish market" a destination, "Russian gas" an
origin of the product, "Turkey's imports" the importer, "Azerbaijan (share of 23.5%)" the part
a share is about, "between Russia and Turkey" a pair. A figure's direction is then built from
the roles in its clause, then its sentence; what they leave open is filled by the caller from
the sentences before, and only last from the document's main pair.
"""

import re
from dataclasses import dataclass
from itertools import pairwise

from validation.reading_vocabulary import (
    AMOUNTING_VERBS,
    ARRIVAL_CUES,
    DESTINATION_VERBS,
    EXPORTER_GOODS,
    GIVING_VERBS,
    IMPORT_NOUNS_AFTER_GOODS,
    ROUTE_PART_NOUNS,
    VERB_ADVERBS,
    alternation,
)

# Words that say which way goods, gas or people move.
EXPORT_WORDS = (
    r"exports?|exported|exporting|exporters?|suppl(?:y|ies|ied|ying)|suppliers?|shipments?"
    r"|shipped|deliver(?:y|ies|ed)|sold|sales|sells|sent|providers?|provided|providing|sources?"
)
IMPORT_WORDS = (
    r"imports?|imported|importing|importers?|purchases?|purchased|bought|buys|received"
    r"|buyers?|customers?|consumers?|demand"
    # "crude receipts", "LNG receipts" (trade-press usage): a fuel received is imported (never
    # "tourism receipts", money earned)
    r"|(?<=crude\s)receipts|(?<=oil\s)receipts|(?<=gas\s)receipts|(?<=lng\s)receipts"
    r"|(?<=coal\s)receipts|(?<=fuel\s)receipts"
)
TOTAL_WORDS = r"trade|trading|turnover|exchange|commerce|bilateral|mutual|partners?|partnership"
ARRIVAL_WORDS = alternation(ARRIVAL_CUES)
_DESTINATION_VERBS = alternation(DESTINATION_VERBS)  # "visited Turkey": where people go
_GIVING_VERBS = alternation(GIVING_VERBS)  # "sold Russia goods": Russia receives

_PRODUCT_NOUNS = (
    r"(?:natural\s+)?gas|oil|crude|lng|exports?|supplies|supply|pipeline|tourists?|visitors?"
    r"|holidaymakers|companies|firms|investors?|investments?|goods|products|coal|wheat|energy"
    r"|side|shipments?|deliveries|sales|exporters?|suppliers?"
)
_MARKET_NOUNS = (
    r"market|consumers?|buyers?|customers?|imports?|demand|economy|ports?|border|importers?"
    r"|(?<=crude\s)receipts|(?<=oil\s)receipts|(?<=gas\s)receipts|(?<=lng\s)receipts"
    r"|resorts?|destinations?|consumption|needs|landfall|terminals?|coast"
)
_EXPORT_VERBS = (
    r"exported|exports|supplied|supplies|sold|sells|shipped|ships|sent|sends|delivered|delivers"
    r"|provided|provides"
)
# "Azerbaijan now provides ...": an adverb between a country and its verb
_ADVERB = rf"(?:(?:{alternation(VERB_ADVERBS)})\s+)?"
# A country that receives, welcomes, hosts or attracts (goods, visitors, investment) is where
# they go: "Türkiye welcomed more than 2.4 million Russian visitors".
_IMPORT_VERBS = (
    r"imported|imports|bought|buys|purchased|received|receives|met|meets|welcomed|welcomes"
    r"|hosted|hosts|attracted|attracts|drew|draws"
)


@dataclass(frozen=True)
class Mention:
    position: int
    code: str
    role: str  # origin | destination | owner | part | pair | ranked | ""


def read_mentions(text: str, start: int, end: int, pattern, terms) -> list[Mention]:
    """Country mentions in text[start:end], each with the role its cue gives it."""
    found = []
    for match in pattern.finditer(text, start, end):
        code, kind = terms[match.group(1)]
        found.append(Mention(match.start(), code, _role(text, match, kind, code)))
    return _pairs(text, found)


_ROUTE_PART = re.compile(
    rf"\s+(?:(?:offshore|onshore|subsea|undersea|land|first|second)\s+)?(?:{alternation(ROUTE_PART_NOUNS)})\b"
)
_GOODS_IMPORTS = {
    code: re.compile(
        rf"\s+(?:{alternation(goods)})\s+(?:{alternation(IMPORT_NOUNS_AFTER_GOODS)})\b"
    )
    for code, goods in EXPORTER_GOODS.items()
}


def _role(text: str, match: re.Match[str], kind: str, code: str = "") -> str:
    before = text[max(0, match.start() - 24) : match.start()].lower()
    after = text[match.end() : match.end() + 40]
    lowered_after = after.lower()
    if kind == "adjective" and _ROUTE_PART.match(lowered_after):
        return "name"  # "the Turkish string" names a part of a route (its ends say who sells)
    if kind == "adjective" and code in _GOODS_IMPORTS and _GOODS_IMPORTS[code].match(lowered_after):
        return "origin"  # "Russian gas imports": imports of Russian gas, never Russia's imports
    if re.match(r"\s*\((?:share\s+of\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)", lowered_after):
        return "part"
    if re.match(r"\s*\((?:[^()]{0,20}?)[\d.,]+\s*(?:mln|million|bn|billion|thousand|tons?|t\b)",
                lowered_after):  # fmt: skip
        return "part"
    if re.match(r"\s*(?:stream|torrent)\b", lowered_after):
        return "name"  # a pipeline's name ("Turkish Stream"), not a country's role
    if re.search(
        r"\b(?:after|behind|than|ahead\s+of|before|like|unlike|overt(?:ook|aken|akes|aking)"
        r"|outpac(?:ed|es|ing)|displac(?:ed|es|ing)|edg(?:ed|es|ing)\s+out|pushed)\s+(?:the\s+)?$",
        before,
    ):
        return "compared"
    if kind in ("name", "capital") and re.search(
        r"\b(?:through|via|across|transiting|in\s+transit\s+through)\s+(?:the\s+)?$", before
    ):
        return "name"  # "Russian gas through Ukraine to Europe": a country crossed, no side
    if re.search(r"\bfrom\s+(?:the\s+)?$", before) or re.search(
        r"\b(?:originat(?:ed|es|ing)|sourced|produced|extracted|loaded)\s+in\s+(?:the\s+)?$", before
    ):
        return "origin"  # "from Russia"; "crude that originated in Russia"
    wider = text[max(0, match.start() - 50) : match.start()].lower()
    if re.search(r"\b(?:markets?|customers?|buyers?|destinations?)\s+(?:[\w-]+\s+){0,4}?for\s+"
                 r"(?:the\s+)?(?:[\w-]+\s+){0,2}?$", wider):  # fmt: skip
        return "origin"  # "the second largest market for (Russian) Gazprom": the seller
    if re.search(
        r"\b(?:partners?|markets?|suppliers?|customers?|buyers?|destinations?|sources?"
        r"|investors?|exporters?|importers?)\s+(?:of|among)\s+(?:the\s+)?$",
        before,
    ):
        return "owner"
    if re.search(rf"\b(?:{_DESTINATION_VERBS})\s+$", before):
        return "destination"
    possessive = re.match(r"(?:'s|’s)\b", after)
    # "the share of Turkish (pipeline) imports": the adjective names the importer, not a part.
    whole_named = kind == "adjective" and re.match(
        rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_MARKET_NOUNS})\b", lowered_after
    )
    share_of = re.search(r"\bshare\s+of\s+(?:the\s+)?$", before) and not whole_named
    if re.match(r"(?:'s|’s)\s+(?:\w+\s+)?share\b", lowered_after):
        return share_owner_role(code, lowered_after[2:])  # "Russia's share of ..."
    if share_of and not possessive:
        return "part"  # "the share of Russia in ..."
    if re.match(r"(?:'s|’s)\b", after):
        following = " ".join(lowered_after[2:].split()[:4])
        role = _possessor_role(following)
        if role:
            return role
        if not flow_kind(following) and _OWN_PRODUCT.match(following):
            if _PART_OF.search(before):
                # "more than half of Turkey's natural gas", "55% of Turkey's gas": a part of
                # the gas the country takes in, so the country buys.
                return "destination"
            return "origin"  # "Azerbaijan's Shah Deniz gas": the country's own gas
        return "owner"
    if kind in ("name", "capital") and re.search(rf"\b(?:{_GIVING_VERBS})\s+(?:the\s+)?$", before):
        return "destination"  # the first object of a verb of giving: "sold Russia goods"
    if re.match(rf"\s+{_ADVERB}(?:{_EXPORT_VERBS})\b", lowered_after):
        return "origin"
    if re.match(rf"\s*,?\s*(?:which|that|who)\s+(?:also\s+|then\s+)?(?:{_EXPORT_VERBS})\b",
                lowered_after):  # fmt: skip
        return "origin"  # "Azerbaijan, which supplied 6.5 bcm"
    if re.match(rf"\s+{_ADVERB}(?:{_IMPORT_VERBS})\b", lowered_after):
        return "destination"
    described = kind in ("adjective", "first_person")  # "Turkish gas imports", "our imports"
    if re.match(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_MARKET_NOUNS})\b", lowered_after) and (
        described or re.match(rf"\s+(?:{_MARKET_NOUNS})\b", lowered_after)
    ):
        return "destination"
    if kind == "first_person":
        # Read as a possessive: "our largest supplier" (we buy), "our biggest market" (we
        # sell), "our exports"; "our" before anything else ("our partners", "our cooperation")
        # says nothing of a flow's direction.
        return _possessor_role(" ".join(lowered_after.split()[:4]))
    if re.match(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_PRODUCT_NOUNS})\b", lowered_after) and (
        described or re.match(rf"\s+(?:{_PRODUCT_NOUNS})\b", lowered_after)
    ):
        return "origin"
    if re.search(r"\b(?:to|into|in|for|entering|towards)\s+(?:the\s+)?$", before):
        return "destination"
    if kind == "adjective":
        return "origin"
    return ""


# "<owner>'s share of crude imports": the goods before the imports, for the owner's role.
_SHARE_OF_GOODS_IMPORTS = re.compile(
    r"\s+(?:[\w-]+\s+)?share\s+of\s+(?:the\s+|its\s+|their\s+)?(?:total\s+)?"
    rf"(?P<goods>(?:[\w-]+\s+){{0,2}}?)(?:{alternation(IMPORT_NOUNS_AFTER_GOODS)})\b",
    re.IGNORECASE,
)
_EXPORTED_GOODS = frozenset(g for goods in EXPORTER_GOODS.values() for g in goods)


def share_owner_role(code: str, after: str) -> str:
    """The role of the country owning a share ("Russia's share of ...", "its share of ..."),
    given the words `after` the possessive: the part the share is of (the seller), unless the
    share is of imports of goods the data knows exporters of and this country is not one of
    them ("Turkey's share of crude imports": Turkey's crude imports, the share another
    country's): then the importer."""
    match = _SHARE_OF_GOODS_IMPORTS.match(after)
    goods = " ".join(match.group("goods").lower().split()) if match else ""
    if goods in _EXPORTED_GOODS and goods not in EXPORTER_GOODS.get(code, ()):
        return "destination"
    return "part"


def possessive_role(code: str, after: str) -> str:
    """The role of a country standing for a possessive pronoun ("its share of crude imports",
    "their gas purchases"), from the words `after` the pronoun, as if its name were written."""
    lowered = after.lower()
    if re.match(r"\s+(?:\w+\s+)?share\b", lowered):
        return share_owner_role(code, lowered)
    return _possessor_role(" ".join(lowered.split()[:4])) or "owner"


def _possessor_role(following: str) -> str:
    """The role of a country that possesses the words `following` it ("Turkey's biggest
    supplier" is Turkey's list of sellers: Turkey buys), or '' when they name no flow."""
    if re.search(r"\b(?:suppliers?|sources?|providers?)\b", following):
        return "destination"
    if re.search(r"\b(?:markets?|customers?|buyers?|importers?)\b", following):
        return "origin"
    return {"export": "origin", "import": "destination"}.get(flow_kind(following), "")


# A part or share of what follows ("55% of", "more than half of", "the bulk of").
_PART_OF = re.compile(
    r"(?:%|\bper\s*cent|\bpercent|\bhalf|\bthirds?|\bquarters?|\bfifths?|\bshare|\bportion"
    r"|\bpart|\bbulk|\bmost|\bmajority)\s+of\s+(?:the\s+)?$"
)
# "Azerbaijan's Shah Deniz gas": the country's own gas (never "Turkey's gas consumption").
_OWN_PRODUCT = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:gas|oil|crude|lng|coal)\b(?!\s+(?:consumption|demand|production"
    r"|output|storage|reserves|use|usage|market|sector|needs|bill|prices?|sales|exports))"
)


def _pairs(text: str, mentions: list[Mention]) -> list[Mention]:
    """'between Russia and Turkey', 'Russia-Turkey trade', 'Russia and Turkey trade' mark a pair."""
    out = list(mentions)
    for index, (first, second) in enumerate(pairwise(mentions)):
        between = text[first.position : second.position]
        joined = re.fullmatch(r"[\w.’']+(?:\s+[\w.]+)?(\s*[-–—/]\s*|\s+and\s+)", between)
        if not joined:
            continue
        before = text[max(0, first.position - 12) : first.position].lower()
        after = text[second.position : second.position + 60].lower()
        dash = joined.group(1).strip() != "and"
        if "between" in before or dash or re.search(rf"\b(?:{TOTAL_WORDS})\b", after):
            out[index] = Mention(first.position, first.code, "pair")
            out[index + 1] = Mention(second.position, second.code, "pair")
    return out


# "bilateral imports", "mutual exports": a flow of the pair's trade, not the turnover.
_PAIR_OF_FLOW = (
    r"(?:bilateral|mutual)(?=\s+(?:[\w-]+\s+)?(?:exports?|imports?|shipments|purchases"
    r"|sales|deliveries)\b)"
)
_FLOW_WORDS = re.compile(
    rf"\b(?:{_PAIR_OF_FLOW}\s+(?:[\w-]+\s+)?)?"
    rf"(?:(?P<arrivals>{ARRIVAL_WORDS})|(?P<total>{TOTAL_WORDS})|(?P<export>{EXPORT_WORDS})"
    rf"|(?P<import>{IMPORT_WORDS}))\b",
    re.IGNORECASE,
)


# A verb of amounting right before a figure ("it came to nearly $34 billion"): no flow word.
_AMOUNTING = re.compile(
    rf"\b(?:{alternation(AMOUNTING_VERBS)})(?=\s+(?:(?:about|around|some|roughly|nearly|almost"
    rf"|approximately|just|over|under|more\s+than|less\s+than|close\s+to|a\s+record)\s+)*"
    rf"(?:\$|us\$|€|£|\d))",
    re.IGNORECASE,
)


def flow_kind(text: str) -> str:
    """export | import | total | arrivals | '' from the first flow word in `text`."""
    text = _AMOUNTING.sub(lambda m: " " * len(m.group(0)), text)
    match = _FLOW_WORDS.search(text)
    return match.lastgroup if match else ""


@dataclass
class Direction:
    origin: str = ""
    destination: str = ""
    pair: tuple[str, ...] = ()
    part: str = ""
    owner: str = ""

    def merged(self, other: "Direction") -> "Direction":
        """This direction with the sides it lacks taken from `other` (never making one country
        both the origin and the destination)."""
        origin = self.origin or (other.origin if other.origin != self.destination else "")
        destination = self.destination or (other.destination if other.destination != origin else "")
        return Direction(
            origin,
            destination,
            self.pair or other.pair,
            self.part or other.part,
            self.owner or other.owner,
        )


def direction_from(mentions: list[Mention], position: int) -> Direction:
    """The sides the mentions give, the one nearest the figure winning each role."""
    direction = Direction()
    by_distance = sorted(mentions, key=lambda m: abs(m.position - position))
    pair = [m.code for m in mentions if m.role == "pair"]
    if len(set(pair)) >= 2:
        direction.pair = tuple(dict.fromkeys(pair))[:2]
    for mention in by_distance:
        if mention.role == "origin" and not direction.origin:
            direction.origin = mention.code
        elif mention.role == "destination" and not direction.destination:
            direction.destination = mention.code
        elif mention.role == "part" and not direction.part:
            direction.part = mention.code
        elif mention.role == "owner" and not direction.owner:
            direction.owner = mention.code
    return direction


__all__ = [
    "Direction",
    "Mention",
    "direction_from",
    "flow_kind",
    "possessive_role",
    "read_mentions",
]
