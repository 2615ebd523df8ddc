"""pandera model for the fact-check output: one sourced verdict per claim."""

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from validation import vocabulary as vocab
from validation.claim_vocabulary import VERDICTS


class VerdictRow(pa.DataFrameModel):
    """A claim beside what was recorded, the verdict, and the sentence explaining it."""

    claim_id: Series[str] = pa.Field(unique=True)
    document: Series[str]
    quote: Series[str] = pa.Field(str_length={"min_value": 1})
    indicator: Series[str] = pa.Field(isin=list(vocab.INDICATORS))
    reporter: Series[str]
    partner: Series[str]
    comparator: Series[str]
    claimed_value: Series[float]
    claimed_unit: Series[str] = pa.Field(isin=list(vocab.UNITS))
    claimed_period: Series[str]
    period_basis: Series[str]
    recorded_value: Series[float] = pa.Field(nullable=True)
    recorded_unit: Series[str]
    recorded_period: Series[str]
    source: Series[str]
    source_title: Series[str]
    tier: Series[str] = pa.Field(isin=[*vocab.TIERS, ""])
    view: Series[str]
    method: Series[str]
    gap_percent: Series[float] = pa.Field(nullable=True)
    verdict: Series[str] = pa.Field(isin=list(VERDICTS))
    verdict_label: Series[str]
    rating: Series[float] = pa.Field(nullable=True, ge=1, le=6)
    explanation: Series[str] = pa.Field(str_length={"min_value": 20})
    other_evidence: Series[str]

    class Config:
        strict = True

    @pa.dataframe_check(name="a verdict other than unverifiable cites a source and a period")
    def verdicts_are_sourced(cls, df: pd.DataFrame) -> Series[bool]:
        judged = df["verdict"] != "unverifiable"
        cited = (df["source"] != "") & (df["recorded_period"] != "") & df["recorded_value"].notna()
        return ~judged | cited

    @pa.dataframe_check(name="unverifiable rows cite nothing and carry no rating")
    def unverifiable_is_empty(cls, df: pd.DataFrame) -> Series[bool]:
        unverifiable = df["verdict"] == "unverifiable"
        return ~unverifiable | ((df["source"] == "") & df["rating"].isna())
