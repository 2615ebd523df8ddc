"""Readings found wrong when articles of several years were checked at their own dates, fixed
as general rules and tested on sentences of our own (several phrasings each)."""

import pytest

from tests.factcheck.sentences import checked_figure, read_figure, reading_notes


@pytest.fixture(scope="module")
def records(snapshot):
    return snapshot


# --- two routes joined by "and the": the figure is their sum, not the first route's ----------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Russia shipped 26.2 bcm of gas to Turkey last year through Blue Stream and the"
         " Trans-Balkan line.", "2014-11-15"),
        ("Turkey took 26.2 bcm of Russian gas in 2013 via the Blue Stream pipeline and the"
         " Trans-Balkan line.", "2014-03-15"),
        ("Blue Stream and the Trans-Balkan line together carried 26.2 bcm of Russian gas to"
         " Turkey in 2013.", "2015-01-15"),
        ("Turkey imported 26.2 bcm from Russia in 2013 over the Trans-Balkan pipeline and the"
         " Blue Stream line.", "2016-06-15"),
    ],
)  # fmt: skip
def test_routes_joined_by_and_the_are_read_together(records, text, date):
    row = read_figure(text, "26.2", date)
    assert row["breakdown"] == ""
    assert "routes_combined" in reading_notes(row)
    assert row["period"] == "2013"
    checked = checked_figure(records, text, "26.2", date)
    assert checked["verdict"] not in ("understated", "exaggerated", "wrong")


@pytest.mark.parametrize(
    ("text", "which", "route"),
    [
        ("Blue Stream carried 13 bcm and the TurkStream line 5 bcm in 2021.", "13", "Blue Stream"),
        ("Blue Stream carried 13 bcm and the TurkStream line 5 bcm in 2021.", "5 bcm",
         "TurkStream"),
        ("Russia shipped 13.4 bcm through Blue Stream in 2013, and the Trans-Balkan line carried"
         " the rest.", "13.4", "Blue Stream"),
    ],
)  # fmt: skip
def test_each_route_with_its_own_figure_keeps_its_route(text, which, route):
    assert read_figure(text, which, "2022-03-15")["breakdown"] == route


# --- "came to" before a figure is "amounted to", not people arriving -------------------------


@pytest.mark.parametrize(
    ("text", "which", "flow"),
    [
        ("Bilateral trade peaked in 2012, when it came to nearly $34 billion.", "34", "total"),
        ("Last year trade was $33.3 billion, below the peak of 2012, when it came to nearly"
         " $34 billion.", "34", "total"),
        ("Trade between Turkey and Russia came to about $26 billion in 2018.", "26", "total"),
        ("Turkey's imports from Russia peaked in 2012, when they came to $26.6 billion.", "26.6",
         "import"),
        ("Turkish exports to Russia came in at $3.7 billion in 2015.", "3.7", "export"),
    ],
)  # fmt: skip
def test_came_to_a_figure_is_an_amount(text, which, flow):
    row = read_figure(text, which, "2019-05-15")
    assert row["indicator"] == "merchandise_trade"
    assert row["flow"] == flow


@pytest.mark.parametrize(
    "text",
    [
        "Russian arrivals came to 3.6 million in 2015.",
        "Some 4.2 million Russian tourists came to Turkey in 2013.",
        "In 2013, 4.2 million Russians came to Turkey on holiday.",
    ],
)
def test_people_who_came_are_still_arrivals(text):
    which = "3.6" if "3.6" in text else "4.2"
    assert read_figure(text, which, "2016-05-15")["flow"] == "arrivals"


# --- "much of it gas": what a total is made of, not the goods the figure counts -------------


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("Imports from Russia in 2014 came to $31 billion, much of it gas, a level not seen"
         " since.", "31"),
        ("Turkey's imports from Russia were $25.4 billion in 2014, most of which was oil and"
         " gas.", "25.4"),
        ("In 2014 Turkey bought $25.4 billion of goods from Russia, the bulk of it energy.",
         "25.4"),
    ],
)  # fmt: skip
def test_composition_after_a_total_is_not_its_product(records, text, which):
    row = read_figure(text, which, "2016-07-15")
    read = (row["indicator"], row["flow"], row["product"])
    assert read == ("merchandise_trade", "import", "TOTAL")
    assert row["period"] == "2014"
    checked = checked_figure(records, text, which, "2016-07-15")
    assert checked["recorded_value"] > 0


def test_a_gas_bill_keeps_its_gas():
    text = "Turkey's gas imports from Russia cost $12 billion in 2014, much of it paid in dollars."
    assert read_figure(text, "12", "2016-07-15")["indicator"] == "gas_import_value"


# --- "the two countries" after a figure whose flow is said before it ------------------------


@pytest.mark.parametrize(
    ("text", "which", "flow"),
    [
        ("Imports from Russia in 2014 came to $25 billion, a level the two countries are unlikely"
         " to see again soon.", "25", "import"),
        ("Turkish exports to Russia were $6.2 billion in 2014, the highest the two countries had"
         " seen.", "6.2", "export"),
        ("Trade between the two countries reached $31 billion in 2014.", "31", "total"),
        ("The two countries' imports and exports came to $31 billion in 2014.", "31", "total"),
    ],
)  # fmt: skip
def test_pair_words_after_a_flow_leave_it_one_flow(text, which, flow):
    assert read_figure(text, which, "2016-07-15")["flow"] == flow


