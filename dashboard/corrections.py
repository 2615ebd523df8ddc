"""A reader's corrections of how a claim was read: kept in the page address under the
document's fingerprint and the claim's id (fix-<fingerprint>-<claim id>=period:2019|
direction:reversed|confirmed:yes), applied to the claim frame before it is checked again, and
said back in words."""

import hashlib

import pandas as pd
import streamlit as st

FIX_PREFIX = "fix-"
FIX_UNITS = ["USD", "EUR", "bcm", "bcm_per_year", "tonnes", "persons", "percent", "rank", "count"]
MEASURES = ["level", "change", "share", "rank", "target", "capacity"]


def fingerprint(raw: bytes) -> str:
    """A short fingerprint of a document's bytes. Claim ids restart at x001 in every pasted
    text, so a correction is kept under the fingerprint too: it applies to the text it was made
    on, never to another one pasted after it or to one opened from an address that holds it."""
    return hashlib.sha256(raw).hexdigest()[:10]


def fix_key(document: str, claim_id: str) -> str:
    """The address's key of a correction to `claim_id` of the document with that fingerprint."""
    return f"{FIX_PREFIX}{document}-{claim_id}"


def corrections(document: str) -> dict[str, dict[str, str]]:
    """The corrections kept in the URL for the document with that fingerprint, by claim id."""
    fixes = {}
    own = fix_key(document, "")
    for key in st.query_params:
        if key.startswith(own):
            parts = dict(p.split(":", 1) for p in st.query_params[key].split("|") if ":" in p)
            fixes[key.removeprefix(own)] = parts
    return fixes


def corrected(claim: pd.Series, fix: dict[str, str]) -> pd.Series:
    """The claim frame with the reader's corrections applied (and noted)."""
    claim = claim.copy()
    if fix.get("period"):
        claim["period"] = fix["period"]
        claim["period_basis"] = "stated"
        if "period_note" in claim:  # the reader's note on how it dated the figure no longer holds
            claim["period_note"] = f"set by the reader: {fix['period']}"
        claim["period_granularity"] = (
            "month" if len(fix["period"]) == 7 else "month_range" if "/" in fix["period"]
            else "year"
        )  # fmt: skip
    if fix.get("base"):
        claim["base_period"] = fix["base"]
    if fix.get("direction") == "reversed":
        claim["reporter"], claim["partner"] = claim["partner"], claim["reporter"]
    for column in ("unit", "measure"):
        if fix.get(column):
            claim[column] = fix[column]
    if fix:
        notes = [n for n in str(claim["reading_notes"]).split(";") if n]
        corrected_notes = {"period": "period_inferred", "direction": "direction_inferred",
                           "unit": "unit_assumed", "measure": "measure_unknown",
                           "base": "base_period_inferred"}  # fmt: skip
        drop = {corrected_notes[k] for k in fix if k in corrected_notes}
        if fix.get("confirmed"):
            # The reader vouches for what was inferred or assumed (a value or a measure
            # the reader could not make out stays unsure).
            drop |= {n for n in notes if n.endswith(("_inferred", "_assumed"))}
        claim["reading_notes"] = ";".join(n for n in notes if n not in drop)
        claim["note"] = f"corrected by the reader: {fix}"
    return claim


FIX_WORDS = {
    "period": "period",
    "base": "compared with",
    "direction": "direction",
    "unit": "unit",
    "measure": "measure",
    "confirmed": "reading confirmed",
}


def correction_words(fix: dict[str, str]) -> str:
    """A correction as a reader says it: 'period 2023; reading confirmed'."""
    return "; ".join(
        FIX_WORDS.get(k, k) if k == "confirmed" else f"{FIX_WORDS.get(k, k)} {v}"
        for k, v in fix.items()
    )
