"""A change written with a participle after its clause ("more than doubled, rising 121%",
"slumped, falling 36% on 2018") is a change with its sign, never a share (a share above 100%
was flagged impossible; one below could be faulted against the wrong quantity). An adjective
after an article ("a rising 45% share") stays what it qualifies. Sentences are our own."""

import pytest

from tests.factcheck.sentences import checked_figure, read_figure


@pytest.mark.parametrize(
    ("text", "which", "value", "period", "base"),
    [
        (
            "In the first nine months of 2022, Turkey's imports from Russia more than doubled,"
            " rising 121%.", "121%", 121.0, "2022-01/2022-09", "2021-01/2021-09",
        ),
        (
            "Russian gas deliveries to Turkey slumped in 2019, falling 36% compared with 2018.",
            "36%", -36.0, "2019", "2018",
        ),
        (
            "Turkey's imports from Russia climbed in 2022, rising 12% on the year before.",
            "12%", 12.0, "2022", "2021",
        ),
        (
            "Exports to Russia recovered in 2021, growing by 40% on 2020.",
            "40%", 40.0, "2021", "2020",
        ),
        (
            "Russian gas flows into Turkey weakened in the first quarter of 2020, dropping 18%"
            " year on year.", "18%", -18.0, "2020-01/2020-03", "2019-01/2019-03",
        ),
    ],
)  # fmt: skip
def test_a_participle_of_change_reads_a_change_with_its_sign(text, which, value, period, base):
    row = read_figure(text, which, "2023-10-01")
    assert row["measure"] == "change"
    assert (row["value"], row["period"], row["base_period"]) == (value, period, base)


@pytest.mark.parametrize(
    "text",
    [
        "A rising 45% share of Turkey's imports came from Russia in 2022.",
        "Russia's share of Turkey's gas imports kept falling, to 33% in 2020.",
    ],
)
def test_an_adjective_or_a_level_reached_is_no_change(text):
    row = read_figure(text, "%", "2023-10-01")
    assert row["measure"] == "share"


def test_a_participle_change_over_nine_months_is_checked_against_the_summed_months(snapshot):
    # TurkStat (MGIMO bulletin): January-September 2021 $20.17 bn, 2022 $44.64 bn: +121.3%.
    text = (
        "In the first nine months of 2022, Turkey's imports from Russia more than doubled,"
        " rising 121%."
    )
    row = checked_figure(snapshot, text, "121%", "2022-10-20")
    assert row["verdict"] == "accurate"
    assert "the 9 months January–September 2022 against" in row["explanation"]
