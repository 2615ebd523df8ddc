"""Sides read the right way round, entry points named by their route, sides taken from the
sentences before noted as inferred, and a trade balance read and checked as its own quantity
(sentences of our own)."""

import math

import pandas as pd
import pytest

from factcheck import derive
from factcheck.scale import rate
from tests.factcheck.sentences import checked_figure, read_figure, reading_notes

DATE = "2024-06-01"
SIDES = ("reporter", "partner", "flow")


def sides(row: dict) -> tuple:
    return tuple(row[k] for k in SIDES)


# --- a comparison base after the figure is the same quantity, same sides ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia delivered 20.1 bcm to Turkey in 2023, slightly below the 21.6 bcm of 2022.",
        "Turkey's imports of Russian gas were 20.1 bcm in 2023, down from 21.6 bcm in 2022.",
        "Turkish exports to Russia rose in 2023. Russian gas deliveries to Turkey were 20.1 bcm"
        " in 2023, slightly below the 21.6 bcm delivered in 2022.",
        "Through TurkStream's Turkish string, Russian deliveries were 20.1 bcm in 2023, below the"
        " 21.6 bcm of 2022.",
    ],
)
def test_a_base_after_the_figure_keeps_its_sides(text):
    figure, base = read_figure(text, "20.1", DATE), read_figure(text, "21.6", DATE)
    assert sides(figure) == sides(base) == ("TUR", "RUS", "import")
    assert (figure["period"], base["period"]) == ("2023", "2022")


# --- a nationality adjective on a route's part says where it goes, not who sells ---------------


@pytest.mark.parametrize(
    ("text", "which", "route"),
    [
        ("In 2023 the Turkish string delivered 8.6 bcm at Kıyıköy.", "8.6", "TurkStream"),
        ("TurkStream's Turkish string carried 8.6 bcm in 2023.", "8.6", "TurkStream"),
        ("The Turkish section of TurkStream carried 14 bcm in 2022.", "14", "TurkStream"),
        ("The Turkish offshore section of Blue Stream moved 12 bcm in 2022.", "12", "Blue Stream"),
        ("The Turkish line of TurkStream delivered 8.6 bcm in 2023.", "8.6", "TurkStream"),
    ],
)
def test_a_route_part_named_by_its_landfall_country_is_russian_gas_to_turkey(text, which, route):
    row = read_figure(text, which, DATE)
    assert sides(row) == ("TUR", "RUS", "import")
    assert row["breakdown"] == route
    assert "direction_inferred" not in reading_notes(row)


def test_a_flow_read_against_its_route_takes_the_routes_ends_and_is_noted():
    # The words say Russia imported from Turkey, which a Russian export pipeline never
    # carries: the route's ends, noted as inferred (no negative verdict on it).
    row = read_figure("Russia imported 5 bcm from Turkey via Blue Stream in 2021.", "5 bcm", DATE)
    assert sides(row) == ("TUR", "RUS", "import")
    assert "direction_inferred" in reading_notes(row)


@pytest.mark.parametrize(
    ("text", "which", "expected"),
    [
        ("Russian gas imports rose to 21.3 bcm in 2023.", "21.3", ("TUR", "RUS", "import")),
        ("Russian crude imports reached 9.1 million tonnes in 2023, Turkish customs data show.",
         "9.1", ("TUR", "RUS", "import")),
        ("Azerbaijani gas purchases by Turkey reached 9.5 bcm in 2022.", "9.5",
         ("TUR", "AZE", "import")),
        ("Turkish gas imports from Russia rose to 21.3 bcm in 2023.", "21.3",
         ("TUR", "RUS", "import")),
        ("Turkish buyers took 21.3 bcm of Russian gas in 2023.", "21.3", ("TUR", "RUS", "import")),
        ("Russian gas exports to the Turkish market were 21.3 bcm in 2023.", "21.3",
         ("TUR", "RUS", "import")),
    ],
)  # fmt: skip
def test_an_exporters_adjective_before_goods_imports_names_the_goods_origin(text, which, expected):
    row = read_figure(text, which, DATE)
    assert sides(row) == expected
    assert row["partner"] != row["reporter"]


def test_demand_for_a_countrys_gas_is_what_is_bought_from_it_not_consumption():
    row = read_figure("Turkish demand for Russian gas fell to 21.3 bcm in 2023.", "21.3", DATE)
    assert (row["indicator"], *sides(row)) == ("gas_imports", "TUR", "RUS", "import")
    plain = read_figure("Turkish gas demand fell to 50.5 bcm in 2023.", "50.5", DATE)
    assert plain["indicator"] == "gas_consumption"


# --- entry points and landfalls are named by their route -----------------------------------


