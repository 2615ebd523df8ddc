"""Tables pasted into a text: each figure cell is a claim whose frame comes from the table's
caption, its column header and its row label; an unclear header never carries a negative
verdict. Tables of our own, in the shapes copy-paste leaves them."""

import pytest

from factcheck import check_claims, validated
from factcheck.explain import sentence_of
from factcheck.extraction import country_terms, extract_claims, read_text
from factcheck.extraction.tables import find_tables, split_unit, unit_of
from tests.factcheck.sentences import TODAY, fields, reading_notes

MARKDOWN = """Turkey and Russia, year by year

| Year | Purchases from Russia ($bn) | Sales to Russia ($bn) | Russian tourists (m) |
|------|----:|----:|----:|
| 2018 | 22.7 | 3.7 | 6.0 |
| 2019 | 23.1 | n/a | 7.0¹ |

¹ Ministry count.
"""

BARE_PIPES = """Gas note

Table 5: Russian gas delivered to Turkey by pipeline, bcm
Year | Volume | {change}
2018 | 22.8 | -17%
2019 | 14.6 | -36%
"""

TABS = (
    "Supply brief\n\nTürkiye's gas imports by supplier, 2023\n"
    "Country\tShare of total (%)\tVolume (bcm)\n"
    "Russia\t42.3\t21.4\nIran\t10.7\t–\nOthers\t27.0\t13.4\n"
)

PDF = """TURKEY AND RUSSIA: TRADE REVIEW

Table 1. Türkiye–Russia trade, US$ million
                         2019       2020
Imports from Russia    23,116     17,829
Exports to Russia       4,152      4,507
Source: national statistics.
"""


def cell(claims, text: str, line_start: str, figure: str) -> dict:
    """The one claim on `figure` in the line that starts with `line_start`."""
    line_at = next(i for i, line in enumerate(text.split("\n")) if line.startswith(line_start))
    offset = sum(len(line) + 1 for line in text.split("\n")[:line_at])
    at = offset + text.split("\n")[line_at].index(figure, len(line_start))
    found = claims[(claims["start"] == at) & (claims["end"] == at + len(figure))]
    assert len(found) == 1, claims[["quote", "start", "indicator"]].to_dict("records")
    return found.iloc[0].to_dict()


def test_markdown_table_cells_are_read_with_row_year_and_column_header():
    claims = extract_claims(MARKDOWN, "t.txt", "2021-05-01")
    imports = cell(claims, MARKDOWN, "| 2019", "23.1")
    assert (imports["indicator"], imports["flow"], imports["partner"]) == (
        "merchandise_trade",
        "import",
        "RUS",
    )
    assert (imports["value"], imports["unit"], imports["period"]) == (23.1e9, "USD", "2019")
    assert imports["quote"] == "23.1" and "table_cell" in reading_notes(imports)
    exports = cell(claims, MARKDOWN, "| 2018", "3.7")
    assert (exports["flow"], exports["value"], exports["period"]) == ("export", 3.7e9, "2018")
    tourists = cell(claims, MARKDOWN, "| 2019", "7.0")
    assert (tourists["indicator"], tourists["value"]) == ("visitor_arrivals_foreign", 7e6)
    # "n/a" is no figure; the rule line and the year labels are no claims
    assert len(claims) == 5


def test_bare_change_header_leaves_the_base_inferred():
    text = BARE_PIPES.format(change="Change")
    row = cell(extract_claims(text, "t.txt", "2020-06-01"), text, "2019", "-36%")
    assert (row["measure"], row["indicator"], row["period"]) == ("change", "gas_imports", "2019")
    assert "base_period_inferred" in reading_notes(row)


def test_year_on_year_header_sets_the_previous_row_as_base():
    text = BARE_PIPES.format(change="Change y/y")
    claims = extract_claims(text, "t.txt", "2020-06-01")
    row = cell(claims, text, "2019", "-36%")
    assert (row["value"], row["base_period"]) == (-36.0, "2018")
    assert "base_period_inferred" not in reading_notes(row)
    level = cell(claims, text, "2019", "14.6")
    assert (level["value"], level["unit"], level["partner"]) == (14.6, "bcm", "RUS")


def test_supplier_rows_name_the_partner_and_residual_rows_are_left_out():
    claims = extract_claims(TABS, "t.txt", "2024-03-01")
    iran = cell(claims, TABS, "Iran", "10.7")
    assert (iran["indicator"], iran["partner"], iran["period"]) == (
        "gas_import_share",
        "IRN",
        "2023",
    )
    volume = cell(claims, TABS, "Russia", "21.4")
    assert (volume["indicator"], volume["partner"], volume["unit"]) == ("gas_imports", "RUS", "bcm")
    assert "13.4" not in set(claims["quote"])  # "Others" is no country a record holds
    assert len(claims) == 3  # Iran's "–" is no figure


