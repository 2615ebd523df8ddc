"""Wire, agency and think-tank sentences of our own (none from the development corpus): a
year that only dates a comparison base, a whole written after 'out of total imports of',
a base that measures what the figure it is compared with measures, the parts after 'of
which' of a whole from every partner, a pronoun pointing back to a flow, a span of months
after 'over', and a period written right before the next figure of a list."""

import pytest

from factcheck.extraction import extract_claims
from tests.factcheck.test_trade_reading import NEGATIVE, checked_text, frame, verdict

# --- a year that only dates a comparison base dates nothing else ----------------------------

BASE_YEAR = checked_text(
    "Ankara's purchases from Russia jumped last year to $58.8 billion.\n\n"
    "The statistics office said imports from Russia rose from $28.96 billion in 2021, an"
    " increase of 103 pct.\n\n"
    "Turkish exports to Russia climbed to about $9.3 billion.",
    "2023-03-01",
)


def test_a_year_that_dates_only_a_base_is_not_the_next_sentences_period():
    row = frame(BASE_YEAR, "9.3", "2023-03-01")
    assert row["period"] == "2022"
    assert verdict(BASE_YEAR, "9.3") not in NEGATIVE


def test_the_base_itself_keeps_its_year():
    assert frame(BASE_YEAR, "28.96", "2023-03-01")["period"] == "2021"


# --- 'out of total imports of': the whole -------------------------------------------------


WHOLES = [
    (checked_text("In 2023 Turkey bought 21.3 bcm of Russian gas out of total imports of 50.5"
                  " bcm.", "2024-05-01"), "50.5"),
    (checked_text("Russian gas made up 21 bcm of Turkey's total gas imports of about 50 bcm in"
                  " 2023.", "2024-05-01"), "50 bcm"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "which"), WHOLES)
def test_total_imports_after_a_supplier_figure_are_from_every_partner(text, which):
    row = frame(text, which, "2024-05-01")
    assert (row["indicator"], row["reporter"], row["partner"]) == ("gas_imports", "TUR", "WLD")
    assert verdict(text, which) == "accurate"


# --- a comparison base measures what its figure measures ------------------------------------

CONSUMPTION = checked_text(
    "Rosatom is building Akkuyu for Turkey. Turkey's gas consumption was 50.96 bcm in 2024, up"
    " from 48.1 bcm in 2023.",
    "2025-04-01",
)


def test_a_bare_base_of_consumption_is_consumption():
    row = frame(CONSUMPTION, "48.1", "2025-04-01")
    assert (row["indicator"], row["partner"], row["period"]) == ("gas_consumption", "WLD", "2023")
    assert verdict(CONSUMPTION, "48.1") == "accurate"


EVERY_VISITOR = checked_text(
    "Türkiye hosted 62.3 million visitors in 2024, up from 56.7 million a year earlier, and"
    " Russians were again the biggest group.",
    "2025-02-01",
)


def test_a_base_of_every_visitor_counts_every_visitor():
    text = EVERY_VISITOR
    row = frame(text, "56.7", "2025-02-01")
    assert (row["indicator"], row["partner"], row["period"]) == (
        "visitor_arrivals_all", "WLD", "2023",
    )  # fmt: skip
    assert verdict(text, "56.7") == "accurate"


def test_a_base_that_names_its_own_quantity_keeps_it():
    row = frame(
        "Turkey's gas consumption was 50.96 bcm in 2024, compared with imports of 21 bcm from"
        " Russia.",
        "21 bcm",
        "2025-04-01",
    )
    assert row["indicator"] == "gas_imports"


# --- the parts after 'of which' of a whole from every partner ------------------------------

PARTS = checked_text(
    "Akkuyu is being built by Rosatom. Turkey's gas imports were 50.48 bcm in 2023, of which"
    " 36.21 bcm came by pipeline and 14.27 bcm as liquefied natural gas.",
    "2024-06-01",
)