@pytest.mark.parametrize(
    ("words", "route"),
    [
        ("Durusu (Blue Stream landfall)", "Blue Stream"),
        ("Kıyıköy (TurkStream landfall)", "TurkStream"),
        ("Kiyikoy entry point", "TurkStream"),
        ("Malkoçlar", "Trans-Balkan"),
        ("Beregovaya compressor station", "Blue Stream"),
        ("Gürbulak", ""),  # Iranian gas: no Russian route
        ("Durusu and Kıyıköy", ""),  # two routes: neither
        ("Samsun", ""),  # the city alone names no route (the IEA point is curated apart)
    ],
)
def test_an_entry_points_name_gives_its_route(words, route):
    assert derive.route_named(words)[0] == route


@pytest.mark.parametrize(
    ("text", "which", "route"),
    [
        ("Blue Stream delivered 11.95 bcm at Durusu in 2023.", "11.95", "Blue Stream"),
        ("In 2023, 11.95 bcm entered Turkey at Durusu.", "11.95", "Blue Stream"),
        ("In 2023, Turkey took 8.6 bcm of Russian gas at Kıyıköy.", "8.6", "TurkStream"),
    ],
)
def test_a_quoted_entry_point_figure_answers_its_route(snapshot, text, which, route):
    row = checked_figure(snapshot, text, which, DATE)
    assert row["breakdown"] == route
    assert row["verdict"] == "accurate"
    assert "the entry point names the route" in row["explanation"]


def test_an_entry_point_figure_of_another_supplier_is_not_the_routes():
    rows = pd.DataFrame(
        [
            {"indicator": "gas_entry_flow", "reporter": "TUR", "partner": "AZE", "flow": "import",
             "product": "natural_gas", "breakdown": "Durusu (Blue Stream landfall)",
             "period": "2023", "period_type": "year", "value": 1.0, "unit": "bcm",
             "qualifier": "exact", "source_id": "x", "vintage": "v", "tier": "unattributed"},
        ]
    )  # fmt: skip
    assert derive._entries_named_by_route(rows).empty


# --- sides taken only from the sentences before are a reading, noted -------------------------


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("Russia supplied Turkey with 21.6 bcm of gas in 2022. Exports fell to 20.1 bcm in 2023.",
         "20.1"),
        ("Gazprom cut supplies to the Turkish market in 2022. Exports rose to 5 bcm by 2021.", "5"),
        ("Turkey's exports to Russia reached $9.3 billion in 2022. Exports rose to $10.9 billion"
         " in 2023.", "10.9"),
    ],
)  # fmt: skip
def test_sides_carried_from_an_earlier_sentence_are_noted_as_inferred(text, which):
    assert "direction_inferred" in reading_notes(read_figure(text, which, DATE))


def test_sides_said_in_the_sentence_are_not_noted():
    row = read_figure("Russia supplied Turkey with 21.6 bcm of gas in 2022.", "21.6", DATE)
    assert "direction_inferred" not in reading_notes(row)


def test_no_negative_verdict_on_sides_carried_from_before(snapshot):
    text = "Russia supplied Turkey with 10.9 bcm of gas in 2019. Exports rose to 30 bcm in 2021."
    row = checked_figure(snapshot, text, "30 bcm", DATE)
    assert row["verdict"] == "needs_review"


# --- a trade balance: whose, with whom, and its sign -----------------------------------------


@pytest.mark.parametrize(
    ("text", "which", "owner", "partner", "value", "comparator"),
    [
        ("Turkey ran a trade deficit of more than $18 billion with Russia in 2019.", "$18",
         "TUR", "RUS", -18e9, "at_most"),
        ("Turkey's deficit with Russia narrowed to $15.2 billion in 2020.", "$15.2", "TUR", "RUS",
         -15.2e9, "exact"),
        ("Russia's trade surplus with Turkey reached $20 billion in 2019.", "$20", "RUS", "TUR",
         20e9, "exact"),
        ("Imports from Russia reached $22.5 billion in 2019 while exports were $3.8 billion,"
         " leaving a deficit of nearly $19 billion for Ankara.", "$19", "TUR", "RUS", -19e9,
         "approx"),
        ("In 2018 Turkey posted a surplus of $2 billion in its trade with Russia.", "$2", "TUR",
         "RUS", 2e9, "exact"),
    ],
)  # fmt: skip
def test_a_balance_is_its_owners_exports_minus_imports(
    text, which, owner, partner, value, comparator
):
    row = read_figure(text, which, DATE)
    assert (row["indicator"], row["reporter"], row["partner"], row["flow"]) == (
        "trade_balance", owner, partner, "balance",
    )  # fmt: skip
    assert (row["value"], row["comparator"]) == (value, comparator)
    assert "direction_inferred" not in reading_notes(row)


def test_a_balance_with_one_side_unsaid_is_noted_and_one_with_no_owner_is_not_signed():
    row = read_figure("The trade deficit with Russia was $19 billion in 2019.", "$19", DATE)
    assert (row["flow"], row["partner"], row["value"]) == ("balance", "RUS", -19e9)
    assert "direction_inferred" in reading_notes(row)
    bare = read_figure("The bilateral trade deficit stood at about $19 billion in 2019.", "$19",
                       DATE)  # fmt: skip
    assert bare["flow"] == "total" and bare["value"] > 0  # whose deficit: not said


