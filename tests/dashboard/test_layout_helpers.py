"""Shared layout helpers: the verdict table reads on a phone (verdict before the long text)."""

from dashboard.layout import verdict_table
from factcheck import check_claims
from factcheck.documents import load_claims
from loaders import load_observations, load_sources


def test_verdict_comes_right_after_the_claim_id():
    claims = load_claims().head(3)
    table = verdict_table(check_claims(claims, load_observations(), load_sources()))
    assert list(table.columns[:2]) == ["claim", "verdict"]
    assert list(table.columns).index("quote") > list(table.columns).index("recorded")
