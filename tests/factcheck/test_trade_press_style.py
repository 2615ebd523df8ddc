"""Trade-press and local-daily register, sentences of our own: 'pc' for percent, 'mn t' and
'bn m³' for tonnes and cubic metres, half-year and quarter codes ('1H21', '3Q22'), changes
written 'm/m' or 'q/q' against the month or quarter before, changes written as a recovery or a
collapse, and a currency named in the plural or with its country ('Turkish Liras', 'Russian
roubles'), which is never read as dollars."""

import pytest

from factcheck.extraction.quantities import find_quantities
from tests.factcheck.sentences import checked_figure, read_figure

NEGATIVE = {"wrong", "exaggerated", "understated", "target_missed", "wrong_unit_or_impossible"}

# --- units as the trade press writes them ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value", "rate"),
    [
        ("Russian grades made up 68pc of Turkish crude receipts.", "percent", 68.0, False),
        ("Flows were up by 3pc on the quarter.", "percent", 3.0, False),
        ("Turkey took 7.4mn t of Russian crude last year.", "mass", 7.4e6, False),
        ("Coal imports reached 27.5 million t.", "mass", 27.5e6, False),
        ("Diesel receipts were 1.2 mln t in May.", "mass", 1.2e6, False),
        ("Deliveries edged down to 21.3bn m³ in 2023.", "volume", 21.3, False),
        ("Samsun received 16.37 bn m³ last year.", "volume", 16.37, False),
        ("Blue Stream has a design capacity of 16bn m³/yr.", "volume", 16.0, True),
        ("The line can carry 15.75bn m3/yr to Turkey.", "volume", 15.75, True),
    ],
)
def test_trade_press_units(text, kind, value, rate):
    (quantity,) = find_quantities(text)
    assert (quantity.kind, quantity.rate) == (kind, rate)
    assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text", ["The pipe is 5 t heavy and 2 m wide.", "A PC costs $500.", "Unit 2 t was idle."]
)
def test_a_bare_t_or_pc_without_its_figure_form_is_no_quantity(text):
    assert [q.kind for q in find_quantities(text)] in ([], ["money"])


# --- a currency never taken for dollars ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Exporters sold goods worth 174 billion Turkish Liras to Russia.", "TRY"),
        ("The bill came to 40 billion liras last year.", "TRY"),
        ("Gazprom was paid 300 billion Russian roubles by Botas.", "RUB"),
        ("Turkish buyers paid 12 billion Russian rubles in 2022.", "RUB"),
        ("The contract is worth 2 billion Euros.", "EUR"),
    ],
)
def test_a_plural_or_country_named_currency_is_that_currency(text, currency):
    (quantity,) = find_quantities(text)
    assert quantity.unit == currency


@pytest.mark.parametrize(
    "text",
    [
        "Turkish exporters sold goods worth 174 billion Turkish Liras to Russia in 2022.",
        "Turkey's imports from Russia cost 1,100 billion Turkish liras in 2022.",
        "Russia's exports to Turkey earned 3,200 billion Russian roubles in 2022.",
    ],
)
def test_a_lira_or_rouble_figure_is_not_checked_against_dollar_records(snapshot, text):
    row = checked_figure(snapshot, text, "billion", "2023-03-01")
    assert row["verdict"] == "unverifiable"


# --- half-year and quarter codes ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Gazprom's sales to Turkey reached 14.64bn m³ in 1H21.", "2021-01/2021-06"),
        ("Gazprom sold 14.64 bcm to Turkey in H1-21.", "2021-01/2021-06"),
        ("Gazprom sold 14.64 bcm to Turkey in H1 2021.", "2021-01/2021-06"),
        ("Turkey imported 3.1mn t of Russian crude in 3Q22.", "2022-07/2022-09"),
        ("Turkey imported 3.1mn t of Russian crude in 2H 2022.", "2022-07/2022-12"),
        ("Turkey imported 3.1mn t of Russian crude in Q4'22.", "2022-10/2022-12"),
    ],
)
def test_half_year_and_quarter_codes(text, period):
    figure = next(q for q in find_quantities(text) if q.kind in ("volume", "mass"))
    row = read_figure(text, text[figure.start : figure.end], "2023-03-01")
    assert row["period"] == period


