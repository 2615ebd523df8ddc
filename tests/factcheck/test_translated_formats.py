"""Number and date formats of translated and non-native news copy (from Russian, from Turkish,
Gulf and Asian wires), read by general rules and tested on sentences of our own: thousands
grouped by dots or spaces, decimal commas, abbreviated scale words with a full stop, the
percent sign before the figure, sums in two scales, "per 9 months", years labelling figures
with a dash, and a country's flow written "the import of Turkey from Russia"."""

import re

import pytest

from factcheck.extraction.numbers import NUMERAL, parse_numeral
from tests.factcheck.sentences import checked_figure, fields, read_figure, reading_notes


@pytest.fixture(scope="module")
def records(snapshot):
    return snapshot


# --- numerals -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("7 017 657", 7017657.0),
        ("3 490,9", 3490.9),
        ("4\u00a0800", 4800.0),
        ("12\u202f500", 12500.0),
        ("44.018.360", 44018360.0),
        ("1.234.567,89", 1234567.89),
        ("1,5", 1.5),
        ("12,25", 12.25),
        ("1,500", 1500.0),
        ("12.5", 12.5),
    ],
)
def test_grouped_numerals_are_one_number(written, value):
    assert re.findall(NUMERAL, f"about {written} units") == [written]
    assert parse_numeral(written) == value


@pytest.mark.parametrize(
    ("text", "numerals"),
    [
        ("in 2023 15 companies", ["2023", "15"]),
        ("rows 1 2 3", ["1", "2", "3"]),
        ("codes 12 345 6789", ["12", "345", "6789"]),
        ("5 300 1", ["5", "300", "1"]),
        ("in 2019 7 017 people", ["2019", "7 017"]),
    ],
)
def test_numbers_side_by_side_stay_apart(text, numerals):
    assert re.findall(NUMERAL, text) == numerals


# --- magnitudes: the text's own convention settles one group -----------------------------------


@pytest.mark.parametrize(
    ("text", "which", "value"),
    [
        # spaces group thousands: several groups, or a group before a decimal comma
        ("In 2019 Turkey was visited by 7 017 657 Russian tourists.", "7 017 657", 7017657),
        ("In December the Turkish import from Russia was 3 490,9 mln. dollars.", "3 490,9",
         3.4909e9),
        ("Russian exporters shipped to Turkey 3 650 thousand tons of wheat, 12,5% more.",
         "3 650", 3.65e6),
        # dots group thousands: several groups, or a decimal-comma text with no decimal point
        ("Türkiye's imports from Russia totalled 44.018.360 thousand dollars in 2024.",
         "44.018.360", 44.01836e9),
        ("Exports to Russia fell %4,9 in 2024, and 1.500 Turkish companies work in Russia.",
         "1.500", 1500),
        ("Turkish exports to Russia were 2,8 bln dollars, and 2.300 Turkish firms sell there.",
         "2.300", 2300),
    ],
)  # fmt: skip
def test_grouped_thousands_read_by_the_texts_convention(text, which, value):
    row = read_figure(text, which, "2025-06-01")
    assert row["value"] == pytest.approx(value)
    assert "value_ambiguous" not in reading_notes(row)


@pytest.mark.parametrize(
    ("text", "which"),
    [
        # one dotted group with no convention in the text: a decimal or thousands
        ("Turkey's imports from Russia reached $1.500 billion in March 2024.", "1.500"),
        ("Some 2.300 Russian tourists arrived in Antalya in 2023.", "2.300"),
        # one group after a plain space with no convention: a numeral or two figures
        ("Turkey imported 4 500 million dollars of Russian goods in March 2024.", "4 500"),
    ],
)
def test_a_lone_group_without_a_convention_is_ambiguous(text, which):
    row = read_figure(text, which, "2024-06-01")
    assert "value_ambiguous" in reading_notes(row)


@pytest.mark.parametrize(
    ("text", "which", "value", "ambiguous"),
    [
        # the text marks decimals with dots: a decimal, sure
        ("Turkey imported 21.34 bcm from Russia in 2023 and 25.134 bcm in 2022.", "25.134",
         25.134, False),
        ("Gas imports from Russia were 0.5 bcm in March 2024 and 1.125 bcm in April 2024.",
         "1.125", 1.125, False),
        # ... but no count of firms is a fraction: thousands, yet no sure reading
        ("Trade rose 3.5% in 2023, and 1.500 Turkish companies work in Russia.", "1.500", 1500,
         True),
        ("Some 2.300 Russian tourists arrived in Antalya in 2023.", "2.300", 2300, True),
    ],
)  # fmt: skip
def test_a_text_that_marks_decimals_with_dots(text, which, value, ambiguous):
    row = read_figure(text, which, "2024-06-01")
    assert row["value"] == pytest.approx(value)
    assert ("value_ambiguous" in reading_notes(row)) is ambiguous