@pytest.mark.parametrize(("which", "product"), [("36.21", "pipeline_gas"), ("14.27", "lng")])
def test_parts_of_a_whole_from_every_partner_are_from_every_partner(which, product):
    row = frame(PARTS, which, "2024-06-01")
    assert (row["partner"], row["product"]) == ("WLD", product)
    assert verdict(PARTS, which) not in NEGATIVE


UNNAMED_PART = checked_text(
    "Turkey imported 50.48 bcm of gas in 2023, of which 20 bcm went to power plants.",
    "2024-06-01",
)


def test_a_part_that_names_no_product_is_never_faulted_against_the_whole():
    text = UNNAMED_PART
    assert "indicator_inferred" in frame(text, "20 bcm", "2024-06-01")["reading_notes"]
    assert verdict(text, "20 bcm") not in NEGATIVE


# --- a pronoun pointing back to a flow ------------------------------------------------------

POINTED_BACK = checked_text(
    "Turkish imports from Russia fell to $15.5 billion in 2016. They recovered to $20.1bn in"
    " 2017 and $22.7bn in 2018.\n\nTurkish exports to Russia were $1.8bn in 2016. They reached"
    " $4.15bn in 2019.\n\nRussia's share of Turkey's imports was 10.99% in 2019. In 2020 it was"
    " 8.1 per cent and in 2021 10.7 per cent.",
    "2025-01-10",
)


@pytest.mark.parametrize(
    ("which", "flow", "period"),
    [("20.1", "import", "2017"), ("22.7", "import", "2018"), ("4.15", "export", "2019"),
     ("8.1 per", "import", "2020"), ("10.7 per", "import", "2021")],
)  # fmt: skip
def test_they_or_it_continues_the_flow_before(which, flow, period):
    row = frame(POINTED_BACK, which, "2025-01-10")
    assert (row["reporter"], row["partner"], row["flow"], row["period"]) == (
        "TUR", "RUS", flow, period,
    )  # fmt: skip
    assert verdict(POINTED_BACK, which) == "accurate"


def test_a_pronoun_with_a_country_of_its_own_is_not_pointed_back():
    row = frame(
        "Turkish exports to Russia were $1.8bn in 2016. They and Russia traded $20bn in 2017.",
        "$20bn",
        "2025-01-10",
    )
    assert row["flow"] == "total"


# --- a span of months after 'over' is the figure's period -----------------------------------


def test_a_span_of_months_after_over_is_the_period():
    row = frame(
        "Imports from Russia over January–September 2022 were about $44bn.", "44", "2023-01-10"
    )
    assert row["period"] == "2022-01/2022-09"


# --- 'that year' after a list of years ------------------------------------------------------

THAT_YEAR = checked_text(
    "Russian pipeline gas deliveries to Turkey were 26.6 bcm in 2015 and 23.2 bcm in 2016, before"
    " falling to 14.6 bcm in 2019. Turkey's total pipeline imports that year were 31.3 bcm.",
    "2025-06-01",
)


def test_that_year_after_several_years_is_the_nearest_and_only_a_guess():
    row = frame(THAT_YEAR, "31.3", "2025-06-01")
    assert (row["period"], row["partner"]) == ("2019", "WLD")
    assert "period_inferred" in row["reading_notes"].split(";")
    assert verdict(THAT_YEAR, "31.3") not in NEGATIVE


def test_that_year_after_one_year_and_its_base_is_that_year():
    row = frame(
        "Turkey imported 26 bcm of Russian gas in 2021, up from 16 bcm in 2020. Its total imports"
        " that year were 57 bcm.",
        "57 bcm",
        "2023-06-01",
    )
    assert row["period"] == "2021"
    assert "period_inferred" not in row["reading_notes"].split(";")


# --- the year a goal was set is not its deadline --------------------------------------------

GOAL_SET = checked_text(
    "Putin and Erdogan first announced the $100 billion trade goal in 2010, when turnover stood"
    " at around $26 billion.",
    "2024-02-01",
)


