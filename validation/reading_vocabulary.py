"""Words the claim reader recognises, kept as data so that a new phrasing is a new entry here,
not a new pattern in code (factcheck/extraction builds its patterns from these lists).

Each entry is a phrase; a space stands for any run of whitespace, and "travel(l)ed" is written
out in both spellings.
"""

import re

# Verbs said of people that alone make a count tourism ("2 million Russians holidayed in
# Turkey"): the topic word of the sentence, like "tourists".
TOURISM_VERBS: tuple[str, ...] = ("holidayed", "vacationed", "holidaying", "vacationing")

# Going somewhere: said of people a count is visitors ("7 million Russians visited Turkey",
# "flocked to Antalya"); said of money the words name an official's trip, not tourism ("Putin
# visited Ankara, when turnover reached $22 billion"), so they never make money tourism.
VISIT_VERBS: tuple[str, ...] = (
    "visited", "visiting",
    "travelled to", "traveled to", "travelling to", "traveling to",
    "flocked to", "flocking to",
    "came to", "went to", "went on holiday to", "went on holiday in",
    "arrived in", "arrived at", "arriving in",
    "holiday in", "holidays in", "stayed in",
)  # fmt: skip
# A host's verbs: said of people, the count is visitors too ("Türkiye welcomed 6.7 million
# Russians"); the host is the subject, the visitors' country the object.
HOST_VERBS: tuple[str, ...] = ("welcomed", "welcoming", "hosted", "hosting")

# Cues that people move into a country: the country named after them is where they arrive
# ("tourists from Russia", "Russians arrived ..."), a count beside them is arrivals.
ARRIVAL_CUES: tuple[str, ...] = (
    "tourist", "tourists", "visitor", "visitors", "holidaymakers", "travellers", "travelers",
    "arrival", "arrivals",
    "came", "arrived", "visited",
)  # fmt: skip
# Verbs of a named buyer or seller in a clause of cause after a figure ("trade reached $68
# billion as Turkey bought more Russian oil and gas"): that clause's goods are the cause, not
# what the figure counts.
CAUSE_VERBS: tuple[str, ...] = (
    "bought", "imported", "purchased", "sold", "exported", "shipped", "paid", "cut", "raised",
    "increased", "reduced", "switched", "turned", "needed", "burned", "burnt", "consumed",
    "stockpiled", "snapped up", "took",
)  # fmt: skip
# Verbs that say a quantity amounts to a figure ("trade came to $34 billion"): a figure
# right after them is the amount, and "came" there says nothing of people arriving.
AMOUNTING_VERBS: tuple[str, ...] = (
    "came to", "come to", "comes to", "coming to", "came in at", "comes in at",
    "amounted to", "amounts to", "totalled", "totaled", "totalling", "totaling",
)  # fmt: skip

# Verbs whose object is the country people go to ("visited Turkey", "arrived in Turkey").
DESTINATION_VERBS: tuple[str, ...] = (
    "visited", "visiting", "visit", "entered", "entering", "arrived in", "came to",
)  # fmt: skip

# Verbs of giving whose first object, a country's name, is the receiver ("Turkish firms sold
# Russia goods worth $4 billion", "Moscow supplied Turkey with 21 bcm", "sent Hungary 5 bcm").
GIVING_VERBS: tuple[str, ...] = (
    "sold", "sells", "sell", "selling", "supplied", "supplies", "supply", "supplying",
    "sent", "sends", "send", "sending", "shipped", "ships", "ship", "shipping", "provided",
    "provides", "provide", "providing", "offered", "offers", "offer", "offering",
)  # fmt: skip

# Adverbs that may stand between a country and its verb of selling or buying without changing
# who sells ("Azerbaijan now provides a fifth of imports", "Iraq also supplied 1.1 Mt").
VERB_ADVERBS: tuple[str, ...] = (
    "now", "also", "still", "currently", "already", "alone", "itself", "then", "again",
    "reportedly", "meanwhile", "today",
)  # fmt: skip

# Verbs after which "to", "in" or "from" a province or city names where people or goods moved
# ("holidayed in Bodrum"): such a figure is the province's, not the country's.
MOVEMENT_VERBS: tuple[str, ...] = (
    "visited", "visiting", "visit", "holidayed", "vacationed", "stayed", "came",
    "travelled", "traveled", "flew", "went",
)  # fmt: skip

