"""pandera model for the fact-check output: the claim frame, then one sourced verdict."""

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from validation import vocabulary as vocab
from validation.claim_vocabulary import VERDICTS
from validation.claims import CLAIM_COLUMNS, CLAIM_UNITS

# Beside the claim frame (validation.claims.CLAIM_COLUMNS), in this order.
VERDICT_ONLY_COLUMNS = [
    "sentence",
    "claimed_value",
    "claimed_unit",
    "claimed_period",
    "recorded_value",
    "recorded_unit",
    "recorded_period",
    "source",
    "source_title",
    "publisher",
    "tier",
    "view",
    "method",
    "gap_percent",
    "verdict",
    "verdict_label",
    "rating",
    "explanation",
    "other_evidence",
]
VERDICT_COLUMNS = [*CLAIM_COLUMNS, *VERDICT_ONLY_COLUMNS]
# Verdicts that rest on a recorded figure and must cite it.
CITING = set(VERDICTS) - {"unverifiable", "needs_review", "target_not_due"}


class VerdictRow(pa.DataFrameModel):
    """A claim frame beside what was recorded, the verdict, and the sentence explaining it."""

    claim_id: Series[str] = pa.Field(unique=True)
    document: Series[str]
    title: Series[str]
    start: Series[int]
    end: Series[int]
    quote: Series[str] = pa.Field(str_length={"min_value": 1})
    value: Series[float]
    value_low: Series[float] = pa.Field(nullable=True)
    value_high: Series[float] = pa.Field(nullable=True)
    comparator: Series[str]
    unit: Series[str] = pa.Field(isin=CLAIM_UNITS)
    measure: Series[str]
    period: Series[str]
    period_granularity: Series[str]
    period_basis: Series[str]
    period_note: Series[str]
    base_period: Series[str]
    indicator: Series[str] = pa.Field(isin=[*vocab.INDICATORS, "unknown"])
    reporter: Series[str]
    partner: Series[str]
    flow: Series[str]
    product: Series[str]
    breakdown: Series[str]
    flag: Series[str]
    note: Series[str]
    reading_notes: Series[str]
    sentence: Series[str]
    claimed_value: Series[float]
    claimed_unit: Series[str] = pa.Field(isin=CLAIM_UNITS)
    claimed_period: Series[str]
    recorded_value: Series[float] = pa.Field(nullable=True)
    recorded_unit: Series[str]
    recorded_period: Series[str]
    source: Series[str]
    source_title: Series[str]
    publisher: Series[str]
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

    @pa.dataframe_check(name="a verdict resting on a record cites a source and a period")
    def verdicts_are_sourced(cls, df: pd.DataFrame) -> Series[bool]:
        judged = df["verdict"].isin(CITING)
        cited = (df["source"] != "") & (df["recorded_period"] != "") & df["recorded_value"].notna()
        return ~judged | cited

    @pa.dataframe_check(name="unverifiable rows cite nothing and carry no rating")
    def unverifiable_is_empty(cls, df: pd.DataFrame) -> Series[bool]:
        unverifiable = df["verdict"] == "unverifiable"
        return ~unverifiable | ((df["source"] == "") & df["rating"].isna())

    @pa.dataframe_check(name="only the six-step scale carries a rating")
    def ratings_only_on_the_scale(cls, df: pd.DataFrame) -> Series[bool]:
        rated = df["verdict"].isin(VERDICTS[:6])
        return rated | df["rating"].isna()
