"""Hostile documents through the extractor, the checker, the CLI and the paste box:
no crash, and a one-line message wherever input is refused."""

import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from factcheck import MAX_CHECKED_FIGURES, check_text
from factcheck.documents import MAX_DOCUMENT_BYTES, DocumentError, decode_document
from factcheck.extraction import extract_claims
from loaders import load_observations, load_sources

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"

TEXTS = {
    "right-to-left": "בשנת 2021 הגיע הסחר בין טורקיה לרוסיה ל-30 מיליארד דולר. "
    "بلغ حجم التجارة 33 مليار دولار في عام 2013.",
    "german separators": "Der Handel erreichte 2021 rund 1.234,5 Mio. USD; "
    "2013 waren es 33.000.000.000 $.",
    "french spaces": "Les échanges ont atteint 1 234 millions de dollars en 2021, "
    "soit 33 000 000 000 $.",
    "indian grouping": "Trade reached $3,30,00,00,000 in 2021 and $1,234.5 million in 2013.",
    "nested markdown": "> " * 200
    + "- " * 200
    + "**" * 300
    + "Trade hit $30 billion in 2021."
    + "]" * 500,
    "control characters": "Trade\x00 reached\x07 $30\u200b billion\u202e in 2021.\ufeff",
    "only numbers": " ".join(str(n) for n in range(5000)),
}


@cache
def snapshot():
    return load_observations(), load_sources()


@pytest.mark.parametrize("name", TEXTS)
def test_odd_texts_extract_and_check_without_crashing(name):
    text = TEXTS[name]
    claims = extract_claims(text, name)
    for claim in claims.itertuples():
        assert text[claim.start : claim.end] == claim.quote
    verdicts = check_text(text, name, None, *snapshot())
    assert len(verdicts) == len(claims)


def test_a_long_run_of_digits_is_no_claim():
    # The largest document's reading time is measured in bench/extract_claims.py.
    text = "7" * (MAX_DOCUMENT_BYTES // 10)
    assert extract_claims(text, "digits").empty


def test_a_document_with_too_many_figures_is_refused_whole():
    text = "Trade between Turkey and Russia reached $30 billion in 2021. " * (
        MAX_CHECKED_FIGURES + 1
    )
    with pytest.raises(DocumentError, match=f"at most {MAX_CHECKED_FIGURES}"):
        check_text(text, "long.txt", None, *snapshot())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("Handel 30 Mrd. £ für Straße".encode("latin-1"), "UTF-8"),
        (b"", "empty"),
        (b"7" * (MAX_DOCUMENT_BYTES + 1), "MB"),
    ],
)
def test_refused_inputs_say_why(data, message):
    with pytest.raises(DocumentError, match=message):
        decode_document(data, "doc.txt")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x00\x01\x02binary\xff", "binary"),
        ("Handel 30 Mrd. £ für Straße".encode("latin-1"), "UTF-8"),
        (b"7" * (MAX_DOCUMENT_BYTES + 1), "MB"),
    ],
)
@pytest.mark.parametrize("command", ["extract", "check"])
def test_cli_refuses_bad_files_in_one_line(tmp_path, data, message, command):
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    run = subprocess.run(
        [sys.executable, "-m", "dashboard.cli", command, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in run.stderr


@pytest.mark.parametrize("name", ["right-to-left", "nested markdown", "control characters"])
def test_the_paste_box_takes_odd_texts(name):
    app = AppTest.from_file(str(APP), default_timeout=90)
    app.run()
    app.switch_page("views/check_article.py").run()
    app.text_area[0].input(TEXTS[name]).run()
    assert not app.exception
    shown = " ".join(m.value for m in app.markdown)
    assert "<script" not in shown


def test_the_paste_box_refuses_too_many_figures_with_a_message():
    app = AppTest.from_file(str(APP), default_timeout=90)
    app.run()
    app.switch_page("views/check_article.py").run()
    text = "Trade between Turkey and Russia reached $30 billion in 2021. " * (
        MAX_CHECKED_FIGURES + 1
    )
    app.text_area[0].input(text).run()
    assert not app.exception
    assert f"at most {MAX_CHECKED_FIGURES}" in app.error[0].value


def test_utf16_and_utf32_with_a_byte_order_mark_are_read():
    text = "Trade reached $30 billion in 2021."
    for encoding in ("utf-16", "utf-32", "utf-16-be"):
        data = text.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        assert decode_document(data, "doc.txt") == text
    with pytest.raises(DocumentError, match="UTF-16"):
        decode_document(b"\xff\xfe\x00\xd8", "broken.txt")  # a lone surrogate


def test_long_prose_without_figures_is_no_claim():
    """Half a megabyte of prose naming countries and a period but no figure. How the time to
    read grows up to the largest document (linearly) is measured in bench/extract_claims.py."""
    sentence = (
        "Trade between Turkey and Russia grew in the first half of the year, officials said. "
    )
    text = (sentence * (MAX_DOCUMENT_BYTES // 10 // len(sentence) + 1))[: MAX_DOCUMENT_BYTES // 10]
    assert extract_claims(text, "long.txt").empty