# Verbs that put a country at a place in a list ("came third", "slipped to fourth", "ranked
# second"): a rank, whose list (trade partners, tourist sources) the sentence or the one
# before names, or nothing is checked.
RANK_VERBS: tuple[str, ...] = (
    "ranks", "rank", "ranked", "ranking", "placed", "comes", "came", "finished",
    "slipped to", "slid to", "fell to", "fell back to", "dropped to", "dropped back to",
    "sank to", "rose to", "climbed to", "moved up to", "moved to", "jumped to", "advanced to",
    "returned to",
)  # fmt: skip
# Words that open the list a bare ordinal is a place in ("fourth among Turkey's export
# markets").
RANK_LIST_CUES: tuple[str, ...] = ("among", "amongst")

# Nouns that name a pipeline again after it was named ("TurkStream opened in 2020. The line
# carried 14.5 bcm ..."): with "the", "this" or "that", the route named just before.
PIPELINE_NOUNS: tuple[str, ...] = (
    "pipeline", "pipelines", "line", "link", "route", "string", "strings", "leg", "system",
    "gas pipeline", "gas line", "undersea pipeline", "offshore pipeline", "subsea pipeline",
    "twin pipeline", "twin-line pipeline", "corridor",
)  # fmt: skip

# Verbs after which "up to" is the level a figure moved to, not a ceiling ("imports edged up
# to $23.1 billion" is $23.1 billion, not "at most").
MOVED_UP_VERBS: tuple[str, ...] = (
    "edged", "inched", "crept", "ticked", "moved", "went", "climbed", "shot", "jumped", "picked",
    "rose", "risen", "revised", "pushed", "pushing", "edging", "inching", "creeping", "moving",
    "going", "climbing", "shooting", "jumping", "rising",
)  # fmt: skip

# Participles of a change written after its clause ("more than doubled, rising 121%",
# "slumped, falling 36% on 2018"): the figure is a change (never after an article: "a rising
# 45% share"); the falling ones give it a minus sign.
RISE_PARTICIPLES: tuple[str, ...] = (
    "rising", "growing", "increasing", "jumping", "climbing", "surging", "soaring", "gaining",
    "advancing",
)  # fmt: skip
FALL_PARTICIPLES: tuple[str, ...] = (
    "falling", "declining", "dropping", "decreasing", "plunging", "shrinking", "slumping",
    "sliding", "slipping", "dipping", "tumbling", "plummeting", "sinking", "contracting",
)  # fmt: skip

# Things counted that no record of ours counts ("Russians bought 9,000 homes", "3,500 jobs",
# "120 weekly flights", "40 hotels", "12,000 Russian students"): a figure numbering them is a
# count with no recorded counterpart, never trade, turnover or visitors.
UNRECORDED_COUNT_NOUNS: tuple[str, ...] = (
    "homes", "houses", "apartments", "flats", "dwellings", "properties", "villas", "residences",
    "real estate units", "housing units",
    "jobs", "vacancies", "job openings", "staff",
    "flights", "weekly flights", "round trips", "seats",
    "hotels", "hotel rooms", "rooms", "beds", "restaurants", "shops", "stores", "branches",
    "students", "pupils", "schools", "universities", "scholarships",
    "patients", "doctors", "hospitals", "marriages", "weddings", "babies", "births",
    "residence permits", "work permits", "permits", "visas", "citizenships", "passports",
    "ships", "vessels", "tankers", "trucks", "lorries", "wagons", "containers", "cars",
    "vehicles", "buses", "planes", "aircraft", "projects", "contracts", "tenders", "patents",
    "trademarks", "brands", "films", "books", "concerts", "events",
)  # fmt: skip

# People counted as a country's own citizens living abroad ("citizens resident abroad added a
# further 6.7 million"): their arrivals are a series of their own, apart from foreign visitors,
# and no record of ours holds it (the records count foreigners, or all visitors together).
RESIDENTS_ABROAD: tuple[str, ...] = (
    "citizens resident abroad", "citizens residing abroad", "citizens living abroad",
    "citizens abroad", "nationals resident abroad", "nationals residing abroad",
    "nationals living abroad", "nationals abroad", "residents abroad", "living abroad",
    "resident abroad", "residing abroad", "expatriates", "expats", "diaspora",
)  # fmt: skip