def test_an_ambiguous_group_never_gets_a_negative_verdict(records):
    # read as 1.5 billion (the recorded month is far larger): no accusation on a guess
    text = "Turkey's imports from Russia were $1.500 billion in January 2024."
    row = checked_figure(records, text, "1.500", "2024-06-01")
    assert row["verdict"] not in ("wrong", "understated", "exaggerated", "misleading")


# --- scale words, currency, percent-first, two scales --------------------------------------


@pytest.mark.parametrize(
    ("text", "which", "value", "unit"),
    [
        ("In 2024 Turkish import from Russia made up 44,02 mlrd dollars.", "44,02", 44.02e9,
         "USD"),
        ("In 2024 Turkish import from Russia made up 44,02 bln. dollars.", "44,02", 44.02e9,
         "USD"),
        ("Per 9 months of 2025 the import of Turkey from RF made up 31,4 bln. USD.", "31,4",
         31.4e9, "USD"),
        ("In June 2025 exports to Russia were 450 million 461 thousand dollars.", "450 million",
         450.461e6, "USD"),
        ("Exports to Russia reached 2 billion 150 million dollars in 2024.", "2 billion",
         2.15e9, "USD"),
        ("Imports from Russia in the period decreased by %4,9 in 2025.", "%4,9", -4.9,
         "percent"),
        ("Russia's share in Türkiye's imports stood at %12 in 2024.", "%12", 12.0, "percent"),
    ],
)  # fmt: skip
def test_translated_scales_currencies_and_percent_signs(text, which, value, unit):
    row = read_figure(text, which, "2026-02-01")
    assert row["value"] == pytest.approx(value)
    assert row["unit"] == unit
    assert "unit_assumed" not in reading_notes(row)


def test_a_sentence_stop_after_a_scale_word_is_not_taken_into_the_unit():
    row = read_figure("Imports from Russia were 44 bln. The rest came from China.", "44",
                      "2025-06-01")  # fmt: skip
    assert row["quote"].endswith("44 bln")


def test_two_scales_of_the_same_size_are_no_single_sum():
    # "5 million 3 million dollars" (a list that lost its comma) is no sum of 8 million
    text = "Turkish exports to Russia in 2024 reached 5 million 3 million dollars in total."
    row = read_figure(text, "3 million", "2025-06-01")
    assert row["value"] == pytest.approx(3e6)


# --- periods and whose flow -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "which", "period"),
    [
        ("Per 9 months of 2025 the import of Turkey from Russia made up 31,4 bln. USD.",
         "31,4", "2025-01/2025-09"),
        ("For 6 months of 2024 Turkish export to Russia was 2,1 bln. dollars.", "2,1",
         "2024-01/2024-06"),
        ("In 2022 the Turkish import from Russia was 58,8 bln. dollars, in 2021 - 28,96 bln.",
         "28,96", "2021"),
        ("In 2022 the Turkish import from Russia was 58,8 bln. dollars, in 2021 - 28,96 bln.",
         "58,8", "2022"),
        ("Russian tourists in Turkey: in 2024 - 6,7 mln. people, in 2019 - 7 017 657 people.",
         "7 017 657", "2019"),
    ],
)  # fmt: skip
def test_translated_periods(text, which, period):
    assert read_figure(text, which, "2026-02-01")["period"] == period


@pytest.mark.parametrize(
    ("text", "which", "period", "flow"),
    [
        ("Per 9 months of 2025 the import of Turkey from RF made up 31,4 bln. USD against"
         " 32,4 bln. USD for the same period of 2024.", "32,4", "2024-01/2024-09", "import"),
        ("In January-June 2025 Turkish export to Russia was 2,84 mlrd. USD against 3,1 mlrd."
         " USD in the same period of 2024.", "3,1", "2024-01/2024-06", "export"),
    ],
)  # fmt: skip
def test_a_stop_after_a_scale_word_ends_no_sentence(text, which, period, flow):
    row = read_figure(text, which, "2025-10-18")
    assert fields(row, "period", "flow") == (period, flow)


