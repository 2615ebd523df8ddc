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


def test_the_verdict_column_keeps_the_labels_caveat_and_an_empty_gap_stays_empty():
    claims = load_claims().head(3)
    verdicts = check_claims(claims, load_observations(), load_sources()).astype(object)
    verdicts.loc[verdicts.index[0], "verdict_label"] = "Approximately right: with a caveat"
    verdicts.loc[verdicts.index[1], "verdict_label"] = ""
    verdicts.loc[verdicts.index[1], "gap_percent"] = None
    table = verdict_table(verdicts)
    assert table["verdict"].iloc[0] == "Approximately right: with a caveat"
    assert table["verdict"].iloc[1] and table["verdict"].iloc[1] != ""  # the badge instead
    assert table["gap"].iloc[1] == "–"  # a dash like "recorded", never the text "None"


def test_a_gap_is_written_signed_with_one_decimal():
    from dashboard.layout import gap_text

    assert [gap_text(g) for g in (12.345, -3.21, 0.0, float("nan"))] == [
        "+12.3",
        "−3.2",
        "+0.0",
        "–",
    ]


def test_a_gap_between_percents_is_in_points_and_any_other_in_percent():
    import pandas as pd

    from dashboard.layout import gaps

    verdicts = pd.DataFrame(
        {
            "claimed_value": [-40.0, 30e9, 5.0],
            "recorded_value": [-40.1, 33e9, None],
            "claimed_unit": ["percent", "USD", "percent"],
            "recorded_unit": ["percent", "USD", ""],
            "gap_percent": [0.25, -9.09, None],
        }
    )
    assert gaps(verdicts) == ["+0.1 pp", "−9.1%", "–"]


def test_a_claimed_range_shows_both_ends_and_a_hedged_figure_only_itself():
    from factcheck.extraction import extract_claims

    text = (
        "Officials expect between 6 and 7 million Russian visitors to Turkey in 2024. "
        "About 5 million Russians visited Turkey in 2022."
    )
    claims = extract_claims(text, "t.txt", "2024-01-31")
    table = verdict_table(check_claims(claims, load_observations(), load_sources()))
    assert list(table["claimed"]) == ["6 million to 7 million", "5 million"]
