"""Plain sentences a journalist can publish: the quantity checked, its period, its source."""

import calendar
import functools
import math
import re

from factcheck.derive import usd
from factcheck.evidence import SYMMETRIC_BREAKDOWNS
from factcheck.extraction.context import CARRIED_AFTER_STOP, TextLayout
from factcheck.extraction.masks import find_masks
from factcheck.extraction.tables import cell_contexts

_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
TIER_WORDS = {
    "official_release": "official statistics",
    "official_reported": "official figure reported by the press",
    "official_statement": "statement by an official",
    "unattributed": "unattributed figure",
}
TIER_PLURALS = {
    "official_release": "official statistics",
    "official_reported": "official figures reported by the press",
    "official_statement": "statements by officials",
    "unattributed": "unattributed figures",
}
PRODUCT_WORDS = {
    "natural_gas": "gas",
    "pipeline_gas": "pipeline gas",
    "lng": "LNG",
    "crude_oil": "crude oil",
    "oil_products": "oil products",
    "oil_and_products": "oil and oil products",
    "oil_and_gas": "oil and gas",
    "coal": "coal",
}
SHARE_WHOLE = {
    "gas_import_share": "gas imports",
    "oil_import_share": "oil imports",
    "visitor_arrivals_share": "foreign arrivals",
    "merchandise_trade_share": "trade",
    "trade_composition_share": "trade",
}
INDICATOR_WORDS = {
    "gas_imports": "{product} imports",
    "oil_imports": "{product} imports",
    "coal_imports": "coal imports",
    "merchandise_trade": "goods {flow}",
    "gas_entry_flow": "gas entering",
}


def claimed_figure(value: float, low: float, high: float, comparator: str, unit: str) -> str:
    """A claimed figure as written: both ends of a range ("6.5 million to 7 million"), else
    the figure (a hedge's band is how it is judged, not what was claimed)."""
    if comparator == "range" and not (math.isnan(low) or math.isnan(high)) and low < high:
        return f"{figure(low, unit)} to {figure(high, unit)}"
    return figure(value, unit)


def figure(value: float, unit: str) -> str:
    """A value in its unit, written as a reader would say it (never '−0%')."""
    if value is None or math.isnan(value):
        return "n/a"
    if unit == "USD":
        return usd(value)
    if unit == "EUR":
        return usd(value).replace("$", "€")
    if unit in ("percent", "percentage_points"):
        text = f"{value:.1f}".rstrip("0").rstrip(".") if abs(value) >= 0.05 else "0"
        return text + ("%" if unit == "percent" else " percentage points")
    if unit == "rank":
        place = round(value)
        suffix = "th" if 10 <= place % 100 <= 20 else _ORDINAL_SUFFIX.get(place % 10, "th")
        return f"{place}{suffix}"
    if unit in ("bcm", "bcm_per_year"):
        text = f"{value:.4g} bcm" if value >= 1 else f"{value * 1000:,.1f} million m³"
        return text + (" a year" if unit == "bcm_per_year" else "")
    if unit in ("persons", "trips", "count", "tonnes", "unknown", ""):  # "" or unknown: bare
        word = " tonnes" if unit == "tonnes" else ""
        if abs(value) >= 1e6:
            return f"{value / 1e6:.3g} million{word}"
        return f"{value:,.0f}{word}"
    if unit == "km":
        return f"{value:,.0f} km"
    return f"{value:g} {unit}"


def _name(code: str, names: dict[str, str]) -> str:
    name = names.get(code, code)
    return "the world" if code == "WLD" else name


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


# Quantities held by one country in another, as the records put them (the reporter is the
# host, the partner the owner; trips are counted by the travellers' country).
_BETWEEN_TWO = {
    "outbound_trips": "trips to {partner} by {reporters} residents",
    "firms_with_partner_capital": "firms with {partners} capital in {reporter}",
    "construction_contracts": "construction contracts of {partners} companies in {reporter}",
    "investment_stock": "{partners} investment in {reporter} (the total held)",
    "fdi_flow": "direct investment from {partner} into {reporter} (a flow)",
    "workers_in_partner": "{reporters} entrepreneurs and workers in {partner}",
    "agreements_signed": "agreements signed between {reporter} and {partner}",
}


