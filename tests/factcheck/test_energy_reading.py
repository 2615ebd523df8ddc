"""Energy sentences of our own (gas, oil, pipelines, nuclear) that the reader once misread.

Each test names the construction; none of these sentences comes from the development corpus.
"""

import pytest

from tests.factcheck.sentences import fields, read_figure


def frame(text: str, which: str, date: str = "2022-03-15") -> dict:
    return read_figure(text, which, date)


# --- periods: a comparison base dates only itself ------------------------------------------


def test_a_year_earlier_after_a_base_value_dates_the_base_not_the_figure():
    text = (
        "Gas purchases from Russia reached 24 bcm in 2021. Russia's share of Turkey's gas "
        "imports rose to about 41% from roughly a quarter a year earlier, the data showed."
    )
    assert frame(text, "41%")["period"] == "2021"


def test_a_figure_after_a_comparison_base_takes_the_sentences_period_not_the_bases():
    text = (
        "Turkey imported 47 bcm of gas in 2021. LNG made up 26% of the total, down from 31% in "
        "2020, with Qatar the top LNG supplier at 3.9 bcm."
    )
    assert frame(text, "3.9")["period"] == "2021"


def test_than_in_the_same_month_of_a_year_is_a_base():
    text = (
        "In February this year, Turkey imported 4.8 bcm of gas, 9% less than in the same "
        "month of 2021, with Russia supplying 2.1 bcm."
    )
    change, level = frame(text, "9%"), frame(text, "2.1")
    assert fields(change, "period", "base_period") == ("2022-02", "2021-02")
    assert level["period"] == "2022-02"


# --- whose figure: lists, compared countries, wholes ------------------------------------------


def test_a_country_written_before_a_figure_in_a_list_owns_it():
    text = (
        "Turkey's gas imports hit 49 bcm in 2020, while Qatar supplied 3.1 bcm and Nigeria "
        "some 1.8 bcm."
    )
    assert fields(frame(text, "1.8"), "reporter", "partner") == ("TUR", "NGA")
    assert fields(frame(text, "3.1"), "reporter", "partner") == ("TUR", "QAT")


def test_each_country_after_followed_by_owns_its_figure():
    text = (
        "In 2019 Russia delivered 15 bcm of gas to Turkey, followed by Iran with 7.4 bcm and "
        "Azerbaijan with 9.2 bcm."
    )
    assert frame(text, "7.4")["partner"] == "IRN"
    assert frame(text, "9.2")["partner"] == "AZE"


def test_a_figure_in_a_relative_clause_after_a_compared_country_is_that_countrys():
    text = (
        "Gazprom said its exports to Turkey rose by 20% in 2019, making the country its "
        "third-largest market after Italy, where sales came to about 22 bcm."
    )
    assert fields(frame(text, "22 bcm"), "reporter", "partner") == ("ITA", "RUS")


def test_the_whole_a_share_is_of_when_written_as_its_imports_of():
    text = "Turkey bought 24 bcm of Russian gas in 2020, or 50% of its imports of 48 bcm."
    assert fields(frame(text, "48"), "reporter", "partner") == ("TUR", "WLD")


def test_a_countrys_own_imports_with_no_partner_are_from_every_partner():
    text = (
        "Azerbaijan supplied 8.5 bcm of gas to Turkey in 2021. Turkey's LNG imports stood at "
        "14 bcm in 2021."
    )
    row = frame(text, "14 bcm")
    assert fields(row, "reporter", "partner", "product") == ("TUR", "WLD", "lng")


def test_a_countrys_own_exports_with_no_buyer_are_not_turkeys_imports():
    text = (
        "Turkey imported 21 bcm of Russian gas in 2023. Russia's total pipeline gas exports "
        "fell to 95 bcm in 2023."
    )
    row = frame(text, "95")
    assert (row["reporter"], row["partner"]) != ("TUR", "RUS")


def test_gas_delivered_by_pipeline_is_pipeline_gas():
    text = "Turkey's LNG imports were 12 bcm in 2019, compared with 33 bcm delivered by pipeline."
    row = frame(text, "33")
    assert fields(row, "partner", "product") == ("WLD", "pipeline_gas")


