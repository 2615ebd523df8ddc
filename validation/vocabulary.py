"""Closed lists shared by every table: units, flows, tiers, period types, indicators."""

# Canonical units. Values are stored in these base units (USD, not USD million).
UNITS: dict[str, str] = {
    "USD": "US dollars (current)",
    "EUR": "euros (current)",
    "bcm": "billion cubic metres of natural gas",
    "bcm_per_year": "billion cubic metres a year (pipeline capacity or rate)",
    "mcm_per_day": "million cubic metres a day",
    "TJ": "terajoules, gross calorific value",
    "tonnes": "metric tonnes",
    "barrels_per_day": "barrels a day",
    "persons": "persons (arrivals or people)",
    "trips": "trips recorded at the border",
    "percent": "percent (0-100)",
    "rank": "position in a ranking (1 = first)",
    "count": "a count of things (firms, pipeline strings, reactor units)",
    "MW": "megawatts of electric capacity",
    "USD_per_kWh": "US dollars per kilowatt-hour",
    "km": "kilometres",
}

# Units whose values can never be negative (every unit we hold today).
NON_NEGATIVE_UNITS = frozenset(UNITS)

FLOWS: dict[str, str] = {
    "export": "goods or energy leaving the reporter for the partner",
    "import": "goods or energy entering the reporter from the partner",
    "total": "exports plus imports (trade turnover)",
    "balance": "the reporter's exports to the partner minus its imports from it (a deficit is"
    " negative)",
    "consumption": "domestic consumption, no partner",
    "arrivals": "visitors arriving in the reporter from the partner",
    "departures": "trips by the reporter's residents to the partner",
    "capacity": "design or contracted capacity of a facility",
    "inflow": "investment flow into the reporter from the partner",
    "stock": "a stock or cumulative level stated at a date",
    "none": "no flow: a count of things no record counts (homes, jobs, flights)",
}

# Source tiers, strongest first. The first three are the project's published scale;
# `unattributed` holds page figures that name no official source.
TIERS: dict[str, str] = {
    "official_release": "official statistical release (statistics office, customs, IMF, Eurostat,"
    " IEA, World Bank, or an established statistical review)",
    "official_reported": "official statistic as reported by the press (the article names the"
    " statistical source)",
    "official_statement": "a figure stated by an official (minister, president, ambassador,"
    " state company)",
    "unattributed": "a figure in press or literature that names no official source",
}
TIER_RANK = {tier: rank for rank, tier in enumerate(TIERS)}
TIER_LABELS = {
    "official_release": "official statistics",
    "official_reported": "official figure reported by the press",
    "official_statement": "statement by an official",
    "unattributed": "unattributed figure",
}

PERIOD_TYPES: dict[str, str] = {
    "year": "a full calendar year: YYYY",
    "month": "one calendar month: YYYY-MM",
    "partial_year": "part of a year: YYYY-MM/YYYY-MM; never compare with a full year",
    "as_of": "a level or stock stated in that year (YYYY), not a period total",
    "design": "a design or planned figure announced in that year (YYYY)",
    "year_span": "a statement that explicitly covers every year of a span, the first to the"
    " last (YYYY/YYYY), with the one value it says held in each (a place kept 'every year"
    " since'): never a total or an average over the span, and no per-year figure is filled"
    " in; only a rank (SPAN_UNITS)",
}
# What a year_span row may hold: a place kept in each year of the span. A level said to hold
# "every year" would be a rounded figure, not a record of each year.
SPAN_UNITS = frozenset({"rank"})

QUALIFIERS: dict[str, str] = {
    "exact": "the figure as published",
    "approx": "the source says about / around / nearly, or rounds visibly",
    "at_least": "the source says more than / exceeded / over",
    "at_most": "the source says up to / less than",
    "estimated_from_partner": "the publisher estimated the reporter's figure from the partner's"
    " data (not the reporter's own record: never a mirror of, or a confirmation of, the"
    " partner's figure)",
}

