"""A clause of result after a trade figure (sentences of our own, in a Turkish daily's English
edition style): ", leaving a deficit of more than $35 billion for Ankara" names the owner of
the balance it leads to, never a side of the flow before it, and "leaving Türkiye with a
deficit" makes Türkiye the balance's owner."""

from tests.factcheck.sentences import fields, read_figure, reading_notes

TEXT = (
    "Türkiye's exports to Russia amounted to $6.1 billion in 2025, while imports from its "
    "northern neighbor came to $40.5 billion, leaving a deficit of more than $34 billion for "
    "Ankara."
)


def test_a_result_clauses_country_lends_the_flow_before_it_no_side():
    row = read_figure(TEXT, "$40.5 billion", "2026-02-10")
    assert fields(row, "reporter", "partner", "flow") == ("TUR", "RUS", "import")
    assert "direction_inferred" not in reading_notes(row)


def test_the_result_clauses_balance_keeps_its_owner():
    row = read_figure(TEXT, "$34 billion", "2026-02-10")
    assert fields(row, "indicator", "reporter", "partner", "value") == (
        "trade_balance", "TUR", "RUS", -34e9
    )  # fmt: skip


def test_leaving_a_country_with_a_deficit_makes_it_the_balances_owner():
    row = read_figure(
        "Imports from Russia came to $40.5 billion in 2025, leaving Türkiye with a deficit of "
        "$34.5 billion.",
        "$34.5 billion",
        "2026-02-10",
    )
    assert fields(row, "indicator", "flow", "reporter", "partner", "value") == (
        "trade_balance", "balance", "TUR", "RUS", -34.5e9
    )  # fmt: skip


def test_a_country_left_with_a_surplus_owns_a_positive_balance():
    row = read_figure(
        "The sanctions left Russia with a surplus of $36 billion in its trade with Turkey in 2025.",
        "$36 billion",
        "2026-02-10",
    )
    assert fields(row, "reporter", "partner", "value") == ("RUS", "TUR", 36e9)