# --- Russian arrivals of the years recorded only as border-gate counts ----------------------


@pytest.mark.parametrize(
    ("text", "date", "verdict"),
    [
        ("Over 4.2 million Russians visited Turkey last year.", "2014-11-15", "accurate"),
        ("Russian arrivals fell to 3.6 million last year.", "2016-07-15", "accurate"),
        ("Russian tourists in Turkey in 2017 numbered 6.7 million.", "2019-10-15", "exaggerated"),
    ],
)
def test_border_gate_counts_are_the_visitor_count(records, text, date, verdict):
    row = checked_figure(records, text, "million", date)
    assert row["verdict"] == verdict


# --- a clause of cause after a figure names no goods the figure counts -----------------------


@pytest.mark.parametrize(
    ("text", "which", "flow"),
    [
        ("Last year trade reached a record $68 billion as Turkey bought more Russian oil and gas"
         " at high prices.", "68", "total"),
        ("Bilateral trade rose to $68 billion in 2022 because Turkey imported more Russian oil and"
         " gas.", "68", "total"),
        ("Turkey's imports from Russia jumped to $58.8 billion in 2022 as Turkey bought more"
         " Russian oil.", "58.8", "import"),
    ],
)  # fmt: skip
def test_cause_after_a_figure_is_not_its_goods(text, which, flow):
    row = read_figure(text, which, "2023-10-15")
    assert (row["indicator"], row["flow"], row["product"]) == ("merchandise_trade", flow, "TOTAL")
    assert row["period"] == "2022"


@pytest.mark.parametrize(
    ("text", "which", "product"),
    [
        ("Turkey's gas imports from Russia were 21.6 bcm in 2022 as BOTAŞ bought more LNG"
         " elsewhere.", "21.6", "natural_gas"),
        ("Turkey imported 50.5 bcm of gas in 2022, 14.27 bcm as LNG.", "14.27", "lng"),
    ],
)  # fmt: skip
def test_gas_figures_keep_their_gas(text, which, product):
    row = read_figure(text, which, "2023-10-15")
    assert (row["indicator"], row["product"]) == ("gas_imports", product)


# --- periods counted back from the document's date: "two years ago", "last month" -----------


@pytest.mark.parametrize(
    ("text", "which", "date", "period"),
    [
        ("Two years ago Russia's exports to Turkey were $25 billion.", "25", "2016-01-15", "2014"),
        ("Trade between Turkey and Russia peaked at $35 billion five years ago.", "35",
         "2016-06-15", "2011"),
        ("Russian gas deliveries to Turkey were 27 bcm three years ago.", "27", "2020-03-15",
         "2017"),
        ("Turkey imported $1.9 billion of Russian goods last month.", "1.9", "2020-01-15",
         "2019-12"),
        ("Last month Turkey's imports from Russia came to $1.9 billion.", "1.9", "2019-08-15",
         "2019-07"),
    ],
)  # fmt: skip
def test_periods_counted_back_from_the_document_date(text, which, date, period):
    row = read_figure(text, which, date)
    assert row["period"] == period
    assert "period_inferred" not in reading_notes(row)


def test_years_ago_beside_a_month_is_that_month_then():
    text = "In July Russian tourists in Turkey numbered 1 million, up from 800,000 two years ago."
    assert read_figure(text, "800,000", "2019-08-15")["period"] == "2017-07"


@pytest.mark.parametrize(
    "text",
    [
        "Over the past 12 months, imports from Russia totalled $23 billion.",
        "Turkey bought $12 billion of Russian goods in the last six months.",
        "Russian gas deliveries to Turkey came to 9 bcm during the previous nine months.",
    ],
)
def test_trailing_months_are_no_calendar_period(records, text):
    which = next(w for w in ("23", "12", "9 bcm") if w in text)
    row = read_figure(text, which, "2019-08-15")
    assert row["period"] == "" and "months" in row["period_note"]
    assert checked_figure(records, text, which, "2019-08-15")["verdict"] == "unverifiable"


def test_first_months_stay_a_span_of_this_year():
    text = "In the first six months, imports from Russia were $10.8 billion."
    assert read_figure(text, "10.8", "2019-08-15")["period"] == "2019-01/2019-06"


# --- a figure judged possible is a forecast ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "which", "date", "period"),
    [
        ("Some officials say trade of $80 billion is possible next year.", "80", "2024-08-15",
         "2025"),
        ("Bilateral trade of $30 billion looks achievable next year, the minister said.", "30",
         "2019-05-15", "2020"),
        ("Officials said trade of $30 billion in 2020 is realistic.", "30", "2019-05-15", "2020"),
        ("Russian arrivals of 8 million seem within reach this year.", "8", "2021-03-15", "2021"),
    ],
)  # fmt: skip
def test_a_figure_judged_possible_is_a_forecast(text, which, date, period):
    row = read_figure(text, which, date)
    assert (row["measure"], row["period"]) == ("target", period)


def test_a_recorded_level_is_no_forecast():
    row = read_figure("Trade reached $26 billion in 2018, as was possible.", "26", "2019-05-15")
    assert (row["measure"], row["period"]) == ("level", "2018")