# --- what is measured: rates, production, contracts, shares with no supplier named ----------


def test_a_volume_per_day_is_a_daily_rate():
    row = frame("Flows through Blue Stream averaged 41 mcm/d in November 2021.", "41")
    assert fields(row, "value", "unit") == (41.0, "mcm_per_day")
    row = frame("Exports reached 12 million cubic metres a day in 2021.", "12")
    assert fields(row, "value", "unit") == (12.0, "mcm_per_day")


def test_production_consumption_storage_and_contracts_are_not_imports():
    for text, which in [
        ("Output at the new Black Sea field will reach 15 mcm per day by 2025.", "15"),
        ("Underground storage capacity rose to 4.5 bcm last year.", "4.5"),
        ("Under the long-term deals, BOTAS buys some 6 bcm annually via TurkStream.", "6 bcm"),
        ("Ankara is seeking a new contract for up to 12 bcm a year.", "12"),
    ]:
        row = frame(text, which)
        assert row["indicator"] == "unknown", (text, row["indicator"])
    # What a country consumed is recorded as its consumption (never as imports).
    row = frame("Turkey consumed about 57 bcm of gas in 2021 and produces almost none.", "57")
    assert (row["indicator"], row["flow"]) == ("gas_consumption", "consumption")
    row = frame("Turkey imported 26 bcm of Russian gas in 2021 under a contract.", "26")
    assert row["indicator"] == "gas_imports"


def test_a_share_whose_supplier_comes_only_from_sentences_before_is_inferred():
    text = (
        "Azerbaijan supplied 8.5 bcm of gas to Turkey in 2021. Turkey's LNG imports stood at "
        "14 bcm, 24% of the total."
    )
    row = frame(text, "24%")
    # Never Azerbaijan's share unannounced: LNG's share of all imports, or a noted guess.
    assert row["partner"] == "WLD" or "direction_inferred" in row["reading_notes"].split(";")


def test_a_hedged_comparison_base_dates_nothing_else():
    text = (
        "Turkey imported 47 bcm of gas in 2021. LNG made up 26% of the total, down from almost "
        "31% in 2020, with Qatar the top LNG supplier at 3.9 bcm."
    )
    assert frame(text, "3.9")["period"] == "2021"


# --- routes: the nearest route, a route's own figure, landfalls, strings --------------------


def test_a_capacity_takes_the_route_named_nearest_before_it_not_the_first_known():
    text = (
        "TurkStream, which runs from Anapa, has a design capacity of 31.5 bcm a year, and Blue "
        "Stream carries about half that."
    )
    row = frame(text, "31.5")
    assert fields(row, "measure", "breakdown") == ("capacity", "TurkStream")


def test_a_route_written_right_after_a_figure_is_its_own():
    text = (
        "Under its long-term contracts, BOTAS takes 12 bcm a year via Blue Stream and 4 bcm "
        "via TurkStream."
    )
    row = frame(text, "4 bcm")
    assert row["breakdown"] == "TurkStream"
    assert row["indicator"] == "unknown"  # a contract volume, not a capacity nor a flow


def test_a_landfall_names_the_route_and_the_route_its_supplier():
    text = (
        "The United States shipped 5 bcm of LNG to Turkey in 2022. Another 7.2 bcm came "
        "ashore at Kıyıköy that year."
    )
    row = frame(text, "7.2")
    assert fields(row, "breakdown", "reporter", "partner") == ("TurkStream", "TUR", "RUS")


def test_a_named_routes_capacity_is_the_landfall_countrys_from_its_supplier():
    text = (
        "Turkey took 4.5 bcm of American LNG in 2021. Blue Stream, meanwhile, can carry up to "
        "16 bcm annually."
    )
    assert fields(frame(text, "16 bcm"), "reporter", "partner", "flow") == (
        "TUR", "RUS", "capacity",
    )  # fmt: skip


def test_the_size_of_each_string_is_one_strings_capacity():
    text = "TurkStream's two lines, each of 15.75 bcm/y, went into service in January 2020."
    row = frame(text, "15.75")
    assert fields(row, "measure", "breakdown") == ("capacity", "TurkStream, one string")