# Companies that sell gas abroad, with their country: a figure said of one ("Gazprom's exports
# to Turkey", "Gazprom supplied 15.5 bcm") is the company's sales, which its own records
# measure; a country's imports from the company's country count every seller, re-exports and
# calendar years the company may count otherwise.
GAS_SELLERS: dict[str, str] = {"Gazprom Export": "RUS", "Gazprom": "RUS"}

# Words that open a clause giving the reason for a figure ("imports reached $58.9 billion, as
# the country paid more for gas and oil", "fell to $45 billion, mostly because gas became
# cheaper"): the goods such a clause names explain the figure, they are not what it counts.
# Written after a comma (the comma is part of the cue).
REASON_CUES: tuple[str, ...] = (
    "as", "because", "mostly because", "mainly because", "largely because", "partly because",
    "chiefly because", "due to", "owing to", "thanks to", "on the back of", "amid", "after",
    "reflecting", "mostly due to", "mainly due to", "largely due to", "following", "in the wake of",
)  # fmt: skip

# Seasons by their calendar months (first, last); winter runs from December into the next
# year. No record counts seasons, so a season is shown, never compared.
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}


def alternation(phrases: tuple[str, ...] | list[str]) -> str:
    """A regular-expression alternation of the phrases, longest first, a space matching any
    whitespace (no anchors: the caller adds word boundaries)."""
    ordered = sorted(dict.fromkeys(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(word) for word in p.split()) for p in ordered)


# Verbs that multiply a quantity, with the factor ("exports tripled", "trade roughly doubled
# since 2010", "arrivals halved in 2020"): a change of (factor - 1) x 100 percent. Past or
# perfect forms only: "aims to double trade" is a goal whose figure is written elsewhere.
MULTIPLYING_VERBS: dict[str, float] = {
    "doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "quintupled": 5.0,
    "halved": 0.5,
}  # fmt: skip
# Verbs of growth before "N-fold" or "N times" ("grew fivefold", "rose 2.5 times"): the same.
GROWTH_VERBS: tuple[str, ...] = (
    "grew", "rose", "increased", "jumped", "surged", "soared", "climbed", "expanded",
    "multiplied", "has grown", "have grown", "had grown", "has risen", "have risen",
    "had risen", "has increased", "have increased", "had increased", "has multiplied",
)  # fmt: skip

# Past forms that do not end in -ed ("By 2019 Russia sent 7 million tourists", "by 2021 trade
# grew to $33 billion"): with a deadline year, a level reached by then, not a goal (a goal is
# said with "will", "aims", "expects" ...). Verbs ending in -ed are recognised by their ending.
IRREGULAR_PAST_VERBS: tuple[str, ...] = (
    "was", "were", "had", "sent", "sold", "bought", "grew", "rose", "fell", "hit", "took",
    "made", "brought", "became", "stood", "came", "went", "drew", "ran", "paid", "spent", "led",
    "won", "got", "built", "began", "saw", "gave", "held", "left", "met", "put", "shot", "sank",
    "slid", "swung", "overtook", "outstripped",
)  # fmt: skip

# Time phrases that may open a sentence before its subject ("A year earlier they were $5.8
# billion", "The previous year it stood at 24 bcm"): the pronoun after them is the subject.
TIME_OPENERS: tuple[str, ...] = (
    "a year earlier", "a year before", "a year ago", "the year before", "the previous year",
    "the preceding year", "the prior year", "in the previous year", "in the preceding year",
    "last year", "that year", "this year", "then", "back then", "at the time", "by contrast",
    "meanwhile", "previously", "earlier", "two years earlier", "a decade earlier",
)  # fmt: skip

# Turkish words kept in English copy that quotes Turkish tables ("450 bin ton", "2,5 milyar
# dolar", "Ocak 2023"): scales, a currency and the months, read as their English equivalents.
TURKISH_SCALES: dict[str, float] = {"bin": 1e3, "milyon": 1e6, "milyar": 1e9, "trilyon": 1e12}
# "bin" is an English word too: a scale only before a unit, currency or counted noun of a
# Turkish table ("450 bin ton", "120 bin dolar", "800 bin kişi").
TURKISH_BIN_BEFORE: tuple[str, ...] = (
    "ton", "tons", "tonnes", "dolar", "dollars", "avro", "euro", "euros", "TL", "USD", "kişi",
    "kisi", "turist", "ziyaretçi", "ziyaretci", "varil", "barrels", "metreküp", "m3", "m³",
    "adet",
)  # fmt: skip
TURKISH_CURRENCY_WORDS: dict[str, str] = {"dolar": "USD", "avro": "EUR"}
TURKISH_MONTHS: dict[str, int] = {
    "ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5,
    "haziran": 6, "temmuz": 7, "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9, "ekim": 10,
    "kasım": 11, "kasim": 11, "aralık": 12, "aralik": 12,
}  # fmt: skip

