"""A pipeline's size written per line, as a multiple ("2 x 15.75 bcm", "two 15.75 bcm
strings"), is one line's design capacity, never a flow; a total stated beside it ("..., or
31.5 bcm in total") is still the whole pipeline's capacity."""

import pytest

from tests.factcheck.sentences import checked_figure, fields, read_figure

NEGATIVE = ("understated", "exaggerated", "wrong", "wrong_unit_or_impossible")


@pytest.mark.parametrize(
    "text, which",
    [
        ("Blue Stream (2 x 8 bcm, since 2003) runs under the Black Sea.", "8 bcm"),
        ("The new link was built as 2×12 bcm/y and opened in 2021 from Russia.", "12 bcm"),
        ("TurkStream was laid as two 15.75 bcm strings from Russia to Thrace.", "15.75"),
        ("Its designers chose 2x15.75 bcm for TurkStream.", "15.75"),
        ("The TurkStream pipes, 3 x 10 billion cubic metres, were never all built.", "10 billion"),
    ],
)
def test_a_multiple_is_one_lines_capacity(text, which):
    row = read_figure(text, which, "2024-05-01")
    assert fields(row, "indicator", "flow", "measure") == (
        "pipeline_capacity",
        "capacity",
        "capacity",
    )
    assert row["unit"] == "bcm_per_year"
    if row["breakdown"]:
        assert row["breakdown"].endswith(", one string")


def test_the_route_is_named_for_one_string():
    row = read_figure("Russia built TurkStream as 2 x 15.75 bcm per year.", "15.75", "2024-05-01")
    assert row["breakdown"] == "TurkStream, one string"


@pytest.mark.parametrize(
    "text, total",
    [
        ("TurkStream has a capacity of 2 x 15.75 bcm, or 31.5 bcm in total.", "31.5"),
        ("TurkStream has a capacity of two strings of 15.75 bcm, i.e. 31.5 bcm a year.", "31.5"),
    ],
)
def test_a_total_stated_beside_it_stays_the_total(text, total):
    row = read_figure(text, total, "2024-05-01")
    assert fields(row, "indicator", "breakdown") == ("pipeline_capacity", "TurkStream")


def test_a_flow_beside_a_capacity_stays_a_flow():
    text = "TurkStream has a capacity of 2 x 15.75 bcm, but only 14 bcm flowed in 2023."
    row = read_figure(text, "14 bcm", "2024-05-01")
    assert fields(row, "indicator", "flow", "period") == ("gas_imports", "import", "2023")


def test_a_per_line_size_is_never_checked_against_a_flow(snapshot):
    # 15.75 is far from any yearly flow; read as one string it matches the design.
    row = checked_figure(
        snapshot,
        "TurkStream (2 x 15.75 bcm, since January 2020) brings Russian gas.",
        "15.75",
        "2024-05-01",
    )
    assert row["indicator"] == "pipeline_capacity"
    assert row["verdict"] not in NEGATIVE


def test_a_plants_units_as_a_multiple():
    row = read_figure("The Akkuyu plant is designed as 4 x 1,200 MW.", "1,200", "2024-05-01")
    assert row["breakdown"] == "Akkuyu, per unit"


@pytest.mark.parametrize(
    "text",
    [
        "Russia's TurkStream has two strings of 15.75 bcm.",
        "TurkStream's two strings of 15.75 bcm each opened in January 2020.",
        "The TurkStream system consists of two lines of 15.75 billion cubic metres each.",
    ],
)
def test_lines_of_a_size_are_one_lines_capacity_even_when_dated(text):
    row = read_figure(text, "15.75", "2024-05-01")
    assert fields(row, "indicator", "breakdown") == ("pipeline_capacity", "TurkStream, one string")


def test_what_each_string_carried_stays_a_flow_of_one_string():
    text = "In 2023 TurkStream's two strings carried about 10 bcm each."
    row = read_figure(text, "10 bcm", "2024-05-01")
    assert fields(row, "indicator", "breakdown") == ("gas_imports", "TurkStream, one string")
