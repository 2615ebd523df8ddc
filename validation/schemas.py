"""pandera models for the tables in datasets/: the contract every stage relies on."""

import datetime as dt
import re

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from validation import vocabulary as vocab

FIRST_YEAR = 1960
_PERIOD_PATTERNS = {
    "year": re.compile(r"(\d{4})"),
    "as_of": re.compile(r"(\d{4})"),
    "design": re.compile(r"(\d{4})"),
    "month": re.compile(r"(\d{4})-(0[1-9]|1[0-2])"),
    "partial_year": re.compile(r"(\d{4})-(0[1-9]|1[0-2])/(\d{4})-(0[1-9]|1[0-2])"),
    "year_span": re.compile(r"(\d{4})/(\d{4})"),
}
_HS = re.compile(vocab.HS_PRODUCT_PATTERN)
OBSERVATION_KEY = [
    "indicator",
    "reporter",
    "partner",
    "flow",
    "product",
    "breakdown",
    "period",
    "unit",
    "source_id",
    "vintage",
]


# The largest value a single recorded figure can plausibly take, per unit: far above any real
# figure (world totals included), low enough to stop a scale slip or an absurd API answer.
UNIT_CEILINGS: dict[str, float] = {
    "USD": 1e14,  # above world GDP in a year
    "EUR": 1e14,
    "bcm": 1e4,  # world gas production is about 4,000 bcm a year
    "bcm_per_year": 1e4,
    "mcm_per_day": 3e4,
    "TJ": 1e9,  # world primary energy is about 6e8 TJ a year
    "tonnes": 1e11,  # world seaborne trade is about 1.2e10 tonnes a year
    "barrels_per_day": 2e8,  # world oil demand is about 1e8 barrels a day
    "persons": 1e10,
    "trips": 1e10,
    "percent": 100.0,
    "rank": 1000.0,
    "count": 1e9,
    "MW": 1e8,  # world generating capacity is under 1e7 MW
    "USD_per_kWh": 100.0,
    "km": 1e6,
}


def period_is_valid(period: str, period_type: str) -> bool:
    """True when `period` is written as its type says and lies within 1960..this year."""
    pattern = _PERIOD_PATTERNS.get(period_type)
    match = pattern.fullmatch(period) if pattern else None
    if not match:
        return False
    years = [int(g) for g in match.groups() if len(g) == 4]
    if period_type == "year_span" and not years[0] < years[1]:
        return False  # a span runs forwards over at least two years
    return all(FIRST_YEAR <= year <= dt.date.today().year for year in years)


def per_distinct(test, *columns: pd.Series) -> pd.Series:
    """`test(*values)` for every row, called once per distinct combination of the columns'
    values (a snapshot of tens of thousands of rows holds a few hundred): the same result as
    calling it row by row, at a fraction of the cost."""
    group = np.zeros(len(columns[0]), dtype=np.int64)
    for column in columns:
        codes, uniques = pd.factorize(column, use_na_sentinel=False)
        group = np.unique(group * max(len(uniques), 1) + codes, return_inverse=True)[1]
        group = group.reshape(-1)
    _, first, inverse = np.unique(group, return_index=True, return_inverse=True)
    values = zip(*(column.iloc[first].tolist() for column in columns), strict=True)
    results = np.array([bool(test(*row)) for row in values], dtype=bool)
    return pd.Series(results[inverse.reshape(-1)], index=columns[0].index)


def _unit_fits(indicator: str, unit: str) -> bool:
    return unit in vocab.INDICATORS.get(indicator, ("", frozenset()))[1]


def units_fit_indicators(df: pd.DataFrame) -> pd.Series:
    """True where the row's unit is one its indicator allows (shared by every table)."""
    return per_distinct(_unit_fits, df["indicator"], df["unit"])