# --- m/m and q/q: against the month or quarter before --------------------------------------


@pytest.mark.parametrize(
    ("text", "which", "period", "base"),
    [
        ("Kiyikoy flows recovered by 26pc m/m to 0.77bn m³ in August 2022.", "26pc",
         "2022-08", "2022-07"),
        ("Russian crude imports to Turkey were 1.07mn t in July 2022, up 7pc m/m.", "7pc",
         "2022-07", "2022-06"),
        ("Russian crude arrivals in Turkey rose 7% month-on-month to 1.07 million tonnes in"
         " July 2022.", "7%", "2022-07", "2022-06"),
        ("Russian gas imports to Turkey rose 10% q/q in the third quarter of 2022.", "10%",
         "2022-07/2022-09", "2022-04/2022-06"),
        ("Russian gas imports to Turkey rose 10% year on year in August 2022.", "10%",
         "2022-08", "2021-08"),
    ],
)  # fmt: skip
def test_a_change_written_m_m_or_q_q_is_against_the_period_before(text, which, period, base):
    row = read_figure(text, which, "2022-10-01")
    assert (row["measure"], row["period"], row["base_period"]) == ("change", period, base)


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("Flows at Kiyikoy from Russia recovered by 26pc m/m to 0.77bn m³ in August 2022.", "26"),
        ("Russian gas flows to Turkey were 2.1 bcm in August 2022, up 46% m/m.", "46%"),
    ],
)
def test_an_m_m_change_never_faulted_against_a_year_earlier(snapshot, text, which):
    row = checked_figure(snapshot, text, which, "2022-10-01")
    assert row["verdict"] not in NEGATIVE
    assert row["base_period"] == "2022-07"


# --- a recovery or a collapse is a change -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "which", "sign"),
    [
        ("Turkish exports to Russia collapsed by 51% in 2016.", "51%", -1),
        ("Russian gas deliveries to Turkey rebounded by 12% in 2021.", "12%", 1),
        ("Russian tourist arrivals in Turkey recovered by 40 percent in 2021.", "40", 1),
        ("Turkey's imports from Russia crashed by 30% in 2009.", "30%", -1),
    ],
)
def test_a_recovery_or_collapse_is_a_change(text, which, sign):
    row = read_figure(text, which, "2022-10-01")
    assert row["measure"] == "change"
    assert row["value"] * sign > 0


def test_an_m_m_change_in_the_wrong_direction_is_faulted_against_the_month_before(snapshot):
    # Eurostat/IEA: Russian gas into Turkey 1.45 bcm in July 2022, 2.11 bcm in August (+46%)
    text = "Russian gas flows to Turkey were 1.8 bcm in August 2022, down 9% m/m."
    row = checked_figure(snapshot, text, "9%", "2022-10-01")
    assert row["recorded_period"] == "2022-08 vs 2022-07"
    assert row["verdict"] == "wrong"


# --- cargo arrivals are goods, not visitors -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "which", "indicator"),
    [
        ("Russian barrels kept coming. Arrivals rose by 7pc m/m to 1.07mn t in July 2022.",
         "7pc", "oil_imports"),
        ("Russian crude arrivals in Turkey rose 7% to 1.07 million tonnes in July 2022.", "7%",
         "oil_imports"),
        ("Russian LNG arrivals rose 20% to 0.5 bcm in 2024.", "20%", "gas_imports"),
        ("Russian tourist arrivals rose 20% to 6.3 million in 2023.", "20%",
         "visitor_arrivals_foreign"),
    ],
)  # fmt: skip
def test_arrivals_counted_in_tonnes_or_cubic_metres_are_cargoes(text, which, indicator):
    assert read_figure(text, which, "2025-02-10")["indicator"] == indicator
