"""A buyer's place among a seller's customers, from a trade matrix column (BP / EI)."""

import pandas as pd
import pytest

from factcheck import check_text
from factcheck.derive import LEVEL_COLUMNS, column_ranks
from tests.factcheck.snapshot import bundled
from validation.vocabulary import FORMER_SOVIET

BASE = {
    "indicator": "gas_imports", "a": "AAA", "flowkey": "move", "breakdown": "", "unit": "bcm",
    "period": "2015", "ptype": "year", "source_id": "s", "vintage": "v",
    "tier": "official_release", "method": "as published", "caveat": "",
}  # fmt: skip


def _table(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    """(buyer, product, bcm) rows of one edition's column for seller 'AAA'."""
    records = [
        BASE | {"b": buyer, "reporter": buyer, "product": product, "value": value}
        for buyer, product, value in rows
    ]
    return pd.DataFrame(records, columns=LEVEL_COLUMNS)


def _place(rows, who="TUR", parts=("pipeline_gas",), maybe_out=frozenset()):
    (figure,) = column_ranks(_table(rows), parts, "AAA", who, {}, maybe_out)
    return figure.value, figure.low, figure.high


def test_named_buyers_give_the_exact_place():
    rows = [("DEU", "pipeline_gas", 40), ("TUR", "pipeline_gas", 26), ("ITA", "pipeline_gas", 25)]
    assert _place(rows) == (2, 2, 2)


def test_a_former_soviet_buyer_above_makes_a_band_for_a_former_soviet_seller():
    rows = [("BLR", "pipeline_gas", 19), ("TUR", "pipeline_gas", 15), ("ITA", "pipeline_gas", 9)]
    assert _place(rows, maybe_out=FORMER_SOVIET) == (2, 1, 2)
    assert _place(rows) == (2, 2, 2)  # a seller whose buyers all count


def test_a_residual_row_may_hold_an_unnamed_buyer_of_at_least_the_place_holders_volume():
    rows = [("DEU", "pipeline_gas", 40), ("TUR", "pipeline_gas", 20), ("XOU", "pipeline_gas", 45)]
    assert _place(rows) == (2, 2, 4)  # two unnamed buyers of 20+ fit in 45
    rows[-1] = ("XOU", "pipeline_gas", 19)
    assert _place(rows) == (2, 2, 2)


def test_one_residual_row_completes_a_buyer_named_only_in_the_other_table():
    both = ("pipeline_gas", "lng")
    rows = [
        ("TUR", "pipeline_gas", 20), ("TUR", "lng", 1), ("FRA", "pipeline_gas", 8),
        ("JPN", "lng", 12), ("ESP", "lng", 3), ("XOE", "pipeline_gas", 9.5),
    ]  # fmt: skip
    # Japan (12) is named in the LNG table only: 9.5 bcm in the pipeline residual row lifts
    # it above Turkey's 21; Spain (3) would need 18, more than that row holds.
    assert _place(rows, parts=both) == (1, 1, 2)
    rows[-1] = ("XOE", "pipeline_gas", 5)
    assert _place(rows, parts=both) == (1, 1, 1)


def test_all_gas_needs_both_tables():
    rows = [("DEU", "pipeline_gas", 40), ("TUR", "pipeline_gas", 26)]
    assert column_ranks(_table(rows), ("pipeline_gas", "lng"), "AAA", "TUR", {}) == []


def _verdict(text: str, date: str) -> pd.Series:
    verdicts = check_text(text, "t.txt", date, *bundled())
    ranks = verdicts[verdicts["indicator"] == "gas_customer_rank"]
    assert len(ranks) == 1, verdicts[["quote", "indicator"]]
    return ranks.iloc[0]


def test_second_buyer_of_russian_gas_in_2013_is_accurate():
    row = _verdict(
        "Ankara. Turkey was the second-largest buyer of Russian gas in 2013, after Germany,"
        " officials said.",
        "2014-05-12",
    )
    assert (row["reporter"], row["partner"], row["period"]) == ("RUS", "TUR", "2013")
    assert row["verdict"] == "accurate"
    assert "Germany 39.833 bcm, Turkey 26.165 bcm" in row["explanation"]


def test_a_place_former_soviet_buyers_move_is_not_faulted():
    # 2019: Germany, Italy, Belarus and France (with LNG) ahead of Turkey; without Belarus
    # Turkey is fourth, and residual rows of 80+ bcm leave the place open: a band.
    for place in ("fourth", "third"):
        row = _verdict(
            f"Istanbul. In 2019 Turkey was the {place}-largest buyer of Russian gas, analysts"
            " said.",
            "2020-03-03",
        )
        assert row["verdict"] == "unverifiable", row["explanation"]
        assert "without former Soviet buyers (Belarus)" in row["explanation"]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Moscow. In 2015 Turkey was the largest buyer of Russian gas, a commentator said.",
         "2016-02-05"),
        ("Ankara. Turkey was the fourth-largest buyer of Russian gas in 2014, a paper wrote.",
         "2015-04-20"),
    ],
)  # fmt: skip
def test_a_wrong_place_every_reading_agrees_on_is_faulted(sentence, date):
    row = _verdict(sentence, date)
    assert row["verdict"] in ("wrong", "inaccurate"), row["explanation"]
    assert "2nd for" in row["explanation"]


def _export_rank_verdict(snapshot, published: float | None) -> dict:
    """'eleventh-largest export market' in 2021, where UN Comtrade's partner table puts Russia
    10th; with `published`, a press-reported official place for the same year is added."""
    import datetime as dt

    import pandas as pd

    from factcheck import check_claims
    from factcheck.extraction import extract_claims

    observations, sources = snapshot
    if published is not None:
        row = observations[observations["indicator"] == "merchandise_trade_rank"].iloc[:1]
        row = row.assign(
            reporter="TUR", partner="RUS", flow="export", product="TOTAL", breakdown="",
            period="2021", period_type="year", value=published, qualifier="exact",
            tier="official_reported",
        )  # fmt: skip
        observations = pd.concat([observations, row], ignore_index=True)
    text = "In 2021 Russia was Turkey's eleventh-largest export market."
    claims = extract_claims(text, "t.txt", "2022-06-01")
    verdicts = check_claims(claims, observations, sources, today=dt.date(2026, 1, 15))
    return verdicts.iloc[0].to_dict()


def test_a_computed_place_faults_a_rank_no_published_figure_backs(snapshot):
    assert _export_rank_verdict(snapshot, None)["verdict"] == "wrong"


def test_a_published_official_place_leaves_a_computed_disagreement_for_review(snapshot):
    verdict = _export_rank_verdict(snapshot, 11.0)
    assert verdict["verdict"] == "needs_review"
    assert "gives the claimed place" in verdict["explanation"]
