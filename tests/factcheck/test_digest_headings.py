"""A market-data email digest (sentences of our own): section headings with no colon, in
capitals, with the scope in brackets ("TRADE (TurkStat, imports from Russia)"), right over
bulleted lines ("- Dec-24: $4.54bn (+8% y/y)"). The lines take the flow and sides the bracket
names; the section's name ("TRADE") is no turnover."""

from tests.factcheck.sentences import checked_figure, fields, read_figure, reading_notes

DIGEST = """Subject: weekly monitor

Good morning. Key prints:

TRADE (TurkStat, imports from Russia)
- Nov-24: $3.9bn (+15% y/y)
- FY23: $45.6bn

GAS
- Russia's share of Türkiye's gas imports, Oct-24: 43.3%
"""


def test_a_section_heading_with_its_scope_in_brackets_heads_its_bulleted_lines():
    row = read_figure(DIGEST, "$45.6bn", "2025-01-31")
    assert fields(row, "indicator", "flow", "partner", "period") == (
        "merchandise_trade", "import", "RUS", "2023"
    )  # fmt: skip
    assert "list_heading" in reading_notes(row)


def test_a_change_in_brackets_on_a_line_takes_the_lines_flow():
    row = read_figure(DIGEST, "15%", "2025-01-31")
    assert fields(row, "measure", "flow", "period") == ("change", "import", "2024-11")


def test_the_sections_name_alone_is_no_turnover(snapshot):
    row = checked_figure(snapshot, DIGEST, "$45.6bn", "2025-01-31")
    # TurkStat: imports from Russia 2023 = $45.60 billion (never the $56.5 billion turnover)
    assert row["verdict"] == "accurate", row["explanation"]


def test_a_line_of_prose_ending_a_sentence_is_no_heading():
    text = "Imports from Russia eased last year.\n- FY23: $45.6bn\n"
    row = read_figure(text, "$45.6bn", "2025-01-31")
    assert "list_heading" not in reading_notes(row)


def test_an_arrow_to_a_conclusion_ends_the_clause_of_the_figure_before_it():
    for arrow in ("→", "->", "=>"):
        text = f"LNG imports were 14 bcm in 2023, up from 11 bcm in 2018 {arrow} capacity rules."
        row = read_figure(text, "11 bcm", "2024-03-01")
        assert fields(row, "measure", "indicator", "unit") == ("level", "gas_imports", "bcm")


def test_a_glued_scale_after_a_label_naming_visitors_counts_them():
    row = read_figure("Russian visitors, 2024: 6.6m", "6.6m", "2025-01-31")
    assert fields(row, "unit", "value", "period") == ("persons", 6.6e6, "2024")


def test_a_glued_scale_ending_a_line_takes_no_noun_from_the_next_lines_label():
    text = "Russian visitors, 2024: 6.6m\nGerman visitors, 2024: 6.5m"
    row = read_figure(text, "6.6m", "2025-01-31")
    assert row["quote"] == "6.6m"


def test_a_glued_scale_with_no_label_is_no_count():
    from factcheck.extraction import extract_claims

    assert extract_claims("Price: 6.7m", "t.txt", "2025-01-31").empty
