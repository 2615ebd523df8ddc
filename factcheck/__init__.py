"""Fact-check: match claims to recorded observations, give each a sourced verdict."""

import datetime as dt

import pandas as pd

from factcheck.check import VERDICT_COLUMNS, check_claims, document_address, evidence_table
from factcheck.claimreview import claim_reviews
from factcheck.documents import DocumentError
from factcheck.extraction import extract_claims
from validation import validate_table
from validation.verdicts import VerdictRow

MAX_CHECKED_FIGURES = 200


def check_text(
    text: str,
    document: str,
    document_date: dt.date | str | None,
    observations: pd.DataFrame,
    sources: pd.DataFrame,
) -> pd.DataFrame:
    """Extract the claims of any text and check them: the verdict table, validated.

    A text citing more than MAX_CHECKED_FIGURES figures is refused with a DocumentError
    (checking costs about 20 ms a figure): the caller says so, nothing is half-checked.
    """
    claims = extract_claims(text, document, document_date)
    if len(claims) > MAX_CHECKED_FIGURES:
        raise DocumentError(
            f"{document}: cites {len(claims):,} figures; at most {MAX_CHECKED_FIGURES} are "
            "checked at once. Split the document and check the parts."
        )
    return validated(check_claims(claims, observations, sources, texts={document: text}))


def validated(verdicts: pd.DataFrame) -> pd.DataFrame:
    return validate_table(VerdictRow, verdicts, "verdicts")


__all__ = [
    "MAX_CHECKED_FIGURES",
    "VERDICT_COLUMNS",
    "check_claims",
    "check_text",
    "claim_reviews",
    "document_address",
    "evidence_table",
    "validated",
]