def test_the_year_a_goal_was_set_is_not_the_year_it_is_due():
    row = frame(GOAL_SET, "100", "2024-02-01")
    assert (row["measure"], row["period"]) == ("target", "")
    assert verdict(GOAL_SET, "100") != "target_missed"


def test_a_goal_for_a_year_keeps_its_year():
    row = frame(
        "Ankara and Moscow aim to raise trade to $100 billion in 2023.", "100", "2022-02-01"
    )
    assert (row["measure"], row["period"]) == ("target", "2023")


# --- years, currencies and units as agencies write them -------------------------------------


def test_a_year_before_a_counted_noun_is_a_year():
    rows = extract_claims("By 2022 arrivals had rebounded to 51.4 million.", "t.txt", "2023-03-01")
    assert list(rows["value"]) == [51.4e6]
    assert rows.iloc[0]["period"] == "2022"


LIRA = checked_text(
    "Russian buyers paid more than 140 billion lira for Turkish goods in 2022, or TL 12 billion a"
    " month, and ₺4 bn went unpaid; Moscow put its exports at 300 mln roubles.",
    "2023-03-01",
)


@pytest.mark.parametrize("which", ["140 billion", "TL 12", "₺4", "300 mln"])
def test_lira_and_roubles_are_never_read_as_dollars(which):
    row = frame(LIRA, which, "2023-03-01")
    assert row["unit"] == "unknown"
    assert verdict(LIRA, which) == "unverifiable"


PCT = checked_text("Turkey's imports from Russia rose 103 pct in 2022.", "2023-03-01")


def test_pct_is_a_percent_and_a_change_may_exceed_a_hundred():
    row = frame(PCT, "103", "2023-03-01")
    assert (row["unit"], row["measure"], row["flag"]) == ("percent", "change", "")
    assert verdict(PCT, "103") == "accurate"  # 58.85 / 28.96 billion dollars: +103.2%


DAILY = checked_text("TurkStream has a capacity of 42 mcm/d, Gazprom said in 2021.", "2021-12-01")


def test_a_daily_capacity_keeps_its_daily_unit():
    row = frame(DAILY, "42", "2021-12-01")
    assert (row["indicator"], row["unit"], row["value"]) == ("pipeline_capacity", "mcm_per_day", 42)
    assert row["flag"] == ""
    assert verdict(DAILY, "42") not in NEGATIVE


# --- 'year-to-date', 'so far this year', 'since January' ----------------------------------

TO_DATE = checked_text(
    "Turkey bought 5.5 million tonnes of Russian oil products in 2021. Year-to-date, Russian"
    " crude accounted for roughly a quarter of Turkey's crude imports. Gazprom said it had"
    " exported 8.4 bcm to Turkey since January. So far this year imports from Russia were $30"
    " billion.",
    "2022-09-09",
)


@pytest.mark.parametrize("which", ["a quarter", "8.4", "$30"])
def test_a_span_to_date_has_no_period_a_record_can_match(which):
    row = frame(TO_DATE, which, "2022-09-09")
    assert (row["period"], row["period_granularity"]) == ("", "none")
    assert "not name" in row["period_note"]
    assert verdict(TO_DATE, which) == "unverifiable"


# --- two flows written as verbs -------------------------------------------------------------

VERBS = checked_text(
    "In the first half of 2025, Turkey imported Russian goods worth $20.97 billion and exported"
    " $2.84 billion.",
    "2026-02-10",
)


def test_the_nearer_verb_gives_the_flow_and_the_sides_turn():
    row = frame(VERBS, "2.84", "2026-02-10")
    assert (row["reporter"], row["partner"], row["flow"]) == ("TUR", "RUS", "export")
    assert verdict(VERBS, "2.84") not in NEGATIVE
    first = frame(VERBS, "20.97", "2026-02-10")
    assert (first["reporter"], first["partner"], first["flow"]) == ("TUR", "RUS", "import")