def test_space_aligned_years_as_columns_with_thousands_in_millions():
    claims = extract_claims(PDF, "t.txt", "2022-01-01")
    row = cell(claims, PDF, "Exports to Russia", "4,507")
    assert (row["value"], row["period"], row["flow"], row["reporter"]) == (
        4.507e9,
        "2020",
        "export",
        "TUR",
    )
    # the caption names Türkiye: the header's flow is Türkiye's, not inferred
    assert "direction_inferred" not in reading_notes(row)


def test_cell_sentence_shows_caption_row_and_column():
    text = BARE_PIPES.format(change="Change")
    claims = extract_claims(text, "t.txt", "2020-06-01")
    row = cell(claims, text, "2018", "22.8")
    assert sentence_of(text, row["start"], row["end"]) == (
        "Table 5: Russian gas delivered to Turkey by pipeline, bcm — 2018 | Volume: 22.8"
    )


def test_a_wrong_cell_is_judged_and_an_unclear_header_is_not(snapshot):
    text = MARKDOWN.replace("| 2019 | 23.1", "| 2019 | 31.2")
    claims = extract_claims(text, "t.txt", "2021-05-01")
    checked = validated(check_claims(claims, *snapshot, texts={"t.txt": text}, today=TODAY))
    wrong = checked[checked["quote"] == "31.2"].iloc[0]
    assert wrong["verdict"] in ("exaggerated", "wrong")
    unclear = "Memo\n\nSelected figures\n| Year | Value | Change |\n|---|---|---|\n"
    unclear += "| 2019 | 31.2 | .. |\n| 2020 | 17.8 | -23% |\n"
    claims = extract_claims(unclear, "u.txt", "2021-05-01")
    checked = validated(check_claims(claims, *snapshot, texts={"u.txt": unclear}, today=TODAY))
    assert set(checked["verdict"]) <= {"unverifiable", "needs_review"}


@pytest.mark.parametrize(
    "text",
    [
        "Imports rose  sharply in 2019.  Exports  fell by 4%  in 2020.\nNothing  else  changed.\n",
        "A | B\nplain words | more words\n",
        "| 2019 | 23.1 |\n| 2020 | 17.8 |\n",  # no header says what the figures are
    ],
)
def test_prose_and_headerless_rows_are_no_tables(text):
    assert find_tables(text, country_terms()) == []


def test_units_of_labels():
    assert split_unit("Imports from Russia ($bn)")[1] == unit_of("$bn")
    assert unit_of("US$ million").currency == "$" and unit_of("US$ million").scale == "million"
    assert split_unit("Gas, bcm") == ("Gas", unit_of("bcm"))
    assert not unit_of("Volume")


def test_every_number_of_a_table_is_accounted_for():
    _, numbers = read_text(MARKDOWN.replace("¹", ""), "t.txt", "2021-05-01")
    read = numbers[numbers["status"] == "claim"]
    assert set(read["number"]) == {"22.7", "3.7", "6.0", "23.1", "7.0"}
    assert set(numbers.loc[numbers["status"] == "left out", "number"]) >= {"2018", "2019"}


MONTHS = """Monthly tracker

Türkiye's purchases from Russia by month, in billions of US dollars
| Month | Purchases | y/y |
|---|---|---|
| Mar 2023 | 3.9 | -12% |
| Apr 2023 | 4.1 | .. |
"""


def test_month_rows_date_their_cells_and_year_on_year_is_against_the_same_month():
    claims = extract_claims(MONTHS, "t.txt", "2023-06-01")
    level = cell(claims, MONTHS, "| Mar 2023", "3.9")
    assert (level["value"], level["unit"], level["period"]) == (3.9e9, "USD", "2023-03")
    change = cell(claims, MONTHS, "| Mar 2023", "-12%")
    assert (change["value"], change["period"]) == (-12.0, "2023-03")
    assert change["base_period"] == "2022-03"
    assert "base_period_inferred" not in reading_notes(change)


def test_cells_written_with_their_unit_and_a_scale_never_stated():
    text = (
        "Turkey and Russia\n\n| Year | Purchases from Russia | Gas from Russia |\n|---|---|---|\n"
        "| 2022 | $58.9bn | 21.6 bcm |\n"
    )
    claims = extract_claims(text, "t.txt", "2023-06-01")
    assert cell(claims, text, "| 2022", "$58.9bn")["value"] == 58.9e9
    assert cell(claims, text, "| 2022", "21.6 bcm")["indicator"] == "gas_imports"
    unscaled = "Turkey and Russia\n\nTrade (US$)\n| Year | Imports from Russia |\n|---|---|\n"
    unscaled += "| 2019 | 23.1 |\n"
    row = cell(extract_claims(unscaled, "t.txt", "2021-06-01"), unscaled, "| 2019", "23.1")
    assert "unit_assumed" in reading_notes(row)  # "$" over 23.1: no accusation on a guess