def test_what_routes_can_therefore_carry_is_a_capacity():
    text = (
        "Taken together, the two Russian routes can therefore carry 47 bcm/y, of which some "
        "31 bcm/y is meant for Turkish buyers."
    )
    assert frame(text, "47 bcm")["measure"] == "capacity"
    assert frame(text, "31 bcm")["measure"] == "capacity"


# --- what a figure is compared with, and a share of a whole named before it ------------------


def test_a_volume_compared_with_after_a_share_takes_the_sides_of_the_volume_before():
    text = (
        "Iran sent Turkey 5 bcm in 2022. Turkey's LNG purchases came to 15 bcm that year, 30% "
        "of the total, compared with 35 bcm delivered by pipeline."
    )
    row = frame(text, "35 bcm")
    assert fields(row, "reporter", "partner", "product") == ("TUR", "WLD", "pipeline_gas")


def test_a_fraction_after_of_which_is_a_share_of_the_exporters_sales():
    text = "Russia's pipeline gas exports dropped to 95 bcm in 2023, of which Turkey took a fifth."
    row = frame(text, "a fifth")
    assert fields(row, "value", "reporter", "partner", "flow") == (20.0, "RUS", "TUR", "export")
    assert row["indicator"] == "unknown"  # not Russia's share of Turkey's gas imports


# --- what is not an import flow: the current account, electricity, output, a workforce --------


def test_a_current_account_deficit_is_no_trade_balance():
    text = (
        "Russia sold Turkey $40 billion of goods in 2022. The current-account gap hit $45 billion."
    )
    row = frame(text, "$45 billion")
    assert row["indicator"] == "unknown"


def test_a_share_of_electricity_generated_is_no_gas_import_share():
    text = (
        "Turkey produced 330 TWh of power in 2023, of which gas-fired plants generated some 21 "
        "percent."
    )
    assert frame(text, "21")["indicator"] == "unknown"


def test_a_share_of_a_plants_output_is_no_trade_share():
    text = (
        "Under the 2010 deal, Turkey's electricity trading firm is to buy 60 per cent of the "
        "output of units one and two."
    )
    assert frame(text, "60 per cent")["indicator"] == "unknown"


def test_people_at_work_on_a_site_are_no_incident():
    text = "Some 18,000 people are employed at the Akkuyu construction site, Rosatom said."
    assert frame(text, "18,000")["indicator"] == "unknown"


def test_a_countrys_energy_import_bill_is_its_energy_imports_from_everyone():
    text = (
        "Russia's gas sales to Turkey rose in 2021. Turkey's energy import bill climbed to $48 "
        "billion that year, driven by Russia's higher prices."
    )
    row = frame(text, "$48")
    assert fields(row, "indicator", "breakdown", "reporter", "partner", "flow") == (
        "merchandise_trade", "energy", "TUR", "WLD", "import",
    )  # fmt: skip


def test_money_spent_on_imports_whose_clause_names_no_supplier_is_spent_on_all_imports():
    text = (
        "In 2022 Turkey paid about $40 billion for gas imports, with Russian gas making up "
        "some 40% of the volume."
    )
    assert fields(frame(text, "$40"), "partner", "flow") == ("WLD", "import")


# --- ranges --------------------------------------------------------------------------------


def test_between_one_figure_and_another_is_a_range_not_its_top():
    text = "Russia supplied between 35 and 38 percent of Turkey's gas imports in 2022."
    row = frame(text, "38 percent")
    assert fields(row, "comparator", "value_low", "value_high") == ("range", 35.0, 38.0)


def test_between_two_scaled_figures_is_one_range_in_the_units_of_the_top():
    text = "Turkey bought between 700 million and 1.1 billion cubic metres of LNG from Algeria."
    row = frame(text, "1.1 billion")
    assert row["comparator"] == "range"
    assert (round(row["value_low"], 6), round(row["value_high"], 6)) == (0.7, 1.1)


# --- a nuclear plant: its capacity, price, cost and units --------------------------------------


