"""pandera models for documents and the claims they cite."""

import re

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from validation import vocabulary as vocab
from validation.claim_vocabulary import COMPARATORS, PERIOD_BASES
from validation.schemas import units_fit_indicators

CLAIM_COLUMNS = [
    "claim_id",
    "document",
    "title",
    "start",
    "end",
    "quote",
    "value",
    "value_low",
    "value_high",
    "comparator",
    "unit",
    "period",
    "period_basis",
    "period_note",
    "indicator",
    "reporter",
    "partner",
    "flow",
    "product",
    "breakdown",
    "flag",
    "note",
]
CLAIM_PERIOD = re.compile(r"(\d{4})(/\d{4})?")


class Document(pa.DataFrameModel):
    """A document whose claims we check: file name, title, kind and the date it speaks from."""

    document: Series[str] = pa.Field(unique=True, str_length={"min_value": 1})
    title: Series[str] = pa.Field(str_length={"min_value": 1})
    kind: Series[str] = pa.Field(isin=["news_analysis", "academic_paper", "upload"])
    date: Series[str] = pa.Field(str_matches=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
    date_note: Series[str]

    class Config:
        strict = True


class Claim(pa.DataFrameModel):
    """One figure a document cites: where it is, how it reads, and what it measures."""

    claim_id: Series[str] = pa.Field(unique=True, str_length={"min_value": 1})
    document: Series[str] = pa.Field(str_length={"min_value": 1})
    title: Series[str]
    start: Series[int] = pa.Field(ge=0)
    end: Series[int] = pa.Field(gt=0)
    quote: Series[str] = pa.Field(str_length={"min_value": 1})
    value: Series[float] = pa.Field(nullable=False)
    value_low: Series[float] = pa.Field(nullable=True)
    value_high: Series[float] = pa.Field(nullable=True)
    comparator: Series[str] = pa.Field(isin=list(COMPARATORS))
    unit: Series[str] = pa.Field(isin=list(vocab.UNITS))
    period: Series[str] = pa.Field(str_matches=r"^(\d{4}(/\d{4})?)?$")
    period_basis: Series[str] = pa.Field(isin=list(PERIOD_BASES))
    period_note: Series[str]
    indicator: Series[str] = pa.Field(isin=list(vocab.INDICATORS))
    reporter: Series[str] = pa.Field(str_matches=r"^([A-Z]{3})?$")
    partner: Series[str] = pa.Field(str_matches=r"^([A-Z]{3})?$")
    flow: Series[str] = pa.Field(isin=list(vocab.FLOWS))
    product: Series[str]
    breakdown: Series[str]  # the part of the indicator meant, as observations name it
    flag: Series[str]
    note: Series[str]

    class Config:
        strict = True

    @pa.dataframe_check(name="quote length equals end - start")
    def span_fits_quote(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["end"] - df["start"]) == df["quote"].str.len()

    @pa.dataframe_check(name="unit allowed for indicator")
    def unit_fits_indicator(cls, df: pd.DataFrame) -> Series[bool]:
        return units_fit_indicators(df)

    @pa.dataframe_check(name="value_low <= value <= value_high")
    def band_holds_value(cls, df: pd.DataFrame) -> Series[bool]:
        low_ok = df["value_low"].isna() | (df["value_low"] <= df["value"])
        high_ok = df["value_high"].isna() | (df["value"] <= df["value_high"])
        return low_ok & high_ok

    @pa.dataframe_check(name="a period unless its basis is unknown")
    def period_matches_basis(cls, df: pd.DataFrame) -> Series[bool]:
        has_period = df["period"] != ""
        return has_period == (df["period_basis"] != "unknown")
