"""pandera models for documents and the claims they cite."""

import re

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from validation import vocabulary as vocab
from validation.claim_vocabulary import (
    CLAIM_ONLY_UNITS,
    COMPARATORS,
    GRANULARITIES,
    MEASURES,
    PERIOD_BASES,
    READING_NOTES,
)
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
    "measure",
    "period",
    "period_granularity",
    "period_basis",
    "period_note",
    "base_period",
    "indicator",
    "reporter",
    "partner",
    "flow",
    "product",
    "breakdown",
    "flag",
    "note",
    "reading_notes",
]
CLAIM_UNITS = [*vocab.UNITS, *CLAIM_ONLY_UNITS]
# YYYY, YYYY-MM, YYYY-MM/YYYY-MM (a span of months) or YYYY/YYYY (a span of years), or empty.
PERIOD_PATTERN = r"^(\d{4}(-\d{2})?(/\d{4}(-\d{2})?)?)?$"
CLAIM_PERIOD = re.compile(r"(\d{4})(?:-(\d{2}))?(?:/(\d{4})(?:-(\d{2}))?)?")
READING_NOTES_PATTERN = r"^((%s)(;(%s))*)?$" % (("|".join(READING_NOTES),) * 2)


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
    """The claim frame: one figure a document cites, where it is, how it reads, what it measures.

    `ledger extract` produces it, the curated registry is written in it, the checker reads it.
    `value` is in base units with its sign (a fall is negative); `reading_notes` lists what was
    inferred rather than read, empty when the text said it all.
    """

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
    unit: Series[str] = pa.Field(isin=CLAIM_UNITS)
    measure: Series[str] = pa.Field(isin=list(MEASURES))
    period: Series[str] = pa.Field(str_matches=PERIOD_PATTERN)
    period_granularity: Series[str] = pa.Field(isin=list(GRANULARITIES))
    period_basis: Series[str] = pa.Field(isin=list(PERIOD_BASES))
    period_note: Series[str]
    base_period: Series[str] = pa.Field(str_matches=PERIOD_PATTERN)  # a change's base
    indicator: Series[str] = pa.Field(isin=[*vocab.INDICATORS, "unknown"])
    reporter: Series[str] = pa.Field(str_matches=r"^([A-Z]{3})?$")
    partner: Series[str] = pa.Field(str_matches=r"^([A-Z]{3})?$")
    flow: Series[str] = pa.Field(isin=list(vocab.FLOWS))
    product: Series[str]
    breakdown: Series[str]  # the part of the indicator meant, as observations name it
    flag: Series[str]
    note: Series[str]
    reading_notes: Series[str] = pa.Field(str_matches=READING_NOTES_PATTERN)

    class Config:
        strict = True

    @pa.dataframe_check(name="quote length equals end - start")
    def span_fits_quote(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["end"] - df["start"]) == df["quote"].str.len()

    @pa.dataframe_check(name="unit allowed for indicator")
    def unit_fits_indicator(cls, df: pd.DataFrame) -> Series[bool]:
        # A change may be in percent of its base; an unread quantity has nothing to fit.
        exempt = df["measure"].isin(["change", "unknown"]) | df["indicator"].eq("unknown")
        exempt |= df["unit"].isin(list(CLAIM_ONLY_UNITS))
        return exempt | units_fit_indicators(
            df.assign(indicator=df["indicator"].where(~exempt, ""))
        )

    @pa.dataframe_check(name="value_low <= value <= value_high")
    def band_holds_value(cls, df: pd.DataFrame) -> Series[bool]:
        low_ok = df["value_low"].isna() | (df["value_low"] <= df["value"])
        high_ok = df["value_high"].isna() | (df["value"] <= df["value_high"])
        return low_ok & high_ok

    @pa.dataframe_check(name="a period unless its basis is unknown")
    def period_matches_basis(cls, df: pd.DataFrame) -> Series[bool]:
        has_period = df["period"] != ""
        return has_period == (df["period_basis"] != "unknown")
