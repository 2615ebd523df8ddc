import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from validation import DatasetError, Observation, Source, validate_table
from validation.integrity import check_provenance
from validation.schemas import per_distinct, period_is_valid


def test_good_rows_pass(good_observations):
    validated = validate_table(Observation, good_observations, "obs.csv")
    assert len(validated) == 2


@pytest.mark.parametrize(
    ("column", "bad_value", "expected"),
    [
        ("unit", "USD million", "column 'unit', check isin"),
        ("value", -5.0, "value not negative for its unit"),
        ("period", "1899", "period written as its type"),
        ("reporter", "Turkey", "column 'reporter', check str_matches"),
        ("tier", "blog", "column 'tier', check isin"),
    ],
)
def test_bad_cell_is_named_with_its_line(good_observations, column, bad_value, expected):
    bad = good_observations.copy()
    bad.loc[0, column] = bad_value
    with pytest.raises(DatasetError) as caught:
        validate_table(Observation, bad, "trade.csv")
    message = str(caught.value)
    assert message.startswith("trade.csv:")
    assert expected in message
    assert "line 2" in message  # frame index 0 is the first data line of the file


def test_percent_above_100_is_refused(good_observations):
    bad = good_observations.copy()
    bad.loc[1, "value"] = 142.0
    with pytest.raises(DatasetError, match=r"percent within 0-100.*line 3"):
        validate_table(Observation, bad, "gas.csv")


def test_unit_must_fit_indicator(good_observations):
    bad = good_observations.copy()
    bad.loc[0, "unit"] = "bcm"
    with pytest.raises(DatasetError, match="unit allowed for indicator"):
        validate_table(Observation, bad, "trade.csv")


def test_duplicate_key_is_refused(good_observations):
    doubled = pd.concat([good_observations, good_observations.iloc[[0]]], ignore_index=True)
    with pytest.raises(DatasetError, match="multiple_fields_uniqueness"):
        validate_table(Observation, doubled, "trade.csv")


def test_unknown_source_id_is_refused(good_observations):
    sources = pd.DataFrame({"source_id": ["imf-dots-rus"], "tier": ["official_release"]})
    with pytest.raises(DatasetError, match=r"missing from sources\.csv: imf-dots-tur"):
        check_provenance(good_observations, sources)


def test_tier_must_match_source(good_observations):
    sources = pd.DataFrame({"source_id": ["imf-dots-tur"], "tier": ["official_statement"]})
    with pytest.raises(DatasetError, match="tier that differs"):
        check_provenance(good_observations, sources)


def test_page_source_needs_quote():
    page = {
        "source_id": "page-1",
        "family": "page_figures",
        "kind": "page_quote",
        "publisher": "example.org",
        "title": "An article",
        "url": "https://example.org/a",
        "retrieved": "",
        "edition": "undated article",
        "licence": "quotation",
        "tier": "official_reported",
        "raw_file": "trade/figures_from_pages.csv",
        "quote": "",
        "note": "",
    }
    with pytest.raises(DatasetError, match="page figures carry their exact quote"):
        validate_table(Source, pd.DataFrame([page]), "sources.csv")


@pytest.mark.parametrize(
    ("period", "period_type", "valid"),
    [
        ("2021", "year", True),
        ("2021-10", "month", True),
        ("2021-13", "month", False),
        ("2023-01/2023-07", "partial_year", True),
        ("2023", "partial_year", False),
        ("2007/2015", "year_span", True),
        ("2015/2007", "year_span", False),  # a span runs forwards
        ("2015/2015", "year_span", False),  # one year is a year, not a span
        ("2007-01/2015-12", "year_span", False),
        ("2007/2999", "year_span", False),
        ("1959", "year", False),
        ("2999", "year", False),
    ],
)
def test_period_rules(period, period_type, valid):
    assert period_is_valid(period, period_type) is valid


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["2021", "2021-10", "2021-13", "1959", "2023-01/2023-07", "x", ""]),
            st.sampled_from(["year", "month", "partial_year", "as_of", "week"]),
        ),
        max_size=60,
    )
)
def test_checks_per_distinct_value_give_the_row_by_row_answer(rows):
    periods = pd.Series([p for p, _ in rows], dtype="str", index=range(100, 100 + len(rows)))
    types = pd.Series([t for _, t in rows], dtype="str", index=periods.index)
    calls = []

    def test(period, period_type):
        calls.append((period, period_type))
        return period_is_valid(period, period_type)

    result = per_distinct(test, periods, types)
    assert result.tolist() == [period_is_valid(p, t) for p, t in rows]
    assert list(result.index) == list(periods.index)
    assert sorted(calls) == sorted(set(rows))  # once per distinct pair


def _span_row(good_observations, **fields) -> pd.DataFrame:
    row = good_observations.iloc[[0]].assign(
        indicator="gas_customer_rank", reporter="RUS", partner="TUR", flow="export",
        product="natural_gas", period="2007/2015", period_type="year_span", value=2.0,
        unit="rank", source_id="page-x", vintage="undated article", tier="official_statement",
        note="second in every year of the span",
    )  # fmt: skip
    return row.assign(**fields)


def test_a_span_of_years_holds_a_place_kept_in_each_year(good_observations):
    assert len(validate_table(Observation, _span_row(good_observations), "pages.csv")) == 1


def test_a_span_of_years_never_holds_a_level(good_observations):
    # "about 30 bcm every year" would be a rounded level, not a record of each year.
    level = _span_row(good_observations, indicator="gas_imports", unit="bcm", value=30.0)
    with pytest.raises(DatasetError, match="a span of years holds only a place"):
        validate_table(Observation, level, "pages.csv")