def quantity_words(claim, names: dict[str, str]) -> str:
    """The quantity a claim is about, in words: "Turkey's imports from Russia"."""
    reporter, partner = _name(claim["reporter"], names), _name(claim["partner"], names)
    indicator, flow, measure = claim["indicator"], claim["flow"], claim["measure"]
    product = PRODUCT_WORDS.get(claim["product"], "")
    part = claim["breakdown"]
    route = claim["product"] not in ("crude_oil", "oil_products", "oil_and_products")
    via = (f" via {part}" if route else f" ({part})") if part else ""
    if part.startswith("sub-national: "):
        via = f" (counted for {part.removeprefix('sub-national: ')} only, not the whole country)"
    goods_of = ""  # a group of goods ("fresh produce") is what is traded, not a route
    listed = part.startswith(("sub-national: ", "several partners together: "))
    if indicator == "merchandise_trade" and part and not listed:
        goods_of, via = f"{part} ", ""
    several = part.startswith("several partners together: ")
    if several:
        via, partner = "", part.removeprefix("several partners together: ") + " together"
    if measure == "capacity" or indicator == "pipeline_capacity":
        if claim["breakdown"].endswith(", one string"):
            return f"the design capacity of one {claim['breakdown'].split(',')[0]} string"
        return f"{_possessive(claim['breakdown'] or 'the pipeline')} design capacity"
    if indicator == "investment_stock" and part in SYMMETRIC_BREAKDOWNS:
        # "mutual investments": both countries' holdings in each other, in either order
        return f"the investment {reporter} and {partner} hold in each other (the total held)"
    if indicator == "trade_composition_share":
        goods = PRODUCT_WORDS.get(claim["product"], claim["product"].replace("_", " "))
        goods = goods or part or "the goods named"
        flows = "imports from" if flow == "import" else "exports to"
        return f"the share of {goods} in {_possessive(reporter)} {flows} {partner}"
    if indicator == "trade_direction_share":
        # As the dashboard says it: one side's sales to the other as a share of their trade.
        seller, buyer = (reporter, partner) if flow != "import" else (partner, reporter)
        return f"{_possessive(seller)} sales to {buyer} as a share of their two-way trade"
    if indicator == "gas_consumption":
        return f"{_possessive(reporter)} gas consumption"
    if indicator == "gas_supplier_sales":  # a company's own figure
        seller = f"{_possessive(part)} gas sales" if part else f"{_possessive(reporter)} gas sales"
        what = f"{seller} to {partner} (the company's own figure)"
        return f"the change in {what}" if measure == "change" else what
    if indicator == "import_dependence":
        demand = f"{product} demand" if product else "demand"
        return f"the share of {_possessive(reporter)} {demand} met by imports"
    if indicator.endswith("_share"):
        whole = SHARE_WHOLE.get(indicator, indicator.removesuffix("_share").replace("_", " "))
        if indicator == "gas_import_share" and claim["product"] in ("pipeline_gas", "lng"):
            whole = f"{PRODUCT_WORDS[claim['product']]} imports"
        if indicator == "merchandise_trade_share" and flow in ("import", "export"):
            whole = f"{flow}s"  # a share of one flow keeps it: "Russia's share of Turkey's imports"
        return f"{_possessive(partner)} share of {_possessive(reporter)} {whole}"
    if indicator == "oil_import_rank" and product:
        return f"{_possessive(partner)} place among {_possessive(reporter)} suppliers of {product}"
    if indicator.endswith("_rank"):
        return f"{_possessive(partner)} place among {_possessive(reporter)} " + {
            "gas_import_rank": "gas suppliers",
            "oil_import_rank": "oil suppliers",
            "gas_customer_rank": "gas customers",
            "merchandise_trade_rank": {"import": "suppliers", "export": "export markets"}.get(
                flow, "trade partners"
            ),
            "visitor_arrivals_rank": "visitors by nationality",
        }.get(indicator, indicator.removesuffix("_rank").replace("_", " "))
    if indicator == "trade_balance" and flow == "total":  # whose deficit: not said
        what = f"the trade balance between {reporter} and {partner} (one side's exports minus"
        what += " its imports)"
    elif indicator == "trade_balance":
        what = f"{_possessive(reporter)} trade balance with {partner} (exports minus imports)"
    elif flow == "total" and indicator.startswith("merchandise_trade"):
        what = f"trade between {reporter} and {partner} (exports plus imports)"
    elif flow in ("export", "import"):
        goods = f"{product} " if product and product != "gas" else ("gas " if product else "")
        goods = f"{goods_of}{goods}" if goods_of else goods
        direction = "exports to" if flow == "export" else "imports from"
        if goods_of:
            direction = "exports of" if flow == "export" else "imports of"
            to = "to" if flow == "export" else "from"
            what = f"{_possessive(reporter)} {direction} {goods.strip()} {to} {partner}"
        else:
            what = f"{_possessive(reporter)} {goods}{direction} {partner}{via}"
    elif flow == "arrivals" and claim["partner"] == "WLD":
        what = {
            "visitor_arrivals_all": f"all visitors arriving in {reporter} (foreigners and"
            " citizens resident abroad)",
            "tourist_arrivals_international": f"international tourist arrivals in {reporter}"
            " (all non-residents)",
        }.get(indicator, f"foreign visitors arriving in {reporter}") + (via if part else "")
    elif flow == "arrivals":
        what = f"arrivals in {reporter} from {partner}" + (via if part else "")
    elif indicator in _BETWEEN_TWO:
        what = _BETWEEN_TWO[indicator].format(
            reporter=reporter, partner=partner, reporters=_possessive(reporter),
            partners=_possessive(partner),
        )  # fmt: skip
    else:
        what = f"{indicator.replace('_', ' ')} ({reporter}, {partner})"
    if measure == "change":
        return f"the change in {what}"
    return what