# Words that scope a gas figure to one way in ("at the Ipsala entry point", "through the
# Western line", "the Marmara Ereglisi terminal"): a figure said of one route or entry point
# that the reader cannot name is never compared with the total of all routes.
ONE_ROUTE_NOUNS: tuple[str, ...] = (
    "entry point", "border point", "exit point", "interconnection point", "interconnector",
    "landfall", "landing point", "terminal", "border crossing", "metering station",
    "compressor station",
)  # fmt: skip

# A part of a gas route named by the country it lies in or feeds ("the Turkish string",
# "the Turkish leg of the pipeline", "the Turkish offshore section"): where the gas goes or
# passes, never who sells it (the route's own ends say that).
ROUTE_PART_NOUNS: tuple[str, ...] = (
    "string", "strings", "leg", "legs", "line", "lines", "section", "sections", "stretch",
    "segment", "segments", "branch", "spur", "entry point", "entry points", "exit point",
)  # fmt: skip

# Goods a country is known to sell, not buy: a nationality adjective before "<goods> imports"
# ("Russian gas imports", "Azerbaijani gas purchases", "Iraqi crude imports") names the goods'
# origin, never the importer (background knowledge of net exporters, as data; "Turkish gas
# imports" stays Turkey's own imports).
EXPORTER_GOODS: dict[str, tuple[str, ...]] = {
    "RUS": ("gas", "natural gas", "pipeline gas", "oil", "crude", "crude oil", "lng", "coal",
            "wheat", "grain", "diesel", "fuel", "energy", "oil product", "oil products"),
    "AZE": ("gas", "natural gas", "pipeline gas", "oil", "crude", "crude oil"),
    "IRN": ("gas", "natural gas", "pipeline gas", "oil", "crude", "crude oil"),
    "IRQ": ("oil", "crude", "crude oil"),
    "KAZ": ("oil", "crude", "crude oil"),
    "QAT": ("lng", "gas"),
    "DZA": ("lng", "gas", "natural gas"),
    "NGA": ("lng", "oil", "crude"),
    "NOR": ("gas", "natural gas", "oil", "crude", "lng"),
    "USA": ("lng",),
}  # fmt: skip
IMPORT_NOUNS_AFTER_GOODS: tuple[str, ...] = ("imports", "import", "purchases", "receipts")

# A trade balance (factcheck/extraction/balance.py): the words for a deficit (the owner's
# exports fall short of its imports: a negative balance) and for a surplus, and the verbs
# whose subject owns the balance ("Turkey ran a deficit", "Russia posted a surplus").
DEFICIT_WORDS: tuple[str, ...] = ("deficit", "deficits", "trade gap", "shortfall")
SURPLUS_WORDS: tuple[str, ...] = ("surplus", "surpluses")
BALANCE_OWNER_VERBS: tuple[str, ...] = (
    "ran", "runs", "run", "running", "posted", "posts", "recorded", "records", "had", "has",
    "registered", "registers", "reported", "reports", "logged", "logs", "saw", "sees",
    "showed", "shows", "incurred", "incurs", "accumulated", "accumulates", "booked", "books",
    "enjoyed", "enjoys", "racked up",
)  # fmt: skip
# Verbs that leave the country after them with a balance ("leaving Türkiye with a deficit of
# $35.8 billion"): that country owns it.
BALANCE_LEAVING_VERBS: tuple[str, ...] = ("leaving", "left", "leaves", "leave")
# A balance of something other than all goods ("a surplus in services", "the energy deficit",
# "the budget deficit"): never the goods balance exports minus imports measures.
OTHER_BALANCE_WORDS: tuple[str, ...] = (
    "services", "service", "tourism", "travel", "current account", "current-account",
    "budget", "fiscal", "primary", "energy", "gas", "oil", "agricultural", "agri-food", "food",
    "payments", "capital account", "financial account", "investment income",
)  # fmt: skip

