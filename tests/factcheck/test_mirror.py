"""Whose record a verdict rests on: a figure for one direction of trade is given as one
country's exports or imports; the partner's record of the same goods (the mirror) is a
different measurement (FOB against CIF, dates, routing, confidential items). A negative
verdict rests only on the claim's own reporter's record; a mirror alone can confirm, with a
label saying so, but never accuse. Frames are our own sentences."""

import pytest

from tests.factcheck.test_verdicts import check, frame, records  # noqa: F401


def test_a_figure_checked_only_against_the_partners_mirror_is_left_for_review(records):  # noqa: F811
    # Russia publishes no partner table for 2023: only Turkey's imports from Russia exist.
    row = frame(
        "Russia's exports to Turkey came to $30 billion in 2023", 30e9, "USD",
        "merchandise_trade", reporter="RUS", partner="TUR", flow="export", period="2023",
    )  # fmt: skip
    verdict = check(records, row).iloc[0]
    assert verdict["verdict"] == "needs_review"
    assert verdict["view"] == "Turkey-reported"
    assert verdict["recorded_value"] == pytest.approx(45.6e9, rel=0.01)  # shown, not hidden
    text = verdict["explanation"]
    assert "Only the mirror record is held: Turkey's imports from Russia" in text
    assert "Russia's exports to Turkey" in text and "not like for like" in text
    assert "would be understated" in text


def test_a_mirror_within_tolerance_confirms_with_a_label_saying_whose_record_it_is(records):  # noqa: F811
    row = frame(
        "Russia sold goods worth $45.5 billion to Turkey in 2023", 45.5e9, "USD",
        "merchandise_trade", reporter="RUS", partner="TUR", flow="export", period="2023",
    )  # fmt: skip
    verdict = check(records, row).iloc[0]
    assert verdict["verdict"] == "accurate"
    assert "mirror" in verdict["verdict_label"]
    assert "Only the mirror record is held" in verdict["explanation"]


def test_with_both_records_a_negative_verdict_rests_on_the_reporters_own(records):  # noqa: F811
    # 2018: Turkey recorded $22.7 bn of imports from Russia, Russia $21.5 bn of exports to
    # Turkey. $19 bn is nearer Russia's record, but the claim is Turkey's imports.
    row = frame(
        "Turkey bought only $19 billion of Russian goods in 2018", 19e9, "USD",
        "merchandise_trade", period="2018",
    )  # fmt: skip
    verdict = check(records, row).iloc[0]
    assert verdict["verdict"] == "understated"
    assert verdict["view"] == "Turkey-reported"
    assert "Only the mirror record" not in verdict["explanation"]
    assert "Russia recorded it" in verdict["explanation"]  # the mirror is still shown


def test_turnover_has_no_mirror_either_view_may_decide(records):  # noqa: F811
    row = frame(
        "Trade between the two countries was worth $20 billion in 2018", 20e9, "USD",
        "merchandise_trade", flow="total", period="2018",
    )  # fmt: skip
    verdict = check(records, row).iloc[0]
    assert verdict["verdict"] == "understated"
    assert "mirror" not in verdict["explanation"]


def test_with_both_records_the_reporters_own_decides_even_when_the_mirror_is_nearer(records):  # noqa: F811
    # 2018: Turkey recorded $22.7 bn of imports from Russia; Russia's exports, $21.5 bn.
    row = frame(
        "Turkey imported $22 billion of goods from Russia in 2018", 22e9, "USD",
        "merchandise_trade", period="2018",
    )  # fmt: skip
    verdict = check(records, row).iloc[0]
    assert verdict["view"] == "Turkey-reported"
    assert verdict["verdict"] == "approximately_right"


def test_a_claim_its_own_record_faults_but_the_mirror_confirms_is_left_for_review(records):  # noqa: F811
    # 2015: Russia recorded $19.3 bn of exports to Turkey, Turkey $20.7 bn of imports: $21.5 bn
    # is 11% above Russia's own record but within 4% of Turkey's.
    row = frame(
        "Russian customs data put exports to Turkey at $21.5 billion for 2015", 21.5e9, "USD",
        "merchandise_trade", reporter="RUS", partner="TUR", flow="export", period="2015",
    )  # fmt: skip
    verdict = check(records, row).iloc[0]
    assert verdict["verdict"] == "needs_review"
    assert verdict["view"] == "Russia-reported"
    assert "would be exaggerated" in verdict["explanation"]
    assert "partner's record of the same flow" in verdict["explanation"]


def test_a_place_among_suppliers_is_ranked_by_imports_not_turnover(records):  # noqa: F811
    # 2019 in Turkey's records: Russia first by imports, second by turnover (after Germany).
    supplier = frame(
        "Russia was Turkey's biggest supplier in 2019", 1, "rank", "merchandise_trade_rank",
        measure="rank", period="2019",
    )  # fmt: skip
    partner = frame(
        "Russia was Turkey's second trading partner in 2019", 2, "rank",
        "merchandise_trade_rank", measure="rank", flow="total", period="2019", claim_id="t-2",
    )  # fmt: skip
    verdicts = check(records, supplier, partner)
    assert list(verdicts["verdict"]) == ["accurate", "accurate"]
    assert "rank by imports" in verdicts.iloc[0]["method"]
    assert "rank by turnover" in verdicts.iloc[1]["method"]