# Indicator -> (description, allowed units).
INDICATORS: dict[str, tuple[str, frozenset[str]]] = {
    "merchandise_trade": (
        "merchandise trade value (exports FOB, imports CIF unless noted)",
        frozenset({"USD", "EUR"}),
    ),
    "merchandise_trade_weight": ("merchandise trade net weight", frozenset({"tonnes"})),
    "merchandise_trade_share": (
        "partner's share of the reporter's trade (percent)",
        frozenset({"percent"}),
    ),
    "merchandise_trade_rank": ("partner's rank among the reporter's partners", frozenset({"rank"})),
    "trade_composition_share": (
        "share of a product group in bilateral trade (percent)",
        frozenset({"percent"}),
    ),
    "trade_direction_share": (
        "one direction's share of bilateral trade turnover (reporter's exports or imports)",
        frozenset({"percent"}),
    ),
    "gas_imports": ("natural gas imports", frozenset({"bcm", "TJ"})),
    "gas_import_share": ("partner's share of gas imports", frozenset({"percent"})),
    "gas_consumption_share": (
        "partner's share of the reporter's gas consumption (not of its imports)",
        frozenset({"percent"}),
    ),
    "oil_consumption_share": (
        "partner's share of the reporter's oil consumption (not of its imports)",
        frozenset({"percent"}),
    ),
    "gas_entry_flow": ("gas flow at a border entry point", frozenset({"bcm"})),
    "gas_consumption": ("natural gas consumption", frozenset({"bcm"})),
    "gas_supplier_sales": ("gas sold by a supplier company to the partner", frozenset({"bcm"})),
    "gas_customer_rank": (
        "partner's rank among a supplier's export customers",
        frozenset({"rank"}),
    ),
    "gas_import_rank": (
        "partner's rank among the reporter's gas suppliers (1 = largest)",
        frozenset({"rank"}),
    ),
    "oil_import_rank": (
        "partner's rank among the reporter's oil suppliers (1 = largest)",
        frozenset({"rank"}),
    ),
    "import_dependence": (
        "share of the reporter's demand met by imports (percent)",
        frozenset({"percent"}),
    ),
    "oil_imports": (
        "crude oil and/or oil products imports",
        frozenset({"tonnes", "barrels_per_day"}),
    ),
    "oil_import_share": ("partner's share of oil imports", frozenset({"percent"})),
    "coal_imports": ("coal imports", frozenset({"tonnes"})),
    "pipeline_capacity": ("pipeline design capacity", frozenset({"bcm_per_year", "mcm_per_day"})),
    "pipeline_strings": ("number of parallel pipeline strings", frozenset({"count"})),
    "power_plant_units": ("number of reactor units", frozenset({"count"})),
    "power_plant_capacity": ("installed or planned electric capacity", frozenset({"MW"})),
    "power_plant_cost": ("estimated construction cost", frozenset({"USD"})),
    "power_purchase_price": ("guaranteed electricity purchase price", frozenset({"USD_per_kWh"})),
    "tourist_arrivals_international": (
        "international tourist arrivals, all non-residents (UN Tourism via World Bank)",
        frozenset({"persons"}),
    ),
    "visitor_arrivals_foreign": (
        "foreign visitors arriving (by nationality; WLD = all foreigners)",
        frozenset({"persons"}),
    ),
    "visitor_arrivals_all": (
        "all visitors arriving, foreigners plus citizens resident abroad",
        frozenset({"persons"}),
    ),
    "visitor_arrivals_share": ("nationality's share of foreign arrivals", frozenset({"percent"})),
    "visitor_arrivals_rank": ("nationality's rank among foreign arrivals", frozenset({"rank"})),
    "outbound_trips": ("trips abroad by the reporter's residents", frozenset({"trips"})),
    "outbound_destination_rank": ("destination's rank among outbound trips", frozenset({"rank"})),
    "fdi_flow": ("foreign direct investment flow", frozenset({"USD"})),
    "investment_stock": ("cumulative investment stated at a date", frozenset({"USD"})),
    "construction_contracts": ("cumulative value of construction contracts", frozenset({"USD"})),
    "firms_with_partner_capital": ("firms with the partner's capital", frozenset({"count"})),
    "workers_in_partner": (
        "the reporter's entrepreneurs and workers in the partner",
        frozenset({"persons"}),
    ),
    # Indicators that documents cite but no dataset records yet: claims about them are
    # unverifiable, and the tool says so rather than guessing.
    "gas_import_value": ("value of natural gas imports", frozenset({"USD"})),
    "trade_balance": (
        "the reporter's exports minus its imports with the partner (a deficit or surplus)",
        frozenset({"USD", "EUR"}),
    ),
    "tourism_receipts": ("what foreign visitors spend in the reporter", frozenset({"USD", "EUR"})),
    "tourism_spending_per_visitor": (
        "average spending of one foreign visitor (per visit or per person)",
        frozenset({"USD", "EUR"}),
    ),
    "fdi_source_rank": ("partner's rank among sources of inward investment", frozenset({"rank"})),
    "economy_rank_world": ("the reporter's rank among the world's economies", frozenset({"rank"})),
    "agreements_signed": ("agreements signed between the pair", frozenset({"count"})),
    "incident_persons": ("people involved in a named incident", frozenset({"persons"})),
    "border_length": ("length of the land border with the partner", frozenset({"km"})),
}

PRODUCTS: dict[str, str] = {
    "TOTAL": "all goods",
    "natural_gas": "natural gas, pipeline and LNG",
    "pipeline_gas": "natural gas by pipeline",
    "lng": "liquefied natural gas",
    "crude_oil": "crude oil",
    "oil_products": "refined oil products",
    "oil_and_products": "crude oil plus oil products",
    "coal": "coal",
    "mineral_fuels": "HS chapter 27 mineral fuels",
    "oil_and_gas": "oil and natural gas together",
    "energy": "energy resources (as stated by the source)",
    "none": "not a traded product (tourism, investment, capacities)",
}
# HS codes are also valid products, written HS2, HS4 or HS6 with the digits: e.g. HS27, HS2711.
HS_PRODUCT_PATTERN = r"HS\d{2}(\d{2}){0,2}"

PARTNER_PATTERN = r"[A-Z]{3}"

# Former Soviet republics other than the Baltic states (BP's "CIS" / "Former Soviet Union"
# rows, Gazprom's "FSU countries" segment). A seller among them may rank its customers with or
# without these buyers ("far abroad" customers only): both readings are kept as bounds.
FORMER_SOVIET = frozenset(
    {"ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "MDA", "RUS", "TJK", "TKM", "UKR", "UZB"}
)

# Codes of residual rows ("Other Europe", "Other EU", "Rest of Europe", "Other CIS"...): each
# is several countries a source does not name, a pool that may hold a partner ranked above
# another; "XUN" is gas of unrecorded origin.
RESIDUAL_CODES = frozenset({"XUN", "XOA", "XOC", "XOE", "XOI", "XOM", "XOP", "XOS", "XOU", "XRE"})