# A heading over a list ("Quarterly profile (imports from Russia):", "Gas imports by
# supplier, 2023 (bcm):") lends its frame to the list's lines when it names a flow, goods or
# a unit (factcheck/extraction/list_heading.py); also when it names a country, a year or a
# bracket. Plain topic headings ("Key facts:", "Highlights:") lend nothing.
LIST_HEADING_WORDS: tuple[str, ...] = (
    "imports", "import", "imported", "exports", "export", "exported", "trade", "turnover",
    "arrivals", "visitors", "tourists", "visits", "gas", "lng", "oil", "crude", "pipeline",
    "supplier", "suppliers", "bcm", "tonnes", "barrels", "kb/d", "share", "shares",
    "deliveries", "purchases", "flows", "inflows", "shipments",
)  # fmt: skip
# "... by supplier:" lists partners the goods come from; "... by destination:" those they go to.
LIST_SOURCE_WORDS: tuple[str, ...] = (
    "supplier", "suppliers", "source", "sources", "origin", "country of origin", "nationality",
    "source country", "source market", "source markets",
)  # fmt: skip
LIST_DESTINATION_WORDS: tuple[str, ...] = (
    "destination", "destinations", "market", "markets", "buyer", "buyers", "customer",
    "customers",
)  # fmt: skip

# A clause of cause that opens a sentence ("After the downing of a Russian jet in November
# 2015, arrivals fell by 76%"): a date in it dates the event, not the figures after it. The
# words that, alone beside its date, make it a date only ("After 2015,", "Following the first
# half of 2023,"), which still dates the figure.
LEADING_REASON_CUES: tuple[str, ...] = (
    "after", "following", "in the wake of", "in the aftermath of", "because of", "due to",
    "as a result of", "owing to",
)  # fmt: skip
DATE_ONLY_WORDS: tuple[str, ...] = (
    "the", "a", "an", "of", "in", "during", "year", "years", "month", "months", "first",
    "second", "third", "fourth", "last", "half", "quarter", "end", "start", "beginning",
    "early", "late", "mid", "middle", "period", "same", "previous", "calendar", "fiscal",
    "season", "summer", "winter", "spring", "autumn",
)  # fmt: skip
# Periods named by an event rather than a calendar ("before the pandemic", "pre-war levels",
# "since the invasion", "in the year before sanctions"; factcheck/extraction/events.py): a
# figure dated so is never dated by the document. The events, as nouns and as the stems of
# "pre-" and "post-" adjectives; and the words of time that name a period by them.
EVENT_NOUNS: tuple[str, ...] = (
    "pandemic", "covid", "covid-19", "coronavirus", "coronavirus outbreak", "outbreak",
    "lockdown", "lockdowns", "war", "invasion", "full-scale invasion", "sanctions",
    "embargo", "price cap", "crisis", "financial crisis", "currency crisis", "earthquake",
    "earthquakes", "coup attempt", "annexation", "mobilisation", "mobilization", "conflict",
)  # fmt: skip
EVENT_TIME_WORDS: tuple[str, ...] = (
    "before", "prior to", "since", "after", "until", "till", "ahead of", "during", "following",
    "in the wake of", "in the aftermath of", "in the run-up to", "in the year before",
    "in the years before", "the year before", "the years before", "the year after",
    "in the year after", "up to", "throughout",
)  # fmt: skip
# A word of comparison right before the event's period: the period dates the figure compared
# with ("arrivals are above pre-pandemic levels"), not the figure itself.
EVENT_COMPARISON_WORDS: tuple[str, ...] = (
    "above", "below", "than", "exceeding", "exceeded", "exceeds", "surpassing", "surpassed",
    "compared with", "compared to", "relative to", "versus", "vs", "short of", "beyond",
    "over", "under", "back to", "returned to", "return to", "recovered to", "regained",
    "matching", "matched", "close to", "near", "from", "compared", "against",
)  # fmt: skip