@pytest.mark.parametrize(
    ("text", "which", "value"),
    [
        ("In 2024 Turkish import from Russia was 44,02 bln. dollars, the decrease was 3,5%.",
         "3,5%", -3.5),
        ("In 2023 the number of Russian tourists in Turkey was 6,3 mln., the growth amounted to"
         " 21%.", "21%", 21.0),
        ("Turkish export to Russia fell in 2024; the reduction made up about 10 percent.",
         "10 percent", -10.0),
    ],
)  # fmt: skip
def test_a_change_as_the_subject_of_its_clause(text, which, value):
    row = read_figure(text, which, "2025-06-01")
    assert fields(row, "measure", "value") == ("change", value)


def test_a_change_after_a_base_figure_is_the_main_figures():
    text = (
        "Per 9 months of 2025 the import of Turkey from RF made up 31,4 bln. USD against"
        " 32,4 bln. USD for the same period of 2024, the decrease was 2,9%."
    )
    row = read_figure(text, "2,9%", "2025-10-18")
    assert fields(row, "measure", "period", "base_period") == (
        "change",
        "2025-01/2025-09",
        "2024-01/2024-09",
    )


def test_for_some_months_without_a_year_is_a_duration_not_a_span():
    text = "Turkish imports from Russia were $3.3 billion in April 2024, for 9 months in a row."
    assert read_figure(text, "3.3", "2024-06-01")["period"] == "2024-04"


def test_a_year_pair_with_a_dash_stays_a_span():
    row = read_figure("Turkish imports from Russia were $90 billion in 2021 - 2022.", "90",
                      "2024-06-01")  # fmt: skip
    assert row["period"] != "2022"


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("In January-March 2025 the import of Turkey from Russia amounted to 11,3 bln. dollars.",
         "11,3"),
        ("In 2024 the export of the Turkish Republic to RF made up 5,98 bln. dollars.", "5,98"),
        ("The export of Turkish goods to the Russian Federation was 1,44 bln. dollars in 2024.",
         "1,44"),
        ("The export of Turkish goods to RF in January-March 2025 reached 1,44 bln. dollars.",
         "1,44"),
        ("In 2024 exports of Russia to Turkey reached 44 billion dollars.", "44"),
    ],
)  # fmt: skip
def test_a_countrys_flow_is_all_goods(text, which):
    row = read_figure(text, which, "2025-06-01")
    assert fields(row, "indicator", "product") == ("merchandise_trade", "TOTAL")


def test_goods_named_with_a_country_adjective_stay_goods():
    text = "In 2024 exports of Turkish textiles to Russia reached 1,2 bln. dollars."
    assert read_figure(text, "1,2", "2025-06-01")["product"] != "TOTAL"


def test_a_true_translated_figure_is_accurate(records):
    text = (
        "MOSCOW, February 20, 2026. In December 2025 the Turkish import from the Russian"
        " Federation was 3 490,9 mln. dollars, according to TurkStat."
    )
    row = checked_figure(records, text, "3 490,9", "2026-02-20")
    assert row["verdict"] == "accurate"


# --- currencies of Gulf and Asian wires -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "which", "value", "unit"),
    [
        ("Turkish exports to Russia were valued at USD9.5 billion in 2024.", "USD9.5", 9.5e9,
         "USD"),
        ("Russia's exports to Turkey reached EUR2bn in March 2024.", "EUR2bn", 2e9, "EUR"),
    ],
)  # fmt: skip
def test_a_currency_code_glued_to_the_figure(text, which, value, unit):
    row = read_figure(text, which, "2024-06-01")
    assert fields(row, "value", "unit") == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("Turkey's trade with the UAE reached Dh 70 billion in 2023.", "Dh 70"),
        ("India's purchases of Russian crude rose to Rs 3.2 lakh crore in 2023.", "Rs 3.2"),
        ("Turkish exports to Russia were worth 500 million dirhams in 2023.", "500 million"),
        ("Russian sales to Turkey reached 1,200 million yuan in 2023.", "1,200"),
    ],
)
def test_a_foreign_currency_is_never_taken_for_dollars(records, text, which):
    row = read_figure(text, which, "2024-06-01")
    assert row["unit"] != "USD"
    checked = checked_figure(records, text, which, "2024-06-01")
    assert checked["verdict"] == "unverifiable"


def test_a_percent_sign_before_a_spaced_number_belongs_to_the_figure_before():
    # "5% 30 days": the sign closes 5%, it does not open "% 30" (the sign-first form is glued)
    from factcheck.extraction.quantities import find_quantities

    text = "Turkish exports to Russia rose 5% 30 days after the deal, to $1 billion in May 2024."
    quoted = [text[q.start : q.end] for q in find_quantities(text)]
    assert "5%" in quoted
    assert not any(q.startswith("%") for q in quoted)
