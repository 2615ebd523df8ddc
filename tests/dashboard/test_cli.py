"""`ledger extract`: figures out as CSV or JSON, and a one-line refusal for bad input."""

import csv
import io
import json

import pytest

from dashboard.cli import main


@pytest.fixture
def document(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(
        "# Trade\n\nTrade reached about $30 billion last year, and 70% of gas came from Russia.\n",
        encoding="utf-8",
    )
    return path


def test_extract_prints_csv_with_the_documented_columns(document, capsys):
    assert main(["extract", str(document), "--date", "2022-02-01"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    required = "quote,start,end,value,value_low,value_high,unit,period,indicator,comparator"
    assert set(required.split(",")) <= set(rows[0])
    assert [(r["quote"], r["period"], r["comparator"]) for r in rows] == [
        ("about $30 billion", "2021", "approx"),
        ("70%", "2021", "exact"),
    ]


def test_extract_prints_json(document, capsys):
    assert main(["extract", str(document), "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records[0]["value"] == 30e9
    assert records[1]["indicator"] == "gas_import_share"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the document is empty"),
        (b"  \n\t ", "the document is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
        (b"caf\xe9 au lait", "not UTF-8 text (byte 3"),
        (b"7" * (5 * 1024 * 1024 + 1), "over the 5 MB limit"),
    ],
)
def test_extract_refuses_bad_input_with_one_line(tmp_path, capsys, content, message):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    assert main(["extract", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert str(path) in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_extract_names_a_missing_file(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "absent.txt")]) == 2
    assert "absent.txt: no such file" in capsys.readouterr().err


def test_extract_rejects_a_malformed_date(document, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(document), "--date", "2022-13-01"])
    assert exit_info.value.code == 2
    assert "not a date written YYYY-MM-DD" in capsys.readouterr().err


def test_check_without_a_file_checks_the_registry(capsys):
    assert main(["check"]) == 0
    out, err = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out)))
    required = (
        "claim_id,document,quote,claimed_value,claimed_unit,claimed_period,recorded_value,"
        "recorded_unit,recorded_period,source,tier,gap_percent,verdict,explanation"
    )
    assert set(required.split(",")) <= set(rows[0])
    assert len(rows) == 26 and "26 claim(s) checked in the claims registry" in err


def test_check_a_document_as_claimreview(document, capsys):
    assert main(["check", str(document), "--date", "2022-02-01", "--format", "claimreview"]) == 0
    reviews = json.loads(capsys.readouterr().out)
    assert "about $30 billion" in reviews[0]["claimReviewed"]  # the sentence it stands in
    assert reviews[0]["itemReviewed"]["appearance"]["name"] == "note.md"


def test_check_as_text_gives_each_claims_verdict_figures_and_explanation(document, capsys):
    assert main(["check", str(document), "--date", "2022-02-01", "--format", "text"]) == 0
    blocks = capsys.readouterr().out.strip().split("\n\n")
    assert len(blocks) == 2  # the $30 billion and the 70%
    first = blocks[0].splitlines()
    assert first[0].startswith("note-x001  Approximately right")
    assert first[1] == "  “about $30 billion”"
    assert first[2].startswith("  claimed $30.00 billion (2021); recorded $33.00 billion (2021)")
    assert all(len(line) <= 100 for line in first[3:])


def test_check_refuses_a_binary_file(tmp_path, capsys):
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x00\x01")
    assert main(["check", str(path)]) == 2
    assert "binary" in capsys.readouterr().err


def test_sources_families_prints_one_line_per_family_with_its_caveat(capsys):
    from loaders.catalogue import family_summary

    assert main(["sources", "--families"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:6] == ["family", "label", "sources", "rows", "years", "caveat"]
    summary = family_summary()
    assert len(lines) == 1 + len(summary)
    imts = next(line for line in lines if line.startswith("trade_imf_imts "))
    caveat = summary.set_index("family").loc["trade_imf_imts", "caveat"]
    assert "IMF IMTS" in imts and imts.rstrip().endswith(caveat) and "2016-2024" in imts
    # the per-source table stays as it was: one header line, then one line per source
    assert main(["sources"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:2] == ["family", "source_id"]
    assert any("imf-imts-rus" in line for line in table)


def test_check_claimreview_names_the_articles_own_address(tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_text(
        "Source: https://example.org/story\n\n"
        "Turkey's imports from Russia were $45.6 billion in 2023.\n",
        encoding="utf-8",
    )
    assert main(["check", str(path), "--date", "2024-03-01", "--format", "claimreview"]) == 0
    out, err = capsys.readouterr()
    reviews = json.loads(out)
    assert reviews[0]["itemReviewed"]["appearance"]["url"] == "https://example.org/story"
    assert f"ledger extract {path} --all" in err  # where to find every number it holds
