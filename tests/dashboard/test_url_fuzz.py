"""No URL value crashes a page: garbage in every key of every page (issue 16.9)."""

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import state

DASHBOARD = Path(__file__).resolve().parents[2] / "dashboard"
APP = DASHBOARD / "app.py"
PAGES = sorted(
    f"views/{p.name}" for p in (DASHBOARD / "views").glob("*.py") if p.stem != "__init__"
)
# Every key a page seeds from the URL (read from the code, so a new key is fuzzed too).
# (sections() seeds its tab key the same way).
SEEDED = re.compile(r"""(?:seed_\w+|sections)\(\s*["'](\w+)["']""")
KEYS = sorted(
    {key for page in (DASHBOARD / "views").glob("*.py") for key in SEEDED.findall(page.read_text())}
)
GARBAGE = [
    "²⁰⁰⁰-2010",  # superscript digits: str.isdigit() is true, int() fails
    "9" * 5000,  # longer than int() accepts by default
    "-",
    "1e308-nan",
    "<script>alert(1)</script>",
    "%00\x00\u202e",
    "٢٠١٠-٢٠٢٠",
    "2010-" + "9" * 4400,
]


def test_every_page_seeds_some_key():
    assert {"years", "view", "claim", "edition", "source", "tab"} <= set(KEYS)


@pytest.mark.parametrize("text", [*GARBAGE, "2030-1990", "", "2000-2010-2020"])
def test_year_parser_never_raises(text):
    low, high = state.parse_years(text, 1992, 2025)
    assert 1992 <= low <= high <= 2025


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("garbage", [GARBAGE[:4], GARBAGE[4:]], ids=["numbers", "text"])
def test_garbage_in_every_key_never_crashes(page, garbage):
    app = AppTest.from_file(str(APP), default_timeout=120)
    for index, key in enumerate(KEYS):
        app.query_params[key] = garbage[index % len(garbage)]
    app.run()
    app.switch_page(page).run()
    assert not app.exception, app.exception
    assert not app.error, [e.value for e in app.error]
    assert app.title[0].value
