"""Changes over part of a year ("in January-September, against the same period a year
earlier"): the sum of the same months of one series in both periods, never a month filled in;
two release files of one publisher chained only where a curated table says they count the
same quantity, and only for review where it is unsure. Sentences and fixtures are our own."""

import pandas as pd
import pytest

from factcheck import derive
from tests.factcheck.sentences import checked_figure, read_figure
from tests.factcheck.test_verdicts import check, frame

BULLETIN = "turkstat-mgimo-bulletin"


@pytest.fixture(scope="module")
def records(snapshot):
    return snapshot


def _change(text, which, date, records):
    return checked_figure(records, text, which, date)


def test_a_nine_month_change_is_the_sum_of_the_same_months_of_one_series(records):
    # TurkStat (MGIMO bulletin): January-September 2022 $44.64 bn, 2023 $34.70 bn: -22.3%.
    text = (
        "Turkey's imports from Russia dropped 22% in January-September 2023 compared with the"
        " same period of 2022, official data showed."
    )
    row = _change(text, "22%", "2023-10-20", records)
    assert (row["measure"], row["period"], row["base_period"]) == (
        "change", "2023-01/2023-09", "2022-01/2022-09",
    )  # fmt: skip
    assert row["verdict"] == "accurate"
    assert row["recorded_value"] == pytest.approx(-22.26, abs=0.01)
    assert row["source"] == BULLETIN
    text = row["explanation"]
    assert "the 9 months January–September 2023 against the 9 months January–September 2022" in text
    assert "every month of both from this one source and vintage" in text
    assert "Turkey's monthly imports from Russia" in text  # the source is named


def test_a_quarter_of_gas_flows_is_summed_within_each_border_flow_source(records):
    # IEA border points, Russian entries: Q1 2019 4,441.7 mcm, Q1 2020 3,634.7 mcm (-18.2%);
    # Eurostat's country of entry gives -18.3%.
    text = (
        "Turkey's imports of Russian gas shrank 18% in the first quarter of 2020 from a year"
        " earlier."
    )
    row = _change(text, "18%", "2020-05-10", records)
    assert row["period"] == "2020-01/2020-03" and row["base_period"] == "2019-01/2019-03"
    assert row["verdict"] == "accurate"
    text = row["explanation"]
    assert "the 3 months January–March 2020 against the 3 months January–March 2019" in text
    assert "International Energy Agency" in text and "Eurostat" in text


def test_a_claim_far_from_the_summed_months_is_faulted_only_on_the_official_series(records):
    text = (
        "Turkey's imports from Russia plunged 40% in the first half of 2023 compared with the"
        " same period a year earlier."
    )
    row = _change(text, "40%", "2023-08-01", records)
    # January-June: $27.74 bn in 2022, $24.58 bn in 2023 = -11.4%.
    assert row["recorded_value"] == pytest.approx(-11.38, abs=0.01)
    assert row["verdict"] in ("exaggerated", "wrong")


def _without(records, source_id: str, month: str):
    observations, sources = records
    keep = ~((observations["source_id"] == source_id) & (observations["period"] == month))
    return observations[keep].reset_index(drop=True), sources


def _nine_months(**fields) -> dict:
    return frame(
        "imports from Russia fell 22% in January-September 2023", -22, "percent",
        "merchandise_trade", measure="change", period="2023-01/2023-09",
        period_granularity="month_range", base_period="2022-01/2022-09", **fields,
    )  # fmt: skip


def test_a_month_missing_from_either_period_leaves_no_sum_and_no_verdict(records):
    assert check(records, _nine_months()).iloc[0]["verdict"] == "accurate"
    gap = _without(records, BULLETIN, "2022-05")
    verdict = check(gap, _nine_months()).iloc[0]
    assert verdict["verdict"] == "unverifiable"
    gap = _without(records, BULLETIN, "2023-09")
    assert check(gap, _nine_months()).iloc[0]["verdict"] == "unverifiable"


def test_months_of_two_sources_are_never_summed_together(records):
    observations, sources = records
    # A second file holding only May 2022 (the bulletin's own May moved into it): no source
    # then has all nine months of 2022, and the two are never mixed into one sum.
    twin = sources[sources["source_id"] == BULLETIN].assign(source_id="test-other-file")
    moved = (observations["source_id"] == BULLETIN) & (observations["period"] == "2022-05")
    observations = observations.copy()
    observations.loc[moved, "source_id"] = "test-other-file"
    fixture = (observations, pd.concat([sources, twin], ignore_index=True))
    assert check(fixture, _nine_months()).iloc[0]["verdict"] == "unverifiable"


def test_a_change_with_no_stated_base_is_not_compared():
    row = read_figure(
        "Imports from Russia rose 12% in January-September 2023.", "12%", "2023-10-20"
    )
    # Against what? The reader either leaves the base empty or marks it inferred.
    assert row["base_period"] == "" or "base_period_inferred" in row["reading_notes"]