def test_a_current_account_or_budget_deficit_is_no_trade_balance():
    row = read_figure("The current account deficit widened to $48.8 billion in 2022.", "48.8",
                      DATE)  # fmt: skip
    assert row["indicator"] != "trade_balance"


# --- and checked against a balance of one release --------------------------------------------


TRADE = {"indicator": "merchandise_trade", "product": "TOTAL", "breakdown": "",
         "qualifier": "exact", "period_type": "year", "unit": "USD", "vintage": "v",
         "tier": "official_release", "preferred": True}  # fmt: skip


def trade(*rows: tuple) -> pd.DataFrame:
    """(source, reporter, partner, flow, period, value) rows."""
    return pd.DataFrame(
        [{**TRADE, "source_id": s, "reporter": r, "partner": p, "flow": f, "period": y,
          "value": v} for s, r, p, f, y, v in rows]
    )  # fmt: skip


def test_a_balance_is_computed_only_within_one_release_and_one_reporter():
    rows = trade(
        ("a", "TUR", "RUS", "export", "2019", 4e9),
        ("a", "TUR", "RUS", "import", "2019", 23e9),
        ("b", "TUR", "RUS", "export", "2020", 4.5e9),  # 2020: exports in b,
        ("c", "TUR", "RUS", "import", "2020", 17.8e9),  # imports in c: no balance
        ("a", "RUS", "TUR", "export", "2020", 15.8e9),  # Russia's exports, Turkey's imports:
    )  # two reporters, no balance
    table = derive._balance(rows)
    assert len(table) == 1
    row = table.iloc[0]
    assert (row["a"], row["b"], row["period"], row["value"]) == ("TUR", "RUS", "2019", -19e9)
    assert "$4.00 billion" in row["method"] and "$23.00 billion" in row["method"]


def test_a_balance_claim_is_checked_against_the_balance_of_one_release(snapshot):
    text = "Turkey's trade deficit with Russia was $19.1 billion in 2018."
    row = checked_figure(snapshot, text, "$19.1", DATE)
    assert row["verdict"] == "accurate"
    assert row["source"] == "imf-dots-tur"  # Turkey's own record of both flows
    assert "exports $3.65 billion − imports $22.71 billion" in row["explanation"]


def test_a_surplus_claimed_for_a_recorded_deficit_is_wrong(snapshot):
    text = "In 2017 Turkey posted a surplus of $2 billion in its trade with Russia."
    row = checked_figure(snapshot, text, "$2", DATE)
    assert row["verdict"] == "wrong"
    assert row["source"] == "imf-dots-tur"
    assert "a surplus claimed where the record is the opposite" in row["explanation"]
    assert "direction of change" not in row["explanation"]


def test_a_surplus_is_checked_only_against_its_owners_record(snapshot):
    text = "Russia's trade surplus with Turkey was about $16 billion in 2019."
    row = checked_figure(snapshot, text, "$16", DATE)
    assert row["verdict"] == "accurate" and row["source"] in ("imf-dots-rus", "imf-imts-rus")


def test_a_balance_no_release_holds_both_flows_of_is_unverifiable(snapshot):
    # 2021: Turkey's exports (UN Comtrade) and imports (TurkStat) are in two releases.
    text = "Turkey's trade deficit with Russia was $23 billion in 2021."
    row = checked_figure(snapshot, text, "$23", DATE)
    assert row["verdict"] == "unverifiable"
    assert "recorded, but not in one release" in row["explanation"]
    assert "so none is worked out" in row["explanation"]


@pytest.mark.parametrize(
    ("claim", "recorded", "verdict"),
    [
        ((-19e9, None, None, "exact"), -18.96e9, "accurate"),
        ((-18e9, None, -18e9, "at_most"), -18.96e9, "accurate"),  # "a deficit of more than $18bn"
        ((-18e9, None, -18e9, "at_most"), -13e9, "exaggerated"),  # the deficit was smaller
        ((-15e9, None, None, "exact"), -19e9, "understated"),  # a deficit made smaller
        ((-25e9, None, None, "exact"), -19e9, "exaggerated"),  # a deficit made larger
        ((2e9, None, None, "exact"), -17e9, "wrong"),  # a surplus for a deficit
    ],
)
def test_a_balance_is_rated_by_its_sign_then_its_size(claim, recorded, verdict):
    value, low, high, comparator = claim
    assert rate(value, low, high, comparator, recorded, "USD", "balance")[0] == verdict
    assert not math.isnan(rate(value, low, high, comparator, recorded, "USD", "balance")[1])


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's trade surplus with Russia in services reached $5 billion in 2019.",
        "Turkey's energy trade deficit with Russia was $20 billion in 2022.",
        "Turkey's tourism surplus with Russia was $6 billion in 2019.",
    ],
)
def test_a_balance_of_services_or_of_some_goods_is_not_the_goods_balance(snapshot, text):
    row = checked_figure(snapshot, text, "billion", DATE)
    assert row["flow"] != "balance"
    assert row["verdict"] in ("unverifiable", "needs_review")