def _month(period: str) -> str:
    return f"{calendar.month_name[int(period[5:7])]} {period[:4]}"


def period_words(claim) -> str:
    """'in March 2019, one month'; 'in January–July 2023 (7 months)'; 'in 2019'."""
    period, granularity = claim["period"], claim["period_granularity"]
    if not period:
        return ""
    if granularity == "month" and len(period) == 7:
        text = f"in {_month(period)}, one month"
    elif "/" in period and len(period) == 15:
        start, end = period.split("/")
        count = (int(end[:4]) - int(start[:4])) * 12 + int(end[5:]) - int(start[5:]) + 1
        text = f"in {_month(start)}–{_month(end)} ({count} months)"
    elif granularity == "as_of":
        text = f"as of {period} (a statement about 'now')"
    else:
        text = f"in {period}"
    base = claim.get("base_period", "")
    if claim["measure"] == "change" and base:
        text += f", against {_month(base) if len(base) == 7 else base}"
    if claim["measure"] == "target":
        text = f"by {period}"
    return text


def source_words(publisher: str, title: str) -> str:
    """'Eurostat, “Imports of natural gas by partner”': publisher first, then the title."""
    if not title:
        return publisher
    return f"{publisher}, “{title}”"


@functools.lru_cache(maxsize=8)
def _layout(text: str) -> TextLayout:
    """The reader's own sentence boundaries of `text` (abbreviations, subheadings, list items,
    table rows and items joined by a bar), so the sentence quoted is the one the figure was
    read in."""
    return TextLayout(text, find_masks(text))


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], whitespace tidied; for a table's cell, the
    table's caption with the cell's row and column labels ("Table 2. … — 2019 | Volume: 14.6")."""
    cell = cell_contexts(text).get((start, end))
    if cell is not None:
        return re.sub(r"\s+", " ", cell).strip()
    layout = _layout(text)
    left, right = layout.sentence(start)
    right = max(right, layout.sentence(max(start, end - 1))[1])
    # A closing quote or citation marker right after the stop ("… of arrivals.[16]") belongs
    # to the sentence it closes, not to the next one.
    if left and text[left - 1] in ".!?" and (carried := CARRIED_AFTER_STOP.match(text, left)):
        left = carried.end()
    if text[right - 1] in ".!?" and (carried := CARRIED_AFTER_STOP.match(text, right)):
        right = carried.end()
    return re.sub(r"\s+", " ", text[left:right]).strip(" |")
