"""Shared fixtures: where the raw files are, and a small valid observation table."""

from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
RAW_DIR = REPO.parent / "shared" / "data" / "raw"


@pytest.fixture
def raw_dir() -> Path:
    if not RAW_DIR.is_dir():
        pytest.skip("../shared/data/raw is not present")
    return RAW_DIR


@pytest.fixture
def good_observations() -> pd.DataFrame:
    base = {
        "indicator": "merchandise_trade",
        "reporter": "TUR",
        "partner": "RUS",
        "flow": "import",
        "product": "TOTAL",
        "breakdown": "",
        "period": "2019",
        "period_type": "year",
        "value": 23115.2e6,
        "unit": "USD",
        "qualifier": "exact",
        "source_id": "imf-dots-tur",
        "vintage": "2022-02",
        "tier": "official_release",
        "preferred": True,
        "note": "CIF",
    }
    share = {
        **base,
        "indicator": "gas_import_share",
        "product": "natural_gas",
        "value": 42.27,
        "unit": "percent",
        "period": "2023",
    }
    return pd.DataFrame([base, share])


DOCUMENTS_DIR = REPO.parent / "shared" / "documents"


@pytest.fixture
def documents_dir() -> Path:
    if not DOCUMENTS_DIR.is_dir():
        pytest.skip("../shared/documents is not present")
    return DOCUMENTS_DIR


def pytest_collection_modifyitems(config, items):
    """Under `make test` (two pytest-xdist workers, `--dist loadgroup`) every browser test
    runs on one worker, beside one app server and one browser; the other worker takes the
    rest. Without xdist the mark does nothing."""
    for item in items:
        if "e2e" in item.path.parts:
            item.add_marker(pytest.mark.xdist_group("browser"))
