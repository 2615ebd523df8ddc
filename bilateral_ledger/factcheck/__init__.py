"""Fact-check: match claims to recorded observations, give each a sourced verdict."""

import datetime as dt

import pandas as pd

from bilateral_ledger.factcheck.check import VERDICT_COLUMNS, check_claims, evidence_table
from bilateral_ledger.factcheck.claimreview import claim_reviews
from bilateral_ledger.loaders.extraction import extract_claims
from bilateral_ledger.validation import validate_table
from bilateral_ledger.validation.verdicts import VerdictRow


def check_text(
    text: str,
    document: str,
    document_date: dt.date | str | None,
    observations: pd.DataFrame,
    sources: pd.DataFrame,
) -> pd.DataFrame:
    """Extract the claims of any text and check them: the verdict table, validated."""
    claims = extract_claims(text, document, document_date)
    return validated(check_claims(claims, observations, sources))


def validated(verdicts: pd.DataFrame) -> pd.DataFrame:
    return validate_table(VerdictRow, verdicts, "verdicts")


__all__ = [
    "VERDICT_COLUMNS",
    "check_claims",
    "check_text",
    "claim_reviews",
    "evidence_table",
    "validated",
]
