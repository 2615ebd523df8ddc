"""A statement that covers every year of a span ("has held second place every year since
2007"): stored once, as the statement itself (period 'YYYY/YYYY', period type `year_span`),
never as a figure filled in for each year. A claim for one year inside the span is like for
like only for the same quantity; the explanation says the statement covers the span and
quotes it. Sentences and the fixture's span are our own."""

import pandas as pd
import pytest

from factcheck import derive
from factcheck.lookup import Lookup
from tests.factcheck.sentences import checked_figure
from tests.factcheck.test_verdicts import check, frame

SPAN_SOURCE = "page-7e13ff8b59"  # acher.ru relaying Interfax / Gazprom: 2nd every year 2007-2015


@pytest.fixture(scope="module")
def records(snapshot):
    return snapshot


def _place(value: float, period: str, **fields) -> dict:
    return frame(
        f"Turkey was the number {value:.0f} buyer of Russian gas", value, "rank",
        "gas_customer_rank", measure="rank", reporter="RUS", partner="TUR", flow="export",
        product="natural_gas", period=period, **fields,
    )  # fmt: skip


def test_the_snapshot_holds_the_span_once_and_no_year_filled_in(records):
    observations, _ = records
    rows = observations[observations["source_id"] == SPAN_SOURCE]
    assert rows[["period", "period_type", "value", "unit"]].values.tolist() == [
        ["2007/2015", "year_span", 2.0, "rank"]
    ]


def test_a_year_inside_the_span_is_answered_by_the_statement_itself(records):
    verdict = check(records, _place(2, "2011")).iloc[0]
    assert verdict["verdict"] == "accurate"
    label = "consistent with an official statement (no statistical release)"
    assert verdict["verdict_label"].endswith(label)
    assert verdict["source"] == SPAN_SOURCE
    assert verdict["recorded_period"] == "2007/2015"
    text = verdict["explanation"]
    assert "2nd in every year 2007–2015" in text
    assert "one statement covering the whole span, not a figure recorded for each year" in text
    assert "ни разу не сдавала этой позиции" in text  # the words quoted
    assert "[statement by an official]" in text  # its tier


def test_a_statement_about_now_inside_the_span_is_answered_too(records):
    verdict = check(records, _place(2, "2009", period_granularity="as_of")).iloc[0]
    assert verdict["verdict"] == "accurate"
    assert verdict["recorded_period"] == "2007/2015"


def test_a_place_the_span_contradicts_is_left_for_review_never_faulted(records):
    # The statement is a company's, relayed by the press: it confirms but never accuses.
    verdict = check(records, _place(3, "2010")).iloc[0]
    assert verdict["verdict"] == "needs_review"
    assert "2nd in every year 2007–2015" in verdict["explanation"]


def test_a_year_outside_the_span_is_not_answered_by_it(records):
    verdict = check(records, _place(2, "2005")).iloc[0]
    assert verdict["source"] != SPAN_SOURCE
    assert verdict["verdict"] == "unverifiable"


def test_the_span_answers_only_its_own_quantity(records):
    # Counted for one company (a breakdown), or a volume: neither is the place it states.
    company = check(records, _place(2, "2011", breakdown="Gazprom")).iloc[0]
    assert company["source"] != SPAN_SOURCE
    volume = frame(
        "Turkey bought 26 bcm of Russian gas in 2011", 26, "bcm", "gas_imports",
        product="natural_gas", period="2011",
    )  # fmt: skip
    assert check(records, volume).iloc[0]["source"] != SPAN_SOURCE


def test_a_sentence_of_our_own_inside_the_span(records):
    text = "Turkey was the second-largest buyer of Russian gas in 2010, after Germany."
    row = checked_figure(records, text, "second", "2011-03-01")
    assert row["verdict"] == "accurate"
    assert row["recorded_period"] == "2007/2015"


# ---------------------------------------------------------------- a span of our own


@pytest.fixture(scope="module")
def with_span(records):
    """The bundled snapshot plus one span statement of our own: Germany first among buyers
    of Russian gas in every year 2005-2012, as a press report of an official figure."""
    observations, sources = records
    source = sources[sources["source_id"] == SPAN_SOURCE].assign(
        source_id="page-test-span", tier="official_reported",
        quote="Germany has been the largest buyer of Russian gas every year since 2005.",
        title="A test page",
    )  # fmt: skip
    row = observations[observations["source_id"] == SPAN_SOURCE].assign(
        partner="DEU", period="2005/2012", value=1.0, source_id="page-test-span",
        tier="official_reported", note="first in every year 2005-2012",
    )  # fmt: skip
    return (
        pd.concat([observations, row], ignore_index=True),
        pd.concat([sources, source], ignore_index=True),
    )


def _germany(value: float, period: str) -> dict:
    quote = "Germany, Russia's top buyer"
    return _place(value, period) | {"partner": "DEU", "quote": quote, "end": len(quote)}


def test_every_year_inside_a_span_is_answered_and_none_outside(with_span):
    for year in ("2005", "2008", "2012"):
        verdict = check(with_span, _germany(1, year)).iloc[0]
        assert verdict["verdict"] == "accurate", year
        assert verdict["recorded_period"] == "2005/2012"
        assert "first in every year 2005-2012" in verdict["explanation"]  # the curated reading
    for year in ("2004", "2013"):
        assert check(with_span, _germany(1, year)).iloc[0]["source"] != "page-test-span"


def test_a_span_listed_nearby_is_listed_once(with_span):
    # 2003: nothing recorded; the span is near for 2005 and 2006, but it is one record.
    verdict = check(with_span, _germany(1, "2003")).iloc[0]
    assert verdict["verdict"] == "unverifiable"
    assert verdict["explanation"].count("A test page") == 1


def test_a_press_report_of_an_official_figure_over_a_span_can_fault(with_span):
    # Tier official_reported: a negative verdict may rest on it (the rules of every record).
    verdict = check(with_span, _germany(3, "2009")).iloc[0]
    assert verdict["verdict"] == "wrong"


def test_the_lookup_answers_as_the_plain_filter_for_spans(with_span):
    levels = derive.level_table(with_span[0], with_span[1])
    rows = levels[levels["indicator"] == "gas_customer_rank"]
    lookup = Lookup(rows)
    for period in ("2004", "2005", "2009", "2012", "2015", "2016"):
        for granularity in ("year", "as_of"):
            plain = derive.figures_at(rows, period, granularity)
            fast = lookup.figures_at("k", lambda: rows, period, granularity)
            assert [(f.source_id, f.period) for f in fast] == [
                (f.source_id, f.period) for f in plain
            ], period