class Observation(pa.DataFrameModel):
    """One recorded figure: what, who, when, how much, in what unit, and from where."""

    indicator: Series[str] = pa.Field(isin=list(vocab.INDICATORS))
    reporter: Series[str] = pa.Field(str_matches=vocab.PARTNER_PATTERN)
    partner: Series[str] = pa.Field(str_matches=vocab.PARTNER_PATTERN)
    flow: Series[str] = pa.Field(isin=list(vocab.FLOWS))
    product: Series[str]
    breakdown: Series[str]
    period: Series[str]
    period_type: Series[str] = pa.Field(isin=list(vocab.PERIOD_TYPES))
    value: Series[float] = pa.Field(nullable=False)
    unit: Series[str] = pa.Field(isin=list(vocab.UNITS))
    qualifier: Series[str] = pa.Field(isin=list(vocab.QUALIFIERS))
    source_id: Series[str] = pa.Field(str_length={"min_value": 1})
    vintage: Series[str] = pa.Field(str_length={"min_value": 1})
    tier: Series[str] = pa.Field(isin=list(vocab.TIERS))
    preferred: Series[bool]
    note: Series[str]

    class Config:
        strict = True
        unique = OBSERVATION_KEY

    @pa.check("product", name="known product or HS code")
    def product_is_known(cls, product: Series[str]) -> Series[bool]:
        return per_distinct(lambda p: p in vocab.PRODUCTS or bool(_HS.fullmatch(p)), product)

    @pa.dataframe_check(name="unit allowed for indicator")
    def unit_fits_indicator(cls, df: pd.DataFrame) -> Series[bool]:
        return units_fit_indicators(df)

    @pa.dataframe_check(name="value not negative for its unit")
    def value_not_negative(cls, df: pd.DataFrame) -> Series[bool]:
        return ~(df["unit"].isin(vocab.NON_NEGATIVE_UNITS) & (df["value"] < 0))

    @pa.check("value", name="finite number")
    def value_is_finite(cls, value: Series[float]) -> Series[bool]:
        return pd.Series(np.isfinite(value.to_numpy(dtype=float)), index=value.index)

    @pa.dataframe_check(name="value within the plausible ceiling for its unit")
    def value_below_ceiling(cls, df: pd.DataFrame) -> Series[bool]:
        ceiling = df["unit"].map(UNIT_CEILINGS).fillna(np.inf)
        return ~(df["value"].abs() > ceiling)

    @pa.dataframe_check(name="percent within 0-100")
    def percent_in_range(cls, df: pd.DataFrame) -> Series[bool]:
        is_percent = df["unit"] == "percent"
        return ~is_percent | df["value"].between(0, 100)

    @pa.dataframe_check(name="period written as its type and within 1960-today")
    def period_fits_type(cls, df: pd.DataFrame) -> Series[bool]:
        return per_distinct(period_is_valid, df["period"], df["period_type"])

    @pa.dataframe_check(name="a span of years holds only a place kept in each year")
    def span_holds_a_place(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["period_type"] != "year_span") | df["unit"].isin(vocab.SPAN_UNITS)


class Source(pa.DataFrameModel):
    """Where a set of observations came from: publisher, address, vintage, tier, licence."""

    source_id: Series[str] = pa.Field(unique=True, str_length={"min_value": 1})
    # The source family (its observations table, e.g. trade_imf_dots): code that treats a
    # family alike selects on this column, never on a source-id prefix.
    family: Series[str] = pa.Field(str_length={"min_value": 1})
    kind: Series[str] = pa.Field(
        isin=["statistical_file", "statistical_api", "page_quote", "curated_fact"]
    )
    publisher: Series[str] = pa.Field(str_length={"min_value": 1})
    title: Series[str] = pa.Field(str_length={"min_value": 1})
    url: Series[str]
    retrieved: Series[str]
    edition: Series[str]
    licence: Series[str] = pa.Field(str_length={"min_value": 1})
    tier: Series[str] = pa.Field(isin=list(vocab.TIERS))
    raw_file: Series[str] = pa.Field(str_length={"min_value": 1})
    quote: Series[str]
    note: Series[str]

    class Config:
        strict = True

    @pa.dataframe_check(name="retrieved or edition given")
    def has_vintage(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["retrieved"] != "") | (df["edition"] != "")

    @pa.dataframe_check(name="page figures carry their exact quote")
    def pages_have_quotes(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["kind"] != "page_quote") | (df["quote"] != "")

    @pa.dataframe_check(name="page figures carry their address")
    def pages_have_urls(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["kind"] != "page_quote") | (df["url"] != "")
