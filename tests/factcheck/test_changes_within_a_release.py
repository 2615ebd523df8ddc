"""A change is worked out within one release: one statistical file, or the quotes of one page
(each quote is its own source), never across two sources; where the two periods' levels are
recorded only in different releases, the explanation says so."""

import pandas as pd
import pytest

from factcheck import derive
from tests.factcheck.sentences import checked_figure

LEVEL = {
    "indicator": "gas_imports", "a": "WLD", "b": "TUR", "flowkey": "move",
    "product": "natural_gas", "breakdown": "", "unit": "bcm", "ptype": "year",
    "vintage": "undated article", "reporter": "TUR", "caveat": "",
}  # fmt: skip


def levels(*rows: tuple) -> pd.DataFrame:
    """(period, value, source_id, tier, method) rows of one quantity."""
    return pd.DataFrame(
        [
            {**LEVEL, "period": p, "value": v, "source_id": s, "tier": t, "method": m}
            for p, v, s, t, m in rows
        ],
        columns=derive.LEVEL_COLUMNS,
    )


PAGE = {"quote-a": "https://example.org/page", "quote-b": "https://example.org/page"}
PUBLISHED = "as published"


def test_two_quotes_of_one_page_give_a_change_resting_on_both():
    rows = levels(
        ("2021", 44.0, "quote-a", "official_reported", PUBLISHED),
        ("2020", 40.0, "quote-b", "official_reported", PUBLISHED),
    )
    (change,) = derive.changes(rows, "2021", "2020", "year", "percent", PAGE)
    assert change.value == pytest.approx(10.0)
    assert change.source_id == "quote-a" and change.also == ("quote-b",)
    assert change.tier == "official_reported"


def test_quotes_of_two_pages_give_no_change():
    rows = levels(
        ("2021", 44.0, "quote-a", "official_reported", PUBLISHED),
        ("2020", 40.0, "quote-c", "official_reported", PUBLISHED),
    )
    assert derive.changes(rows, "2021", "2020", "year", "percent", PAGE) == []
    assert derive.changes(rows, "2021", "2020", "year", "percent") == []


@pytest.mark.parametrize(
    "base",
    [
        ("2020", 40.0, "quote-b", "unattributed", PUBLISHED),  # another tier
        ("2020", 40.0, "quote-b", "official_reported", "as published (approximate)"),
    ],
)
def test_one_page_mixing_tiers_or_rounded_figures_gives_no_change(base):
    rows = levels(("2021", 44.0, "quote-a", "official_reported", PUBLISHED), base)
    assert derive.changes(rows, "2021", "2020", "year", "percent", PAGE) == []


def test_one_statistical_file_still_gives_its_change():
    rows = levels(
        ("2021", 30.0, "file", "official_release", "as published (approximate)"),
        ("2020", 20.0, "file", "official_release", "as published (approximate)"),
    )
    (change,) = derive.changes(rows, "2021", "2020", "year", "percent", PAGE)
    assert change.value == pytest.approx(50.0) and change.also == ()


# ---------------------------------------------------------------- through the checker


def with_page(records, quotes: list[tuple[str, str, float]]):
    """The bundled records plus one made-up page whose quotes give Turkey's arrivals from
    Russia for the years named (period, quote, value)."""
    observations, sources = records
    url = "https://example.org/made-up-tourism-bulletin"
    extra_sources, extra_rows = [], []
    for i, (period, quote, value) in enumerate(quotes):
        source_id = f"page-test-{i}"
        extra_sources.append(
            {
                **{c: "" for c in sources.columns},
                "source_id": source_id, "family": "page_figures", "kind": "page_quote",
                "publisher": "example.org", "title": "A made-up tourism bulletin", "url": url,
                "edition": "undated article", "tier": "official_reported", "quote": quote,
            }
        )  # fmt: skip
        extra_rows.append(
            {
                "indicator": "visitor_arrivals_foreign", "reporter": "TUR", "partner": "RUS",
                "flow": "arrivals", "product": "none", "breakdown": "", "period": period,
                "period_type": "year", "value": value, "unit": "persons", "qualifier": "",
                "source_id": source_id, "vintage": "undated article",
                "tier": "official_reported", "preferred": True, "note": "",
            }
        )  # fmt: skip
    # Only the made-up page answers for those years: other records of them are set aside.
    years = [period for period, _, _ in quotes]
    kept = observations[
        ~(
            (observations["indicator"] == "visitor_arrivals_foreign")
            & (observations["partner"] == "RUS")
            & observations["period"].isin(years)
        )
    ]
    return (
        pd.concat([kept, pd.DataFrame(extra_rows)], ignore_index=True).astype(
            observations.dtypes.to_dict()
        ),
        pd.concat([sources, pd.DataFrame(extra_sources)], ignore_index=True),
    )


BULLETIN = [
    ("2017", "Border officers counted a little over six million guests from Russia.", 6_000_000),
    ("2016", "The year before, the same gates had logged five million of them.", 5_000_000),
]


@pytest.fixture(scope="module")
def bulletin(snapshot):
    return with_page(snapshot, BULLETIN)


def test_a_change_from_one_pages_two_figures_is_checked(bulletin):
    text = "Arrivals in Turkey from Russia rose 20% in 2017 compared with 2016."
    row = checked_figure(bulletin, text, "20%", "2018-02-01")
    assert row["verdict"] == "accurate"
    assert "A made-up tourism bulletin" in row["explanation"]
    assert "computed: change" in row["explanation"]


def test_a_document_repeating_the_base_figures_words_is_not_checked_by_that_page(bulletin):
    text = "Arrivals in Turkey from Russia rose 20% in 2017 compared with 2016. " + BULLETIN[1][1]
    row = checked_figure(bulletin, text, "20%", "2018-02-01")
    assert row["verdict"] == "unverifiable"
    assert "Left out as not independent (the document itself)" in row["explanation"]


def test_levels_in_two_releases_are_named_and_no_change_is_worked_out(snapshot):
    text = "Arrivals in Turkey from Russia rose 21% in 2023 compared with 2022."
    row = checked_figure(snapshot, text, "21%", "2024-02-01")
    assert row["verdict"] == "unverifiable"
    assert "Levels are recorded for both periods, but not in one release" in row["explanation"]
    assert "6.3 million for 2023" in row["explanation"]


def test_a_change_worked_out_from_one_release_names_no_levels_apart(snapshot):
    text = (
        "Turkey's crude oil imports from Russia rose 137% in January-July 2022 compared with"
        " January-July 2021."
    )
    row = checked_figure(snapshot, text, "137%", "2022-09-01")
    assert "computed: change" in row["explanation"]
    assert "not in one release" not in row["explanation"]


def test_the_two_levels_come_before_changes_of_other_years(snapshot):
    """A fall whose two years are recorded by two pages of different tiers: those two levels
    are what the explanation gives, not the changes recorded for the years around it."""
    text = "In 2016 arrivals in Turkey from Russia fell by 76% compared with 2015."
    row = checked_figure(snapshot, text, "76%", "2017-03-01")
    assert row["verdict"] == "unverifiable"
    explanation = row["explanation"]
    assert "Levels are recorded for both periods, but not in one release" in explanation
    assert "for 2016" in explanation and "for 2015" in explanation
    assert "2014" not in explanation