def test_no_base_no_figure(records):
    verdict = check(records, _nine_months() | {"base_period": ""}).iloc[0]
    assert verdict["verdict"] == "unverifiable"


def _year_change(value: float) -> dict:
    return frame(
        f"imports from Russia changed {value}% in 2025", value, "percent", "merchandise_trade",
        measure="change", period="2025", base_period="2024",
    )  # fmt: skip


def test_two_release_files_the_table_is_unsure_of_give_review_never_a_verdict(records):
    # 2025 only in TurkStat's HS8 query ($41.77 bn), 2024 only in the MGIMO bulletin
    # ($44.02 bn): -5.1%. The curated table marks the pair unsure.
    for value, would_be in ((-5.0, "accurate"), (-30.0, "wrong")):
        verdict = check(records, _year_change(value)).iloc[0]
        assert verdict["verdict"] == "needs_review", value
        assert verdict["recorded_value"] == pytest.approx(-5.11, abs=0.01)
        text = verdict["explanation"]
        assert "2025 from turkstat-hs8-2025 (2026-02-25)" in text
        assert "2024 from turkstat-mgimo-bulletin (2026-07-09)" in text
        assert f"would be {would_be}" in text


def test_two_release_files_recording_the_same_quantity_are_chained(records, monkeypatch):
    same = {
        key: row | {"status": "same", "note": "the same table, two editions"}
        for key, row in derive.comparable_sources().items()
    }
    monkeypatch.setattr(derive, "comparable_sources", lambda: same)
    # The level table and its lookups are kept on the observations object: use a copy.
    fixture = (records[0].copy(), records[1])
    assert check(fixture, _year_change(-5.0)).iloc[0]["verdict"] == "accurate"
    verdict = check(fixture, _year_change(-30.0)).iloc[0]
    assert verdict["verdict"] == "wrong"
    assert "two release files of Turkish Statistical Institute" in verdict["explanation"]


def test_files_the_table_does_not_name_are_never_chained(records, monkeypatch):
    monkeypatch.setattr(derive, "comparable_sources", lambda: {})
    fixture = (records[0].copy(), records[1])
    assert check(fixture, _year_change(-5.0)).iloc[0]["verdict"] == "unverifiable"


def test_one_source_holding_both_periods_is_used_before_any_chain(records):
    # 2024 against 2023: both in the bulletin; no chained figure is looked for.
    row = frame(
        "imports from Russia fell 3.5% in 2024", -3.5, "percent", "merchandise_trade",
        measure="change", period="2024", base_period="2023",
    )  # fmt: skip
    verdict = check(records, row).iloc[0]
    assert verdict["verdict"] == "accurate"
    assert "two release files" not in verdict["explanation"]


def test_span_words():
    assert derive.span_words("2023-01/2023-09") == "January–September 2023"
    assert derive.span_words("2022-11/2023-02") == "November 2022–February 2023"


def test_months_left_out_of_the_snapshot_as_excluded_leave_no_sum(records):
    # IEA's May-September 2009 read 0 at every entry point (a gap in the file): excluded, so
    # no nine-month sum for 2009 exists to compare 2010 with, and nothing else records them.
    row = frame(
        "gas imports from Russia rose 20% in January-September 2010", 20, "percent",
        "gas_imports", measure="change", product="natural_gas", period="2010-01/2010-09",
        period_granularity="month_range", base_period="2009-01/2009-09",
    )  # fmt: skip
    verdict = check(records, row).iloc[0]
    assert verdict["verdict"] == "unverifiable"
    # October-December are held in both 2008 and 2009 (IEA's file starts in October 2008).
    quarter = row | {"period": "2009-10/2009-12", "base_period": "2008-10/2008-12"}
    verdict = check(records, quarter).iloc[0]
    assert verdict["source"].startswith("iea-gtf")
    assert "the 3 months October–December 2009 against the 3 months" in verdict["explanation"]


def test_a_half_year_across_two_files_names_each_files_months(records):
    # The bulletin's 2025 months are left out (possible nowcasts): January-June 2025 comes only
    # from the HS8 query, January-June 2024 only from the bulletin.
    row = frame(
        "imports from Russia fell 5% in January-June 2025", -5, "percent", "merchandise_trade",
        measure="change", period="2025-01/2025-06", period_granularity="month_range",
        base_period="2024-01/2024-06",
    )  # fmt: skip
    verdict = check(records, row).iloc[0]
    assert verdict["verdict"] == "needs_review"
    text = verdict["explanation"]
    assert "the 6 months January–June 2025 against the 6 months January–June 2024" in text
    assert "2025-01/2025-06 from turkstat-hs8-2025 (2026-02-25)" in text
    assert "2024-01/2024-06 from turkstat-mgimo-bulletin (2026-07-09)" in text
