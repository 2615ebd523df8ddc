"""Sentences that lean on the one before (our own, in interview, agricultural-trade and
tourism-daily styles): an answer whose pronoun points back to the flow a question named, a
"Shipments were ..." sentence continuing the goods, flow and sides of the figure before, and a
share of arrivals whose bare subject is the visitors' country."""

from tests.factcheck.sentences import fields, read_figure, reading_notes


def test_an_answers_pronoun_points_back_to_the_flow_the_question_named():
    text = (
        "Q: Imports fell in 2024, did they not?\n\n"
        "A: Slightly. They were down about 3 percent on 2023, when they stood at $45 billion."
    )
    for which in ("3 percent", "$45 billion"):
        row = read_figure(text, which, "2025-04-15")
        assert fields(row, "indicator", "flow") == ("merchandise_trade", "import"), which
        assert "measure_unknown" not in reading_notes(row)


def test_a_pronoun_after_a_sentence_naming_no_flow_stays_unread_as_a_flow():
    text = "Q: How was last year?\n\nA: Slightly better. They were up 3 percent on 2023."
    row = read_figure(text, "3 percent", "2025-04-15")
    assert row["indicator"] != "merchandise_trade"
    assert "measure_unknown" in reading_notes(row)


def test_shipments_continue_the_goods_flow_and_sides_of_the_figure_before():
    text = (
        "Imports of cereals (HS 10) from Russia reached $1.3 billion in 2025. Shipments were "
        "strong in the final quarter, with December alone accounting for $250 million."
    )
    row = read_figure(text, "$250 million", "2026-02-10")
    assert fields(row, "product", "flow", "partner", "period") == (
        "HS10", "import", "RUS", "2025-12"
    )  # fmt: skip
    assert {"indicator_inferred", "direction_inferred"} <= reading_notes(row)


def test_shipments_naming_their_own_goods_are_not_continued():
    text = (
        "Turkey's exports to Russia reached $6 billion in 2025. Deliveries of Russian steel "
        "rose to $3.4 billion."
    )
    row = read_figure(text, "$3.4 billion", "2026-02-10")
    assert row["product"] != "TOTAL" or row["flow"] != "export" or row["reporter"] != "TUR"


def test_a_countrys_share_of_all_foreign_arrivals_is_its_visitors_share():
    text = (
        "Türkiye hosted 8.4 million visitors in July. Last year, Russia accounted for 12 "
        "percent of all foreign arrivals."
    )
    row = read_figure(text, "12", "2024-10-05")
    assert fields(row, "indicator", "reporter", "partner") == (
        "visitor_arrivals_share", "TUR", "RUS"
    )  # fmt: skip


def test_an_answer_naming_no_country_takes_the_sides_of_the_same_flow_read_before():
    text = (
        "Q: How large is the business?\n\n"
        "A: Last year Türkiye bought $44 billion of Russian goods.\n\n"
        "Q: How much is settled in rubles?\n\n"
        "A: A growing part.\n\n"
        "Q: Imports fell in 2024, did they not?\n\n"
        "A: Slightly. They were down about 3 percent on 2023."
    )
    row = read_figure(text, "3 percent", "2025-04-15")
    assert fields(row, "reporter", "partner", "flow") == ("TUR", "RUS", "import")
    assert "direction_inferred" in reading_notes(row)