def test_a_second_flow_with_its_own_country_keeps_it():
    row = frame(
        "Moscow counts its exports to Turkey at $21.1 billion and imports from Turkey at $4.9"
        " billion in 2019.",
        "4.9",
        "2020-05-01",
    )
    assert (row["reporter"], row["partner"], row["flow"]) == ("RUS", "TUR", "import")


# --- goods named as the subject before an aside in brackets ---------------------------------

GOODS = checked_text(
    "Mineral fuels (HS chapter 27) accounted for $30.37 billion of imports from Russia in 2025.",
    "2026-02-10",
)


def test_goods_before_an_aside_are_the_clauses_goods():
    # the HS code in the aside names the chapter, checked against its records (h-read8)
    row = frame(GOODS, "30.37", "2026-02-10")
    assert (row["product"], row["breakdown"]) == ("HS27", "")
    assert verdict(GOODS, "30.37") not in NEGATIVE


def test_goods_before_an_aside_with_no_code_are_the_clauses_goods():
    text = "Mineral fuels (mostly gas and oil) accounted for $30.37 billion of imports from Russia."
    row = frame(checked_text(text, "2026-02-10"), "30.37", "2026-02-10")
    assert (row["product"], row["breakdown"]) == ("", "mineral fuels")


# --- monthly totals of a tourism story ----------------------------------------------------

MONTHS = checked_text(
    "Türkiye received 62.3 million visitors in 2024, and 6.7 million Russians came.\n\nTotal"
    " arrivals rose to 8.43 million in July 2024. In August 2024 the country hosted 7.74 million"
    " visitors, while September brought another 6.87 million.\n\nJanuary saw 2.8 million"
    " arrivals and February 2.88 million, while December closed the year with 3.4 million.",
    "2025-11-20",
)


@pytest.mark.parametrize(
    ("which", "period"),
    [("8.43", "2024-07"), ("7.74", "2024-08"), ("6.87", "2024-09"), ("2.8 m", "2024-01"),
     ("2.88", "2024-02"), ("3.4", "2024-12")],
)  # fmt: skip
def test_monthly_totals_count_every_visitor_of_the_year_spoken_of(which, period):
    row = frame(MONTHS, which, "2025-11-20")
    assert (row["indicator"], row["reporter"], row["partner"], row["period"]) == (
        "visitor_arrivals_all", "TUR", "WLD", period,
    )  # fmt: skip
    assert verdict(MONTHS, which) not in NEGATIVE


def test_a_month_and_day_is_still_a_date():
    rows = extract_claims(
        "On February 24 Russia invaded Ukraine; imports rose to $5 billion in March 2022.",
        "t.txt",
        "2022-06-01",
    )
    assert list(rows["quote"]) == ["$5 billion"]


def test_total_arrivals_beside_a_clause_on_russians_count_everyone():
    text = checked_text(
        "In 2020 only 2.13 million Russians came, while total arrivals plunged to just under 16"
        " million.",
        "2021-03-01",
    )
    row = frame(text, "16 million", "2021-03-01")
    assert (row["indicator"], row["partner"]) == ("visitor_arrivals_all", "WLD")


# --- a month named alone after figures of another year --------------------------------------

MONTH_AFTER = checked_text(
    "Turkey's imports from Russia fell to $41.77 billion in 2025, TurkStat said. Monthly imports"
    " peaked at $4.12 billion in January. Imports in January-September totalled $31.44 billion."
    " In the fourth quarter imports came to $10.33 billion.",
    "2026-02-10",
)


@pytest.mark.parametrize(
    ("which", "period"),
    [("4.12", "2025-01"), ("31.44", "2025-01/2025-09"), ("10.33", "2025-10/2025-12")],
)
def test_a_month_without_its_year_takes_the_year_spoken_of(which, period):
    row = frame(MONTH_AFTER, which, "2026-02-10")
    assert (row["period"], row["reporter"], row["partner"], row["breakdown"]) == (
        period, "TUR", "RUS", "",
    )  # fmt: skip
    assert verdict(MONTH_AFTER, which) == "accurate"


