"""Sentences of our own through the reader and the checker, as the reading tests use them:
the frame of the one figure whose quote holds a given text, and its verdict."""

import datetime as dt

from factcheck import check_claims, validated
from factcheck.extraction import extract_claims

TODAY = dt.date(2026, 1, 15)  # a fixed 'today', so no goal falls due while the suite ages


def read_figure(text: str, which: str, date: str) -> dict:
    """The frame of the one figure of `text` whose quote contains `which`."""
    claims = extract_claims(text, "t.txt", date)
    claims = claims[claims["quote"].str.contains(which, regex=False)]
    assert len(claims) == 1, claims[["quote", "measure", "indicator"]].to_dict("records")
    return claims.iloc[0].to_dict()


def checked_figure(records, text: str, which: str, date: str) -> dict:
    """The verdict row of that figure, checked against `records` (observations, sources)."""
    claims = extract_claims(text, "t.txt", date)
    result = validated(check_claims(claims, *records, texts={"t.txt": text}, today=TODAY))
    result = result[result["quote"].str.contains(which, regex=False)]
    assert len(result) == 1
    return result.iloc[0].to_dict()


def reading_notes(row: dict) -> set[str]:
    return set(row["reading_notes"].split(";")) - {""}


def fields(row: dict, *names: str) -> tuple:
    return tuple(row[name] for name in names)
