"""A damaged snapshot gives an error naming the file and row, and the app says so in the
page instead of showing a traceback."""

import shutil
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from loaders import DatasetError, load_observations

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "dashboard" / "app.py"
TABLE = Path("observations") / "trade_imf_dots.csv"


def truncate(root: Path) -> str:
    path = root / TABLE
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")  # cut inside a row
    return "trade_imf_dots.csv"


def rename_column(root: Path) -> str:
    path = root / TABLE
    lines = path.read_text(encoding="utf-8").split("\n", 1)
    path.write_text(lines[0].replace("value", "valeur") + "\n" + lines[1], encoding="utf-8")
    return "valeur"


def wrong_type(root: Path) -> str:
    path = root / TABLE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    fields = lines[10].split(",")
    fields[8] = "about nine"
    lines[10] = ",".join(fields)
    path.write_text("".join(lines), encoding="utf-8")
    return "line 11"


def drop_provenance(root: Path) -> str:
    path = root / "sources.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith("imf-dots-rus,")]
    path.write_text("".join(kept), encoding="utf-8")
    return "imf-dots-rus"


CORRUPTIONS = [truncate, rename_column, wrong_type, drop_provenance]


@pytest.fixture
def damaged(tmp_path, request):
    root = tmp_path / "datasets"
    shutil.copytree(REPO / "datasets", root)
    expected = request.param(root)
    return root, expected


@pytest.mark.parametrize("damaged", CORRUPTIONS, indirect=True, ids=lambda f: f.__name__)
def test_the_error_names_file_and_place(damaged):
    root, expected = damaged
    with pytest.raises(DatasetError) as caught:
        load_observations(root)
    message = str(caught.value)
    assert expected in message
    assert ("trade_imf_dots.csv" in message) or ("sources.csv" in message)


@pytest.mark.parametrize("damaged", CORRUPTIONS, indirect=True, ids=lambda f: f.__name__)
@pytest.mark.parametrize("page", ["views/overview.py", "views/trade.py", "views/fact_check.py"])
def test_the_app_shows_a_message_not_a_traceback(damaged, page, monkeypatch):
    root, _ = damaged
    monkeypatch.setenv("LEDGER_DATASETS", str(root))
    st.cache_data.clear()
    try:
        app = AppTest.from_file(str(APP), default_timeout=90)
        app.run()
        app.switch_page(page).run()
        assert not app.exception
        assert "could not be loaded" in app.error[0].value
    finally:
        st.cache_data.clear()