def test_a_month_after_figures_of_long_before_is_read_against_the_date():
    text = checked_text(
        "Turkey bought 5.4 million tonnes of Russian crude in 2021 and 3.3 million tonnes in 2019."
        " Imports of Russian oil products were 755,410 tonnes in July.",
        "2022-09-09",
    )
    assert frame(text, "755,410", "2022-09-09")["period"] == "2022-07"


# --- money that is no flow of goods -----------------------------------------------------------

NOT_TRADE = checked_text(
    "Turkey's exports to Russia reached $9.3 billion in 2022. One exporter said he was owed around"
    " 2.5 million euros, and bankers put between $2 billion and $3 billion in payments on hold in"
    " the fourth quarter. A Turkish builder signed a €1.2 billion deal in Moscow.",
    "2023-02-01",
)


@pytest.mark.parametrize("which", ["2.5 million euros", "$2 billion and", "€1.2"])
def test_debts_payments_and_deals_are_not_trade(which):
    row = frame(NOT_TRADE, which, "2023-02-01")
    assert row["indicator"] != "merchandise_trade"
    assert verdict(NOT_TRADE, which) == "unverifiable"


def test_trade_written_near_a_deal_stays_trade():
    row = frame("Under the deal, trade is to reach $100 billion by 2030.", "100", "2024-01-01")
    assert (row["indicator"], row["measure"]) == ("merchandise_trade", "target")


# --- a bare comparison base takes the unit of its figure -------------------------------------


def test_a_bare_base_takes_the_unit_of_the_figure_it_is_compared_with():
    row = frame(
        "In H1 2023 Russians made 2.3 million trips to Turkey, compared with 2.65 million in the"
        " first half of 2019.",
        "2.65",
        "2023-09-01",
    )
    assert (row["indicator"], row["unit"], row["period"]) == (
        "outbound_trips", "trips", "2019-01/2019-06",
    )  # fmt: skip


# --- ', or X' restates the figure before ------------------------------------------------------

RESTATED = checked_text(
    "Russia delivered 21.6 bcm in 2022 and 21.34 bcm in 2023, or 42.27% of Turkey's gas imports.",
    "2024-05-01",
)


def test_a_figure_after_or_restates_the_one_before_and_its_period():
    row = frame(RESTATED, "42.27", "2024-05-01")
    assert (row["period"], row["indicator"], row["partner"]) == ("2023", "gas_import_share", "RUS")
    assert verdict(RESTATED, "42.27") == "accurate"


def test_by_a_year_with_a_verb_of_supply_in_the_past_is_a_level():
    row = frame(
        "By 2023, Russia supplied 51% of Turkey's oil imports, or 10.7 million tonnes.",
        "10.7",
        "2024-05-01",
    )
    assert (row["measure"], row["period"]) == ("level", "2023")


# --- a bare base of trade and 'That compares with' -------------------------------------------


def test_a_bare_base_of_turnover_is_turnover_between_the_same_sides():
    row = frame(
        "Russian sources put bilateral trade in 2024 at $55 billion, down from $62 billion a year"
        " earlier.",
        "62",
        "2025-02-01",
    )
    assert (row["flow"], row["period"], {row["reporter"], row["partner"]}) == (
        "total", "2023", {"RUS", "TUR"},
    )  # fmt: skip


COMPARES = checked_text(
    "Turkey imported 5.58 million tonnes of Russian crude oil in the first seven months of 2022."
    " That compares with 5.4 million tonnes for the whole of 2021 and 3.3 million tonnes in 2020.",
    "2022-09-09",
)


@pytest.mark.parametrize("which", ["5.4", "3.3"])
def test_that_compares_with_counts_the_product_before(which):
    row = frame(COMPARES, which, "2022-09-09")
    assert row["product"] == "crude_oil"
    assert verdict(COMPARES, which) == "accurate"