def test_change_column_between_two_year_columns():
    text = (
        "Türkiye and Russia\n\n| Indicator | 2022 | 2023 | {header} |\n|---|---|---|---|\n"
        "| Türkiye's imports from Russia ($bn) | 58.9 | 45.6 | -22.5% |\n"
    )
    stated = text.format(header="Change 2023/2022")
    row = cell(extract_claims(stated, "t.txt", "2024-06-01"), stated, "| Türkiye's", "-22.5%")
    assert (row["measure"], row["period"], row["base_period"]) == ("change", "2023", "2022")
    assert "base_period_inferred" not in reading_notes(row)
    bare = text.format(header="Change")
    row = cell(extract_claims(bare, "t.txt", "2024-06-01"), bare, "| Türkiye's", "-22.5%")
    assert row["measure"] == "change" and "base_period_inferred" in reading_notes(row)


def test_a_signed_percent_read_as_no_change_is_ambiguous():
    text = "Türkiye and Russia\n\n| Year | Imports from Russia |\n|---|---|\n| 2023 | -22.5% |\n"
    row = cell(extract_claims(text, "t.txt", "2024-06-01"), text, "| 2023", "-22.5%")
    assert row["measure"] == "change" or "value_ambiguous" in reading_notes(row)


NATIONALITIES = """MINISTRY OF CULTURE AND TOURISM, TÜRKİYE

Visitors by nationality, January–December
Nationality        2023           2024
Russia        6 313 071      6 700 000
Germany       6 229 000      6 600 000
Total        49 209 181     52 000 000
"""


def test_nationality_rows_are_arrivals_in_the_host_and_total_is_everyone():
    claims = extract_claims(NATIONALITIES, "t.txt", "2025-02-01")
    germany = cell(claims, NATIONALITIES, "Germany", "6 600 000")
    assert fields(germany, "indicator", "reporter", "partner", "period", "value") == (
        "visitor_arrivals_foreign",
        "TUR",
        "DEU",
        "2024",
        6.6e6,
    )
    total = cell(claims, NATIONALITIES, "Total", "52 000 000")
    # the whole: never read as one nationality's arrivals
    assert total["partner"] == "WLD" or "partner_inferred" in reading_notes(total)


def test_a_unit_column_is_read_into_its_row():
    text = (
        "Türkiye and Russia\n\nIndicator\tUnit\t2020\t2021\n"
        "Crude oil imports from Russia\tmillion tonnes\t3.3\t5.4\n"
        "Imports from Russia\tUS$ bn\t17.8\t29.0\n"
    )
    claims = extract_claims(text, "t.txt", "2022-06-01")
    oil = cell(claims, text, "Crude oil", "5.4")
    assert fields(oil, "indicator", "unit", "value", "period") == (
        "oil_imports",
        "tonnes",
        5.4e6,
        "2021",
    )
    assert cell(claims, text, "Imports from", "17.8")["value"] == 17.8e9
    assert "million tonnes" not in set(claims["quote"])


def test_equal_mentions_leave_the_projects_pair_first():
    from factcheck.extraction.countries import CountryFinder

    finder = CountryFinder(country_terms(), "Germany, Russia and Türkiye met.")
    assert set(finder.pair) == {"TUR", "RUS"}  # not Germany, named as often


def test_a_rank_column_is_a_label_and_a_year_in_a_header_dates_the_column():
    text = (
        "Türkiye's tourism\n\nNo. | Country | Arrivals in 2023 (million)\n"
        "1 | Russia | 6.3\n2 | Germany | 6.2\n"
    )
    claims = extract_claims(text, "t.txt", "2024-03-01")
    row = cell(claims, text, "2 | Germany", "6.2")
    assert fields(row, "indicator", "partner", "period", "value") == (
        "visitor_arrivals_foreign",
        "DEU",
        "2023",
        6.2e6,
    )
    assert len(claims) == 2  # the ranks 1 and 2 are no figures


def test_a_markdown_caption_loses_its_marks():
    text = (
        "Turkey and Russia\n\n## **Table 3: Russian pipeline gas delivered to Türkiye, bcm**\n\n"
        "| Year | Volume |\n|---|---|\n| 2019 | 14.6 |\n| 2020 | 15.6 |\n"
    )
    row = cell(extract_claims(text, "t.txt", "2022-06-01"), text, "| 2020", "15.6")
    assert fields(row, "indicator", "partner", "value") == ("gas_imports", "RUS", 15.6)
    assert sentence_of(text, row["start"], row["end"]).startswith("Table 3: Russian pipeline")