# Tables pasted into a text (factcheck/extraction/tables.py). Headers and labels are compared
# in lower case with only letters, '/', '%' and spaces kept ("% change" -> "% change").
# A caption's opener: "Table 2.", "Figure 1:", "Chart 3 —".
TABLE_CAPTION_OPENERS: tuple[str, ...] = (
    "table", "figure", "chart", "exhibit", "graph", "annex table", "box",
)  # fmt: skip
# A cell that holds no figure: not available, not applicable, nil.
TABLE_EMPTY_CELLS: frozenset[str] = frozenset(
    {"", "n/a", "na", "n.a.", "n.a", "-", "–", "—", "..", "...", "…", "x", "nil", "none", "–*",
     "-*", "n/a*", "tbc", "n.d.", "nd", "not available"}
)  # fmt: skip
# Headers that say a figure is a change, but not against which period.
TABLE_CHANGE_HEADERS: frozenset[str] = frozenset(
    {"change", "% change", "change %", "change, %", "growth", "% growth", "growth %",
     "growth rate", "change in %", "percent change", "per cent change", "pct change", "var %",
     "% var", "change pct", "delta %"}
)  # fmt: skip
# Headers that say a change is against the year before: only these set a change's base.
TABLE_PREVIOUS_YEAR_HEADERS: frozenset[str] = frozenset(
    {"y/y", "yoy", "y/y %", "% y/y", "yoy %", "% yoy", "y/y change", "yoy change",
     "change y/y", "change yoy", "annual change", "annual change %", "% annual change",
     "change on previous year", "change on the previous year", "change from previous year",
     "change over previous year", "change vs previous year", "on previous year",
     "year on year", "year-on-year", "yearonyear", "year on year %", "year on year change",
     "annual growth", "annual growth %", "% change y/y", "% change yoy", "change on a year earlier"}
)  # fmt: skip
# Headers that say a figure is a share of a whole.
TABLE_SHARE_HEADERS: frozenset[str] = frozenset(
    {"share", "share %", "% share", "share of total", "% of total", "share in total",
     "share of imports", "share of total imports", "share of exports", "% of imports",
     "% of exports", "market share", "share of supply", "share of total supply", "%"}
)  # fmt: skip
# Headers that say nothing of what is measured ("Volume", "Value"): the caption says it.
TABLE_GENERIC_HEADERS: frozenset[str] = frozenset(
    {"", "volume", "value", "amount", "level", "figure", "figures", "quantity", "data",
     "total volume", "total value", "imports/volume", "year", "years", "period", "country",
     "supplier", "partner", "origin", "source", "destination", "item", "indicator", "measure",
     "series"}
)  # fmt: skip
# Row or column labels for the whole of what the caption counts.
TABLE_TOTAL_LABELS: frozenset[str] = frozenset(
    {"total", "all", "all suppliers", "all countries", "all partners", "world", "grand total",
     "total imports", "total exports", "sum"}
)  # fmt: skip
# Residual labels no record holds ("Other", "Rest of world"): such cells are not read.
TABLE_RESIDUAL_LABELS: frozenset[str] = frozenset(
    {"other", "others", "other countries", "other suppliers", "rest of world",
     "rest of the world", "rest", "other partners", "unallocated", "not specified",
     "others/unspecified", "of which", "memo"}
)  # fmt: skip
# A column that holds each row's unit ("Indicator | Unit | 2020 | 2021"): read into the label.
TABLE_UNIT_HEADERS: frozenset[str] = frozenset({"unit", "units", "unit of measure", "uom"})
# Counted nouns a header names for a count written with no unit ("Visitor arrivals" over
# "5 232 611"): the figure counts them.
TABLE_COUNTED_NOUNS: tuple[str, ...] = (
    "visitors", "tourists", "arrivals", "holidaymakers", "travellers", "travelers", "people",
    "persons",
)  # fmt: skip
# A rank column ("Rank | Country | Visitors"): a label, its numbers read as no figure.
TABLE_RANK_HEADERS: frozenset[str] = frozenset({"rank", "#", "no", "no.", "position", "place"})

# Investment figures of a part the records keep apart (the record breakdowns' names): the
# words that say an investment stock counts both directions ("mutual investments exceed $20
# bn", "investments of the two countries in each other"), and that a count of firms counts
# those set up in the year ("1,363 new companies with Russian capital", "were registered in
# 2022"), not every firm there.
MUTUAL_INVESTMENT_WORDS: tuple[str, ...] = (
    "mutual", "bilateral investments", "two-way", "in each other", "reciprocal",
    "combined investments", "investments of both countries", "investments of the two countries",
)  # fmt: skip
NEW_FIRM_WORDS: tuple[str, ...] = (
    "new", "newly", "were set up", "was set up", "were established", "were founded",
    "were registered", "were incorporated", "were opened", "were created", "set up in",
    "established in", "founded in", "incorporated in",
)  # fmt: skip