def test_megawatts_of_a_named_plant_are_its_total_design_capacity():
    text = "Rosatom says the Akkuyu station's four reactors will have a total capacity of 4,800 MW."
    row = frame(text, "4,800 MW")
    assert fields(row, "indicator", "unit", "value", "breakdown", "reporter", "partner") == (
        "power_plant_capacity", "MW", 4800.0, "Akkuyu, total", "TUR", "RUS",
    )  # fmt: skip
    assert row["measure"] != "target"  # a design, not a goal


def test_gigawatts_with_a_deadline_are_a_goal():
    text = "Ankara wants 7.2 GW of nuclear power capacity by 2040."
    row = frame(text, "7.2 GW")
    assert fields(row, "value", "unit", "measure") == (7200.0, "MW", "target")


def test_a_price_in_cents_per_kilowatt_hour_is_the_plants_purchase_price():
    text = (
        "Construction at Akkuyu started in 2018. The station's power will be sold at 12.35 US "
        "cents per kilowatt-hour to a state trader."
    )
    row = frame(text, "12.35")
    assert fields(row, "indicator", "unit", "breakdown") == (
        "power_purchase_price", "USD_per_kWh", "Akkuyu",
    )  # fmt: skip
    assert abs(row["value"] - 0.1235) < 1e-9


def test_the_plant_after_a_sentence_naming_it_is_that_plant():
    text = (
        "Work at Akkuyu on the Mediterranean coast went on through 2022.\n\nThe $22 billion "
        "power plant is financed by Moscow."
    )
    row = frame(text, "$22 billion")
    assert fields(row, "indicator", "breakdown") == ("power_plant_cost", "Akkuyu")


def test_the_first_units_of_a_plant_are_not_its_number_of_units():
    text = "A state buyer takes 70% of the power from the first two reactors at Akkuyu."
    assert frame(text, "two reactors")["indicator"] == "unknown"


# --- a year before 'to', a unit before a counted noun, an apposition after a list ---------------


def test_a_year_before_to_is_no_bottom_of_a_range():
    text = "Turkey's gas import bill swelled in 2022 to $44 billion, officials said."
    row = frame(text, "$44 billion")
    assert fields(row, "value", "comparator") == (44e9, "exact")


def test_megawatts_before_units_are_the_units_size_not_their_number():
    text = "Akkuyu will have four 1,200 MW units once finished."
    row = frame(text, "1,200 MW")
    assert fields(row, "unit", "indicator") == ("MW", "power_plant_capacity")


def test_a_bracketed_share_after_a_listed_supplier_is_that_suppliers():
    text = (
        "In 2023 Turkey bought 21 bcm of gas from Russia. Algeria followed with 6.1 bcm (12.1 "
        "percent) and Iran with 5.2 bcm."
    )
    assert frame(text, "12.1")["partner"] == "DZA"
    assert frame(text, "5.2")["partner"] == "IRN"


def test_the_strings_of_a_pipeline_named_by_its_landfall_are_that_routes():
    text = (
        "The line, laid 930 km across the Black Sea to Kıyıköy, consists of two strings, "
        "Gazprom said."
    )
    row = frame(text, "two strings")
    assert fields(row, "indicator", "breakdown", "reporter", "partner") == (
        "pipeline_strings", "TurkStream", "TUR", "RUS",
    )  # fmt: skip


def test_lngs_share_of_all_imports_is_no_suppliers_share():
    text = (
        "Qatar shipped 4 bcm of gas to Turkey in 2022. Liquefied gas made up about 27% of "
        "Turkey's gas purchases that year."
    )
    row = frame(text, "27%")
    assert fields(row, "partner", "product", "indicator") == ("WLD", "lng", "unknown")


@pytest.mark.parametrize(
    "text",
    [
        "TurkStream, whose two lines each have an annual capacity of 15.75 bcm, runs to Kıyıköy.",
        "TurkStream's two lines have a combined capacity of 31.5 bcm a year, or 15.75 bcm each.",
        "TurkStream has a capacity of 31.5 bcm a year; its two strings carry 15.75 bcm a year"
        " each.",
    ],
)
def test_each_line_said_before_or_after_the_figure_is_one_strings_capacity(text):
    row = frame(text, "15.75")
    assert (row["indicator"], row["breakdown"]) == ("pipeline_capacity", "TurkStream, one string")
